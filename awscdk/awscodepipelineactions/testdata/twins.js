// aws-cdk-lib 2.276.0 twins of the Go cases in actions_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const codebuild = require('aws-cdk-lib/aws-codebuild');
const codecommit = require('aws-cdk-lib/aws-codecommit');
const cp = require('aws-cdk-lib/aws-codepipeline');
const actions = require('aws-cdk-lib/aws-codepipeline-actions');
const ecr = require('aws-cdk-lib/aws-ecr');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const kms = require('aws-cdk-lib/aws-kms');
const ecs = require('aws-cdk-lib/aws-ecs');
const codedeploy = require('aws-cdk-lib/aws-codedeploy');
const ec2 = require('aws-cdk-lib/aws-ec2');
const autoscaling = require('aws-cdk-lib/aws-autoscaling');
const app = new cdk.App();

{ // CodeCommitBuild: CodeCommit sources into a CodeBuild build and test
  const s = new cdk.Stack(app, 'CodeCommitBuild');
  const repo = new codecommit.Repository(s, 'Repo', { repositoryName: 'app' });
  const src = new cp.Artifact();
  const clone = new cp.Artifact('Clone');
  const built = new cp.Artifact('Built');
  const project = new codebuild.PipelineProject(s, 'Project');
  const p = new cp.Pipeline(s, 'Pipeline');
  const ccs = new actions.CodeCommitSourceAction({ actionName: 'Source', repository: repo, output: src });
  p.addStage({ stageName: 'Source', actions: [
    ccs,
    new actions.CodeCommitSourceAction({ actionName: 'Clone', repository: repo, output: clone, branch: 'dev', codeBuildCloneOutput: true, trigger: actions.CodeCommitTrigger.POLL }),
  ] });
  const build = new actions.CodeBuildAction({
    actionName: 'Build', project, input: clone, extraInputs: [src], outputs: [built],
    environmentVariables: { COMMIT: { value: ccs.variables.commitId }, STAGE: { value: 'prod', type: codebuild.BuildEnvironmentVariableType.PLAINTEXT } },
  });
  p.addStage({ stageName: 'Build', actions: [build] });
  p.addStage({ stageName: 'Test', actions: [
    new actions.CodeBuildAction({ actionName: 'Test', project, input: built, type: actions.CodeBuildActionType.TEST, runOrder: 2, variablesNamespace: 'TestNS' }),
    new actions.ManualApprovalAction({ actionName: 'Approve', additionalInformation: build.variable('IMAGE') }),
  ] });
}

{ // Sources: GitHub, CodeStar connections and ECR sources
  const s = new cdk.Stack(app, 'Sources');
  const gh = new cp.Artifact();
  const cs = new cp.Artifact();
  const img = new cp.Artifact();
  const repo = new ecr.Repository(s, 'Images');
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [
    new actions.GitHubSourceAction({ actionName: 'GitHub', owner: 'me', repo: 'app', oauthToken: cdk.SecretValue.secretsManager('gh-token'), output: gh }),
    new actions.CodeStarConnectionsSourceAction({ actionName: 'Conn', owner: 'me', repo: 'lib', branch: 'main', output: cs,
      connectionArn: 'arn:aws:codeconnections:us-east-1:123456789012:connection/abc', codeBuildCloneOutput: true, triggerOnPush: false }),
    new actions.EcrSourceAction({ actionName: 'Image', repository: repo, output: img, imageTag: 'v1' }),
  ] });
  const project = new codebuild.PipelineProject(s, 'Project');
  p.addStage({ stageName: 'Build', actions: [
    new actions.CodeBuildAction({ actionName: 'Build', project, input: cs, extraInputs: [gh, img], executeBatchBuild: true, combineBatchBuildArtifacts: true }),
  ] });
}

{ // Lambda: invoke actions with parameters, inputs and outputs
  const s = new cdk.Stack(app, 'Lambda');
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>{}') });
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const out = new cp.Artifact('Out');
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src, trigger: actions.S3Trigger.EVENTS })] });
  const inv = new actions.LambdaInvokeAction({ actionName: 'Invoke', lambda: fn, inputs: [src], outputs: [out], userParameters: { a: 'x', b: 1 } });
  p.addStage({ stageName: 'Invoke', actions: [
    inv,
    new actions.LambdaInvokeAction({ actionName: 'Plain', lambda: fn, userParametersString: 'raw', runOrder: 2 }),
    new actions.ManualApprovalAction({ actionName: 'Approve', runOrder: 3, additionalInformation: inv.variable('Result') }),
  ] });
}

{ // CloudFormation: stack and change-set actions sharing the singleton policy
  const s = new cdk.Stack(app, 'CloudFormation');
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src })] });
  const deploy = new actions.CloudFormationCreateUpdateStackAction({
    actionName: 'Deploy', stackName: 'app', templatePath: src.atPath('template.json'), adminPermissions: true,
    parameterOverrides: { Bucket: src.bucketName, Key: 'v' }, templateConfiguration: src.atPath('config.json'), outputFileName: 'out.json',
  });
  p.addStage({ stageName: 'Deploy', actions: [
    deploy,
    new actions.CloudFormationCreateReplaceChangeSetAction({ actionName: 'Prepare', stackName: 'other', changeSetName: 'cs', templatePath: src.atPath('t.yaml'),
      adminPermissions: false, cfnCapabilities: [cdk.CfnCapabilities.NAMED_IAM, cdk.CfnCapabilities.AUTO_EXPAND], runOrder: 2 }),
    new actions.CloudFormationExecuteChangeSetAction({ actionName: 'Execute', stackName: 'other', changeSetName: 'cs', runOrder: 3 }),
    new actions.CloudFormationDeleteStackAction({ actionName: 'Delete', stackName: 'old', adminPermissions: false, runOrder: 4, replaceOnFailure: true }),
    new actions.CloudFormationCreateUpdateStackAction({ actionName: 'Replace', stackName: 'rep', templatePath: src.atPath('t.json'), adminPermissions: false,
      replaceOnFailure: true, cfnCapabilities: [cdk.CfnCapabilities.ANONYMOUS_IAM], runOrder: 5 }),
  ] });
  deploy.addToDeploymentRolePolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));
}

{ // Deploy: S3 and ECS deploy actions
  const s = new cdk.Stack(app, 'Deploy');
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const site = new s3.Bucket(s, 'Site');
  const key = new kms.Key(s, 'Key');
  const cluster = ecs.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'c' });
  const service = ecs.FargateService.fromFargateServiceAttributes(s, 'Svc', { cluster, serviceName: 'svc' });
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src })] });
  p.addStage({ stageName: 'Deploy', actions: [
    new actions.S3DeployAction({ actionName: 'Site', bucket: site, input: src }),
    new actions.S3DeployAction({ actionName: 'Object', bucket: site, input: src, extract: false, objectKey: 'a/b.zip',
      accessControl: s3.BucketAccessControl.PUBLIC_READ, encryptionKey: key,
      cacheControl: [actions.CacheControl.setPublic(), actions.CacheControl.maxAge(cdk.Duration.hours(1)), actions.CacheControl.fromString('x')] }),
    new actions.EcsDeployAction({ actionName: 'Ecs', service, imageFile: src.atPath('images.json'), deploymentTimeout: cdk.Duration.minutes(30), runOrder: 2 }),
    new actions.EcsDeployAction({ actionName: 'Ecs2', service, input: src, runOrder: 3 }),
  ] });
}

{ // Invoke: commands, Step Functions, pipeline and Elastic Beanstalk actions
  const s = new cdk.Stack(app, 'Invoke');
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const built = new cp.Artifact('Built');
  const sm = new sfn.StateMachine(s, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'Pass')) });
  const other = cp.Pipeline.fromPipelineArn(s, 'Other', 'arn:aws:codepipeline:us-east-1:123456789012:other');
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src })] });
  const cmds = new actions.CommandsAction({ actionName: 'Cmds', input: src, output: built, commands: ['make', 'make test'], outputVariables: ['VERSION'] });
  p.addStage({ stageName: 'Run', actions: [
    cmds,
    new actions.StepFunctionInvokeAction({ actionName: 'Sfn', stateMachine: sm, executionNamePrefix: 'pre', runOrder: 2,
      stateMachineInput: actions.StateMachineInput.literal({ a: 1, b: 'x<y' }) }),
    new actions.StepFunctionInvokeAction({ actionName: 'SfnFile', stateMachine: sm, runOrder: 3, output: new cp.Artifact('SfnOut'),
      stateMachineInput: actions.StateMachineInput.filePath(built.atPath('in.json')) }),
    new actions.PipelineInvokeAction({ actionName: 'Next', targetPipeline: other, runOrder: 4,
      sourceRevisions: [{ actionName: 'Src', revisionType: actions.RevisionType.COMMIT_ID, revisionValue: 'abc' }],
      variables: [{ name: 'v', value: cmds.variable('VERSION') }] }),
    new actions.ElasticBeanstalkDeployAction({ actionName: 'Eb', applicationName: 'app', environmentName: 'env', input: built, runOrder: 5 }),
  ] });
}

{ // Custom: user-defined actions on both bases
  const s = new cdk.Stack(app, 'Custom');
  class Build extends actions.Action {
    constructor(input) {
      super({ actionName: 'Mine', category: cp.ActionCategory.BUILD, provider: 'MyProvider', owner: 'Custom', version: '2',
        artifactBounds: { minInputs: 1, maxInputs: 1, minOutputs: 0, maxOutputs: 0 }, inputs: [input] });
    }
    bound(scope, stage, options) { return { configuration: { Setting: 'on', Stage: stage.stageName } }; }
  }
  class Approve extends cp.Action {
    get providedActionProperties() {
      return { actionName: 'Base', category: cp.ActionCategory.APPROVAL, provider: 'Manual',
        artifactBounds: { minInputs: 0, maxInputs: 0, minOutputs: 0, maxOutputs: 0 } };
    }
    bound() { return {}; }
  }
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src })] });
  p.addStage({ stageName: 'Build', actions: [new Build(src), new Approve()] });
}

{ // More: Alexa, Service Catalog, ECR build-and-publish and Inspector actions
  const s = new cdk.Stack(app, 'More');
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const repo = new ecr.Repository(s, 'Images');
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src })] });
  const pub = new actions.EcrBuildAndPublishAction({ actionName: 'Publish', input: src, repositoryName: 'app', runOrder: 2,
    dockerfileDirectoryPath: 'docker', imageTags: ['a', 'b'], registryType: actions.RegistryType.PUBLIC });
  p.addStage({ stageName: 'Build', actions: [
    new actions.EcrBuildAndPublishAction({ actionName: 'Build', input: src, repositoryName: 'app' }),
    pub,
    new actions.InspectorEcrImageScanAction({ actionName: 'ScanImage', repository: repo, imageTag: 'v1', output: new cp.Artifact('ScanOut'),
      criticalThreshold: 0, highThreshold: 1, mediumThreshold: 2, lowThreshold: 3, runOrder: 3 }),
    new actions.InspectorSourceCodeScanAction({ actionName: 'ScanCode', input: src, output: new cp.Artifact('CodeScanOut'), runOrder: 3 }),
  ] });
  p.addStage({ stageName: 'Deploy', actions: [
    new actions.AlexaSkillDeployAction({ actionName: 'Alexa', clientId: 'id', clientSecret: cdk.SecretValue.unsafePlainText('secret'),
      refreshToken: cdk.SecretValue.secretsManager('rt'), skillId: 'skill', input: src }),
    new actions.ServiceCatalogDeployActionBeta1({ actionName: 'Catalog', productId: 'prod-1', productVersionName: 'v1',
      productVersionDescription: pub.variables.ecrImageDigestId, templatePath: src.atPath('t.json') }),
  ] });
}

{ // Jenkins: providers and actions, and an EC2 deploy
  const s = new cdk.Stack(app, 'Jenkins');
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const jenkins = new actions.JenkinsProvider(s, 'Jenkins', { providerName: 'MyJenkins', serverUrl: 'https://jenkins.example.com', forBuild: true, version: '2' });
  const imported = actions.JenkinsProvider.fromJenkinsProviderAttributes(s, 'Imported', { providerName: 'Other', serverUrl: 'https://other/' });
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src })] });
  p.addStage({ stageName: 'Build', actions: [
    new actions.JenkinsAction({ actionName: 'JBuild', jenkinsProvider: jenkins, projectName: 'app', type: actions.JenkinsActionType.BUILD, inputs: [src], outputs: [new cp.Artifact('JOut')] }),
    new actions.JenkinsAction({ actionName: 'JTest', jenkinsProvider: jenkins, projectName: 'app-test', type: actions.JenkinsActionType.TEST, inputs: [src] }),
    new actions.JenkinsAction({ actionName: 'Other', jenkinsProvider: imported, projectName: 'x', type: actions.JenkinsActionType.TEST }),
    new actions.Ec2DeployAction({ actionName: 'Ec2', input: src, instanceType: actions.Ec2InstanceType.EC2, instanceTagKey: 'Name', instanceTagValue: 'web',
      maxBatch: actions.Ec2MaxInstances.targets(2), maxError: actions.Ec2MaxInstances.percentage(10), runOrder: 2,
      deploySpecifications: actions.Ec2DeploySpecifications.inline({ targetDirectory: '/opt/app', postScript: 'post.sh' }) }),
    new actions.Ec2DeployAction({ actionName: 'Ssm', input: src, instanceType: actions.Ec2InstanceType.SSM_MANAGED_NODE, instanceTagKey: 'Env', runOrder: 3,
      deploySpecifications: actions.Ec2DeploySpecifications.inline({ targetDirectory: '/srv', preScript: 'pre.sh', postScript: 'post.sh' }) }),
  ] });
}

{ // StackSets: stack set and stack instances actions
  const s = new cdk.Stack(app, 'StackSets');
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src })] });
  p.addStage({ stageName: 'Deploy', actions: [
    new actions.CloudFormationDeployStackSetAction({ actionName: 'Set', stackSetName: 'set', template: actions.StackSetTemplate.fromArtifactPath(src.atPath('t.yaml')),
      description: 'a set', cfnCapabilities: [cdk.CfnCapabilities.NAMED_IAM], failureTolerancePercentage: 10, maxAccountConcurrencyPercentage: 50,
      parameters: actions.StackSetParameters.fromLiteral({ A: 'a', B: 'b' }, ['C']),
      stackInstances: actions.StackInstances.inAccounts(['111111111111', '222222222222'], ['us-east-1', 'eu-west-1']) }),
    new actions.CloudFormationDeployStackSetAction({ actionName: 'OrgSet', stackSetName: 'org', runOrder: 2,
      template: actions.StackSetTemplate.fromArtifactPath(src.atPath('o.yaml')),
      deploymentModel: actions.StackSetDeploymentModel.organizations({ autoDeployment: actions.StackSetOrganizationsAutoDeployment.ENABLED }),
      stackInstances: actions.StackInstances.inOrganizationalUnits(['ou-1'], ['us-east-1']) }),
    new actions.CloudFormationDeployStackInstancesAction({ actionName: 'Instances', stackSetName: 'set', runOrder: 3,
      stackInstances: actions.StackInstances.fromArtifactPath(src.atPath('targets.json'), ['us-west-2']),
      parameterOverrides: actions.StackSetParameters.fromArtifactPath(src.atPath('params.json')) }),
  ] });
}

{ // CodeDeploy: server and ECS blue/green deploy actions
  const s = new cdk.Stack(app, 'CodeDeploy');
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const image = new cp.Artifact('Image');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  const asg = new autoscaling.AutoScalingGroup(s, 'Asg', {
    vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: new ec2.GenericLinuxImage({ 'us-east-1': 'ami-12345678' }),
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
  });
  const group = new codedeploy.ServerDeploymentGroup(s, 'Group', { autoScalingGroups: [asg], installAgent: false });
  const importedServer = codedeploy.ServerDeploymentGroup.fromServerDeploymentGroupAttributes(s, 'ImportedServer', {
    application: codedeploy.ServerApplication.fromServerApplicationName(s, 'ServerApp', 'srv'), deploymentGroupName: 'srv-group',
  });
  const ecsGroup = codedeploy.EcsDeploymentGroup.fromEcsDeploymentGroupAttributes(s, 'EcsGroup', {
    application: codedeploy.EcsApplication.fromEcsApplicationName(s, 'EcsApp', 'ecs'), deploymentGroupName: 'ecs-group',
    deploymentConfig: codedeploy.EcsDeploymentConfig.CANARY_10PERCENT_5MINUTES,
  });
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [
    new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src }),
    new actions.S3SourceAction({ actionName: 'Img', bucket, bucketKey: 'i.zip', output: image }),
  ] });
  p.addStage({ stageName: 'Deploy', actions: [
    new actions.CodeDeployServerDeployAction({ actionName: 'Server', deploymentGroup: group, input: src }),
    new actions.CodeDeployServerDeployAction({ actionName: 'Imported', deploymentGroup: importedServer, input: src, runOrder: 2 }),
    new actions.CodeDeployEcsDeployAction({
      actionName: 'Ecs', deploymentGroup: ecsGroup, runOrder: 3,
      taskDefinitionTemplateFile: src.atPath('td.json'), appSpecTemplateInput: src,
      containerImageInputs: [{ input: image, taskDefinitionPlaceholder: 'IMG' }, { input: src }],
    }),
    new actions.CodeDeployEcsDeployAction({
      actionName: 'Ecs2', deploymentGroup: ecsGroup, runOrder: 4,
      taskDefinitionTemplateInput: src, appSpecTemplateFile: image.atPath('app.yaml'),
    }),
  ] });
}

const errors = {
  EmptyBranch: (s) => new actions.CodeCommitSourceAction({ actionName: 'S', repository: new codecommit.Repository(s, 'R', { repositoryName: 'r' }), output: new cp.Artifact(), branch: '' }),
  EmptyBucketKey: (s) => new actions.S3SourceAction({ actionName: 'S', bucket: new s3.Bucket(s, 'B'), bucketKey: '', output: new cp.Artifact() }),
  BothParameters: (s) => new actions.LambdaInvokeAction({ actionName: 'L', lambda: lambda.Function.fromFunctionArn(s, 'F', 'arn:aws:lambda:us-east-1:123456789012:function:f'), userParameters: {}, userParametersString: 'x' }),
  ApprovalTimeout: (s) => new actions.ManualApprovalAction({ actionName: 'A', timeout: cdk.Duration.minutes(1) }),
  SourceInSecondStage: (s) => {
    const p = new cp.Pipeline(s, 'Pipeline');
    p.addStage({ stageName: 'A', actions: [new actions.S3SourceAction({ actionName: 'S', bucket: new s3.Bucket(s, 'B'), bucketKey: 'k', output: new cp.Artifact('x') })] });
    p.addStage({ stageName: 'B', actions: [new actions.S3SourceAction({ actionName: 'T', bucket: new s3.Bucket(s, 'C'), bucketKey: 'k', output: new cp.Artifact('y') })] });
  },
  MissingInput: (s) => {
    const p = new cp.Pipeline(s, 'Pipeline');
    p.addStage({ stageName: 'A', actions: [new actions.S3SourceAction({ actionName: 'S', bucket: new s3.Bucket(s, 'B'), bucketKey: 'k', output: new cp.Artifact('x') })] });
    p.addStage({ stageName: 'B', actions: [new actions.CodeBuildAction({ actionName: 'Build', project: new codebuild.PipelineProject(s, 'P'), input: new cp.Artifact('nope') })] });
  },
  EcsNoInput: (s) => new actions.EcsDeployAction({ actionName: 'E', service: ecs.FargateService.fromFargateServiceAttributes(s, 'Svc', { cluster: ecs.Cluster.fromClusterAttributes(s, 'C', { clusterName: 'c' }), serviceName: 'svc' }) }),
  EcsTimeout: (s) => new actions.EcsDeployAction({ actionName: 'E', input: new cp.Artifact('a'), deploymentTimeout: cdk.Duration.minutes(61), service: ecs.FargateService.fromFargateServiceAttributes(s, 'Svc', { cluster: ecs.Cluster.fromClusterAttributes(s, 'C', { clusterName: 'c' }), serviceName: 'svc' }) }),
  UnknownVariable: (s) => new actions.CommandsAction({ actionName: 'C', input: new cp.Artifact('a'), commands: ['x'], outputVariables: ['A'] }).variable('B'),
  NoCommands: (s) => new actions.CommandsAction({ actionName: 'C', input: new cp.Artifact('a'), commands: [] }),
  Ec2Percentage: (s) => actions.Ec2MaxInstances.percentage(101),
  BadPercentage: (s) => new actions.CloudFormationDeployStackInstancesAction({ actionName: 'I', stackSetName: 's', failureTolerancePercentage: 101, stackInstances: actions.StackInstances.inAccounts(['1'], ['r']) }),
  NoRegions: (s) => actions.StackInstances.inAccounts(['1'], []),
  CodeDeployNoTaskDef: (s) => new actions.CodeDeployEcsDeployAction({ actionName: 'E', appSpecTemplateInput: new cp.Artifact('a'),
    deploymentGroup: codedeploy.EcsDeploymentGroup.fromEcsDeploymentGroupAttributes(s, 'G', { application: codedeploy.EcsApplication.fromEcsApplicationName(s, 'A', 'a'), deploymentGroupName: 'g' }) }),
  CodeDeployBothAppSpec: (s) => new actions.CodeDeployEcsDeployAction({ actionName: 'E', taskDefinitionTemplateInput: new cp.Artifact('a'),
    appSpecTemplateInput: new cp.Artifact('b'), appSpecTemplateFile: new cp.Artifact('c').atPath('x'),
    deploymentGroup: codedeploy.EcsDeploymentGroup.fromEcsDeploymentGroupAttributes(s, 'G', { application: codedeploy.EcsApplication.fromEcsApplicationName(s, 'A', 'a'), deploymentGroupName: 'g' }) }),
  CodeDeployTooManyImages: (s) => new actions.CodeDeployEcsDeployAction({ actionName: 'E', taskDefinitionTemplateInput: new cp.Artifact('a'),
    appSpecTemplateInput: new cp.Artifact('b'), containerImageInputs: [1, 2, 3, 4, 5].map(i => ({ input: new cp.Artifact('i' + i) })),
    deploymentGroup: codedeploy.EcsDeploymentGroup.fromEcsDeploymentGroupAttributes(s, 'G', { application: codedeploy.EcsApplication.fromEcsApplicationName(s, 'A', 'a'), deploymentGroupName: 'g' }) }),
  DuplicateAction: (s) => {
    const p = new cp.Pipeline(s, 'Pipeline');
    p.addStage({ stageName: 'A', actions: [new actions.ManualApprovalAction({ actionName: 'X' }), new actions.ManualApprovalAction({ actionName: 'X' })] });
  },
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON) });
  const s = new cdk.Stack(a, 'S');
  try {
    build(s);
    a.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
