// Command ecs-ec2 is the parity case for ECS on EC2 capacity (issue 17's Auto Scaling
// group): a two-AZ VPC with one NAT gateway; an Auto Scaling group of t3.small instances
// on the ECS-optimized Amazon Linux 2023 image (launch template under the init flags),
// CPU target tracking, a step-scaling policy on a queue's backlog and a scheduled scale-in;
// the group registered with a cluster through an AsgCapacityProvider (managed scaling and
// termination protection); a bridge-mode EC2 task definition behind an ALB through
// ApplicationLoadBalancedEc2Service using the capacity provider.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh turns it into
// expected/. Keep the two in step: same ids, same order, same values.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

func main() {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("EcsEc2"), &awscdk.StackProps{
		Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")},
	})

	vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
	cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc})

	asg := awsautoscaling.NewAutoScalingGroup(s, jsii.String("Fleet"), &awsautoscaling.AutoScalingGroupProps{
		Vpc:                              vpc,
		InstanceType:                     awsec2.NewInstanceType(jsii.String("t3.small")),
		MachineImage:                     awsecs.EcsOptimizedImage_AmazonLinux2023(awsecs.AmiHardwareType_STANDARD, nil),
		MinCapacity:                      jsii.Number(1),
		MaxCapacity:                      jsii.Number(4),
		NewInstancesProtectedFromScaleIn: jsii.Bool(true),
	})
	asg.ScaleOnCpuUtilization(jsii.String("Cpu"), &awsautoscaling.CpuUtilizationScalingProps{TargetUtilizationPercent: jsii.Number(60)})
	backlog := awssqs.NewQueue(s, jsii.String("Jobs"), nil)
	asg.ScaleOnMetric(jsii.String("Backlog"), &awsautoscaling.BasicStepScalingPolicyProps{
		Metric: backlog.MetricApproximateNumberOfMessagesVisible(nil),
		ScalingSteps: &[]*awsautoscaling.ScalingInterval{
			{Upper: jsii.Number(0), Change: jsii.Number(-1)},
			{Lower: jsii.Number(100), Change: jsii.Number(1)},
			{Lower: jsii.Number(500), Change: jsii.Number(2)},
		},
		AdjustmentType: awsautoscaling.AdjustmentType_CHANGE_IN_CAPACITY,
	})
	asg.ScaleOnSchedule(jsii.String("Night"), &awsautoscaling.BasicScheduledActionProps{
		Schedule:    awsautoscaling.Schedule_Cron(&awsautoscaling.CronOptions{Hour: jsii.String("22"), Minute: jsii.String("0")}),
		MinCapacity: jsii.Number(1),
		MaxCapacity: jsii.Number(2),
	})

	provider := awsecs.NewAsgCapacityProvider(s, jsii.String("Provider"), &awsecs.AsgCapacityProviderProps{
		AutoScalingGroup:      asg,
		TargetCapacityPercent: jsii.Number(90),
	})
	cluster.AddAsgCapacityProvider(provider, nil)

	awsecspatterns.NewApplicationLoadBalancedEc2Service(s, jsii.String("Web"), &awsecspatterns.ApplicationLoadBalancedEc2ServiceProps{
		Cluster:        cluster,
		MemoryLimitMiB: jsii.Number(512),
		DesiredCount:   jsii.Number(2),
		TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{
			Image:         awsecs.ContainerImage_FromRegistry(jsii.String("public.ecr.aws/nginx/nginx:1.27"), nil),
			ContainerPort: jsii.Number(80),
		},
		CapacityProviderStrategies: &[]*awsecs.CapacityProviderStrategy{
			{CapacityProvider: provider.CapacityProviderName(), Weight: jsii.Number(1)},
		},
	})

	app.Synth(nil)
}
