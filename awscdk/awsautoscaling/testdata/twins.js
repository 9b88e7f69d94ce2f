// aws-cdk-lib 2.276.0 twins of the Go cases in asg_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const autoscaling = require('aws-cdk-lib/aws-autoscaling');
const elb = require('aws-cdk-lib/aws-elasticloadbalancing');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');
const app = new cdk.App();

const vpcOf = (s) => ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
  vpcId: 'vpc-0a1b2c3d', availabilityZones: ['us-east-1a', 'us-east-1b'],
  publicSubnetIds: ['subnet-0aa11111', 'subnet-0aa22222'], privateSubnetIds: ['subnet-0bb11111', 'subnet-0bb22222'],
});
const image = () => ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-12345678' });
const t3micro = () => ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO);

{ // Default: instance type + machine image under the init flags (launch template path)
  const s = new cdk.Stack(app, 'Default');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const asg = new autoscaling.AutoScalingGroup(s, 'Asg', {
    vpc, instanceType: t3micro(), machineImage: ec2.MachineImage.latestAmazonLinux2023(),
  });
  asg.addUserData('echo hello');
  asg.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  asg.connections.allowFromAnyIpv4(ec2.Port.tcp(80));
  asg.addSecurityGroup(new ec2.SecurityGroup(s, 'Extra', { vpc }));
  new cdk.CfnOutput(s, 'Name', { value: asg.autoScalingGroupName });
  new cdk.CfnOutput(s, 'Arn', { value: asg.autoScalingGroupArn });
}

{ // LaunchConfig: the same without the launch template flag
  const s = new cdk.Stack(app, 'LaunchConfig');
  s.node.setContext('@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig', false);
  const vpc = vpcOf(s);
  const asg = new autoscaling.AutoScalingGroup(s, 'Asg', {
    vpc, instanceType: t3micro(), machineImage: image(), keyName: 'my-key',
    instanceMonitoring: autoscaling.Monitoring.BASIC, associatePublicIpAddress: true,
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, spotPrice: '0.05',
    blockDevices: [
      { deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(20, { volumeType: autoscaling.EbsDeviceVolumeType.GP3, encrypted: true, throughput: 200 }) },
      { deviceName: '/dev/xvdb', volume: autoscaling.BlockDeviceVolume.ephemeral(0) },
      { deviceName: '/dev/xvdc', volume: autoscaling.BlockDeviceVolume.noDevice() },
      { deviceName: '/dev/xvdd', volume: autoscaling.BlockDeviceVolume.ebsFromSnapshot('snap-1234', { deleteOnTermination: true }) },
    ],
  });
  asg.addUserData('yum install -y nginx');
  asg.addSecurityGroup(new ec2.SecurityGroup(s, 'Extra', { vpc }));
  asg.connections.allowFromAnyIpv4(ec2.Port.tcp(443));
}

{ // AllProps: capacities, health checks, policies, signals, notifications, metrics
  const s = new cdk.Stack(app, 'AllProps');
  const vpc = vpcOf(s);
  const topic = new sns.Topic(s, 'Topic');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  new autoscaling.AutoScalingGroup(s, 'Asg', {
    vpc, instanceType: t3micro(), machineImage: image(), role,
    autoScalingGroupName: 'my-asg', minCapacity: 2, maxCapacity: 10, desiredCapacity: 4,
    cooldown: cdk.Duration.minutes(5), defaultInstanceWarmup: cdk.Duration.seconds(90),
    maxInstanceLifetime: cdk.Duration.days(7), capacityRebalance: true,
    healthChecks: autoscaling.HealthChecks.withAdditionalChecks({ additionalTypes: [autoscaling.AdditionalHealthCheckType.ELB, autoscaling.AdditionalHealthCheckType.EBS], gracePeriod: cdk.Duration.minutes(2) }),
    updatePolicy: autoscaling.UpdatePolicy.rollingUpdate({ maxBatchSize: 2, minInstancesInService: 1 }),
    signals: autoscaling.Signals.waitForMinCapacity({ timeout: cdk.Duration.minutes(10), minSuccessPercentage: 80 }),
    terminationPolicies: [autoscaling.TerminationPolicy.OLDEST_INSTANCE, autoscaling.TerminationPolicy.DEFAULT],
    notifications: [{ topic }, { topic, scalingEvents: autoscaling.ScalingEvents.ERRORS }],
    groupMetrics: [autoscaling.GroupMetrics.all(), new autoscaling.GroupMetrics(autoscaling.GroupMetric.MIN_SIZE, autoscaling.GroupMetric.MAX_SIZE)],
    newInstancesProtectedFromScaleIn: true, ssmSessionPermissions: true,
    azCapacityDistributionStrategy: autoscaling.CapacityDistributionStrategy.BALANCED_ONLY,
    deletionProtection: autoscaling.DeletionProtection.PREVENT_ALL_DELETION,
    minHealthyPercentage: 90, maxHealthyPercentage: 120, allowAllOutbound: false,
    instanceMonitoring: autoscaling.Monitoring.DETAILED, requireImdsv2: true,
    instanceLifecyclePolicy: { retentionTriggers: { terminateHookAbandon: autoscaling.TerminateHookAbandonAction.RETAIN } },
  });
  new autoscaling.AutoScalingGroup(s, 'Legacy', {
    vpc, instanceType: t3micro(), machineImage: image(),
    healthCheck: autoscaling.HealthCheck.elb({ grace: cdk.Duration.minutes(3) }),
    updatePolicy: autoscaling.UpdatePolicy.replacingUpdate(),
    signals: autoscaling.Signals.waitForAll({ timeout: cdk.Duration.minutes(5) }),
    ignoreUnmodifiedSizeProperties: false, minCapacity: 0, desiredCapacity: 1,
  });
  new autoscaling.AutoScalingGroup(s, 'Refresh', {
    vpc, instanceType: t3micro(), machineImage: image(), maxCapacity: 3,
    healthCheck: autoscaling.HealthCheck.ec2(),
    updatePolicy: autoscaling.UpdatePolicy.instanceRefresh({ strategy: autoscaling.InstanceRefreshStrategy.ROLLING, minHealthyPercentage: 90, maxHealthyPercentage: 110, instanceWarmup: cdk.Duration.minutes(1), skipMatching: true }),
    signals: autoscaling.Signals.waitForCount(2),
  });
}

{ // Scaling: target tracking, step scaling, schedules, hooks, warm pool
  const s = new cdk.Stack(app, 'Scaling');
  const vpc = vpcOf(s);
  const asg = new autoscaling.AutoScalingGroup(s, 'Asg', { vpc, instanceType: t3micro(), machineImage: image(), maxCapacity: 10 });
  asg.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 50, cooldown: cdk.Duration.minutes(2), disableScaleIn: true, estimatedInstanceWarmup: cdk.Duration.minutes(3) });
  asg.scaleOnIncomingBytes('In', { targetBytesPerSecond: 1000000 });
  asg.scaleOnOutgoingBytes('Out', { targetBytesPerSecond: 2000000 });
  const metric = new cloudwatch.Metric({ namespace: 'MyApp', metricName: 'QueueDepth', dimensionsMap: { Queue: 'jobs' } });
  asg.scaleToTrackMetric('Track', { metric, targetValue: 100 });
  asg.scaleOnMetric('Steps', {
    metric, scalingSteps: [{ upper: 10, change: -1 }, { lower: 50, change: +1 }, { lower: 70, change: +3 }],
    adjustmentType: autoscaling.AdjustmentType.CHANGE_IN_CAPACITY, evaluationPeriods: 2, datapointsToAlarm: 1,
  });
  asg.scaleOnMetric('Percent', {
    metric, scalingSteps: [{ upper: 0, change: -10 }, { lower: 100, change: 30 }],
    adjustmentType: autoscaling.AdjustmentType.PERCENT_CHANGE_IN_CAPACITY, minAdjustmentMagnitude: 2,
    metricAggregationType: autoscaling.MetricAggregationType.MAXIMUM, cooldown: cdk.Duration.minutes(1),
  });
  asg.scaleOnSchedule('Morning', { schedule: autoscaling.Schedule.cron({ hour: '8', minute: '0' }), minCapacity: 3, timeZone: 'Europe/Paris' });
  asg.scaleOnSchedule('Night', { schedule: autoscaling.Schedule.expression('0 20 * * *'), minCapacity: 1, maxCapacity: 2, desiredCapacity: 1,
    startTime: new Date(Date.UTC(2030, 0, 1, 0, 0, 0)), endTime: new Date(Date.UTC(2031, 5, 30, 12, 0, 0)) });
  asg.scaleOnSchedule('Weekday', { schedule: autoscaling.Schedule.cron({ weekDay: 'MON-FRI', hour: '6' }), desiredCapacity: 5 });
  asg.addLifecycleHook('Launch', { lifecycleTransition: autoscaling.LifecycleTransition.INSTANCE_LAUNCHING });
  asg.addLifecycleHook('Term', { lifecycleTransition: autoscaling.LifecycleTransition.INSTANCE_TERMINATING, defaultResult: autoscaling.DefaultResult.ABANDON,
    heartbeatTimeout: cdk.Duration.minutes(10), lifecycleHookName: 'my-hook', notificationMetadata: 'meta' });
  asg.addWarmPool({ minSize: 1, maxGroupPreparedCapacity: 3, poolState: autoscaling.PoolState.HIBERNATED, reuseOnScaleIn: true });
  const action = new autoscaling.StepScalingAction(s, 'Action', { autoScalingGroup: asg, adjustmentType: autoscaling.AdjustmentType.EXACT_CAPACITY });
  action.addAdjustment({ adjustment: 5, lowerBound: 0 });
  new cdk.CfnOutput(s, 'ActionArn', { value: action.scalingPolicyArn });
  new cloudwatch.Alarm(s, 'Busy', { metric, threshold: 500, evaluationPeriods: 1 }).addAlarmAction(new actions.AutoScalingAction(action));
}

{ // LaunchTemplate: an explicit launch template, and a mixed instances policy
  const s = new cdk.Stack(app, 'LaunchTemplate');
  const vpc = vpcOf(s);
  const sg = new ec2.SecurityGroup(s, 'Sg', { vpc });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const lt = new ec2.LaunchTemplate(s, 'Lt', { instanceType: t3micro(), machineImage: image(), securityGroup: sg, role });
  const a = new autoscaling.AutoScalingGroup(s, 'FromLt', { vpc, launchTemplate: lt });
  a.addUserData('echo lt');
  a.addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));
  const lt2 = new ec2.LaunchTemplate(s, 'Lt2', { machineImage: image(), securityGroup: sg });
  new autoscaling.AutoScalingGroup(s, 'Mixed', {
    vpc, mixedInstancesPolicy: {
      launchTemplate: lt2,
      instancesDistribution: { onDemandBaseCapacity: 1, onDemandPercentageAboveBaseCapacity: 20, spotAllocationStrategy: autoscaling.SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED,
        onDemandAllocationStrategy: autoscaling.OnDemandAllocationStrategy.PRIORITIZED, spotMaxPrice: '0.1' },
      launchTemplateOverrides: [{ instanceType: t3micro() }, { instanceType: new ec2.InstanceType('t3.small'), weightedCapacity: 2 }],
    },
  });
  const imported = ec2.LaunchTemplate.fromLaunchTemplateAttributes(s, 'Imported', { launchTemplateName: 'shared', versionNumber: '3' });
  new autoscaling.AutoScalingGroup(s, 'FromImported', { vpc, launchTemplate: imported, minCapacity: 0, maxCapacity: 2 });
}

{ // Alb: attach to an application target group and scale on request count; an NLB too
  const s = new cdk.Stack(app, 'Alb');
  const vpc = vpcOf(s);
  const asg = new autoscaling.AutoScalingGroup(s, 'Asg', { vpc, instanceType: t3micro(), machineImage: image() });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc, internetFacing: true });
  const listener = lb.addListener('Http', { port: 80 });
  listener.addTargets('Fleet', { port: 8080, targets: [asg] });
  asg.scaleOnRequestCount('Requests', { targetRequestsPerMinute: 600 });
  const nasg = new autoscaling.AutoScalingGroup(s, 'NAsg', { vpc, instanceType: t3micro(), machineImage: image() });
  const nlb = new elbv2.NetworkLoadBalancer(s, 'Nlb', { vpc });
  nlb.addListener('Tcp', { port: 443 }).addTargets('Fleet', { port: 443, targets: [nasg] });
}

{ // Import: an existing group by name
  const s = new cdk.Stack(app, 'Import');
  const asg = autoscaling.AutoScalingGroup.fromAutoScalingGroupName(s, 'Asg', 'existing-asg');
  asg.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 70 });
  asg.scaleOnSchedule('Up', { schedule: autoscaling.Schedule.cron({ hour: '9' }), minCapacity: 4 });
  new cdk.CfnOutput(s, 'Arn', { value: asg.autoScalingGroupArn });
  new cdk.CfnOutput(s, 'Name', { value: asg.autoScalingGroupName });
}

{ // Init: cfn-init on the launch template path (signals, default rolling update)
  const s = new cdk.Stack(app, 'Init');
  const asg = new autoscaling.AutoScalingGroup(s, 'Asg', {
    vpc: vpcOf(s), instanceType: t3micro(), machineImage: image(),
    signals: autoscaling.Signals.waitForAll({ timeout: cdk.Duration.minutes(10) }),
    init: ec2.CloudFormationInit.fromElements(
      ec2.InitPackage.yum('nginx'),
      ec2.InitFile.fromString('/etc/motd', 'hello'),
      ec2.InitService.enable('nginx'),
      ec2.InitCommand.shellCommand('echo ready')),
  });
  asg.addUserData('echo after');
}

{ // InitOptions: config sets and every option, launch configuration path, explicit update policy
  const s = new cdk.Stack(app, 'InitOptions');
  s.node.setContext('@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig', false);
  new autoscaling.AutoScalingGroup(s, 'Asg', {
    vpc: vpcOf(s), instanceType: t3micro(), machineImage: image(),
    signals: autoscaling.Signals.waitForMinCapacity({ timeout: cdk.Duration.minutes(5) }),
    updatePolicy: autoscaling.UpdatePolicy.replacingUpdate(),
    init: ec2.CloudFormationInit.fromConfigSets({
      configSets: { all: ['a', 'b'], only: ['a'] },
      configs: {
        a: new ec2.InitConfig([ec2.InitCommand.argvCommand(['echo', 'a'])]),
        b: new ec2.InitConfig([ec2.InitUser.fromName('bob'), ec2.InitGroup.fromName('web')]),
      },
    }),
    initOptions: { configSets: ['all'], embedFingerprint: false, printLog: false, ignoreFailures: true, includeRole: true, includeUrl: true },
  });
}

{ // InitApply: ApplyCloudFormationInit after construction on a Windows group
  const s = new cdk.Stack(app, 'InitApply');
  const asg = new autoscaling.AutoScalingGroup(s, 'Asg', {
    vpc: vpcOf(s), instanceType: t3micro(), machineImage: ec2.MachineImage.genericWindows({ 'us-east-1': 'ami-87654321' }),
    signals: autoscaling.Signals.waitForCount(1),
  });
  asg.applyCloudFormationInit(ec2.CloudFormationInit.fromElements(ec2.InitCommand.shellCommand('dir')), { printLog: true });
}

{ // UpdatePolicies: policies the core renders in aws-cdk-lib's order from a real CfnUpdatePolicy
  const s = new cdk.Stack(app, 'UpdatePolicies');
  const vpc = vpcOf(s);
  const g = (id, extra) => new autoscaling.AutoScalingGroup(s, id, { vpc, instanceType: t3micro(), machineImage: image(), ...extra });
  g('Rolling', { updatePolicy: autoscaling.UpdatePolicy.rollingUpdate({ maxBatchSize: 3, minInstancesInService: 1 }) });
  g('RollingOnly', { ignoreUnmodifiedSizeProperties: false, updatePolicy: autoscaling.UpdatePolicy.rollingUpdate() });
  g('Refresh', { updatePolicy: autoscaling.UpdatePolicy.instanceRefresh({ strategy: autoscaling.InstanceRefreshStrategy.REPLACE_ROOT_VOLUME, skipMatching: false }) });
  g('RefreshBare', { updatePolicy: autoscaling.UpdatePolicy.instanceRefresh({ strategy: autoscaling.InstanceRefreshStrategy.ROLLING }) });
  g('None', { ignoreUnmodifiedSizeProperties: false });
}

{ // ClassicLb: groups behind a classic load balancer, as a target and by AttachToClassicLB
  const s = new cdk.Stack(app, 'ClassicLb');
  const vpc = vpcOf(s);
  const asg = new autoscaling.AutoScalingGroup(s, 'Asg', { vpc, instanceType: t3micro(), machineImage: image() });
  const lb = new elb.LoadBalancer(s, 'Lb', { vpc, internetFacing: true, listeners: [{ externalPort: 80, internalPort: 8080 }], targets: [asg] });
  const other = new autoscaling.AutoScalingGroup(s, 'Other', { vpc, instanceType: t3micro(), machineImage: image() });
  other.attachToClassicLB(lb);
  const second = new elb.LoadBalancer(s, 'Second', { vpc });
  second.addTarget(other);
  second.addListener({ externalPort: 443, internalPort: 8443, externalProtocol: elb.LoadBalancingProtocol.TCP });
}

const base = (s, extra) => new autoscaling.AutoScalingGroup(s, 'Asg', { vpc: vpcOf(s), instanceType: t3micro(), machineImage: image(), ...extra });
const errors = {
  InitWithoutSignals: (s) => base(s, { init: ec2.CloudFormationInit.fromElements(ec2.InitCommand.shellCommand('true')) }),
  InitOptionsWithoutInit: (s) => base(s, { initOptions: { printLog: false } }),
  ApplyInitWithoutSignals: (s) => base(s).applyCloudFormationInit(ec2.CloudFormationInit.fromElements(ec2.InitCommand.shellCommand('true'))),
  MinAboveMax: (s) => base(s, { minCapacity: 5, maxCapacity: 2 }),
  DesiredBelowMin: (s) => base(s, { minCapacity: 3, maxCapacity: 5, desiredCapacity: 1 }),
  DesiredAboveMax: (s) => base(s, { maxCapacity: 5, desiredCapacity: 9 }),
  TemplateAndInstanceType: (s) => new autoscaling.AutoScalingGroup(s, 'Asg', { vpc: vpcOf(s), instanceType: t3micro(),
    launchTemplate: new ec2.LaunchTemplate(s, 'Lt', { instanceType: t3micro(), machineImage: image() }) }),
  NoMachineImage: (s) => new autoscaling.AutoScalingGroup(s, 'Asg', { vpc: vpcOf(s), instanceType: t3micro() }),
  NoInstanceType: (s) => new autoscaling.AutoScalingGroup(s, 'Asg', { vpc: vpcOf(s), machineImage: image() }),
  BothHealthChecks: (s) => base(s, { healthCheck: autoscaling.HealthCheck.ec2(), healthChecks: autoscaling.HealthChecks.ec2() }),
  Lifetime: (s) => base(s, { maxInstanceLifetime: cdk.Duration.hours(2) }),
  HealthyPercentOnlyOne: (s) => base(s, { minHealthyPercentage: 50 }),
  PublicIpPrivateSubnets: (s) => base(s, { associatePublicIpAddress: true }),
  CustomLambdaNotFirst: (s) => base(s, { terminationPolicies: [autoscaling.TerminationPolicy.DEFAULT, autoscaling.TerminationPolicy.CUSTOM_LAMBDA_FUNCTION] }),
  RequestCountUnattached: (s) => base(s).scaleOnRequestCount('R', { targetRequestsPerMinute: 10 }),
  StepsTooFew: (s) => base(s).scaleOnMetric('M', { metric: new cloudwatch.Metric({ namespace: 'N', metricName: 'M' }), scalingSteps: [{ lower: 0, change: 1 }] }),
  TemplateWithoutImage: (s) => new autoscaling.AutoScalingGroup(s, 'Asg', { vpc: vpcOf(s),
    launchTemplate: new ec2.LaunchTemplate(s, 'Lt', { instanceType: t3micro() }) }),
  WarmPoolSize: (s) => base(s).addWarmPool({ minSize: -1 }),
  WarmPoolPrepared: (s) => base(s).addWarmPool({ maxGroupPreparedCapacity: -5 }),
  HealthyPercentRange: (s) => base(s, { minHealthyPercentage: 50, maxHealthyPercentage: 250 }),
  HealthyPercentSpread: (s) => base(s, { minHealthyPercentage: 0, maxHealthyPercentage: 200 }),
  RefreshMinHealthy: (s) => base(s, { updatePolicy: autoscaling.UpdatePolicy.instanceRefresh({ strategy: autoscaling.InstanceRefreshStrategy.ROLLING, minHealthyPercentage: 120 }) }),
  RefreshCheckpoints: (s) => base(s, { updatePolicy: autoscaling.UpdatePolicy.instanceRefresh({ strategy: autoscaling.InstanceRefreshStrategy.ROLLING, checkpointPercentages: [50, 20] }) }),
  RefreshDelayWithoutCheckpoints: (s) => base(s, { updatePolicy: autoscaling.UpdatePolicy.instanceRefresh({ strategy: autoscaling.InstanceRefreshStrategy.ROLLING, checkpointDelay: cdk.Duration.minutes(5) }) }),
  ScheduleNoCapacity: (s) => base(s).scaleOnSchedule('S', { schedule: autoscaling.Schedule.cron({ minute: '0' }) }),
  HookRoleWithoutTarget: (s) => base(s).addLifecycleHook('H', { lifecycleTransition: autoscaling.LifecycleTransition.INSTANCE_LAUNCHING,
    role: new iam.Role(s, 'R', { assumedBy: new iam.ServicePrincipal('autoscaling.amazonaws.com') }) }),
  StepsDatapoints: (s) => base(s).scaleOnMetric('M', { metric: new cloudwatch.Metric({ namespace: 'N', metricName: 'M' }),
    scalingSteps: [{ upper: 0, change: -1 }, { lower: 10, change: 1 }], datapointsToAlarm: 3, evaluationPeriods: 2 }),
  StepsOverlap: (s) => base(s).scaleOnMetric('M', { metric: new cloudwatch.Metric({ namespace: 'N', metricName: 'M' }),
    scalingSteps: [{ change: 1, lower: 0, upper: 20 }, { change: 2, lower: 10, upper: 30 }] }),
  AdjustmentNoBounds: (s) => new autoscaling.StepScalingAction(s, 'A', { autoScalingGroup: base(s) }).addAdjustment({ adjustment: 1 }),
  MixedWithTemplate: (s) => {
    const lt = new ec2.LaunchTemplate(s, 'Lt', { instanceType: t3micro(), machineImage: image() });
    new autoscaling.AutoScalingGroup(s, 'Asg', { vpc: vpcOf(s), launchTemplate: lt, mixedInstancesPolicy: { launchTemplate: lt } });
  },
  OverrideWeight: (s) => new autoscaling.AutoScalingGroup(s, 'Asg', { vpc: vpcOf(s), mixedInstancesPolicy: {
    launchTemplate: new ec2.LaunchTemplate(s, 'Lt', { machineImage: image() }), launchTemplateOverrides: [{ instanceType: t3micro(), weightedCapacity: 1.5 }] } }),
  TrackingBothMetrics: (s) => new autoscaling.TargetTrackingScalingPolicy(s, 'P', { autoScalingGroup: base(s), targetValue: 1,
    predefinedMetric: autoscaling.PredefinedMetric.ASG_AVERAGE_CPU_UTILIZATION, customMetric: new cloudwatch.Metric({ namespace: 'N', metricName: 'M' }) }),
  ThroughputNotGp3: (s) => { s.node.setContext('@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig', false);
    base(s, { blockDevices: [{ deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(10, { throughput: 200 }) }] }); },
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
