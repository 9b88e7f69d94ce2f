// Handler shipped as a file asset by the e2e fixture app. It is never invoked
// (moto needs Docker to run Lambda code); its bytes only have to reach S3.
exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });
