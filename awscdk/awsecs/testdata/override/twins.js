// aws-cdk-lib 2.276.0 twins of the Go cases in ../../base_service_override_test.go:
// a program's own service class, extending the abstract BaseService the way
// Ec2Service does, on a cluster made elsewhere. Each stack is one template case.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

// ReplicaService runs a task definition on EC2 with a placement strategy
// of its own, through CfnService props the base does not offer.
class ReplicaService extends ecs.BaseService {
  constructor(scope, id, cluster, taskDefinition) {
    super(scope, id, {
      cluster, desiredCount: 2, minHealthyPercent: 100, maxHealthyPercent: 150,
      circuitBreaker: { rollback: true }, serviceName: 'web', enableECSManagedTags: true,
    }, {
      cluster: cluster.clusterName,
      taskDefinition: taskDefinition.taskDefinitionArn,
      launchType: 'EC2',
      schedulingStrategy: 'REPLICA',
      placementStrategies: [{ type: 'spread', field: 'instanceId' }],
    }, taskDefinition);
  }
}

{ // OverrideService: the CfnService, autoscaling and a metric alarm through the base
  const s = new cdk.Stack(app, 'OverrideService');
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-0123', availabilityZones: ['eu-west-1a'] });
  const cluster = ecs.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'shared', vpc });
  const td = new ecs.Ec2TaskDefinition(s, 'Task');
  td.addContainer('web', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 256, portMappings: [{ containerPort: 80 }] });
  const svc = new ReplicaService(s, 'Web', cluster, td);
  svc.autoScaleTaskCount({ maxCapacity: 4 }).scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 50 });
  new cloudwatch.Alarm(s, 'Memory', { metric: svc.metricMemoryUtilization(), threshold: 90, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'Arn', { value: svc.serviceArn });
  new cdk.CfnOutput(s, 'Name', { value: svc.serviceName });
}

app.synth();
