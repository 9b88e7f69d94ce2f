// Custom::ECRAutoDeleteImages handler, written for Strata.
//
// On delete, removes every image of a repository that carries the
// aws-cdk:auto-delete-images tag, so that CloudFormation can then delete the
// repository. Create and update do nothing but report the repository name
// as the physical id; when an update names another repository (the old one
// was replaced), the old one is emptied, as it is about to be deleted.
//
// The function answers CloudFormation itself (no response wrapper).
'use strict';

const https = require('https');
const { URL } = require('url');

const TAG = 'aws-cdk:auto-delete-images';

let ecr;
function client() {
  if (!ecr) {
    const { ECR } = require('@aws-sdk/client-ecr'); // in every Node.js Lambda runtime
    ecr = new ECR({});
  }
  return ecr;
}

exports.handler = async (event) => {
  const props = event.ResourceProperties || {};
  const old = event.OldResourceProperties || {};
  let status = 'SUCCESS';
  let reason = '';
  let physicalId = event.PhysicalResourceId || props.RepositoryName || event.LogicalResourceId;
  try {
    if (event.RequestType === 'Delete') {
      await emptyRepository(props.RepositoryName);
    } else {
      if (event.RequestType === 'Update' && old.RepositoryName && old.RepositoryName !== props.RepositoryName) {
        await emptyRepository(old.RepositoryName);
      }
      physicalId = props.RepositoryName || physicalId;
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

async function emptyRepository(name) {
  if (!name) {
    throw new Error('No RepositoryName was provided.');
  }
  try {
    const repos = await client().describeRepositories({ repositoryNames: [name] });
    const repo = (repos.repositories || [])[0];
    if (!repo) {
      return;
    }
    const tags = await client().listTagsForResource({ resourceArn: repo.repositoryArn });
    if (!(tags.tags || []).some((t) => t.Key === TAG && t.Value === 'true')) {
      console.log(`repository ${name} lacks the ${TAG} tag: leaving its images alone`);
      return;
    }
    await deleteAllImages(name);
  } catch (e) {
    if (e.name === 'RepositoryNotFoundException') {
      console.log(`repository ${name} does not exist`);
      return;
    }
    throw e;
  }
}

async function deleteAllImages(name) {
  // Each listing starts over: what was deleted is gone, so the first page
  // is always what remains.
  for (;;) {
    const page = await client().listImages({ repositoryName: name, maxResults: 1000 });
    const ids = page.imageIds || [];
    if (ids.length === 0) {
      return;
    }
    for (let i = 0; i < ids.length; i += 100) {
      const res = await client().batchDeleteImage({ repositoryName: name, imageIds: ids.slice(i, i + 100) });
      const failures = (res.failures || []).filter((f) => f.failureCode !== 'ImageNotFound');
      if (failures.length > 0) {
        const first = failures[0];
        throw new Error(`could not delete ${failures.length} images from ${name}, the first: ${first.failureCode} ${first.failureReason}`);
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

// For tests: replace the ECR client.
exports._setClient = (c) => { ecr = c; };
