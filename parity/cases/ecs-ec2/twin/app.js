// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: the same program, construct for
// construct, with the same ids, the same order of construction and the same values. The
// App reads CDK_OUTDIR and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const autoscaling = require('aws-cdk-lib/aws-autoscaling');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const ecsPatterns = require('aws-cdk-lib/aws-ecs-patterns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const s = new cdk.Stack(app, 'EcsEc2', { env: { account: '111111111111', region: 'eu-west-1' } });

const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
const cluster = new ecs.Cluster(s, 'Cluster', { vpc });

const asg = new autoscaling.AutoScalingGroup(s, 'Fleet', {
  vpc,
  instanceType: new ec2.InstanceType('t3.small'),
  machineImage: ecs.EcsOptimizedImage.amazonLinux2023(ecs.AmiHardwareType.STANDARD),
  minCapacity: 1,
  maxCapacity: 4,
  newInstancesProtectedFromScaleIn: true,
});
asg.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 });
const backlog = new sqs.Queue(s, 'Jobs');
asg.scaleOnMetric('Backlog', {
  metric: backlog.metricApproximateNumberOfMessagesVisible(),
  scalingSteps: [
    { upper: 0, change: -1 },
    { lower: 100, change: 1 },
    { lower: 500, change: 2 },
  ],
  adjustmentType: autoscaling.AdjustmentType.CHANGE_IN_CAPACITY,
});
asg.scaleOnSchedule('Night', {
  schedule: autoscaling.Schedule.cron({ hour: '22', minute: '0' }),
  minCapacity: 1,
  maxCapacity: 2,
});

const provider = new ecs.AsgCapacityProvider(s, 'Provider', {
  autoScalingGroup: asg,
  targetCapacityPercent: 90,
});
cluster.addAsgCapacityProvider(provider);

new ecsPatterns.ApplicationLoadBalancedEc2Service(s, 'Web', {
  cluster,
  memoryLimitMiB: 512,
  desiredCount: 2,
  taskImageOptions: {
    image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:1.27'),
    containerPort: 80,
  },
  capacityProviderStrategies: [{ capacityProvider: provider.capacityProviderName, weight: 1 }],
});

app.synth();
