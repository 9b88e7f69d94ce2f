// aws-cdk-lib 2.276.0 twins of the Go cases in asg_capacity_test.go (EC2
// capacity: AddCapacity, AsgCapacityProvider): one stack per case.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const autoscaling = require('aws-cdk-lib/aws-autoscaling');
const app = new cdk.App();

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
app.synth();
