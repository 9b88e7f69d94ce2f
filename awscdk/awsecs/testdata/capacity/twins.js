// aws-cdk-lib 2.276.0 twins of the Go cases in asg_capacity_test.go (EC2
// capacity: AddCapacity, AsgCapacityProvider): one stack per case.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const autoscaling = require('aws-cdk-lib/aws-autoscaling');
const app = new cdk.App();
const vpcOf = (s) => ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-0a1b2c3d', availabilityZones: ['us-east-1a'], privateSubnetIds: ['subnet-0bb11111'] });
const group = (s) => new autoscaling.AutoScalingGroup(s, 'Asg', { vpc: vpcOf(s), instanceType: new ec2.InstanceType('t3.micro'), machineImage: ecs.EcsOptimizedImage.amazonLinux2() });

{ // CapacityProvider: a provider over a group, a default strategy, an EC2 service using it
  const s = new cdk.Stack(app, 'CapacityProvider');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc });
  const asg = new autoscaling.AutoScalingGroup(s, 'Asg', {
    vpc, instanceType: new ec2.InstanceType('t3.medium'), machineImage: ecs.EcsOptimizedImage.amazonLinux2(), minCapacity: 0, maxCapacity: 4,
  });
  const provider = new ecs.AsgCapacityProvider(s, 'Provider', { autoScalingGroup: asg, targetCapacityPercent: 80, instanceWarmupPeriod: 120 });
  cluster.addAsgCapacityProvider(provider);
  cluster.addDefaultCapacityProviderStrategy([{ capacityProvider: provider.capacityProviderName, weight: 1 }]);
  const asg2 = new autoscaling.AutoScalingGroup(s, 'Asg2', { vpc, instanceType: new ec2.InstanceType('t3.small'), machineImage: ecs.EcsOptimizedImage.amazonLinux2() });
  const p2 = new ecs.AsgCapacityProvider(s, 'Unmanaged', { autoScalingGroup: asg2, enableManagedTerminationProtection: false, enableManagedScaling: false, enableManagedDraining: true, capacityProviderName: 'my-provider' });
  cluster.addAsgCapacityProvider(p2);
  new cdk.CfnOutput(s, 'HasEc2', { value: String(cluster.hasEc2Capacity) });
}

{ // AddCapacity: the classic way, with its drain hook
  const s = new cdk.Stack(app, 'AddCapacity');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const cluster = new ecs.Cluster(s, 'Cluster', { vpc, capacity: { instanceType: new ec2.InstanceType('t3.micro'), desiredCapacity: 2 } });
  cluster.addCapacity('Spot', { instanceType: new ec2.InstanceType('m5.large'), spotPrice: '0.05', spotInstanceDraining: true, maxCapacity: 3 });
  new cdk.CfnOutput(s, 'AsgName', { value: cluster.autoscalingGroup.autoScalingGroupName });
}
const errors = {
  ProviderName: (s) => new ecs.AsgCapacityProvider(s, 'P', { autoScalingGroup: group(s), capacityProviderName: 'ecs-mine' }),
  ProtectionWithoutScaling: (s) => new ecs.AsgCapacityProvider(s, 'P', { autoScalingGroup: group(s), enableManagedScaling: false }),
  ProtectionImported: (s) => new ecs.AsgCapacityProvider(s, 'P', { autoScalingGroup: autoscaling.AutoScalingGroup.fromAutoScalingGroupName(s, 'I', 'n') }),
  Warmup: (s) => new ecs.AsgCapacityProvider(s, 'P', { autoScalingGroup: group(s), instanceWarmupPeriod: 20000 }),
  ImportedGroup: (s) => new ecs.Cluster(s, 'C', { vpc: vpcOf(s) }).addAsgCapacityProvider(new ecs.AsgCapacityProvider(s, 'P', {
    autoScalingGroup: autoscaling.AutoScalingGroup.fromAutoScalingGroupName(s, 'I', 'n'), enableManagedTerminationProtection: false })),
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
