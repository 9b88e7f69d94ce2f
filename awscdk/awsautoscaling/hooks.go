package awsautoscaling

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsautoscaling"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// BindHookTargetOptions are what a lifecycle hook target binds to.
type BindHookTargetOptions struct {
	LifecycleHook LifecycleHook `field:"required" json:"lifecycleHook" yaml:"lifecycleHook"`
	Role          awsiam.IRole  `field:"optional" json:"role" yaml:"role"`
}

// LifecycleHookTargetConfig is a bound lifecycle hook target.
type LifecycleHookTargetConfig struct {
	CreatedRole           awsiam.IRole `field:"required" json:"createdRole" yaml:"createdRole"`
	NotificationTargetArn *string      `field:"required" json:"notificationTargetArn" yaml:"notificationTargetArn"`
}

// ILifecycleHookTarget is where a lifecycle hook sends its notifications
// (awsautoscalinghooktargets has the SNS, SQS and Lambda ones).
type ILifecycleHookTarget interface {
	Bind(scope constructs.Construct, options *BindHookTargetOptions) *LifecycleHookTargetConfig
}

// BasicLifecycleHookProps are a lifecycle hook's props without the group.
type BasicLifecycleHookProps struct {
	LifecycleTransition  LifecycleTransition  `field:"required" json:"lifecycleTransition" yaml:"lifecycleTransition"`
	DefaultResult        DefaultResult        `field:"optional" json:"defaultResult" yaml:"defaultResult"`
	HeartbeatTimeout     awscdk.Duration      `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	LifecycleHookName    *string              `field:"optional" json:"lifecycleHookName" yaml:"lifecycleHookName"`
	NotificationMetadata *string              `field:"optional" json:"notificationMetadata" yaml:"notificationMetadata"`
	NotificationTarget   ILifecycleHookTarget `field:"optional" json:"notificationTarget" yaml:"notificationTarget"`
	Role                 awsiam.IRole         `field:"optional" json:"role" yaml:"role"`
}

// LifecycleHookProps are the props of NewLifecycleHook.
type LifecycleHookProps struct {
	LifecycleTransition  LifecycleTransition                           `field:"required" json:"lifecycleTransition" yaml:"lifecycleTransition"`
	DefaultResult        DefaultResult                                 `field:"optional" json:"defaultResult" yaml:"defaultResult"`
	HeartbeatTimeout     awscdk.Duration                               `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	LifecycleHookName    *string                                       `field:"optional" json:"lifecycleHookName" yaml:"lifecycleHookName"`
	NotificationMetadata *string                                       `field:"optional" json:"notificationMetadata" yaml:"notificationMetadata"`
	NotificationTarget   ILifecycleHookTarget                          `field:"optional" json:"notificationTarget" yaml:"notificationTarget"`
	Role                 awsiam.IRole                                  `field:"optional" json:"role" yaml:"role"`
	AutoScalingGroup     interfacesawsautoscaling.IAutoScalingGroupRef `field:"required" json:"autoScalingGroup" yaml:"autoScalingGroup"`
}

// ILifecycleHook is a lifecycle hook.
type ILifecycleHook interface {
	interfacesawsautoscaling.ILifecycleHookRef
	awscdk.IResource
	Role() awsiam.IRole
}

// LifecycleHook pauses instances as they launch or terminate.
type LifecycleHook interface {
	awscdk.Resource
	ILifecycleHook
	LifecycleHookName() *string
}

type lifecycleHook struct {
	awscdk.Resource
	role    awsiam.IRole
	name    *string
	asgName *string
}

func (h *lifecycleHook) LifecycleHookName() *string { return h.name }
func (h *lifecycleHook) LifecycleHookRef() *interfacesawsautoscaling.LifecycleHookReference {
	return &interfacesawsautoscaling.LifecycleHookReference{AutoScalingGroupName: h.asgName, LifecycleHookName: h.name}
}

// Role is the role the hook publishes with (given, or made by its target).
func (h *lifecycleHook) Role() awsiam.IRole {
	if h.role == nil {
		throw(h, "'role' is undefined. Please specify a 'role' or specify a 'notificationTarget' to have a role provided for you.")
	}
	return h.role
}

// NewLifecycleHook creates a lifecycle hook.
func NewLifecycleHook(scope constructs.Construct, id *string, props *LifecycleHookProps) LifecycleHook {
	props = l2.Inject(*LifecycleHook_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.AutoScalingGroup == nil || props.LifecycleTransition == "" {
		l2.RequireProps(scope, id, "LifecycleHookProps", "AutoScalingGroup", "LifecycleTransition")
	}
	h := &lifecycleHook{}
	h.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.LifecycleHookName})
	host.Set(h.Resource, h)
	h.asgName = props.AutoScalingGroup.AutoScalingGroupRef().AutoScalingGroupName
	var target *LifecycleHookTargetConfig
	if props.NotificationTarget != nil {
		target = props.NotificationTarget.Bind(h, &BindHookTargetOptions{LifecycleHook: h, Role: props.Role})
	}
	if props.Role != nil {
		h.role = props.Role
		if props.NotificationTarget == nil {
			throw(h, "'notificationTarget' parameter required when 'role' parameter is specified")
		}
	} else if target != nil {
		h.role = target.CreatedRole
	}
	p := &CfnLifecycleHookProps{
		AutoScalingGroupName: h.asgName, DefaultResult: enumValue(map[DefaultResult]string{}, props.DefaultResult),
		HeartbeatTimeout: seconds(props.HeartbeatTimeout), LifecycleHookName: h.PhysicalName(),
		LifecycleTransition: enumValue(transitionValue, props.LifecycleTransition), NotificationMetadata: props.NotificationMetadata,
	}
	if target != nil {
		p.NotificationTargetArn = target.NotificationTargetArn
	}
	if h.role != nil {
		p.RoleArn = h.role.RoleArn()
	}
	res := NewCfnLifecycleHook(h, str("Resource"), p)
	if h.role != nil {
		res.Node().AddDependency(h.role)
	}
	h.name = res.Ref()
	return h
}

func LifecycleHook_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-autoscaling.LifecycleHook")
}
func LifecycleHook_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func LifecycleHook_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func LifecycleHook_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewLifecycleHook_Override backs a Go "subclass".
func NewLifecycleHook_Override(h LifecycleHook, scope constructs.Construct, id *string, props *LifecycleHookProps) {
	l2.Override(h, NewLifecycleHook(scope, id, props))
}

// WarmPoolOptions configure AddWarmPool.
type WarmPoolOptions struct {
	MaxGroupPreparedCapacity *float64  `field:"optional" json:"maxGroupPreparedCapacity" yaml:"maxGroupPreparedCapacity"`
	MinSize                  *float64  `field:"optional" json:"minSize" yaml:"minSize"`
	PoolState                PoolState `field:"optional" json:"poolState" yaml:"poolState"`
	ReuseOnScaleIn           *bool     `field:"optional" json:"reuseOnScaleIn" yaml:"reuseOnScaleIn"`
}

// WarmPoolProps are the props of NewWarmPool.
type WarmPoolProps struct {
	MaxGroupPreparedCapacity *float64                                      `field:"optional" json:"maxGroupPreparedCapacity" yaml:"maxGroupPreparedCapacity"`
	MinSize                  *float64                                      `field:"optional" json:"minSize" yaml:"minSize"`
	PoolState                PoolState                                     `field:"optional" json:"poolState" yaml:"poolState"`
	ReuseOnScaleIn           *bool                                         `field:"optional" json:"reuseOnScaleIn" yaml:"reuseOnScaleIn"`
	AutoScalingGroup         interfacesawsautoscaling.IAutoScalingGroupRef `field:"required" json:"autoScalingGroup" yaml:"autoScalingGroup"`
}

// WarmPool keeps pre-initialized instances beside a group.
type WarmPool interface {
	awscdk.Resource
}

type warmPool struct{ awscdk.Resource }

// NewWarmPool creates a warm pool.
func NewWarmPool(scope constructs.Construct, id *string, props *WarmPoolProps) WarmPool {
	props = l2.Inject(*WarmPool_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.AutoScalingGroup == nil {
		l2.RequireProps(scope, id, "WarmPoolProps", "AutoScalingGroup")
	}
	w := &warmPool{}
	w.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(w.Resource, w)
	if c := props.MaxGroupPreparedCapacity; c != nil && *c != 0 && *c < -1 {
		throw(w, "'maxGroupPreparedCapacity' parameter should be greater than or equal to -1")
	}
	if m := props.MinSize; m != nil && *m != 0 && *m < 0 {
		throw(w, "'minSize' parameter should be greater than or equal to 0")
	}
	p := &CfnWarmPoolProps{AutoScalingGroupName: props.AutoScalingGroup.AutoScalingGroupRef().AutoScalingGroupName,
		MaxGroupPreparedCapacity: props.MaxGroupPreparedCapacity, MinSize: props.MinSize, PoolState: enumValue(poolStateValue, props.PoolState)}
	if props.ReuseOnScaleIn != nil {
		p.InstanceReusePolicy = &CfnWarmPool_InstanceReusePolicyProperty{ReuseOnScaleIn: *props.ReuseOnScaleIn}
	}
	NewCfnWarmPool(w, str("Resource"), p)
	return w
}

func WarmPool_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-autoscaling.WarmPool")
}
func WarmPool_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func WarmPool_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func WarmPool_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewWarmPool_Override backs a Go "subclass".
func NewWarmPool_Override(w WarmPool, scope constructs.Construct, id *string, props *WarmPoolProps) {
	l2.Override(w, NewWarmPool(scope, id, props))
}

// AutoScalingGroupRequireImdsv2Aspect makes the instances of every group
// it visits require IMDSv2 (session tokens).
type AutoScalingGroupRequireImdsv2Aspect interface {
	awscdk.IAspect
	Warn(node constructs.IConstruct, message *string)
}

type imdsv2Aspect struct{}

// NewAutoScalingGroupRequireImdsv2Aspect creates the aspect.
func NewAutoScalingGroupRequireImdsv2Aspect() AutoScalingGroupRequireImdsv2Aspect {
	return &imdsv2Aspect{}
}

// NewAutoScalingGroupRequireImdsv2Aspect_Override backs a Go "subclass".
func NewAutoScalingGroupRequireImdsv2Aspect_Override(a AutoScalingGroupRequireImdsv2Aspect) {
	l2.Override(a, NewAutoScalingGroupRequireImdsv2Aspect())
}

// Visit sets HttpTokens "required" on the launch template (or launch
// configuration) an AutoScalingGroup made, found in the tree as aws-cdk-lib
// finds it (so Go "subclasses" of the group are visited too).
func (a *imdsv2Aspect) Visit(node constructs.IConstruct) {
	if _, ok := host.Of(node).(AutoScalingGroup); !ok {
		if _, ok := node.(AutoScalingGroup); !ok {
			return
		}
	}
	if truthy(awscdk.FeatureFlags_Of(node).IsEnabled(str(generateLaunchTemplateFlag))) {
		lt := node.Node().TryFindChild(str("LaunchTemplate"))
		if lt == nil {
			return
		}
		cfn, ok := lt.Node().TryFindChild(str("Resource")).(awsec2.CfnLaunchTemplate)
		if !ok {
			return
		}
		data, ok := cfn.LaunchTemplateData().(*awsec2.CfnLaunchTemplate_LaunchTemplateDataProperty)
		if !ok {
			a.Warn(node, str("CfnLaunchTemplate.LaunchTemplateData field is a CDK token."))
			return
		}
		md, _ := data.MetadataOptions.(*awsec2.CfnLaunchTemplate_MetadataOptionsProperty)
		if md == nil {
			if data.MetadataOptions != nil {
				a.Warn(node, str("CfnLaunchTemplate.LaunchTemplateData.MetadataOptions field is a CDK token."))
				return
			}
			md = &awsec2.CfnLaunchTemplate_MetadataOptionsProperty{}
		}
		md.HttpTokens = str("required")
		data.MetadataOptions = md
		return
	}
	lc, ok := node.Node().TryFindChild(str("LaunchConfig")).(CfnLaunchConfiguration)
	if !ok {
		return
	}
	md, _ := lc.MetadataOptions().(*CfnLaunchConfiguration_MetadataOptionsProperty)
	if md == nil {
		if lc.MetadataOptions() != nil {
			a.Warn(node, str("CfnLaunchConfiguration.MetadataOptions field is a CDK token."))
			return
		}
		md = &CfnLaunchConfiguration_MetadataOptionsProperty{}
	}
	md.HttpTokens = str("required")
	lc.SetMetadataOptions(md)
}

// Warn adds the aspect's warning to node.
func (a *imdsv2Aspect) Warn(node constructs.IConstruct, message *string) {
	awscdk.Annotations_Of(node).AddWarningV2(str("@aws-cdk/aws-autoscaling:imdsv2AutoScalingGroupRequireImdsv2Aspect"),
		str("AutoScalingGroupRequireImdsv2Aspect failed on node "+*node.Node().Id()+": "+*message))
}
