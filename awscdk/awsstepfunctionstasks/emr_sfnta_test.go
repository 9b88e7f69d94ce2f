package awsstepfunctionstasks_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	tasks "github.com/strata-cdk/strata/awscdk/awsstepfunctionstasks"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the EMR cluster stacks and errors of the sfnta block of
// testdata/twins.js.
func init() {
	templateCases["EmrCluster"] = emrClusterCase
	templateCases["EmrClusterV1"] = func(s awscdk.Stack) {
		s.Node().SetContext(str("@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2"), false)
		machine(s, tasks.NewEmrCreateCluster(s, str("Cluster"), &tasks.EmrCreateClusterProps{Name: str("c"), Instances: &tasks.EmrCreateCluster_InstancesConfigProperty{}}), nil)
	}
	for k, v := range emrErrors {
		errorCases[k] = v
	}
	sfntaNil["EmrCreateCluster"] = func(s awscdk.Stack) { tasks.NewEmrCreateCluster(s, str("T"), nil) }
	sfntaNil["EmrModifyInstanceFleetByName"] = func(s awscdk.Stack) {
		tasks.NewEmrModifyInstanceFleetByName(s, str("T"), &tasks.EmrModifyInstanceFleetByNameProps{ClusterId: str("c"), InstanceFleetName: str("f")})
	}
}

type (
	cc   = tasks.EmrCreateCluster_InstancesConfigProperty
	grp  = tasks.EmrCreateCluster_InstanceGroupConfigProperty
	flt  = tasks.EmrCreateCluster_InstanceFleetConfigProperty
	itc  = tasks.EmrCreateCluster_InstanceTypeConfigProperty
	ebs  = tasks.EmrCreateCluster_EbsConfigurationProperty
	ebsd = tasks.EmrCreateCluster_EbsBlockDeviceConfigProperty
	vol  = tasks.EmrCreateCluster_VolumeSpecificationProperty
	conf = tasks.EmrCreateCluster_ConfigurationProperty
	lsp  = tasks.EmrCreateCluster_InstanceFleetProvisioningSpecificationsProperty
	spot = tasks.EmrCreateCluster_SpotProvisioningSpecificationProperty
	ond  = tasks.EmrCreateCluster_OnDemandProvisioningSpecificationProperty
)

func emrGroups() *[]*grp {
	return &[]*grp{
		{InstanceCount: num(1), InstanceRole: tasks.EmrCreateCluster_InstanceRoleType_MASTER, InstanceType: str("m5.xlarge"), Name: str("master"),
			Market: tasks.EmrCreateCluster_InstanceMarket_ON_DEMAND,
			EbsConfiguration: &ebs{EbsBlockDeviceConfigs: &[]*ebsd{{VolumeSpecification: &vol{VolumeSize: awscdk.Size_Gibibytes(num(32)),
				VolumeType: tasks.EmrCreateCluster_EbsBlockDeviceVolumeType_GP3, Iops: num(3000)}, VolumesPerInstance: num(2)}}, EbsOptimized: jsii.Bool(true)},
			Configurations: &[]*conf{{Classification: str("c"), Properties: &map[string]*string{"a": str("1")}}}},
		{InstanceCount: num(2), InstanceRole: tasks.EmrCreateCluster_InstanceRoleType_CORE, InstanceType: str("m5.xlarge"), BidPrice: str("0.5"),
			AutoScalingPolicy: &tasks.EmrCreateCluster_AutoScalingPolicyProperty{Constraints: &tasks.EmrCreateCluster_ScalingConstraintsProperty{MinCapacity: num(1), MaxCapacity: num(4)},
				Rules: &[]*tasks.EmrCreateCluster_ScalingRuleProperty{{Name: str("up"), Description: str("d"),
					Action: &tasks.EmrCreateCluster_ScalingActionProperty{Market: tasks.EmrCreateCluster_InstanceMarket_SPOT,
						SimpleScalingPolicyConfiguration: &tasks.EmrCreateCluster_SimpleScalingPolicyConfigurationProperty{
							AdjustmentType: tasks.EmrCreateCluster_ScalingAdjustmentType_CHANGE_IN_CAPACITY, ScalingAdjustment: num(1), CoolDown: num(300)}},
					Trigger: &tasks.EmrCreateCluster_ScalingTriggerProperty{CloudWatchAlarmDefinition: &tasks.EmrCreateCluster_CloudWatchAlarmDefinitionProperty{
						ComparisonOperator: tasks.EmrCreateCluster_CloudWatchAlarmComparisonOperator_GREATER_THAN, MetricName: str("m"), Period: awscdk.Duration_Minutes(num(5)),
						Dimensions:        &[]*tasks.EmrCreateCluster_MetricDimensionProperty{{Key: str("k"), Value: str("v")}},
						EvaluationPeriods: num(1), Namespace: str("AWS/ElasticMapReduce"), Statistic: tasks.EmrCreateCluster_CloudWatchAlarmStatistic_AVERAGE,
						Threshold: num(75), Unit: tasks.EmrCreateCluster_CloudWatchAlarmUnit_PERCENT}}}}}},
	}
}

func emrFleets() *[]*flt {
	return &[]*flt{
		{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_MASTER, TargetOnDemandCapacity: num(1), Name: str("m"),
			InstanceTypeConfigs: &[]*itc{{InstanceType: str("m5.xlarge"), Priority: num(0), WeightedCapacity: num(1)},
				{InstanceType: str("m5.2xlarge"), Priority: num(1), BidPriceAsPercentageOfOnDemandPrice: num(50)}},
			LaunchSpecifications: &lsp{OnDemandSpecification: &ond{AllocationStrategy: tasks.EmrCreateCluster_OnDemandAllocationStrategy_PRIORITIZED}}},
		{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_CORE, TargetSpotCapacity: num(2),
			InstanceTypeConfigs: &[]*itc{{InstanceType: str("r5.xlarge"), BidPrice: str("1"), EbsConfiguration: &ebs{EbsBlockDeviceConfigs: &[]*ebsd{{VolumeSpecification: &vol{
				VolumeSize: awscdk.Size_Gibibytes(num(64)), VolumeType: tasks.EmrCreateCluster_EbsBlockDeviceVolumeType_ST1}}}}}},
			LaunchSpecifications: &lsp{SpotSpecification: &spot{AllocationStrategy: tasks.EmrCreateCluster_SpotAllocationStrategy_CAPACITY_OPTIMIZED,
				Timeout: awscdk.Duration_Minutes(num(10)), TimeoutAction: tasks.EmrCreateCluster_SpotTimeoutAction_SWITCH_TO_ON_DEMAND, BlockDurationMinutes: num(60)}}},
		{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_TASK, TargetSpotCapacity: num(1),
			LaunchSpecifications: &lsp{SpotSpecification: &spot{AllocationStrategy: tasks.EmrCreateCluster_SpotAllocationStrategy_PRICE_CAPACITY_OPTIMIZED,
				TimeoutDurationMinutes: num(20), TimeoutAction: tasks.EmrCreateCluster_SpotTimeoutAction_TERMINATE_CLUSTER}}},
	}
}

func emrClusterCase(s awscdk.Stack) {
	a := tasks.NewEmrCreateCluster(s, str("Cluster"), &tasks.EmrCreateClusterProps{Name: str("c"), ReleaseLabel: str("emr-6.15.0"),
		Instances: &cc{InstanceGroups: emrGroups(), Ec2SubnetId: str("subnet-1"), Ec2KeyName: str("key"), AdditionalMasterSecurityGroups: jsii.Strings("sg-1"),
			Placement: &tasks.EmrCreateCluster_PlacementTypeProperty{AvailabilityZone: str("us-east-1a")}, TerminationProtected: jsii.Bool(false), HadoopVersion: str("3")},
		Applications: &[]*tasks.EmrCreateCluster_ApplicationConfigProperty{{Name: str("Spark"), Version: str("3"), Args: jsii.Strings("a"),
			AdditionalInfo: &map[string]*string{"k": str("v")}}},
		BootstrapActions: &[]*tasks.EmrCreateCluster_BootstrapActionConfigProperty{{Name: str("b"),
			ScriptBootstrapAction: &tasks.EmrCreateCluster_ScriptBootstrapActionConfigProperty{Path: str("s3://x/y.sh"), Args: jsii.Strings("1")}}},
		Configurations: &[]*conf{{Classification: str("spark"), Properties: &map[string]*string{"a": str("1")}}}, CustomAmiId: str("ami-1"),
		EbsRootVolumeSize: awscdk.Size_Gibibytes(num(20)), EbsRootVolumeIops: num(3000), EbsRootVolumeThroughput: num(125),
		KerberosAttributes: &tasks.EmrCreateCluster_KerberosAttributesProperty{Realm: str("R"), KdcAdminPassword: str("p"), AdDomainJoinUser: str("u")},
		LogUri:             str("s3://logs"),
		ManagedScalingPolicy: &tasks.EmrCreateCluster_ManagedScalingPolicyProperty{ComputeLimits: &tasks.EmrCreateCluster_ManagedScalingComputeLimitsProperty{
			UnitType: tasks.EmrCreateCluster_ComputeLimitsUnitType_INSTANCES, MinimumCapacityUnits: num(1), MaximumCapacityUnits: num(5),
			MaximumOnDemandCapacityUnits: num(2), MaximumCoreCapacityUnits: num(3)}},
		ScaleDownBehavior: tasks.EmrCreateCluster_EmrClusterScaleDownBehavior_TERMINATE_AT_TASK_COMPLETION, SecurityConfiguration: str("sc"),
		StepConcurrencyLevel: num(2), Tags: &map[string]*string{"b": str("2"), "a": str("1")}, VisibleToAllUsers: jsii.Bool(false),
		AutoTerminationPolicyIdleTimeout: awscdk.Duration_Hours(num(1))})
	service := awsiam.NewRole(s, str("Service"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("elasticmapreduce.amazonaws.com"), nil)})
	b := tasks.EmrCreateCluster_JsonPath(s, str("Fleets"), &tasks.EmrCreateClusterJsonPathProps{Name: sfn.JsonPath_StringAt(str("$.name")),
		IntegrationPattern: sfn.IntegrationPattern_REQUEST_RESPONSE, ServiceRole: service,
		ClusterRole: awsiam.Role_FromRoleArn(s, str("Instance"), str("arn:aws:iam::111111111111:role/emr-ec2"), nil),
		Instances:   &cc{InstanceFleets: emrFleets(), Ec2SubnetIds: jsii.Strings("subnet-1", "subnet-2")}})
	c := tasks.EmrCreateCluster_Jsonata(s, str("Nata"), &tasks.EmrCreateClusterJsonataProps{Name: str("{% $n %}"), Instances: &cc{}, Tags: &map[string]*string{},
		AutoScalingRole: awsiam.Role_FromRoleArn(s, str("Scaling"), str("arn:aws:iam::111111111111:role/emr-as"), nil)})
	d := tasks.NewEmrModifyInstanceFleetByName(s, str("ModifyFleet"), &tasks.EmrModifyInstanceFleetByNameProps{ClusterId: str("c-1"),
		InstanceFleetName: sfn.JsonPath_StringAt(str("$.f")), TargetOnDemandCapacity: num(2), TargetSpotCapacity: num(0)})
	e := tasks.EmrModifyInstanceFleetByName_Jsonata(s, str("ModifyFleetNata"), &tasks.EmrModifyInstanceFleetByNameJsonataProps{ClusterId: str("{% $c %}"),
		InstanceFleetName: str("f"), TargetOnDemandCapacity: num(1), TargetSpotCapacity: num(1)})
	machine(s, a.Next(b).Next(c).Next(d).Next(e), nil)
}

func emr(s awscdk.Stack, mod func(p *tasks.EmrCreateClusterProps)) tasks.EmrCreateCluster {
	p := &tasks.EmrCreateClusterProps{Name: str("c"), Instances: &cc{}}
	if mod != nil {
		mod(p)
	}
	return tasks.NewEmrCreateCluster(s, str("T"), p)
}

func emrFleet(s awscdk.Stack, f *flt) {
	machine(s, emr(s, func(p *tasks.EmrCreateClusterProps) { p.Instances = &cc{InstanceFleets: &[]*flt{f}} }).Next(sfn.NewPass(s, str("P"), nil)), nil)
}

var masterFleet = func() *flt {
	return &flt{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_MASTER, TargetOnDemandCapacity: num(1)}
}

var emrErrors = map[string]func(s awscdk.Stack){
	"EmrFleetsAutoScaling": func(s awscdk.Stack) {
		emr(s, func(p *tasks.EmrCreateClusterProps) {
			p.Instances = &cc{InstanceFleets: &[]*flt{masterFleet()}}
			p.AutoScalingRole = awsiam.Role_FromRoleArn(s, str("R"), str("arn:aws:iam::111111111111:role/r"), nil)
		})
	},
	"EmrNoAutoScalingRole": func(s awscdk.Stack) {
		emr(s, func(p *tasks.EmrCreateClusterProps) { p.Instances = &cc{InstanceFleets: &[]*flt{masterFleet()}} }).AutoScalingRole()
	},
	"EmrIdleTimeout": func(s awscdk.Stack) {
		emr(s, func(p *tasks.EmrCreateClusterProps) {
			p.AutoTerminationPolicyIdleTimeout = awscdk.Duration_Seconds(num(30))
		})
	},
	"EmrReleaseLabel": func(s awscdk.Stack) { emr(s, func(p *tasks.EmrCreateClusterProps) { p.ReleaseLabel = str("emr-6.x") }) },
	"EmrStepConcurrency": func(s awscdk.Stack) {
		emr(s, func(p *tasks.EmrCreateClusterProps) { p.StepConcurrencyLevel = num(300) })
	},
	"EmrStepConcurrencyOld": func(s awscdk.Stack) {
		emr(s, func(p *tasks.EmrCreateClusterProps) {
			p.ReleaseLabel, p.StepConcurrencyLevel = str("emr-5.20.0"), num(2)
		})
	},
	"EmrEbsSize": func(s awscdk.Stack) {
		emr(s, func(p *tasks.EmrCreateClusterProps) { p.EbsRootVolumeSize = awscdk.Size_Gibibytes(num(10)) })
	},
	"EmrEbsIopsOld": func(s awscdk.Stack) {
		emr(s, func(p *tasks.EmrCreateClusterProps) {
			p.ReleaseLabel, p.EbsRootVolumeIops = str("emr-6.10.0"), num(3000)
		})
	},
	"EmrThroughput": func(s awscdk.Stack) {
		emr(s, func(p *tasks.EmrCreateClusterProps) { p.EbsRootVolumeThroughput = num(100) })
	},
	"EmrIops": func(s awscdk.Stack) {
		emr(s, func(p *tasks.EmrCreateClusterProps) { p.EbsRootVolumeIops = num(20000) })
	},
	"EmrCreateCallback": func(s awscdk.Stack) {
		emr(s, func(p *tasks.EmrCreateClusterProps) {
			p.IntegrationPattern = sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN
		})
	},
	"EmrFleetNoCapacity": func(s awscdk.Stack) {
		emrFleet(s, &flt{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_CORE})
	},
	"EmrMasterFleetBoth": func(s awscdk.Stack) {
		emrFleet(s, &flt{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_MASTER, TargetOnDemandCapacity: num(1), TargetSpotCapacity: num(1)})
	},
	"EmrMasterFleetTwo": func(s awscdk.Stack) {
		emrFleet(s, &flt{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_MASTER, TargetSpotCapacity: num(2)})
	},
	"EmrSpotTimeoutBoth": func(s awscdk.Stack) {
		emrFleet(s, &flt{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_CORE, TargetSpotCapacity: num(1), LaunchSpecifications: &lsp{SpotSpecification: &spot{
			Timeout: awscdk.Duration_Minutes(num(10)), TimeoutDurationMinutes: num(10), TimeoutAction: tasks.EmrCreateCluster_SpotTimeoutAction_TERMINATE_CLUSTER}}})
	},
	"EmrSpotTimeoutRange": func(s awscdk.Stack) {
		emrFleet(s, &flt{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_CORE, TargetSpotCapacity: num(1), LaunchSpecifications: &lsp{SpotSpecification: &spot{
			TimeoutDurationMinutes: num(2), TimeoutAction: tasks.EmrCreateCluster_SpotTimeoutAction_TERMINATE_CLUSTER}}})
	},
	"EmrBidBoth": func(s awscdk.Stack) {
		emrFleet(s, &flt{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_CORE, TargetSpotCapacity: num(1),
			InstanceTypeConfigs: &[]*itc{{InstanceType: str("m5.xlarge"), BidPrice: str("1"), BidPriceAsPercentageOfOnDemandPrice: num(50)}}})
	},
	"EmrPriorityNegative": func(s awscdk.Stack) {
		emrFleet(s, &flt{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_CORE, TargetOnDemandCapacity: num(1),
			InstanceTypeConfigs:  &[]*itc{{InstanceType: str("m5.xlarge"), Priority: num(-1)}},
			LaunchSpecifications: &lsp{OnDemandSpecification: &ond{AllocationStrategy: tasks.EmrCreateCluster_OnDemandAllocationStrategy_PRIORITIZED}}})
	},
	"EmrPriorityNotPrioritized": func(s awscdk.Stack) {
		emrFleet(s, &flt{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_CORE, TargetOnDemandCapacity: num(1),
			InstanceTypeConfigs: &[]*itc{{InstanceType: str("m5.xlarge"), Priority: num(1)}}})
	},
	"EmrPrioritizedNoPriority": func(s awscdk.Stack) {
		emrFleet(s, &flt{InstanceFleetType: tasks.EmrCreateCluster_InstanceRoleType_CORE, TargetOnDemandCapacity: num(1),
			InstanceTypeConfigs:  &[]*itc{{InstanceType: str("m5.xlarge")}},
			LaunchSpecifications: &lsp{OnDemandSpecification: &ond{AllocationStrategy: tasks.EmrCreateCluster_OnDemandAllocationStrategy_PRIORITIZED}}})
	},
}
