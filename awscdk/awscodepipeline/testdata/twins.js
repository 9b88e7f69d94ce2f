// aws-cdk-lib 2.276.0 twins of the Go cases in pipeline_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const cp = require('aws-cdk-lib/aws-codepipeline');
const actions = require('aws-cdk-lib/aws-codepipeline-actions');
const app = new cdk.App();

function source(s, out) {
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  return new actions.S3SourceAction({ actionName: 'Source', bucket, bucketKey: 'src.zip', output: out });
}

{ // Default: S3 source and a manual approval
  const s = new cdk.Stack(app, 'Default');
  const out = new cp.Artifact();
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [source(s, out)] });
  p.addStage({ stageName: 'Approve', actions: [new actions.ManualApprovalAction({ actionName: 'Approve' })] });
  new cdk.CfnOutput(s, 'Arn', { value: p.pipelineArn });
  new cdk.CfnOutput(s, 'Name', { value: p.pipelineName });
  new cdk.CfnOutput(s, 'Version', { value: p.pipelineVersion });
  new cdk.CfnOutput(s, 'Bucket', { value: p.artifactBucket.bucketName });
}

{ // AllProps: name, V1, restart, keys with rotation, disabled transition, placement
  const s = new cdk.Stack(app, 'AllProps');
  const out = new cp.Artifact('SourceOut');
  const p = new cp.Pipeline(s, 'Pipeline', {
    pipelineName: 'my-pipeline',
    pipelineType: cp.PipelineType.V1,
    restartExecutionOnUpdate: true,
    crossAccountKeys: true,
    enableKeyRotation: true,
    executionMode: cp.ExecutionMode.SUPERSEDED,
    stages: [{ stageName: 'Source', actions: [source(s, out)] }],
  });
  const last = p.addStage({ stageName: 'Last', transitionToEnabled: false, transitionDisabledReason: 'not yet',
    actions: [new actions.ManualApprovalAction({ actionName: 'A1', runOrder: 2, additionalInformation: 'info', externalEntityLink: 'https://example.com' })] });
  p.addStage({ stageName: 'Middle', placement: { rightBefore: last }, transitionToEnabled: false,
    actions: [new actions.ManualApprovalAction({ actionName: 'A2', notifyEmails: ['a@example.com'], timeout: cdk.Duration.minutes(30) })] });
  p.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['*'] }));
}

{ // V2: variables, triggers-free, execution mode, given bucket and role
  const s = new cdk.Stack(app, 'V2');
  const bucket = new s3.Bucket(s, 'Artifacts');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('codepipeline.amazonaws.com') });
  const v = new cp.Variable({ variableName: 'env', defaultValue: 'dev', description: 'the env' });
  const p = new cp.Pipeline(s, 'Pipeline', {
    artifactBucket: bucket, role, pipelineType: cp.PipelineType.V2, executionMode: cp.ExecutionMode.PARALLEL,
    variables: [v],
  });
  p.addVariable(new cp.Variable({ variableName: 'plain' }));
  const out = new cp.Artifact();
  const src = source(s, out);
  p.addStage({ stageName: 'Source', actions: [src] });
  const topic = new sns.Topic(s, 'Topic');
  p.addStage({ stageName: 'Approve', actions: [new actions.ManualApprovalAction({ actionName: 'Approve', notificationTopic: topic,
    additionalInformation: v.reference() + ' ' + src.variables.versionId })] });
}

{ // Events: rules and notifications of a pipeline, a stage and an action
  const s = new cdk.Stack(app, 'Events');
  const out = new cp.Artifact();
  const p = new cp.Pipeline(s, 'Pipeline');
  const src = source(s, out);
  p.addStage({ stageName: 'Source', actions: [src] });
  const approve = new actions.ManualApprovalAction({ actionName: 'Approve' });
  const stage = p.addStage({ stageName: 'Approve', actions: [approve] });
  const topic = new sns.Topic(s, 'Topic');
  p.onEvent('Any', { description: 'any' });
  p.onStateChange('State');
  stage.onStateChange('StageState');
  src.onStateChange('ActionState');
  p.notifyOnExecutionStateChange('Exec', topic);
  p.notifyOnAnyStageStateChange('Stages', topic);
  p.notifyOnAnyActionStateChange('Actions', topic);
  p.notifyOnAnyManualApprovalStateChange('Approvals', topic);
  p.notifyOn('Custom', topic, { events: [cp.PipelineNotificationEvents.PIPELINE_EXECUTION_FAILED], notificationRuleName: 'custom' });
  const user = new iam.User(s, 'User');
  approve.grantManualApproval(user);
  const imported = cp.Pipeline.fromPipelineArn(s, 'Imported', 'arn:aws:codepipeline:eu-west-1:123456789012:other');
  imported.onStateChange('ImportedState');
  new cdk.CfnOutput(s, 'ImportedName', { value: imported.pipelineName });
}

{ // Custom: custom action types
  const s = new cdk.Stack(app, 'Custom');
  new cp.CustomActionRegistration(s, 'Plain', { category: cp.ActionCategory.BUILD, provider: 'MyBuild',
    artifactBounds: { minInputs: 1, maxInputs: 1, minOutputs: 0, maxOutputs: 1 } });
  new cp.CustomActionRegistration(s, 'Full', { category: cp.ActionCategory.DEPLOY, provider: 'MyDeploy', version: '2',
    entityUrl: 'https://e', executionUrl: 'https://x',
    artifactBounds: { minInputs: 0, maxInputs: 2, minOutputs: 0, maxOutputs: 0 },
    actionProperties: [{ name: 'A', required: true }, { name: 'B', required: false, key: true, secret: true, queryable: true, description: 'b', type: 'String' }] });
}

{ // CrossAccount: an action in another account gets its role in a support stack
  const s = new cdk.Stack(app, 'CrossAccount', { env: { account: '111111111111', region: 'us-east-1' } });
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const p = new cp.Pipeline(s, 'Pipeline', { crossAccountKeys: true });
  p.addStage({ stageName: 'Source', actions: [new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src })] });
  p.addStage({ stageName: 'Deploy', actions: [new actions.ManualApprovalAction({ actionName: 'Approve' }),
    new actions.CloudFormationCreateUpdateStackAction({ actionName: 'Deploy', stackName: 'app', templatePath: src.atPath('t.json'),
      adminPermissions: false, account: '222222222222', runOrder: 2 })] });
}

{ // CrossRegion: actions in other regions get replication buckets
  const s = new cdk.Stack(app, 'CrossRegion', { env: { account: '111111111111', region: 'us-east-1' } });
  const other = new cdk.Stack(app, 'Other', { env: { account: '111111111111', region: 'us-west-2' } });
  const site = new s3.Bucket(other, 'Site', { bucketName: 'my-site' });
  const bucket = new s3.Bucket(s, 'Src', { versioned: true });
  const src = new cp.Artifact('Src');
  const p = new cp.Pipeline(s, 'Pipeline');
  p.addStage({ stageName: 'Source', actions: [new actions.S3SourceAction({ actionName: 'S3', bucket, bucketKey: 'k.zip', output: src })] });
  p.addStage({ stageName: 'Deploy', actions: [
    new actions.CloudFormationCreateUpdateStackAction({ actionName: 'Deploy', stackName: 'app', templatePath: src.atPath('t.json'),
      adminPermissions: false, region: 'eu-west-1' }),
    new actions.S3DeployAction({ actionName: 'Site', bucket: site, input: src }),
  ] });
}

{ // Triggers: Git triggers and stage conditions of a V2 pipeline
  const s = new cdk.Stack(app, 'Triggers');
  const out = new cp.Artifact('Src');
  const conn = new actions.CodeStarConnectionsSourceAction({ actionName: 'Conn', owner: 'me', repo: 'app', output: out,
    connectionArn: 'arn:aws:codeconnections:us-east-1:123456789012:connection/abc' });
  const rule = new cp.Rule({ name: 'Check', provider: 'DeploymentWindow', version: '1', configuration: { Cron: 'cron(0 9 ? * MON-FRI *)', TimeZone: 'UTC' } });
  const p = new cp.Pipeline(s, 'Pipeline', {
    pipelineType: cp.PipelineType.V2,
    triggers: [{ providerType: cp.ProviderType.CODE_STAR_SOURCE_CONNECTION, gitConfiguration: { sourceAction: conn,
      pushFilter: [{ branchesIncludes: ['main'], filePathsExcludes: ['docs/*'] }, { tagsIncludes: ['v*'], tagsExcludes: ['beta'] }],
      pullRequestFilter: [{ branchesExcludes: ['wip'], events: [cp.GitPullRequestEvent.OPEN, cp.GitPullRequestEvent.OPEN, cp.GitPullRequestEvent.CLOSED] },
        { branchesIncludes: ['main'] }] } }],
  });
  p.addStage({ stageName: 'Source', actions: [conn] });
  p.addStage({ stageName: 'Approve', actions: [new actions.ManualApprovalAction({ actionName: 'Approve' })],
    beforeEntry: { conditions: [{ rules: [rule], result: cp.Result.FAIL }] },
    onSuccess: { conditions: [{ result: cp.Result.ROLLBACK, rules: [new cp.Rule({ name: 'Alarm', provider: 'CloudWatchAlarm', version: '1',
      configuration: { AlarmName: 'a' }, inputArtifacts: ['Src'] })] }] },
    onFailure: { result: cp.Result.RETRY, retryMode: cp.RetryMode.FAILED_ACTIONS },
  });
  new cdk.CfnOutput(s, 'RuleRef', { value: rule.reference() });
}

const errors = {
  OneStage: (s) => {
    const p = new cp.Pipeline(s, 'Pipeline');
    p.addStage({ stageName: 'Source', actions: [source(s, new cp.Artifact())] });
  },
  RotationWithoutKeys: (s) => new cp.Pipeline(s, 'Pipeline', { enableKeyRotation: true }),
  DuplicateStage: (s) => {
    const p = new cp.Pipeline(s, 'Pipeline');
    p.addStage({ stageName: 'A' }); p.addStage({ stageName: 'A' });
  },
  NoStage: (s) => new cp.Pipeline(s, 'Pipeline').stage('Nope'),
  ParallelOnV1: (s) => new cp.Pipeline(s, 'Pipeline', { pipelineType: cp.PipelineType.V1, executionMode: cp.ExecutionMode.QUEUED }),
  VariablesOnV1: (s) => {
    const p = new cp.Pipeline(s, 'Pipeline', { pipelineType: cp.PipelineType.V1, variables: [new cp.Variable({ variableName: 'v' })] });
    p.addStage({ stageName: 'Source', actions: [source(s, new cp.Artifact())] });
    p.addStage({ stageName: 'B', actions: [new actions.ManualApprovalAction({ actionName: 'A' })] });
  },
  TriggerNotCodeStar: (s) => new cp.Pipeline(s, 'Pipeline', { triggers: [{ providerType: cp.ProviderType.CODE_STAR_SOURCE_CONNECTION,
    gitConfiguration: { sourceAction: new actions.ManualApprovalAction({ actionName: 'A' }) } }] }),
  DuplicateVariable: (s) => new cp.Pipeline(s, 'Pipeline', { variables: [new cp.Variable({ variableName: 'v' }), new cp.Variable({ variableName: 'v' })] }),
  BadVariableName: (s) => new cp.Variable({ variableName: 'a b' }),
  UnnamedInput: (s) => {
    const p = new cp.Pipeline(s, 'Pipeline');
    p.addStage({ stageName: 'Source', actions: [source(s, new cp.Artifact('x'))] });
    p.addStage({ stageName: 'B', actions: [new actions.S3DeployAction({ actionName: 'D', bucket: new s3.Bucket(s, 'T'), input: new cp.Artifact() })] });
  },
  BadStageName: (s) => new cp.Pipeline(s, 'Pipeline').addStage({ stageName: 'a b' }),
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
