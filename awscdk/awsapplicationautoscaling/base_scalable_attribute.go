package awsapplicationautoscaling

import (
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapplicationautoscaling"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// EnableScalingProps are the capacity bounds of a scalable attribute.
type EnableScalingProps struct {
	// The most capacity to scale to.
	MaxCapacity *float64 `field:"required" json:"maxCapacity" yaml:"maxCapacity"`
	// Default: 1.
	MinCapacity *float64 `field:"optional" json:"minCapacity" yaml:"minCapacity"`
}

// BaseScalableAttributeProps are the props of a scalable attribute.
type BaseScalableAttributeProps struct {
	MaxCapacity *float64 `field:"required" json:"maxCapacity" yaml:"maxCapacity"`
	// Default: 1.
	MinCapacity *float64 `field:"optional" json:"minCapacity" yaml:"minCapacity"`
	// The scalable dimension, such as "ecs:service:DesiredCount".
	Dimension *string `field:"required" json:"dimension" yaml:"dimension"`
	// The resource id in the service's format.
	ResourceId *string `field:"required" json:"resourceId" yaml:"resourceId"`
	// The role Application Auto Scaling uses.
	Role awsiam.IRole `field:"required" json:"role" yaml:"role"`
	// The service the resource belongs to.
	ServiceNamespace ServiceNamespace `field:"required" json:"serviceNamespace" yaml:"serviceNamespace"`
}

// BaseScalableAttribute is the base of a resource attribute that scales
// (an ECS service's task count, a DynamoDB table's capacity, ...): it owns
// a ScalableTarget with id "Target". aws-cdk-lib's class is abstract: a Go
// type embeds BaseScalableAttribute and initialises it with
// NewBaseScalableAttribute_Override, then offers its own Scale* methods
// on top of the Do* ones.
type BaseScalableAttribute interface {
	constructs.Construct
	interfacesawsapplicationautoscaling.IScalableTargetRef
	// Props are the props the attribute was made with.
	Props() *BaseScalableAttributeProps
	// DoScaleOnMetric scales in steps on a metric.
	DoScaleOnMetric(id *string, props *BasicStepScalingPolicyProps)
	// DoScaleOnSchedule scales on a schedule.
	DoScaleOnSchedule(id *string, props *ScalingSchedule)
	// DoScaleToTrackMetric tracks a metric's target value.
	DoScaleToTrackMetric(id *string, props *BasicTargetTrackingScalingPolicyProps)
}

type baseScalableAttribute struct {
	constructs.Construct
	props  *BaseScalableAttributeProps
	target ScalableTarget
}

// NewBaseScalableAttribute_Override initialises b, a type embedding
// BaseScalableAttribute: it defines the construct at scope/id and its
// ScalableTarget, and stores the base in b's embedded field.
func NewBaseScalableAttribute_Override(b BaseScalableAttribute, scope constructs.Construct, id *string, props *BaseScalableAttributeProps) {
	l2.Override(b, newBaseScalableAttribute(scope, id, props))
}

func newBaseScalableAttribute(scope constructs.Construct, id *string, props *BaseScalableAttributeProps) BaseScalableAttribute {
	if props == nil {
		l2.RequireProps(scope, id, "BaseScalableAttributeProps", "Dimension", "MaxCapacity", "ResourceId", "Role", "ServiceNamespace")
	}
	a := &baseScalableAttribute{Construct: constructs.NewConstruct(scope, id), props: props}
	host.Set(a.Construct, a)
	min := props.MinCapacity
	if min == nil {
		min = jsii.Number(1)
	}
	a.target = NewScalableTarget(a, jsii.String("Target"), &ScalableTargetProps{
		ServiceNamespace:  props.ServiceNamespace,
		ScalableDimension: props.Dimension,
		ResourceId:        props.ResourceId,
		Role:              props.Role,
		MinCapacity:       min,
		MaxCapacity:       props.MaxCapacity,
	})
	return a
}

func (a *baseScalableAttribute) Props() *BaseScalableAttributeProps { return a.props }

// Env is the environment of the attribute's scalable target.
func (a *baseScalableAttribute) Env() *interfaces.ResourceEnvironment { return a.target.Env() }

func (a *baseScalableAttribute) ScalableTargetRef() *interfacesawsapplicationautoscaling.ScalableTargetReference {
	return a.target.ScalableTargetRef()
}

func (a *baseScalableAttribute) DoScaleOnMetric(id *string, props *BasicStepScalingPolicyProps) {
	a.target.ScaleOnMetric(id, props)
}

func (a *baseScalableAttribute) DoScaleOnSchedule(id *string, props *ScalingSchedule) {
	a.target.ScaleOnSchedule(id, props)
}

func (a *baseScalableAttribute) DoScaleToTrackMetric(id *string, props *BasicTargetTrackingScalingPolicyProps) {
	a.target.ScaleToTrackMetric(id, props)
}

// BaseScalableAttribute_IsConstruct reports whether x is a construct.
func BaseScalableAttribute_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
