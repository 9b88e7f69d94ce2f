package awsautoscaling

import (
	"fmt"
	"math"
	"reflect"
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancing"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsautoscaling"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// The flag `cdk init` sets: the group gets a launch template instead of a
// launch configuration.
const generateLaunchTemplateFlag = "@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig"

// NotificationConfiguration sends the group's events to an SNS topic.
type NotificationConfiguration struct {
	Topic         awssns.ITopic `field:"required" json:"topic" yaml:"topic"`
	ScalingEvents ScalingEvents `field:"optional" json:"scalingEvents" yaml:"scalingEvents"`
}

// InstancesDistribution splits a mixed group between On-Demand and Spot.
type InstancesDistribution struct {
	OnDemandAllocationStrategy          OnDemandAllocationStrategy `field:"optional" json:"onDemandAllocationStrategy" yaml:"onDemandAllocationStrategy"`
	OnDemandBaseCapacity                *float64                   `field:"optional" json:"onDemandBaseCapacity" yaml:"onDemandBaseCapacity"`
	OnDemandPercentageAboveBaseCapacity *float64                   `field:"optional" json:"onDemandPercentageAboveBaseCapacity" yaml:"onDemandPercentageAboveBaseCapacity"`
	SpotAllocationStrategy              SpotAllocationStrategy     `field:"optional" json:"spotAllocationStrategy" yaml:"spotAllocationStrategy"`
	SpotInstancePools                   *float64                   `field:"optional" json:"spotInstancePools" yaml:"spotInstancePools"`
	SpotMaxPrice                        *string                    `field:"optional" json:"spotMaxPrice" yaml:"spotMaxPrice"`
}

// LaunchTemplateOverrides replace the instance type (or template) of a mixed group.
type LaunchTemplateOverrides struct {
	InstanceRequirements *CfnAutoScalingGroup_InstanceRequirementsProperty `field:"optional" json:"instanceRequirements" yaml:"instanceRequirements"`
	InstanceType         awsec2.InstanceType                               `field:"optional" json:"instanceType" yaml:"instanceType"`
	LaunchTemplate       awsec2.ILaunchTemplate                            `field:"optional" json:"launchTemplate" yaml:"launchTemplate"`
	WeightedCapacity     *float64                                          `field:"optional" json:"weightedCapacity" yaml:"weightedCapacity"`
}

// MixedInstancesPolicy launches several instance types, On-Demand and Spot.
type MixedInstancesPolicy struct {
	LaunchTemplate          awsec2.ILaunchTemplate      `field:"required" json:"launchTemplate" yaml:"launchTemplate"`
	InstancesDistribution   *InstancesDistribution      `field:"optional" json:"instancesDistribution" yaml:"instancesDistribution"`
	LaunchTemplateOverrides *[]*LaunchTemplateOverrides `field:"optional" json:"launchTemplateOverrides" yaml:"launchTemplateOverrides"`
}

// RetentionTriggers say what happens to instances when a hook is abandoned.
type RetentionTriggers struct {
	TerminateHookAbandon TerminateHookAbandonAction `field:"optional" json:"terminateHookAbandon" yaml:"terminateHookAbandon"`
}

// InstanceLifecyclePolicy is the group's instance lifecycle policy.
type InstanceLifecyclePolicy struct {
	RetentionTriggers *RetentionTriggers `field:"optional" json:"retentionTriggers" yaml:"retentionTriggers"`
}

// ApplyCloudFormationInitOptions configure how the instances run cfn-init.
type ApplyCloudFormationInitOptions struct {
	ConfigSets       *[]*string `field:"optional" json:"configSets" yaml:"configSets"`
	EmbedFingerprint *bool      `field:"optional" json:"embedFingerprint" yaml:"embedFingerprint"`
	IgnoreFailures   *bool      `field:"optional" json:"ignoreFailures" yaml:"ignoreFailures"`
	IncludeRole      *bool      `field:"optional" json:"includeRole" yaml:"includeRole"`
	IncludeUrl       *bool      `field:"optional" json:"includeUrl" yaml:"includeUrl"`
	PrintLog         *bool      `field:"optional" json:"printLog" yaml:"printLog"`
}

// CommonAutoScalingGroupProps are the props every group takes.
type CommonAutoScalingGroupProps struct {
	AllowAllOutbound                         *bool                         `field:"optional" json:"allowAllOutbound" yaml:"allowAllOutbound"`
	AssociatePublicIpAddress                 *bool                         `field:"optional" json:"associatePublicIpAddress" yaml:"associatePublicIpAddress"`
	AutoScalingGroupName                     *string                       `field:"optional" json:"autoScalingGroupName" yaml:"autoScalingGroupName"`
	AzCapacityDistributionStrategy           CapacityDistributionStrategy  `field:"optional" json:"azCapacityDistributionStrategy" yaml:"azCapacityDistributionStrategy"`
	BlockDevices                             *[]*BlockDevice               `field:"optional" json:"blockDevices" yaml:"blockDevices"`
	CapacityRebalance                        *bool                         `field:"optional" json:"capacityRebalance" yaml:"capacityRebalance"`
	Cooldown                                 awscdk.Duration               `field:"optional" json:"cooldown" yaml:"cooldown"`
	DefaultInstanceWarmup                    awscdk.Duration               `field:"optional" json:"defaultInstanceWarmup" yaml:"defaultInstanceWarmup"`
	DeletionProtection                       DeletionProtection            `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	DesiredCapacity                          *float64                      `field:"optional" json:"desiredCapacity" yaml:"desiredCapacity"`
	GroupMetrics                             *[]GroupMetrics               `field:"optional" json:"groupMetrics" yaml:"groupMetrics"`
	HealthCheck                              HealthCheck                   `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	HealthChecks                             HealthChecks                  `field:"optional" json:"healthChecks" yaml:"healthChecks"`
	IgnoreUnmodifiedSizeProperties           *bool                         `field:"optional" json:"ignoreUnmodifiedSizeProperties" yaml:"ignoreUnmodifiedSizeProperties"`
	InstanceLifecyclePolicy                  *InstanceLifecyclePolicy      `field:"optional" json:"instanceLifecyclePolicy" yaml:"instanceLifecyclePolicy"`
	InstanceMonitoring                       Monitoring                    `field:"optional" json:"instanceMonitoring" yaml:"instanceMonitoring"`
	KeyName                                  *string                       `field:"optional" json:"keyName" yaml:"keyName"`
	KeyPair                                  awsec2.IKeyPair               `field:"optional" json:"keyPair" yaml:"keyPair"`
	MaxCapacity                              *float64                      `field:"optional" json:"maxCapacity" yaml:"maxCapacity"`
	MaxInstanceLifetime                      awscdk.Duration               `field:"optional" json:"maxInstanceLifetime" yaml:"maxInstanceLifetime"`
	MinCapacity                              *float64                      `field:"optional" json:"minCapacity" yaml:"minCapacity"`
	NewInstancesProtectedFromScaleIn         *bool                         `field:"optional" json:"newInstancesProtectedFromScaleIn" yaml:"newInstancesProtectedFromScaleIn"`
	Notifications                            *[]*NotificationConfiguration `field:"optional" json:"notifications" yaml:"notifications"`
	Signals                                  Signals                       `field:"optional" json:"signals" yaml:"signals"`
	SpotPrice                                *string                       `field:"optional" json:"spotPrice" yaml:"spotPrice"`
	SsmSessionPermissions                    *bool                         `field:"optional" json:"ssmSessionPermissions" yaml:"ssmSessionPermissions"`
	TerminationPolicies                      *[]TerminationPolicy          `field:"optional" json:"terminationPolicies" yaml:"terminationPolicies"`
	TerminationPolicyCustomLambdaFunctionArn *string                       `field:"optional" json:"terminationPolicyCustomLambdaFunctionArn" yaml:"terminationPolicyCustomLambdaFunctionArn"`
	UpdatePolicy                             UpdatePolicy                  `field:"optional" json:"updatePolicy" yaml:"updatePolicy"`
	VpcSubnets                               *awsec2.SubnetSelection       `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// AutoScalingGroupProps are the props of NewAutoScalingGroup.
type AutoScalingGroupProps struct {
	AllowAllOutbound                         *bool                           `field:"optional" json:"allowAllOutbound" yaml:"allowAllOutbound"`
	AssociatePublicIpAddress                 *bool                           `field:"optional" json:"associatePublicIpAddress" yaml:"associatePublicIpAddress"`
	AutoScalingGroupName                     *string                         `field:"optional" json:"autoScalingGroupName" yaml:"autoScalingGroupName"`
	AzCapacityDistributionStrategy           CapacityDistributionStrategy    `field:"optional" json:"azCapacityDistributionStrategy" yaml:"azCapacityDistributionStrategy"`
	BlockDevices                             *[]*BlockDevice                 `field:"optional" json:"blockDevices" yaml:"blockDevices"`
	CapacityRebalance                        *bool                           `field:"optional" json:"capacityRebalance" yaml:"capacityRebalance"`
	Cooldown                                 awscdk.Duration                 `field:"optional" json:"cooldown" yaml:"cooldown"`
	DefaultInstanceWarmup                    awscdk.Duration                 `field:"optional" json:"defaultInstanceWarmup" yaml:"defaultInstanceWarmup"`
	DeletionProtection                       DeletionProtection              `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	DesiredCapacity                          *float64                        `field:"optional" json:"desiredCapacity" yaml:"desiredCapacity"`
	GroupMetrics                             *[]GroupMetrics                 `field:"optional" json:"groupMetrics" yaml:"groupMetrics"`
	HealthCheck                              HealthCheck                     `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	HealthChecks                             HealthChecks                    `field:"optional" json:"healthChecks" yaml:"healthChecks"`
	IgnoreUnmodifiedSizeProperties           *bool                           `field:"optional" json:"ignoreUnmodifiedSizeProperties" yaml:"ignoreUnmodifiedSizeProperties"`
	InstanceLifecyclePolicy                  *InstanceLifecyclePolicy        `field:"optional" json:"instanceLifecyclePolicy" yaml:"instanceLifecyclePolicy"`
	InstanceMonitoring                       Monitoring                      `field:"optional" json:"instanceMonitoring" yaml:"instanceMonitoring"`
	KeyName                                  *string                         `field:"optional" json:"keyName" yaml:"keyName"`
	KeyPair                                  awsec2.IKeyPair                 `field:"optional" json:"keyPair" yaml:"keyPair"`
	MaxCapacity                              *float64                        `field:"optional" json:"maxCapacity" yaml:"maxCapacity"`
	MaxInstanceLifetime                      awscdk.Duration                 `field:"optional" json:"maxInstanceLifetime" yaml:"maxInstanceLifetime"`
	MinCapacity                              *float64                        `field:"optional" json:"minCapacity" yaml:"minCapacity"`
	NewInstancesProtectedFromScaleIn         *bool                           `field:"optional" json:"newInstancesProtectedFromScaleIn" yaml:"newInstancesProtectedFromScaleIn"`
	Notifications                            *[]*NotificationConfiguration   `field:"optional" json:"notifications" yaml:"notifications"`
	Signals                                  Signals                         `field:"optional" json:"signals" yaml:"signals"`
	SpotPrice                                *string                         `field:"optional" json:"spotPrice" yaml:"spotPrice"`
	SsmSessionPermissions                    *bool                           `field:"optional" json:"ssmSessionPermissions" yaml:"ssmSessionPermissions"`
	TerminationPolicies                      *[]TerminationPolicy            `field:"optional" json:"terminationPolicies" yaml:"terminationPolicies"`
	TerminationPolicyCustomLambdaFunctionArn *string                         `field:"optional" json:"terminationPolicyCustomLambdaFunctionArn" yaml:"terminationPolicyCustomLambdaFunctionArn"`
	UpdatePolicy                             UpdatePolicy                    `field:"optional" json:"updatePolicy" yaml:"updatePolicy"`
	VpcSubnets                               *awsec2.SubnetSelection         `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	Vpc                                      awsec2.IVpc                     `field:"required" json:"vpc" yaml:"vpc"`
	Init                                     awsec2.CloudFormationInit       `field:"optional" json:"init" yaml:"init"`
	InitOptions                              *ApplyCloudFormationInitOptions `field:"optional" json:"initOptions" yaml:"initOptions"`
	InstanceType                             awsec2.InstanceType             `field:"optional" json:"instanceType" yaml:"instanceType"`
	LaunchTemplate                           awsec2.ILaunchTemplate          `field:"optional" json:"launchTemplate" yaml:"launchTemplate"`
	MachineImage                             awsec2.IMachineImage            `field:"optional" json:"machineImage" yaml:"machineImage"`
	MaxHealthyPercentage                     *float64                        `field:"optional" json:"maxHealthyPercentage" yaml:"maxHealthyPercentage"`
	MigrateToLaunchTemplate                  *bool                           `field:"optional" json:"migrateToLaunchTemplate" yaml:"migrateToLaunchTemplate"`
	MinHealthyPercentage                     *float64                        `field:"optional" json:"minHealthyPercentage" yaml:"minHealthyPercentage"`
	MixedInstancesPolicy                     *MixedInstancesPolicy           `field:"optional" json:"mixedInstancesPolicy" yaml:"mixedInstancesPolicy"`
	RequireImdsv2                            *bool                           `field:"optional" json:"requireImdsv2" yaml:"requireImdsv2"`
	Role                                     awsiam.IRole                    `field:"optional" json:"role" yaml:"role"`
	SecurityGroup                            awsec2.ISecurityGroup           `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	UserData                                 awsec2.UserData                 `field:"optional" json:"userData" yaml:"userData"`
}

// IAutoScalingGroup is an Auto Scaling group, defined here or imported.
type IAutoScalingGroup interface {
	interfacesawsautoscaling.IAutoScalingGroupRef
	awsiam.IGrantable
	awscdk.IResource
	AddLifecycleHook(id *string, props *BasicLifecycleHookProps) LifecycleHook
	AddUserData(commands ...*string)
	AddWarmPool(options *WarmPoolOptions) WarmPool
	ScaleOnCpuUtilization(id *string, props *CpuUtilizationScalingProps) TargetTrackingScalingPolicy
	ScaleOnIncomingBytes(id *string, props *NetworkUtilizationScalingProps) TargetTrackingScalingPolicy
	ScaleOnMetric(id *string, props *BasicStepScalingPolicyProps) StepScalingPolicy
	ScaleOnOutgoingBytes(id *string, props *NetworkUtilizationScalingProps) TargetTrackingScalingPolicy
	ScaleOnSchedule(id *string, props *BasicScheduledActionProps) ScheduledAction
	ScaleToTrackMetric(id *string, props *MetricTargetTrackingProps) TargetTrackingScalingPolicy
	AutoScalingGroupArn() *string
	AutoScalingGroupName() *string
	OsType() awsec2.OperatingSystemType
}

// AutoScalingGroup is an Auto Scaling group defined in this app, with its
// launch template (or configuration), security group, role and instance profile.
//
// aws-cdk-go's AutoScalingGroup also implements the Classic Load Balancer
// target interface (AttachToClassicLB); Strata has no Classic Load Balancer
// L2 yet, so that method is absent.
type AutoScalingGroup interface {
	awscdk.Resource
	IAutoScalingGroup
	awsec2.IConnectable
	awselasticloadbalancingv2.IApplicationLoadBalancerTarget
	awselasticloadbalancingv2.INetworkLoadBalancerTarget
	awselasticloadbalancing.ILoadBalancerTarget
	AlbTargetGroup() awselasticloadbalancingv2.ApplicationTargetGroup
	SetAlbTargetGroup(val awselasticloadbalancingv2.ApplicationTargetGroup)
	AutoScalingGroupRef() *interfacesawsautoscaling.AutoScalingGroupReference
	GrantPrincipal() awsiam.IPrincipal
	HasCalledScaleOnRequestCount() *bool
	SetHasCalledScaleOnRequestCount(val *bool)
	MaxInstanceLifetime() awscdk.Duration
	NewInstancesProtectedFromScaleIn() *bool
	SetNewInstancesProtectedFromScaleIn(val *bool)
	Role() awsiam.IRole
	SpotPrice() *string
	UserData() awsec2.UserData
	AddSecurityGroup(securityGroup awsec2.ISecurityGroup)
	AddToRolePolicy(statement awsiam.PolicyStatement)
	ApplyCloudFormationInit(init awsec2.CloudFormationInit, options *ApplyCloudFormationInitOptions)
	AreNewInstancesProtectedFromScaleIn() *bool
	ProtectNewInstancesFromScaleIn()
	ScaleOnRequestCount(id *string, props *RequestCountScalingProps) TargetTrackingScalingPolicy
}

// groupBase is what owned and imported groups share: the scaling methods.
type groupBase struct {
	awscdk.Resource
	self           IAutoScalingGroup
	name, arn      func() *string
	os             awsec2.OperatingSystemType
	grantPrincipal awsiam.IPrincipal
	albTargetGroup awselasticloadbalancingv2.ApplicationTargetGroup
	calledRequest  bool
}

func (g *groupBase) AutoScalingGroupName() *string           { return g.name() }
func (g *groupBase) AutoScalingGroupArn() *string            { return g.arn() }
func (g *groupBase) OsType() awsec2.OperatingSystemType      { return g.os }
func (g *groupBase) GrantPrincipal() awsiam.IPrincipal       { return g.grantPrincipal }
func (g *groupBase) HasCalledScaleOnRequestCount() *bool     { return boolp(g.calledRequest) }
func (g *groupBase) SetHasCalledScaleOnRequestCount(v *bool) { g.calledRequest = truthy(v) }
func (g *groupBase) AlbTargetGroup() awselasticloadbalancingv2.ApplicationTargetGroup {
	return g.albTargetGroup
}
func (g *groupBase) SetAlbTargetGroup(v awselasticloadbalancingv2.ApplicationTargetGroup) {
	g.albTargetGroup = v
}
func (g *groupBase) AutoScalingGroupRef() *interfacesawsautoscaling.AutoScalingGroupReference {
	return &interfacesawsautoscaling.AutoScalingGroupReference{AutoScalingGroupName: g.name(), AutoScalingGroupArn: g.arn()}
}

// AddUserData does nothing on an imported group (its instances are not ours).
func (g *groupBase) AddUserData(commands ...*string) {}

// AddLifecycleHook adds a hook run when instances launch or terminate.
func (g *groupBase) AddLifecycleHook(id *string, props *BasicLifecycleHookProps) LifecycleHook {
	p := &LifecycleHookProps{AutoScalingGroup: g.self}
	if props != nil {
		p.LifecycleTransition, p.DefaultResult, p.HeartbeatTimeout = props.LifecycleTransition, props.DefaultResult, props.HeartbeatTimeout
		p.LifecycleHookName, p.NotificationMetadata, p.NotificationTarget, p.Role = props.LifecycleHookName, props.NotificationMetadata, props.NotificationTarget, props.Role
	}
	return NewLifecycleHook(g.Resource, str("LifecycleHook"+deref(id)), p)
}

// AddWarmPool adds the group's warm pool.
func (g *groupBase) AddWarmPool(options *WarmPoolOptions) WarmPool {
	p := &WarmPoolProps{AutoScalingGroup: g.self}
	if options != nil {
		p.MaxGroupPreparedCapacity, p.MinSize, p.PoolState, p.ReuseOnScaleIn = options.MaxGroupPreparedCapacity, options.MinSize, options.PoolState, options.ReuseOnScaleIn
	}
	return NewWarmPool(g.Resource, str("WarmPool"), p)
}

// ScaleOnSchedule scales the group at scheduled times.
func (g *groupBase) ScaleOnSchedule(id *string, props *BasicScheduledActionProps) ScheduledAction {
	p := &ScheduledActionProps{AutoScalingGroup: g.self}
	if props != nil {
		p.Schedule, p.DesiredCapacity, p.EndTime, p.MaxCapacity = props.Schedule, props.DesiredCapacity, props.EndTime, props.MaxCapacity
		p.MinCapacity, p.StartTime, p.TimeZone = props.MinCapacity, props.StartTime, props.TimeZone
	}
	return NewScheduledAction(g.Resource, str("ScheduledAction"+deref(id)), p)
}

func (g *groupBase) tracking(id *string, metric PredefinedMetric, target *float64, base BaseTargetTrackingProps) TargetTrackingScalingPolicy {
	return NewTargetTrackingScalingPolicy(g.Resource, str("ScalingPolicy"+deref(id)), &TargetTrackingScalingPolicyProps{
		AutoScalingGroup: g.self, PredefinedMetric: metric, TargetValue: target,
		Cooldown: base.Cooldown, DisableScaleIn: base.DisableScaleIn, EstimatedInstanceWarmup: base.EstimatedInstanceWarmup,
	})
}

// ScaleOnCpuUtilization keeps the group's average CPU at a target.
func (g *groupBase) ScaleOnCpuUtilization(id *string, props *CpuUtilizationScalingProps) TargetTrackingScalingPolicy {
	if props == nil {
		props = &CpuUtilizationScalingProps{}
	}
	return g.tracking(id, PredefinedMetric_ASG_AVERAGE_CPU_UTILIZATION, props.TargetUtilizationPercent,
		BaseTargetTrackingProps{props.Cooldown, props.DisableScaleIn, props.EstimatedInstanceWarmup})
}

// ScaleOnIncomingBytes keeps the group's average network in at a target.
func (g *groupBase) ScaleOnIncomingBytes(id *string, props *NetworkUtilizationScalingProps) TargetTrackingScalingPolicy {
	if props == nil {
		props = &NetworkUtilizationScalingProps{}
	}
	return g.tracking(id, PredefinedMetric_ASG_AVERAGE_NETWORK_IN, props.TargetBytesPerSecond,
		BaseTargetTrackingProps{props.Cooldown, props.DisableScaleIn, props.EstimatedInstanceWarmup})
}

// ScaleOnOutgoingBytes keeps the group's average network out at a target.
func (g *groupBase) ScaleOnOutgoingBytes(id *string, props *NetworkUtilizationScalingProps) TargetTrackingScalingPolicy {
	if props == nil {
		props = &NetworkUtilizationScalingProps{}
	}
	return g.tracking(id, PredefinedMetric_ASG_AVERAGE_NETWORK_OUT, props.TargetBytesPerSecond,
		BaseTargetTrackingProps{props.Cooldown, props.DisableScaleIn, props.EstimatedInstanceWarmup})
}

// ScaleOnRequestCount keeps the requests per target of the group's
// Application Load Balancer target group at a target.
func (g *groupBase) ScaleOnRequestCount(id *string, props *RequestCountScalingProps) TargetTrackingScalingPolicy {
	if g.albTargetGroup == nil {
		throw(g, "Attach the AutoScalingGroup to a non-imported Application Load Balancer before calling scaleOnRequestCount()")
	}
	if props == nil {
		props = &RequestCountScalingProps{}
	}
	label := awscdk.Fn_Join(str(""), &[]*string{g.albTargetGroup.FirstLoadBalancerFullName(), str("/"), g.albTargetGroup.TargetGroupFullName()})
	if props.TargetRequestsPerMinute == nil {
		throw(g, "Specify exactly one of 'targetRequestsPerMinute' or 'targetRequestsPerSecond'")
	}
	policy := NewTargetTrackingScalingPolicy(g.Resource, str("ScalingPolicy"+deref(id)), &TargetTrackingScalingPolicyProps{
		AutoScalingGroup: g.self, PredefinedMetric: PredefinedMetric_ALB_REQUEST_COUNT_PER_TARGET, TargetValue: props.TargetRequestsPerMinute,
		ResourceLabel: label, Cooldown: props.Cooldown, DisableScaleIn: props.DisableScaleIn, EstimatedInstanceWarmup: props.EstimatedInstanceWarmup,
	})
	policy.Node().AddDependency(g.albTargetGroup.LoadBalancerAttached())
	g.calledRequest = true
	return policy
}

// ScaleToTrackMetric keeps a custom metric at a target.
func (g *groupBase) ScaleToTrackMetric(id *string, props *MetricTargetTrackingProps) TargetTrackingScalingPolicy {
	if props == nil {
		props = &MetricTargetTrackingProps{}
	}
	return NewTargetTrackingScalingPolicy(g.Resource, str("ScalingPolicy"+deref(id)), &TargetTrackingScalingPolicyProps{
		AutoScalingGroup: g.self, CustomMetric: props.Metric, TargetValue: props.TargetValue,
		Cooldown: props.Cooldown, DisableScaleIn: props.DisableScaleIn, EstimatedInstanceWarmup: props.EstimatedInstanceWarmup,
	})
}

// ScaleOnMetric scales in steps on a metric's alarms.
func (g *groupBase) ScaleOnMetric(id *string, props *BasicStepScalingPolicyProps) StepScalingPolicy {
	p := &StepScalingPolicyProps{AutoScalingGroup: g.self}
	if props != nil {
		p.Metric, p.ScalingSteps, p.AdjustmentType, p.Cooldown = props.Metric, props.ScalingSteps, props.AdjustmentType, props.Cooldown
		p.DatapointsToAlarm, p.EstimatedInstanceWarmup, p.EvaluationPeriods = props.DatapointsToAlarm, props.EstimatedInstanceWarmup, props.EvaluationPeriods
		p.MetricAggregationType, p.MinAdjustmentMagnitude = props.MetricAggregationType, props.MinAdjustmentMagnitude
	}
	return NewStepScalingPolicy(g.Resource, id, p)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

type importedGroup struct{ groupBase }

// AutoScalingGroup_FromAutoScalingGroupName imports a group by name.
func AutoScalingGroup_FromAutoScalingGroupName(scope constructs.Construct, id *string, autoScalingGroupName *string) IAutoScalingGroup {
	g := &importedGroup{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	g.self = g
	g.os = awsec2.OperatingSystemType_UNKNOWN
	g.grantPrincipal = awsiam.NewUnknownPrincipal(&awsiam.UnknownPrincipalProps{Resource: g})
	g.name = func() *string { return autoScalingGroupName }
	arn := groupArn(g, autoScalingGroupName)
	g.arn = func() *string { return arn }
	return g
}

func groupArn(c constructs.IConstruct, name *string) *string {
	return awscdk.Stack_Of(c).FormatArn(&awscdk.ArnComponents{Service: str("autoscaling"),
		Resource: str("autoScalingGroup:*:autoScalingGroupName"), ResourceName: name})
}

type autoScalingGroup struct {
	groupBase
	res                CfnAutoScalingGroup
	launchConfig       CfnLaunchConfiguration
	launchTemplate     awsec2.ILaunchTemplate
	ownTemplate        awsec2.LaunchTemplate
	securityGroup      awsec2.ISecurityGroup
	securityGroups     []awsec2.ISecurityGroup
	conns              awsec2.Connections
	userData           awsec2.UserData
	role               awsiam.IRole
	lifetime           awscdk.Duration
	spotPrice          *string
	protected          *bool
	targetGroupArns    []*string
	loadBalancerNames  []*string
	groupMetrics       []GroupMetrics
	notifications      []*NotificationConfiguration
	launchTemplateFlag bool
}

func (a *autoScalingGroup) MaxInstanceLifetime() awscdk.Duration { return a.lifetime }
func (a *autoScalingGroup) SpotPrice() *string                   { return a.spotPrice }
func (a *autoScalingGroup) NewInstancesProtectedFromScaleIn() *bool {
	return a.protected
}
func (a *autoScalingGroup) SetNewInstancesProtectedFromScaleIn(v *bool) { a.protected = v }
func (a *autoScalingGroup) ProtectNewInstancesFromScaleIn()             { a.protected = boolp(true) }
func (a *autoScalingGroup) AreNewInstancesProtectedFromScaleIn() *bool {
	return boolp(truthy(a.protected))
}

// Connections are the group's security groups (its launch template's when it has one).
func (a *autoScalingGroup) Connections() awsec2.Connections {
	if a.conns != nil {
		return a.conns
	}
	if a.ownTemplate != nil {
		return a.ownTemplate.Connections()
	}
	throw(a, "AutoScalingGroup can only be used as IConnectable if it is not created from an imported Launch Template.")
	return nil
}

// UserData is the instances' user data.
func (a *autoScalingGroup) UserData() awsec2.UserData {
	if a.userData != nil {
		return a.userData
	}
	if a.ownTemplate != nil && a.ownTemplate.UserData() != nil {
		return a.ownTemplate.UserData()
	}
	throw(a, "The provided launch template does not expose its user data.")
	return nil
}

// Role is the instances' role.
func (a *autoScalingGroup) Role() awsiam.IRole {
	if a.role == nil {
		throw(a, "The provided launch template does not expose or does not define its role.")
	}
	return a.role
}

func (a *autoScalingGroup) AddUserData(commands ...*string) { a.UserData().AddCommands(commands...) }
func (a *autoScalingGroup) AddToRolePolicy(statement awsiam.PolicyStatement) {
	a.Role().AddToPrincipalPolicy(statement)
}

// AddSecurityGroup adds a security group to the instances.
func (a *autoScalingGroup) AddSecurityGroup(securityGroup awsec2.ISecurityGroup) {
	if a.launchTemplateFlag {
		if a.ownTemplate != nil {
			a.ownTemplate.AddSecurityGroup(securityGroup)
		}
		return
	}
	if a.launchConfig == nil {
		throw(a, "You cannot add security groups when the Auto Scaling Group is created from a Launch Template.")
	}
	a.securityGroups = append(a.securityGroups, securityGroup)
}

// AttachToApplicationTargetGroup registers the group with an ALB target group.
func (a *autoScalingGroup) AttachToApplicationTargetGroup(targetGroup awselasticloadbalancingv2.IApplicationTargetGroup) *awselasticloadbalancingv2.LoadBalancerTargetProps {
	a.targetGroupArns = append(a.targetGroupArns, targetGroup.TargetGroupArn())
	if tg, ok := targetGroup.(awselasticloadbalancingv2.ApplicationTargetGroup); ok {
		a.albTargetGroup = tg
	}
	targetGroup.RegisterConnectable(a, nil)
	return &awselasticloadbalancingv2.LoadBalancerTargetProps{TargetType: awselasticloadbalancingv2.TargetType_INSTANCE}
}

// AttachToNetworkTargetGroup registers the group with an NLB target group.
func (a *autoScalingGroup) AttachToNetworkTargetGroup(targetGroup awselasticloadbalancingv2.INetworkTargetGroup) *awselasticloadbalancingv2.LoadBalancerTargetProps {
	a.targetGroupArns = append(a.targetGroupArns, targetGroup.TargetGroupRef().TargetGroupArn)
	return &awselasticloadbalancingv2.LoadBalancerTargetProps{TargetType: awselasticloadbalancingv2.TargetType_INSTANCE}
}

// ApplyCloudFormationInit attaches cfn-init metadata to the group and makes
// its instances run cfn-init and signal the result at boot. The group must
// have been given signals.
func (a *autoScalingGroup) ApplyCloudFormationInit(init awsec2.CloudFormationInit, options *ApplyCloudFormationInitOptions) {
	if init == nil {
		throw(a, "ApplyCloudFormationInit: 'init' is required")
	}
	var o ApplyCloudFormationInitOptions
	if options != nil {
		o = *options
	}
	if c := a.res.CfnOptions().CreationPolicy(); c == nil || c.ResourceSignal == nil {
		throw(a, "When applying CloudFormationInit, you must also configure signals by supplying 'signals' at instantiation time.")
	}
	// aws-cdk-lib reads the user data (which may throw) before attaching.
	userData := a.UserData()
	if a.role == nil {
		if a.os == awsec2.OperatingSystemType_UNKNOWN {
			throw(a, "Cannot attach CloudFormationInit to an unknown OS type")
		}
		throw(a, "Cannot apply CloudFormationInit: the group has no instance role (its launch template does not expose one)")
	}
	init.Attach(a.res, &awsec2.AttachInitOptions{
		Platform: a.OsType(), InstanceRole: a.role, UserData: userData,
		ConfigSets: o.ConfigSets, EmbedFingerprint: o.EmbedFingerprint, PrintLog: o.PrintLog,
		IgnoreFailures: o.IgnoreFailures, IncludeRole: o.IncludeRole, IncludeUrl: o.IncludeUrl,
	})
}

// NewAutoScalingGroup creates an Auto Scaling group.
func NewAutoScalingGroup(scope constructs.Construct, id *string, props *AutoScalingGroupProps) AutoScalingGroup {
	props = l2.Inject(*AutoScalingGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Vpc == nil {
		l2.RequireProps(scope, id, "AutoScalingGroupProps", "Vpc")
	}
	a := &autoScalingGroup{}
	a.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.AutoScalingGroupName})
	host.Set(a.Resource, a)
	a.self = a
	a.protected = props.NewInstancesProtectedFromScaleIn
	a.launchTemplateFlag = truthy(awscdk.FeatureFlags_Of(a).IsEnabled(str(generateLaunchTemplateFlag)))
	if props.InitOptions != nil && props.Init == nil {
		throw(a, "Setting 'initOptions' requires that 'init' is also set")
	}
	if props.GroupMetrics != nil {
		a.groupMetrics = append(a.groupMetrics, *props.GroupMetrics...)
	}
	var templateFromConfig awsec2.LaunchTemplate
	if props.LaunchTemplate != nil || props.MixedInstancesPolicy != nil {
		a.verifyNoLaunchConfigProps(props)
		if props.LaunchTemplate != nil && props.MixedInstancesPolicy != nil {
			throw(a, "Setting 'mixedInstancesPolicy' must not be set when 'launchTemplate' is set")
		}
		if lt, ok := props.LaunchTemplate.(awsec2.LaunchTemplate); ok {
			if lt.InstanceType() == nil {
				throw(a, "Setting 'launchTemplate' requires its 'instanceType' to be set")
			}
			if lt.ImageId() == nil {
				throw(a, "Setting 'launchTemplate' requires its 'machineImage' to be set")
			}
			a.ownTemplate = lt
		}
		if m := props.MixedInstancesPolicy; m != nil {
			if lt, ok := m.LaunchTemplate.(awsec2.LaunchTemplate); ok {
				if lt.ImageId() == nil {
					throw(a, "Setting 'mixedInstancesPolicy.launchTemplate' requires its 'machineImage' to be set")
				}
				a.ownTemplate = lt
			}
		}
		if a.ownTemplate != nil {
			a.role = a.ownTemplate.Role()
			a.os = a.ownTemplate.OsType()
		} else {
			a.os = awsec2.OperatingSystemType_UNKNOWN
		}
		if a.role != nil {
			a.grantPrincipal = a.role
		} else {
			a.grantPrincipal = awsiam.NewUnknownPrincipal(&awsiam.UnknownPrincipalProps{Resource: a})
		}
	} else {
		if props.MachineImage == nil {
			throw(a, "Setting 'machineImage' is required when 'launchTemplate' and 'mixedInstancesPolicy' is not set")
		}
		if props.InstanceType == nil {
			throw(a, "Setting 'instanceType' is required when 'launchTemplate' and 'mixedInstancesPolicy' is not set")
		}
		if props.KeyName != nil && props.KeyPair != nil {
			throw(a, "Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'")
		}
		awscdk.Tags_Of(a).Add(str("Name"), a.Node().Path(), nil)
		a.securityGroup = props.SecurityGroup
		if a.securityGroup == nil {
			a.securityGroup = awsec2.NewSecurityGroup(a, str("InstanceSecurityGroup"), &awsec2.SecurityGroupProps{
				Vpc: props.Vpc, AllowAllOutbound: boolp(props.AllowAllOutbound == nil || *props.AllowAllOutbound)})
		}
		a.role = props.Role
		if a.role == nil {
			a.role = awsiam.NewRole(a, str("InstanceRole"), &awsiam.RoleProps{RoleName: awscdk.PhysicalName_GENERATE_IF_NEEDED(),
				AssumedBy: awsiam.NewServicePrincipal(str("ec2.amazonaws.com"), nil)})
		}
		a.grantPrincipal = a.role
		profile := awsiam.NewCfnInstanceProfile(a, str("InstanceProfile"), &awsiam.CfnInstanceProfileProps{Roles: &[]interface{}{a.role.RoleName()}})
		if a.launchTemplateFlag {
			templateFromConfig = a.templateFromConfig(props, profile)
			a.ownTemplate = templateFromConfig
			a.os = templateFromConfig.OsType()
		} else {
			a.launchConfig = a.newLaunchConfig(props, profile)
		}
	}
	if truthy(props.SsmSessionPermissions) && a.role != nil {
		a.role.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("AmazonSSMManagedInstanceCore")))
	}
	desired, minCap, maxCap := a.capacities(props)
	a.lifetime = props.MaxInstanceLifetime
	if l := a.lifetime; l != nil && !*l.IsUnresolved() {
		if s := *l.ToSeconds(nil); s != 0 && (s < 86400 || s > 31536000) {
			throw(a, "maxInstanceLifetime must be between 1 and 365 days (inclusive)")
		}
	}
	if props.Notifications != nil {
		for _, n := range *props.Notifications {
			if n == nil {
				continue
			}
			c := *n
			if c.ScalingEvents == nil {
				c.ScalingEvents = ScalingEvents_ALL()
			}
			a.notifications = append(a.notifications, &c)
		}
	}
	sel := props.Vpc.SelectSubnets(props.VpcSubnets)
	var terminationPolicies []*string
	if props.TerminationPolicies != nil {
		for i, t := range *props.TerminationPolicies {
			if t == TerminationPolicy_CUSTOM_LAMBDA_FUNCTION {
				if i != 0 {
					throw(a, "TerminationPolicy.CUSTOM_LAMBDA_FUNCTION must be specified first in the termination policies")
				}
				if props.TerminationPolicyCustomLambdaFunctionArn == nil {
					throw(a, "terminationPolicyCustomLambdaFunctionArn property must be specified if the TerminationPolicy.CUSTOM_LAMBDA_FUNCTION is used")
				}
				terminationPolicies = append(terminationPolicies, props.TerminationPolicyCustomLambdaFunctionArn)
			} else {
				terminationPolicies = append(terminationPolicies, enumValue(terminationPolicyValue, t))
			}
		}
	}
	hcType, hcGrace := a.healthChecks(props)
	cfn := &CfnAutoScalingGroupProps{
		AutoScalingGroupName: a.PhysicalName(),
		Cooldown:             secondsString(props.Cooldown),
		MinSize:              awscdk.Tokenization_StringifyNumber(minCap),
		MaxSize:              awscdk.Tokenization_StringifyNumber(maxCap),
		TargetGroupArns: toIfaceList(awscdk.Lazy_List(listProducer(func() *[]*string {
			if len(a.targetGroupArns) == 0 {
				return nil
			}
			return &a.targetGroupArns
		}), nil)),
		LoadBalancerNames:          a.lazyLoadBalancerNames(),
		NotificationConfigurations: awscdk.Lazy_Any(anyProducer(a.renderNotifications), nil),
		MetricsCollection:          awscdk.Lazy_Any(anyProducer(a.renderMetrics), nil),
		VpcZoneIdentifier:          toIfaceList(sel.SubnetIds),
		HealthCheckType:            hcType,
		HealthCheckGracePeriod:     hcGrace,
		NewInstancesProtectedFromScaleIn: awscdk.Lazy_Any(anyProducer(func() interface{} {
			if a.protected == nil {
				return nil
			}
			return *a.protected
		}), nil),
		CapacityRebalance:         optBool(props.CapacityRebalance),
		DeletionProtection:        enumValue(deletionProtectionValue, props.DeletionProtection),
		DefaultInstanceWarmup:     seconds(props.DefaultInstanceWarmup),
		InstanceMaintenancePolicy: a.maintenancePolicy(props.MinHealthyPercentage, props.MaxHealthyPercentage),
	}
	if desired != nil {
		cfn.DesiredCapacity = awscdk.Tokenization_StringifyNumber(desired)
	}
	if a.lifetime != nil {
		cfn.MaxInstanceLifetime = a.lifetime.ToSeconds(nil)
	}
	if len(terminationPolicies) > 0 {
		cfn.TerminationPolicies = &terminationPolicies
	}
	if props.AzCapacityDistributionStrategy != "" {
		cfn.AvailabilityZoneDistribution = &CfnAutoScalingGroup_AvailabilityZoneDistributionProperty{
			CapacityDistributionStrategy: enumValue(capacityDistributionValue, props.AzCapacityDistributionStrategy)}
	}
	if p := props.InstanceLifecyclePolicy; p != nil && p.RetentionTriggers != nil {
		cfn.InstanceLifecyclePolicy = &CfnAutoScalingGroup_InstanceLifecyclePolicyProperty{
			RetentionTriggers: &CfnAutoScalingGroup_RetentionTriggersProperty{TerminateHookAbandon: enumValue(abandonValue, p.RetentionTriggers.TerminateHookAbandon)}}
	}
	lt := props.LaunchTemplate
	if lt == nil && templateFromConfig != nil {
		lt = templateFromConfig
	}
	a.launchSettings(cfn, lt, props.MixedInstancesPolicy)
	if !truthy(sel.HasPublic) && truthy(props.AssociatePublicIpAddress) {
		throw(a, "To set 'associatePublicIpAddress: true' you must select Public subnets (vpcSubnets: { subnetType: SubnetType.PUBLIC })")
	}
	a.res = NewCfnAutoScalingGroup(a, str("ASG"), cfn)
	a.Node().SetDefaultChild(a.res)
	a.applyUpdatePolicies(props, desired, minCap)
	if props.Init != nil {
		a.ApplyCloudFormationInit(props.Init, props.InitOptions)
	}
	a.spotPrice = props.SpotPrice
	if truthy(props.RequireImdsv2) {
		awscdk.Aspects_Of(a).Add(NewAutoScalingGroupRequireImdsv2Aspect(), &awscdk.AspectOptions{Priority: num(mutatingAspectPriority)})
	}
	a.Node().AddValidation(l2.Validation(func() []string {
		if a.calledRequest && len(a.targetGroupArns) > 1 {
			return []string{"Cannon use multiple target groups if `scaleOnRequestCount()` is being used."}
		}
		return nil
	}))
	name := a.GetResourceNameAttribute(a.res.Ref())
	a.name = func() *string { return name }
	arn := groupArn(a, name)
	a.arn = func() *string { return arn }
	return a
}

// mutatingAspectPriority is aws-cdk-lib's AspectPriority.MUTATING.
const mutatingAspectPriority = 200

func toIfaceList(l *[]*string) *[]interface{} {
	if l == nil {
		return nil
	}
	out := make([]interface{}, len(*l))
	for i, s := range *l {
		out[i] = s
	}
	return &out
}

func (a *autoScalingGroup) verifyNoLaunchConfigProps(props *AutoScalingGroupProps) {
	for _, c := range []struct {
		set  bool
		name string
	}{
		{props.MachineImage != nil, "machineImage"}, {props.InstanceType != nil, "instanceType"}, {props.Role != nil, "role"},
		{props.UserData != nil, "userData"}, {props.SecurityGroup != nil, "securityGroup"}, {props.KeyName != nil, "keyName"},
		{props.KeyPair != nil, "keyPair"}, {props.InstanceMonitoring != "", "instanceMonitoring"},
		{props.AssociatePublicIpAddress != nil, "associatePublicIpAddress"}, {props.SpotPrice != nil, "spotPrice"},
		{props.BlockDevices != nil, "blockDevices"}, {truthy(props.RequireImdsv2), "requireImdsv2"},
	} {
		if c.set {
			throw(a, "Setting '%s' must not be set when 'launchTemplate' or 'mixedInstancesPolicy' is set", c.name)
		}
	}
}

// templateFromConfig is the launch template the group makes from its
// launch-configuration props under the generateLaunchTemplate flag.
func (a *autoScalingGroup) templateFromConfig(props *AutoScalingGroupProps, profile awsiam.CfnInstanceProfile) awsec2.LaunchTemplate {
	instanceProfile := awsiam.InstanceProfile_FromInstanceProfileAttributes(a, str("ImportedInstanceProfile"),
		&awsiam.InstanceProfileAttributes{InstanceProfileArn: profile.AttrArn(), Role: a.role})
	p := &awsec2.LaunchTemplateProps{
		MachineImage: props.MachineImage, InstanceType: props.InstanceType,
		DetailedMonitoring: boolp(props.InstanceMonitoring == Monitoring_DETAILED), SecurityGroup: a.securityGroup,
		UserData: props.UserData, AssociatePublicIpAddress: props.AssociatePublicIpAddress, KeyPair: props.KeyPair, KeyName: props.KeyName,
		InstanceProfile: instanceProfile,
	}
	if props.SpotPrice != nil {
		price, err := strconv.ParseFloat(*props.SpotPrice, 64)
		if err != nil {
			price = math.NaN()
		}
		p.SpotOptions = &awsec2.LaunchTemplateSpotOptions{MaxPrice: &price}
	}
	if props.BlockDevices != nil {
		p.BlockDevices = ec2BlockDevices(*props.BlockDevices)
	}
	// The template takes the group's instance profile and, through it, the
	// role (and its dependency on that role).
	return awsec2.NewLaunchTemplate(a, str("LaunchTemplate"), p)
}

// ec2BlockDevices turns the group's block devices into awsec2's (the
// launch template takes those; aws-cdk-lib passes them through as is).
func ec2BlockDevices(devices []*BlockDevice) *[]*awsec2.BlockDevice {
	var out []*awsec2.BlockDevice
	for _, d := range devices {
		if d == nil || d.Volume == nil {
			continue
		}
		var vol awsec2.BlockDeviceVolume
		if v, ok := d.Volume.(*blockDeviceVolume); ok && v.noDevice {
			out = append(out, &awsec2.BlockDevice{DeviceName: d.DeviceName, Volume: awsec2.NewBlockDeviceVolume(nil, nil), MappingEnabled: boolp(false)})
			continue
		} else if ebs := d.Volume.EbsDevice(); ebs != nil {
			vol = awsec2.NewBlockDeviceVolume(&awsec2.EbsDeviceProps{
				DeleteOnTermination: ebs.DeleteOnTermination, Iops: ebs.Iops, Throughput: ebs.Throughput,
				VolumeInitializationRate: ebs.VolumeInitializationRate, VolumeType: awsec2.EbsDeviceVolumeType(ebs.VolumeType),
				VolumeSize: ebs.VolumeSize, SnapshotId: ebs.SnapshotId, Encrypted: ebs.encrypted,
			}, d.Volume.VirtualName())
		} else {
			vol = awsec2.NewBlockDeviceVolume(nil, d.Volume.VirtualName())
		}
		out = append(out, &awsec2.BlockDevice{DeviceName: d.DeviceName, Volume: vol})
	}
	return &out
}

func (a *autoScalingGroup) newLaunchConfig(props *AutoScalingGroupProps, profile awsiam.CfnInstanceProfile) CfnLaunchConfiguration {
	a.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &[]awsec2.ISecurityGroup{a.securityGroup}})
	a.securityGroups = []awsec2.ISecurityGroup{a.securityGroup}
	if props.KeyPair != nil {
		throw(a, "Can only use 'keyPair' when feature flag 'AUTOSCALING_GENERATE_LAUNCH_TEMPLATE' is set")
	}
	img := props.MachineImage.GetImage(a)
	a.userData = props.UserData
	if a.userData == nil {
		a.userData = img.UserData
	}
	a.os = img.OsType
	p := &CfnLaunchConfigurationProps{
		ImageId: img.ImageId, KeyName: props.KeyName, InstanceType: props.InstanceType.ToString(),
		SecurityGroups: toIfaceList(awscdk.Lazy_List(listProducer(func() *[]*string {
			ids := make([]*string, len(a.securityGroups))
			for i, g := range a.securityGroups {
				ids[i] = g.SecurityGroupId()
			}
			return &ids
		}), &awscdk.LazyListValueOptions{DisplayHint: str("securityGroupIds")})),
		IamInstanceProfile:       profile.Ref(),
		UserData:                 awscdk.Lazy_String(stringProducer(func() *string { return awscdk.Fn_Base64(a.userData.Render()) }), nil),
		AssociatePublicIpAddress: optBool(props.AssociatePublicIpAddress),
		SpotPrice:                props.SpotPrice,
	}
	if props.InstanceMonitoring != "" {
		p.InstanceMonitoring = props.InstanceMonitoring == Monitoring_DETAILED
	}
	if props.BlockDevices != nil {
		p.BlockDeviceMappings = launchConfigBlockDevices(a, *props.BlockDevices)
	}
	lc := NewCfnLaunchConfiguration(a, str("LaunchConfig"), p)
	lc.Node().AddDependency(a.role)
	return lc
}

// capacities applies aws-cdk-lib's defaults (min 1, max the desired or
// the minimum) and checks min <= desired <= max.
func (a *autoScalingGroup) capacities(props *AutoScalingGroupProps) (desired, minCap, maxCap *float64) {
	desired = props.DesiredCapacity
	minCap = props.MinCapacity
	if minCap == nil {
		minCap = num(1)
	}
	maxCap = props.MaxCapacity
	if maxCap == nil {
		if desired != nil {
			maxCap = desired
		} else if isUnresolved(minCap) {
			maxCap = minCap
		} else {
			maxCap = num(math.Max(*minCap, 1))
		}
	}
	resolved := func(xs ...*float64) bool {
		for _, x := range xs {
			if x == nil || isUnresolved(x) {
				return false
			}
		}
		return true
	}
	if resolved(minCap, maxCap) && *minCap > *maxCap {
		throw(a, "minCapacity (%s) should be <= maxCapacity (%s)", jsNum(minCap), jsNum(maxCap))
	}
	if resolved(desired, minCap) && *desired < *minCap {
		throw(a, "Should have minCapacity (%s) <= desiredCapacity (%s)", jsNum(minCap), jsNum(desired))
	}
	if resolved(desired, maxCap) && *maxCap < *desired {
		throw(a, "Should have desiredCapacity (%s) <= maxCapacity (%s)", jsNum(desired), jsNum(maxCap))
	}
	if desired != nil {
		awscdk.Annotations_Of(a).AddWarningV2(str("@aws-cdk/aws-autoscaling:desiredCapacitySet"),
			str("desiredCapacity has been configured. Be aware this will reset the size of your AutoScalingGroup on every deployment. See https://github.com/aws/aws-cdk/issues/5215"))
	}
	return desired, minCap, maxCap
}

func (a *autoScalingGroup) healthChecks(props *AutoScalingGroupProps) (*string, *float64) {
	if props.HealthCheck != nil && props.HealthChecks != nil {
		throw(a, "Cannot specify both 'healthCheck' and 'healthChecks'. Please use 'healthChecks' only.")
	}
	if h := props.HealthChecks; h != nil {
		joined := ""
		for i, t := range *h.Types() {
			if i > 0 {
				joined += ","
			}
			joined += deref(t)
		}
		return &joined, seconds(h.GracePeriod())
	}
	if h := props.HealthCheck; h != nil {
		return h.Type(), seconds(h.GracePeriod())
	}
	return nil, nil
}

func (a *autoScalingGroup) maintenancePolicy(lo, hi *float64) interface{} {
	if lo == nil && hi == nil {
		return nil
	}
	if lo == nil || hi == nil {
		throw(a, "Both or neither of minHealthyPercentage and maxHealthyPercentage must be specified, got minHealthyPercentage: %s and maxHealthyPercentage: %s", jsNum(lo), jsNum(hi))
	}
	if (*lo == -1 || *hi == -1) && *lo != *hi {
		throw(a, "Both minHealthyPercentage and maxHealthyPercentage must be -1 to clear the previously set value, got minHealthyPercentage: %s and maxHealthyPercentage: %s", jsNum(lo), jsNum(hi))
	}
	if *lo != -1 && (*lo < 0 || *lo > 100) {
		throw(a, "minHealthyPercentage must be between 0 and 100, or -1 to clear the previously set value, got %s", jsNum(lo))
	}
	if *hi != -1 && (*hi < 100 || *hi > 200) {
		throw(a, "maxHealthyPercentage must be between 100 and 200, or -1 to clear the previously set value, got %s", jsNum(hi))
	}
	if d := *hi - *lo; d > 100 {
		throw(a, "The difference between minHealthyPercentage and maxHealthyPercentage cannot be greater than 100, got %s", jsNum(&d))
	}
	return &CfnAutoScalingGroup_InstanceMaintenancePolicyProperty{MinHealthyPercentage: lo, MaxHealthyPercentage: hi}
}

func (a *autoScalingGroup) renderNotifications() interface{} {
	if len(a.notifications) == 0 {
		return nil
	}
	var out []interface{}
	for _, n := range a.notifications {
		var types []*string
		if ev, ok := n.ScalingEvents.(*scalingEvents); ok {
			for _, t := range ev.types {
				types = append(types, enumValue(scalingEventValue, t))
			}
		}
		o := ojson.New()
		o.Set("NotificationTypes", types)
		o.Set("TopicARN", n.Topic.TopicArn())
		out = append(out, o)
	}
	return out
}

func (a *autoScalingGroup) renderMetrics() interface{} {
	if len(a.groupMetrics) == 0 {
		return nil
	}
	var out []interface{}
	for _, g := range a.groupMetrics {
		// Lazy values skip the L1's property renaming: build the CloudFormation shape.
		m := ojson.New()
		m.Set("Granularity", "1Minute")
		if gm, ok := g.(*groupMetrics); ok && len(gm.names) > 0 {
			names := make([]interface{}, len(gm.names))
			for i := range gm.names {
				names[i] = gm.names[i]
			}
			m.Set("Metrics", names)
		}
		out = append(out, m)
	}
	return out
}

func templateSpec(lt awsec2.ILaunchTemplate) *CfnAutoScalingGroup_LaunchTemplateSpecificationProperty {
	if id := lt.LaunchTemplateId(); id != nil {
		return &CfnAutoScalingGroup_LaunchTemplateSpecificationProperty{LaunchTemplateId: id, Version: lt.VersionNumber()}
	}
	return &CfnAutoScalingGroup_LaunchTemplateSpecificationProperty{LaunchTemplateName: lt.LaunchTemplateName(), Version: lt.VersionNumber()}
}

func (a *autoScalingGroup) launchSettings(p *CfnAutoScalingGroupProps, lt awsec2.ILaunchTemplate, mixed *MixedInstancesPolicy) {
	switch {
	case a.launchConfig != nil:
		p.LaunchConfigurationName = a.launchConfig.Ref()
	case lt != nil:
		p.LaunchTemplate = templateSpec(lt)
	case mixed != nil:
		policy := &CfnAutoScalingGroup_MixedInstancesPolicyProperty{}
		if d := mixed.InstancesDistribution; d != nil {
			policy.InstancesDistribution = &CfnAutoScalingGroup_InstancesDistributionProperty{
				OnDemandAllocationStrategy: enumValue(onDemandValue, d.OnDemandAllocationStrategy), OnDemandBaseCapacity: d.OnDemandBaseCapacity,
				OnDemandPercentageAboveBaseCapacity: d.OnDemandPercentageAboveBaseCapacity, SpotAllocationStrategy: enumValue(spotValue, d.SpotAllocationStrategy),
				SpotInstancePools: d.SpotInstancePools, SpotMaxPrice: d.SpotMaxPrice,
			}
		}
		spec := &CfnAutoScalingGroup_LaunchTemplateProperty{LaunchTemplateSpecification: templateSpec(mixed.LaunchTemplate)}
		if mixed.LaunchTemplateOverrides != nil {
			var overrides []*CfnAutoScalingGroup_LaunchTemplateOverridesProperty
			for _, o := range *mixed.LaunchTemplateOverrides {
				if o == nil {
					continue
				}
				if w := o.WeightedCapacity; w != nil && math.Floor(*w) != *w {
					throw(a, "Weight must be an integer")
				}
				if o.InstanceType == nil && o.InstanceRequirements == nil {
					throw(a, "You must specify either 'instanceRequirements' or 'instanceType'.")
				}
				if o.InstanceType != nil && o.InstanceRequirements != nil {
					throw(a, "You can specify either 'instanceRequirements' or 'instanceType', not both.")
				}
				r := &CfnAutoScalingGroup_LaunchTemplateOverridesProperty{}
				if o.InstanceType != nil {
					r.InstanceType = o.InstanceType.ToString()
				}
				if o.LaunchTemplate != nil {
					r.LaunchTemplateSpecification = templateSpec(o.LaunchTemplate)
				}
				if o.InstanceRequirements != nil {
					r.InstanceRequirements = o.InstanceRequirements
				}
				if o.WeightedCapacity != nil {
					r.WeightedCapacity = str(jsNum(o.WeightedCapacity))
				}
				overrides = append(overrides, r)
			}
			spec.Overrides = overrides
		}
		policy.LaunchTemplate = spec
		p.MixedInstancesPolicy = policy
	default:
		throw(a, "Either launchConfig, launchTemplate or mixedInstancesPolicy needs to be specified.")
	}
}

// applyUpdatePolicies sets the group's creation and update policies from
// signals and updatePolicy, as aws-cdk-lib does.
func (a *autoScalingGroup) applyUpdatePolicies(props *AutoScalingGroupProps, desired, minCap *float64) {
	opts := a.res.CfnOptions()
	var creation *awscdk.CfnCreationPolicy
	if props.Signals != nil {
		creation = props.Signals.RenderCreationPolicy(&RenderSignalsOptions{DesiredCapacity: desired, MinCapacity: minCap})
		opts.SetCreationPolicy(creation)
	}
	update := ojson.New()
	policy := props.UpdatePolicy
	if policy == nil && props.Init != nil {
		// cfn-init needs new instances on every change: aws-cdk-lib defaults
		// to a rolling update then.
		policy = UpdatePolicy_RollingUpdate(nil)
	}
	if policy != nil {
		up, ok := policy.(*updatePolicy)
		if !ok {
			throw(a, "updatePolicy must come from UpdatePolicy_RollingUpdate, UpdatePolicy_ReplacingUpdate or UpdatePolicy_InstanceRefresh, got %T", props.UpdatePolicy)
		}
		k, v := up.render(creation)
		update.Set(k, v)
		if props.Signals != nil && k == "AutoScalingInstanceRefresh" {
			awscdk.Annotations_Of(a).AddWarningV2(str("@aws-cdk/aws-autoscaling:signalsNotUsedByInstanceRefresh"),
				str("Instance refresh doesn't support the cfn-signal helper script. For information about how to verify instance readiness during an instance refresh, see Verify instance readiness during an instance refresh. https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-instancerefresh-readiness"))
		}
	}
	if props.IgnoreUnmodifiedSizeProperties == nil || *props.IgnoreUnmodifiedSizeProperties {
		o := ojson.New()
		o.Set("IgnoreUnmodifiedGroupSizeProperties", true)
		update.Set("AutoScalingScheduledAction", o)
	}
	if truthy(props.MigrateToLaunchTemplate) {
		if _, ok := update.Get("AutoScalingRollingUpdate"); !ok {
			throw(a, "When migrateToLaunchTemplate is true, you must use AutoScalingRollingUpdate to ensure instances are properly replaced during migration. This prevents instances from referencing a deleted IAM instance profile.")
		}
	}
	if update.Len() > 0 {
		// The core writes a CfnUpdatePolicy in its fields' order. When that is
		// aws-cdk-lib's order (the usual case: the scheduled-action member,
		// a replacing update, a rolling update without signals) the real
		// struct is all there is. Otherwise an override must give the order,
		// and overrides merge into what the struct renders without
		// reordering it: the struct is then left empty, only reserving the
		// attribute's place.
		if sameOrderAsFields(update, reflect.TypeOf(awscdk.CfnUpdatePolicy{})) {
			opts.SetUpdatePolicy(cfnUpdatePolicyOf(update))
		} else {
			opts.SetUpdatePolicy(&awscdk.CfnUpdatePolicy{})
			a.res.AddOverride(str("UpdatePolicy"), update)
		}
	}
	// With init, CloudFormationInit.Attach grants cfn-signal instead.
	if props.Signals != nil && props.Init == nil {
		a.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: &[]*string{str("cloudformation:SignalResource")}, Resources: &[]*string{awscdk.Aws_STACK_ID()}}))
	}
}

var _ = fmt.Sprint

func AutoScalingGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-autoscaling.AutoScalingGroup")
}
func AutoScalingGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func AutoScalingGroup_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func AutoScalingGroup_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewAutoScalingGroup_Override backs a Go "subclass" of AutoScalingGroup.
func NewAutoScalingGroup_Override(a AutoScalingGroup, scope constructs.Construct, id *string, props *AutoScalingGroupProps) {
	l2.Override(a, NewAutoScalingGroup(scope, id, props))
}
