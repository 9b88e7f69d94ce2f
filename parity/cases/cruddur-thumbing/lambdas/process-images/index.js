// A stand-in for Cruddur's avatar processor: it logs which uploaded image it
// would resize and where the thumbnail would go. The real function resizes
// the image with sharp and writes it to DEST_BUCKET_NAME under FOLDER_OUTPUT.
exports.handler = async (event) => {
  const width = Number(process.env.PROCESS_WIDTH);
  const height = Number(process.env.PROCESS_HEIGHT);
  for (const record of event.Records || []) {
    const srcBucket = record.s3.bucket.name;
    const srcKey = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const name = srcKey.split('/').pop();
    const dstKey = `${process.env.FOLDER_OUTPUT}/${name}`;
    console.log(`thumbnail ${width}x${height}: s3://${srcBucket}/${srcKey} -> s3://${process.env.DEST_BUCKET_NAME}/${dstKey}`);
  }
  return { statusCode: 200 };
};
