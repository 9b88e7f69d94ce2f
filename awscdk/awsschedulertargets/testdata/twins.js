// aws-cdk-lib 2.276.0 twins of the Go cases in targets_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const lambda = require('aws-cdk-lib/aws-lambda');
const events = require('aws-cdk-lib/aws-events');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const firehose = require('aws-cdk-lib/aws-kinesisfirehose');
const codebuild = require('aws-cdk-lib/aws-codebuild');
const codepipeline = require('aws-cdk-lib/aws-codepipeline');
const inspector = require('aws-cdk-lib/aws-inspector');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const scheduler = require('aws-cdk-lib/aws-scheduler');
const targets = require('aws-cdk-lib/aws-scheduler-targets');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const app = new cdk.App();

const every = (n) => scheduler.ScheduleExpression.rate(cdk.Duration.minutes(n));
const fn = (s, id) => new lambda.Function(s, id || 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });

// A SageMaker pipeline of our own (aws_sagemaker has no Pipeline class); the Go twin is fakePipeline.
class FakePipeline extends cdk.Resource {
  constructor(scope, id) { super(scope, id); this.pipelineArn = 'arn:aws:sagemaker:us-east-1:111111111111:pipeline/p1'; this.pipelineName = 'p1'; }
  get pipelineRef() { return { pipelineName: this.pipelineName }; }
  grantStartPipelineExecution(grantee) {
    return iam.Grant.addToPrincipal({ grantee, actions: ['sagemaker:StartPipelineExecution'], resourceArns: [this.pipelineArn] });
  }
}

{ // Lambda: the default role, reused by a second schedule, and every base prop
  const s = new cdk.Stack(app, 'Lambda');
  const f = fn(s);
  new scheduler.Schedule(s, 'Default', { schedule: every(5), target: new targets.LambdaInvoke(f) });
  const group = new scheduler.ScheduleGroup(s, 'Group', { scheduleGroupName: 'g1' });
  new scheduler.Schedule(s, 'Again', { schedule: every(10), target: new targets.LambdaInvoke(f, {}), scheduleGroup: group });
  const dlq = new sqs.Queue(s, 'DLQ');
  const role = new iam.Role(s, 'Given', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
  new scheduler.Schedule(s, 'AllProps', { schedule: every(15), target: new targets.LambdaInvoke(f, {
    role, deadLetterQueue: dlq, maxEventAge: cdk.Duration.hours(2), retryAttempts: 7,
    input: scheduler.ScheduleTargetInput.fromObject({ attempt: scheduler.ContextAttribute.attemptNumber }),
  }) });
  new scheduler.Schedule(s, 'ZeroRetries', { schedule: every(20), target: new targets.LambdaInvoke(f, { retryAttempts: 0, maxEventAge: cdk.Duration.minutes(1) }) });
  const imported = lambda.Function.fromFunctionAttributes(s, 'Imported', { functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:other', sameEnvironment: true });
  new scheduler.Schedule(s, 'ImportedFn', { schedule: every(30), target: new targets.LambdaInvoke(imported) });
}

{ // Messaging: SQS (plain, FIFO, KMS), SNS, EventBridge
  const s = new cdk.Stack(app, 'Messaging');
  const q = new sqs.Queue(s, 'Queue');
  new scheduler.Schedule(s, 'ToQueue', { schedule: every(5), target: new targets.SqsSendMessage(q, { input: scheduler.ScheduleTargetInput.fromText('hi') }) });
  const fifo = new sqs.Queue(s, 'Fifo', { fifo: true, contentBasedDeduplication: true });
  new scheduler.Schedule(s, 'ToFifo', { schedule: every(5), target: new targets.SqsSendMessage(fifo, { messageGroupId: 'group-1' }) });
  const kq = new sqs.Queue(s, 'Encrypted', { encryption: sqs.QueueEncryption.KMS });
  new scheduler.Schedule(s, 'ToEncrypted', { schedule: every(5), target: new targets.SqsSendMessage(kq) });
  const topic = new sns.Topic(s, 'Topic');
  new scheduler.Schedule(s, 'ToTopic', { schedule: every(5), target: new targets.SnsPublish(topic, { retryAttempts: 2 }) });
  const bus = new events.EventBus(s, 'Bus');
  new scheduler.Schedule(s, 'ToBus', { schedule: every(5), target: new targets.EventBridgePutEvents({
    eventBus: bus, source: 'my.source', detailType: 'Tick', detail: scheduler.ScheduleTargetInput.fromObject({ k: 'v' }),
  }) });
}

{ // StepFunctions: StepFunctionsStartExecution on a state machine and an imported one (stepfunctions_test.go)
  const s = new cdk.Stack(app, 'StepFunctions');
  const sm = new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'Pass')) });
  new scheduler.Schedule(s, 'ToMachine', { schedule: every(5), target: new targets.StepFunctionsStartExecution(sm, { input: scheduler.ScheduleTargetInput.fromObject({ k: 'v' }), retryAttempts: 3 }) });
  const imported = sfn.StateMachine.fromStateMachineArn(s, 'Imported', 'arn:aws:states:us-east-1:111111111111:stateMachine:other');
  new scheduler.Schedule(s, 'ToImported', { schedule: every(10), target: new targets.StepFunctionsStartExecution(imported, {}) });
}

{ // Streams: Kinesis (plain, KMS), Firehose (imported)
  const s = new cdk.Stack(app, 'Streams');
  const st = new kinesis.Stream(s, 'Stream');
  new scheduler.Schedule(s, 'ToStream', { schedule: every(5), target: new targets.KinesisStreamPutRecord(st, { partitionKey: 'pk' }) });
  const key = new kms.Key(s, 'Key');
  const est = new kinesis.Stream(s, 'EncStream', { encryption: kinesis.StreamEncryption.KMS, encryptionKey: key });
  new scheduler.Schedule(s, 'ToEncStream', { schedule: every(5), target: new targets.KinesisStreamPutRecord(est, { partitionKey: 'x' }) });
  const ds = firehose.DeliveryStream.fromDeliveryStreamArn(s, 'Delivery', 'arn:aws:firehose:us-east-1:111111111111:deliverystream/ds');
  new scheduler.Schedule(s, 'ToFirehose', { schedule: every(5), target: new targets.FirehosePutRecord(ds) });
}

{ // Services: CodeBuild, CodePipeline, Inspector, SageMaker, Universal
  const s = new cdk.Stack(app, 'Services');
  const project = new codebuild.CfnProject(s, 'Project', {
    artifacts: { type: 'NO_ARTIFACTS' }, environment: { computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER' },
    serviceRole: 'arn:aws:iam::111111111111:role/cb', source: { type: 'NO_SOURCE', buildSpec: 'version: 0.2' },
  });
  new scheduler.Schedule(s, 'Build', { schedule: every(60), target: new targets.CodeBuildStartBuild(project) });
  new scheduler.Schedule(s, 'BuildImported', { schedule: every(60), target: new targets.CodeBuildStartBuild(codebuild.CfnProject.fromProjectName(s, 'Other', 'other')) });
  const pipeline = codepipeline.CfnPipeline.fromPipelineName(s, 'Pipeline', 'my-pipe');
  new scheduler.Schedule(s, 'Pipe', { schedule: every(60), target: new targets.CodePipelineStartPipelineExecution(pipeline) });
  const tmpl = new inspector.CfnAssessmentTemplate(s, 'Template', { assessmentTargetArn: 'arn:aws:inspector:us-east-1:111111111111:target/0-abc', durationInSeconds: 3600, rulesPackageArns: ['arn:aws:inspector:us-east-1:316112463485:rulespackage/0-gEjTy7T7'] });
  new scheduler.Schedule(s, 'Inspect', { schedule: every(60), target: new targets.InspectorStartAssessmentRun(tmpl) });
  const sm = new FakePipeline(s, 'SageMaker');
  new scheduler.Schedule(s, 'Train', { schedule: every(60), target: new targets.SageMakerStartPipelineExecution(sm, { pipelineParameterList: [{ name: 'a', value: '1' }, { name: 'b', value: '2' }] }) });
  new scheduler.Schedule(s, 'TrainPlain', { schedule: every(90), target: new targets.SageMakerStartPipelineExecution(sm) });
  new scheduler.Schedule(s, 'Universal', { schedule: every(60), target: new targets.Universal({ service: 'sqs', action: 'createQueue', input: scheduler.ScheduleTargetInput.fromObject({ QueueName: 'q' }) }) });
  new scheduler.Schedule(s, 'UniversalSfn', { schedule: every(60), target: new targets.Universal({ service: 'sfn', action: 'startExecution' }) });
  new scheduler.Schedule(s, 'UniversalPolicy', { schedule: every(60), target: new targets.Universal({ service: 's3', action: 'putObject',
    policyStatements: [new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['arn:aws:s3:::b/*'] })] }) });
}

{ // Ecs: Fargate and EC2 tasks with every option
  const s = new cdk.Stack(app, 'Ecs');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const ftd = new ecs.FargateTaskDefinition(s, 'FargateTD');
  ftd.addContainer('c', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 512 });
  new scheduler.Schedule(s, 'Fargate', { schedule: every(5), target: new targets.EcsRunFargateTask(cluster, { taskDefinition: ftd }) });
  const sg = new ec2.SecurityGroup(s, 'SG', { vpc });
  new scheduler.Schedule(s, 'FargateAll', { schedule: every(5), target: new targets.EcsRunFargateTask(cluster, {
    taskDefinition: ftd, assignPublicIp: true, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, securityGroups: [sg],
    platformVersion: ecs.FargatePlatformVersion.VERSION1_4, taskCount: 2, group: 'grp', referenceId: 'ref',
    enableEcsManagedTags: true, enableExecuteCommand: false, propagateTags: true, tags: [{ key: 'k', value: 'v' }],
  }) });
  new scheduler.Schedule(s, 'FargatePublic', { schedule: every(5), target: new targets.EcsRunFargateTask(cluster, {
    taskDefinition: ftd, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    capacityProviderStrategies: [{ capacityProvider: 'FARGATE_SPOT', weight: 2, base: 1 }],
  }) });
  const etd = new ecs.Ec2TaskDefinition(s, 'Ec2TD');
  etd.addContainer('c', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 256 });
  new scheduler.Schedule(s, 'Ec2', { schedule: every(5), target: new targets.EcsRunEc2Task(cluster, {
    taskDefinition: etd,
    placementConstraints: [ecs.PlacementConstraint.distinctInstances(), ecs.PlacementConstraint.memberOf('attribute:ecs.instance-type =~ t2.*')],
    placementStrategies: [ecs.PlacementStrategy.spreadAcrossInstances(), ecs.PlacementStrategy.packedByCpu()],
  }) });
  const vtd = new ecs.Ec2TaskDefinition(s, 'AwsVpcTD', { networkMode: ecs.NetworkMode.AWS_VPC });
  vtd.addContainer('c', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 256 });
  new scheduler.Schedule(s, 'Ec2AwsVpc', { schedule: every(5), target: new targets.EcsRunEc2Task(cluster, {
    taskDefinition: vtd, securityGroups: [sg], tags: [{ key: 'a', value: 'b' }],
  }) });
}

{ // Custom: a target of the user's own on ScheduleTargetBase, and a LambdaInvoke that adds to its role
  const s = new cdk.Stack(app, 'Custom');
  class MyTarget extends targets.ScheduleTargetBase {
    constructor(props) { super(props, 'arn:aws:sqs:us-east-1:111111111111:custom'); }
    addTargetActionToRole(role) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:111111111111:custom'] }));
    }
  }
  new scheduler.Schedule(s, 'Mine', { schedule: every(5), target: new MyTarget({ retryAttempts: 1 }) });
  class LoudLambda extends targets.LambdaInvoke {
    addTargetActionToRole(role) {
      super.addTargetActionToRole(role);
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] }));
    }
  }
  new scheduler.Schedule(s, 'Loud', { schedule: every(5), target: new LoudLambda(fn(s)) });
}

{ // CrossStack: the target's resources in one stack, the schedule (and its role) in another
  const producer = new cdk.Stack(app, 'Producer');
  const f = fn(producer);
  const q = new sqs.Queue(producer, 'Queue');
  const consumer = new cdk.Stack(app, 'Consumer');
  new scheduler.Schedule(consumer, 'Invoke', { schedule: every(5), target: new targets.LambdaInvoke(f, { deadLetterQueue: q }) });
  new scheduler.Schedule(consumer, 'Send', { schedule: every(5), target: new targets.SqsSendMessage(q) });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const sched = (s, target) => new scheduler.Schedule(s, 'Sch', { schedule: every(5), target });
const fargateTD = (s) => { const t = new ecs.FargateTaskDefinition(s, 'TD'); t.addContainer('c', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 512 }); return t; };
const ec2TD = (s) => { const t = new ecs.Ec2TaskDefinition(s, 'TD'); t.addContainer('c', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 512 }); return t; };
const clusterIn = (s) => new ecs.Cluster(s, 'Cluster', { vpc: new ec2.Vpc(s, 'Vpc', { maxAzs: 1 }) });
const errors = {
  FifoWithoutGroup: (s) => new targets.SqsSendMessage(new sqs.Queue(s, 'Q', { fifo: true, contentBasedDeduplication: true })),
  GroupOnStandard: (s) => new targets.SqsSendMessage(new sqs.Queue(s, 'Q'), { messageGroupId: 'g' }),
  GroupTooLong: (s) => new targets.SqsSendMessage(new sqs.Queue(s, 'Q', { fifo: true, contentBasedDeduplication: true }), { messageGroupId: 'g'.repeat(129) }),
  FifoWithoutDedup: (s) => new targets.SqsSendMessage(new sqs.Queue(s, 'Q', { fifo: true }), { messageGroupId: 'g' }),
  EventAgeTooLong: (s) => sched(s, new targets.LambdaInvoke(fn(s), { maxEventAge: cdk.Duration.days(2) })),
  EventAgeTooShort: (s) => sched(s, new targets.LambdaInvoke(fn(s), { maxEventAge: cdk.Duration.seconds(59) })),
  RetriesNegative: (s) => sched(s, new targets.LambdaInvoke(fn(s), { retryAttempts: -1 })),
  RetriesTooMany: (s) => sched(s, new targets.LambdaInvoke(fn(s), { retryAttempts: 186 })),
  BusWithInput: (s) => new targets.EventBridgePutEvents({ eventBus: new events.EventBus(s, 'B'), source: 's', detailType: 'd', detail: scheduler.ScheduleTargetInput.fromText('x') }, { input: scheduler.ScheduleTargetInput.fromText('y') }),
  PartitionKeyEmpty: (s) => new targets.KinesisStreamPutRecord(new kinesis.Stream(s, 'K'), { partitionKey: '' }),
  UniversalUpperService: (s) => new targets.Universal({ service: 'SQS', action: 'sendMessage' }),
  UniversalPascalAction: (s) => new targets.Universal({ service: 'sqs', action: 'SendMessage' }),
  UniversalReadOnly: (s) => new targets.Universal({ service: 'sqs', action: 'listQueues' }),
  SageMakerTooManyParams: (s) => new targets.SageMakerStartPipelineExecution(new FakePipeline(s, 'P'), { pipelineParameterList: Array.from({ length: 201 }, (_, i) => ({ name: 'n' + i, value: 'v' })) }),
  FargateWithEc2TD: (s) => sched(s, new targets.EcsRunFargateTask(clusterIn(s), { taskDefinition: ec2TD(s) })),
  FargatePublicIpPrivate: (s) => sched(s, new targets.EcsRunFargateTask(clusterIn(s), { taskDefinition: fargateTD(s), assignPublicIp: true })),
  Ec2WithFargateTD: (s) => sched(s, new targets.EcsRunEc2Task(clusterIn(s), { taskDefinition: fargateTD(s) })),
  Ec2BridgeWithSubnets: (s) => sched(s, new targets.EcsRunEc2Task(clusterIn(s), { taskDefinition: ec2TD(s), vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } })),
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
