// aws-cdk-lib 2.276.0 twins of the Go cases in function_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const ecr = require('aws-cdk-lib/aws-ecr');
const ec2 = require('aws-cdk-lib/aws-ec2');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const codeguru = require('aws-cdk-lib/aws-codeguruprofiler');
const signer = require('aws-cdk-lib/aws-signer');
const ecrAssets = require('aws-cdk-lib/aws-ecr-assets');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();

const inline = lambda.Code.fromInline('exports.handler = async () => "hello";');

{ // Basic: an inline function with the common props, permissions and grants
  const s = new cdk.Stack(app, 'Basic');
  const fn = new lambda.Function(s, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: inline,
    description: 'says hello',
    functionName: 'hello-fn',
    memorySize: 256,
    timeout: cdk.Duration.seconds(30),
    architecture: lambda.Architecture.ARM_64,
    reservedConcurrentExecutions: 5,
    tracing: lambda.Tracing.ACTIVE,
    // jsii hands a Go map over with its keys sorted
    environment: { ALPHA: 'a', BETA: 'b' },
    initialPolicy: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket/*'] })],
    recursiveLoop: lambda.RecursiveLoop.TERMINATE,
    ephemeralStorageSize: cdk.Size.mebibytes(1024),
  });
  fn.addEnvironment('GAMMA', 'c');
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
  fn.addPermission('FromSns', { principal: new iam.ServicePrincipal('sns.amazonaws.com'), sourceArn: 'arn:aws:sns:us-east-1:123456789012:topic' });
  fn.addPermission('FromAccount', { principal: new iam.AccountPrincipal('123456789012'), action: 'lambda:GetFunction' });
  fn.addPermission('FromOrg', { principal: new iam.OrganizationPrincipal('o-abcdefghij12') });
  fn.addPermission('FromArn', { principal: new iam.ArnPrincipal('arn:aws:iam::123456789012:role/caller') });
  fn.addPermission('Conditional', { principal: new iam.ServicePrincipal('s3.amazonaws.com').withConditions({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::b' }, StringEquals: { 'aws:SourceAccount': '123456789012' } }) });
  const caller = new iam.Role(s, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  fn.grantInvoke(caller);
  fn.grantInvoke(caller);
  fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  fn.grantInvokeLatestVersion(new iam.ServicePrincipal('apigateway.amazonaws.com'));
  new cdk.CfnOutput(s, 'Arn', { value: fn.functionArn });
  new cdk.CfnOutput(s, 'Name', { value: fn.functionName });
  new cdk.CfnOutput(s, 'Info', { value: `${fn.runtime.name}|${fn.architecture.name}|${fn.timeout.toSeconds()}` });
}

{ // Runtimes: inline and bucket code for several runtimes, the latest Node.js
  const s = new cdk.Stack(app, 'Runtimes');
  const bucket = s3.Bucket.fromBucketName(s, 'Code', 'code-bucket');
  new lambda.Function(s, 'Python', { runtime: lambda.Runtime.PYTHON_3_13, handler: 'index.handler', code: lambda.Code.fromInline('def handler(e, c):\n  return 1\n') });
  new lambda.Function(s, 'Java', { runtime: lambda.Runtime.JAVA_21, handler: 'app.Handler', code: lambda.Code.fromBucket(bucket, 'java.zip', 'v1') });
  new lambda.Function(s, 'Provided', { runtime: lambda.Runtime.PROVIDED_AL2023, handler: 'bootstrap', code: lambda.Code.fromBucketV2(bucket, 'go.zip', { objectVersion: 'v2' }) });
  new lambda.Function(s, 'Ruby', { runtime: lambda.Runtime.RUBY_3_4, handler: 'app.handler', code: lambda.Code.fromBucket(bucket, 'ruby.zip') });
  new lambda.Function(s, 'Latest', { runtime: lambda.Runtime.NODEJS_LATEST, handler: 'index.handler', code: inline });
}

{ // Roles: a given role, an imported role, no managed log group when a log group is given
  const s = new cdk.Stack(app, 'Roles');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const a = new lambda.Function(s, 'Given', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, role,
    initialPolicy: [new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'] })] });
  a.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], resources: ['*'] }));
  const imported = iam.Role.fromRoleArn(s, 'Imported', 'arn:aws:iam::123456789012:role/existing');
  const b = new lambda.Function(s, 'ImportedRole', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, role: imported });
  b.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['*'] }));
  const c = new lambda.Function(s, 'Tokens', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline });
  c.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::literal/*'] }));
  c.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: new cdk.CfnParameter(s, 'Arns', { type: 'CommaDelimitedList' }).valueAsList }));
}

{ // DeadLetters: a created queue, a given queue, a topic
  const s = new cdk.Stack(app, 'DeadLetters');
  new lambda.Function(s, 'Created', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, deadLetterQueueEnabled: true });
  const q = new sqs.Queue(s, 'Queue');
  new lambda.Function(s, 'GivenQueue', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, deadLetterQueue: q });
  const t = new sns.Topic(s, 'Topic');
  new lambda.Function(s, 'GivenTopic', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, deadLetterTopic: t });
}

{ // Logging: a given log group, JSON logging with levels, async invoke config, environment encryption
  const s = new cdk.Stack(app, 'Logging');
  const lg = new logs.LogGroup(s, 'Logs', { retention: logs.RetentionDays.ONE_WEEK });
  new lambda.Function(s, 'WithGroup', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, logGroup: lg });
  new lambda.Function(s, 'Json', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    loggingFormat: lambda.LoggingFormat.JSON, applicationLogLevelV2: lambda.ApplicationLogLevel.DEBUG, systemLogLevelV2: lambda.SystemLogLevel.WARN });
  new lambda.Function(s, 'Text', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, logFormat: 'Text' });
  new lambda.Function(s, 'Async', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, maxEventAge: cdk.Duration.hours(1), retryAttempts: 0 });
  const key = new kms.Key(s, 'Key');
  new lambda.Function(s, 'Encrypted', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, environment: { SECRET: 'x' }, environmentEncryption: key });
}

{ // Versions: versions, aliases with weights, grants and permissions on them
  const s = new cdk.Stack(app, 'Versions');
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline });
  const v1 = new lambda.Version(s, 'V1', { lambda: fn, description: 'first', provisionedConcurrentExecutions: 2 });
  const v2 = new lambda.Version(s, 'V2', { lambda: fn, removalPolicy: cdk.RemovalPolicy.RETAIN, codeSha256: 'abc' });
  const live = v2.addAlias('live');
  const canary = new lambda.Alias(s, 'Canary', { aliasName: 'canary', version: v1, description: 'canary', additionalVersions: [{ version: v2, weight: 0.25 }] });
  const caller = new iam.Role(s, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  live.grantInvoke(caller);
  canary.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  v1.addPermission('FromS3', { principal: new iam.ServicePrincipal('s3.amazonaws.com') });
  fn.grantInvokeVersion(caller, v1);
  const imported = lambda.Version.fromVersionArn(s, 'ImportedVersion', 'arn:aws:lambda:us-east-1:123456789012:function:other:7');
  new cdk.CfnOutput(s, 'Live', { value: live.functionArn });
  new cdk.CfnOutput(s, 'LiveName', { value: live.functionName });
  new cdk.CfnOutput(s, 'V1Info', { value: `${v1.functionArn}|${v1.functionName}|${v1.version}` });
  new cdk.CfnOutput(s, 'ImportedOut', { value: `${imported.functionArn}|${imported.functionName}|${imported.version}` });
}

{ // Imports: imported functions, same and other accounts
  const s = new cdk.Stack(app, 'Imports', { env: { account: '111111111111', region: 'us-east-1' } });
  const caller = new iam.Role(s, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const same = lambda.Function.fromFunctionArn(s, 'Same', 'arn:aws:lambda:us-east-1:111111111111:function:same');
  same.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  same.grantInvoke(caller);
  const other = lambda.Function.fromFunctionArn(s, 'Other', 'arn:aws:lambda:us-east-1:222222222222:function:other');
  other.addPermission('Ignored', { principal: new iam.ServicePrincipal('s3.amazonaws.com') });
  const byName = lambda.Function.fromFunctionName(s, 'ByName', 'named');
  byName.addPermission('Allowed', { principal: new iam.ServicePrincipal('s3.amazonaws.com') });
  const withRole = lambda.Function.fromFunctionAttributes(s, 'WithRole', {
    functionArn: 'arn:aws:lambda:us-east-1:222222222222:function:with-role',
    role: iam.Role.fromRoleArn(s, 'ItsRole', 'arn:aws:iam::222222222222:role/fn-role'),
    sameEnvironment: true,
  });
  withRole.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  withRole.addPermission('Allowed', { principal: new iam.AccountPrincipal('333333333333') });
  for (const [id, f] of [['Same', same], ['Other', other], ['ByName', byName], ['WithRole', withRole]]) {
    new cdk.CfnOutput(s, id + 'Out', { value: `${f.functionArn}|${f.functionName}|${f.env.account}|${f.env.region}` });
  }
}

{ // Singleton: two constructs, one function
  const s = new cdk.Stack(app, 'Singleton');
  const a = new lambda.SingletonFunction(s, 'A', { uuid: 'f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc', runtime: lambda.Runtime.PYTHON_3_13, handler: 'index.handler', code: lambda.Code.fromInline('def handler(e, c): pass') });
  const b = new lambda.SingletonFunction(s, 'B', { uuid: 'f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc', runtime: lambda.Runtime.PYTHON_3_13, handler: 'index.handler', code: lambda.Code.fromInline('def handler(e, c): pass') });
  a.addPermission('Invoke', { principal: new iam.ServicePrincipal('s3.amazonaws.com') });
  b.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  new lambda.SingletonFunction(s, 'C', { uuid: 'other-uuid', lambdaPurpose: 'Purpose', runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, timeout: cdk.Duration.minutes(1) });
  new cdk.CfnOutput(s, 'Same', { value: `${a.functionArn === b.functionArn}` });
}

{ // Layers: a layer from a bucket, an imported layer, a function with layers
  const s = new cdk.Stack(app, 'Layers');
  const bucket = s3.Bucket.fromBucketName(s, 'Code', 'code-bucket');
  const layer = new lambda.LayerVersion(s, 'Shared', {
    code: lambda.Code.fromBucket(bucket, 'layer.zip', 'v3'),
    compatibleRuntimes: [lambda.Runtime.NODEJS_22_X, lambda.Runtime.NODEJS_20_X],
    compatibleArchitectures: [lambda.Architecture.X86_64, lambda.Architecture.ARM_64],
    description: 'shared code', license: 'MIT', layerVersionName: 'shared', removalPolicy: cdk.RemovalPolicy.RETAIN,
  });
  layer.addPermission('Account', { accountId: '123456789012' });
  layer.addPermission('Org', { accountId: '*', organizationId: 'o-abcdefghij12' });
  const imported = lambda.LayerVersion.fromLayerVersionArn(s, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:layer:ext:4');
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, layers: [layer] });
  fn.addLayers(imported);
}

{ // Assets: code and a layer from local directories (run from testdata/)
  const s = new cdk.Stack(app, 'Assets');
  const code = lambda.Code.fromAsset('handler');
  const layer = new lambda.LayerVersion(s, 'Layer', { code: lambda.Code.fromAsset('layer'), compatibleRuntimes: [lambda.Runtime.NODEJS_22_X] });
  new lambda.Function(s, 'One', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, layers: [layer] });
  new lambda.Function(s, 'Two', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, architecture: lambda.Architecture.ARM_64 });
}

{ // CurrentVersion: versions whose logical ID hashes the function's configuration
  const s = new cdk.Stack(app, 'CurrentVersion');
  const bucket = s3.Bucket.fromBucketName(s, 'Code', 'code-bucket');
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    environment: { ALPHA: 'a', BETA: 'b' }, memorySize: 512, timeout: cdk.Duration.seconds(10), reservedConcurrentExecutions: 2 });
  fn.addEnvironment('AARDVARK', 'z');
  const alias = fn.addAlias('prod');
  alias.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  new cdk.CfnOutput(s, 'Version', { value: fn.currentVersion.version });
  const layer = new lambda.LayerVersion(s, 'Layer', { code: lambda.Code.fromBucket(bucket, 'layer.zip', 'v1'), compatibleRuntimes: [lambda.Runtime.NODEJS_22_X], description: 'a layer' });
  // not fromLayerVersionArn: its runtimes are Runtime.ALL, which grows as a program creates runtimes
  const imported = lambda.LayerVersion.fromLayerVersionAttributes(s, 'Imported', { layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:ext:4', compatibleRuntimes: [lambda.Runtime.NODEJS_22_X, lambda.Runtime.PYTHON_3_13] });
  const withLayers = new lambda.Function(s, 'WithLayers', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromBucket(bucket, 'fn.zip', 'v9'),
    layers: [layer, imported], tracing: lambda.Tracing.ACTIVE,
    currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN, description: 'current' } });
  withLayers.invalidateVersionBasedOn('2024-01-01');
  withLayers.currentVersion;
  const p = new cdk.CfnParameter(s, 'LayerArn');
  const tokenLayer = lambda.LayerVersion.fromLayerVersionAttributes(s, 'TokenLayer', { layerVersionArn: p.valueAsString, compatibleRuntimes: [lambda.Runtime.NODEJS_22_X] });
  const third = new lambda.Function(s, 'Third', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, layers: [tokenLayer], architecture: lambda.Architecture.ARM_64 });
  third.addAlias('live', { description: 'live alias' });
}

{ // Images: container image functions from a local Dockerfile and from ECR
  const s = new cdk.Stack(app, 'Images');
  new lambda.DockerImageFunction(s, 'Asset', { code: lambda.DockerImageCode.fromImageAsset('image') });
  new lambda.DockerImageFunction(s, 'Arm', {
    code: lambda.DockerImageCode.fromImageAsset('image', {
      buildArgs: { A: '1', B: '2' }, file: 'Dockerfile.alt', target: 'prod',
      cmd: ['app.other'], entrypoint: ['/lambda-entrypoint.sh'], workingDirectory: '/var/task',
    }),
    architecture: lambda.Architecture.ARM_64, memorySize: 512, timeout: cdk.Duration.seconds(10), environment: { MODE: 'arm' },
  });
  const repo = ecr.Repository.fromRepositoryName(s, 'Repo', 'my-repo');
  new lambda.DockerImageFunction(s, 'FromEcr', { code: lambda.DockerImageCode.fromEcr(repo, { tagOrDigest: 'v1' }) });
  new lambda.DockerImageFunction(s, 'FromDigest', { code: lambda.DockerImageCode.fromEcr(repo, { tagOrDigest: 'sha256:abc' }) });
  new lambda.DockerImageFunction(s, 'Latest', { code: lambda.DockerImageCode.fromEcr(repo) });
  new lambda.Function(s, 'Classic', {
    code: lambda.Code.fromAssetImage('image', { platform: ecrAssets.Platform.LINUX_ARM64 }),
    handler: lambda.Handler.FROM_IMAGE, runtime: lambda.Runtime.FROM_IMAGE,
  });
  new cdk.CfnOutput(s, 'RepoUri', { value: repo.repositoryUri });
  new cdk.CfnOutput(s, 'RegistryUri', { value: repo.registryUri });
}

{ // FunctionUrls: IAM and public URLs, CORS, streaming, an alias's URL, grantInvokeUrl
  const s = new cdk.Stack(app, 'FunctionUrls');
  const iamFn = new lambda.Function(s, 'Iam', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline });
  const url = iamFn.addFunctionUrl();
  const caller = new iam.Role(s, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  url.grantInvokeUrl(caller);
  const pub = new lambda.Function(s, 'Public', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline });
  const pubUrl = pub.addFunctionUrl({
    authType: lambda.FunctionUrlAuthType.NONE,
    cors: { allowCredentials: true, allowedHeaders: ['X-Custom'], allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.POST], allowedOrigins: ['https://example.com'], exposedHeaders: ['X-Total'], maxAge: cdk.Duration.hours(1) },
    invokeMode: lambda.InvokeMode.RESPONSE_STREAM,
  });
  const live = pub.addAlias('live');
  new lambda.FunctionUrl(s, 'AliasUrl', { function: live, cors: { allowedOrigins: ['*'] } });
  new cdk.CfnOutput(s, 'Url', { value: url.url });
  new cdk.CfnOutput(s, 'PublicUrl', { value: pubUrl.url });
}

{ // LogRetention: the Custom::LogRetention resource and the stack's one provider
  const s = new cdk.Stack(app, 'LogRetention');
  new lambda.Function(s, 'Week', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, logRetention: logs.RetentionDays.ONE_WEEK });
  new lambda.Function(s, 'Forever', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    logRetention: logs.RetentionDays.INFINITE, logRetentionRetryOptions: { maxRetries: 7 } });
  const img = new lambda.DockerImageFunction(s, 'Image', { code: lambda.DockerImageCode.fromImageAsset('image'), logRetention: logs.RetentionDays.ONE_MONTH });
  new cdk.CfnOutput(s, 'LogGroupArn', { value: img.logGroup.logGroupArn });
}

{ // Vpc: functions in a VPC, their security groups, connections and metrics
  const s = new cdk.Stack(app, 'Vpc');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const a = new lambda.Function(s, 'A', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, vpc, allowAllOutbound: false });
  const sg = new ec2.SecurityGroup(s, 'Sg', { vpc, description: 'given' });
  const b = new lambda.Function(s, 'B', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, vpc,
    securityGroups: [sg], vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, allowPublicSubnet: true, ipv6AllowedForDualStack: false });
  a.connections.allowTo(b, ec2.Port.tcp(443), 'a to b');
  new cloudwatch.Alarm(s, 'Errors', { metric: a.metricErrors(), threshold: 1, evaluationPeriods: 1 });
  new cloudwatch.Alarm(s, 'Duration', { metric: b.metricDuration({ period: cdk.Duration.minutes(1), statistic: 'p99' }), threshold: 1000, evaluationPeriods: 2 });
  new cloudwatch.Alarm(s, 'All', { metric: lambda.Function.metricAllConcurrentExecutions(), threshold: 100, evaluationPeriods: 1 });
  const imp = lambda.Function.fromFunctionAttributes(s, 'Imp', { functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:x',
    securityGroup: ec2.SecurityGroup.fromSecurityGroupId(s, 'ImpSg', 'sg-0123456789abcdef0') });
  imp.connections.allowFrom(a, ec2.Port.tcp(8080), 'a to imported');
  new cdk.CfnOutput(s, 'Bound', { value: `${a.isBoundToVpc}|${imp.isBoundToVpc}` });
}

{ // Async: asynchronous invocation with destinations on functions, versions and aliases
  const s = new cdk.Stack(app, 'Async');
  const dest = (arn) => ({ bind: (_scope, fn, options) => { fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [arn + options.type] })); return { destination: arn + options.type }; } });
  const f = new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    onFailure: dest('arn:aws:sqs:us-east-1:123456789012:q'), onSuccess: dest('arn:aws:sns:us-east-1:123456789012:t'), maxEventAge: cdk.Duration.hours(2), retryAttempts: 1 });
  const g = new lambda.Function(s, 'G', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline });
  g.configureAsyncInvoke({ retryAttempts: 0 });
  const v = new lambda.Version(s, 'V', { lambda: g, onFailure: dest('arn:aws:sqs:us-east-1:123456789012:v') });
  const al = new lambda.Alias(s, 'Live', { aliasName: 'live', version: v, maxEventAge: cdk.Duration.minutes(5) });
  new lambda.EventInvokeConfig(s, 'Direct', { function: f, qualifier: 'prod', retryAttempts: 2 });
  new cloudwatch.Alarm(s, 'AliasErrors', { metric: al.metricErrors(), threshold: 1, evaluationPeriods: 1 });
  new cloudwatch.Alarm(s, 'VersionThrottles', { metric: v.metricThrottles(), threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'Qualifiers', { value: `${v.qualifier}|${al.qualifier}` });
}

{ // Extras: runtime management, SnapStart, tenancy, durable functions, profiling, file systems, extensions by ARN
  const s = new cdk.Stack(app, 'Extras');
  new lambda.Function(s, 'Managed', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    runtimeManagementMode: lambda.RuntimeManagementMode.manual('arn:aws:lambda:us-east-1::runtime:abc'), tenancyConfig: lambda.TenancyConfig.PER_TENANT });
  new lambda.Function(s, 'Auto', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    runtimeManagementMode: lambda.RuntimeManagementMode.FUNCTION_UPDATE, durableConfig: { executionTimeout: cdk.Duration.hours(1), retentionPeriod: cdk.Duration.days(7) } });
  new lambda.Function(s, 'Snap', { runtime: lambda.Runtime.JAVA_21, handler: 'app.Handler', code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(s, 'B', 'code'), 'j.zip'),
    snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS, profiling: true });
  const pg = codeguru.ProfilingGroup.fromProfilingGroupName(s, 'Pg', 'shared');
  new lambda.Function(s, 'Profiled', { runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', code: lambda.Code.fromInline('def handler(e, c):\n  return 1\n'),
    profilingGroup: pg, environment: { KEEP: 'yes' } });
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Imported', { vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['us-east-1a'], privateSubnetIds: ['subnet-0123456789abcdef0'] });
  const fsSg = new ec2.SecurityGroup(s, 'FsSg', { vpc });
  new lambda.Function(s, 'Mounted', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, vpc,
    filesystem: new lambda.FileSystem({ arn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0', localMountPath: '/mnt/data',
      connections: new ec2.Connections({ securityGroups: [fsSg] }),
      policies: [new iam.PolicyStatement({ actions: ['elasticfilesystem:ClientMount'], resources: ['*'] })] }) });
  new lambda.Function(s, 'Extended', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    insightsVersion: lambda.LambdaInsightsVersion.fromInsightVersionArn('arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:60'),
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn('arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:11',
      { cacheSize: 500, logLevel: lambda.ParamsAndSecretsLogLevel.DEBUG, secretsManagerTtl: cdk.Duration.seconds(60), parameterStoreTimeout: cdk.Duration.seconds(2) }) });
}

{ // Params: code named by template parameters, an imported code signing configuration
  const s = new cdk.Stack(app, 'Params');
  const code = lambda.Code.fromCfnParameters();
  new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code,
    codeSigningConfig: lambda.CodeSigningConfig.fromCodeSigningConfigArn(s, 'Csc', 'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0') });
  new cdk.CfnOutput(s, 'Params', { value: `${code.bucketNameParam}|${code.objectKeyParam}` });
}

{ // Capacity: Lambda Managed Instances capacity providers and a function on one
  const s = new cdk.Stack(app, 'Capacity');
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['us-east-1a', 'us-east-1b'],
    privateSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'] });
  const sg = ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-0123456789abcdef0');
  const cp = new lambda.CapacityProvider(s, 'Provider', { securityGroups: [sg], subnets: vpc.privateSubnets, capacityProviderName: 'my-provider',
    architectures: [lambda.Architecture.ARM_64], instanceTypeFilter: lambda.InstanceTypeFilter.allow([new ec2.InstanceType('m7g.large')]),
    maxVCpuCount: 24, scalingOptions: lambda.ScalingOptions.manual([lambda.TargetTrackingScalingPolicy.cpuUtilization(70)]),
    propagateTags: lambda.PropagateTags.explicit({ a: '1', b: '2' }), systemLogLevel: lambda.SystemLogLevel.WARN });
  new lambda.CapacityProvider(s, 'Plain', { securityGroups: [sg], subnets: [vpc.privateSubnets[0]], scalingOptions: lambda.ScalingOptions.auto() });
  const f = new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline });
  cp.addFunction(f, { perExecutionEnvironmentMaxConcurrency: 10, executionEnvironmentMemoryGiBPerVCpu: 4, publishToLatestPublished: true,
    latestPublishedScalingConfig: { minExecutionEnvironments: 1, maxExecutionEnvironments: 5 } });
  const imported = lambda.CapacityProvider.fromCapacityProviderName(s, 'Imported', 'other');
  new cdk.CfnOutput(s, 'Names', { value: `${cp.capacityProviderName}|${imported.capacityProviderName}|${imported.capacityProviderArn}` });
}

{ // Custom: code built by a command run at synthesis
  const s = new cdk.Stack(app, 'Custom');
  const out = require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'custom-'));
  new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler',
    code: lambda.Code.fromCustomCommand(out, ['sh', '-c', 'printf "exports.handler = async () => 1;\\n" > "$OUT/index.js"'], { commandOptions: { env: { OUT: out } } }) });
}

// LayerFacts, LayerFactsRegional: AWS-published layers (Insights, ADOT, Parameters and Secrets)
// looked up in an agnostic stack (mappings) and in us-east-1 (literals)
for (const [name, env] of [['LayerFacts', undefined], ['LayerFactsRegional', { account: '123456789012', region: 'us-east-1' }]]) {
  const s = new cdk.Stack(app, name, { env });
  new lambda.Function(s, 'Insights', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_229_0 });
  new lambda.Function(s, 'InsightsArm', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    architecture: lambda.Architecture.ARM_64, insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_229_0 });
  new lambda.Function(s, 'AdotPython', { runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', code: lambda.Code.fromInline('def handler(e, c):\n  return 1\n'),
    adotInstrumentation: { layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.LATEST), execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER } });
  new lambda.Function(s, 'AdotGeneric', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    adotInstrumentation: { layerVersion: lambda.AdotLayerVersion.fromGenericLayerVersion(lambda.AdotLambdaLayerGenericVersion.V0_102_1), execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER } });
  new lambda.Function(s, 'Params', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline,
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103) });
}

{ // Signing: a signing profile, an imported one, a code signing config and a function using it
  const s = new cdk.Stack(app, 'Signing');
  const p = new signer.SigningProfile(s, 'Profile', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA, signingProfileName: 'prof' });
  const q = new signer.SigningProfile(s, 'Short', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA, signatureValidity: cdk.Duration.days(30) });
  const imported = signer.SigningProfile.fromSigningProfileAttributes(s, 'Imported', { signingProfileName: 'other', signingProfileVersion: 'v1' });
  const csc = new lambda.CodeSigningConfig(s, 'Csc', { signingProfiles: [p, q, imported], description: 'signed',
    untrustedArtifactOnDeployment: lambda.UntrustedArtifactOnDeployment.ENFORCE });
  new lambda.CodeSigningConfig(s, 'Default', { signingProfiles: [p] });
  new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler',
    code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(s, 'B', 'code'), 'f.zip', 'v1'), codeSigningConfig: csc });
  new cdk.CfnOutput(s, 'Ids', { value: `${csc.codeSigningConfigId}|${imported.signingProfileArn}` });
}

{ // AliasScaling: provisioned concurrency autoscaling of aliases (utilization tracking, schedules)
  const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
  const s = new cdk.Stack(app, 'AliasScaling');
  const f = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline });
  const live = new lambda.Alias(s, 'Live', { aliasName: 'live', version: f.currentVersion, provisionedConcurrentExecutions: 2 });
  const scaling = live.addAutoScaling({ maxCapacity: 10 });
  scaling.scaleOnUtilization({ utilizationTarget: 0.5 });
  scaling.scaleOnSchedule('Morning', { schedule: appscaling.Schedule.cron({ hour: '8', minute: '0' }), minCapacity: 5 });
  const v = new lambda.Version(s, 'V1', { lambda: f });
  const beta = v.addAlias('beta');
  beta.addAutoScaling({ minCapacity: 2, maxCapacity: 20 }).scaleOnUtilization({ utilizationTarget: 0.7, disableScaleIn: true,
    policyName: 'beta-tracking', scaleInCooldown: cdk.Duration.minutes(5), scaleOutCooldown: cdk.Duration.seconds(30) });
}

{ // VersionUpgrade: the FunctionVersionUpgrade aspect on functions with and without a description, and one whose flag value does not match
  const s = new cdk.Stack(app, 'VersionUpgrade');
  new lambda.Function(s, 'Plain', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline });
  new lambda.Function(s, 'Described', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, description: 'my fn', memorySize: 256 });
  cdk.Aspects.of(s).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeVersionProps'));
  cdk.Aspects.of(s).add(new lambda.FunctionVersionUpgrade('@aws-cdk/aws-lambda:recognizeLayerVersion', false));
}

{ // S3Files: functions mounting S3 Files access points (L1s): direct reads enabled with a grant, without one, auto, disabled and unset;
  // the file system, its mount targets and their security groups are found in the tree
  const s3files = require('aws-cdk-lib/aws-s3files');
  const s = new cdk.Stack(app, 'S3Files');
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['us-east-1a', 'us-east-1b'], privateSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'] });
  const bucket = new s3.Bucket(s, 'Bucket', { versioned: true });
  const fsys = new s3files.CfnFileSystem(s, 'FileSystem', { bucket: bucket.bucketArn, roleArn: 'arn:aws:iam::123456789012:role/s3files' });
  const sgA = new ec2.SecurityGroup(s, 'MountSgA', { vpc });
  const sgB = new ec2.CfnSecurityGroup(s, 'MountSgB', { groupDescription: 'mount targets', vpcId: 'vpc-0123456789abcdef0' });
  new s3files.CfnMountTarget(s, 'TargetA', { fileSystemId: fsys.attrFileSystemId, subnetId: 'subnet-0123456789abcdef0', securityGroups: [sgA.securityGroupId, sgB.ref] });
  new s3files.CfnMountTarget(s, 'TargetB', { fileSystemId: fsys.attrFileSystemId, subnetId: 'subnet-0123456789abcdef1', securityGroups: [sgA.securityGroupId, 'sg-0123456789abcdef0'] });
  const modes = [
    ['Enabled', { directS3Read: lambda.DirectS3Read.enabled(bucket) }],
    ['WithoutGrant', { directS3Read: lambda.DirectS3Read.enabledWithoutGrant() }],
    ['Auto', { directS3Read: lambda.DirectS3Read.auto() }],
    ['Disabled', { directS3Read: lambda.DirectS3Read.disabled() }],
    ['Unset', undefined],
  ];
  for (const [name, options] of modes) {
    const ap = new s3files.CfnAccessPoint(s, name + 'Ap', { fileSystemId: fsys.attrFileSystemId });
    new lambda.Function(s, name, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, vpc,
      filesystem: lambda.FileSystem.fromS3FilesAccessPoint(ap, '/mnt/' + name.toLowerCase(), options) });
  }
}

const errors = {
  S3FilesNoFileSystem: (s) => { const s3files = require('aws-cdk-lib/aws-s3files'); lambda.FileSystem.fromS3FilesAccessPoint(new s3files.CfnAccessPoint(s, 'Ap', { fileSystemId: 'fs-1' }), '/mnt/x'); },
  S3FilesNoMountTargets: (s) => { const s3files = require('aws-cdk-lib/aws-s3files'); const f = new s3files.CfnFileSystem(s, 'Fs', { bucket: 'arn:aws:s3:::b', roleArn: 'r' }); lambda.FileSystem.fromS3FilesAccessPoint(new s3files.CfnAccessPoint(s, 'Ap', { fileSystemId: f.ref }), '/mnt/x'); },
  S3FilesTargetWithoutGroups: (s) => { const s3files = require('aws-cdk-lib/aws-s3files'); const f = new s3files.CfnFileSystem(s, 'Fs', { bucket: 'arn:aws:s3:::b', roleArn: 'r' }); new s3files.CfnMountTarget(s, 'T', { fileSystemId: f.attrFileSystemId, subnetId: 'subnet-1' }); lambda.FileSystem.fromS3FilesAccessPoint(new s3files.CfnAccessPoint(s, 'Ap', { fileSystemId: f.attrFileSystemId }), '/mnt/x'); },
  AliasScalingTwice: (s) => {
    const f = new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline });
    const a = f.currentVersion.addAlias('live');
    a.addAutoScaling({ maxCapacity: 5 });
    a.addAutoScaling({ maxCapacity: 6 });
  },
  AliasUtilizationTarget: (s) => {
    const f = new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline });
    f.currentVersion.addAlias('live').addAutoScaling({ maxCapacity: 5 }).scaleOnUtilization({ utilizationTarget: 0.95 });
  },
  AdotPythonWrapper: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.PYTHON_3_12, handler: 'i.h', code: lambda.Code.fromInline('x'),
    adotInstrumentation: { layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.LATEST), execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER } }),
  CustomCommandFails: () => lambda.Code.fromCustomCommand('out', ['sh', '-c', 'echo oops >&2; exit 3']),
  CapacityVCpus: (s) => new lambda.CapacityProvider(s, 'P', { securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-0123456789abcdef0')],
    subnets: [ec2.Subnet.fromSubnetId(s, 'Sn', 'subnet-0123456789abcdef0')], maxVCpuCount: 4 }),
  UrlOnVersion: (s) => {
    const f = new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline });
    new lambda.FunctionUrl(s, 'Url', { function: f.currentVersion });
  },
  UrlMaxAge: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline })
    .addFunctionUrl({ cors: { maxAge: cdk.Duration.days(2) } }),
  ImageWithoutDockerfile: (s) => new lambda.DockerImageFunction(s, 'F', { code: lambda.DockerImageCode.fromImageAsset('handler') }),
  ImageDirMissing: (s) => new lambda.DockerImageFunction(s, 'F', { code: lambda.DockerImageCode.fromImageAsset('no-such-dir') }),
  NameTooLong: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, functionName: 'x'.repeat(65) }),
  NameInvalid: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, functionName: 'has space' }),
  DescriptionTooLong: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, description: 'd'.repeat(257) }),
  ReservedEnvironment: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, environment: { AWS_REGION: 'x' } }),
  InlineJava: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.JAVA_21, handler: 'i.h', code: inline }),
  TooManyLayers: (s) => {
    const layers = [];
    for (let i = 0; i < 6; i++) layers.push(lambda.LayerVersion.fromLayerVersionArn(s, 'L' + i, `arn:aws:lambda:us-east-1:123456789012:layer:l${i}:1`));
    new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, layers });
  },
  IncompatibleLayer: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline,
    layers: [lambda.LayerVersion.fromLayerVersionAttributes(s, 'L', { layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:py:1', compatibleRuntimes: [lambda.Runtime.PYTHON_3_13] })] }),
  QueueAndTopic: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, deadLetterQueueEnabled: true, deadLetterTopic: new sns.Topic(s, 'T') }),
  BothLogFormats: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, logFormat: 'JSON', loggingFormat: lambda.LoggingFormat.JSON }),
  LevelWithoutJson: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, applicationLogLevelV2: lambda.ApplicationLogLevel.INFO }),
  LogRemovalWithFlag: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, logRemovalPolicy: cdk.RemovalPolicy.DESTROY }),
  EphemeralStorage: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, ephemeralStorageSize: cdk.Size.mebibytes(100) }),
  AliasWeight: (s) => {
    const fn = new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline });
    const v = new lambda.Version(s, 'V', { lambda: fn });
    new lambda.Alias(s, 'A', { aliasName: 'a', version: v, additionalVersions: [{ version: v, weight: 1.5 }] });
  },
  InvalidPrincipal: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline })
    .addPermission('P', { principal: new iam.CanonicalUserPrincipal('abc') }),
  UnsupportedCondition: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline })
    .addPermission('P', { principal: new iam.ServicePrincipal('s3.amazonaws.com').withConditions({ StringLike: { 'aws:SourceArn': 'x' } }) }),
  LayerWithInlineCode: (s) => new lambda.LayerVersion(s, 'L', { code: inline }),
  LayerOrgWithoutStar: (s) => lambda.LayerVersion.fromLayerVersionArn(s, 'L', 'arn:aws:lambda:us-east-1:123456789012:layer:l:1').addPermission('P', { accountId: '123456789012', organizationId: 'o-1' }),
  GrantOnOtherAccount: (s) => {
    const caller = new iam.Role(s, 'Caller', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    lambda.Function.fromFunctionArn(s, 'Other', 'arn:aws:lambda:us-east-1:222222222222:function:other').grantInvoke(caller);
  },
  AsyncRetries: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, retryAttempts: 3 }),
  VpcSubnetsWithoutVpc: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }),
  PublicSubnet: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline,
    vpc: new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0 }), vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }),
  ConnectionsWithoutVpc: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline }).connections,
  AsyncTwice: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, retryAttempts: 1 }).configureAsyncInvoke({ retryAttempts: 2 }),
  MaxEventAge: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, maxEventAge: cdk.Duration.hours(7) }),
  SnapStartNode: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS }),
  ProfilingNode: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, profiling: true }),
  MountPath: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline,
    filesystem: new lambda.FileSystem({ arn: 'arn', localMountPath: '/data' }) }),
  DurableTimeout: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline, durableConfig: { executionTimeout: cdk.Duration.days(400) } }),
  ParamsCacheSize: (s) => new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: inline,
    paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn('arn', { cacheSize: 5000 }) }),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const eapp = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(eapp, 'S');
  try {
    build(s);
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message.split(__dirname).join('<testdata>') };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
