// Custom::S3AutoDeleteObjects handler, written for Strata.
//
// On delete, empties a bucket that carries the aws-cdk:auto-delete-objects
// tag: it first denies new uploads through the bucket policy, then deletes
// every object version and delete marker. Create and update do nothing but
// report the bucket name as the physical id, so that replacing the bucket
// makes CloudFormation delete (and this function empty) the old one.
//
// The function answers CloudFormation itself (no response wrapper).
'use strict';

const https = require('https');
const { URL } = require('url');

const TAG = 'aws-cdk:auto-delete-objects';

let s3;
function client() {
  if (!s3) {
    const { S3 } = require('@aws-sdk/client-s3'); // in every Node.js Lambda runtime
    s3 = new S3({});
  }
  return s3;
}

exports.handler = async (event, context) => {
  const props = event.ResourceProperties || {};
  let status = 'SUCCESS';
  let reason = '';
  let physicalId = event.PhysicalResourceId || props.BucketName || event.LogicalResourceId;
  try {
    if (event.RequestType === 'Delete') {
      await emptyBucket(props.BucketName, partitionOf(context));
    } else {
      physicalId = props.BucketName || physicalId;
    }
  } catch (e) {
    console.log('failed:', e);
    status = 'FAILED';
    reason = `${e.name || 'Error'}: ${e.message}`;
  }
  await respond(event, {
    Status: status,
    Reason: reason || status,
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  });
};

function partitionOf(context) {
  const arn = (context && context.invokedFunctionArn) || '';
  return arn.split(':')[1] || 'aws';
}

async function emptyBucket(bucket, partition) {
  if (!bucket) {
    throw new Error('No BucketName was provided.');
  }
  try {
    if (!(await hasAutoDeleteTag(bucket))) {
      console.log(`bucket ${bucket} lacks the ${TAG} tag: leaving its objects alone`);
      return;
    }
    await denyNewObjects(bucket, partition);
    await deleteAllVersions(bucket);
  } catch (e) {
    if (e.name === 'NoSuchBucket') {
      console.log(`bucket ${bucket} does not exist`);
      return;
    }
    throw e;
  }
}

async function hasAutoDeleteTag(bucket) {
  try {
    const res = await client().getBucketTagging({ Bucket: bucket });
    return (res.TagSet || []).some((t) => t.Key === TAG && t.Value === 'true');
  } catch (e) {
    if (e.name === 'NoSuchTagSet') {
      return false;
    }
    throw e;
  }
}

// denyNewObjects stops writers racing the deletion. Failing to change the
// policy is not fatal: the objects are deleted anyway.
async function denyNewObjects(bucket, partition) {
  try {
    let policy = { Version: '2012-10-17', Statement: [] };
    try {
      const res = await client().getBucketPolicy({ Bucket: bucket });
      if (res.Policy) {
        policy = JSON.parse(res.Policy);
      }
    } catch (e) {
      if (e.name !== 'NoSuchBucketPolicy') {
        throw e;
      }
    }
    policy.Statement = [].concat(policy.Statement || []);
    policy.Statement.push({
      Principal: '*',
      Effect: 'Deny',
      Action: ['s3:PutObject'],
      Resource: [`arn:${partition}:s3:::${bucket}/*`],
    });
    await client().putBucketPolicy({ Bucket: bucket, Policy: JSON.stringify(policy) });
  } catch (e) {
    if (e.name === 'NoSuchBucket') {
      throw e;
    }
    console.log(`could not deny new objects on ${bucket} before emptying it: ${e.message}`);
  }
}

async function deleteAllVersions(bucket) {
  // Each listing starts over: what was deleted is gone, so the first page
  // is always what remains.
  for (;;) {
    const page = await client().listObjectVersions({ Bucket: bucket });
    const objects = [...(page.Versions || []), ...(page.DeleteMarkers || [])]
      .map((o) => ({ Key: o.Key, VersionId: o.VersionId }));
    if (objects.length === 0) {
      return;
    }
    for (let i = 0; i < objects.length; i += 1000) {
      const res = await client().deleteObjects({
        Bucket: bucket,
        Delete: { Objects: objects.slice(i, i + 1000), Quiet: true },
      });
      if (res.Errors && res.Errors.length > 0) {
        const first = res.Errors[0];
        throw new Error(`could not delete ${res.Errors.length} objects from ${bucket}, the first ${first.Key}: ${first.Code} ${first.Message}`);
      }
    }
  }
}

exports.send = (url, body) => new Promise((resolve, reject) => {
  const u = new URL(url);
  const req = https.request({
    hostname: u.hostname,
    path: u.pathname + u.search,
    method: 'PUT',
    headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
  }, (res) => {
    res.resume();
    if (res.statusCode >= 400) {
      reject(new Error(`CloudFormation answered ${res.statusCode}`));
    } else {
      resolve();
    }
  });
  req.on('error', reject);
  req.end(body);
});

async function respond(event, response) {
  const body = JSON.stringify(response);
  for (let attempt = 0; ; attempt++) {
    try {
      await exports.send(event.ResponseURL, body);
      return;
    } catch (e) {
      if (attempt >= 4) {
        console.log('could not send the response to CloudFormation:', e);
        return;
      }
      await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
    }
  }
}

// For tests: replace the S3 client.
exports._setClient = (c) => { s3 = c; };
