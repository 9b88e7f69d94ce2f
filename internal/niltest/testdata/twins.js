// aws-cdk-lib 2.276.0 twins of the cases in nil_test.go: every L2
// constructor called with `undefined` props and optional arguments, then
// synthesized. regen.sh writes, per case, null when aws-cdk-lib
// synthesizes, else the message (and construct path) it throws with.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const logs = require('aws-cdk-lib/aws-logs');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const firehose = require('aws-cdk-lib/aws-kinesisfirehose');
const s3 = require('aws-cdk-lib/aws-s3');
const s3assets = require('aws-cdk-lib/aws-s3-assets');
const s3deploy = require('aws-cdk-lib/aws-s3-deployment');
const s3n = require('aws-cdk-lib/aws-s3-notifications');
const lambda = require('aws-cdk-lib/aws-lambda');

// assume makes a role assumed by p, so the principal renders.
const assume = (s, p) => new iam.Role(s, 'R', { assumedBy: p });
const fn = (s) => new lambda.Function(s, 'F', { code: lambda.Code.fromInline('x'), handler: 'index.h', runtime: lambda.Runtime.NODEJS_22_X });
const assumeRole = (s) => new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const sub = (s, d) => new sns.Topic(s, 'T').addSubscription(d);

const cases = {
  'awsiam.NewCompositeDependable': () => new iam.CompositeDependable(),
  'awsiam.NewGroup': (s) => new iam.Group(s, 'X', undefined),
  'awsiam.NewManagedPolicy': (s) => new iam.ManagedPolicy(s, 'X', undefined),
  'awsiam.NewPolicy': (s) => new iam.Policy(s, 'X', undefined),
  'awsiam.NewPolicyDocument': () => new iam.PolicyDocument(undefined),
  'awsiam.NewPolicyStatement': () => new iam.PolicyStatement(undefined),
  'awsiam.NewPrincipalPolicyFragment': () => new iam.PrincipalPolicyFragment({ AWS: ['*'] }, undefined),
  'awsiam.NewArnPrincipal': (s) => assume(s, new iam.ArnPrincipal('arn:aws:iam::123456789012:root')),
  'awsiam.NewAccountPrincipal': (s) => assume(s, new iam.AccountPrincipal('123456789012')),
  'awsiam.NewAccountRootPrincipal': (s) => assume(s, new iam.AccountRootPrincipal()),
  'awsiam.NewAnyPrincipal': (s) => assume(s, new iam.AnyPrincipal()),
  'awsiam.NewAnyone': (s) => assume(s, new iam.Anyone()),
  'awsiam.NewStarPrincipal': (s) => assume(s, new iam.StarPrincipal()),
  'awsiam.NewServicePrincipal': (s) => assume(s, new iam.ServicePrincipal('sqs.amazonaws.com', undefined)),
  'awsiam.NewOrganizationPrincipal': (s) => assume(s, new iam.OrganizationPrincipal('o-1234567890')),
  'awsiam.NewCanonicalUserPrincipal': (s) => assume(s, new iam.CanonicalUserPrincipal('abc')),
  'awsiam.NewFederatedPrincipal': (s) => assume(s, new iam.FederatedPrincipal('cognito-identity.amazonaws.com', undefined, undefined)),
  'awsiam.NewWebIdentityPrincipal': (s) => assume(s, new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', undefined)),
  'awsiam.NewCompositePrincipal': (s) => assume(s, new iam.CompositePrincipal()),
  'awsiam.NewPrincipalWithConditions': (s) => assume(s, new iam.PrincipalWithConditions(new iam.AnyPrincipal(), undefined)),
  'awsiam.NewSessionTagsPrincipal': (s) => assume(s, new iam.SessionTagsPrincipal(new iam.AnyPrincipal())),
  'awsiam.NewRole': (s) => new iam.Role(s, 'X', undefined),
  'awsiam.NewUnknownPrincipal': () => new iam.UnknownPrincipal(undefined),
  'awsiam.NewAccessKey': (s) => new iam.AccessKey(s, 'X', undefined),
  'awsiam.NewInstanceProfile': (s) => new iam.InstanceProfile(s, 'X', undefined),
  'awsiam.NewSamlProvider': (s) => new iam.SamlProvider(s, 'X', undefined),
  'awsiam.NewSamlPrincipal': (s) => assume(s, new iam.SamlPrincipal(iam.SamlProvider.fromSamlProviderArn(s, 'P', 'arn:aws:iam::123456789012:saml-provider/p'), undefined)),
  'awsiam.NewSamlConsolePrincipal': (s) => assume(s, new iam.SamlConsolePrincipal(iam.SamlProvider.fromSamlProviderArn(s, 'P', 'arn:aws:iam::123456789012:saml-provider/p'), undefined)),
  'awsiam.NewOidcProviderNative': (s) => new iam.OidcProviderNative(s, 'X', undefined),
  'awsiam.NewOpenIdConnectPrincipal': (s) => assume(s, new iam.OpenIdConnectPrincipal(iam.OidcProviderNative.fromOidcProviderArn(s, 'P', 'arn:aws:iam::123456789012:oidc-provider/x.com'), undefined)),
  'awsiam.NewLazyRole': (s) => new iam.LazyRole(s, 'X', undefined),
  'awsiam.NewComparablePrincipal': () => new iam.ComparablePrincipal(),
  'awsiam.NewGrantableResources': () => new iam.GrantableResources(),
  'awsiam.NewOpenIdConnectProvider': (s) => new iam.OpenIdConnectProvider(s, 'X', undefined),
  'awsiam.NewUser': (s) => new iam.User(s, 'X', undefined),
  'awskms.NewKey': (s) => new kms.Key(s, 'X', undefined),
  'awskms.NewViaServicePrincipal': (s) => new kms.Key(s, 'K').addToResourcePolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'], principals: [new kms.ViaServicePrincipal('s3.us-east-1.amazonaws.com', undefined)] })),
  'awskms.NewAlias': (s) => new kms.Alias(s, 'X', undefined),
  'awslogs.NewLogGroup': (s) => new logs.LogGroup(s, 'X', undefined),
  'awslogs.LogGroup.AddStream': (s) => new logs.LogGroup(s, 'G').addStream('X', undefined),
  'awslogs.LogGroup.AddMetricFilter': (s) => new logs.LogGroup(s, 'G').addMetricFilter('X', undefined),
  'awslogs.LogGroup.AddSubscriptionFilter': (s) => new logs.LogGroup(s, 'G').addSubscriptionFilter('X', undefined),
  'awslogs.LogGroup.AddTransformer': (s) => new logs.LogGroup(s, 'G').addTransformer('X', undefined),
  'awslogs.NewDataIdentifier': (s) => new logs.LogGroup(s, 'X', { dataProtectionPolicy: new logs.DataProtectionPolicy({ identifiers: [new logs.DataIdentifier('Name')] }) }),
  'awslogs.NewCustomDataIdentifier': (s) => new logs.LogGroup(s, 'X', { dataProtectionPolicy: new logs.DataProtectionPolicy({ identifiers: [new logs.CustomDataIdentifier('Id', 'id-\\d+')] }) }),
  'awslogs.NewDataProtectionPolicy': () => new logs.DataProtectionPolicy(undefined),
  'awslogs.NewFieldIndexPolicy': () => new logs.FieldIndexPolicy(undefined),
  'awslogs.NewCrossAccountDestination': (s) => new logs.CrossAccountDestination(s, 'X', undefined),
  'awslogs.NewLogStream': (s) => new logs.LogStream(s, 'X', undefined),
  'awslogs.NewMetricFilter': (s) => new logs.MetricFilter(s, 'X', undefined),
  'awslogs.NewFilterPattern': () => new logs.FilterPattern(),
  'awslogs.NewSpaceDelimitedTextPattern': () => new logs.SpaceDelimitedTextPattern(['a'], undefined),
  'awslogs.NewQueryString': () => new logs.QueryString(undefined).toString(),
  'awslogs.NewQueryDefinition': (s) => new logs.QueryDefinition(s, 'X', undefined),
  'awslogs.NewResourcePolicy': (s) => new logs.ResourcePolicy(s, 'X', undefined),
  'awslogs.NewParserProcessor': () => new logs.ParserProcessor(undefined),
  'awslogs.NewJsonMutatorProcessor': () => new logs.JsonMutatorProcessor(undefined),
  'awslogs.NewStringMutatorProcessor': () => new logs.StringMutatorProcessor(undefined),
  'awslogs.NewDataConverterProcessor': () => new logs.DataConverterProcessor(undefined),
  'awslogs.NewVendedLogParser': () => new logs.VendedLogParser(undefined),
  'awslogs.NewTransformer': (s) => new logs.Transformer(s, 'X', undefined),
  'awslogs.NewLogRetention': (s) => new logs.LogRetention(s, 'X', undefined),
  'awslogs.NewSubscriptionFilter': (s) => new logs.SubscriptionFilter(s, 'X', undefined),
  'awssqs.NewQueue': (s) => new sqs.Queue(s, 'X', undefined),
  'awssqs.NewQueuePolicy': (s) => new sqs.QueuePolicy(s, 'X', undefined),
  'awssns.NewSubscription': (s) => new sns.Subscription(s, 'X', undefined),
  'awssns.NewSubscriptionFilter': () => new sns.SubscriptionFilter(undefined),
  'awssns.NewFilter': () => new sns.Filter(sns.SubscriptionFilter.existsFilter()),
  'awssns.NewPolicy': () => new sns.Policy({}),
  'awssns.NewTopic': (s) => new sns.Topic(s, 'X', undefined),
  'awssns.NewTopicPolicy': (s) => new sns.TopicPolicy(s, 'X', undefined),
  'awssnssubscriptions.NewFirehoseSubscription': (s) => sub(s, new subs.FirehoseSubscription(new firehose.DeliveryStream(s, 'D', {
    destination: new firehose.S3Bucket(new s3.Bucket(s, 'B')) }), undefined)),
  'awssnssubscriptions.NewLambdaSubscription': (s) => sub(s, new subs.LambdaSubscription(fn(s), undefined)),
  'awssnssubscriptions.NewEmailSubscription': (s) => sub(s, new subs.EmailSubscription('a@example.com', undefined)),
  'awssnssubscriptions.NewSmsSubscription': (s) => sub(s, new subs.SmsSubscription('+15555550100', undefined)),
  'awssnssubscriptions.NewUrlSubscription': (s) => sub(s, new subs.UrlSubscription('https://example.com', undefined)),
  'awssnssubscriptions.NewSqsSubscription': (s) => sub(s, new subs.SqsSubscription(new sqs.Queue(s, 'Q'), undefined)),
  'awss3.NewBucket': (s) => new s3.Bucket(s, 'X', undefined),
  'awss3.NewBucketPolicy': (s) => new s3.BucketPolicy(s, 'X', undefined),
  'awss3.NewBlockPublicAccess': () => new s3.BlockPublicAccess(undefined),
  'awss3.NewStorageClass': () => new s3.StorageClass('GLACIER'),
  'awss3assets.NewAsset': (s) => new s3assets.Asset(s, 'X', undefined),
  'awss3deployment.NewBucketDeployment': (s) => new s3deploy.BucketDeployment(s, 'X', undefined),
  'awss3deployment.NewDeployTimeSubstitutedFile': (s) => new s3deploy.DeployTimeSubstitutedFile(s, 'X', undefined),
  'awss3notifications.NewLambdaDestination': (s) => new s3.Bucket(s, 'B').addObjectCreatedNotification(new s3n.LambdaDestination(fn(s))),
  'awss3notifications.NewSnsDestination': (s) => new s3.Bucket(s, 'B').addObjectCreatedNotification(new s3n.SnsDestination(new sns.Topic(s, 'T'))),
  'awss3notifications.NewSqsDestination': (s) => new s3.Bucket(s, 'B').addObjectCreatedNotification(new s3n.SqsDestination(new sqs.Queue(s, 'Q'))),
  'awslambda.NewAlias': (s) => new lambda.Alias(s, 'X', undefined),
  'awslambda.NewInlineCode': () => new lambda.InlineCode('x'),
  'awslambda.NewS3Code': (s) => new lambda.S3Code(new s3.Bucket(s, 'B'), 'k', undefined),
  'awslambda.NewS3CodeV2': (s) => new lambda.S3CodeV2(new s3.Bucket(s, 'B'), 'k', undefined),
  'awslambda.NewAssetCode': () => new lambda.AssetCode(__dirname, undefined),
  'awslambda.NewFunctionVersionUpgrade': (s) => {
    cdk.Aspects.of(s).add(new lambda.FunctionVersionUpgrade(undefined, undefined));
    new lambda.Function(s, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('x') });
  },
  'awslambda.NewFunction': (s) => new lambda.Function(s, 'X', undefined),
  'awslambda.NewLayerVersion': (s) => new lambda.LayerVersion(s, 'X', undefined),
  'awslambda.NewRuntime': () => new lambda.Runtime('python9.9', undefined, undefined),
  'awslambda.NewSingletonFunction': (s) => new lambda.SingletonFunction(s, 'X', undefined),
  'awslambda.NewVersion': (s) => new lambda.Version(s, 'X', undefined),
  'awslambda.NewEventSourceMapping': (s) => new lambda.EventSourceMapping(s, 'X', undefined),
  'awslambda.NewFunctionUrl': (s) => new lambda.FunctionUrl(s, 'X', undefined),
  'awslambda.NewAssetImageCode': () => new lambda.AssetImageCode(__dirname, undefined),
  'awslambda.NewEcrImageCode': () => new lambda.EcrImageCode(undefined, undefined),
  'awslambda.NewDockerImageFunction': (s) => new lambda.DockerImageFunction(s, 'X', undefined),
  'awslambda.NewEventInvokeConfig': (s) => new lambda.EventInvokeConfig(s, 'X', undefined),
  'awslambda.NewCapacityProvider': (s) => new lambda.CapacityProvider(s, 'X', undefined),
  'awslambda.NewTenancyConfig': () => new lambda.TenancyConfig(undefined),
  'awslambda.NewRuntimeManagementMode': () => new lambda.RuntimeManagementMode(undefined, undefined),
  'awslambda.NewFileSystem': () => new lambda.FileSystem(undefined),
  'awslambda.NewFilterCriteria': () => new lambda.FilterCriteria(),
  'awslambda.NewFilterRule': () => new lambda.FilterRule(),
  'awslambda.NewCodeSigningConfig': (s) => new lambda.CodeSigningConfig(s, 'X', undefined),
  'awss3.Bucket.GrantRead': (s) => new s3.Bucket(s, 'B').grantRead(assumeRole(s), undefined),
  'awss3.Bucket.AddLifecycleRule': (s) => new s3.Bucket(s, 'B').addLifecycleRule(undefined),
  'awss3.Bucket.AddCorsRule': (s) => new s3.Bucket(s, 'B').addCorsRule(undefined),
  'awss3.Bucket_FromBucketAttributes': (s) => s3.Bucket.fromBucketAttributes(s, 'X', undefined),
  'awssqs.Queue_FromQueueAttributes': (s) => sqs.Queue.fromQueueAttributes(s, 'X', undefined),
  'awssns.Topic_FromTopicAttributes': (s) => sns.Topic.fromTopicAttributes(s, 'X', undefined),
  'awssns.Topic.AddSubscription': (s) => new sns.Topic(s, 'T').addSubscription(undefined),
  'awsiam.Role.AddToPolicy': (s) => assumeRole(s).addToPolicy(undefined),
  'awsiam.Role_FromRoleArn': (s) => iam.Role.fromRoleArn(s, 'X', 'arn:aws:iam::123456789012:role/r', undefined),
  'awsiam.User_FromUserAttributes': (s) => iam.User.fromUserAttributes(s, 'X', undefined),
  'awskms.Key.AddAlias': (s) => new kms.Key(s, 'K').addAlias(undefined),
  'awslogs.LogGroup_FromLogGroupName': (s) => logs.LogGroup.fromLogGroupName(s, 'X', undefined),
};

const out = {};
for (const [name, build] of Object.entries(cases)) {
  const app = new cdk.App({ context: JSON.parse(process.env.CDK_CONTEXT_JSON), outdir: require('fs').mkdtempSync('/tmp/niltwin-') });
  const s = new cdk.Stack(app, 'S');
  // An anchor resource keeps the stack valid when a case adds nothing.
  new cdk.CfnResource(s, 'Anchor', { type: 'AWS::CloudFormation::WaitConditionHandle' });
  try {
    build(s);
    app.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
