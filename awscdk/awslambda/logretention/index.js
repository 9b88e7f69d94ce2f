// Strata's handler of Custom::LogRetention: makes sure a log group exists
// and sets (or removes) its retention; on delete, removes the log group
// only when asked to (RemovalPolicy "destroy"). Runs on the Node.js Lambda
// runtime, whose AWS SDK v3 it uses.
const https = require('https');
const { URL } = require('url');
const logs = require('@aws-sdk/client-cloudwatch-logs');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function withRetries(maxRetries, fn) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const throttled = e.name === 'ThrottlingException' || e.name === 'OperationAbortedException';
      if (!throttled || attempt >= maxRetries) throw e;
      await sleep(Math.min(100 * 2 ** attempt, 10000));
    }
  }
}

async function ensureGroup(client, name, retries) {
  try {
    await withRetries(retries, () => client.send(new logs.CreateLogGroupCommand({ logGroupName: name })));
  } catch (e) {
    if (e.name !== 'ResourceAlreadyExistsException') throw e;
  }
}

async function setRetention(client, name, days, retries) {
  if (days) {
    await withRetries(retries, () => client.send(new logs.PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: Number(days) })));
  } else {
    await withRetries(retries, () => client.send(new logs.DeleteRetentionPolicyCommand({ logGroupName: name })));
  }
}

function respond(event, context, status, reason, data) {
  const body = JSON.stringify({
    Status: status,
    Reason: `${reason}See CloudWatch Logs: ${context.logStreamName}`,
    PhysicalResourceId: (data && data.LogGroupName) || event.PhysicalResourceId || event.LogicalResourceId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data || {},
  });
  const url = new URL(event.ResponseURL);
  return new Promise((resolve) => {
    const req = https.request({
      hostname: url.hostname, path: url.pathname + url.search, method: 'PUT',
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', (e) => { console.log('sending the response failed:', e); resolve(); });
    req.end(body);
  });
}

exports.handler = async (event, context) => {
  const props = event.ResourceProperties || {};
  const name = props.LogGroupName;
  const retries = props.SdkRetry && props.SdkRetry.maxRetries !== undefined ? Number(props.SdkRetry.maxRetries) : 5;
  try {
    const client = new logs.CloudWatchLogsClient({ region: props.LogGroupRegion || process.env.AWS_REGION });
    if (event.RequestType === 'Create' || event.RequestType === 'Update') {
      await ensureGroup(client, name, retries);
      await setRetention(client, name, props.RetentionInDays, retries);
      // The provider's own log group keeps its logs for a day.
      const own = `/aws/lambda/${context.functionName}`;
      if (event.RequestType === 'Create' && own !== name) {
        const home = new logs.CloudWatchLogsClient({ region: process.env.AWS_REGION });
        await ensureGroup(home, own, retries);
        await setRetention(home, own, 1, retries);
      }
    } else if (event.RequestType === 'Delete' && props.RemovalPolicy === 'destroy') {
      try {
        await withRetries(retries, () => client.send(new logs.DeleteLogGroupCommand({ logGroupName: name })));
      } catch (e) {
        if (e.name !== 'ResourceNotFoundException') throw e;
      }
    }
    await respond(event, context, 'SUCCESS', '', { LogGroupName: name });
  } catch (e) {
    console.log(e);
    await respond(event, context, 'FAILED', `${e.message}. `, { LogGroupName: name });
  }
};
