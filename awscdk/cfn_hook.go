package awscdk

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
)

// CfnHookProps configure a CfnHook.
type CfnHookProps struct {
	// The hook's type, e.g. "AWS::CodeDeploy::BlueGreen".
	Type *string `field:"required" json:"type" yaml:"type"`
	// The hook's properties.
	Properties *map[string]interface{} `field:"optional" json:"properties" yaml:"properties"`
}

// CfnHook is an entry of the template's Hooks section.
type CfnHook interface {
	CfnElement
	// Type is the hook's type.
	Type() *string
	// RenderProperties turns the hook's properties into their template form.
	RenderProperties(props *map[string]interface{}) *map[string]interface{}
}

type cfnHook struct {
	*cfnElement
	typ    string
	props  *map[string]interface{}
	render func() interface{}
}

// NewCfnHook creates a hook in the template's Hooks section.
func NewCfnHook(scope constructs.Construct, id *string, props *CfnHookProps) CfnHook {
	h := newCfnHook(scope, id, props)
	setHost(h.Construct, h)
	return h
}

// NewCfnHook_Override creates a hook for c, a pointer to the program's
// struct that embeds CfnHook.
func NewCfnHook_Override(c CfnHook, scope constructs.Construct, id *string, props *CfnHookProps) {
	overrideConstruct(c, NewCfnHook(scope, id, props))
}

func newCfnHook(scope constructs.Construct, id *string, props *CfnHookProps) *cfnHook {
	if props == nil {
		props = &CfnHookProps{}
	}
	h := &cfnHook{cfnElement: &cfnElement{}, typ: deref(props.Type), props: props.Properties}
	initElement(scope, id, h.cfnElement)
	h.render = func() interface{} {
		if p := h.RenderProperties(h.props); p != nil {
			return *p
		}
		return nil
	}
	h.toCfn = func() *ojson.Object {
		return obj("Hooks", ojsonKeyed(h.logicalID, obj("Type", h.typ, "Properties", ignoreEmpty(h.render()))))
	}
	return h
}

// CfnHook_IsCfnElement reports whether x is a template element.
func CfnHook_IsCfnElement(x interface{}) *bool { _, ok := x.(CfnElement); return &ok }

// CfnHook_IsConstruct reports whether x is a construct.
func CfnHook_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

func (h *cfnHook) Type() *string { return str(h.typ) }

// RenderProperties returns props unchanged: a plain hook's properties are
// written as given.
func (h *cfnHook) RenderProperties(props *map[string]interface{}) *map[string]interface{} {
	return props
}

// ---- CfnCodeDeployBlueGreenHook

// CfnTrafficRoutingType is how CodeDeploy shifts traffic.
type CfnTrafficRoutingType string

const (
	CfnTrafficRoutingType_ALL_AT_ONCE       CfnTrafficRoutingType = "ALL_AT_ONCE"
	CfnTrafficRoutingType_TIME_BASED_CANARY CfnTrafficRoutingType = "TIME_BASED_CANARY"
	CfnTrafficRoutingType_TIME_BASED_LINEAR CfnTrafficRoutingType = "TIME_BASED_LINEAR"
)

// trafficRoutingTypes are the template values of CfnTrafficRoutingType.
var trafficRoutingTypes = map[CfnTrafficRoutingType]string{
	CfnTrafficRoutingType_ALL_AT_ONCE:       "AllAtOnce",
	CfnTrafficRoutingType_TIME_BASED_CANARY: "TimeBasedCanary",
	CfnTrafficRoutingType_TIME_BASED_LINEAR: "TimeBasedLinear",
}

// CfnTrafficRoute is a listener that routes traffic.
type CfnTrafficRoute struct {
	LogicalId *string `field:"required" json:"logicalId" yaml:"logicalId"`
	Type      *string `field:"required" json:"type" yaml:"type"`
}

// CfnTrafficRouting names the listeners and target groups of a blue/green deployment.
type CfnTrafficRouting struct {
	ProdTrafficRoute *CfnTrafficRoute `field:"required" json:"prodTrafficRoute" yaml:"prodTrafficRoute"`
	TargetGroups     *[]*string       `field:"required" json:"targetGroups" yaml:"targetGroups"`
	TestTrafficRoute *CfnTrafficRoute `field:"required" json:"testTrafficRoute" yaml:"testTrafficRoute"`
}

// CfnTrafficRoutingTimeBasedCanary shifts traffic in two steps.
type CfnTrafficRoutingTimeBasedCanary struct {
	BakeTimeMins   *float64 `field:"optional" json:"bakeTimeMins" yaml:"bakeTimeMins"`
	StepPercentage *float64 `field:"optional" json:"stepPercentage" yaml:"stepPercentage"`
}

// CfnTrafficRoutingTimeBasedLinear shifts traffic in equal steps.
type CfnTrafficRoutingTimeBasedLinear struct {
	BakeTimeMins   *float64 `field:"optional" json:"bakeTimeMins" yaml:"bakeTimeMins"`
	StepPercentage *float64 `field:"optional" json:"stepPercentage" yaml:"stepPercentage"`
}

// CfnTrafficRoutingConfig says how traffic shifts.
type CfnTrafficRoutingConfig struct {
	Type            CfnTrafficRoutingType             `field:"required" json:"type" yaml:"type"`
	TimeBasedCanary *CfnTrafficRoutingTimeBasedCanary `field:"optional" json:"timeBasedCanary" yaml:"timeBasedCanary"`
	TimeBasedLinear *CfnTrafficRoutingTimeBasedLinear `field:"optional" json:"timeBasedLinear" yaml:"timeBasedLinear"`
}

// CfnCodeDeployBlueGreenAdditionalOptions are further deployment options.
type CfnCodeDeployBlueGreenAdditionalOptions struct {
	TerminationWaitTimeInMinutes *float64 `field:"optional" json:"terminationWaitTimeInMinutes" yaml:"terminationWaitTimeInMinutes"`
}

// CfnCodeDeployBlueGreenApplicationTarget is the ECS service deployed.
type CfnCodeDeployBlueGreenApplicationTarget struct {
	LogicalId *string `field:"required" json:"logicalId" yaml:"logicalId"`
	Type      *string `field:"required" json:"type" yaml:"type"`
}

// CfnCodeDeployBlueGreenEcsAttributes are the task definitions, task sets
// and routing of a blue/green ECS deployment.
type CfnCodeDeployBlueGreenEcsAttributes struct {
	TaskDefinitions *[]*string         `field:"required" json:"taskDefinitions" yaml:"taskDefinitions"`
	TaskSets        *[]*string         `field:"required" json:"taskSets" yaml:"taskSets"`
	TrafficRouting  *CfnTrafficRouting `field:"required" json:"trafficRouting" yaml:"trafficRouting"`
}

// CfnCodeDeployBlueGreenApplication is one application deployed blue/green.
type CfnCodeDeployBlueGreenApplication struct {
	EcsAttributes *CfnCodeDeployBlueGreenEcsAttributes     `field:"required" json:"ecsAttributes" yaml:"ecsAttributes"`
	Target        *CfnCodeDeployBlueGreenApplicationTarget `field:"required" json:"target" yaml:"target"`
}

// CfnCodeDeployBlueGreenLifecycleEventHooks are Lambda functions run at
// each stage of the deployment.
type CfnCodeDeployBlueGreenLifecycleEventHooks struct {
	AfterAllowTestTraffic *string `field:"optional" json:"afterAllowTestTraffic" yaml:"afterAllowTestTraffic"`
	AfterAllowTraffic     *string `field:"optional" json:"afterAllowTraffic" yaml:"afterAllowTraffic"`
	AfterInstall          *string `field:"optional" json:"afterInstall" yaml:"afterInstall"`
	BeforeAllowTraffic    *string `field:"optional" json:"beforeAllowTraffic" yaml:"beforeAllowTraffic"`
	BeforeInstall         *string `field:"optional" json:"beforeInstall" yaml:"beforeInstall"`
}

// CfnCodeDeployBlueGreenHookProps configure a CfnCodeDeployBlueGreenHook.
type CfnCodeDeployBlueGreenHookProps struct {
	Applications         *[]*CfnCodeDeployBlueGreenApplication      `field:"required" json:"applications" yaml:"applications"`
	ServiceRole          *string                                    `field:"required" json:"serviceRole" yaml:"serviceRole"`
	AdditionalOptions    *CfnCodeDeployBlueGreenAdditionalOptions   `field:"optional" json:"additionalOptions" yaml:"additionalOptions"`
	LifecycleEventHooks  *CfnCodeDeployBlueGreenLifecycleEventHooks `field:"optional" json:"lifecycleEventHooks" yaml:"lifecycleEventHooks"`
	TrafficRoutingConfig *CfnTrafficRoutingConfig                   `field:"optional" json:"trafficRoutingConfig" yaml:"trafficRoutingConfig"`
}

// CfnCodeDeployBlueGreenHook is the AWS::CodeDeploy::BlueGreen hook, which
// deploys ECS services blue/green through CloudFormation (the template also
// needs the AWS::CodeDeployBlueGreen transform).
type CfnCodeDeployBlueGreenHook interface {
	CfnHook
	AdditionalOptions() *CfnCodeDeployBlueGreenAdditionalOptions
	SetAdditionalOptions(val *CfnCodeDeployBlueGreenAdditionalOptions)
	Applications() *[]*CfnCodeDeployBlueGreenApplication
	SetApplications(val *[]*CfnCodeDeployBlueGreenApplication)
	LifecycleEventHooks() *CfnCodeDeployBlueGreenLifecycleEventHooks
	SetLifecycleEventHooks(val *CfnCodeDeployBlueGreenLifecycleEventHooks)
	ServiceRole() *string
	SetServiceRole(val *string)
	TrafficRoutingConfig() *CfnTrafficRoutingConfig
	SetTrafficRoutingConfig(val *CfnTrafficRoutingConfig)
}

type blueGreenHook struct {
	*cfnHook
	p CfnCodeDeployBlueGreenHookProps
}

// NewCfnCodeDeployBlueGreenHook creates the hook.
func NewCfnCodeDeployBlueGreenHook(scope constructs.Construct, id *string, props *CfnCodeDeployBlueGreenHookProps) CfnCodeDeployBlueGreenHook {
	h := &blueGreenHook{cfnHook: newCfnHook(scope, id, &CfnHookProps{Type: str("AWS::CodeDeploy::BlueGreen")})}
	if props != nil {
		h.p = *props
	}
	if h.p.Applications == nil || h.p.ServiceRole == nil {
		addError(h, "CfnCodeDeployBlueGreenHook needs applications and serviceRole")
	}
	h.render = func() interface{} { return h.renderBlueGreen() }
	setHost(h.Construct, h)
	return h
}

// NewCfnCodeDeployBlueGreenHook_Override creates the hook for c.
func NewCfnCodeDeployBlueGreenHook_Override(c CfnCodeDeployBlueGreenHook, scope constructs.Construct, id *string, props *CfnCodeDeployBlueGreenHookProps) {
	overrideConstruct(c, NewCfnCodeDeployBlueGreenHook(scope, id, props))
}

// CfnCodeDeployBlueGreenHook_IsCfnElement reports whether x is a template element.
func CfnCodeDeployBlueGreenHook_IsCfnElement(x interface{}) *bool { return CfnHook_IsCfnElement(x) }

// CfnCodeDeployBlueGreenHook_IsConstruct reports whether x is a construct.
func CfnCodeDeployBlueGreenHook_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

func (h *blueGreenHook) AdditionalOptions() *CfnCodeDeployBlueGreenAdditionalOptions {
	return h.p.AdditionalOptions
}
func (h *blueGreenHook) SetAdditionalOptions(v *CfnCodeDeployBlueGreenAdditionalOptions) {
	h.p.AdditionalOptions = v
}
func (h *blueGreenHook) Applications() *[]*CfnCodeDeployBlueGreenApplication { return h.p.Applications }
func (h *blueGreenHook) SetApplications(v *[]*CfnCodeDeployBlueGreenApplication) {
	h.p.Applications = v
}
func (h *blueGreenHook) LifecycleEventHooks() *CfnCodeDeployBlueGreenLifecycleEventHooks {
	return h.p.LifecycleEventHooks
}
func (h *blueGreenHook) SetLifecycleEventHooks(v *CfnCodeDeployBlueGreenLifecycleEventHooks) {
	h.p.LifecycleEventHooks = v
}
func (h *blueGreenHook) ServiceRole() *string     { return h.p.ServiceRole }
func (h *blueGreenHook) SetServiceRole(v *string) { h.p.ServiceRole = v }
func (h *blueGreenHook) TrafficRoutingConfig() *CfnTrafficRoutingConfig {
	return h.p.TrafficRoutingConfig
}
func (h *blueGreenHook) SetTrafficRoutingConfig(v *CfnTrafficRoutingConfig) {
	h.p.TrafficRoutingConfig = v
}

// RenderProperties renders the hook's own properties; props is not used,
// as in aws-cdk-lib.
func (h *blueGreenHook) RenderProperties(props *map[string]interface{}) *map[string]interface{} {
	m := map[string]interface{}{}
	h.renderBlueGreen().Range(func(k string, v interface{}) { m[k] = v })
	return &m
}

// unlessAllNil is nil when every value of o is nil, else o.
func unlessAllNil(o *ojson.Object) interface{} {
	all := true
	o.Range(func(_ string, v interface{}) {
		if !isNilValue(v) {
			all = false
		}
	})
	if all {
		return nil
	}
	return o
}

func (h *blueGreenHook) renderBlueGreen() *ojson.Object {
	var apps []interface{}
	if h.p.Applications != nil {
		for _, a := range *h.p.Applications {
			if a == nil {
				continue
			}
			target, ecs := a.Target, a.EcsAttributes
			if target == nil {
				target = &CfnCodeDeployBlueGreenApplicationTarget{}
			}
			if ecs == nil {
				ecs = &CfnCodeDeployBlueGreenEcsAttributes{}
			}
			tr := ecs.TrafficRouting
			if tr == nil {
				tr = &CfnTrafficRouting{}
			}
			route := func(r *CfnTrafficRoute) *ojson.Object {
				if r == nil {
					r = &CfnTrafficRoute{}
				}
				return obj("Type", r.Type, "LogicalID", r.LogicalId)
			}
			apps = append(apps, obj(
				"Target", obj("Type", target.Type, "LogicalID", target.LogicalId),
				"ECSAttributes", obj(
					"TaskDefinitions", ecs.TaskDefinitions,
					"TaskSets", ecs.TaskSets,
					"TrafficRouting", obj(
						"ProdTrafficRoute", route(tr.ProdTrafficRoute),
						"TestTrafficRoute", route(tr.TestTrafficRoute),
						"TargetGroups", tr.TargetGroups,
					),
				),
			))
		}
	}
	var routing interface{}
	if c := h.p.TrafficRoutingConfig; c != nil {
		var typ interface{}
		if c.Type != "" {
			typ = trafficRoutingTypes[c.Type]
			if typ == "" {
				typ = string(c.Type)
			}
		}
		canary, linear := c.TimeBasedCanary, c.TimeBasedLinear
		if canary == nil {
			canary = &CfnTrafficRoutingTimeBasedCanary{}
		}
		if linear == nil {
			linear = &CfnTrafficRoutingTimeBasedLinear{}
		}
		routing = unlessAllNil(obj("Type", typ,
			"TimeBasedCanary", unlessAllNil(obj("StepPercentage", canary.StepPercentage, "BakeTimeMins", canary.BakeTimeMins)),
			"TimeBasedLinear", unlessAllNil(obj("StepPercentage", linear.StepPercentage, "BakeTimeMins", linear.BakeTimeMins))))
	}
	var additional interface{}
	if o := h.p.AdditionalOptions; o != nil {
		additional = unlessAllNil(obj("TerminationWaitTimeInMinutes", o.TerminationWaitTimeInMinutes))
	}
	var hooks interface{}
	if l := h.p.LifecycleEventHooks; l != nil {
		hooks = unlessAllNil(obj("BeforeInstall", l.BeforeInstall, "AfterInstall", l.AfterInstall,
			"AfterAllowTestTraffic", l.AfterAllowTestTraffic, "BeforeAllowTraffic", l.BeforeAllowTraffic,
			"AfterAllowTraffic", l.AfterAllowTraffic))
	}
	return obj("ServiceRole", h.p.ServiceRole, "Applications", apps, "TrafficRoutingConfig", routing,
		"AdditionalOptions", additional, "LifecycleEventHooks", hooks)
}
