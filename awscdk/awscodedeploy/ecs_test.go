package awscodedeploy_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodedeploy"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/jsii"
)

type ecsParts struct {
	service        awsecs.FargateService
	blue, green    elbv2.ApplicationTargetGroup
	listener, test elbv2.ApplicationListener
}

func ecsService(st awscdk.Stack) ecsParts {
	vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0)})
	cluster := awsecs.NewCluster(st, s("Cluster"), &awsecs.ClusterProps{Vpc: vpc})
	task := awsecs.NewFargateTaskDefinition(st, s("Task"), nil)
	task.AddContainer(s("web"), &awsecs.ContainerDefinitionOptions{
		Image:        awsecs.ContainerImage_FromRegistry(s("nginx"), nil),
		PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80)}},
	})
	service := awsecs.NewFargateService(st, s("Service"), &awsecs.FargateServiceProps{
		Cluster: cluster, TaskDefinition: task,
		DeploymentController: &awsecs.DeploymentController{Type: awsecs.DeploymentControllerType_CODE_DEPLOY},
		VpcSubnets:           &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}, AssignPublicIp: jsii.Bool(true),
	})
	lb := elbv2.NewApplicationLoadBalancer(st, s("LB"), &elbv2.ApplicationLoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true)})
	tg := func(id string) elbv2.ApplicationTargetGroup {
		return elbv2.NewApplicationTargetGroup(st, s(id), &elbv2.ApplicationTargetGroupProps{Vpc: vpc, Port: jsii.Number(80), TargetType: elbv2.TargetType_IP})
	}
	blue, green := tg("Blue"), tg("Green")
	listener := lb.AddListener(s("Prod"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80), DefaultTargetGroups: &[]elbv2.IApplicationTargetGroup{blue}})
	test := lb.AddListener(s("Test"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(8080), Protocol: elbv2.ApplicationProtocol_HTTP,
		DefaultTargetGroups: &[]elbv2.IApplicationTargetGroup{green}})
	return ecsParts{service, blue, green, listener, test}
}

// The Go twins of the ECS stacks in testdata/twins.js.
var ecsCases = map[string]func(st awscdk.Stack){
	"EcsDefault": func(st awscdk.Stack) {
		e := ecsService(st)
		awscodedeploy.NewEcsDeploymentGroup(st, s("DG"), &awscodedeploy.EcsDeploymentGroupProps{
			Service: e.service,
			BlueGreenDeploymentConfig: &awscodedeploy.EcsBlueGreenDeploymentConfig{
				BlueTargetGroup: e.blue, GreenTargetGroup: e.green, Listener: e.listener},
		})
	},
	"EcsFull": func(st awscdk.Stack) {
		e := ecsService(st)
		app := awscodedeploy.NewEcsApplication(st, s("App"), &awscodedeploy.EcsApplicationProps{ApplicationName: s("ecs-app")})
		config := awscodedeploy.NewEcsDeploymentConfig(st, s("Config"), &awscodedeploy.EcsDeploymentConfigProps{
			TrafficRouting: awscodedeploy.NewTimeBasedLinearTrafficRouting(&awscodedeploy.TimeBasedLinearTrafficRoutingProps{
				Interval: awscdk.Duration_Minutes(jsii.Number(1)), Percentage: jsii.Number(10)}),
		})
		dg := awscodedeploy.NewEcsDeploymentGroup(st, s("DG"), &awscodedeploy.EcsDeploymentGroupProps{
			Service:             e.service,
			Application:         app,
			DeploymentGroupName: s("ecs-group"),
			DeploymentConfig:    config,
			Alarms:              &[]interfacesawscloudwatch.IAlarmRef{alarm(st, "A1")},
			AutoRollback:        &awscodedeploy.AutoRollbackConfig{StoppedDeployment: jsii.Bool(true), FailedDeployment: jsii.Bool(false)},
			BlueGreenDeploymentConfig: &awscodedeploy.EcsBlueGreenDeploymentConfig{
				BlueTargetGroup: e.blue, GreenTargetGroup: e.green, Listener: e.listener, TestListener: e.test,
				DeploymentApprovalWaitTime: awscdk.Duration_Minutes(jsii.Number(30)), TerminationWaitTime: awscdk.Duration_Hours(jsii.Number(1)),
			},
		})
		dg.AddAlarm(alarm(st, "A2"))
		awscodedeploy.NewEcsDeploymentConfig(st, s("Canary"), &awscodedeploy.EcsDeploymentConfigProps{
			DeploymentConfigName: s("ecs-canary"),
			TrafficRouting: awscodedeploy.TrafficRouting_TimeBasedCanary(&awscodedeploy.TimeBasedCanaryTrafficRoutingProps{
				Interval: awscdk.Duration_Minutes(jsii.Number(5)), Percentage: jsii.Number(15)}),
		})
		awscodedeploy.NewEcsDeploymentConfig(st, s("Plain"), nil)
		imported := awscodedeploy.EcsDeploymentGroup_FromEcsDeploymentGroupAttributes(st, s("Imported"), &awscodedeploy.EcsDeploymentGroupAttributes{
			Application:         awscodedeploy.EcsApplication_FromEcsApplicationName(st, s("ImportedApp"), s("other-app")),
			DeploymentGroupName: s("other-group"),
		})
		byArn := awscodedeploy.EcsApplication_FromEcsApplicationArn(st, s("ByArn"), s("arn:aws:codedeploy:eu-west-1:111111111111:application:app-c"))
		out(st, "GroupArn", dg.DeploymentGroupArn())
		out(st, "ConfigName", dg.DeploymentConfig().DeploymentConfigName())
		out(st, "ImportedArn", imported.DeploymentGroupArn())
		out(st, "ImportedConfigArn", imported.DeploymentConfig().DeploymentConfigArn())
		out(st, "ByArnName", byArn.ApplicationName())
		out(st, "Canary10", awscodedeploy.EcsDeploymentConfig_CANARY_10PERCENT_15MINUTES().DeploymentConfigName())
		out(st, "ImportedCfg", awscodedeploy.EcsDeploymentConfig_FromEcsDeploymentConfigName(st, s("Cfg"), s("cfg-e")).DeploymentConfigArn())
	},
}

var ecsErrors = map[string]func(st awscdk.Stack){
	"EcsNotCodeDeploy": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0)})
		task := awsecs.NewFargateTaskDefinition(st, s("Task"), nil)
		task.AddContainer(s("web"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(s("nginx"), nil)})
		service := awsecs.NewFargateService(st, s("Service"), &awsecs.FargateServiceProps{
			Cluster: awsecs.NewCluster(st, s("Cluster"), &awsecs.ClusterProps{Vpc: vpc}), TaskDefinition: task})
		tg := elbv2.NewApplicationTargetGroup(st, s("TG"), &elbv2.ApplicationTargetGroupProps{Vpc: vpc, Port: jsii.Number(80)})
		lb := elbv2.NewApplicationLoadBalancer(st, s("LB"), &elbv2.ApplicationLoadBalancerProps{Vpc: vpc})
		awscodedeploy.NewEcsDeploymentGroup(st, s("DG"), &awscodedeploy.EcsDeploymentGroupProps{Service: service,
			BlueGreenDeploymentConfig: &awscodedeploy.EcsBlueGreenDeploymentConfig{BlueTargetGroup: tg, GreenTargetGroup: tg,
				Listener: lb.AddListener(s("L"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80), DefaultTargetGroups: &[]elbv2.IApplicationTargetGroup{tg}})}})
	},
}

func TestEcsTemplates(t *testing.T) { checkTemplates(t, ecsCases, nil) }
