package awscodedeploy_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscodedeploy"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancing"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/jsii"
)

func serverVpc(st awscdk.Stack) awsec2.Vpc {
	return awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0)})
}

func serverAsg(st awscdk.Stack, vpc awsec2.IVpc, id string, image awsec2.IMachineImage) awsautoscaling.AutoScalingGroup {
	return awsautoscaling.NewAutoScalingGroup(st, s(id), &awsautoscaling.AutoScalingGroupProps{
		Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("t3.micro")), MachineImage: image,
		VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
	})
}

func tags(m map[string][]string) *map[string]*[]*string {
	out := map[string]*[]*string{}
	for k, v := range m {
		out[k] = jsii.Strings(v...)
	}
	return &out
}

// The Go twins of the server stacks in testdata/twins.js.
var serverCases = map[string]func(st awscdk.Stack){
	"ServerDefault": func(st awscdk.Stack) {
		awscodedeploy.NewServerDeploymentGroup(st, s("DG"), nil)
	},
	"ServerFull": func(st awscdk.Stack) {
		vpc := serverVpc(st)
		linux := serverAsg(st, vpc, "Linux", awsec2.NewGenericLinuxImage(&map[string]*string{"us-east-1": s("ami-12345678")}, nil))
		windows := serverAsg(st, vpc, "Windows", awsec2.NewGenericWindowsImage(&map[string]*string{"us-east-1": s("ami-87654321")}, nil))
		tg := elbv2.NewApplicationTargetGroup(st, s("TG"), &elbv2.ApplicationTargetGroupProps{Vpc: vpc, Port: jsii.Number(80)})
		ntg := elbv2.NewNetworkTargetGroup(st, s("NTG"), &elbv2.NetworkTargetGroupProps{Vpc: vpc, Port: jsii.Number(80)})
		clb := awselasticloadbalancing.NewLoadBalancer(st, s("CLB"), &awselasticloadbalancing.LoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true)})
		app := awscodedeploy.NewServerApplication(st, s("App"), &awscodedeploy.ServerApplicationProps{ApplicationName: s("srv-app")})
		config := awscodedeploy.NewServerDeploymentConfig(st, s("Config"), &awscodedeploy.ServerDeploymentConfigProps{
			DeploymentConfigName: s("srv-config"),
			MinimumHealthyHosts:  awscodedeploy.MinimumHealthyHosts_Percentage(jsii.Number(75)),
			ZonalConfig: &awscodedeploy.ZonalConfig{
				MonitorDuration: awscdk.Duration_Minutes(jsii.Number(5)), FirstZoneMonitorDuration: awscdk.Duration_Seconds(jsii.Number(90)),
				MinimumHealthyHostsPerZone: awscodedeploy.MinimumHealthyHostsPerZone_Count(jsii.Number(1)),
			},
		})
		awscodedeploy.NewServerDeploymentConfig(st, s("Count"), &awscodedeploy.ServerDeploymentConfigProps{
			MinimumHealthyHosts: awscodedeploy.MinimumHealthyHosts_Count(jsii.Number(2))})
		dg := awscodedeploy.NewServerDeploymentGroup(st, s("DG"), &awscodedeploy.ServerDeploymentGroupProps{
			Application:         app,
			DeploymentGroupName: s("srv-group"),
			DeploymentConfig:    config,
			AutoScalingGroups:   &[]awsautoscaling.IAutoScalingGroup{linux},
			LoadBalancers: &[]awscodedeploy.LoadBalancer{awscodedeploy.LoadBalancer_Application(tg),
				awscodedeploy.LoadBalancer_Network(ntg), awscodedeploy.LoadBalancer_Classic(clb)},
			Ec2InstanceTags:         awscodedeploy.NewInstanceTagSet(tags(map[string][]string{"env": {"prod", "beta"}, "role": {}}), tags(map[string][]string{"": {"web"}})),
			OnPremiseInstanceTags:   awscodedeploy.NewInstanceTagSet(tags(map[string][]string{"site": {"dc1"}})),
			Alarms:                  &[]interfacesawscloudwatch.IAlarmRef{alarm(st, "A1")},
			IgnorePollAlarmsFailure: jsii.Bool(false),
			AutoRollback:            &awscodedeploy.AutoRollbackConfig{DeploymentInAlarm: jsii.Bool(false)},
			TerminationHook:         jsii.Bool(true),
		})
		dg.AddAutoScalingGroup(windows)
		out(st, "GroupArn", dg.DeploymentGroupArn())
		out(st, "ConfigArn", dg.DeploymentConfig().DeploymentConfigArn())
		out(st, "RoleArn", dg.Role().RoleArn())
	},
	"ServerMisc": func(st awscdk.Stack) {
		vpc := serverVpc(st)
		linux := serverAsg(st, vpc, "Linux", awsec2.NewGenericLinuxImage(&map[string]*string{"us-east-1": s("ami-12345678")}, nil))
		tg := elbv2.NewApplicationTargetGroup(st, s("TG"), &elbv2.ApplicationTargetGroupProps{Vpc: vpc, Port: jsii.Number(80)})
		role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("codedeploy.amazonaws.com"), nil)})
		awscodedeploy.NewServerDeploymentGroup(st, s("DG"), &awscodedeploy.ServerDeploymentGroupProps{
			Role: role, InstallAgent: jsii.Bool(false), AutoScalingGroups: &[]awsautoscaling.IAutoScalingGroup{linux},
			LoadBalancer:     awscodedeploy.LoadBalancer_Application(tg),
			DeploymentConfig: awscodedeploy.ServerDeploymentConfig_HALF_AT_A_TIME(),
		})
		imported := awscodedeploy.ServerDeploymentGroup_FromServerDeploymentGroupAttributes(st, s("Imported"), &awscodedeploy.ServerDeploymentGroupAttributes{
			Application:         awscodedeploy.ServerApplication_FromServerApplicationArn(st, s("App"), s("arn:aws:codedeploy:eu-west-1:111111111111:application:srv")),
			DeploymentGroupName: s("grp"),
		})
		out(st, "ImportedArn", imported.DeploymentGroupArn())
		out(st, "ImportedConfig", imported.DeploymentConfig().DeploymentConfigArn())
		out(st, "ImportedAppName", imported.Application().ApplicationName())
		out(st, "NamedArn", awscodedeploy.ServerApplication_FromServerApplicationName(st, s("Named"), s("nm")).ApplicationArn())
		out(st, "CfgArn", awscodedeploy.ServerDeploymentConfig_FromServerDeploymentConfigName(st, s("Cfg"), s("c")).DeploymentConfigArn())
		out(st, "AllAtOnce", awscodedeploy.ServerDeploymentConfig_ALL_AT_ONCE().DeploymentConfigName())
	},
}

func TestServerTemplates(t *testing.T) { checkTemplates(t, serverCases, nil) }

var serverErrors = map[string]func(st awscdk.Stack){
	"TrafficRoutingOnServer": func(st awscdk.Stack) {
		awscodedeploy.NewServerDeploymentConfig(st, s("Cfg"), &awscodedeploy.ServerDeploymentConfigProps{
			MinimumHealthyHosts: awscodedeploy.MinimumHealthyHosts_Count(jsii.Number(1)),
			ZonalConfig:         &awscodedeploy.ZonalConfig{MonitorDuration: awscdk.Duration_Millis(jsii.Number(500))}})
	},
	"PerZoneNotInteger": func(st awscdk.Stack) { awscodedeploy.MinimumHealthyHostsPerZone_Percentage(jsii.Number(1.5)) },
	"NoLoadBalancers": func(st awscdk.Stack) {
		awscodedeploy.NewServerDeploymentGroup(st, s("DG"), &awscodedeploy.ServerDeploymentGroupProps{LoadBalancers: &[]awscodedeploy.LoadBalancer{}})
	},
	"EmptyTagFilter": func(st awscdk.Stack) {
		awscodedeploy.NewServerDeploymentGroup(st, s("DG"), &awscodedeploy.ServerDeploymentGroupProps{
			Ec2InstanceTags: awscodedeploy.NewInstanceTagSet(tags(map[string][]string{"": {}}))})
	},
	"TooManyTagGroups": func(st awscdk.Stack) {
		e := tags(map[string][]string{})
		awscodedeploy.NewInstanceTagSet(e, e, e, e)
	},
}
