module.exports = 1;
