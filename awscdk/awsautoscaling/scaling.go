package awsautoscaling

import (
	"strings"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsautoscaling"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/scalingsteps"
	"github.com/strata-cdk/strata/jsii"
)

// BaseTargetTrackingProps are what every target tracking policy takes.
type BaseTargetTrackingProps struct {
	Cooldown                awscdk.Duration `field:"optional" json:"cooldown" yaml:"cooldown"`
	DisableScaleIn          *bool           `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	EstimatedInstanceWarmup awscdk.Duration `field:"optional" json:"estimatedInstanceWarmup" yaml:"estimatedInstanceWarmup"`
}

// CpuUtilizationScalingProps configure ScaleOnCpuUtilization.
type CpuUtilizationScalingProps struct {
	Cooldown                 awscdk.Duration `field:"optional" json:"cooldown" yaml:"cooldown"`
	DisableScaleIn           *bool           `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	EstimatedInstanceWarmup  awscdk.Duration `field:"optional" json:"estimatedInstanceWarmup" yaml:"estimatedInstanceWarmup"`
	TargetUtilizationPercent *float64        `field:"required" json:"targetUtilizationPercent" yaml:"targetUtilizationPercent"`
}

// NetworkUtilizationScalingProps configure ScaleOnIncomingBytes/OutgoingBytes.
type NetworkUtilizationScalingProps struct {
	Cooldown                awscdk.Duration `field:"optional" json:"cooldown" yaml:"cooldown"`
	DisableScaleIn          *bool           `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	EstimatedInstanceWarmup awscdk.Duration `field:"optional" json:"estimatedInstanceWarmup" yaml:"estimatedInstanceWarmup"`
	TargetBytesPerSecond    *float64        `field:"required" json:"targetBytesPerSecond" yaml:"targetBytesPerSecond"`
}

// RequestCountScalingProps configure ScaleOnRequestCount.
type RequestCountScalingProps struct {
	Cooldown                awscdk.Duration `field:"optional" json:"cooldown" yaml:"cooldown"`
	DisableScaleIn          *bool           `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	EstimatedInstanceWarmup awscdk.Duration `field:"optional" json:"estimatedInstanceWarmup" yaml:"estimatedInstanceWarmup"`
	TargetRequestsPerMinute *float64        `field:"optional" json:"targetRequestsPerMinute" yaml:"targetRequestsPerMinute"`
}

// MetricTargetTrackingProps configure ScaleToTrackMetric.
type MetricTargetTrackingProps struct {
	Cooldown                awscdk.Duration       `field:"optional" json:"cooldown" yaml:"cooldown"`
	DisableScaleIn          *bool                 `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	EstimatedInstanceWarmup awscdk.Duration       `field:"optional" json:"estimatedInstanceWarmup" yaml:"estimatedInstanceWarmup"`
	Metric                  awscloudwatch.IMetric `field:"required" json:"metric" yaml:"metric"`
	TargetValue             *float64              `field:"required" json:"targetValue" yaml:"targetValue"`
}

// BasicTargetTrackingScalingPolicyProps are a target tracking policy's props without the group.
type BasicTargetTrackingScalingPolicyProps struct {
	Cooldown                awscdk.Duration       `field:"optional" json:"cooldown" yaml:"cooldown"`
	DisableScaleIn          *bool                 `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	EstimatedInstanceWarmup awscdk.Duration       `field:"optional" json:"estimatedInstanceWarmup" yaml:"estimatedInstanceWarmup"`
	TargetValue             *float64              `field:"required" json:"targetValue" yaml:"targetValue"`
	CustomMetric            awscloudwatch.IMetric `field:"optional" json:"customMetric" yaml:"customMetric"`
	PredefinedMetric        PredefinedMetric      `field:"optional" json:"predefinedMetric" yaml:"predefinedMetric"`
	ResourceLabel           *string               `field:"optional" json:"resourceLabel" yaml:"resourceLabel"`
}

// TargetTrackingScalingPolicyProps are the props of NewTargetTrackingScalingPolicy.
type TargetTrackingScalingPolicyProps struct {
	Cooldown                awscdk.Duration                               `field:"optional" json:"cooldown" yaml:"cooldown"`
	DisableScaleIn          *bool                                         `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	EstimatedInstanceWarmup awscdk.Duration                               `field:"optional" json:"estimatedInstanceWarmup" yaml:"estimatedInstanceWarmup"`
	TargetValue             *float64                                      `field:"required" json:"targetValue" yaml:"targetValue"`
	CustomMetric            awscloudwatch.IMetric                         `field:"optional" json:"customMetric" yaml:"customMetric"`
	PredefinedMetric        PredefinedMetric                              `field:"optional" json:"predefinedMetric" yaml:"predefinedMetric"`
	ResourceLabel           *string                                       `field:"optional" json:"resourceLabel" yaml:"resourceLabel"`
	AutoScalingGroup        interfacesawsautoscaling.IAutoScalingGroupRef `field:"required" json:"autoScalingGroup" yaml:"autoScalingGroup"`
}

// TargetTrackingScalingPolicy keeps a metric at a target value.
type TargetTrackingScalingPolicy interface {
	constructs.Construct
	ScalingPolicyArn() *string
}

type targetTrackingPolicy struct {
	constructs.Construct
	arn *string
}

func (p *targetTrackingPolicy) ScalingPolicyArn() *string { return p.arn }

// NewTargetTrackingScalingPolicy creates a target tracking scaling policy.
func NewTargetTrackingScalingPolicy(scope constructs.Construct, id *string, props *TargetTrackingScalingPolicyProps) TargetTrackingScalingPolicy {
	if props == nil || props.AutoScalingGroup == nil || props.TargetValue == nil {
		l2.RequireProps(scope, id, "TargetTrackingScalingPolicyProps", "AutoScalingGroup", "TargetValue")
	}
	p := &targetTrackingPolicy{Construct: constructs.NewConstruct(scope, id)}
	if (props.CustomMetric == nil) == (props.PredefinedMetric == "") {
		throw(p, "Exactly one of 'customMetric' or 'predefinedMetric' must be specified.")
	}
	if props.PredefinedMetric == PredefinedMetric_ALB_REQUEST_COUNT_PER_TARGET && props.ResourceLabel == nil {
		throw(p, "When tracking the ALBRequestCountPerTarget metric, the ALB identifier must be supplied in resourceLabel")
	}
	var custom interface{}
	if props.CustomMetric != nil {
		c := props.CustomMetric.ToMetricConfig().MetricStat
		if c == nil {
			throw(p, "Only direct metrics are supported for Target Tracking. Use Step Scaling or supply a Metric object.")
		}
		spec := &CfnScalingPolicy_CustomizedMetricSpecificationProperty{MetricName: c.MetricName, Namespace: c.Namespace,
			Statistic: c.Statistic, Unit: unitName(c.UnitFilter)}
		if c.Dimensions != nil {
			var dims []*CfnScalingPolicy_MetricDimensionProperty
			for _, d := range *c.Dimensions {
				v, _ := d.Value.(*string)
				if s, ok := d.Value.(string); ok {
					v = &s
				}
				dims = append(dims, &CfnScalingPolicy_MetricDimensionProperty{Name: d.Name, Value: v})
			}
			spec.Dimensions = dims
		}
		custom = spec
	}
	cfg := &CfnScalingPolicy_TargetTrackingConfigurationProperty{CustomizedMetricSpecification: custom,
		DisableScaleIn: optBool(props.DisableScaleIn), TargetValue: props.TargetValue}
	if props.PredefinedMetric != "" {
		cfg.PredefinedMetricSpecification = &CfnScalingPolicy_PredefinedMetricSpecificationProperty{
			PredefinedMetricType: enumValue(predefinedMetricValue, props.PredefinedMetric), ResourceLabel: props.ResourceLabel}
	}
	res := NewCfnScalingPolicy(p, str("Resource"), &CfnScalingPolicyProps{
		PolicyType: str("TargetTrackingScaling"), AutoScalingGroupName: props.AutoScalingGroup.AutoScalingGroupRef().AutoScalingGroupName,
		Cooldown: secondsString(props.Cooldown), EstimatedInstanceWarmup: seconds(props.EstimatedInstanceWarmup),
		TargetTrackingConfiguration: cfg,
	})
	p.arn = res.Ref()
	return p
}

// unitName is the CloudWatch name of a unit ("Bytes/Second").
func unitName(u awscloudwatch.Unit) *string {
	if u == "" {
		return nil
	}
	s := string(u)
	per := strings.HasSuffix(s, "_PER_SECOND")
	s = strings.TrimSuffix(s, "_PER_SECOND")
	s = s[:1] + strings.ToLower(s[1:])
	if per {
		s += "/Second"
	}
	return &s
}

// NewTargetTrackingScalingPolicy_Override backs a Go "subclass".
func NewTargetTrackingScalingPolicy_Override(t TargetTrackingScalingPolicy, scope constructs.Construct, id *string, props *TargetTrackingScalingPolicyProps) {
	l2.Override(t, NewTargetTrackingScalingPolicy(scope, id, props))
}

// AdjustmentTier is one step of a step scaling action.
type AdjustmentTier struct {
	Adjustment *float64 `field:"required" json:"adjustment" yaml:"adjustment"`
	LowerBound *float64 `field:"optional" json:"lowerBound" yaml:"lowerBound"`
	UpperBound *float64 `field:"optional" json:"upperBound" yaml:"upperBound"`
}

// StepScalingActionProps are the props of NewStepScalingAction.
type StepScalingActionProps struct {
	AutoScalingGroup        interfacesawsautoscaling.IAutoScalingGroupRef `field:"required" json:"autoScalingGroup" yaml:"autoScalingGroup"`
	AdjustmentType          AdjustmentType                                `field:"optional" json:"adjustmentType" yaml:"adjustmentType"`
	Cooldown                awscdk.Duration                               `field:"optional" json:"cooldown" yaml:"cooldown"`
	EstimatedInstanceWarmup awscdk.Duration                               `field:"optional" json:"estimatedInstanceWarmup" yaml:"estimatedInstanceWarmup"`
	MetricAggregationType   MetricAggregationType                         `field:"optional" json:"metricAggregationType" yaml:"metricAggregationType"`
	MinAdjustmentMagnitude  *float64                                      `field:"optional" json:"minAdjustmentMagnitude" yaml:"minAdjustmentMagnitude"`
}

// StepScalingAction is a step scaling policy an alarm triggers.
type StepScalingAction interface {
	constructs.Construct
	ScalingPolicyArn() *string
	AddAdjustment(adjustment *AdjustmentTier)
}

type stepScalingAction struct {
	constructs.Construct
	arn         *string
	adjustments []interface{}
}

func (s *stepScalingAction) ScalingPolicyArn() *string { return s.arn }

// AddAdjustment adds a step.
func (s *stepScalingAction) AddAdjustment(adjustment *AdjustmentTier) {
	if adjustment == nil || (adjustment.LowerBound == nil && adjustment.UpperBound == nil) {
		throw(s, "At least one of lowerBound or upperBound is required")
	}
	// Rendered lazily, so in CloudFormation's shape (no L1 renaming).
	o := ojson.New()
	for _, kv := range []struct {
		k string
		v *float64
	}{{"MetricIntervalLowerBound", adjustment.LowerBound}, {"MetricIntervalUpperBound", adjustment.UpperBound}, {"ScalingAdjustment", adjustment.Adjustment}} {
		if kv.v != nil {
			o.Set(kv.k, *kv.v)
		}
	}
	s.adjustments = append(s.adjustments, o)
}

// NewStepScalingAction creates a step scaling policy; add steps with AddAdjustment.
func NewStepScalingAction(scope constructs.Construct, id *string, props *StepScalingActionProps) StepScalingAction {
	if props == nil || props.AutoScalingGroup == nil {
		l2.RequireProps(scope, id, "StepScalingActionProps", "AutoScalingGroup")
	}
	s := &stepScalingAction{Construct: constructs.NewConstruct(scope, id)}
	if props.Cooldown != nil {
		awscdk.Annotations_Of(s).AddWarningV2(jsii.String("@aws-cdk/aws-autoscaling:cooldownOnStepScaling"),
			jsii.String("'Cooldown' is valid only if the policy type is SimpleScaling. Default to ignore the values set."))
	}
	res := NewCfnScalingPolicy(s, str("Resource"), &CfnScalingPolicyProps{
		PolicyType: str("StepScaling"), AutoScalingGroupName: props.AutoScalingGroup.AutoScalingGroupRef().AutoScalingGroupName,
		EstimatedInstanceWarmup: seconds(props.EstimatedInstanceWarmup), AdjustmentType: enumValue(adjustmentTypeValue, props.AdjustmentType),
		MinAdjustmentMagnitude: props.MinAdjustmentMagnitude, MetricAggregationType: enumValue(aggregationValue, props.MetricAggregationType),
		StepAdjustments: awscdk.Lazy_Any(anyProducer(func() interface{} { return s.adjustments }), nil),
	})
	s.arn = res.Ref()
	return s
}

// NewStepScalingAction_Override backs a Go "subclass".
func NewStepScalingAction_Override(s StepScalingAction, scope constructs.Construct, id *string, props *StepScalingActionProps) {
	l2.Override(s, NewStepScalingAction(scope, id, props))
}

// ScalingInterval is one interval of a step scaling policy.
type ScalingInterval struct {
	Change *float64 `field:"required" json:"change" yaml:"change"`
	Lower  *float64 `field:"optional" json:"lower" yaml:"lower"`
	Upper  *float64 `field:"optional" json:"upper" yaml:"upper"`
}

// BasicStepScalingPolicyProps are a step scaling policy's props without the group.
type BasicStepScalingPolicyProps struct {
	Metric                  awscloudwatch.IMetric `field:"required" json:"metric" yaml:"metric"`
	ScalingSteps            *[]*ScalingInterval   `field:"required" json:"scalingSteps" yaml:"scalingSteps"`
	AdjustmentType          AdjustmentType        `field:"optional" json:"adjustmentType" yaml:"adjustmentType"`
	Cooldown                awscdk.Duration       `field:"optional" json:"cooldown" yaml:"cooldown"`
	DatapointsToAlarm       *float64              `field:"optional" json:"datapointsToAlarm" yaml:"datapointsToAlarm"`
	EstimatedInstanceWarmup awscdk.Duration       `field:"optional" json:"estimatedInstanceWarmup" yaml:"estimatedInstanceWarmup"`
	EvaluationPeriods       *float64              `field:"optional" json:"evaluationPeriods" yaml:"evaluationPeriods"`
	MetricAggregationType   MetricAggregationType `field:"optional" json:"metricAggregationType" yaml:"metricAggregationType"`
	MinAdjustmentMagnitude  *float64              `field:"optional" json:"minAdjustmentMagnitude" yaml:"minAdjustmentMagnitude"`
}

// StepScalingPolicyProps are the props of NewStepScalingPolicy.
type StepScalingPolicyProps struct {
	Metric                  awscloudwatch.IMetric                         `field:"required" json:"metric" yaml:"metric"`
	ScalingSteps            *[]*ScalingInterval                           `field:"required" json:"scalingSteps" yaml:"scalingSteps"`
	AdjustmentType          AdjustmentType                                `field:"optional" json:"adjustmentType" yaml:"adjustmentType"`
	Cooldown                awscdk.Duration                               `field:"optional" json:"cooldown" yaml:"cooldown"`
	DatapointsToAlarm       *float64                                      `field:"optional" json:"datapointsToAlarm" yaml:"datapointsToAlarm"`
	EstimatedInstanceWarmup awscdk.Duration                               `field:"optional" json:"estimatedInstanceWarmup" yaml:"estimatedInstanceWarmup"`
	EvaluationPeriods       *float64                                      `field:"optional" json:"evaluationPeriods" yaml:"evaluationPeriods"`
	MetricAggregationType   MetricAggregationType                         `field:"optional" json:"metricAggregationType" yaml:"metricAggregationType"`
	MinAdjustmentMagnitude  *float64                                      `field:"optional" json:"minAdjustmentMagnitude" yaml:"minAdjustmentMagnitude"`
	AutoScalingGroup        interfacesawsautoscaling.IAutoScalingGroupRef `field:"required" json:"autoScalingGroup" yaml:"autoScalingGroup"`
}

// StepScalingPolicy scales in steps when a metric crosses its alarms'
// thresholds: a lower alarm and action, an upper alarm and action.
type StepScalingPolicy interface {
	constructs.Construct
	LowerAction() StepScalingAction
	LowerAlarm() awscloudwatch.Alarm
	UpperAction() StepScalingAction
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

// alarmAction points an alarm at a step scaling action.
type alarmAction struct{ action StepScalingAction }

func (a *alarmAction) Bind(constructs.Construct, awscloudwatch.IAlarm) *awscloudwatch.AlarmActionConfig {
	return &awscloudwatch.AlarmActionConfig{AlarmActionArn: a.action.ScalingPolicyArn()}
}

// NewStepScalingPolicy creates the alarms and actions of a step scaling policy.
func NewStepScalingPolicy(scope constructs.Construct, id *string, props *StepScalingPolicyProps) StepScalingPolicy {
	if props == nil || props.AutoScalingGroup == nil || props.Metric == nil || props.ScalingSteps == nil {
		l2.RequireProps(scope, id, "StepScalingPolicyProps", "AutoScalingGroup", "Metric", "ScalingSteps")
	}
	p := &stepScalingPolicy{Construct: constructs.NewConstruct(scope, id)}
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
		throw(p, "%s", err.Error())
	}
	aggregation := props.MetricAggregationType
	if aggregation == "" {
		aggregation = aggregationFromMetric(props.Metric)
	}
	action := func(id string, side *scalingsteps.Side) StepScalingAction {
		a := NewStepScalingAction(p, str(id), &StepScalingActionProps{AdjustmentType: adjustment, Cooldown: props.Cooldown, EstimatedInstanceWarmup: props.EstimatedInstanceWarmup,
			MetricAggregationType: aggregation, MinAdjustmentMagnitude: props.MinAdjustmentMagnitude, AutoScalingGroup: props.AutoScalingGroup})
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

func aggregationFromMetric(m awscloudwatch.IMetric) MetricAggregationType {
	c := m.ToMetricConfig().MetricStat
	if c == nil || c.Statistic == nil {
		return ""
	}
	switch *c.Statistic {
	case "Minimum":
		return MetricAggregationType_MINIMUM
	case "Maximum":
		return MetricAggregationType_MAXIMUM
	}
	return MetricAggregationType_AVERAGE
}

// NewStepScalingPolicy_Override backs a Go "subclass".
func NewStepScalingPolicy_Override(s StepScalingPolicy, scope constructs.Construct, id *string, props *StepScalingPolicyProps) {
	l2.Override(s, NewStepScalingPolicy(scope, id, props))
}

// BasicScheduledActionProps are a scheduled action's props without the group.
type BasicScheduledActionProps struct {
	Schedule        Schedule   `field:"required" json:"schedule" yaml:"schedule"`
	DesiredCapacity *float64   `field:"optional" json:"desiredCapacity" yaml:"desiredCapacity"`
	EndTime         *time.Time `field:"optional" json:"endTime" yaml:"endTime"`
	MaxCapacity     *float64   `field:"optional" json:"maxCapacity" yaml:"maxCapacity"`
	MinCapacity     *float64   `field:"optional" json:"minCapacity" yaml:"minCapacity"`
	StartTime       *time.Time `field:"optional" json:"startTime" yaml:"startTime"`
	TimeZone        *string    `field:"optional" json:"timeZone" yaml:"timeZone"`
}

// ScheduledActionProps are the props of NewScheduledAction.
type ScheduledActionProps struct {
	Schedule         Schedule                                      `field:"required" json:"schedule" yaml:"schedule"`
	DesiredCapacity  *float64                                      `field:"optional" json:"desiredCapacity" yaml:"desiredCapacity"`
	EndTime          *time.Time                                    `field:"optional" json:"endTime" yaml:"endTime"`
	MaxCapacity      *float64                                      `field:"optional" json:"maxCapacity" yaml:"maxCapacity"`
	MinCapacity      *float64                                      `field:"optional" json:"minCapacity" yaml:"minCapacity"`
	StartTime        *time.Time                                    `field:"optional" json:"startTime" yaml:"startTime"`
	TimeZone         *string                                       `field:"optional" json:"timeZone" yaml:"timeZone"`
	AutoScalingGroup interfacesawsautoscaling.IAutoScalingGroupRef `field:"required" json:"autoScalingGroup" yaml:"autoScalingGroup"`
}

// ScheduledAction changes the group's capacities on a schedule.
type ScheduledAction interface {
	awscdk.Resource
	ScheduledActionName() *string
}

type scheduledAction struct {
	awscdk.Resource
	name *string
}

func (s *scheduledAction) ScheduledActionName() *string { return s.name }

// NewScheduledAction creates a scheduled action.
func NewScheduledAction(scope constructs.Construct, id *string, props *ScheduledActionProps) ScheduledAction {
	props = l2.Inject(*ScheduledAction_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.AutoScalingGroup == nil || props.Schedule == nil {
		l2.RequireProps(scope, id, "ScheduledActionProps", "AutoScalingGroup", "Schedule")
	}
	s := &scheduledAction{Resource: awscdk.NewResource(scope, id, nil)}
	if props.MinCapacity == nil && props.MaxCapacity == nil && props.DesiredCapacity == nil {
		throw(s, "At least one of minCapacity, maxCapacity, or desiredCapacity is required")
	}
	if props.EndTime != nil {
		awscdk.Annotations_Of(s).AddWarningV2(jsii.String("@aws-cdk/aws-autoscaling:scheduledActionWithEndTime"),
			jsii.String("The use of 'endTime' with a ScheduledAction is not recommended. If the given timestamp has passed AutoScaling will delete the action, leading to CloudFormation stack drift. Use a Custom Resource to create limited-time ScheduledActions."))
	}
	if b, ok := props.Schedule.(*schedule); ok {
		b.bind(s)
	}
	res := NewCfnScheduledAction(s, str("Resource"), &CfnScheduledActionProps{
		AutoScalingGroupName: props.AutoScalingGroup.AutoScalingGroupRef().AutoScalingGroupName,
		StartTime:            isoDate(props.StartTime), EndTime: isoDate(props.EndTime),
		MinSize: props.MinCapacity, MaxSize: props.MaxCapacity, DesiredCapacity: props.DesiredCapacity,
		Recurrence: props.Schedule.ExpressionString(), TimeZone: props.TimeZone,
	})
	s.name = res.AttrScheduledActionName()
	return s
}

func isoDate(t *time.Time) *string {
	if t == nil {
		return nil
	}
	return str(t.UTC().Format("2006-01-02T15:04:05Z"))
}

func ScheduledAction_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-autoscaling.ScheduledAction")
}
func ScheduledAction_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func ScheduledAction_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func ScheduledAction_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewScheduledAction_Override backs a Go "subclass".
func NewScheduledAction_Override(s ScheduledAction, scope constructs.Construct, id *string, props *ScheduledActionProps) {
	l2.Override(s, NewScheduledAction(scope, id, props))
}

func TargetTrackingScalingPolicy_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
func StepScalingAction_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func StepScalingPolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
