package awsecs_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// replicaService is a program's own service type, written as an aws-cdk-go
// user writes one: it embeds BaseService and is initialised by
// NewBaseService_Override with CfnService props the base does not offer.
type replicaService struct{ awsecs.BaseService }

func newReplicaService(scope constructs.Construct, id string, cluster awsecs.ICluster, td awsecs.TaskDefinition) *replicaService {
	s := &replicaService{}
	awsecs.NewBaseService_Override(s, scope, jsii.String(id), &awsecs.BaseServiceProps{
		Cluster: cluster, DesiredCount: jsii.Number(2), MinHealthyPercent: jsii.Number(100), MaxHealthyPercent: jsii.Number(150),
		CircuitBreaker: &awsecs.DeploymentCircuitBreaker{Rollback: jsii.Bool(true)}, ServiceName: jsii.String("web"), EnableECSManagedTags: jsii.Bool(true),
	}, map[string]interface{}{
		"cluster":             cluster.ClusterName(),
		"taskDefinition":      td.TaskDefinitionArn(),
		"launchType":          "EC2",
		"schedulingStrategy":  "REPLICA",
		"placementStrategies": &[]interface{}{&awsecs.CfnService_PlacementStrategyProperty{Type: jsii.String("spread"), Field: jsii.String("instanceId")}},
	}, td)
	return s
}

func overrideCluster(s awscdk.Stack) awsecs.ICluster {
	vpc := awsec2.Vpc_FromVpcAttributes(s, jsii.String("Vpc"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-0123"), AvailabilityZones: jsii.Strings("eu-west-1a")})
	return awsecs.Cluster_FromClusterAttributes(s, jsii.String("Cluster"), &awsecs.ClusterAttributes{ClusterName: jsii.String("shared"), Vpc: vpc})
}

func overrideTask(s awscdk.Stack) awsecs.Ec2TaskDefinition {
	td := awsecs.NewEc2TaskDefinition(s, jsii.String("Task"), nil)
	td.AddContainer(jsii.String("web"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil),
		MemoryLimitMiB: jsii.Number(256), PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80)}}})
	return td
}

// The Go twins of the stacks in testdata/override/twins.js.
var serviceOverrideCases = map[string]func(s awscdk.Stack){
	"OverrideService": func(s awscdk.Stack) {
		cluster := overrideCluster(s)
		td := overrideTask(s)
		svc := newReplicaService(s, "Web", cluster, td)
		svc.AutoScaleTaskCount(&awsapplicationautoscaling.EnableScalingProps{MaxCapacity: jsii.Number(4)}).
			ScaleOnCpuUtilization(jsii.String("Cpu"), &awsecs.CpuUtilizationScalingProps{TargetUtilizationPercent: jsii.Number(50)})
		awscloudwatch.NewAlarm(s, jsii.String("Memory"), &awscloudwatch.AlarmProps{Metric: svc.MetricMemoryUtilization(nil), Threshold: jsii.Number(90), EvaluationPeriods: jsii.Number(1)})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: svc.ServiceArn()})
		awscdk.NewCfnOutput(s, jsii.String("Name"), &awscdk.CfnOutputProps{Value: svc.ServiceName()})
	},
}

func TestBaseServiceOverride(t *testing.T) {
	golden.CheckTemplatesIn(t, "testdata/override", serviceOverrideCases)
}

// Bad input is a user error naming the construct path, not a Go panic
// trace; the tree hands out the program's object.
func TestBaseServiceOverrideBadInput(t *testing.T) {
	for name, c := range map[string]struct {
		build func(s awscdk.Stack)
		want  string
	}{
		"nil service": {func(s awscdk.Stack) {
			awsecs.NewBaseService_Override(nil, s, jsii.String("Svc"), &awsecs.BaseServiceProps{Cluster: overrideCluster(s)}, nil, overrideTask(s))
		}, "[S/Svc] NewBaseService_Override: "},
		"nil props": {func(s awscdk.Stack) {
			awsecs.NewBaseService_Override(&replicaService{}, s, jsii.String("Svc"), nil, nil, overrideTask(s))
		}, "BaseServiceProps"},
		"nil task definition": {func(s awscdk.Stack) {
			awsecs.NewBaseService_Override(&replicaService{}, s, jsii.String("Svc"), &awsecs.BaseServiceProps{Cluster: overrideCluster(s)}, nil, nil)
		}, "taskDefinition"},
		"unknown key": {func(s awscdk.Stack) {
			awsecs.NewBaseService_Override(&replicaService{}, s, jsii.String("Svc"), &awsecs.BaseServiceProps{Cluster: overrideCluster(s)}, map[string]interface{}{"replicas": 2}, overrideTask(s))
		}, `[S/Svc] BaseService: additionalProps has "replicas", which is not a CfnServiceProps field`},
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v, want %q", err, c.want)
			}
		})
	}
	s := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil)
	svc := newReplicaService(s, "Web", overrideCluster(s), overrideTask(s))
	if s.Node().FindChild(jsii.String("Web")) != constructs.IConstruct(svc) {
		t.Fatal("FindChild must return the program's object")
	}
}
