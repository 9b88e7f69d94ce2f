// aws-cdk-lib 2.276.0 twins of the Go cases in customresources_test.go.
// Each stack is one template case; each entry of `errors` one bad-input
// case, whose message and construct path regen.sh writes to errors.json.
// Objects handed to aws-cdk-lib are written the way jsii hands Go values
// over: struct fields in Go declaration order, map keys sorted.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const cr = require('aws-cdk-lib/custom-resources');
const ec2 = require('aws-cdk-lib/aws-ec2');
const app = new cdk.App();

function userFn(scope, id) {
  return new lambda.Function(scope, id, {
    code: lambda.Code.fromInline('exports.handler = async () => ({});'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_24_X,
  });
}

{ // ProviderBasic: onEvent only, a custom resource using it
  const s = new cdk.Stack(app, 'ProviderBasic');
  const provider = new cr.Provider(s, 'Provider', { onEventHandler: userFn(s, 'OnEvent') });
  new cdk.CustomResource(s, 'Res', { serviceToken: provider.serviceToken, properties: { Key: 'v' } });
  new cdk.CfnOutput(s, 'Token', { value: provider.serviceToken });
}

{ // ProviderComplete: isComplete with the waiter state machine and its options
  const s = new cdk.Stack(app, 'ProviderComplete');
  new cr.Provider(s, 'Default', { onEventHandler: userFn(s, 'OnEvent'), isCompleteHandler: userFn(s, 'IsComplete') });
  const dest = new logs.LogGroup(s, 'Dest');
  new cr.Provider(s, 'Tuned', {
    onEventHandler: userFn(s, 'OnEvent2'),
    isCompleteHandler: userFn(s, 'IsComplete2'),
    disableWaiterStateMachineLogging: false,
    logRetention: logs.RetentionDays.ONE_WEEK,
    providerFunctionName: 'my-provider',
    queryInterval: cdk.Duration.seconds(10),
    totalTimeout: cdk.Duration.minutes(5),
    waiterStateMachineLogOptions: { destination: dest, includeExecutionData: true, level: sfn.LogLevel.ALL },
  });
  new cr.Provider(s, 'DefaultLogs', {
    onEventHandler: userFn(s, 'OnEvent3'),
    isCompleteHandler: userFn(s, 'IsComplete3'),
    disableWaiterStateMachineLogging: false,
  });
}

{ // ProviderRoles: framework roles, log group, log level, env encryption, deprecated role
  const s = new cdk.Stack(app, 'ProviderRoles');
  const onEventRole = new iam.Role(s, 'OnEventRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const completeRole = new iam.Role(s, 'CompleteRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const key = new kms.Key(s, 'Key');
  const lg = new logs.LogGroup(s, 'Logs');
  new cr.Provider(s, 'Split', {
    onEventHandler: userFn(s, 'OnEvent'),
    frameworkCompleteAndTimeoutRole: completeRole,
    frameworkLambdaLoggingLevel: lambda.ApplicationLogLevel.DEBUG,
    frameworkOnEventRole: onEventRole,
    isCompleteHandler: userFn(s, 'IsComplete'),
    logGroup: lg,
    providerFunctionEnvEncryption: key,
  });
  const shared = new iam.Role(s, 'Shared', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new cr.Provider(s, 'SharedRole', { onEventHandler: userFn(s, 'OnEvent2'), role: shared });
}

{ // Waiter: a WaiterStateMachine on its own
  const s = new cdk.Stack(app, 'Waiter');
  const w = new cr.WaiterStateMachine(s, 'Waiter', {
    backoffRate: 2,
    interval: cdk.Duration.seconds(30),
    isCompleteHandler: userFn(s, 'IsComplete'),
    maxAttempts: 10,
    timeoutHandler: userFn(s, 'Timeout'),
  });
  const role = new iam.Role(s, 'Starter', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  w.grantStartExecution(role);
  new cdk.CfnOutput(s, 'Arn', { value: w.stateMachineArn });
  new cr.WaiterStateMachine(s, 'Logged', {
    backoffRate: 1,
    interval: cdk.Duration.minutes(1),
    isCompleteHandler: userFn(s, 'IsComplete2'),
    maxAttempts: 3,
    timeoutHandler: userFn(s, 'Timeout2'),
    disableLogging: false,
    logOptions: { includeExecutionData: true },
  });
}

{ // AwsSdk: the SDK calls, policies from them, response fields
  const s = new cdk.Stack(app, 'AwsSdk');
  const bucket = new s3.Bucket(s, 'Bucket');
  const get = new cr.AwsCustomResource(s, 'GetParameter', {
    onUpdate: {
      action: 'getParameter',
      service: 'SSM',
      parameters: { Name: 'my-parameter', WithDecryption: true },
      physicalResourceId: cr.PhysicalResourceId.of('my-parameter'),
    },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
  });
  new cdk.CfnOutput(s, 'Value', { value: get.getResponseField('Parameter.Value') });
  new cdk.CfnOutput(s, 'Ref', { value: get.getResponseFieldReference('Parameter.ARN').toString() });
  new cr.AwsCustomResource(s, 'Lifecycle', {
    installLatestAwsSdk: true,
    onCreate: {
      action: 'PutObjectCommand',
      service: '@aws-sdk/client-s3',
      outputPaths: ['ETag'],
      parameters: { Body: 'hello', Bucket: bucket.bucketName, Key: 'hello.txt' },
      physicalResourceId: cr.PhysicalResourceId.fromResponse('ETag'),
      region: 'eu-west-1',
    },
    onDelete: {
      action: 'deleteObject',
      service: 'S3',
      apiVersion: '2006-03-01',
      ignoreErrorCodesMatching: 'NoSuchKey',
      logging: cr.Logging.withDataHidden(),
      parameters: { Bucket: bucket.bucketName, Key: 'hello.txt' },
    },
    onUpdate: {
      action: 'CopyObject',
      service: 's3',
      parameters: { Bucket: bucket.bucketName, CopySource: new cr.PhysicalResourceIdReference(), Key: 'copy.txt' },
      physicalResourceId: cr.PhysicalResourceId.of('copy'),
    },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [bucket.arnForObjects('*')] }),
    removalPolicy: cdk.RemovalPolicy.RETAIN,
    resourceType: 'Custom::PutObject',
    serviceTimeout: cdk.Duration.minutes(5),
  });
  new cr.AwsCustomResource(s, 'Names', {
    installLatestAwsSdk: false,
    onCreate: { action: 'describeDBClusters', service: 'RDS', physicalResourceId: cr.PhysicalResourceId.of('a') },
    onDelete: { action: 'listFunctions', service: '@aws-sdk/client-lambda' },
    onUpdate: { action: 'getRestApis', service: 'APIGateway', physicalResourceId: cr.PhysicalResourceId.of('a') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
  new cr.AwsCustomResource(s, 'MoreNames', {
    installLatestAwsSdk: false,
    onCreate: { action: 'DescribeLogGroupsCommand', service: 'CloudWatchLogs', physicalResourceId: cr.PhysicalResourceId.of('b') },
    onDelete: { action: 'ListStateMachines', service: 'StepFunctions' },
    onUpdate: { action: 'getCallerIdentity', service: 'sts', physicalResourceId: cr.PhysicalResourceId.of('b') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
}

{ // AwsSdkOptions: statements, a role, an assumed role, function options
  const s = new cdk.Stack(app, 'AwsSdkOptions');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const withRole = new cr.AwsCustomResource(s, 'WithRole', {
    functionName: 'my-aws-function',
    installLatestAwsSdk: false,
    memorySize: 1024,
    onCreate: {
      action: 'listBuckets',
      service: 'S3',
      assumedRoleArn: 'arn:aws:iam::111111111111:role/Other',
      externalId: 'ext',
      physicalResourceId: cr.PhysicalResourceId.of('x'),
    },
    onDelete: { action: 'listBuckets', service: 'S3', parameters: {} },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
    role,
    timeout: cdk.Duration.minutes(5),
  });
  const user = new iam.Role(s, 'Other', { assumedBy: new iam.AccountRootPrincipal() });
  user.grantAssumeRole(withRole.grantPrincipal);
  new cr.AwsCustomResource(s, 'Statements', {
    installLatestAwsSdk: false,
    onCreate: { action: 'listTopics', service: 'SNS', physicalResourceId: cr.PhysicalResourceId.of('y') },
    policy: cr.AwsCustomResourcePolicy.fromStatements([
      new iam.PolicyStatement({ actions: ['sns:ListTopics'], resources: ['*'] }),
    ]),
  });
}

{ // AwsSdkLogs: log retention and log group of the singleton function
  const s = new cdk.Stack(app, 'AwsSdkLogs');
  new cr.AwsCustomResource(s, 'Retention', {
    installLatestAwsSdk: false,
    logRetention: logs.RetentionDays.ONE_DAY,
    onCreate: { action: 'listQueues', service: 'SQS', physicalResourceId: cr.PhysicalResourceId.of('q') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
}

{ // AwsSdkLogGroup: a user log group
  const s = new cdk.Stack(app, 'AwsSdkLogGroup');
  new cr.AwsCustomResource(s, 'Grouped', {
    installLatestAwsSdk: false,
    logGroup: new logs.LogGroup(s, 'Logs', { retention: logs.RetentionDays.ONE_MONTH }),
    onCreate: { action: 'listQueues', service: 'SQS', physicalResourceId: cr.PhysicalResourceId.of('q') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
}

{ // AwsSdkOrdered: calls written as aws-cdk-lib's own callers write them (service first); keys left out of
  // the caller's order follow in the usual order, logging last
  const s = new cdk.Stack(app, 'AwsSdkOrdered');
  const call = { service: 'SSM', action: 'getParameter', parameters: { Name: 'p' }, physicalResourceId: cr.PhysicalResourceId.of('p') };
  new cr.AwsCustomResource(s, 'Ordered', {
    installLatestAwsSdk: false,
    onCreate: call,
    onUpdate: call,
    onDelete: { service: 'SSM', action: 'deleteParameter', parameters: { Name: 'p' }, outputPaths: ['a'], physicalResourceId: cr.PhysicalResourceId.fromResponse('x'), region: 'eu-west-1', logging: cr.Logging.withDataHidden() },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
  new cr.AwsCustomResource(s, 'NoParams', {
    installLatestAwsSdk: false,
    onCreate: { service: 'SQS', action: 'listQueues', physicalResourceId: cr.PhysicalResourceId.of('q') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
}

{ // Config: CustomResourceConfig aspects over the singleton
  const s = new cdk.Stack(app, 'Config');
  new cr.AwsCustomResource(s, 'A', {
    installLatestAwsSdk: false,
    onCreate: { action: 'listQueues', service: 'SQS', physicalResourceId: cr.PhysicalResourceId.of('q') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
  cr.CustomResourceConfig.of(s).addLogRetentionLifetime(logs.RetentionDays.TEN_YEARS);
  cr.CustomResourceConfig.of(s).addRemovalPolicy(cdk.RemovalPolicy.DESTROY);
  cr.CustomResourceConfig.of(s).addLambdaRuntime(lambda.Runtime.NODEJS_22_X);
}

{ // ConfigLogs: the aspects over a user log group and a legacy log retention
  const s = new cdk.Stack(app, 'ConfigLogs');
  new cr.AwsCustomResource(s, 'B', {
    installLatestAwsSdk: false,
    logGroup: new logs.LogGroup(s, 'Logs'),
    onCreate: { action: 'listTopics', service: 'SNS', physicalResourceId: cr.PhysicalResourceId.of('t') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
  const other = new cdk.Stack(app, 'ConfigRetention');
  new cr.AwsCustomResource(other, 'C', {
    installLatestAwsSdk: false,
    logRetention: logs.RetentionDays.ONE_DAY,
    onCreate: { action: 'listTopics', service: 'SNS', physicalResourceId: cr.PhysicalResourceId.of('t') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
  for (const st of [s, other]) {
    cr.CustomResourceConfig.of(st).addLogRetentionLifetime(logs.RetentionDays.TEN_YEARS);
    cr.CustomResourceConfig.of(st).addRemovalPolicy(cdk.RemovalPolicy.DESTROY);
  }
}

{ // Vpc: the framework functions and the AwsCustomResource singleton in a VPC
  const s = new cdk.Stack(app, 'Vpc');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const sg = new ec2.SecurityGroup(s, 'Sg', { vpc });
  new cr.Provider(s, 'Provider', {
    onEventHandler: userFn(s, 'OnEvent'),
    securityGroups: [sg],
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  });
  new cr.AwsCustomResource(s, 'Sdk', {
    installLatestAwsSdk: false,
    onCreate: { action: 'describeVpcs', service: 'EC2', physicalResourceId: cr.PhysicalResourceId.of('v') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
    vpc,
  });
}

{ // DefaultSdk: installLatestAwsSdk unset (the init context says false)
  const s = new cdk.Stack(app, 'DefaultSdk');
  new cr.AwsCustomResource(s, 'Sdk', {
    onDelete: { action: 'deleteParameter', service: 'SSM', parameters: { Name: new cr.PhysicalResourceIdReference() } },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  });
}

// Bad input: each case builds in a fresh app with one stack "S".
const errors = {
  NoCalls: (s) => new cr.AwsCustomResource(s, 'Cr', { policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }) }),
  NoPolicy: (s) => new cr.AwsCustomResource(s, 'Cr', { onCreate: { action: 'listBuckets', service: 'S3', physicalResourceId: cr.PhysicalResourceId.of('x') } }),
  NoPhysicalIdOnCreate: (s) => new cr.AwsCustomResource(s, 'Cr', {
    onCreate: { action: 'listBuckets', service: 'S3' },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  }),
  NoPhysicalIdOnUpdate: (s) => new cr.AwsCustomResource(s, 'Cr', {
    onUpdate: { action: 'listBuckets', service: 'S3' },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  }),
  ExternalIdAlone: (s) => new cr.AwsCustomResource(s, 'Cr', {
    onCreate: { action: 'listBuckets', service: 'S3', externalId: 'e', physicalResourceId: cr.PhysicalResourceId.of('x') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  }),
  RefInOnCreate: (s) => new cr.AwsCustomResource(s, 'Cr', {
    onCreate: { action: 'getObject', service: 'S3', parameters: { Key: new cr.PhysicalResourceIdReference() }, physicalResourceId: cr.PhysicalResourceId.of('x') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  }),
  IgnoreWithFromResponse: (s) => new cr.AwsCustomResource(s, 'Cr', {
    onCreate: { action: 'getObject', service: 'S3', ignoreErrorCodesMatching: '.*', physicalResourceId: cr.PhysicalResourceId.fromResponse('ETag') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  }),
  GetDataWithIgnore: (s) => new cr.AwsCustomResource(s, 'Cr', {
    onCreate: { action: 'getObject', service: 'S3', ignoreErrorCodesMatching: '.*', physicalResourceId: cr.PhysicalResourceId.of('x') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['*'] }),
  }).getResponseField('Body'),
  IntervalWithoutIsComplete: (s) => new cr.Provider(s, 'P', { onEventHandler: userFn(s, 'F'), queryInterval: cdk.Duration.seconds(10) }),
  RoleConflict: (s) => new cr.Provider(s, 'P', {
    onEventHandler: userFn(s, 'F'),
    frameworkOnEventRole: new iam.Role(s, 'R1', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
    role: new iam.Role(s, 'R2', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
  }),
  CompleteRoleWithoutIsComplete: (s) => new cr.Provider(s, 'P', {
    onEventHandler: userFn(s, 'F'),
    frameworkCompleteAndTimeoutRole: new iam.Role(s, 'R1', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
  }),
  RetryCount: (s) => new cr.Provider(s, 'P', {
    onEventHandler: userFn(s, 'F'), isCompleteHandler: userFn(s, 'C'),
    queryInterval: cdk.Duration.seconds(7), totalTimeout: cdk.Duration.minutes(1),
  }),
};

const out = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false });
  try {
    build(new cdk.Stack(a, 'S'));
    a.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
