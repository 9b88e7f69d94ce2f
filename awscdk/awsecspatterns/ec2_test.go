package awsecspatterns_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

var ec2Cases = map[string]func(s awscdk.Stack){
	"Ec2": func(s awscdk.Stack) {
		cluster := awsecs.Cluster_FromClusterAttributes(s, jsii.String("Cluster"), &awsecs.ClusterAttributes{
			ClusterName: jsii.String("ec2-cluster"), Vpc: vpc(s), SecurityGroups: &[]awsec2.ISecurityGroup{}, HasEc2Capacity: jsii.Bool(true),
		})
		awsecspatterns.NewApplicationLoadBalancedEc2Service(s, jsii.String("Web"), &awsecspatterns.ApplicationLoadBalancedEc2ServiceProps{
			Cluster:        cluster,
			MemoryLimitMiB: jsii.Number(512),
			Cpu:            jsii.Number(256),
			DesiredCount:   jsii.Number(2),
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{
				Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil), Environment: &map[string]*string{"K": jsii.String("v")},
				Command: jsii.Strings("nginx"),
			},
			PlacementStrategies: &[]awsecs.PlacementStrategy{awsecs.PlacementStrategy_SpreadAcrossInstances()},
			CircuitBreaker:      &awsecs.DeploymentCircuitBreaker{Rollback: jsii.Bool(true)},
		})
		awsecspatterns.NewNetworkLoadBalancedEc2Service(s, jsii.String("Tcp"), &awsecspatterns.NetworkLoadBalancedEc2ServiceProps{
			Cluster:              cluster,
			MemoryReservationMiB: jsii.Number(256),
			TaskImageOptions: &awsecspatterns.NetworkLoadBalancedTaskImageOptions{
				Image: awsecs.ContainerImage_FromRegistry(jsii.String("redis"), nil), ContainerPort: jsii.Number(6379), EnableLogging: jsii.Bool(false),
			},
			ListenerPort: jsii.Number(6379),
		})
		awsecspatterns.NewQueueProcessingEc2Service(s, jsii.String("Worker"), &awsecspatterns.QueueProcessingEc2ServiceProps{
			Cluster:            cluster,
			MemoryLimitMiB:     jsii.Number(1024),
			Image:              awsecs.ContainerImage_FromRegistry(jsii.String("worker"), nil),
			Environment:        &map[string]*string{"MODE": jsii.String("ec2")},
			MaxScalingCapacity: jsii.Number(4),
		})
	},
	"Ec2Multi": func(s awscdk.Stack) {
		cluster := awsecs.Cluster_FromClusterAttributes(s, jsii.String("Cluster"), &awsecs.ClusterAttributes{
			ClusterName: jsii.String("ec2-cluster"), Vpc: vpc(s), SecurityGroups: &[]awsec2.ISecurityGroup{}, HasEc2Capacity: jsii.Bool(true),
		})
		awsecspatterns.NewApplicationMultipleTargetGroupsEc2Service(s, jsii.String("Web"), &awsecspatterns.ApplicationMultipleTargetGroupsEc2ServiceProps{
			Cluster:        cluster,
			MemoryLimitMiB: jsii.Number(256),
			TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageProps{
				Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil), ContainerPorts: &[]*float64{jsii.Number(80)},
			},
			PlacementConstraints: &[]awsecs.PlacementConstraint{awsecs.PlacementConstraint_DistinctInstances()},
		})
		awsecspatterns.NewNetworkMultipleTargetGroupsEc2Service(s, jsii.String("Net"), &awsecspatterns.NetworkMultipleTargetGroupsEc2ServiceProps{
			Cluster:              cluster,
			MemoryReservationMiB: jsii.Number(128),
			TaskImageOptions: &awsecspatterns.NetworkLoadBalancedTaskImageProps{
				Image: awsecs.ContainerImage_FromRegistry(jsii.String("redis"), nil), EnableLogging: jsii.Bool(false),
			},
			LoadBalancers: &[]*awsecspatterns.NetworkLoadBalancerProps{{Name: jsii.String("nlbthree"),
				Listeners: &[]*awsecspatterns.NetworkListenerProps{{Name: jsii.String("r"), Port: jsii.Number(6379)}}}},
			TargetGroups: &[]*awsecspatterns.NetworkTargetProps{{ContainerPort: jsii.Number(6379), Listener: jsii.String("r")}},
		})
	},
}

func TestEc2PatternTemplates(t *testing.T) {
	golden.CheckTemplates(t, ec2Cases, nil, ownHandler)
}
