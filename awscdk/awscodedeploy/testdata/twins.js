// aws-cdk-lib 2.276.0 twins of the Go cases in the *_test.go files. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const codedeploy = require('aws-cdk-lib/aws-codedeploy');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const elb = require('aws-cdk-lib/aws-elasticloadbalancing');
const autoscaling = require('aws-cdk-lib/aws-autoscaling');
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

{ // LambdaCustomConfig: the deprecated custom-resource config, canary and linear, bound to a group
  const s = new cdk.Stack(app, 'LambdaCustomConfig');
  const canary = new codedeploy.CustomLambdaDeploymentConfig(s, 'Canary', {
    type: codedeploy.CustomLambdaDeploymentConfigType.CANARY, interval: cdk.Duration.minutes(5), percentage: 10,
  });
  const linear = new codedeploy.CustomLambdaDeploymentConfig(s, 'Linear', {
    type: codedeploy.CustomLambdaDeploymentConfigType.LINEAR, interval: cdk.Duration.minutes(1), percentage: 5, deploymentConfigName: 'my-linear',
  });
  new codedeploy.LambdaDeploymentGroup(s, 'DG', { alias: alias(s, fn(s, 'Fn')), deploymentConfig: canary });
  new cdk.CfnOutput(s, 'LinearArn', { value: linear.deploymentConfigArn });
  new cdk.CfnOutput(s, 'CanaryName', { value: canary.deploymentConfigName });
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

// An ECS service under CodeDeploy's control, behind an ALB with blue and
// green target groups and a production and a test listener.
const ecsService = (s) => {
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const task = new ecs.FargateTaskDefinition(s, 'Task');
  task.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx'), portMappings: [{ containerPort: 80 }] });
  const service = new ecs.FargateService(s, 'Service', {
    cluster, taskDefinition: task, deploymentController: { type: ecs.DeploymentControllerType.CODE_DEPLOY },
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, assignPublicIp: true,
  });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'LB', { vpc, internetFacing: true });
  const blue = new elbv2.ApplicationTargetGroup(s, 'Blue', { vpc, port: 80, targetType: elbv2.TargetType.IP });
  const green = new elbv2.ApplicationTargetGroup(s, 'Green', { vpc, port: 80, targetType: elbv2.TargetType.IP });
  const listener = lb.addListener('Prod', { port: 80, defaultTargetGroups: [blue] });
  const test = lb.addListener('Test', { port: 8080, protocol: elbv2.ApplicationProtocol.HTTP, defaultTargetGroups: [green] });
  return { service, blue, green, listener, test };
};

{ // EcsDefault: blue/green with the defaults
  const s = new cdk.Stack(app, 'EcsDefault');
  const e = ecsService(s);
  new codedeploy.EcsDeploymentGroup(s, 'DG', {
    service: e.service,
    blueGreenDeploymentConfig: { blueTargetGroup: e.blue, greenTargetGroup: e.green, listener: e.listener },
  });
}

{ // EcsFull: test listener, waits, named application, custom config, alarms, rollback
  const s = new cdk.Stack(app, 'EcsFull');
  const e = ecsService(s);
  const application = new codedeploy.EcsApplication(s, 'App', { applicationName: 'ecs-app' });
  const config = new codedeploy.EcsDeploymentConfig(s, 'Config', {
    trafficRouting: new codedeploy.TimeBasedLinearTrafficRouting({ interval: cdk.Duration.minutes(1), percentage: 10 }),
  });
  const dg = new codedeploy.EcsDeploymentGroup(s, 'DG', {
    service: e.service,
    application,
    deploymentGroupName: 'ecs-group',
    deploymentConfig: config,
    alarms: [alarm(s, 'A1')],
    autoRollback: { stoppedDeployment: true, failedDeployment: false },
    blueGreenDeploymentConfig: {
      blueTargetGroup: e.blue, greenTargetGroup: e.green, listener: e.listener, testListener: e.test,
      deploymentApprovalWaitTime: cdk.Duration.minutes(30), terminationWaitTime: cdk.Duration.hours(1),
    },
  });
  dg.addAlarm(alarm(s, 'A2'));
  new codedeploy.EcsDeploymentConfig(s, 'Canary', {
    deploymentConfigName: 'ecs-canary',
    trafficRouting: codedeploy.TrafficRouting.timeBasedCanary({ interval: cdk.Duration.minutes(5), percentage: 15 }),
  });
  new codedeploy.EcsDeploymentConfig(s, 'Plain');
  const imported = codedeploy.EcsDeploymentGroup.fromEcsDeploymentGroupAttributes(s, 'Imported', {
    application: codedeploy.EcsApplication.fromEcsApplicationName(s, 'ImportedApp', 'other-app'), deploymentGroupName: 'other-group',
  });
  const byArn = codedeploy.EcsApplication.fromEcsApplicationArn(s, 'ByArn', 'arn:aws:codedeploy:eu-west-1:111111111111:application:app-c');
  const out = (id, v) => new cdk.CfnOutput(s, id, { value: v });
  out('GroupArn', dg.deploymentGroupArn);
  out('ConfigName', dg.deploymentConfig.deploymentConfigName);
  out('ImportedArn', imported.deploymentGroupArn);
  out('ImportedConfigArn', imported.deploymentConfig.deploymentConfigArn);
  out('ByArnName', byArn.applicationName);
  out('Canary10', codedeploy.EcsDeploymentConfig.CANARY_10PERCENT_15MINUTES.deploymentConfigName);
  out('ImportedCfg', codedeploy.EcsDeploymentConfig.fromEcsDeploymentConfigName(s, 'Cfg', 'cfg-e').deploymentConfigArn);
}

{ // ServerDefault: the smallest server deployment group
  const s = new cdk.Stack(app, 'ServerDefault');
  new codedeploy.ServerDeploymentGroup(s, 'DG');
}

{ // ServerFull: ASGs (Linux and Windows) with the agent, tags, load balancers, alarms, configs
  const s = new cdk.Stack(app, 'ServerFull');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const asg = (id, image) => new autoscaling.AutoScalingGroup(s, id, {
    vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: image, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
  });
  const linux = asg('Linux', new ec2.GenericLinuxImage({ 'us-east-1': 'ami-12345678' }));
  const windows = asg('Windows', new ec2.GenericWindowsImage({ 'us-east-1': 'ami-87654321' }));
  const tg = new elbv2.ApplicationTargetGroup(s, 'TG', { vpc, port: 80 });
  const ntg = new elbv2.NetworkTargetGroup(s, 'NTG', { vpc, port: 80 });
  const clb = new elb.LoadBalancer(s, 'CLB', { vpc, internetFacing: true });
  const application = new codedeploy.ServerApplication(s, 'App', { applicationName: 'srv-app' });
  const config = new codedeploy.ServerDeploymentConfig(s, 'Config', {
    deploymentConfigName: 'srv-config',
    minimumHealthyHosts: codedeploy.MinimumHealthyHosts.percentage(75),
    zonalConfig: {
      monitorDuration: cdk.Duration.minutes(5), firstZoneMonitorDuration: cdk.Duration.seconds(90),
      minimumHealthyHostsPerZone: codedeploy.MinimumHealthyHostsPerZone.count(1),
    },
  });
  new codedeploy.ServerDeploymentConfig(s, 'Count', { minimumHealthyHosts: codedeploy.MinimumHealthyHosts.count(2) });
  const dg = new codedeploy.ServerDeploymentGroup(s, 'DG', {
    application,
    deploymentGroupName: 'srv-group',
    deploymentConfig: config,
    autoScalingGroups: [linux],
    loadBalancers: [codedeploy.LoadBalancer.application(tg), codedeploy.LoadBalancer.network(ntg), codedeploy.LoadBalancer.classic(clb)],
    ec2InstanceTags: new codedeploy.InstanceTagSet({ env: ['prod', 'beta'], role: [] }, { '': ['web'] }),
    onPremiseInstanceTags: new codedeploy.InstanceTagSet({ site: ['dc1'] }),
    alarms: [alarm(s, 'A1')],
    ignorePollAlarmsFailure: false,
    autoRollback: { deploymentInAlarm: false },
    terminationHook: true,
  });
  dg.addAutoScalingGroup(windows);
  const out = (id, v) => new cdk.CfnOutput(s, id, { value: v });
  out('GroupArn', dg.deploymentGroupArn);
  out('ConfigArn', dg.deploymentConfig.deploymentConfigArn);
  out('RoleArn', dg.role.roleArn);
}

{ // ServerMisc: one load balancer, no agent, predefined config, a given role, imports
  const s = new cdk.Stack(app, 'ServerMisc');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const linux = new autoscaling.AutoScalingGroup(s, 'Linux', {
    vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: new ec2.GenericLinuxImage({ 'us-east-1': 'ami-12345678' }),
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
  });
  const tg = new elbv2.ApplicationTargetGroup(s, 'TG', { vpc, port: 80 });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('codedeploy.amazonaws.com') });
  new codedeploy.ServerDeploymentGroup(s, 'DG', {
    role, installAgent: false, autoScalingGroups: [linux], loadBalancer: codedeploy.LoadBalancer.application(tg),
    deploymentConfig: codedeploy.ServerDeploymentConfig.HALF_AT_A_TIME,
  });
  const imported = codedeploy.ServerDeploymentGroup.fromServerDeploymentGroupAttributes(s, 'Imported', {
    application: codedeploy.ServerApplication.fromServerApplicationArn(s, 'App', 'arn:aws:codedeploy:eu-west-1:111111111111:application:srv'),
    deploymentGroupName: 'grp',
  });
  const out = (id, v) => new cdk.CfnOutput(s, id, { value: v });
  out('ImportedArn', imported.deploymentGroupArn);
  out('ImportedConfig', imported.deploymentConfig.deploymentConfigArn);
  out('ImportedAppName', imported.application.applicationName);
  out('NamedArn', codedeploy.ServerApplication.fromServerApplicationName(s, 'Named', 'nm').applicationArn);
  out('CfgArn', codedeploy.ServerDeploymentConfig.fromServerDeploymentConfigName(s, 'Cfg', 'c').deploymentConfigArn);
  out('AllAtOnce', codedeploy.ServerDeploymentConfig.ALL_AT_ONCE.deploymentConfigName);
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  InAlarmWithoutAlarms: (s) => new codedeploy.LambdaDeploymentGroup(s, 'DG', { alias: alias(s, fn(s, 'Fn')), autoRollback: { deploymentInAlarm: true } }),
  TwoPreHooks: (s) => new codedeploy.LambdaDeploymentGroup(s, 'DG', { alias: alias(s, fn(s, 'Fn')), preHook: fn(s, 'P') }).addPreHook(fn(s, 'P2')),
  TwoPostHooks: (s) => new codedeploy.LambdaDeploymentGroup(s, 'DG', { alias: alias(s, fn(s, 'Fn')), postHook: fn(s, 'P') }).addPostHook(fn(s, 'P2')),
  BadGroupName: (s) => new codedeploy.LambdaDeploymentGroup(s, 'DG', { alias: alias(s, fn(s, 'Fn')), deploymentGroupName: 'bad name!' }),
  LongAppName: (s) => new codedeploy.LambdaApplication(s, 'App', { applicationName: 'a'.repeat(101) }),
  BadConfigName: (s) => new codedeploy.LambdaDeploymentConfig(s, 'Cfg', { deploymentConfigName: 'bad/name' }),
  CustomPercentage: (s) => new codedeploy.CustomLambdaDeploymentConfig(s, 'C', { type: codedeploy.CustomLambdaDeploymentConfigType.LINEAR, interval: cdk.Duration.minutes(1), percentage: 100 }),
  CustomInterval: (s) => new codedeploy.CustomLambdaDeploymentConfig(s, 'C', { type: codedeploy.CustomLambdaDeploymentConfigType.CANARY, interval: cdk.Duration.days(3), percentage: 10 }),
  EcsNotCodeDeploy: (s) => {
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const task = new ecs.FargateTaskDefinition(s, 'Task');
    task.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx') });
    const service = new ecs.FargateService(s, 'Service', { cluster: new ecs.Cluster(s, 'Cluster', { vpc }), taskDefinition: task });
    const tg = new elbv2.ApplicationTargetGroup(s, 'TG', { vpc, port: 80 });
    const lb = new elbv2.ApplicationLoadBalancer(s, 'LB', { vpc });
    new codedeploy.EcsDeploymentGroup(s, 'DG', { service, blueGreenDeploymentConfig: { blueTargetGroup: tg, greenTargetGroup: tg, listener: lb.addListener('L', { port: 80, defaultTargetGroups: [tg] }) } });
  },
  TrafficRoutingOnServer: (s) => new codedeploy.ServerDeploymentConfig(s, 'Cfg', { minimumHealthyHosts: codedeploy.MinimumHealthyHosts.count(1), zonalConfig: { monitorDuration: cdk.Duration.millis(500) } }),
  PerZoneNotInteger: (s) => codedeploy.MinimumHealthyHostsPerZone.percentage(1.5),
  NoLoadBalancers: (s) => new codedeploy.ServerDeploymentGroup(s, 'DG', { loadBalancers: [] }),
  EmptyTagFilter: (s) => new codedeploy.ServerDeploymentGroup(s, 'DG', { ec2InstanceTags: new codedeploy.InstanceTagSet({ '': [] }) }),
  TooManyTagGroups: (s) => new codedeploy.InstanceTagSet({}, {}, {}, {}),
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
