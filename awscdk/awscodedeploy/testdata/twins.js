// aws-cdk-lib 2.276.0 twins of the Go cases in the *_test.go files. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const codedeploy = require('aws-cdk-lib/aws-codedeploy');
const app = new cdk.App();

const fn = (s, id) => new lambda.Function(s, id, {
  runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}'),
});
const alias = (s, f) => new lambda.Alias(s, 'Alias', { aliasName: 'live', version: new lambda.Version(s, 'Version', { lambda: f }) });
const alarm = (s, id) => new cloudwatch.Alarm(s, id, {
  metric: new cloudwatch.Metric({ namespace: 'NS', metricName: 'Errors' }), threshold: 1, evaluationPeriods: 1,
});

{ // LambdaDefault: the smallest deployment group
  const s = new cdk.Stack(app, 'LambdaDefault');
  new codedeploy.LambdaDeploymentGroup(s, 'DG', { alias: alias(s, fn(s, 'Fn')) });
}

{ // LambdaFull: named application and group, custom config, hooks, alarms, rollback, given role
  const s = new cdk.Stack(app, 'LambdaFull');
  const application = new codedeploy.LambdaApplication(s, 'App', { applicationName: 'my-app' });
  const config = new codedeploy.LambdaDeploymentConfig(s, 'Config', {
    deploymentConfigName: 'my-config',
    trafficRouting: codedeploy.TrafficRouting.timeBasedCanary({ interval: cdk.Duration.minutes(15), percentage: 5 }),
  });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('codedeploy.amazonaws.com') });
  const dg = new codedeploy.LambdaDeploymentGroup(s, 'DG', {
    alias: alias(s, fn(s, 'Fn')),
    application,
    deploymentGroupName: 'my-group',
    deploymentConfig: config,
    alarms: [alarm(s, 'A1')],
    autoRollback: { stoppedDeployment: true },
    preHook: fn(s, 'Pre'),
    role,
    ignorePollAlarmsFailure: true,
  });
  dg.addAlarm(alarm(s, 'A2'));
  dg.addPostHook(fn(s, 'Post'));
  const other = new iam.Role(s, 'Other', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  dg.grantPutLifecycleEventHookExecutionStatus(other);
  new cdk.CfnOutput(s, 'GroupArn', { value: dg.deploymentGroupArn });
  new cdk.CfnOutput(s, 'GroupName', { value: dg.deploymentGroupName });
  new cdk.CfnOutput(s, 'AppArn', { value: application.applicationArn });
  new cdk.CfnOutput(s, 'ConfigArn', { value: config.deploymentConfigArn });
  new cdk.CfnOutput(s, 'ConfigName', { value: config.deploymentConfigName });
}

{ // LambdaRollback: rollback switched off, alarms ignored, a predefined config, linear routing
  const s = new cdk.Stack(app, 'LambdaRollback');
  new codedeploy.LambdaDeploymentGroup(s, 'DG', {
    alias: alias(s, fn(s, 'Fn')),
    deploymentConfig: codedeploy.LambdaDeploymentConfig.LINEAR_10PERCENT_EVERY_1MINUTE,
    autoRollback: { failedDeployment: false, stoppedDeployment: false, deploymentInAlarm: false },
    ignoreAlarmConfiguration: true,
    alarms: [alarm(s, 'A')],
  });
  new codedeploy.LambdaDeploymentConfig(s, 'Default');
  new codedeploy.LambdaDeploymentConfig(s, 'Linear', {
    trafficRouting: new codedeploy.TimeBasedLinearTrafficRouting({ interval: cdk.Duration.minutes(2), percentage: 20 }),
  });
  new codedeploy.LambdaDeploymentConfig(s, 'AllAtOnce', { trafficRouting: new codedeploy.AllAtOnceTrafficRouting() });
}

{ // LambdaImports: imported applications, groups and configs
  const s = new cdk.Stack(app, 'LambdaImports');
  new cdk.CfnWaitConditionHandle(s, 'Handle');
  const byName = codedeploy.LambdaApplication.fromLambdaApplicationName(s, 'ByName', 'app-a');
  const byArn = codedeploy.LambdaApplication.fromLambdaApplicationArn(s, 'ByArn', 'arn:aws:codedeploy:eu-west-1:111111111111:application:app-b');
  const dg = codedeploy.LambdaDeploymentGroup.fromLambdaDeploymentGroupAttributes(s, 'DG', { application: byName, deploymentGroupName: 'group-a' });
  const dg2 = codedeploy.LambdaDeploymentGroup.fromLambdaDeploymentGroupAttributes(s, 'DG2', {
    application: byArn, deploymentGroupName: 'group-b', deploymentConfig: codedeploy.LambdaDeploymentConfig.ALL_AT_ONCE,
  });
  const cfg = codedeploy.LambdaDeploymentConfig.fromLambdaDeploymentConfigName(s, 'Cfg', 'cfg-a');
  const base = codedeploy.BaseDeploymentConfig.fromDeploymentConfigName(s, 'Base', 'cfg-b');
  const out = (id, v) => new cdk.CfnOutput(s, id, { value: v });
  out('ByNameArn', byName.applicationArn);
  out('ByNameName', byName.applicationName);
  out('ByArnName', byArn.applicationName);
  out('DGArn', dg.deploymentGroupArn);
  out('DGName', dg.deploymentGroupName);
  out('DGConfig', dg.deploymentConfig.deploymentConfigName);
  out('DGConfigArn', dg.deploymentConfig.deploymentConfigArn);
  out('DG2Arn', dg2.deploymentGroupArn);
  out('DG2ConfigArn', dg2.deploymentConfig.deploymentConfigArn);
  out('CfgArn', cfg.deploymentConfigArn);
  out('BaseArn', base.deploymentConfigArn);
  out('Predefined', codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_30MINUTES.deploymentConfigName);
  out('PredefinedArn', codedeploy.LambdaDeploymentConfig.LINEAR_10PERCENT_EVERY_3MINUTES.deploymentConfigArn);
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  InAlarmWithoutAlarms: (s) => new codedeploy.LambdaDeploymentGroup(s, 'DG', { alias: alias(s, fn(s, 'Fn')), autoRollback: { deploymentInAlarm: true } }),
  TwoPreHooks: (s) => new codedeploy.LambdaDeploymentGroup(s, 'DG', { alias: alias(s, fn(s, 'Fn')), preHook: fn(s, 'P') }).addPreHook(fn(s, 'P2')),
  TwoPostHooks: (s) => new codedeploy.LambdaDeploymentGroup(s, 'DG', { alias: alias(s, fn(s, 'Fn')), postHook: fn(s, 'P') }).addPostHook(fn(s, 'P2')),
  BadGroupName: (s) => new codedeploy.LambdaDeploymentGroup(s, 'DG', { alias: alias(s, fn(s, 'Fn')), deploymentGroupName: 'bad name!' }),
  LongAppName: (s) => new codedeploy.LambdaApplication(s, 'App', { applicationName: 'a'.repeat(101) }),
  BadConfigName: (s) => new codedeploy.LambdaDeploymentConfig(s, 'Cfg', { deploymentConfigName: 'bad/name' }),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false });
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
