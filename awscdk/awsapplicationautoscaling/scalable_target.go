package awsapplicationautoscaling

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapplicationautoscaling"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ServiceNamespace is the AWS service whose resource a scalable target scales.
type ServiceNamespace string

const (
	ServiceNamespace_ECS                ServiceNamespace = "ECS"
	ServiceNamespace_ELASTIC_MAP_REDUCE ServiceNamespace = "ELASTIC_MAP_REDUCE"
	ServiceNamespace_EC2                ServiceNamespace = "EC2"
	ServiceNamespace_APPSTREAM          ServiceNamespace = "APPSTREAM"
	ServiceNamespace_DYNAMODB           ServiceNamespace = "DYNAMODB"
	ServiceNamespace_RDS                ServiceNamespace = "RDS"
	ServiceNamespace_SAGEMAKER          ServiceNamespace = "SAGEMAKER"
	ServiceNamespace_CUSTOM_RESOURCE    ServiceNamespace = "CUSTOM_RESOURCE"
	ServiceNamespace_LAMBDA             ServiceNamespace = "LAMBDA"
	ServiceNamespace_COMPREHEND         ServiceNamespace = "COMPREHEND"
	ServiceNamespace_KAFKA              ServiceNamespace = "KAFKA"
	ServiceNamespace_ELASTICACHE        ServiceNamespace = "ELASTICACHE"
	ServiceNamespace_NEPTUNE            ServiceNamespace = "NEPTUNE"
	ServiceNamespace_CASSANDRA          ServiceNamespace = "CASSANDRA"
	ServiceNamespace_WORKSPACES         ServiceNamespace = "WORKSPACES"
)

// serviceNamespaceValues are the names CloudFormation takes.
var serviceNamespaceValues = map[ServiceNamespace]string{
	ServiceNamespace_ECS: "ecs", ServiceNamespace_ELASTIC_MAP_REDUCE: "elasticmapreduce",
	ServiceNamespace_EC2: "ec2", ServiceNamespace_APPSTREAM: "appstream", ServiceNamespace_DYNAMODB: "dynamodb",
	ServiceNamespace_RDS: "rds", ServiceNamespace_SAGEMAKER: "sagemaker", ServiceNamespace_CUSTOM_RESOURCE: "custom-resource",
	ServiceNamespace_LAMBDA: "lambda", ServiceNamespace_COMPREHEND: "comprehend", ServiceNamespace_KAFKA: "kafka",
	ServiceNamespace_ELASTICACHE: "elasticache", ServiceNamespace_NEPTUNE: "neptune", ServiceNamespace_CASSANDRA: "cassandra",
	ServiceNamespace_WORKSPACES: "workspaces",
}

// namespaceValue is the CloudFormation name of ns; an unknown value passes
// through, as a string cast to the enum does in aws-cdk-lib.
func namespaceValue(ns ServiceNamespace) *string {
	if ns == "" {
		return nil
	}
	if v, ok := serviceNamespaceValues[ns]; ok {
		return str(v)
	}
	return str(string(ns))
}

// ScalableTargetProps are the props of NewScalableTarget.
type ScalableTargetProps struct {
	// The most capacity to scale to.
	MaxCapacity *float64 `field:"required" json:"maxCapacity" yaml:"maxCapacity"`
	// The least capacity to scale to.
	MinCapacity *float64 `field:"required" json:"minCapacity" yaml:"minCapacity"`
	// The resource to scale, in the service's format (for ECS "service/<cluster>/<service>").
	ResourceId *string `field:"required" json:"resourceId" yaml:"resourceId"`
	// The attribute to scale, such as "ecs:service:DesiredCount".
	ScalableDimension *string `field:"required" json:"scalableDimension" yaml:"scalableDimension"`
	// The service the resource belongs to.
	ServiceNamespace ServiceNamespace `field:"required" json:"serviceNamespace" yaml:"serviceNamespace"`
	// The role Application Auto Scaling uses. Default: a new role.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
}

// ScalableTargetAttributes describe a scalable target defined outside this app.
type ScalableTargetAttributes struct {
	// The scalable dimension, such as "ecs:service:DesiredCount".
	ScalableDimension *string `field:"required" json:"scalableDimension" yaml:"scalableDimension"`
	// The scalable target's id (its resource id).
	ScalableTargetId *string `field:"required" json:"scalableTargetId" yaml:"scalableTargetId"`
	// The service namespace, such as "ecs".
	ServiceNamespace *string `field:"required" json:"serviceNamespace" yaml:"serviceNamespace"`
}

// IScalableTarget is a scalable target, defined in this app or imported.
type IScalableTarget interface {
	awscdk.IResource
	interfacesawsapplicationautoscaling.IScalableTargetRef
	// ScalableTargetId is the target's id.
	ScalableTargetId() *string
}

// ScalableTarget is a resource whose capacity Application Auto Scaling
// adjusts (AWS::ApplicationAutoScaling::ScalableTarget).
type ScalableTarget interface {
	awscdk.Resource
	IScalableTarget
	// Role is the role Application Auto Scaling uses.
	Role() awsiam.IRole
	// AddToRolePolicy adds a statement to the role's policy.
	AddToRolePolicy(statement awsiam.PolicyStatement)
	// ScaleOnMetric scales in steps on a metric's value (two alarms, two policies).
	ScaleOnMetric(id *string, props *BasicStepScalingPolicyProps) StepScalingPolicy
	// ScaleOnSchedule sets the capacity at the times of a schedule.
	ScaleOnSchedule(id *string, action *ScalingSchedule)
	// ScaleToTrackMetric keeps a metric near a target value.
	ScaleToTrackMetric(id *string, props *BasicTargetTrackingScalingPolicyProps) TargetTrackingScalingPolicy
}

type scalableTarget struct {
	awscdk.Resource
	role                         awsiam.IRole
	targetID                     *string
	scalableDimension, namespace *string
	actions                      []interface{}
}

// ScalableTarget_PROPERTY_INJECTION_ID is the id property injectors use for ScalableTarget.
func ScalableTarget_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-applicationautoscaling.ScalableTarget")
}

// NewScalableTarget defines a scalable target.
func NewScalableTarget(scope constructs.Construct, id *string, props *ScalableTargetProps) ScalableTarget {
	props = l2.Inject(*ScalableTarget_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "ScalableTargetProps", "MaxCapacity", "MinCapacity", "ResourceId", "ScalableDimension", "ServiceNamespace")
	}
	t := &scalableTarget{}
	t.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(t.Resource, t)
	max, min := props.MaxCapacity, props.MinCapacity
	if max != nil && !isUnresolved(max) && *max < 0 {
		throw(scope, "maxCapacity cannot be negative, got: %s", jsNum(max))
	}
	if min != nil && !isUnresolved(min) && *min < 0 {
		throw(scope, "minCapacity cannot be negative, got: %s", jsNum(min))
	}
	if min != nil && max != nil && !isUnresolved(min) && !isUnresolved(max) && *max < *min {
		throw(scope, "minCapacity (%s) should be lower than maxCapacity (%s)", jsNum(min), jsNum(max))
	}
	t.role = props.Role
	if t.role == nil {
		t.role = awsiam.NewRole(t, jsii.String("Role"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("application-autoscaling.amazonaws.com"), nil),
		})
	}
	t.scalableDimension = props.ScalableDimension
	t.namespace = namespaceValue(props.ServiceNamespace)
	res := NewCfnScalableTarget(t, jsii.String("Resource"), &CfnScalableTargetProps{
		MaxCapacity:       max,
		MinCapacity:       min,
		ResourceId:        props.ResourceId,
		RoleArn:           t.role.RoleArn(),
		ScalableDimension: props.ScalableDimension,
		ScheduledActions: awscdk.Lazy_UncachedAny(anyProducer(func() interface{} {
			if len(t.actions) == 0 {
				return nil
			}
			return append([]interface{}{}, t.actions...)
		}), nil),
		ServiceNamespace: t.namespace,
	})
	t.targetID = res.Ref()
	return t
}

func (t *scalableTarget) Role() awsiam.IRole        { return t.role }
func (t *scalableTarget) ScalableTargetId() *string { return t.targetID }

// ScalableTargetRef is the reference scaling policies use.
func (t *scalableTarget) ScalableTargetRef() *interfacesawsapplicationautoscaling.ScalableTargetReference {
	return &interfacesawsapplicationautoscaling.ScalableTargetReference{
		ResourceId: t.targetID, ScalableDimension: t.scalableDimension, ServiceNamespace: t.namespace,
	}
}

func (t *scalableTarget) AddToRolePolicy(statement awsiam.PolicyStatement) {
	t.role.AddToPrincipalPolicy(statement)
}

func (t *scalableTarget) ScaleOnSchedule(id *string, action *ScalingSchedule) {
	if action == nil {
		l2.RequireArg(t, "ScaleOnSchedule", "a ScalingSchedule")
	}
	if action.MinCapacity == nil && action.MaxCapacity == nil {
		throw(t, "You must supply at least one of minCapacity or maxCapacity, got %s", scheduleJSON(action))
	}
	if action.Schedule == nil {
		l2.RequireArg(t, "ScaleOnSchedule", "ScalingSchedule.Schedule")
	}
	if b, ok := action.Schedule.(interface{ bind(constructs.IConstruct) }); ok {
		b.bind(t)
	}
	// Rendered here with CloudFormation's names: the list is a token the
	// L1 passes through as it is.
	capacity := map[string]interface{}{}
	if action.MaxCapacity != nil {
		capacity["MaxCapacity"] = action.MaxCapacity
	}
	if action.MinCapacity != nil {
		capacity["MinCapacity"] = action.MinCapacity
	}
	a := map[string]interface{}{
		"ScheduledActionName":  id,
		"Schedule":             action.Schedule.ExpressionString(),
		"ScalableTargetAction": capacity,
	}
	if action.StartTime != nil {
		a["StartTime"] = cfnDate(*action.StartTime)
	}
	if action.EndTime != nil {
		a["EndTime"] = cfnDate(*action.EndTime)
	}
	if action.TimeZone != nil {
		a["Timezone"] = action.TimeZone.TimezoneName()
	}
	t.actions = append(t.actions, a)
}

func (t *scalableTarget) ScaleOnMetric(id *string, props *BasicStepScalingPolicyProps) StepScalingPolicy {
	if props == nil {
		l2.RequireArg(t, "ScaleOnMetric", "BasicStepScalingPolicyProps")
	}
	return NewStepScalingPolicy(t, id, &StepScalingPolicyProps{
		Metric: props.Metric, ScalingSteps: props.ScalingSteps, AdjustmentType: props.AdjustmentType,
		Cooldown: props.Cooldown, DatapointsToAlarm: props.DatapointsToAlarm, EvaluationPeriods: props.EvaluationPeriods,
		MetricAggregationType: props.MetricAggregationType, MinAdjustmentMagnitude: props.MinAdjustmentMagnitude,
		ScalingTarget: t,
	})
}

func (t *scalableTarget) ScaleToTrackMetric(id *string, props *BasicTargetTrackingScalingPolicyProps) TargetTrackingScalingPolicy {
	if props == nil {
		l2.RequireArg(t, "ScaleToTrackMetric", "BasicTargetTrackingScalingPolicyProps")
	}
	return NewTargetTrackingScalingPolicy(t, id, &TargetTrackingScalingPolicyProps{
		DisableScaleIn: props.DisableScaleIn, PolicyName: props.PolicyName, ScaleInCooldown: props.ScaleInCooldown,
		ScaleOutCooldown: props.ScaleOutCooldown, TargetValue: props.TargetValue, CustomMetric: props.CustomMetric,
		PredefinedMetric: props.PredefinedMetric, ResourceLabel: props.ResourceLabel, ScalingTarget: t,
	})
}

// importedScalableTarget is a scalable target defined elsewhere; ref is nil
// when it was imported by id alone.
type importedScalableTarget struct {
	awscdk.Resource
	targetID *string
	ref      *interfacesawsapplicationautoscaling.ScalableTargetReference
}

func (t *importedScalableTarget) ScalableTargetId() *string { return t.targetID }

func (t *importedScalableTarget) ScalableTargetRef() *interfacesawsapplicationautoscaling.ScalableTargetReference {
	if t.ref == nil {
		throw(t, "Cannot access scalableTargetRef on a ScalableTarget imported by ID only. Use ScalableTarget.fromScalableTargetAttributes() instead.")
	}
	return t.ref
}

// ScalableTarget_FromScalableTargetId imports a scalable target by its id.
// Scaling policies need its dimension and namespace too: import it with
// ScalableTarget_FromScalableTargetAttributes to attach them.
func ScalableTarget_FromScalableTargetId(scope constructs.Construct, id *string, scalableTargetId *string) IScalableTarget {
	t := &importedScalableTarget{targetID: scalableTargetId}
	t.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(t.Resource, t)
	return t
}

// ScalableTarget_FromScalableTargetAttributes imports a scalable target from
// its id, dimension and namespace.
func ScalableTarget_FromScalableTargetAttributes(scope constructs.Construct, id *string, attrs *ScalableTargetAttributes) IScalableTarget {
	if attrs == nil {
		l2.RequireProps(scope, id, "ScalableTargetAttributes", "ScalableDimension", "ScalableTargetId", "ServiceNamespace")
	}
	t := &importedScalableTarget{targetID: attrs.ScalableTargetId, ref: &interfacesawsapplicationautoscaling.ScalableTargetReference{
		ResourceId: attrs.ScalableTargetId, ScalableDimension: attrs.ScalableDimension, ServiceNamespace: attrs.ServiceNamespace,
	}}
	t.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(t.Resource, t)
	return t
}

// ScalableTarget_IsConstruct reports whether x is a construct.
func ScalableTarget_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ScalableTarget_IsResource reports whether construct is a Resource.
func ScalableTarget_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ScalableTarget_IsOwnedResource reports whether construct is a Resource this app created.
func ScalableTarget_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewScalableTarget_Override initialises outer, a type embedding ScalableTarget.
func NewScalableTarget_Override(outer ScalableTarget, scope constructs.Construct, id *string, props *ScalableTargetProps) {
	l2.Override(outer, NewScalableTarget(scope, id, props))
}
