package awsautoscaling_test

import (
	"testing"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscloudwatchactions"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/jsii"
)

var (
	s   = jsii.String
	n   = jsii.Number[float64]
	yes = jsii.Bool(true)
)

func vpcOf(st awscdk.Stack) awsec2.IVpc {
	return awsec2.Vpc_FromVpcAttributes(st, s("Vpc"), &awsec2.VpcAttributes{
		VpcId: s("vpc-0a1b2c3d"), AvailabilityZones: jsii.Strings("us-east-1a", "us-east-1b"),
		PublicSubnetIds: jsii.Strings("subnet-0aa11111", "subnet-0aa22222"), PrivateSubnetIds: jsii.Strings("subnet-0bb11111", "subnet-0bb22222"),
	})
}

func image() awsec2.IMachineImage {
	return awsec2.MachineImage_GenericLinux(&map[string]*string{"us-east-1": s("ami-12345678")}, nil)
}

func t3micro() awsec2.InstanceType {
	return awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_MICRO)
}

func out(st awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(st, s(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(st awscdk.Stack){
	"Default": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(2), NatGateways: n(1), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		asg := awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpc, InstanceType: t3micro(), MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil),
		})
		asg.AddUserData(s("echo hello"))
		asg.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")}))
		asg.Connections().AllowFromAnyIpv4(awsec2.Port_Tcp(n(80)), nil)
		asg.AddSecurityGroup(awsec2.NewSecurityGroup(st, s("Extra"), &awsec2.SecurityGroupProps{Vpc: vpc}))
		out(st, "Name", asg.AutoScalingGroupName())
		out(st, "Arn", asg.AutoScalingGroupArn())
	},
	"LaunchConfig": func(st awscdk.Stack) {
		st.Node().SetContext(s("@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig"), false)
		vpc := vpcOf(st)
		asg := awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpc, InstanceType: t3micro(), MachineImage: image(), KeyName: s("my-key"),
			InstanceMonitoring: awsautoscaling.Monitoring_BASIC, AssociatePublicIpAddress: yes,
			VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}, SpotPrice: s("0.05"),
			BlockDevices: &[]*awsautoscaling.BlockDevice{
				{DeviceName: s("/dev/xvda"), Volume: awsautoscaling.BlockDeviceVolume_Ebs(n(20), &awsautoscaling.EbsDeviceOptions{VolumeType: awsautoscaling.EbsDeviceVolumeType_GP3, Encrypted: yes, Throughput: n(200)})},
				{DeviceName: s("/dev/xvdb"), Volume: awsautoscaling.BlockDeviceVolume_Ephemeral(n(0))},
				{DeviceName: s("/dev/xvdc"), Volume: awsautoscaling.BlockDeviceVolume_NoDevice()},
				{DeviceName: s("/dev/xvdd"), Volume: awsautoscaling.BlockDeviceVolume_EbsFromSnapshot(s("snap-1234"), &awsautoscaling.EbsDeviceSnapshotOptions{DeleteOnTermination: yes})},
			},
		})
		asg.AddUserData(s("yum install -y nginx"))
		asg.AddSecurityGroup(awsec2.NewSecurityGroup(st, s("Extra"), &awsec2.SecurityGroupProps{Vpc: vpc}))
		asg.Connections().AllowFromAnyIpv4(awsec2.Port_Tcp(n(443)), nil)
	},
	"AllProps": func(st awscdk.Stack) {
		vpc := vpcOf(st)
		topic := awssns.NewTopic(st, s("Topic"), nil)
		role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("ec2.amazonaws.com"), nil)})
		awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpc, InstanceType: t3micro(), MachineImage: image(), Role: role,
			AutoScalingGroupName: s("my-asg"), MinCapacity: n(2), MaxCapacity: n(10), DesiredCapacity: n(4),
			Cooldown: awscdk.Duration_Minutes(n(5)), DefaultInstanceWarmup: awscdk.Duration_Seconds(n(90)),
			MaxInstanceLifetime: awscdk.Duration_Days(n(7)), CapacityRebalance: yes,
			HealthChecks: awsautoscaling.HealthChecks_WithAdditionalChecks(&awsautoscaling.AdditionalHealthChecksOptions{
				AdditionalTypes: &[]awsautoscaling.AdditionalHealthCheckType{awsautoscaling.AdditionalHealthCheckType_ELB, awsautoscaling.AdditionalHealthCheckType_EBS},
				GracePeriod:     awscdk.Duration_Minutes(n(2))}),
			UpdatePolicy:        awsautoscaling.UpdatePolicy_RollingUpdate(&awsautoscaling.RollingUpdateOptions{MaxBatchSize: n(2), MinInstancesInService: n(1)}),
			Signals:             awsautoscaling.Signals_WaitForMinCapacity(&awsautoscaling.SignalsOptions{Timeout: awscdk.Duration_Minutes(n(10)), MinSuccessPercentage: n(80)}),
			TerminationPolicies: &[]awsautoscaling.TerminationPolicy{awsautoscaling.TerminationPolicy_OLDEST_INSTANCE, awsautoscaling.TerminationPolicy_DEFAULT},
			Notifications:       &[]*awsautoscaling.NotificationConfiguration{{Topic: topic}, {Topic: topic, ScalingEvents: awsautoscaling.ScalingEvents_ERRORS()}},
			GroupMetrics: &[]awsautoscaling.GroupMetrics{awsautoscaling.GroupMetrics_All(),
				awsautoscaling.NewGroupMetrics(awsautoscaling.GroupMetric_MIN_SIZE(), awsautoscaling.GroupMetric_MAX_SIZE())},
			NewInstancesProtectedFromScaleIn: yes, SsmSessionPermissions: yes,
			AzCapacityDistributionStrategy: awsautoscaling.CapacityDistributionStrategy_BALANCED_ONLY,
			DeletionProtection:             awsautoscaling.DeletionProtection_PREVENT_ALL_DELETION,
			MinHealthyPercentage:           n(90), MaxHealthyPercentage: n(120), AllowAllOutbound: jsii.Bool(false),
			InstanceMonitoring: awsautoscaling.Monitoring_DETAILED, RequireImdsv2: yes,
			InstanceLifecyclePolicy: &awsautoscaling.InstanceLifecyclePolicy{RetentionTriggers: &awsautoscaling.RetentionTriggers{
				TerminateHookAbandon: awsautoscaling.TerminateHookAbandonAction_RETAIN}},
		})
		awsautoscaling.NewAutoScalingGroup(st, s("Legacy"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpc, InstanceType: t3micro(), MachineImage: image(),
			HealthCheck:                    awsautoscaling.HealthCheck_Elb(&awsautoscaling.ElbHealthCheckOptions{Grace: awscdk.Duration_Minutes(n(3))}),
			UpdatePolicy:                   awsautoscaling.UpdatePolicy_ReplacingUpdate(),
			Signals:                        awsautoscaling.Signals_WaitForAll(&awsautoscaling.SignalsOptions{Timeout: awscdk.Duration_Minutes(n(5))}),
			IgnoreUnmodifiedSizeProperties: jsii.Bool(false), MinCapacity: n(0), DesiredCapacity: n(1),
		})
		awsautoscaling.NewAutoScalingGroup(st, s("Refresh"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpc, InstanceType: t3micro(), MachineImage: image(), MaxCapacity: n(3),
			HealthCheck: awsautoscaling.HealthCheck_Ec2(nil),
			UpdatePolicy: awsautoscaling.UpdatePolicy_InstanceRefresh(&awsautoscaling.InstanceRefreshOptions{Strategy: awsautoscaling.InstanceRefreshStrategy_ROLLING,
				MinHealthyPercentage: n(90), MaxHealthyPercentage: n(110), InstanceWarmup: awscdk.Duration_Minutes(n(1)), SkipMatching: yes}),
			Signals: awsautoscaling.Signals_WaitForCount(n(2), nil),
		})
	},
	"Scaling": func(st awscdk.Stack) {
		vpc := vpcOf(st)
		asg := awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpc, InstanceType: t3micro(), MachineImage: image(), MaxCapacity: n(10)})
		asg.ScaleOnCpuUtilization(s("Cpu"), &awsautoscaling.CpuUtilizationScalingProps{TargetUtilizationPercent: n(50), Cooldown: awscdk.Duration_Minutes(n(2)),
			DisableScaleIn: yes, EstimatedInstanceWarmup: awscdk.Duration_Minutes(n(3))})
		asg.ScaleOnIncomingBytes(s("In"), &awsautoscaling.NetworkUtilizationScalingProps{TargetBytesPerSecond: n(1000000)})
		asg.ScaleOnOutgoingBytes(s("Out"), &awsautoscaling.NetworkUtilizationScalingProps{TargetBytesPerSecond: n(2000000)})
		metric := awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: s("MyApp"), MetricName: s("QueueDepth"), DimensionsMap: &map[string]*string{"Queue": s("jobs")}})
		asg.ScaleToTrackMetric(s("Track"), &awsautoscaling.MetricTargetTrackingProps{Metric: metric, TargetValue: n(100)})
		asg.ScaleOnMetric(s("Steps"), &awsautoscaling.BasicStepScalingPolicyProps{
			Metric: metric, ScalingSteps: &[]*awsautoscaling.ScalingInterval{{Upper: n(10), Change: n(-1)}, {Lower: n(50), Change: n(+1)}, {Lower: n(70), Change: n(+3)}},
			AdjustmentType: awsautoscaling.AdjustmentType_CHANGE_IN_CAPACITY, EvaluationPeriods: n(2), DatapointsToAlarm: n(1),
		})
		asg.ScaleOnMetric(s("Percent"), &awsautoscaling.BasicStepScalingPolicyProps{
			Metric: metric, ScalingSteps: &[]*awsautoscaling.ScalingInterval{{Upper: n(0), Change: n(-10)}, {Lower: n(100), Change: n(30)}},
			AdjustmentType: awsautoscaling.AdjustmentType_PERCENT_CHANGE_IN_CAPACITY, MinAdjustmentMagnitude: n(2),
			MetricAggregationType: awsautoscaling.MetricAggregationType_MAXIMUM, Cooldown: awscdk.Duration_Minutes(n(1)),
		})
		asg.ScaleOnSchedule(s("Morning"), &awsautoscaling.BasicScheduledActionProps{Schedule: awsautoscaling.Schedule_Cron(&awsautoscaling.CronOptions{Hour: s("8"), Minute: s("0")}),
			MinCapacity: n(3), TimeZone: s("Europe/Paris")})
		start := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
		end := time.Date(2031, 6, 30, 12, 0, 0, 0, time.UTC)
		asg.ScaleOnSchedule(s("Night"), &awsautoscaling.BasicScheduledActionProps{Schedule: awsautoscaling.Schedule_Expression(s("0 20 * * *")),
			MinCapacity: n(1), MaxCapacity: n(2), DesiredCapacity: n(1), StartTime: &start, EndTime: &end})
		asg.ScaleOnSchedule(s("Weekday"), &awsautoscaling.BasicScheduledActionProps{Schedule: awsautoscaling.Schedule_Cron(&awsautoscaling.CronOptions{WeekDay: s("MON-FRI"), Hour: s("6")}),
			DesiredCapacity: n(5)})
		asg.AddLifecycleHook(s("Launch"), &awsautoscaling.BasicLifecycleHookProps{LifecycleTransition: awsautoscaling.LifecycleTransition_INSTANCE_LAUNCHING})
		asg.AddLifecycleHook(s("Term"), &awsautoscaling.BasicLifecycleHookProps{LifecycleTransition: awsautoscaling.LifecycleTransition_INSTANCE_TERMINATING,
			DefaultResult: awsautoscaling.DefaultResult_ABANDON, HeartbeatTimeout: awscdk.Duration_Minutes(n(10)), LifecycleHookName: s("my-hook"), NotificationMetadata: s("meta")})
		asg.AddWarmPool(&awsautoscaling.WarmPoolOptions{MinSize: n(1), MaxGroupPreparedCapacity: n(3), PoolState: awsautoscaling.PoolState_HIBERNATED, ReuseOnScaleIn: yes})
		action := awsautoscaling.NewStepScalingAction(st, s("Action"), &awsautoscaling.StepScalingActionProps{AutoScalingGroup: asg, AdjustmentType: awsautoscaling.AdjustmentType_EXACT_CAPACITY})
		action.AddAdjustment(&awsautoscaling.AdjustmentTier{Adjustment: n(5), LowerBound: n(0)})
		out(st, "ActionArn", action.ScalingPolicyArn())
		awscloudwatch.NewAlarm(st, s("Busy"), &awscloudwatch.AlarmProps{Metric: metric, Threshold: n(500), EvaluationPeriods: n(1)}).
			AddAlarmAction(awscloudwatchactions.NewAutoScalingAction(action))
	},
	"LaunchTemplate": func(st awscdk.Stack) {
		vpc := vpcOf(st)
		sg := awsec2.NewSecurityGroup(st, s("Sg"), &awsec2.SecurityGroupProps{Vpc: vpc})
		role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("ec2.amazonaws.com"), nil)})
		lt := awsec2.NewLaunchTemplate(st, s("Lt"), &awsec2.LaunchTemplateProps{InstanceType: t3micro(), MachineImage: image(), SecurityGroup: sg, Role: role})
		a := awsautoscaling.NewAutoScalingGroup(st, s("FromLt"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpc, LaunchTemplate: lt})
		a.AddUserData(s("echo lt"))
		a.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:*"), Resources: jsii.Strings("*")}))
		lt2 := awsec2.NewLaunchTemplate(st, s("Lt2"), &awsec2.LaunchTemplateProps{MachineImage: image(), SecurityGroup: sg})
		awsautoscaling.NewAutoScalingGroup(st, s("Mixed"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpc, MixedInstancesPolicy: &awsautoscaling.MixedInstancesPolicy{
				LaunchTemplate: lt2,
				InstancesDistribution: &awsautoscaling.InstancesDistribution{OnDemandBaseCapacity: n(1), OnDemandPercentageAboveBaseCapacity: n(20),
					SpotAllocationStrategy:     awsautoscaling.SpotAllocationStrategy_PRICE_CAPACITY_OPTIMIZED,
					OnDemandAllocationStrategy: awsautoscaling.OnDemandAllocationStrategy_PRIORITIZED, SpotMaxPrice: s("0.1")},
				LaunchTemplateOverrides: &[]*awsautoscaling.LaunchTemplateOverrides{{InstanceType: t3micro()},
					{InstanceType: awsec2.NewInstanceType(s("t3.small")), WeightedCapacity: n(2)}},
			},
		})
		imported := awsec2.LaunchTemplate_FromLaunchTemplateAttributes(st, s("Imported"), &awsec2.LaunchTemplateAttributes{LaunchTemplateName: s("shared"), VersionNumber: s("3")})
		awsautoscaling.NewAutoScalingGroup(st, s("FromImported"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpc, LaunchTemplate: imported, MinCapacity: n(0), MaxCapacity: n(2)})
	},
	"Alb": func(st awscdk.Stack) {
		vpc := vpcOf(st)
		asg := awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpc, InstanceType: t3micro(), MachineImage: image()})
		lb := awselasticloadbalancingv2.NewApplicationLoadBalancer(st, s("Lb"), &awselasticloadbalancingv2.ApplicationLoadBalancerProps{Vpc: vpc, InternetFacing: yes})
		listener := lb.AddListener(s("Http"), &awselasticloadbalancingv2.BaseApplicationListenerProps{Port: n(80)})
		listener.AddTargets(s("Fleet"), &awselasticloadbalancingv2.AddApplicationTargetsProps{Port: n(8080),
			Targets: &[]awselasticloadbalancingv2.IApplicationLoadBalancerTarget{asg}})
		asg.ScaleOnRequestCount(s("Requests"), &awsautoscaling.RequestCountScalingProps{TargetRequestsPerMinute: n(600)})
		nasg := awsautoscaling.NewAutoScalingGroup(st, s("NAsg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpc, InstanceType: t3micro(), MachineImage: image()})
		nlb := awselasticloadbalancingv2.NewNetworkLoadBalancer(st, s("Nlb"), &awselasticloadbalancingv2.NetworkLoadBalancerProps{Vpc: vpc})
		nlb.AddListener(s("Tcp"), &awselasticloadbalancingv2.BaseNetworkListenerProps{Port: n(443)}).AddTargets(s("Fleet"),
			&awselasticloadbalancingv2.AddNetworkTargetsProps{Port: n(443), Targets: &[]awselasticloadbalancingv2.INetworkLoadBalancerTarget{nasg}})
	},
	"Import": func(st awscdk.Stack) {
		asg := awsautoscaling.AutoScalingGroup_FromAutoScalingGroupName(st, s("Asg"), s("existing-asg"))
		asg.ScaleOnCpuUtilization(s("Cpu"), &awsautoscaling.CpuUtilizationScalingProps{TargetUtilizationPercent: n(70)})
		asg.ScaleOnSchedule(s("Up"), &awsautoscaling.BasicScheduledActionProps{Schedule: awsautoscaling.Schedule_Cron(&awsautoscaling.CronOptions{Hour: s("9")}), MinCapacity: n(4)})
		out(st, "Arn", asg.AutoScalingGroupArn())
		out(st, "Name", asg.AutoScalingGroupName())
	},
	"Init": func(st awscdk.Stack) {
		asg := awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpcOf(st), InstanceType: t3micro(), MachineImage: image(),
			Signals: awsautoscaling.Signals_WaitForAll(&awsautoscaling.SignalsOptions{Timeout: awscdk.Duration_Minutes(n(10))}),
			Init: awsec2.CloudFormationInit_FromElements(
				awsec2.InitPackage_Yum(s("nginx"), nil),
				awsec2.InitFile_FromString(s("/etc/motd"), s("hello"), nil),
				awsec2.InitService_Enable(s("nginx"), nil),
				awsec2.InitCommand_ShellCommand(s("echo ready"), nil)),
		})
		asg.AddUserData(s("echo after"))
	},
	"InitOptions": func(st awscdk.Stack) {
		st.Node().SetContext(s("@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig"), false)
		awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpcOf(st), InstanceType: t3micro(), MachineImage: image(),
			Signals:      awsautoscaling.Signals_WaitForMinCapacity(&awsautoscaling.SignalsOptions{Timeout: awscdk.Duration_Minutes(n(5))}),
			UpdatePolicy: awsautoscaling.UpdatePolicy_ReplacingUpdate(),
			Init: awsec2.CloudFormationInit_FromConfigSets(&awsec2.ConfigSetProps{
				ConfigSets: &map[string]*[]*string{"all": jsii.Strings("a", "b"), "only": jsii.Strings("a")},
				Configs: &map[string]awsec2.InitConfig{
					"a": awsec2.NewInitConfig(&[]awsec2.InitElement{awsec2.InitCommand_ArgvCommand(jsii.Strings("echo", "a"), nil)}),
					"b": awsec2.NewInitConfig(&[]awsec2.InitElement{awsec2.InitUser_FromName(s("bob"), nil), awsec2.InitGroup_FromName(s("web"), nil)}),
				},
			}),
			InitOptions: &awsautoscaling.ApplyCloudFormationInitOptions{ConfigSets: jsii.Strings("all"), EmbedFingerprint: jsii.Bool(false),
				PrintLog: jsii.Bool(false), IgnoreFailures: yes, IncludeRole: yes, IncludeUrl: yes},
		})
	},
	"InitApply": func(st awscdk.Stack) {
		asg := awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpcOf(st), InstanceType: t3micro(), MachineImage: awsec2.MachineImage_GenericWindows(&map[string]*string{"us-east-1": s("ami-87654321")}, nil),
			Signals: awsautoscaling.Signals_WaitForCount(n(1), nil),
		})
		asg.ApplyCloudFormationInit(awsec2.CloudFormationInit_FromElements(awsec2.InitCommand_ShellCommand(s("dir"), nil)),
			&awsautoscaling.ApplyCloudFormationInitOptions{PrintLog: yes})
	},
	"UpdatePolicies": func(st awscdk.Stack) {
		vpc := vpcOf(st)
		g := func(id string, p *awsautoscaling.AutoScalingGroupProps) {
			p.Vpc, p.InstanceType, p.MachineImage = vpc, t3micro(), image()
			awsautoscaling.NewAutoScalingGroup(st, s(id), p)
		}
		g("Rolling", &awsautoscaling.AutoScalingGroupProps{UpdatePolicy: awsautoscaling.UpdatePolicy_RollingUpdate(&awsautoscaling.RollingUpdateOptions{MaxBatchSize: n(3), MinInstancesInService: n(1)})})
		g("RollingOnly", &awsautoscaling.AutoScalingGroupProps{IgnoreUnmodifiedSizeProperties: jsii.Bool(false), UpdatePolicy: awsautoscaling.UpdatePolicy_RollingUpdate(nil)})
		g("Refresh", &awsautoscaling.AutoScalingGroupProps{UpdatePolicy: awsautoscaling.UpdatePolicy_InstanceRefresh(&awsautoscaling.InstanceRefreshOptions{
			Strategy: awsautoscaling.InstanceRefreshStrategy_REPLACE_ROOT_VOLUME, SkipMatching: jsii.Bool(false)})})
		g("RefreshBare", &awsautoscaling.AutoScalingGroupProps{UpdatePolicy: awsautoscaling.UpdatePolicy_InstanceRefresh(&awsautoscaling.InstanceRefreshOptions{
			Strategy: awsautoscaling.InstanceRefreshStrategy_ROLLING})})
		g("None", &awsautoscaling.AutoScalingGroupProps{IgnoreUnmodifiedSizeProperties: jsii.Bool(false)})
	},
}

func TestTemplates(t *testing.T) { checkTemplates(t, templateCases, nil) }

func base(st awscdk.Stack, p *awsautoscaling.AutoScalingGroupProps) awsautoscaling.AutoScalingGroup {
	if p == nil {
		p = &awsautoscaling.AutoScalingGroupProps{}
	}
	p.Vpc, p.InstanceType, p.MachineImage = vpcOf(st), t3micro(), image()
	return awsautoscaling.NewAutoScalingGroup(st, s("Asg"), p)
}

var errorCases = map[string]func(st awscdk.Stack){
	"InitWithoutSignals": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{Init: awsec2.CloudFormationInit_FromElements(awsec2.InitCommand_ShellCommand(s("true"), nil))})
	},
	"InitOptionsWithoutInit": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{InitOptions: &awsautoscaling.ApplyCloudFormationInitOptions{PrintLog: jsii.Bool(false)}})
	},
	"ApplyInitWithoutSignals": func(st awscdk.Stack) {
		base(st, nil).ApplyCloudFormationInit(awsec2.CloudFormationInit_FromElements(awsec2.InitCommand_ShellCommand(s("true"), nil)), nil)
	},
	"MinAboveMax": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{MinCapacity: n(5), MaxCapacity: n(2)})
	},
	"DesiredBelowMin": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{MinCapacity: n(3), MaxCapacity: n(5), DesiredCapacity: n(1)})
	},
	"DesiredAboveMax": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{MaxCapacity: n(5), DesiredCapacity: n(9)})
	},
	"TemplateAndInstanceType": func(st awscdk.Stack) {
		awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpcOf(st), InstanceType: t3micro(),
			LaunchTemplate: awsec2.NewLaunchTemplate(st, s("Lt"), &awsec2.LaunchTemplateProps{InstanceType: t3micro(), MachineImage: image()})})
	},
	"NoMachineImage": func(st awscdk.Stack) {
		awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpcOf(st), InstanceType: t3micro()})
	},
	"NoInstanceType": func(st awscdk.Stack) {
		awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpcOf(st), MachineImage: image()})
	},
	"BothHealthChecks": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{HealthCheck: awsautoscaling.HealthCheck_Ec2(nil), HealthChecks: awsautoscaling.HealthChecks_Ec2(nil)})
	},
	"Lifetime": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{MaxInstanceLifetime: awscdk.Duration_Hours(n(2))})
	},
	"HealthyPercentOnlyOne": func(st awscdk.Stack) { base(st, &awsautoscaling.AutoScalingGroupProps{MinHealthyPercentage: n(50)}) },
	"PublicIpPrivateSubnets": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{AssociatePublicIpAddress: yes})
	},
	"CustomLambdaNotFirst": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{TerminationPolicies: &[]awsautoscaling.TerminationPolicy{
			awsautoscaling.TerminationPolicy_DEFAULT, awsautoscaling.TerminationPolicy_CUSTOM_LAMBDA_FUNCTION}})
	},
	"RequestCountUnattached": func(st awscdk.Stack) {
		base(st, nil).ScaleOnRequestCount(s("R"), &awsautoscaling.RequestCountScalingProps{TargetRequestsPerMinute: n(10)})
	},
	"StepsTooFew": func(st awscdk.Stack) {
		base(st, nil).ScaleOnMetric(s("M"), &awsautoscaling.BasicStepScalingPolicyProps{
			Metric:       awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: s("N"), MetricName: s("M")}),
			ScalingSteps: &[]*awsautoscaling.ScalingInterval{{Lower: n(0), Change: n(1)}}})
	},
	"TemplateWithoutImage": func(st awscdk.Stack) {
		awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpcOf(st),
			LaunchTemplate: awsec2.NewLaunchTemplate(st, s("Lt"), &awsec2.LaunchTemplateProps{InstanceType: t3micro()})})
	},
	"WarmPoolSize": func(st awscdk.Stack) { base(st, nil).AddWarmPool(&awsautoscaling.WarmPoolOptions{MinSize: n(-1)}) },
	"WarmPoolPrepared": func(st awscdk.Stack) {
		base(st, nil).AddWarmPool(&awsautoscaling.WarmPoolOptions{MaxGroupPreparedCapacity: n(-5)})
	},
	"HealthyPercentRange": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{MinHealthyPercentage: n(50), MaxHealthyPercentage: n(250)})
	},
	"HealthyPercentSpread": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{MinHealthyPercentage: n(0), MaxHealthyPercentage: n(200)})
	},
	"RefreshMinHealthy": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{UpdatePolicy: awsautoscaling.UpdatePolicy_InstanceRefresh(&awsautoscaling.InstanceRefreshOptions{
			Strategy: awsautoscaling.InstanceRefreshStrategy_ROLLING, MinHealthyPercentage: n(120)})})
	},
	"RefreshCheckpoints": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{UpdatePolicy: awsautoscaling.UpdatePolicy_InstanceRefresh(&awsautoscaling.InstanceRefreshOptions{
			Strategy: awsautoscaling.InstanceRefreshStrategy_ROLLING, CheckpointPercentages: &[]*float64{n(50), n(20)}})})
	},
	"RefreshDelayWithoutCheckpoints": func(st awscdk.Stack) {
		base(st, &awsautoscaling.AutoScalingGroupProps{UpdatePolicy: awsautoscaling.UpdatePolicy_InstanceRefresh(&awsautoscaling.InstanceRefreshOptions{
			Strategy: awsautoscaling.InstanceRefreshStrategy_ROLLING, CheckpointDelay: awscdk.Duration_Minutes(n(5))})})
	},
	"ScheduleNoCapacity": func(st awscdk.Stack) {
		base(st, nil).ScaleOnSchedule(s("S"), &awsautoscaling.BasicScheduledActionProps{Schedule: awsautoscaling.Schedule_Cron(&awsautoscaling.CronOptions{Minute: s("0")})})
	},
	"HookRoleWithoutTarget": func(st awscdk.Stack) {
		base(st, nil).AddLifecycleHook(s("H"), &awsautoscaling.BasicLifecycleHookProps{LifecycleTransition: awsautoscaling.LifecycleTransition_INSTANCE_LAUNCHING,
			Role: awsiam.NewRole(st, s("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("autoscaling.amazonaws.com"), nil)})})
	},
	"StepsDatapoints": func(st awscdk.Stack) {
		base(st, nil).ScaleOnMetric(s("M"), &awsautoscaling.BasicStepScalingPolicyProps{
			Metric:       awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: s("N"), MetricName: s("M")}),
			ScalingSteps: &[]*awsautoscaling.ScalingInterval{{Upper: n(0), Change: n(-1)}, {Lower: n(10), Change: n(1)}}, DatapointsToAlarm: n(3), EvaluationPeriods: n(2)})
	},
	"StepsOverlap": func(st awscdk.Stack) {
		base(st, nil).ScaleOnMetric(s("M"), &awsautoscaling.BasicStepScalingPolicyProps{
			Metric:       awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: s("N"), MetricName: s("M")}),
			ScalingSteps: &[]*awsautoscaling.ScalingInterval{{Lower: n(0), Upper: n(20), Change: n(1)}, {Lower: n(10), Upper: n(30), Change: n(2)}}})
	},
	"AdjustmentNoBounds": func(st awscdk.Stack) {
		awsautoscaling.NewStepScalingAction(st, s("A"), &awsautoscaling.StepScalingActionProps{AutoScalingGroup: base(st, nil)}).
			AddAdjustment(&awsautoscaling.AdjustmentTier{Adjustment: n(1)})
	},
	"MixedWithTemplate": func(st awscdk.Stack) {
		lt := awsec2.NewLaunchTemplate(st, s("Lt"), &awsec2.LaunchTemplateProps{InstanceType: t3micro(), MachineImage: image()})
		awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpcOf(st), LaunchTemplate: lt,
			MixedInstancesPolicy: &awsautoscaling.MixedInstancesPolicy{LaunchTemplate: lt}})
	},
	"OverrideWeight": func(st awscdk.Stack) {
		awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpcOf(st), MixedInstancesPolicy: &awsautoscaling.MixedInstancesPolicy{
			LaunchTemplate:          awsec2.NewLaunchTemplate(st, s("Lt"), &awsec2.LaunchTemplateProps{MachineImage: image()}),
			LaunchTemplateOverrides: &[]*awsautoscaling.LaunchTemplateOverrides{{InstanceType: t3micro(), WeightedCapacity: n(1.5)}}}})
	},
	"TrackingBothMetrics": func(st awscdk.Stack) {
		awsautoscaling.NewTargetTrackingScalingPolicy(st, s("P"), &awsautoscaling.TargetTrackingScalingPolicyProps{AutoScalingGroup: base(st, nil), TargetValue: n(1),
			PredefinedMetric: awsautoscaling.PredefinedMetric_ASG_AVERAGE_CPU_UTILIZATION,
			CustomMetric:     awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: s("N"), MetricName: s("M")})})
	},
	"ThroughputNotGp3": func(st awscdk.Stack) {
		st.Node().SetContext(s("@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig"), false)
		base(st, &awsautoscaling.AutoScalingGroupProps{BlockDevices: &[]*awsautoscaling.BlockDevice{{DeviceName: s("/dev/xvda"),
			Volume: awsautoscaling.BlockDeviceVolume_Ebs(n(10), &awsautoscaling.EbsDeviceOptions{Throughput: n(200)})}}})
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases, nil) }
