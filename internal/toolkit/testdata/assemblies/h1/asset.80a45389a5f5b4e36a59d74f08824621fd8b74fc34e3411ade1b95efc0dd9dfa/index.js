exports.handler = async () => "v1";
