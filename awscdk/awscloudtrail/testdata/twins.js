// aws-cdk-lib 2.276.0 twins of the Go cases in trail_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const cloudtrail = require('aws-cdk-lib/aws-cloudtrail');
const events = require('aws-cdk-lib/aws-events');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const app = new cdk.App();

{ // Default: the trail with the bucket it creates
  const s = new cdk.Stack(app, 'Default');
  const t = new cloudtrail.Trail(s, 'Trail');
  new cdk.CfnOutput(s, 'Arn', { value: t.trailArn });
  new cdk.CfnOutput(s, 'Topic', { value: t.trailSnsTopicArn });
}

{ // AllProps: a given bucket, key, topic, log delivery, insights
  const s = new cdk.Stack(app, 'AllProps');
  const bucket = new s3.Bucket(s, 'Bucket');
  const key = new kms.Key(s, 'Key');
  const topic = new sns.Topic(s, 'Topic');
  const t = new cloudtrail.Trail(s, 'Trail', {
    bucket,
    encryptionKey: key,
    snsTopic: topic,
    sendToCloudWatchLogs: true,
    cloudWatchLogsRetention: logs.RetentionDays.ONE_WEEK,
    enableFileValidation: false,
    includeGlobalServiceEvents: false,
    isMultiRegionTrail: false,
    s3KeyPrefix: 'logs',
    trailName: 'my-trail',
    managementEvents: cloudtrail.ReadWriteType.WRITE_ONLY,
    insightTypes: [cloudtrail.InsightType.API_CALL_RATE, cloudtrail.InsightType.API_ERROR_RATE, new cloudtrail.InsightType('Custom')],
  });
  new cdk.CfnOutput(s, 'Arn', { value: t.trailArn });
  new cdk.CfnOutput(s, 'LogGroup', { value: t.logGroup.logGroupName });
  const lg = new logs.LogGroup(s, 'Given');
  new cloudtrail.Trail(s, 'WithGroup', { sendToCloudWatchLogs: true, cloudWatchLogGroup: lg, managementEvents: cloudtrail.ReadWriteType.ALL });
}

{ // Org: organization trails, with and without what the policy needs
  const s = new cdk.Stack(app, 'Org');
  new cloudtrail.Trail(s, 'Full', { isOrganizationTrail: true, orgId: 'o-abc123', trailName: 'org-trail' });
  new cloudtrail.Trail(s, 'NoOrgId', { isOrganizationTrail: true });
  new cloudtrail.Trail(s, 'NoName', { isOrganizationTrail: true, orgId: 'o-abc123' });
  new cloudtrail.Trail(s, 'NotOrg', { isOrganizationTrail: false });
}

{ // Selectors: data events of buckets and functions, all of them
  const s = new cdk.Stack(app, 'Selectors');
  const bucket = new s3.Bucket(s, 'Bucket');
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });
  const t = new cloudtrail.Trail(s, 'Trail');
  t.addS3EventSelector([{ bucket, objectPrefix: 'data/' }, { bucket }], { readWriteType: cloudtrail.ReadWriteType.READ_ONLY, includeManagementEvents: false });
  t.addLambdaEventSelector([fn], { excludeManagementEventSources: [cloudtrail.ManagementEventSources.KMS, cloudtrail.ManagementEventSources.RDS_DATA_API] });
  t.logAllS3DataEvents();
  t.logAllLambdaDataEvents({ readWriteType: cloudtrail.ReadWriteType.ALL });
  t.addEventSelector(cloudtrail.DataResourceType.S3_OBJECT, ['arn:aws:s3:::other/']);
  t.addS3EventSelector([]);
  t.addLambdaEventSelector([]);
  const none = new cloudtrail.Trail(s, 'None', { managementEvents: cloudtrail.ReadWriteType.NONE });
  none.logAllS3DataEvents();
}

{ // Events: rules on CloudTrail API calls
  const s = new cdk.Stack(app, 'Events');
  cloudtrail.Trail.onEvent(s, 'Any');
  cloudtrail.Trail.onEvent(s, 'Filtered', { description: 'S3 calls', ruleName: 'calls', eventPattern: { source: ['aws.s3'] } });
}

const errors = {
  NoneWithoutSelectors: (s) => { new cloudtrail.Trail(s, 'T', { managementEvents: cloudtrail.ReadWriteType.NONE }); s.node.root.synth(); },
  TooManyValues: (s) => new cloudtrail.Trail(s, 'T').addEventSelector(cloudtrail.DataResourceType.S3_OBJECT, Array.from({ length: 251 }, (_, i) => `arn:aws:s3:::b${i}/`)),
  TooManySelectors: (s) => { const t = new cloudtrail.Trail(s, 'T'); for (let i = 0; i < 7; i++) t.logAllS3DataEvents(); },
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
