package awsecs

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// EC2 capacity of a cluster: Auto Scaling groups registered as container
// instances, directly (AddCapacity) or through a capacity provider
// (AsgCapacityProvider, AddAsgCapacityProvider).

// AddAutoScalingGroupCapacityOptions configure how a group joins a cluster.
type AddAutoScalingGroupCapacityOptions struct {
	MachineImageType     MachineImageType `field:"optional" json:"machineImageType" yaml:"machineImageType"`
	SpotInstanceDraining *bool            `field:"optional" json:"spotInstanceDraining" yaml:"spotInstanceDraining"`
	TopicEncryptionKey   awskms.IKey      `field:"optional" json:"topicEncryptionKey" yaml:"topicEncryptionKey"`
}

// AsgCapacityProviderProps are the props of NewAsgCapacityProvider.
type AsgCapacityProviderProps struct {
	MachineImageType                   MachineImageType                 `field:"optional" json:"machineImageType" yaml:"machineImageType"`
	SpotInstanceDraining               *bool                            `field:"optional" json:"spotInstanceDraining" yaml:"spotInstanceDraining"`
	TopicEncryptionKey                 awskms.IKey                      `field:"optional" json:"topicEncryptionKey" yaml:"topicEncryptionKey"`
	AutoScalingGroup                   awsautoscaling.IAutoScalingGroup `field:"required" json:"autoScalingGroup" yaml:"autoScalingGroup"`
	CapacityProviderName               *string                          `field:"optional" json:"capacityProviderName" yaml:"capacityProviderName"`
	EnableManagedDraining              *bool                            `field:"optional" json:"enableManagedDraining" yaml:"enableManagedDraining"`
	EnableManagedScaling               *bool                            `field:"optional" json:"enableManagedScaling" yaml:"enableManagedScaling"`
	EnableManagedTerminationProtection *bool                            `field:"optional" json:"enableManagedTerminationProtection" yaml:"enableManagedTerminationProtection"`
	InstanceWarmupPeriod               *float64                         `field:"optional" json:"instanceWarmupPeriod" yaml:"instanceWarmupPeriod"`
	MaximumScalingStepSize             *float64                         `field:"optional" json:"maximumScalingStepSize" yaml:"maximumScalingStepSize"`
	MinimumScalingStepSize             *float64                         `field:"optional" json:"minimumScalingStepSize" yaml:"minimumScalingStepSize"`
	TargetCapacityPercent              *float64                         `field:"optional" json:"targetCapacityPercent" yaml:"targetCapacityPercent"`
}

// AsgCapacityProvider is an ECS capacity provider over an Auto Scaling group
// (AWS::ECS::CapacityProvider); add it to a cluster with AddAsgCapacityProvider.
type AsgCapacityProvider interface {
	constructs.Construct
	AutoScalingGroup() awsautoscaling.AutoScalingGroup
	CapacityProviderName() *string
	EnableManagedDraining() *bool
	EnableManagedTerminationProtection() *bool
	MachineImageType() MachineImageType
}

type asgCapacityProvider struct {
	constructs.Construct
	asg                  awsautoscaling.IAutoScalingGroup
	name                 *string
	draining, protection *bool
	imageType            MachineImageType
}

// AutoScalingGroup is the provider's group (nil when it was imported).
func (p *asgCapacityProvider) AutoScalingGroup() awsautoscaling.AutoScalingGroup {
	g, _ := p.asg.(awsautoscaling.AutoScalingGroup)
	return g
}
func (p *asgCapacityProvider) CapacityProviderName() *string             { return p.name }
func (p *asgCapacityProvider) EnableManagedDraining() *bool              { return p.draining }
func (p *asgCapacityProvider) EnableManagedTerminationProtection() *bool { return p.protection }
func (p *asgCapacityProvider) MachineImageType() MachineImageType        { return p.imageType }

// reservedProviderName: a capacity provider name may not start with these.
var reservedProviderName = regexp.MustCompile(`^(aws|ecs|fargate)`)

// NewAsgCapacityProvider creates a capacity provider for an Auto Scaling
// group; managed scaling and managed termination protection are on by default.
func NewAsgCapacityProvider(scope constructs.Construct, id *string, props *AsgCapacityProviderProps) AsgCapacityProvider {
	props = l2.Inject(*AsgCapacityProvider_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.AutoScalingGroup == nil {
		l2.RequireProps(scope, id, "AsgCapacityProviderProps", "AutoScalingGroup")
	}
	p := &asgCapacityProvider{Construct: constructs.NewConstruct(scope, id), asg: props.AutoScalingGroup}
	p.imageType = props.MachineImageType
	if p.imageType == "" {
		p.imageType = MachineImageType_AMAZON_LINUX_2
	}
	p.protection = props.EnableManagedTerminationProtection
	if p.protection == nil {
		p.protection = boolp(true)
	}
	p.draining = props.EnableManagedDraining
	var draining *string
	if p.draining != nil {
		draining = str("DISABLED")
		if *p.draining {
			draining = str("ENABLED")
		}
	}
	if *p.protection && props.EnableManagedScaling != nil && !*props.EnableManagedScaling {
		l2.Throw(p, "Cannot enable Managed Termination Protection on a Capacity Provider when Managed Scaling is disabled. Either enable Managed Scaling or disable Managed Termination Protection.")
	}
	if *p.protection {
		g, ok := props.AutoScalingGroup.(awsautoscaling.AutoScalingGroup)
		if !ok {
			l2.Throw(p, "Cannot enable Managed Termination Protection on a Capacity Provider when providing an imported AutoScalingGroup.")
		}
		g.ProtectNewInstancesFromScaleIn()
	}
	name := props.CapacityProviderName
	if name != nil {
		if reservedProviderName.MatchString(*name) || *name == "" {
			l2.Throw(p, "Invalid Capacity Provider Name: %s, If a name is specified, it cannot start with aws, ecs, or fargate.", *name)
		}
	} else if stackName := *awscdk.Stack_Of(p).StackName(); reservedProviderName.MatchString(stackName) || stackName == "" {
		name = str("cp-" + *awscdk.Names_UniqueResourceName(p, &awscdk.UniqueResourceNameOptions{MaxLength: num(252), AllowedSpecialCharacters: str("-_")}))
	}
	if w := props.InstanceWarmupPeriod; w != nil && !isUnresolvedNum(w) && *w != 0 && (*w < 0 || *w > 10000) {
		l2.Throw(p, "InstanceWarmupPeriod must be between 0 and 10000 inclusive, got: %s.", jsNumber(w))
	}
	asgProvider := &CfnCapacityProvider_AutoScalingGroupProviderProperty{
		AutoScalingGroupArn:          props.AutoScalingGroup.AutoScalingGroupName(),
		ManagedTerminationProtection: str("DISABLED"), ManagedDraining: draining,
	}
	if *p.protection {
		asgProvider.ManagedTerminationProtection = str("ENABLED")
	}
	if props.EnableManagedScaling == nil || *props.EnableManagedScaling {
		target := props.TargetCapacityPercent
		if target == nil || *target == 0 {
			target = num(100)
		}
		asgProvider.ManagedScaling = &CfnCapacityProvider_ManagedScalingProperty{Status: str("ENABLED"), TargetCapacity: target,
			MaximumScalingStepSize: props.MaximumScalingStepSize, MinimumScalingStepSize: props.MinimumScalingStepSize,
			InstanceWarmupPeriod: props.InstanceWarmupPeriod}
	}
	res := NewCfnCapacityProvider(p, id, &CfnCapacityProviderProps{Name: name, AutoScalingGroupProvider: asgProvider})
	p.name = res.Ref()
	return p
}

func isUnresolvedNum(f *float64) bool { return *awscdk.Token_IsUnresolved(f) }

// NewAsgCapacityProvider_Override backs a Go "subclass" of AsgCapacityProvider.
func NewAsgCapacityProvider_Override(a AsgCapacityProvider, scope constructs.Construct, id *string, props *AsgCapacityProviderProps) {
	l2.Override(a, NewAsgCapacityProvider(scope, id, props))
}

func AsgCapacityProvider_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs.AsgCapacityProvider")
}
func AsgCapacityProvider_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ec2Capacity is what a cluster knows of its EC2 capacity.
type ec2Capacity struct {
	has bool
	asg awsautoscaling.IAutoScalingGroup
}

// AddAsgCapacityProvider registers a capacity provider's group with the
// cluster and adds the provider to the cluster's capacity providers.
func (c *cluster) AddAsgCapacityProvider(provider AsgCapacityProvider, options *AddAutoScalingGroupCapacityOptions) {
	if provider == nil {
		l2.Throw(c, "AddAsgCapacityProvider needs a capacity provider")
	}
	for _, n := range c.providers {
		if n == sv(provider.CapacityProviderName()) {
			return
		}
	}
	o := AddAutoScalingGroupCapacityOptions{}
	if options != nil {
		o = *options
	}
	c.ec2.has = true
	drain := awscdk.Duration(nil)
	if truthy(provider.EnableManagedTerminationProtection()) || truthy(provider.EnableManagedDraining()) {
		drain = awscdk.Duration_Seconds(num(0))
	}
	var g awsautoscaling.IAutoScalingGroup = provider.AutoScalingGroup()
	if provider.AutoScalingGroup() == nil {
		if p, ok := provider.(*asgCapacityProvider); ok {
			g = p.asg
		}
	}
	c.configureAutoScalingGroup(g, provider.MachineImageType(), o.SpotInstanceDraining, o.TopicEncryptionKey, drain)
	c.providers = append(c.providers, sv(provider.CapacityProviderName()))
}

// AddCapacity adds an Auto Scaling group of ECS-optimized instances
// (Amazon Linux 2 unless told otherwise) to the cluster.
func (c *cluster) AddCapacity(id *string, options *AddCapacityOptions) awsautoscaling.AutoScalingGroup {
	if options == nil || options.InstanceType == nil {
		l2.Throw(c, "AddCapacity needs options with an InstanceType")
	}
	image := options.MachineImage
	if image == nil {
		if options.MachineImageType == MachineImageType_BOTTLEROCKET {
			image = NewBottleRocketImage(&BottleRocketImageProps{Architecture: options.InstanceType.Architecture()})
		} else {
			image = EcsOptimizedImage_AmazonLinux2(AmiHardwareType_STANDARD, nil)
		}
	}
	imageType := options.MachineImageType
	if imageType == "" {
		imageType = MachineImageType_AMAZON_LINUX_2
		if truthy(BottleRocketImage_IsBottleRocketImage(image)) {
			imageType = MachineImageType_BOTTLEROCKET
		}
	}
	update := options.UpdatePolicy
	if update == nil {
		// aws-cdk-lib's legacy default (updateType REPLACING_UPDATE) renders the same.
		update = awsautoscaling.UpdatePolicy_ReplacingUpdate()
	}
	o := options
	g := awsautoscaling.NewAutoScalingGroup(c, id, &awsautoscaling.AutoScalingGroupProps{
		Vpc: c.vpc, MachineImage: image, InstanceType: o.InstanceType, UpdatePolicy: update,
		AllowAllOutbound: o.AllowAllOutbound, AssociatePublicIpAddress: o.AssociatePublicIpAddress, AutoScalingGroupName: o.AutoScalingGroupName,
		AzCapacityDistributionStrategy: o.AzCapacityDistributionStrategy, BlockDevices: o.BlockDevices, CapacityRebalance: o.CapacityRebalance,
		Cooldown: o.Cooldown, DefaultInstanceWarmup: o.DefaultInstanceWarmup, DeletionProtection: o.DeletionProtection,
		DesiredCapacity: o.DesiredCapacity, GroupMetrics: o.GroupMetrics, HealthCheck: o.HealthCheck, HealthChecks: o.HealthChecks,
		IgnoreUnmodifiedSizeProperties: o.IgnoreUnmodifiedSizeProperties, InstanceLifecyclePolicy: o.InstanceLifecyclePolicy,
		InstanceMonitoring: o.InstanceMonitoring, KeyName: o.KeyName, KeyPair: o.KeyPair, MaxCapacity: o.MaxCapacity,
		MaxInstanceLifetime: o.MaxInstanceLifetime, MinCapacity: o.MinCapacity, NewInstancesProtectedFromScaleIn: o.NewInstancesProtectedFromScaleIn,
		Notifications: o.Notifications, Signals: o.Signals, SpotPrice: o.SpotPrice, SsmSessionPermissions: o.SsmSessionPermissions,
		TerminationPolicies: o.TerminationPolicies, TerminationPolicyCustomLambdaFunctionArn: o.TerminationPolicyCustomLambdaFunctionArn,
		VpcSubnets: o.VpcSubnets,
	})
	c.ec2.has = true
	c.conns.AddSecurityGroup(*g.Connections().SecurityGroups()...)
	c.configureAutoScalingGroup(g, imageType, o.SpotInstanceDraining, o.TopicEncryptionKey, nil)
	return g
}

// configureAutoScalingGroup makes a group's instances join the cluster:
// user data naming the cluster, the agent's permissions, and (unless
// taskDrainTime is zero) a hook draining tasks before an instance terminates.
func (c *cluster) configureAutoScalingGroup(group awsautoscaling.IAutoScalingGroup, imageType MachineImageType, spotDraining *bool, topicKey awskms.IKey, taskDrainTime awscdk.Duration) {
	g, ok := group.(awsautoscaling.AutoScalingGroup)
	if !ok {
		l2.Throw(c, "Cannot configure the AutoScalingGroup because it is an imported resource.")
	}
	if imageType == "" {
		imageType = MachineImageType_AMAZON_LINUX_2
	}
	name := sv(c.ClusterName())
	switch {
	case g.OsType() == awsec2.OperatingSystemType_WINDOWS:
		g.AddUserData(str(`Remove-Item -Recurse C:\ProgramData\Amazon\ECS\Cache`), str("Import-Module ECSTools"),
			str(`[Environment]::SetEnvironmentVariable("ECS_CLUSTER", "`+name+`", "Machine")`),
			str(`[Environment]::SetEnvironmentVariable("ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE", "true", "Machine")`),
			str(`[Environment]::SetEnvironmentVariable("ECS_AVAILABLE_LOGGING_DRIVERS", '["json-file","awslogs"]', "Machine")`))
		if g.SpotPrice() != nil && truthy(spotDraining) {
			g.AddUserData(str(`[Environment]::SetEnvironmentVariable("ECS_ENABLE_SPOT_INSTANCE_DRAINING", "true", "Machine")`))
		}
		g.AddUserData(str("Initialize-ECSAgent -Cluster '" + name + "'"))
	case imageType == MachineImageType_BOTTLEROCKET:
		g.AddUserData(str("[settings.ecs]"), str(`cluster = "`+name+`"`))
		g.Role().AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("AmazonSSMManagedInstanceCore")))
		g.Role().AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("service-role/AmazonEC2ContainerServiceforEC2Role")))
	case imageType == MachineImageType_AMAZON_LINUX_2:
		g.AddUserData(str("echo ECS_CLUSTER=" + name + " >> /etc/ecs/ecs.config"))
		if g.SpotPrice() != nil && truthy(spotDraining) {
			g.AddUserData(str("echo ECS_ENABLE_SPOT_INSTANCE_DRAINING=true >> /etc/ecs/ecs.config"))
		}
	default:
		awscdk.Annotations_Of(c).AddWarningV2(str("@aws-cdk/aws-ecs:unknownImageType"), str("Unknown ECS Image type: "+string(imageType)+"."))
	}
	arn := c.ClusterArn()
	g.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("ecs:DeregisterContainerInstance", "ecs:RegisterContainerInstance", "ecs:Submit*"), Resources: &[]*string{arn}}))
	g.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("ecs:Poll", "ecs:StartTelemetrySession"), Resources: jsii.Strings("*"),
		Conditions: &map[string]interface{}{"ArnEquals": map[string]interface{}{"ecs:cluster": arn}}}))
	g.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("ecs:DiscoverPollEndpoint", "ecr:GetAuthorizationToken", "logs:CreateLogStream", "logs:PutLogEvents"), Resources: jsii.Strings("*")}))
	if taskDrainTime == nil || *taskDrainTime.ToSeconds(nil) != 0 {
		newInstanceDrainHook(g, c, taskDrainTime, topicKey)
	}
}
