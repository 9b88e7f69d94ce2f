exports.handler = async () => "v2";
