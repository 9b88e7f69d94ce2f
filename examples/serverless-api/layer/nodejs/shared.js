// Helpers shared by the API's functions; the layer mounts them at
// /opt/nodejs/shared.js.
exports.json = (statusCode, body) => ({
  statusCode,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
