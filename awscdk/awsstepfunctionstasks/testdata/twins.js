// aws-cdk-lib 2.276.0 twins of the Go cases in tasks_test.go. Objects a Go
// program passes as maps are written with sorted keys: jsii sorts them.
// Each stack is one template case; each entry of `errors` one bad-input
// case, whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('aws-cdk-lib/aws-stepfunctions-tasks');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const kms = require('aws-cdk-lib/aws-kms');
const ddb = require('aws-cdk-lib/aws-dynamodb');
const events = require('aws-cdk-lib/aws-events');
const codebuild = require('aws-cdk-lib/aws-codebuild');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const apigw = require('aws-cdk-lib/aws-apigateway');
const app = new cdk.App();
const J = sfn.JsonPath;
const machine = (s, chain, props) => new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(chain), ...props });
const fn = (s) => new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;') });

{ // Lambda: every LambdaInvoke shape, chained
  const s = new cdk.Stack(app, 'Lambda');
  const f = fn(s);
  const imported = lambda.Function.fromFunctionArn(s, 'Imported', 'arn:aws:lambda:us-east-1:111111111111:function:other');
  const a = new tasks.LambdaInvoke(s, 'Default', { lambdaFunction: f });
  const b = new tasks.LambdaInvoke(s, 'Full', {
    lambdaFunction: f, payload: sfn.TaskInput.fromObject({ a: J.stringAt('$.a'), lit: 'x', n: 1 }),
    invocationType: tasks.LambdaInvocationType.EVENT, clientContext: 'ctx', qualifier: '1', retryOnServiceExceptions: false,
    resultPath: '$.r', comment: 'full', timeout: cdk.Duration.seconds(30),
  });
  const c = new tasks.LambdaInvoke(s, 'Only', { lambdaFunction: imported, payloadResponseOnly: true, payload: sfn.TaskInput.fromJsonPathAt('$.in') });
  const d = new tasks.LambdaInvoke(s, 'Callback', { lambdaFunction: f, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, payload: sfn.TaskInput.fromObject({ token: J.taskToken }) });
  const e = tasks.LambdaInvoke.jsonPath(s, 'Path', { lambdaFunction: imported, payload: sfn.TaskInput.fromText('hello'), outputPath: '$.Payload' });
  const g = tasks.LambdaInvoke.jsonata(s, 'Nata', { lambdaFunction: f, outputs: '{% $states.result.Payload %}' });
  const h = tasks.LambdaInvoke.jsonata(s, 'NataPayload', { lambdaFunction: imported, payload: sfn.TaskInput.fromObject({ x: '{% $states.input.x %}' }), invocationType: tasks.LambdaInvocationType.DRY_RUN });
  const i = new tasks.LambdaInvoke(s, 'OnlyDefault', { lambdaFunction: f, payloadResponseOnly: true });
  machine(s, a.next(b).next(c).next(d).next(e).next(g).next(h).next(i));
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('RunTime', b.metricRunTime());
  alarm('Failed', a.metricFailed());
}

{ // LambdaJsonata: a JSONata state machine with default LambdaInvoke tasks
  const s = new cdk.Stack(app, 'LambdaJsonata');
  const f = fn(s);
  const a = new tasks.LambdaInvoke(s, 'A', { lambdaFunction: f });
  const b = tasks.LambdaInvoke.jsonPath(s, 'B', { lambdaFunction: f, payload: sfn.TaskInput.fromObject({ k: '{% $states.input.k %}' }) });
  machine(s, a.next(b), { queryLanguage: sfn.QueryLanguage.JSONATA });
}

{ // Messaging: SnsPublish and SqsSendMessage
  const s = new cdk.Stack(app, 'Messaging');
  const topic = new sns.Topic(s, 'Topic');
  const fifo = new sns.Topic(s, 'Fifo', { fifo: true, contentBasedDeduplication: true });
  const q = new sqs.Queue(s, 'Queue');
  const encrypted = new sqs.Queue(s, 'Encrypted', { encryptionMasterKey: new kms.Key(s, 'Key') });
  const a = new tasks.SnsPublish(s, 'Publish', { topic, message: sfn.TaskInput.fromJsonPathAt('$.msg'), subject: 'hi',
    messageAttributes: {
      arr: { value: ['a', 'b'] }, bin: { value: 'aGk=', dataType: tasks.MessageAttributeDataType.BINARY },
      flag: { value: true }, input: { value: sfn.TaskInput.fromJsonPathAt('$.x') }, n: { value: 3.5 },
      num: { value: 2, dataType: tasks.MessageAttributeDataType.NUMBER }, path: { value: J.stringAt('$.p'), dataType: tasks.MessageAttributeDataType.NUMBER },
      s: { value: 'plain', dataType: tasks.MessageAttributeDataType.STRING },
    } });
  const b = new tasks.SnsPublish(s, 'PublishFifo', { topic: fifo, message: sfn.TaskInput.fromObject({ token: J.taskToken, v: 1 }), messageGroupId: 'g',
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, messagePerSubscriptionType: true });
  const c = tasks.SnsPublish.jsonata(s, 'PublishNata', { topic, message: sfn.TaskInput.fromText('{% $states.input.m %}') });
  const d = new tasks.SqsSendMessage(s, 'Send', { queue: q, messageBody: sfn.TaskInput.fromText('hello'), delay: cdk.Duration.minutes(1) });
  const e = new tasks.SqsSendMessage(s, 'SendEncrypted', { queue: encrypted, messageBody: sfn.TaskInput.fromObject({ t: J.taskToken }),
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, messageGroupId: 'g', messageDeduplicationId: 'd' });
  const f = tasks.SqsSendMessage.jsonata(s, 'SendNata', { queue: q, messageBody: sfn.TaskInput.fromObject({ a: '{% $states.input %}' }) });
  machine(s, a.next(b).next(c).next(d).next(e).next(f));
}

{ // Dynamo: the four item tasks and every attribute value
  const s = new cdk.Stack(app, 'Dynamo');
  const table = new ddb.Table(s, 'Table', { partitionKey: { name: 'pk', type: ddb.AttributeType.STRING } });
  const imported = ddb.Table.fromTableName(s, 'Imported', 'other');
  const D = tasks.DynamoAttributeValue;
  const get = new tasks.DynamoGetItem(s, 'Get', { table, key: { pk: D.fromString(J.stringAt('$.id')), sk: D.fromNumber(42) },
    consistentRead: true, expressionAttributeNames: { '#n': 'name' }, returnConsumedCapacity: tasks.DynamoConsumedCapacity.TOTAL,
    projectionExpression: [new tasks.DynamoProjectionExpression().withAttribute('a').withAttribute('b').atIndex(2), new tasks.DynamoProjectionExpression().withAttribute('c')],
    resultPath: '$.item' });
  const put = new tasks.DynamoPutItem(s, 'Put', { table: imported, item: {
      b: D.fromBinary('aGk='), bool: D.fromBoolean(false), bp: D.booleanFromJsonPath('$.flag'), bs: D.fromBinarySet(['aGk=']), l: D.fromList([D.fromString('x'), D.fromNumber(1.5)]),
      lp: D.listFromJsonPath('$.list'), m: D.fromMap({ a: D.numberFromString('7'), z: D.fromString('z') }), mp: D.mapFromJsonPath('$.map'),
      n: D.fromNull(true), ns: D.fromNumberSet([1, 2.5]), nss: D.numberSetFromStrings(['3']), pk: D.fromString('k'), ss: D.fromStringSet(['a', 'b']),
    }, conditionExpression: 'attribute_not_exists(pk)', returnValues: tasks.DynamoReturnValues.ALL_OLD, returnItemCollectionMetrics: tasks.DynamoItemCollectionMetrics.SIZE });
  const update = new tasks.DynamoUpdateItem(s, 'Update', { table, key: { pk: D.fromString('k') }, updateExpression: 'SET #v = :v',
    expressionAttributeNames: { '#v': 'v' }, expressionAttributeValues: { ':v': D.fromNumber(1) }, returnValues: tasks.DynamoReturnValues.UPDATED_NEW });
  const del = new tasks.DynamoDeleteItem(s, 'Delete', { table, key: { pk: D.fromString(J.stringAt('$.id')) }, resultPath: J.DISCARD });
  const nata = tasks.DynamoGetItem.jsonata(s, 'GetNata', { table, key: { pk: D.fromString('{% $states.input.id %}') } });
  const nataPut = tasks.DynamoPutItem.jsonata(s, 'PutNata', { table, item: { b: D.booleanFromJsonata('{% true %}'), l: D.listFromJsonata('{% $l %}'), m: D.mapFromJsonata('{% $states.input.m %}'), pk: D.fromString('x') } });
  machine(s, get.next(put).next(update).next(del).next(nata).next(nataPut));
}

{ // Integrations: StepFunctionsStartExecution, EventBridgePutEvents, CallAwsService
  const s = new cdk.Stack(app, 'Integrations');
  const child = new sfn.StateMachine(s, 'Child', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'ChildPass')) });
  const importedSm = sfn.StateMachine.fromStateMachineArn(s, 'ImportedSm', 'arn:aws:states:us-east-1:111111111111:stateMachine:other');
  const a = new tasks.StepFunctionsStartExecution(s, 'Start', { stateMachine: child });
  const b = new tasks.StepFunctionsStartExecution(s, 'StartSync', { stateMachine: child, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    input: sfn.TaskInput.fromObject({ k: J.stringAt('$.k'), lit: 1 }), associateWithParent: true, name: 'run' });
  const c = new tasks.StepFunctionsStartExecution(s, 'StartCallback', { stateMachine: importedSm, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    input: sfn.TaskInput.fromObject({ token: J.taskToken }) });
  const d = tasks.StepFunctionsStartExecution.jsonata(s, 'StartNata', { stateMachine: importedSm, associateWithParent: true });
  const bus = new events.EventBus(s, 'Bus');
  const e = new tasks.EventBridgePutEvents(s, 'Put', { entries: [
    { detail: sfn.TaskInput.fromObject({ m: J.stringAt('$.m') }), detailType: 'MyType', source: 'my.source' },
    { detail: sfn.TaskInput.fromJsonPathAt('$.d'), detailType: 'Other', source: 'my.other', eventBus: bus },
  ] });
  const f = new tasks.EventBridgePutEvents(s, 'PutCallback', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    entries: [{ detail: sfn.TaskInput.fromObject({ t: J.taskToken }), detailType: 'T', source: 'my.source', eventBus: bus }] });
  const g = new tasks.CallAwsService(s, 'List', { service: 's3', action: 'listObjectsV2', parameters: { Bucket: 'b', Prefix: J.stringAt('$.p') }, iamResources: ['arn:aws:s3:::b'] });
  const h = new tasks.CallAwsService(s, 'Logs', { service: 'cloudwatchlogs', action: 'describeLogGroups', iamResources: ['*'],
    additionalIamStatements: [new iam.PolicyStatement({ actions: ['logs:Extra'], resources: ['*'] })], resultSelector: { groups: J.listAt('$.LogGroups') } });
  const i = new tasks.CallAwsService(s, 'Sfn', { service: 'SFN', action: 'listExecutions', iamResources: ['*'], iamAction: 'states:ListExecutions',
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, parameters: { Token: J.taskToken } });
  const j = tasks.CallAwsService.jsonata(s, 'Nata', { service: 'dynamodb', action: 'scan', iamResources: ['*'], parameters: { TableName: '{% $t %}' } });
  const k = tasks.EventBridgePutEvents.jsonata(s, 'PutNata', { entries: [{ detail: sfn.TaskInput.fromText('{% $d %}'), detailType: 'T', source: 'src' }] });
  machine(s, a.next(b).next(c).next(d).next(e).next(f).next(g).next(h).next(i).next(j).next(k));
}

{ // Jobs: GlueStartJobRun, CodeBuildStartBuild, AthenaStartQueryExecution
  const s = new cdk.Stack(app, 'Jobs');
  const a = new tasks.GlueStartJobRun(s, 'Glue', { glueJobName: 'job' });
  const b = new tasks.GlueStartJobRun(s, 'GlueSync', { glueJobName: 'job', integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    arguments: sfn.TaskInput.fromObject({ '--k': J.stringAt('$.k') }), timeout: cdk.Duration.minutes(30), notifyDelayAfter: cdk.Duration.minutes(5),
    securityConfiguration: 'sec', workerConfiguration: { workerType: tasks.WorkerType.G_1X, numberOfWorkers: 2 }, executionClass: tasks.ExecutionClass.FLEX });
  const c = new tasks.GlueStartJobRun(s, 'GlueV2', { glueJobName: 'job', workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.of('G.16X'), numberOfWorkers: 1 },
    taskTimeout: sfn.Timeout.duration(cdk.Duration.hours(1)) });
  const d = new tasks.GlueStartJobRun(s, 'GluePath', { glueJobName: 'job', taskTimeout: sfn.Timeout.at('$.t') });
  const project = new codebuild.Project(s, 'Project', { buildSpec: codebuild.BuildSpec.fromObject({ phases: { build: { commands: ['echo hi'] } }, version: '0.2' }) });
  const e = new tasks.CodeBuildStartBuild(s, 'Build', { project });
  const f = new tasks.CodeBuildStartBuild(s, 'BuildSync', { project, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    environmentVariablesOverride: { A: { value: 'a' }, B: { value: J.stringAt('$.b'), type: codebuild.BuildEnvironmentVariableType.PARAMETER_STORE } } });
  const g = new tasks.AthenaStartQueryExecution(s, 'Query', { queryString: 'SELECT 1' });
  const h = new tasks.AthenaStartQueryExecution(s, 'QueryFull', { queryString: J.stringAt('$.q'), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    clientRequestToken: 'tok', queryExecutionContext: { catalogName: 'cat', databaseName: 'db' },
    resultConfiguration: { encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.S3_MANAGED }, outputLocation: { bucketName: 'out', objectKey: 'results' } },
    workGroup: 'wg', executionParameters: ['a', 'b'], resultReuseConfigurationMaxAge: cdk.Duration.minutes(60) });
  const i = tasks.GlueStartJobRun.jsonata(s, 'GlueNata', { glueJobName: 'job', arguments: sfn.TaskInput.fromObject({ '--x': '{% $x %}' }) });
  machine(s, a.next(b).next(c).next(d).next(e).next(f).next(g).next(h).next(i));
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('GlueFailed', a.metricFailed());
  alarm('BuildStarted', e.metricStarted());
}

{ // More: HttpInvoke, the Athena query helpers, the Glue crawler, DataBrew, CodeBuild batches
  const s = new cdk.Stack(app, 'More');
  const conn = new events.Connection(s, 'Conn', { authorization: events.Authorization.apiKey('key', cdk.SecretValue.unsafePlainText('v')) });
  const a = new tasks.HttpInvoke(s, 'Http', { apiRoot: 'https://api.example.com', apiEndpoint: sfn.TaskInput.fromText('path/to'), connection: conn,
    method: sfn.TaskInput.fromText('POST'), body: sfn.TaskInput.fromObject({ k: J.stringAt('$.k') }), headers: sfn.TaskInput.fromObject({ A: 'b' }),
    queryStringParameters: sfn.TaskInput.fromObject({ q: '1' }), urlEncodingFormat: tasks.URLEncodingFormat.BRACKETS });
  const b = new tasks.HttpInvoke(s, 'HttpDefault', { apiRoot: 'https://api.example.com', apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.ep'), connection: conn,
    method: sfn.TaskInput.fromText('GET'), urlEncodingFormat: tasks.URLEncodingFormat.DEFAULT });
  const c = tasks.HttpInvoke.jsonata(s, 'HttpNata', { apiRoot: 'https://api.example.com', apiEndpoint: sfn.TaskInput.fromText('{% $states.input.p %}'), connection: conn,
    method: sfn.TaskInput.fromText('GET') });
  const d = new tasks.AthenaGetQueryExecution(s, 'GetExec', { queryExecutionId: J.stringAt('$.id') });
  const e = new tasks.AthenaGetQueryResults(s, 'GetResults', { queryExecutionId: 'id', maxResults: 10, nextToken: J.stringAt('$.next') });
  const f = new tasks.AthenaStopQueryExecution(s, 'Stop', { queryExecutionId: 'id' });
  const g = new tasks.GlueStartCrawlerRun(s, 'Crawl', { crawlerName: 'crawler' });
  const h = new tasks.GlueDataBrewStartJobRun(s, 'Brew', { name: 'job', integrationPattern: sfn.IntegrationPattern.RUN_JOB });
  const i = new tasks.GlueDataBrewStartJobRun(s, 'BrewPath', { name: J.stringAt('$.job') });
  const project = codebuild.Project.fromProjectName(s, 'Project', 'proj');
  const j = new tasks.CodeBuildStartBuildBatch(s, 'Batch', { project, integrationPattern: sfn.IntegrationPattern.RUN_JOB, environmentVariablesOverride: { X: { value: 'x' } } });
  const k = new tasks.CodeBuildStartBuildBatch(s, 'BatchPlain', { project });
  machine(s, a.next(b).next(c).next(d).next(e).next(f).next(g).next(h).next(i).next(j).next(k));
}

{ // Batch: BatchSubmitJob, every field
  const s = new cdk.Stack(app, 'Batch');
  const a = new tasks.BatchSubmitJob(s, 'Submit', { jobDefinitionArn: 'arn:aws:batch:us-east-1:111111111111:job-definition/def', jobName: 'job',
    jobQueueArn: 'arn:aws:batch:us-east-1:111111111111:job-queue/q' });
  const b = new tasks.BatchSubmitJob(s, 'SubmitFull', { jobDefinitionArn: 'def', jobName: J.stringAt('$.name'), jobQueueArn: 'arn:aws:batch:us-east-1:111111111111:job-queue/q2',
    integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE, arraySize: 5, attempts: 3, timeout: cdk.Duration.minutes(5),
    payload: sfn.TaskInput.fromObject({ p: J.stringAt('$.p') }), dependsOn: [{ jobId: 'j1', type: 'N_TO_N' }, { jobId: 'j2' }],
    tags: { a: '1', b: '2' },
    containerOverrides: { command: ['echo', 'hi'], environment: { A: 'x', B: 'y' }, gpuCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE),
      memory: cdk.Size.gibibytes(2), vcpus: 2 } });
  const c = new tasks.BatchSubmitJob(s, 'SubmitPath', { jobDefinitionArn: 'def', jobName: 'n', jobQueueArn: J.stringAt('$.queue'), taskTimeout: sfn.Timeout.at('$.t') });
  machine(s, a.next(b).next(c));
}

{ // Ecs: EcsRunTask on Fargate, with overrides, given security groups and a revision
  const s = new cdk.Stack(app, 'Ecs');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const td = new ecs.FargateTaskDefinition(s, 'TD', { cpu: 256, memoryLimitMiB: 512 });
  const app1 = td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 256 });
  const a = new tasks.EcsRunTask(s, 'Run', { cluster, taskDefinition: td, launchTarget: new tasks.EcsFargateLaunchTarget(),
    integrationPattern: sfn.IntegrationPattern.RUN_JOB, assignPublicIp: true,
    containerOverrides: [{ containerDefinition: app1, command: ['run'], cpu: 128, memoryLimit: 256, memoryReservation: 128,
      environment: [{ name: 'A', value: J.stringAt('$.a') }, { name: 'B', value: 'b' }] }],
    cpu: '256', memoryMiB: '512', propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION, enableExecuteCommand: true });
  const sg = new ec2.SecurityGroup(s, 'SG', { vpc });
  const b = new tasks.EcsRunTask(s, 'RunGiven', { cluster, taskDefinition: td, securityGroups: [sg], subnets: { subnetType: ec2.SubnetType.PUBLIC },
    launchTarget: new tasks.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST }), revisionNumber: 3 });
  const c = new tasks.EcsRunTask(s, 'RunCallback', { cluster, taskDefinition: td, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    launchTarget: new tasks.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.VERSION1_4,
      capacityProviderOptions: tasks.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE_SPOT', weight: 2, base: 1 }]) }),
    containerOverrides: [{ containerDefinition: app1, environment: [{ name: 'TOKEN', value: J.taskToken }] }] });
  machine(s, a.next(b).next(c));
}

{ // Emr: the EMR step and cluster tasks
  const s = new cdk.Stack(app, 'Emr');
  const a = new tasks.EmrAddStep(s, 'AddStep', { clusterId: 'c-1', name: 'step', jar: 'command-runner.jar', args: ['spark-submit', 'x.py'],
    mainClass: 'Main', properties: { a: '1', b: '2' }, actionOnFailure: tasks.ActionOnFailure.TERMINATE_CLUSTER, executionRoleArn: 'arn:aws:iam::111111111111:role/r' });
  const b = new tasks.EmrAddStep(s, 'AddStepPlain', { clusterId: J.stringAt('$.cluster'), name: 'step', jar: 'x.jar', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
  const c = new tasks.EmrCancelStep(s, 'Cancel', { clusterId: 'c-1', stepId: J.stringAt('$.step') });
  const d = new tasks.EmrSetClusterTerminationProtection(s, 'Protect', { clusterId: 'c-1', terminationProtected: false });
  const e = new tasks.EmrTerminateCluster(s, 'Terminate', { clusterId: 'c-1' });
  const f = new tasks.EmrTerminateCluster(s, 'TerminateNow', { clusterId: 'c-1', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
  const g = new tasks.EmrModifyInstanceGroupByName(s, 'Modify', { clusterId: 'c-1', instanceGroupName: J.stringAt('$.group'), instanceGroup: {
    configurations: [{ classification: 'spark', properties: { a: '1' }, configurations: [{ classification: 'inner' }] }],
    eC2InstanceIdsToTerminate: ['i-1'], instanceCount: 2, shrinkPolicy: { instanceResizePolicy: { instancesToProtect: ['i-2'], instancesToTerminate: ['i-3'] } } } });
  machine(s, a.next(b).next(c).next(d).next(e).next(f).next(g));
}

{ // ApiGateway: REST and HTTP API calls
  const s = new cdk.Stack(app, 'ApiGateway');
  const api = new apigw.RestApi(s, 'Api');
  api.root.addMethod('GET');
  const a = new tasks.CallApiGatewayRestApiEndpoint(s, 'Rest', { api, stageName: 'prod', method: tasks.HttpMethod.GET, apiPath: '/items',
    authType: tasks.AuthType.IAM_ROLE, headers: sfn.TaskInput.fromObject({ h: ['v'] }), queryParameters: sfn.TaskInput.fromObject({ q: ['1'] }),
    requestBody: sfn.TaskInput.fromObject({ b: J.stringAt('$.b') }) });
  const b = new tasks.CallApiGatewayRestApiEndpoint(s, 'RestCallback', { api, stageName: 'prod', method: tasks.HttpMethod.POST, region: 'eu-west-1',
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, headers: sfn.TaskInput.fromObject({ TaskToken: J.array(J.taskToken) }), authType: tasks.AuthType.NO_AUTH });
  const c = new tasks.CallApiGatewayHttpApiEndpoint(s, 'Http', { apiId: 'abc123', apiStack: s, method: tasks.HttpMethod.PUT, apiPath: '/x', stageName: 'dev' });
  const d = new tasks.CallApiGatewayHttpApiEndpoint(s, 'HttpNoStage', { apiId: 'abc123', apiStack: s, method: tasks.HttpMethod.DELETE, authType: tasks.AuthType.RESOURCE_POLICY });
  machine(s, a.next(b).next(c).next(d));
}

{ // MediaConvert: MediaConvertCreateJob, both patterns
  const s = new cdk.Stack(app, 'MediaConvert');
  const req = { Queue: J.stringAt('$.queue'), Role: 'arn:aws:iam::111111111111:role/mc', Settings: { OutputGroups: [{ Name: 'g' }] } };
  const a = new tasks.MediaConvertCreateJob(s, 'Job', { createJobRequest: req });
  const b = new tasks.MediaConvertCreateJob(s, 'JobSync', { createJobRequest: req, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
  machine(s, a.next(b));
}

{ // SageMaker: endpoint create and update
  const s = new cdk.Stack(app, 'SageMaker');
  const a = new tasks.SageMakerCreateEndpoint(s, 'Create', { endpointName: 'MyEndpoint', endpointConfigName: 'MyConfig', tags: sfn.TaskInput.fromObject({ k: 'v' }) });
  const b = new tasks.SageMakerUpdateEndpoint(s, 'Update', { endpointName: J.stringAt('$.ep'), endpointConfigName: 'cfg' });
  machine(s, a.next(b));
}

{ // Activity: StepFunctionsInvokeActivity, with a customer-managed key
  const s = new cdk.Stack(app, 'Activity');
  const key = new kms.Key(s, 'Key');
  const act = new sfn.Activity(s, 'Act', { encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(key) });
  const plain = new sfn.Activity(s, 'Plain');
  const a = new tasks.StepFunctionsInvokeActivity(s, 'Invoke', { activity: act, parameters: { a: J.stringAt('$.a'), b: 'x' }, heartbeat: cdk.Duration.minutes(1) });
  const b = new tasks.StepFunctionsInvokeActivity(s, 'InvokePlain', { activity: plain });
  const c = tasks.StepFunctionsInvokeActivity.jsonata(s, 'InvokeNata', { activity: plain, arguments: { k: '{% $x %}' }, comment: 'c' });
  machine(s, a.next(b).next(c));
  new cloudwatch.Alarm(s, 'Failed', { metric: b.metricFailed(), threshold: 1, evaluationPeriods: 1 });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  LambdaRunJob: (s) => new tasks.LambdaInvoke(s, 'T', { lambdaFunction: fn(s), integrationPattern: sfn.IntegrationPattern.RUN_JOB }),
  LambdaNoToken: (s) => new tasks.LambdaInvoke(s, 'T', { lambdaFunction: fn(s), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
  LambdaPayloadOnly: (s) => new tasks.LambdaInvoke(s, 'T', { lambdaFunction: fn(s), payloadResponseOnly: true, qualifier: '1' }),
  SnsRunJob: (s) => new tasks.SnsPublish(s, 'T', { topic: new sns.Topic(s, 'X'), message: sfn.TaskInput.fromText('m'), integrationPattern: sfn.IntegrationPattern.RUN_JOB }),
  SnsNoToken: (s) => new tasks.SnsPublish(s, 'T', { topic: new sns.Topic(s, 'X'), message: sfn.TaskInput.fromText('m'), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
  SnsFifoNoGroup: (s) => new tasks.SnsPublish(s, 'T', { topic: new sns.Topic(s, 'X', { fifo: true }), message: sfn.TaskInput.fromText('m') }),
  SnsFifoNoDedup: (s) => new tasks.SnsPublish(s, 'T', { topic: new sns.Topic(s, 'X', { fifo: true }), message: sfn.TaskInput.fromText('m'), messageGroupId: 'g' }),
  SnsAttributeType: (s) => machine(s, new tasks.SnsPublish(s, 'T', { topic: new sns.Topic(s, 'X'), message: sfn.TaskInput.fromText('m'), messageAttributes: { a: { value: 'x', dataType: tasks.MessageAttributeDataType.NUMBER } } }).next(new sfn.Pass(s, 'P'))),
  SnsAttributeArray: (s) => machine(s, new tasks.SnsPublish(s, 'T', { topic: new sns.Topic(s, 'X'), message: sfn.TaskInput.fromText('m'), messageAttributes: { a: { value: ['x'], dataType: tasks.MessageAttributeDataType.STRING } } }).next(new sfn.Pass(s, 'P'))),
  SqsNoToken: (s) => new tasks.SqsSendMessage(s, 'T', { queue: new sqs.Queue(s, 'X'), messageBody: sfn.TaskInput.fromText('m'), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
  DynamoJsonPath: (s) => tasks.DynamoAttributeValue.mapFromJsonPath('x'),
  DynamoJsonata: (s) => tasks.DynamoAttributeValue.listFromJsonata('$.x'),
  DynamoProjection: (s) => new tasks.DynamoProjectionExpression().atIndex(1),
  StartNoToken: (s) => new tasks.StepFunctionsStartExecution(s, 'T', { stateMachine: sfn.StateMachine.fromStateMachineName(s, 'X', 'x'), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
  StartAssociatePath: (s) => new tasks.StepFunctionsStartExecution(s, 'T', { stateMachine: sfn.StateMachine.fromStateMachineName(s, 'X', 'x'), associateWithParent: true, input: sfn.TaskInput.fromJsonPathAt('$.i') }),
  EventsEmpty: (s) => new tasks.EventBridgePutEvents(s, 'T', { entries: [] }),
  EventsAwsSource: (s) => new tasks.EventBridgePutEvents(s, 'T', { entries: [{ detail: sfn.TaskInput.fromText('x'), detailType: 'd', source: 'aws.ec2' }] }),
  EventsNoToken: (s) => new tasks.EventBridgePutEvents(s, 'T', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, entries: [{ detail: sfn.TaskInput.fromText('x'), detailType: 'd', source: 's' }] }),
  SdkRunJob: (s) => new tasks.CallAwsService(s, 'T', { service: 's3', action: 'listBuckets', iamResources: ['*'], integrationPattern: sfn.IntegrationPattern.RUN_JOB }),
  SdkAction: (s) => new tasks.CallAwsService(s, 'T', { service: 's3', action: 'ListBuckets', iamResources: ['*'] }),
  SdkParams: (s) => new tasks.CallAwsService(s, 'T', { service: 's3', action: 'listBuckets', iamResources: ['*'], parameters: { Ok: 1, bad: 2, worse: 3 } }),
  GlueBothWorkers: (s) => machine(s, new tasks.GlueStartJobRun(s, 'T', { glueJobName: 'j', workerConfiguration: { workerType: tasks.WorkerType.G_1X, workerTypeV2: tasks.WorkerTypeV2.G_2X, numberOfWorkers: 1 } }).next(new sfn.Pass(s, 'P'))),
  GlueNoWorker: (s) => machine(s, new tasks.GlueStartJobRun(s, 'T', { glueJobName: 'j', workerConfiguration: { numberOfWorkers: 1 } }).next(new sfn.Pass(s, 'P'))),
  GlueCallback: (s) => new tasks.GlueStartJobRun(s, 'T', { glueJobName: 'j', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
  AthenaParams: (s) => new tasks.AthenaStartQueryExecution(s, 'T', { queryString: 'q', executionParameters: [] }),
  AthenaMaxAge: (s) => new tasks.AthenaStartQueryExecution(s, 'T', { queryString: 'q', resultReuseConfigurationMaxAge: cdk.Duration.seconds(30) }),
  AthenaMaxAgeHigh: (s) => new tasks.AthenaStartQueryExecution(s, 'T', { queryString: 'q', resultReuseConfigurationMaxAge: cdk.Duration.days(8) }),
  AthenaGetRunJob: (s) => new tasks.AthenaGetQueryExecution(s, 'T', { queryExecutionId: 'x', integrationPattern: sfn.IntegrationPattern.RUN_JOB }),
  BrewCallback: (s) => new tasks.GlueDataBrewStartJobRun(s, 'T', { name: 'x', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
  BatchArray: (s) => new tasks.BatchSubmitJob(s, 'T', { jobDefinitionArn: 'd', jobName: 'n', jobQueueArn: 'q', arraySize: 1 }),
  BatchAttempts: (s) => new tasks.BatchSubmitJob(s, 'T', { jobDefinitionArn: 'd', jobName: 'n', jobQueueArn: 'q', attempts: 11 }),
  BatchTimeout: (s) => new tasks.BatchSubmitJob(s, 'T', { jobDefinitionArn: 'd', jobName: 'n', jobQueueArn: 'q', timeout: cdk.Duration.seconds(30) }),
  BatchEnv: (s) => new tasks.BatchSubmitJob(s, 'T', { jobDefinitionArn: 'd', jobName: 'n', jobQueueArn: 'q', containerOverrides: { environment: { AWS_BATCH_X: 'x' } } }),
  EcsNoCapacity: (s) => {
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1 });
    const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
    const td = new ecs.Ec2TaskDefinition(s, 'TD');
    td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 256 });
    machine(s, new tasks.EcsRunTask(s, 'T', { cluster, taskDefinition: td, launchTarget: new tasks.EcsEc2LaunchTarget() }).next(new sfn.Pass(s, 'P')));
  },
  EcsNotFargate: (s) => {
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1 });
    const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
    const td = new ecs.Ec2TaskDefinition(s, 'TD');
    td.addContainer('app', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 256 });
    machine(s, new tasks.EcsRunTask(s, 'T', { cluster, taskDefinition: td, launchTarget: new tasks.EcsFargateLaunchTarget() }).next(new sfn.Pass(s, 'P')));
  },
  EcsNoContainer: (s) => new tasks.EcsRunTask(s, 'T', { cluster: new ecs.Cluster(s, 'Cluster', { vpc: new ec2.Vpc(s, 'Vpc', { maxAzs: 1 }) }),
    taskDefinition: new ecs.FargateTaskDefinition(s, 'TD'), launchTarget: new tasks.EcsFargateLaunchTarget() }),
  EcsCapacityEmpty: (s) => tasks.CapacityProviderOptions.custom([]),
  EmrCallback: (s) => new tasks.EmrTerminateCluster(s, 'T', { clusterId: 'c', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
  ApiNoToken: (s) => new tasks.CallApiGatewayHttpApiEndpoint(s, 'T', { apiId: 'a', apiStack: s, method: tasks.HttpMethod.GET, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
  MediaConvertNoRole: (s) => new tasks.MediaConvertCreateJob(s, 'T', { createJobRequest: { Settings: {} } }),
  SageMakerRunJob: (s) => new tasks.SageMakerUpdateEndpoint(s, 'T', { endpointName: 'e', endpointConfigName: 'c', integrationPattern: sfn.IntegrationPattern.RUN_JOB }),
};
// ---- sfntb ----
// EvaluateExpression, CallAwsServiceCrossRegion, the EventBridge Scheduler
// and the Bedrock tasks (stacks Eval*, Xr*, Sched*, Bedrock*; Go twins in
// sfntb_test.go). They sit before the runner below, which writes
// errors.json and synthesizes the app.

{ // EvalDedicated: a function per task, one role for the stack
  const s = new cdk.Stack(app, 'EvalDedicated');
  const a = new tasks.EvaluateExpression(s, 'Sum', { expression: '$.a + $.b', resultPath: '$.sum' });
  const b = new tasks.EvaluateExpression(s, 'Arm', { expression: '`${$.name}-${$[0].x}` + $.a', runtime: lambda.Runtime.NODEJS_20_X, architecture: lambda.Architecture.ARM_64 });
  const c = new tasks.EvaluateExpression(s, 'Plain', { expression: '[1, 2].map(x => x / 2)', comment: 'no paths' });
  machine(s, a.next(b).next(c));
}

{ // EvalShared: the dedicated-function flag off, one function per runtime
  const s = new cdk.Stack(app, 'EvalShared');
  s.node.setContext('@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction', false);
  const a = new tasks.EvaluateExpression(s, 'A', { expression: '$.x * 2' });
  const b = new tasks.EvaluateExpression(s, 'B', { expression: '$.y.length' });
  const c = new tasks.EvaluateExpression(s, 'C', { expression: '$.z', runtime: lambda.Runtime.NODEJS_22_X, architecture: lambda.Architecture.ARM_64 });
  machine(s, a.next(b).next(c));
}

{ // XrCalls: CallAwsServiceCrossRegion shapes sharing one function
  const s = new cdk.Stack(app, 'XrCalls');
  const a = new tasks.CallAwsServiceCrossRegion(s, 'List', { service: 's3', action: 'listBuckets', region: 'us-west-2', iamResources: ['*'] });
  const b = new tasks.CallAwsServiceCrossRegion(s, 'Get', { service: 's3', action: 'getObject', region: 'eu-west-1', iamResources: ['arn:aws:s3:::b/*'],
    parameters: { Bucket: 'b', Key: J.stringAt('$.key') }, endpoint: 'https://s3.eu-west-1.amazonaws.com', resultPath: '$.obj',
    additionalIamStatements: [new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] })] });
  const c = new tasks.CallAwsServiceCrossRegion(s, 'Sfn', { service: 'sfn', action: 'listExecutions', region: J.stringAt('$.region'), iamResources: ['*'],
    retryOnServiceExceptions: false, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, parameters: { Token: J.taskToken } });
  const d = tasks.CallAwsServiceCrossRegion.jsonata(s, 'Nata', { service: 'cloudwatch-logs', action: 'describeLogGroups', region: '{% $states.input.region %}',
    iamResources: ['*'], iamAction: 'logs:DescribeLogGroups', parameters: { Limit: 5 }, outputs: '{% $states.result %}' });
  const e = tasks.CallAwsServiceCrossRegion.jsonPath(s, 'Path', { service: 'mwaa', action: 'listEnvironments', region: 'us-east-2', iamResources: ['*'], outputPath: '$.Environments' });
  machine(s, a.next(b).next(c).next(d).next(e));
}

Object.assign(errors, {
  EvalPlainString: (s) => new tasks.EvaluateExpression(s, 'T', { expression: '"name: $.name"' }),
  EvalTemplateText: (s) => new tasks.EvaluateExpression(s, 'T', { expression: '`${$.a} and $.b`' }),
  EvalRuntime: (s) => new tasks.EvaluateExpression(s, 'T', { expression: '$.a', runtime: lambda.Runtime.PYTHON_3_12 }),
  EvalSharedRuntime: (s) => { s.node.setContext('@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction', false);
    new tasks.EvaluateExpression(s, 'T', { expression: '$.a', runtime: lambda.Runtime.PYTHON_3_12 }); },
  XrRunJob: (s) => new tasks.CallAwsServiceCrossRegion(s, 'T', { service: 's3', action: 'listBuckets', region: 'r', iamResources: ['*'], integrationPattern: sfn.IntegrationPattern.RUN_JOB }),
  XrAction: (s) => new tasks.CallAwsServiceCrossRegion(s, 'T', { service: 's3', action: 'ListBuckets', region: 'r', iamResources: ['*'] }),
});
{ // SchedCreate: EventBridgeSchedulerCreateScheduleTask with every schedule kind
  const s = new cdk.Stack(app, 'SchedCreate');
  const role = new iam.Role(s, 'SchedulerRole', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
  const q = new sqs.Queue(s, 'Dlq');
  const key = new kms.Key(s, 'Key');
  const full = new tasks.EventBridgeSchedulerTarget({ arn: q.queueArn, role, input: 'hello',
    retryPolicy: { maximumEventAge: cdk.Duration.minutes(5), maximumRetryAttempts: 3 }, deadLetterQueue: q });
  const simple = new tasks.EventBridgeSchedulerTarget({ arn: 'arn:aws:lambda:us-east-1:111111111111:function:f', role });
  const a = new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'Rate', { scheduleName: 'every', schedule: tasks.Schedule.rate(cdk.Duration.hours(2)), target: full });
  const b = new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'Full', { scheduleName: 'full', schedule: tasks.Schedule.cron({ minute: '0', hour: '12', weekDay: 'MON' }),
    target: simple, actionAfterCompletion: tasks.ActionAfterCompletion.DELETE, clientToken: 'tok-1', description: 'd', enabled: false,
    startDate: new Date('2030-01-01T00:00:00Z'), endDate: new Date('2030-06-01T12:30:00.250Z'), flexibleTimeWindow: cdk.Duration.minutes(10),
    groupName: 'grp.1', kmsKey: key, timezone: 'Europe/Paris', resultPath: '$.schedule' });
  const c = tasks.EventBridgeSchedulerCreateScheduleTask.jsonata(s, 'Once', { scheduleName: '{% $states.input.name %}',
    schedule: tasks.Schedule.oneTime(new Date(2031, 2, 4, 5, 6, 7)), target: simple });
  const d = tasks.EventBridgeSchedulerCreateScheduleTask.jsonPath(s, 'Days', { scheduleName: 'days', schedule: tasks.Schedule.rate(cdk.Duration.days(1)), target: simple,
    actionAfterCompletion: tasks.ActionAfterCompletion.NONE, enabled: true });
  const e = new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'Minutes', { scheduleName: J.stringAt('$.name'), schedule: tasks.Schedule.rate(cdk.Duration.minutes(90)), target: simple });
  const f = new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'AnyTime', { scheduleName: 'any', schedule: tasks.Schedule.cron({}), target: simple });
  const g = new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'Monthly', { scheduleName: 'monthly', schedule: tasks.Schedule.cron({ day: '1', month: '*/2', year: '2030' }), target: simple });
  machine(s, a.next(b).next(c).next(d).next(e).next(f).next(g));
}

Object.assign(errors, {
  SchedDates: (s) => new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'T', { scheduleName: 'n', schedule: tasks.Schedule.rate(cdk.Duration.hours(1)),
    target: new tasks.EventBridgeSchedulerTarget({ arn: 'a', role: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r') }),
    startDate: new Date('2030-01-02T00:00:00Z'), endDate: new Date('2030-01-01T00:00:00Z') }),
  SchedToken: (s) => new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'T', { scheduleName: 'n', schedule: tasks.Schedule.rate(cdk.Duration.hours(1)),
    target: new tasks.EventBridgeSchedulerTarget({ arn: 'a', role: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r') }), clientToken: 'a b' }),
  SchedTokenLong: (s) => new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'T', { scheduleName: 'n', schedule: tasks.Schedule.rate(cdk.Duration.hours(1)),
    target: new tasks.EventBridgeSchedulerTarget({ arn: 'a', role: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r') }), clientToken: 'x'.repeat(65) }),
  SchedGroup: (s) => new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'T', { scheduleName: 'n', schedule: tasks.Schedule.rate(cdk.Duration.hours(1)),
    target: new tasks.EventBridgeSchedulerTarget({ arn: 'a', role: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r') }), groupName: 'g/1' }),
  SchedWindow: (s) => new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'T', { scheduleName: 'n', schedule: tasks.Schedule.rate(cdk.Duration.hours(1)),
    target: new tasks.EventBridgeSchedulerTarget({ arn: 'a', role: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r') }), flexibleTimeWindow: cdk.Duration.days(2) }),
  SchedDescription: (s) => new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'T', { scheduleName: 'n', schedule: tasks.Schedule.rate(cdk.Duration.hours(1)),
    target: new tasks.EventBridgeSchedulerTarget({ arn: 'a', role: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r') }), description: 'd'.repeat(513) }),
  SchedTimezone: (s) => new tasks.EventBridgeSchedulerCreateScheduleTask(s, 'T', { scheduleName: 'n', schedule: tasks.Schedule.rate(cdk.Duration.hours(1)),
    target: new tasks.EventBridgeSchedulerTarget({ arn: 'a', role: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r') }), timezone: '' }),
  SchedRetryAttempts: (s) => new tasks.EventBridgeSchedulerTarget({ arn: 'a', role: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r'),
    retryPolicy: { maximumEventAge: cdk.Duration.minutes(5), maximumRetryAttempts: 200 } }),
  SchedEventAge: (s) => new tasks.EventBridgeSchedulerTarget({ arn: 'a', role: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r'),
    retryPolicy: { maximumEventAge: cdk.Duration.seconds(30), maximumRetryAttempts: 1 } }),
  SchedInput: (s) => new tasks.EventBridgeSchedulerTarget({ arn: 'a', role: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r'), input: '' }),
  SchedRate: (s) => tasks.Schedule.rate(cdk.Duration.seconds(30)),
  SchedCron: (s) => tasks.Schedule.cron({ day: '1', weekDay: 'MON' }),
});
{ // BedrockInvoke: BedrockInvokeModel with inline bodies, S3 input and output, guardrails
  const bedrock = require('aws-cdk-lib/aws-bedrock');
  const s = new cdk.Stack(app, 'BedrockInvoke');
  const claude = bedrock.FoundationModel.fromFoundationModelId(s, 'Claude', bedrock.FoundationModelIdentifier.ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0);
  const provisioned = bedrock.ProvisionedModel.fromProvisionedModelArn(s, 'Provisioned', 'arn:aws:bedrock:us-east-1:111111111111:provisioned-model/abc');
  const a = new tasks.BedrockInvokeModel(s, 'Inline', { model: claude, body: sfn.TaskInput.fromObject({ max_tokens: 100, prompt: J.stringAt('$.prompt') }),
    accept: 'application/json', contentType: 'application/json', guardrail: tasks.Guardrail.enable('abc123', 2), traceEnabled: true,
    resultSelector: { text: J.stringAt('$.Body.completion') } });
  const b = new tasks.BedrockInvokeModel(s, 'S3', { model: provisioned, input: { s3Location: { bucketName: 'in', objectKey: 'k.json' } },
    output: { s3Location: { bucketName: 'out', objectKey: 'o.json' } }, guardrail: tasks.Guardrail.enableDraft('arn:aws:bedrock:us-east-1:111111111111:guardrail/xyz'), traceEnabled: false });
  const c = tasks.BedrockInvokeModel.jsonata(s, 'Nata', { model: claude, body: sfn.TaskInput.fromObject({ p: '{% $states.input.p %}' }), outputs: '{% $states.result.Body %}' });
  const d = new tasks.BedrockInvokeModel(s, 'Uris', { model: claude, input: { s3InputUri: J.stringAt('$.in') }, output: { s3OutputUri: 's3://bucket/out' } });
  const e = tasks.BedrockInvokeModel.jsonPath(s, 'Text', { model: claude, body: sfn.TaskInput.fromText('hello'), inputPath: '$.x', outputPath: '$.Body' });
  machine(s, a.next(b).next(c).next(d).next(e));
}

{ // BedrockLegacy: the new-S3-URI flag off, inputPath and outputPath as S3 URIs
  const bedrock = require('aws-cdk-lib/aws-bedrock');
  const s = new cdk.Stack(app, 'BedrockLegacy');
  s.node.setContext('@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask', false);
  const claude = bedrock.FoundationModel.fromFoundationModelId(s, 'Claude', new bedrock.FoundationModelIdentifier('anthropic.claude-v2'));
  const a = new tasks.BedrockInvokeModel(s, 'Paths', { model: claude, inputPath: '$.in', outputPath: '$.out' });
  const b = new tasks.BedrockInvokeModel(s, 'Body', { model: claude, body: sfn.TaskInput.fromText('x'), output: { s3OutputUri: 's3://ignored' } });
  machine(s, a.next(b));
}

Object.assign(errors, {
  BedrockBoth: (s) => new tasks.BedrockInvokeModel(s, 'T', { model: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
    body: sfn.TaskInput.fromText('x'), input: { s3InputUri: 's3://b/k' } }),
  BedrockNone: (s) => new tasks.BedrockInvokeModel(s, 'T', { model: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m') }),
  BedrockInVersion: (s) => new tasks.BedrockInvokeModel(s, 'T', { model: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
    input: { s3Location: { bucketName: 'b', objectKey: 'k', objectVersion: '1' } } }),
  BedrockOutVersion: (s) => new tasks.BedrockInvokeModel(s, 'T', { model: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
    body: sfn.TaskInput.fromText('x'), output: { s3Location: { bucketName: 'b', objectKey: 'k', objectVersion: '1' } } }),
  BedrockUriAndLoc: (s) => new tasks.BedrockInvokeModel(s, 'T', { model: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
    body: sfn.TaskInput.fromText('x'), output: { s3OutputUri: 's3://b/k', s3Location: { bucketName: 'b', objectKey: 'k' } } }),
  BedrockEmptyUri: (s) => new tasks.BedrockInvokeModel(s, 'T', { model: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
    body: sfn.TaskInput.fromText('x'), output: { s3OutputUri: '' } }),
  BedrockRunJob: (s) => new tasks.BedrockInvokeModel(s, 'T', { model: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
    body: sfn.TaskInput.fromText('x'), integrationPattern: sfn.IntegrationPattern.RUN_JOB }),
  BedrockGuardrailVersion: (s) => tasks.Guardrail.enable('abc', 0),
  BedrockGuardrailId: (s) => tasks.Guardrail.enableDraft('ABC'),
  BedrockGuardrailArn: (s) => tasks.Guardrail.enableDraft('arn:aws:bedrock:us-east-1:111111111111:guardrail'),
});
{ // BedrockCustomize: BedrockCreateModelCustomizationJob with its own role, and with a given one
  const bedrock = require('aws-cdk-lib/aws-bedrock');
  const s3 = require('aws-cdk-lib/aws-s3');
  const s = new cdk.Stack(app, 'BedrockCustomize');
  const model = bedrock.FoundationModel.fromFoundationModelId(s, 'Model', bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);
  const train = new s3.Bucket(s, 'Train');
  const out = new s3.Bucket(s, 'Out');
  const valid = new s3.Bucket(s, 'Valid');
  const key = new kms.Key(s, 'Key');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'iso', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const sg = new ec2.SecurityGroup(s, 'Sg', { vpc });
  const a = new tasks.BedrockCreateModelCustomizationJob(s, 'Full', { baseModel: model, customModelName: 'my-model', jobName: 'job-1',
    trainingData: { bucket: train, path: 'data/train.jsonl' }, outputData: { bucket: out, path: 'out/' },
    validationData: [{ bucket: valid, path: 'v.jsonl' }, { bucket: train }], clientRequestToken: 'tok-1', customizationType: tasks.CustomizationType.FINE_TUNING,
    customModelKmsKey: key, customModelTags: [{ key: 'k', value: 'v' }], jobTags: [{ key: 'j', value: 'w' }],
    hyperParameters: { batchSize: '8', epochCount: '2' }, vpcConfig: { securityGroups: [sg], subnets: vpc.isolatedSubnets },
    integrationPattern: sfn.IntegrationPattern.RUN_JOB });
  const role = iam.Role.fromRoleArn(s, 'Given', 'arn:aws:iam::111111111111:role/bedrock');
  const b = new tasks.BedrockCreateModelCustomizationJob(s, 'GivenRole', { baseModel: model, customModelName: 'm2', jobName: 'j2', role,
    trainingData: { bucket: train }, outputData: { bucket: out }, hyperParameters: { 'Evaluation percentage': '20' },
    customizationType: tasks.CustomizationType.CONTINUED_PRE_TRAINING });
  machine(s, a.next(b));
  new cdk.CfnOutput(s, 'RoleArn', { value: a.role.roleArn });
}

Object.assign(errors, {
  CustomizeNoValidation: (s) => { const b = new (require('aws-cdk-lib/aws-s3').Bucket)(s, 'B');
    new tasks.BedrockCreateModelCustomizationJob(s, 'T', { baseModel: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
      customModelName: 'm', jobName: 'j', trainingData: { bucket: b }, outputData: { bucket: b } }); },
  CustomizeName: (s) => { const b = new (require('aws-cdk-lib/aws-s3').Bucket)(s, 'B');
    new tasks.BedrockCreateModelCustomizationJob(s, 'T', { baseModel: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
      customModelName: 'bad name', jobName: 'j', trainingData: { bucket: b }, outputData: { bucket: b }, hyperParameters: { 'Evaluation percentage': '1' } }); },
  CustomizeJobLong: (s) => { const b = new (require('aws-cdk-lib/aws-s3').Bucket)(s, 'B');
    new tasks.BedrockCreateModelCustomizationJob(s, 'T', { baseModel: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
      customModelName: 'm', jobName: 'j'.repeat(64), trainingData: { bucket: b }, outputData: { bucket: b }, hyperParameters: { 'Evaluation percentage': '1' } }); },
  CustomizeValidationEmpty: (s) => { const b = new (require('aws-cdk-lib/aws-s3').Bucket)(s, 'B');
    new tasks.BedrockCreateModelCustomizationJob(s, 'T', { baseModel: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
      customModelName: 'm', jobName: 'j', trainingData: { bucket: b }, outputData: { bucket: b }, validationData: [] }); },
  CustomizeCallback: (s) => { const b = new (require('aws-cdk-lib/aws-s3').Bucket)(s, 'B');
    new tasks.BedrockCreateModelCustomizationJob(s, 'T', { baseModel: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
      customModelName: 'm', jobName: 'j', trainingData: { bucket: b }, outputData: { bucket: b }, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }); },
  CustomizeImportedKey: (s) => { const b = new (require('aws-cdk-lib/aws-s3').Bucket)(s, 'B');
    new tasks.BedrockCreateModelCustomizationJob(s, 'T', { baseModel: require('aws-cdk-lib/aws-bedrock').ProvisionedModel.fromProvisionedModelArn(s, 'M', 'arn:m'),
      customModelName: 'm', jobName: 'j', trainingData: { bucket: b }, outputData: { bucket: b }, hyperParameters: { 'Evaluation percentage': '1' },
      customModelKmsKey: kms.Key.fromKeyArn(s, 'K', 'arn:aws:kms:us-east-1:111111111111:key/k') }); },
});
// ---- end sfntb ----

// The error cases run and the app synthesizes once every block below has
// added its stacks and error cases.
setImmediate(() => {
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const errApp = new cdk.App({ autoSynth: false });
  const s = new cdk.Stack(errApp, 'S');
  try {
    build(s);
    errApp.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
});

// ---- sfnta ----
// Maps are written with sorted keys, as jsii hands a Go map over.
// SageMaker model, endpoint configuration, training and transform tasks;
// EmrCreateCluster and EmrModifyInstanceFleetByName.
{
  const s3 = require('aws-cdk-lib/aws-s3');
  const ecr = require('aws-cdk-lib/aws-ecr');
  const T = tasks;

  { // SmModel: SageMakerCreateModel with a VPC, images and model artifacts
    const s = new cdk.Stack(app, 'SmModel');
    const bucket = new s3.Bucket(s, 'Bucket');
    const repo = new ecr.Repository(s, 'Repo');
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1 });
    const a = new T.SageMakerCreateModel(s, 'Model', { modelName: 'MyModel', enableNetworkIsolation: true, tags: sfn.TaskInput.fromObject({ k: 'v' }), vpc,
      subnetSelection: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      primaryContainer: new T.ContainerDefinition({ image: T.DockerImage.fromEcrRepository(repo, 'v1'), mode: T.Mode.SINGLE_MODEL, containerHostName: 'h',
        modelS3Location: T.S3Location.fromBucket(bucket, 'models/'), environmentVariables: sfn.TaskInput.fromObject({ A: 'b' }) }),
      containers: [new T.ContainerDefinition({ image: T.DockerImage.fromJsonExpression(J.stringAt('$.img')), modelPackageName: 'pkg' })] });
    a.addSecurityGroup(new ec2.SecurityGroup(s, 'Extra', { vpc }));
    const b = T.SageMakerCreateModel.jsonPath(s, 'ModelPath', { modelName: J.stringAt('$.name'), role: iam.Role.fromRoleArn(s, 'Imported', 'arn:aws:iam::111111111111:role/sm'),
      primaryContainer: new T.ContainerDefinition({ image: T.DockerImage.fromRegistry('111111111111.dkr.ecr.us-east-1.amazonaws.com/x:1'), modelS3Location: T.S3Location.fromJsonExpression('$.model') }) });
    const c = T.SageMakerCreateModel.jsonata(s, 'ModelNata', { modelName: '{% $states.input.name %}', outputs: '{% $states.result %}',
      primaryContainer: new T.ContainerDefinition({ image: T.DockerImage.fromJsonExpression('{% $states.input.img %}', false), modelS3Location: T.S3Location.fromJsonExpression('{% $states.input.m %}') }) });
    machine(s, a.next(b).next(c));
  }

  { // SmEndpointConfig: SageMakerCreateEndpointConfig
    const s = new cdk.Stack(app, 'SmEndpointConfig');
    const key = new kms.Key(s, 'Key');
    const a = new T.SageMakerCreateEndpointConfig(s, 'Config', { endpointConfigName: 'MyConfig', kmsKey: key, tags: sfn.TaskInput.fromObject({ k: 'v' }), productionVariants: [
      { instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), modelName: 'm', variantName: 'v1', initialInstanceCount: 2, initialVariantWeight: 0.5,
        acceleratorType: T.AcceleratorType.of(T.AcceleratorClass.EIA2, ec2.InstanceSize.MEDIUM) },
      { instanceType: new ec2.InstanceType(J.stringAt('$.type')), modelName: J.stringAt('$.m'), variantName: 'v2', acceleratorType: new T.AcceleratorType('ml.eia1.large') }] });
    const b = T.SageMakerCreateEndpointConfig.jsonata(s, 'ConfigNata', { endpointConfigName: '{% $x %}',
      productionVariants: [{ instanceType: new ec2.InstanceType('{% $t %}'), modelName: 'm', variantName: 'v' }] });
    const c = T.SageMakerCreateEndpointConfig.jsonPath(s, 'ConfigPath', { endpointConfigName: J.stringAt('$.c'),
      productionVariants: [{ instanceType: ec2.InstanceType.of(ec2.InstanceClass.C5, ec2.InstanceSize.XLARGE), modelName: 'm', variantName: 'v' }] });
    machine(s, a.next(b).next(c));
  }

  { // SmTraining: SageMakerCreateTrainingJob
    const s = new cdk.Stack(app, 'SmTraining');
    const bucket = new s3.Bucket(s, 'Bucket');
    const key = new kms.Key(s, 'Key');
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1 });
    const a = new T.SageMakerCreateTrainingJob(s, 'Train', { trainingJobName: 'MyJob', integrationPattern: sfn.IntegrationPattern.RUN_JOB, enableNetworkIsolation: true,
      algorithmSpecification: { trainingImage: T.DockerImage.fromRegistry('img:1'), trainingInputMode: T.InputMode.PIPE, metricDefinitions: [{ name: 'loss', regex: 'l=(.*)' }] },
      inputDataConfig: [
        { channelName: 'train', dataSource: { s3DataSource: { s3Location: T.S3Location.fromBucket(bucket, 'train/'), s3DataDistributionType: T.S3DataDistributionType.FULLY_REPLICATED, attributeNames: ['a'] } },
          compressionType: T.CompressionType.GZIP, contentType: 'text/csv', inputMode: T.InputMode.FILE, recordWrapperType: T.RecordWrapperType.RECORD_IO, shuffleConfig: { seed: 1 } },
        { channelName: 'test', dataSource: { s3DataSource: { s3Location: T.S3Location.fromJsonExpression('$.test'), s3DataType: T.S3DataType.MANIFEST_FILE } } }],
      outputDataConfig: { s3OutputLocation: T.S3Location.fromBucket(bucket, 'out/'), encryptionKey: key },
      resourceConfig: { instanceCount: 2, instanceType: ec2.InstanceType.of(ec2.InstanceClass.P3, ec2.InstanceSize.XLARGE2), volumeSize: cdk.Size.gibibytes(50), volumeEncryptionKey: key },
      stoppingCondition: { maxRuntime: cdk.Duration.hours(2) }, hyperparameters: { epochs: '10', lr: 0.1 }, tags: { a: '1', b: '2' }, environment: { A: 'a', Z: 'z' },
      vpcConfig: { vpc } });
    a.addSecurityGroup(new ec2.SecurityGroup(s, 'Extra', { vpc }));
    const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') });
    const b = T.SageMakerCreateTrainingJob.jsonPath(s, 'TrainPath', { trainingJobName: J.stringAt('$.name'), role, algorithmSpecification: { algorithmName: 'BlazingText' },
      outputDataConfig: { s3OutputLocation: T.S3Location.fromJsonExpression('$.out') }, stoppingCondition: {} });
    const c = T.SageMakerCreateTrainingJob.jsonata(s, 'TrainNata', { trainingJobName: '{% $n %}', algorithmSpecification: { trainingImage: T.DockerImage.fromJsonExpression('{% $img %}') },
      outputDataConfig: { s3OutputLocation: T.S3Location.fromJsonExpression('{% $o %}') },
      resourceConfig: { instanceCount: 1, instanceType: new ec2.InstanceType('{% $t %}'), volumeSize: cdk.Size.gibibytes(5) } });
    machine(s, a.next(b).next(c));
  }

  { // SmTransform: SageMakerCreateTransformJob
    const s = new cdk.Stack(app, 'SmTransform');
    const key = new kms.Key(s, 'Key');
    const a = new T.SageMakerCreateTransformJob(s, 'Transform', { transformJobName: 'MyTransform', modelName: 'm', integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      batchStrategy: T.BatchStrategy.MULTI_RECORD, environment: { A: 'a', B: 'b' }, maxConcurrentTransforms: 3, maxPayload: cdk.Size.mebibytes(20),
      modelClientOptions: { invocationsMaxRetries: 2, invocationsTimeout: cdk.Duration.minutes(2) }, tags: { k: 'v' },
      transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://b/in', s3DataType: T.S3DataType.S3_PREFIX } }, compressionType: T.CompressionType.GZIP, contentType: 'text/csv', splitType: T.SplitType.LINE },
      transformOutput: { s3OutputPath: 's3://b/out', accept: 'text/csv', assembleWith: T.AssembleWith.LINE, encryptionKey: key },
      transformResources: { instanceCount: 2, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE), volumeEncryptionKey: key } });
    const role = iam.Role.fromRoleArn(s, 'Imported', 'arn:aws:iam::111111111111:role/sm');
    const b = T.SageMakerCreateTransformJob.jsonPath(s, 'TransformPath', { transformJobName: J.stringAt('$.n'), modelName: J.stringAt('$.m'), role, modelClientOptions: {},
      transformInput: { transformDataSource: { s3DataSource: { s3Uri: J.stringAt('$.in') } } }, transformOutput: { s3OutputPath: J.stringAt('$.out') } });
    const c = T.SageMakerCreateTransformJob.jsonata(s, 'TransformNata', { transformJobName: '{% $n %}', modelName: 'm',
      transformInput: { transformDataSource: { s3DataSource: { s3Uri: '{% $in %}', s3DataType: T.S3DataType.AUGMENTED_MANIFEST_FILE } }, splitType: T.SplitType.TF_RECORD },
      transformOutput: { s3OutputPath: '{% $out %}', assembleWith: T.AssembleWith.NONE }, transformResources: { instanceCount: 1, instanceType: new ec2.InstanceType('{% $t %}') } });
    machine(s, a.next(b).next(c));
  }

  const C = T.EmrCreateCluster;
  const emrGroups = [
    { instanceCount: 1, instanceRole: C.InstanceRoleType.MASTER, instanceType: 'm5.xlarge', name: 'master', market: C.InstanceMarket.ON_DEMAND,
      ebsConfiguration: { ebsBlockDeviceConfigs: [{ volumeSpecification: { volumeSize: cdk.Size.gibibytes(32), volumeType: C.EbsBlockDeviceVolumeType.GP3, iops: 3000 }, volumesPerInstance: 2 }], ebsOptimized: true },
      configurations: [{ classification: 'c', properties: { a: '1' } }] },
    { instanceCount: 2, instanceRole: C.InstanceRoleType.CORE, instanceType: 'm5.xlarge', bidPrice: '0.5', autoScalingPolicy: { constraints: { minCapacity: 1, maxCapacity: 4 },
      rules: [{ name: 'up', description: 'd', action: { market: C.InstanceMarket.SPOT, simpleScalingPolicyConfiguration: { adjustmentType: C.ScalingAdjustmentType.CHANGE_IN_CAPACITY, scalingAdjustment: 1, coolDown: 300 } },
        trigger: { cloudWatchAlarmDefinition: { comparisonOperator: C.CloudWatchAlarmComparisonOperator.GREATER_THAN, metricName: 'm', period: cdk.Duration.minutes(5), dimensions: [{ key: 'k', value: 'v' }],
          evaluationPeriods: 1, namespace: 'AWS/ElasticMapReduce', statistic: C.CloudWatchAlarmStatistic.AVERAGE, threshold: 75, unit: C.CloudWatchAlarmUnit.PERCENT } } }] } }];
  const emrFleets = [
    { instanceFleetType: C.InstanceRoleType.MASTER, targetOnDemandCapacity: 1, name: 'm',
      instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: 0, weightedCapacity: 1 }, { instanceType: 'm5.2xlarge', priority: 1, bidPriceAsPercentageOfOnDemandPrice: 50 }],
      launchSpecifications: { onDemandSpecification: { allocationStrategy: C.OnDemandAllocationStrategy.PRIORITIZED } } },
    { instanceFleetType: C.InstanceRoleType.CORE, targetSpotCapacity: 2,
      instanceTypeConfigs: [{ instanceType: 'r5.xlarge', bidPrice: '1', ebsConfiguration: { ebsBlockDeviceConfigs: [{ volumeSpecification: { volumeSize: cdk.Size.gibibytes(64), volumeType: C.EbsBlockDeviceVolumeType.ST1 } }] } }],
      launchSpecifications: { spotSpecification: { allocationStrategy: C.SpotAllocationStrategy.CAPACITY_OPTIMIZED, timeout: cdk.Duration.minutes(10), timeoutAction: C.SpotTimeoutAction.SWITCH_TO_ON_DEMAND, blockDurationMinutes: 60 } } },
    { instanceFleetType: C.InstanceRoleType.TASK, targetSpotCapacity: 1,
      launchSpecifications: { spotSpecification: { allocationStrategy: C.SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED, timeoutDurationMinutes: 20, timeoutAction: C.SpotTimeoutAction.TERMINATE_CLUSTER } } }];

  { // EmrCluster: EmrCreateCluster (groups, fleets, JSONata) and EmrModifyInstanceFleetByName
    const s = new cdk.Stack(app, 'EmrCluster');
    const a = new T.EmrCreateCluster(s, 'Cluster', { name: 'c', releaseLabel: 'emr-6.15.0',
      instances: { instanceGroups: emrGroups, ec2SubnetId: 'subnet-1', ec2KeyName: 'key', additionalMasterSecurityGroups: ['sg-1'], placement: { availabilityZone: 'us-east-1a' },
        terminationProtected: false, hadoopVersion: '3' },
      applications: [{ name: 'Spark', version: '3', args: ['a'], additionalInfo: { k: 'v' } }], bootstrapActions: [{ name: 'b', scriptBootstrapAction: { path: 's3://x/y.sh', args: ['1'] } }],
      configurations: [{ classification: 'spark', properties: { a: '1' } }], customAmiId: 'ami-1', ebsRootVolumeSize: cdk.Size.gibibytes(20), ebsRootVolumeIops: 3000, ebsRootVolumeThroughput: 125,
      kerberosAttributes: { realm: 'R', kdcAdminPassword: 'p', adDomainJoinUser: 'u' }, logUri: 's3://logs',
      managedScalingPolicy: { computeLimits: { unitType: C.ComputeLimitsUnitType.INSTANCES, minimumCapacityUnits: 1, maximumCapacityUnits: 5, maximumOnDemandCapacityUnits: 2, maximumCoreCapacityUnits: 3 } },
      scaleDownBehavior: C.EmrClusterScaleDownBehavior.TERMINATE_AT_TASK_COMPLETION, securityConfiguration: 'sc', stepConcurrencyLevel: 2, tags: { a: '1', b: '2' }, visibleToAllUsers: false,
      autoTerminationPolicyIdleTimeout: cdk.Duration.hours(1) });
    const service = new iam.Role(s, 'Service', { assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com') });
    const b = C.jsonPath(s, 'Fleets', { name: J.stringAt('$.name'), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE, serviceRole: service,
      clusterRole: iam.Role.fromRoleArn(s, 'Instance', 'arn:aws:iam::111111111111:role/emr-ec2'), instances: { instanceFleets: emrFleets, ec2SubnetIds: ['subnet-1', 'subnet-2'] } });
    const c = C.jsonata(s, 'Nata', { name: '{% $n %}', instances: {}, tags: {}, autoScalingRole: iam.Role.fromRoleArn(s, 'Scaling', 'arn:aws:iam::111111111111:role/emr-as') });
    const d = new T.EmrModifyInstanceFleetByName(s, 'ModifyFleet', { clusterId: 'c-1', instanceFleetName: J.stringAt('$.f'), targetOnDemandCapacity: 2, targetSpotCapacity: 0 });
    const e = T.EmrModifyInstanceFleetByName.jsonata(s, 'ModifyFleetNata', { clusterId: '{% $c %}', instanceFleetName: 'f', targetOnDemandCapacity: 1, targetSpotCapacity: 1 });
    machine(s, a.next(b).next(c).next(d).next(e));
  }

  { // EmrClusterV1: the service role without the EMR service policy v2 flag
    const s = new cdk.Stack(app, 'EmrClusterV1');
    s.node.setContext('@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2', false);
    machine(s, new T.EmrCreateCluster(s, 'Cluster', { name: 'c', instances: {} }));
  }

  const emr = (s, props) => new T.EmrCreateCluster(s, 'T', { name: 'c', instances: {}, ...props });
  const emrFleet = (s, fleet) => machine(s, emr(s, { instances: { instanceFleets: [fleet] } }).next(new sfn.Pass(s, 'P')));
  Object.assign(errors, {
    EmrFleetsAutoScaling: (s) => emr(s, { instances: { instanceFleets: [{ instanceFleetType: C.InstanceRoleType.MASTER, targetOnDemandCapacity: 1 }] },
      autoScalingRole: iam.Role.fromRoleArn(s, 'R', 'arn:aws:iam::111111111111:role/r') }),
    EmrNoAutoScalingRole: (s) => emr(s, { instances: { instanceFleets: [{ instanceFleetType: C.InstanceRoleType.MASTER, targetOnDemandCapacity: 1 }] } }).autoScalingRole,
    EmrIdleTimeout: (s) => emr(s, { autoTerminationPolicyIdleTimeout: cdk.Duration.seconds(30) }),
    EmrReleaseLabel: (s) => emr(s, { releaseLabel: 'emr-6.x' }),
    EmrStepConcurrency: (s) => emr(s, { stepConcurrencyLevel: 300 }),
    EmrStepConcurrencyOld: (s) => emr(s, { releaseLabel: 'emr-5.20.0', stepConcurrencyLevel: 2 }),
    EmrEbsSize: (s) => emr(s, { ebsRootVolumeSize: cdk.Size.gibibytes(10) }),
    EmrEbsIopsOld: (s) => emr(s, { releaseLabel: 'emr-6.10.0', ebsRootVolumeIops: 3000 }),
    EmrThroughput: (s) => emr(s, { ebsRootVolumeThroughput: 100 }),
    EmrIops: (s) => emr(s, { ebsRootVolumeIops: 20000 }),
    EmrCreateCallback: (s) => emr(s, { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
    EmrFleetNoCapacity: (s) => emrFleet(s, { instanceFleetType: C.InstanceRoleType.CORE }),
    EmrMasterFleetBoth: (s) => emrFleet(s, { instanceFleetType: C.InstanceRoleType.MASTER, targetOnDemandCapacity: 1, targetSpotCapacity: 1 }),
    EmrMasterFleetTwo: (s) => emrFleet(s, { instanceFleetType: C.InstanceRoleType.MASTER, targetSpotCapacity: 2 }),
    EmrSpotTimeoutBoth: (s) => emrFleet(s, { instanceFleetType: C.InstanceRoleType.CORE, targetSpotCapacity: 1,
      launchSpecifications: { spotSpecification: { timeout: cdk.Duration.minutes(10), timeoutDurationMinutes: 10, timeoutAction: C.SpotTimeoutAction.TERMINATE_CLUSTER } } }),
    EmrSpotTimeoutRange: (s) => emrFleet(s, { instanceFleetType: C.InstanceRoleType.CORE, targetSpotCapacity: 1,
      launchSpecifications: { spotSpecification: { timeoutDurationMinutes: 2, timeoutAction: C.SpotTimeoutAction.TERMINATE_CLUSTER } } }),
    EmrBidBoth: (s) => emrFleet(s, { instanceFleetType: C.InstanceRoleType.CORE, targetSpotCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge', bidPrice: '1', bidPriceAsPercentageOfOnDemandPrice: 50 }] }),
    EmrPriorityNegative: (s) => emrFleet(s, { instanceFleetType: C.InstanceRoleType.CORE, targetOnDemandCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: -1 }],
      launchSpecifications: { onDemandSpecification: { allocationStrategy: C.OnDemandAllocationStrategy.PRIORITIZED } } }),
    EmrPriorityNotPrioritized: (s) => emrFleet(s, { instanceFleetType: C.InstanceRoleType.CORE, targetOnDemandCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: 1 }] }),
    EmrPrioritizedNoPriority: (s) => emrFleet(s, { instanceFleetType: C.InstanceRoleType.CORE, targetOnDemandCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }],
      launchSpecifications: { onDemandSpecification: { allocationStrategy: C.OnDemandAllocationStrategy.PRIORITIZED } } }),
  });

  { // SmAsset: a training image built from a local directory (DockerImage.fromAsset)
    const s = new cdk.Stack(app, 'SmAsset');
    machine(s, new T.SageMakerCreateTrainingJob(s, 'Train', { trainingJobName: 'AssetJob',
      algorithmSpecification: { trainingImage: T.DockerImage.fromAsset(s, 'Image', { directory: require('path').join(__dirname, 'smimage') }) },
      outputDataConfig: { s3OutputLocation: T.S3Location.fromJsonExpression('$.out') } }));
  }

  { // SmDefaults: a bucket's root, the default image tag, a model package without an image, a defaulted instance count
    const s = new cdk.Stack(app, 'SmDefaults');
    const bucket = new s3.Bucket(s, 'Bucket');
    const repo = ecr.Repository.fromRepositoryName(s, 'Repo', 'trainer');
    const a = new T.SageMakerCreateModel(s, 'Model', { modelName: 'pkg', primaryContainer: new T.ContainerDefinition({ modelPackageName: 'arn:aws:sagemaker:us-east-1:111111111111:model-package/p/1' }),
      containers: [new T.ContainerDefinition({ image: T.DockerImage.fromEcrRepository(repo), modelS3Location: T.S3Location.fromBucket(bucket) })] });
    const b = new T.SageMakerCreateTrainingJob(s, 'Train', { trainingJobName: 'Root', algorithmSpecification: { algorithmName: 'arn:aws:sagemaker:us-east-1:111111111111:algorithm/my-algo' },
      outputDataConfig: { s3OutputLocation: T.S3Location.fromBucket(bucket) } });
    const c = new T.SageMakerCreateEndpointConfig(s, 'Config', { endpointConfigName: 'Cfg', productionVariants: [{ ...{ instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), modelName: 'm', variantName: 'v' }, initialInstanceCount: 0, initialVariantWeight: 0 }] });
    machine(s, a.next(b).next(c));
  }

  const variant = { instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), modelName: 'm', variantName: 'v' };
  const algo = { trainingImage: T.DockerImage.fromRegistry('i') };
  const out = { s3OutputLocation: T.S3Location.fromJsonExpression('$.o') };
  const tin = { transformDataSource: { s3DataSource: { s3Uri: 's3://b/in' } } };
  Object.assign(errors, {
    SmModelRunJob: (s) => new T.SageMakerCreateModel(s, 'T', { modelName: 'm', primaryContainer: new T.ContainerDefinition({}), integrationPattern: sfn.IntegrationPattern.RUN_JOB }),
    SmVariantsEmpty: (s) => new T.SageMakerCreateEndpointConfig(s, 'T', { endpointConfigName: 'c', productionVariants: [] }),
    SmVariantsMany: (s) => new T.SageMakerCreateEndpointConfig(s, 'T', { endpointConfigName: 'c', productionVariants: Array(11).fill(variant) }),
    SmVariantCount: (s) => new T.SageMakerCreateEndpointConfig(s, 'T', { endpointConfigName: 'c', productionVariants: [{ ...variant, initialInstanceCount: 0.5 }] }),
    SmVariantWeight: (s) => new T.SageMakerCreateEndpointConfig(s, 'T', { endpointConfigName: 'c', productionVariants: [{ ...variant, initialVariantWeight: -1 }] }),
    SmTrainNoAlgo: (s) => new T.SageMakerCreateTrainingJob(s, 'T', { trainingJobName: 'j', algorithmSpecification: {}, outputDataConfig: out }),
    SmTrainBoth: (s) => new T.SageMakerCreateTrainingJob(s, 'T', { trainingJobName: 'j', algorithmSpecification: { ...algo, algorithmName: 'a' }, outputDataConfig: out }),
    SmTrainAlgoName: (s) => new T.SageMakerCreateTrainingJob(s, 'T', { trainingJobName: 'j', algorithmSpecification: { algorithmName: 'bad-' }, outputDataConfig: out }),
    SmTrainAlgoLong: (s) => new T.SageMakerCreateTrainingJob(s, 'T', { trainingJobName: 'j', algorithmSpecification: { algorithmName: 'a'.repeat(171) }, outputDataConfig: out }),
    SmTrainCallback: (s) => new T.SageMakerCreateTrainingJob(s, 'T', { trainingJobName: 'j', algorithmSpecification: algo, outputDataConfig: out, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
    SmTransformRetries: (s) => machine(s, new T.SageMakerCreateTransformJob(s, 'T', { transformJobName: 'j', modelName: 'm', transformInput: tin, transformOutput: { s3OutputPath: 's3://b/o' },
      modelClientOptions: { invocationsMaxRetries: 4 } }).next(new sfn.Pass(s, 'P'))),
    SmTransformTimeout: (s) => machine(s, new T.SageMakerCreateTransformJob(s, 'T', { transformJobName: 'j', modelName: 'm', transformInput: tin, transformOutput: { s3OutputPath: 's3://b/o' },
      modelClientOptions: { invocationsTimeout: cdk.Duration.hours(2) } }).next(new sfn.Pass(s, 'P'))),
  });
}
// ---- end sfnta ----
