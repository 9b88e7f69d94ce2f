package awsapplicationautoscaling

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapplicationautoscaling"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/scalingsteps"
	"github.com/strata-cdk/strata/jsii"
)

// AdjustmentType says how a step's change applies to the capacity.
type AdjustmentType string

const (
	// Add the change to the current capacity.
	AdjustmentType_CHANGE_IN_CAPACITY AdjustmentType = "CHANGE_IN_CAPACITY"
	// Add the change, a percentage, of the current capacity.
	AdjustmentType_PERCENT_CHANGE_IN_CAPACITY AdjustmentType = "PERCENT_CHANGE_IN_CAPACITY"
	// Set the capacity to the change.
	AdjustmentType_EXACT_CAPACITY AdjustmentType = "EXACT_CAPACITY"
)

var adjustmentTypeValues = map[AdjustmentType]string{
	AdjustmentType_CHANGE_IN_CAPACITY: "ChangeInCapacity", AdjustmentType_PERCENT_CHANGE_IN_CAPACITY: "PercentChangeInCapacity",
	AdjustmentType_EXACT_CAPACITY: "ExactCapacity",
}

// MetricAggregationType is how a step scaling policy aggregates the metric's data points.
type MetricAggregationType string

const (
	MetricAggregationType_AVERAGE MetricAggregationType = "AVERAGE"
	MetricAggregationType_MINIMUM MetricAggregationType = "MINIMUM"
	MetricAggregationType_MAXIMUM MetricAggregationType = "MAXIMUM"
)

var aggregationValues = map[MetricAggregationType]string{
	MetricAggregationType_AVERAGE: "Average", MetricAggregationType_MINIMUM: "Minimum", MetricAggregationType_MAXIMUM: "Maximum",
}

func enumValue[E ~string](values map[E]string, e E) *string {
	if e == "" {
		return nil
	}
	if v, ok := values[e]; ok {
		return str(v)
	}
	return str(string(e))
}

// AdjustmentTier is one step of a StepScalingAction, with bounds relative
// to the alarm's threshold.
type AdjustmentTier struct {
	// The change, in the policy's adjustment type.
	Adjustment *float64 `field:"required" json:"adjustment" yaml:"adjustment"`
	// Default: -infinity.
	LowerBound *float64 `field:"optional" json:"lowerBound" yaml:"lowerBound"`
	// Default: +infinity.
	UpperBound *float64 `field:"optional" json:"upperBound" yaml:"upperBound"`
}

// StepScalingActionProps are the props of NewStepScalingAction.
type StepScalingActionProps struct {
	// The scalable target.
	ScalingTarget interfacesawsapplicationautoscaling.IScalableTargetRef `field:"required" json:"scalingTarget" yaml:"scalingTarget"`
	// Default: CHANGE_IN_CAPACITY (CloudFormation's default).
	AdjustmentType AdjustmentType `field:"optional" json:"adjustmentType" yaml:"adjustmentType"`
	// Time between scaling activities. Default: none.
	Cooldown awscdk.Duration `field:"optional" json:"cooldown" yaml:"cooldown"`
	// Default: AVERAGE (CloudFormation's default).
	MetricAggregationType MetricAggregationType `field:"optional" json:"metricAggregationType" yaml:"metricAggregationType"`
	// The least change, for PERCENT_CHANGE_IN_CAPACITY. Default: none.
	MinAdjustmentMagnitude *float64 `field:"optional" json:"minAdjustmentMagnitude" yaml:"minAdjustmentMagnitude"`
	// Default: the construct's unique id.
	PolicyName *string `field:"optional" json:"policyName" yaml:"policyName"`
}

// StepScalingAction is a step scaling policy without its alarm
// (AWS::ApplicationAutoScaling::ScalingPolicy of type StepScaling).
type StepScalingAction interface {
	constructs.Construct
	// ScalingPolicyArn is the policy's ARN, for alarm actions.
	ScalingPolicyArn() *string
	// AddAdjustment adds a step.
	AddAdjustment(adjustment *AdjustmentTier)
}

type stepScalingAction struct {
	constructs.Construct
	arn         *string
	adjustments []interface{}
}

// NewStepScalingAction defines a step scaling policy; add its steps with AddAdjustment.
func NewStepScalingAction(scope constructs.Construct, id *string, props *StepScalingActionProps) StepScalingAction {
	if props == nil || props.ScalingTarget == nil {
		l2.RequireProps(scope, id, "StepScalingActionProps", "ScalingTarget")
	}
	a := &stepScalingAction{Construct: constructs.NewConstruct(scope, id)}
	host.Set(a.Construct, a)
	name := props.PolicyName
	if name == nil || *name == "" {
		name = awscdk.Names_UniqueId(a)
	}
	res := NewCfnScalingPolicy(a, jsii.String("Resource"), &CfnScalingPolicyProps{
		PolicyName:      name,
		PolicyType:      jsii.String("StepScaling"),
		ScalingTargetId: props.ScalingTarget.ScalableTargetRef().ResourceId,
		StepScalingPolicyConfiguration: &CfnScalingPolicy_StepScalingPolicyConfigurationProperty{
			AdjustmentType:         enumValue(adjustmentTypeValues, props.AdjustmentType),
			Cooldown:               seconds(props.Cooldown),
			MinAdjustmentMagnitude: props.MinAdjustmentMagnitude,
			MetricAggregationType:  enumValue(aggregationValues, props.MetricAggregationType),
			StepAdjustments: awscdk.Lazy_UncachedAny(anyProducer(func() interface{} {
				return append([]interface{}{}, a.adjustments...)
			}), nil),
		},
	})
	a.arn = res.Ref()
	return a
}

func (a *stepScalingAction) ScalingPolicyArn() *string { return a.arn }

func (a *stepScalingAction) AddAdjustment(adjustment *AdjustmentTier) {
	if adjustment == nil {
		l2.RequireArg(a, "AddAdjustment", "an AdjustmentTier")
	}
	if adjustment.LowerBound == nil && adjustment.UpperBound == nil {
		throw(a, "At least one of lowerBound or upperBound is required")
	}
	// CloudFormation's names: the list is a token the L1 passes through.
	step := map[string]interface{}{"ScalingAdjustment": adjustment.Adjustment}
	if adjustment.LowerBound != nil {
		step["MetricIntervalLowerBound"] = adjustment.LowerBound
	}
	if adjustment.UpperBound != nil {
		step["MetricIntervalUpperBound"] = adjustment.UpperBound
	}
	a.adjustments = append(a.adjustments, step)
}

// ScalingInterval is one step of a step scaling policy: the change to make
// while the metric is in [Lower, Upper).
type ScalingInterval struct {
	// The change, in the policy's adjustment type.
	Change *float64 `field:"required" json:"change" yaml:"change"`
	// Default: the previous interval's upper bound, or 0.
	Lower *float64 `field:"optional" json:"lower" yaml:"lower"`
	// Default: the next interval's lower bound, or infinity.
	Upper *float64 `field:"optional" json:"upper" yaml:"upper"`
}

// BasicStepScalingPolicyProps are the props of ScaleOnMetric.
type BasicStepScalingPolicyProps struct {
	// The metric to scale on.
	Metric awscloudwatch.IMetric `field:"required" json:"metric" yaml:"metric"`
	// The steps (2 to 40).
	ScalingSteps *[]*ScalingInterval `field:"required" json:"scalingSteps" yaml:"scalingSteps"`
	// Default: CHANGE_IN_CAPACITY.
	AdjustmentType AdjustmentType `field:"optional" json:"adjustmentType" yaml:"adjustmentType"`
	// Default: none.
	Cooldown awscdk.Duration `field:"optional" json:"cooldown" yaml:"cooldown"`
	// Data points that must breach to alarm. Default: EvaluationPeriods.
	DatapointsToAlarm *float64 `field:"optional" json:"datapointsToAlarm" yaml:"datapointsToAlarm"`
	// Periods the alarms evaluate. Default: 1.
	EvaluationPeriods *float64 `field:"optional" json:"evaluationPeriods" yaml:"evaluationPeriods"`
	// Default: from the metric's statistic.
	MetricAggregationType MetricAggregationType `field:"optional" json:"metricAggregationType" yaml:"metricAggregationType"`
	// Default: none.
	MinAdjustmentMagnitude *float64 `field:"optional" json:"minAdjustmentMagnitude" yaml:"minAdjustmentMagnitude"`
}

// StepScalingPolicyProps are the props of NewStepScalingPolicy.
type StepScalingPolicyProps struct {
	Metric                 awscloudwatch.IMetric                                  `field:"required" json:"metric" yaml:"metric"`
	ScalingSteps           *[]*ScalingInterval                                    `field:"required" json:"scalingSteps" yaml:"scalingSteps"`
	AdjustmentType         AdjustmentType                                         `field:"optional" json:"adjustmentType" yaml:"adjustmentType"`
	Cooldown               awscdk.Duration                                        `field:"optional" json:"cooldown" yaml:"cooldown"`
	DatapointsToAlarm      *float64                                               `field:"optional" json:"datapointsToAlarm" yaml:"datapointsToAlarm"`
	EvaluationPeriods      *float64                                               `field:"optional" json:"evaluationPeriods" yaml:"evaluationPeriods"`
	MetricAggregationType  MetricAggregationType                                  `field:"optional" json:"metricAggregationType" yaml:"metricAggregationType"`
	MinAdjustmentMagnitude *float64                                               `field:"optional" json:"minAdjustmentMagnitude" yaml:"minAdjustmentMagnitude"`
	ScalingTarget          interfacesawsapplicationautoscaling.IScalableTargetRef `field:"required" json:"scalingTarget" yaml:"scalingTarget"`
}

// StepScalingPolicy scales in steps on a metric: a lower alarm and policy
// for the steps below the no-change interval, an upper pair for those above.
type StepScalingPolicy interface {
	constructs.Construct
	// LowerAction is the scale-in policy, if any.
	LowerAction() StepScalingAction
	// LowerAlarm is the scale-in alarm, if any.
	LowerAlarm() awscloudwatch.Alarm
	// UpperAction is the scale-out policy, if any.
	UpperAction() StepScalingAction
	// UpperAlarm is the scale-out alarm, if any.
	UpperAlarm() awscloudwatch.Alarm
}

type stepScalingPolicy struct {
	constructs.Construct
	lowerAction, upperAction StepScalingAction
	lowerAlarm, upperAlarm   awscloudwatch.Alarm
}

func (p *stepScalingPolicy) LowerAction() StepScalingAction  { return p.lowerAction }
func (p *stepScalingPolicy) LowerAlarm() awscloudwatch.Alarm { return p.lowerAlarm }
func (p *stepScalingPolicy) UpperAction() StepScalingAction  { return p.upperAction }
func (p *stepScalingPolicy) UpperAlarm() awscloudwatch.Alarm { return p.upperAlarm }

// NewStepScalingPolicy defines the alarms and policies of step scaling on a metric.
func NewStepScalingPolicy(scope constructs.Construct, id *string, props *StepScalingPolicyProps) StepScalingPolicy {
	if props == nil || props.ScalingTarget == nil || props.Metric == nil || props.ScalingSteps == nil {
		l2.RequireProps(scope, id, "StepScalingPolicyProps", "Metric", "ScalingSteps", "ScalingTarget")
	}
	p := &stepScalingPolicy{Construct: constructs.NewConstruct(scope, id)}
	host.Set(p.Construct, p)
	adjustment := props.AdjustmentType
	if adjustment == "" {
		adjustment = AdjustmentType_CHANGE_IN_CAPACITY
	}
	// The interval algorithm aws-cdk-lib shares between EC2 and Application Auto Scaling.
	steps := make([]*scalingsteps.Step, len(*props.ScalingSteps))
	for i, s := range *props.ScalingSteps {
		if s != nil {
			steps[i] = &scalingsteps.Step{Change: s.Change, Lower: s.Lower, Upper: s.Upper}
		}
	}
	plan, err := scalingsteps.Plan(steps, adjustment == AdjustmentType_EXACT_CAPACITY, props.EvaluationPeriods, props.DatapointsToAlarm)
	if err != nil {
		throw(scope, "%s", err.Error())
	}
	aggregation := props.MetricAggregationType
	if aggregation == "" {
		aggregation = aggregationFromMetric(props.Metric)
	}
	action := func(id string, side *scalingsteps.Side) StepScalingAction {
		a := NewStepScalingAction(p, jsii.String(id), &StepScalingActionProps{AdjustmentType: adjustment, Cooldown: props.Cooldown, MetricAggregationType: aggregation,
			MinAdjustmentMagnitude: props.MinAdjustmentMagnitude, ScalingTarget: props.ScalingTarget})
		for _, t := range side.Tiers {
			a.AddAdjustment(&AdjustmentTier{Adjustment: t.Adjustment, LowerBound: t.LowerBound, UpperBound: t.UpperBound})
		}
		return a
	}
	if plan.Lower != nil {
		p.lowerAction = action("LowerPolicy", plan.Lower)
		p.lowerAlarm = plan.NewAlarm(p, false, props.Metric)
		p.lowerAlarm.AddAlarmAction(&alarmAction{p.lowerAction})
	}
	if plan.Upper != nil {
		p.upperAction = action("UpperPolicy", plan.Upper)
		p.upperAlarm = plan.NewAlarm(p, true, props.Metric)
		p.upperAlarm.AddAlarmAction(&alarmAction{p.upperAction})
	}
	return p
}

// aggregationFromMetric picks the aggregation matching the metric's
// statistic (Average for any other statistic; none for a math expression).
func aggregationFromMetric(m awscloudwatch.IMetric) MetricAggregationType {
	conf := m.ToMetricConfig()
	if conf == nil || conf.MetricStat == nil || conf.MetricStat.Statistic == nil {
		return ""
	}
	switch *conf.MetricStat.Statistic {
	case "Minimum":
		return MetricAggregationType_MINIMUM
	case "Maximum":
		return MetricAggregationType_MAXIMUM
	}
	return MetricAggregationType_AVERAGE
}

// alarmAction makes an alarm invoke a step scaling policy.
type alarmAction struct{ action StepScalingAction }

func (a *alarmAction) Bind(constructs.Construct, awscloudwatch.IAlarm) *awscloudwatch.AlarmActionConfig {
	return &awscloudwatch.AlarmActionConfig{AlarmActionArn: a.action.ScalingPolicyArn()}
}

// StepScalingAction_IsConstruct reports whether x is a construct.
func StepScalingAction_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// StepScalingPolicy_IsConstruct reports whether x is a construct.
func StepScalingPolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NewStepScalingAction_Override initialises outer, a type embedding StepScalingAction.
func NewStepScalingAction_Override(outer StepScalingAction, scope constructs.Construct, id *string, props *StepScalingActionProps) {
	l2.Override(outer, NewStepScalingAction(scope, id, props))
}

// NewStepScalingPolicy_Override initialises outer, a type embedding StepScalingPolicy.
func NewStepScalingPolicy_Override(outer StepScalingPolicy, scope constructs.Construct, id *string, props *StepScalingPolicyProps) {
	l2.Override(outer, NewStepScalingPolicy(scope, id, props))
}
