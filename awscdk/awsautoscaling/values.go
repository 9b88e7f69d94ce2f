package awsautoscaling

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// SignalsOptions configure Signals.
type SignalsOptions struct {
	MinSuccessPercentage *float64        `field:"optional" json:"minSuccessPercentage" yaml:"minSuccessPercentage"`
	Timeout              awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
}

// RenderSignalsOptions are the group's capacities Signals count from.
type RenderSignalsOptions struct {
	DesiredCapacity *float64 `field:"optional" json:"desiredCapacity" yaml:"desiredCapacity"`
	MinCapacity     *float64 `field:"optional" json:"minCapacity" yaml:"minCapacity"`
}

// Signals make CloudFormation wait for instances to signal success (cfn-signal).
type Signals interface {
	DoRender(options *SignalsOptions, count *float64) *awscdk.CfnCreationPolicy
	RenderCreationPolicy(renderOptions *RenderSignalsOptions) *awscdk.CfnCreationPolicy
}

type signals struct {
	options SignalsOptions
	count   func(*RenderSignalsOptions) *float64
}

func (s *signals) RenderCreationPolicy(o *RenderSignalsOptions) *awscdk.CfnCreationPolicy {
	if o == nil {
		o = &RenderSignalsOptions{}
	}
	return s.DoRender(&s.options, s.count(o))
}

func (s *signals) DoRender(options *SignalsOptions, count *float64) *awscdk.CfnCreationPolicy {
	if options == nil {
		options = &SignalsOptions{}
	}
	p := &awscdk.CfnCreationPolicy{ResourceSignal: &awscdk.CfnResourceSignal{Count: count}}
	if options.Timeout != nil {
		p.ResourceSignal.Timeout = options.Timeout.ToIsoString()
	}
	if options.MinSuccessPercentage != nil {
		p.AutoScalingCreationPolicy = &awscdk.CfnResourceAutoScalingCreationPolicy{MinSuccessfulInstancesPercent: validatePercentage(options.MinSuccessPercentage)}
	}
	return p
}

func newSignals(options *SignalsOptions, count func(*RenderSignalsOptions) *float64) Signals {
	s := &signals{count: count}
	if options != nil {
		s.options = *options
	}
	validatePercentage(s.options.MinSuccessPercentage)
	return s
}

// Signals_WaitForAll waits for as many signals as the desired capacity (else the minimum).
func Signals_WaitForAll(options *SignalsOptions) Signals {
	return newSignals(options, func(o *RenderSignalsOptions) *float64 {
		if o.DesiredCapacity != nil {
			return o.DesiredCapacity
		}
		return o.MinCapacity
	})
}

// Signals_WaitForMinCapacity waits for as many signals as the minimum capacity.
func Signals_WaitForMinCapacity(options *SignalsOptions) Signals {
	return newSignals(options, func(o *RenderSignalsOptions) *float64 { return o.MinCapacity })
}

// Signals_WaitForCount waits for count signals.
func Signals_WaitForCount(count *float64, options *SignalsOptions) Signals {
	return newSignals(options, func(*RenderSignalsOptions) *float64 { return count })
}

// NewSignals_Override backs a Go "subclass" of Signals: outer's embedded
// Signals renders by the group's desired (else minimum) capacity.
func NewSignals_Override(s Signals) {
	l2.Override(s, Signals_WaitForAll(nil))
}

// validatePercentage checks a 0..100 percentage, as aws-cdk-lib does.
func validatePercentage(x *float64) *float64 {
	if x == nil || (*x >= 0 && *x <= 100) {
		return x
	}
	diag.Panic("", "Expected: a percentage 0..100, got: %s", jsNum(x))
	return nil
}

// RollingUpdateOptions configure UpdatePolicy_RollingUpdate.
type RollingUpdateOptions struct {
	MaxBatchSize          *float64          `field:"optional" json:"maxBatchSize" yaml:"maxBatchSize"`
	MinInstancesInService *float64          `field:"optional" json:"minInstancesInService" yaml:"minInstancesInService"`
	MinSuccessPercentage  *float64          `field:"optional" json:"minSuccessPercentage" yaml:"minSuccessPercentage"`
	PauseTime             awscdk.Duration   `field:"optional" json:"pauseTime" yaml:"pauseTime"`
	SuspendProcesses      *[]ScalingProcess `field:"optional" json:"suspendProcesses" yaml:"suspendProcesses"`
	WaitOnResourceSignals *bool             `field:"optional" json:"waitOnResourceSignals" yaml:"waitOnResourceSignals"`
}

// InstanceRefreshOptions configure UpdatePolicy_InstanceRefresh.
type InstanceRefreshOptions struct {
	Strategy                  InstanceRefreshStrategy              `field:"required" json:"strategy" yaml:"strategy"`
	Alarms                    *[]interfacesawscloudwatch.IAlarmRef `field:"optional" json:"alarms" yaml:"alarms"`
	BakeTime                  awscdk.Duration                      `field:"optional" json:"bakeTime" yaml:"bakeTime"`
	CheckpointDelay           awscdk.Duration                      `field:"optional" json:"checkpointDelay" yaml:"checkpointDelay"`
	CheckpointPercentages     *[]*float64                          `field:"optional" json:"checkpointPercentages" yaml:"checkpointPercentages"`
	InstanceWarmup            awscdk.Duration                      `field:"optional" json:"instanceWarmup" yaml:"instanceWarmup"`
	MaxHealthyPercentage      *float64                             `field:"optional" json:"maxHealthyPercentage" yaml:"maxHealthyPercentage"`
	MinHealthyPercentage      *float64                             `field:"optional" json:"minHealthyPercentage" yaml:"minHealthyPercentage"`
	ScaleInProtectedInstances ScaleInProtectedInstances            `field:"optional" json:"scaleInProtectedInstances" yaml:"scaleInProtectedInstances"`
	SkipMatching              *bool                                `field:"optional" json:"skipMatching" yaml:"skipMatching"`
	StandbyInstances          StandbyInstances                     `field:"optional" json:"standbyInstances" yaml:"standbyInstances"`
}

// UpdatePolicy is how CloudFormation replaces the group's instances on an update.
type UpdatePolicy interface{}

// updatePolicy renders the group's UpdatePolicy attribute members (in
// aws-cdk-lib's key order) given its creation policy.
type updatePolicy struct {
	render func(creation *awscdk.CfnCreationPolicy) (key string, value *ojson.Object)
}

// UpdatePolicy_ReplacingUpdate replaces the whole group on an update.
func UpdatePolicy_ReplacingUpdate() UpdatePolicy {
	return &updatePolicy{render: func(*awscdk.CfnCreationPolicy) (string, *ojson.Object) {
		o := ojson.New()
		o.Set("WillReplace", true)
		return "AutoScalingReplacingUpdate", o
	}}
}

// DefaultSuspendProcesses are what a rolling update suspends unless told otherwise.
var defaultSuspendProcesses = []ScalingProcess{ScalingProcess_HEALTH_CHECK, ScalingProcess_REPLACE_UNHEALTHY, ScalingProcess_AZ_REBALANCE,
	ScalingProcess_ALARM_NOTIFICATION, ScalingProcess_SCHEDULED_ACTIONS, ScalingProcess_INSTANCE_REFRESH}

// UpdatePolicy_RollingUpdate replaces instances in batches.
func UpdatePolicy_RollingUpdate(options *RollingUpdateOptions) UpdatePolicy {
	var opts RollingUpdateOptions
	if options != nil {
		opts = *options
	}
	minSuccess := validatePercentage(opts.MinSuccessPercentage)
	return &updatePolicy{render: func(creation *awscdk.CfnCreationPolicy) (string, *ojson.Object) {
		o := ojson.New()
		setNum(o, "MaxBatchSize", opts.MaxBatchSize)
		setNum(o, "MinInstancesInService", opts.MinInstancesInService)
		procs := defaultSuspendProcesses
		if opts.SuspendProcesses != nil {
			procs = *opts.SuspendProcesses
		}
		names := make([]interface{}, len(procs))
		for i, p := range procs {
			names[i] = *enumValue(scalingProcessValue, p)
		}
		o.Set("SuspendProcesses", names)
		if minSuccess == nil && creation != nil && creation.AutoScalingCreationPolicy != nil {
			minSuccess = creation.AutoScalingCreationPolicy.MinSuccessfulInstancesPercent
		}
		setNum(o, "MinSuccessfulInstancesPercent", minSuccess)
		if opts.WaitOnResourceSignals != nil {
			o.Set("WaitOnResourceSignals", *opts.WaitOnResourceSignals)
		} else if creation != nil && creation.ResourceSignal != nil {
			o.Set("WaitOnResourceSignals", true)
		}
		if opts.PauseTime != nil {
			o.Set("PauseTime", opts.PauseTime.ToIsoString())
		} else if creation != nil && creation.ResourceSignal != nil && creation.ResourceSignal.Timeout != nil {
			o.Set("PauseTime", creation.ResourceSignal.Timeout)
		}
		return "AutoScalingRollingUpdate", o
	}}
}

// UpdatePolicy_InstanceRefresh replaces instances with an instance refresh.
func UpdatePolicy_InstanceRefresh(options *InstanceRefreshOptions) UpdatePolicy {
	if options == nil {
		diag.Panic("", "UpdatePolicy_InstanceRefresh: options (with a Strategy) are required")
	}
	opts := *options
	validateInstanceRefresh(&opts)
	return &updatePolicy{render: func(*awscdk.CfnCreationPolicy) (string, *ojson.Object) {
		prefs := ojson.New()
		setNum(prefs, "MinHealthyPercentage", opts.MinHealthyPercentage)
		setNum(prefs, "MaxHealthyPercentage", opts.MaxHealthyPercentage)
		setNum(prefs, "InstanceWarmup", seconds(opts.InstanceWarmup))
		if opts.SkipMatching != nil {
			prefs.Set("SkipMatching", *opts.SkipMatching)
		}
		if opts.CheckpointPercentages != nil {
			prefs.Set("CheckpointPercentages", *opts.CheckpointPercentages)
		}
		setNum(prefs, "CheckpointDelay", seconds(opts.CheckpointDelay))
		setNum(prefs, "BakeTime", seconds(opts.BakeTime))
		if opts.Alarms != nil && len(*opts.Alarms) > 0 {
			names := make([]interface{}, len(*opts.Alarms))
			for i, a := range *opts.Alarms {
				names[i] = a.AlarmRef().AlarmName
			}
			spec := ojson.New()
			spec.Set("Alarms", names)
			prefs.Set("AlarmSpecification", spec)
		}
		if v := enumValue(scaleInProtectedValue, opts.ScaleInProtectedInstances); v != nil {
			prefs.Set("ScaleInProtectedInstances", *v)
		}
		if v := enumValue(standbyValue, opts.StandbyInstances); v != nil {
			prefs.Set("StandbyInstances", *v)
		}
		o := ojson.New()
		if v := enumValue(refreshStrategyValue, opts.Strategy); v != nil {
			o.Set("Strategy", *v)
		}
		if prefs.Len() > 0 {
			o.Set("Preferences", prefs)
		}
		return "AutoScalingInstanceRefresh", o
	}}
}

func validateInstanceRefresh(o *InstanceRefreshOptions) {
	lo, hi := o.MinHealthyPercentage, o.MaxHealthyPercentage
	if lo != nil && !isUnresolved(lo) && (*lo < 0 || *lo > 100) {
		diag.Panic("", "minHealthyPercentage must be between 0 and 100, got %s", jsNum(lo))
	}
	if hi != nil && !isUnresolved(hi) && (*hi < 100 || *hi > 200) {
		diag.Panic("", "maxHealthyPercentage must be between 100 and 200, got %s", jsNum(hi))
	}
	if hi != nil && lo == nil {
		diag.Panic("", "maxHealthyPercentage requires minHealthyPercentage to be specified")
	}
	if lo != nil && hi != nil && !isUnresolved(lo) && !isUnresolved(hi) && *hi-*lo > 100 {
		diag.Panic("", "the difference between minHealthyPercentage and maxHealthyPercentage cannot be greater than 100, got %s", jsNum(num(*hi-*lo)))
	}
	for _, d := range []struct {
		name string
		v    awscdk.Duration
	}{{"bakeTime", o.BakeTime}, {"checkpointDelay", o.CheckpointDelay}} {
		if d.v != nil && !*d.v.IsUnresolved() && *d.v.ToSeconds(nil) > 172800 {
			diag.Panic("", "%s must be between 0 and 172800 seconds, got %s", d.name, jsNum(d.v.ToSeconds(nil)))
		}
	}
	if o.CheckpointDelay != nil && o.CheckpointPercentages == nil {
		diag.Panic("", "checkpointDelay requires checkpointPercentages to be specified")
	}
	if o.CheckpointPercentages != nil {
		var vals []float64
		for _, v := range *o.CheckpointPercentages {
			if v != nil && !isUnresolved(v) {
				vals = append(vals, *v)
			}
		}
		list := jsonNums(vals)
		seen := map[float64]bool{}
		for i, v := range vals {
			if v < 1 || v > 100 {
				diag.Panic("", "each value in checkpointPercentages must be between 1 and 100, got %s", list)
			}
			if seen[v] {
				diag.Panic("", "each value in checkpointPercentages must be unique, got %s", list)
			}
			seen[v] = true
			if i > 0 && vals[i-1] >= v {
				diag.Panic("", "checkpointPercentages must be in ascending order, got %s", list)
			}
		}
	}
	if o.Alarms != nil && len(*o.Alarms) > 10 {
		diag.Panic("", "a maximum of 10 alarms can be specified, got %d", len(*o.Alarms))
	}
}

func jsonNums(vs []float64) string {
	s := "["
	for i, v := range vs {
		if i > 0 {
			s += ","
		}
		s += jsNum(&v)
	}
	return s + "]"
}

func setNum(o *ojson.Object, k string, v *float64) {
	if v != nil {
		o.Set(k, *v)
	}
}

// NewUpdatePolicy_Override backs a Go "subclass" of UpdatePolicy.
func NewUpdatePolicy_Override(u UpdatePolicy) {
	l2.Override[UpdatePolicy](u, UpdatePolicy_ReplacingUpdate())
}

// HealthCheck is the deprecated single health check of a group.
type HealthCheck interface {
	GracePeriod() awscdk.Duration
	Type() *string
}

type healthCheck struct {
	typ   string
	grace awscdk.Duration
}

func (h *healthCheck) GracePeriod() awscdk.Duration { return h.grace }
func (h *healthCheck) Type() *string                { return str(h.typ) }

// Ec2HealthCheckOptions configure HealthCheck_Ec2.
type Ec2HealthCheckOptions struct {
	Grace awscdk.Duration `field:"optional" json:"grace" yaml:"grace"`
}

// ElbHealthCheckOptions configure HealthCheck_Elb.
type ElbHealthCheckOptions struct {
	Grace awscdk.Duration `field:"required" json:"grace" yaml:"grace"`
}

// HealthCheck_Ec2 checks instances with EC2 status checks (deprecated: use HealthChecks_Ec2).
func HealthCheck_Ec2(options *Ec2HealthCheckOptions) HealthCheck {
	h := &healthCheck{typ: "EC2"}
	if options != nil {
		h.grace = options.Grace
	}
	return h
}

// HealthCheck_Elb checks instances with their load balancer's health checks too
// (deprecated: use HealthChecks_WithAdditionalChecks).
func HealthCheck_Elb(options *ElbHealthCheckOptions) HealthCheck {
	h := &healthCheck{typ: "ELB"}
	if options != nil {
		h.grace = options.Grace
	}
	return h
}

// HealthChecks are the health checks of a group.
type HealthChecks interface {
	GracePeriod() awscdk.Duration
	Types() *[]*string
}

type healthChecks struct {
	types []string
	grace awscdk.Duration
}

func (h *healthChecks) GracePeriod() awscdk.Duration { return h.grace }
func (h *healthChecks) Types() *[]*string {
	out := make([]*string, len(h.types))
	for i := range h.types {
		out[i] = str(h.types[i])
	}
	return &out
}

// Ec2HealthChecksOptions configure HealthChecks_Ec2.
type Ec2HealthChecksOptions struct {
	GracePeriod awscdk.Duration `field:"optional" json:"gracePeriod" yaml:"gracePeriod"`
}

// AdditionalHealthChecksOptions configure HealthChecks_WithAdditionalChecks.
type AdditionalHealthChecksOptions struct {
	AdditionalTypes *[]AdditionalHealthCheckType `field:"required" json:"additionalTypes" yaml:"additionalTypes"`
	GracePeriod     awscdk.Duration              `field:"optional" json:"gracePeriod" yaml:"gracePeriod"`
}

// HealthChecks_Ec2 checks instances with EC2 status checks only.
func HealthChecks_Ec2(options *Ec2HealthChecksOptions) HealthChecks {
	h := &healthChecks{types: []string{"EC2"}}
	if options != nil {
		h.grace = options.GracePeriod
	}
	return h
}

// HealthChecks_WithAdditionalChecks adds ELB, EBS or VPC Lattice checks to EC2's.
func HealthChecks_WithAdditionalChecks(options *AdditionalHealthChecksOptions) HealthChecks {
	h := &healthChecks{}
	if options != nil {
		h.grace = options.GracePeriod
		if options.AdditionalTypes != nil {
			for _, t := range *options.AdditionalTypes {
				h.types = append(h.types, string(t))
			}
		}
	}
	if len(h.types) == 0 {
		diag.Panic("", "At least one health check type must be specified in 'additionalTypes' for 'healthChecks'")
	}
	return h
}

// GroupMetric is a group metric CloudWatch can collect.
type GroupMetric interface {
	Name() *string
}

type groupMetric struct{ name string }

func (m *groupMetric) Name() *string { return str(m.name) }

// NewGroupMetric names a group metric.
func NewGroupMetric(name *string) GroupMetric {
	if name == nil {
		diag.Panic("", "NewGroupMetric: name is required")
	}
	return &groupMetric{name: *name}
}

// NewGroupMetric_Override backs a Go "subclass" of GroupMetric.
func NewGroupMetric_Override(g GroupMetric, name *string) { l2.Override(g, NewGroupMetric(name)) }

func GroupMetric_MIN_SIZE() GroupMetric             { return &groupMetric{"GroupMinSize"} }
func GroupMetric_MAX_SIZE() GroupMetric             { return &groupMetric{"GroupMaxSize"} }
func GroupMetric_DESIRED_CAPACITY() GroupMetric     { return &groupMetric{"GroupDesiredCapacity"} }
func GroupMetric_IN_SERVICE_INSTANCES() GroupMetric { return &groupMetric{"GroupInServiceInstances"} }
func GroupMetric_PENDING_INSTANCES() GroupMetric    { return &groupMetric{"GroupPendingInstances"} }
func GroupMetric_STANDBY_INSTANCES() GroupMetric    { return &groupMetric{"GroupStandbyInstances"} }
func GroupMetric_TERMINATING_INSTANCES() GroupMetric {
	return &groupMetric{"GroupTerminatingInstances"}
}
func GroupMetric_TOTAL_INSTANCES() GroupMetric { return &groupMetric{"GroupTotalInstances"} }

// GroupMetrics is a set of group metrics collected at one-minute granularity
// (none named: all of them).
type GroupMetrics interface{}

type groupMetrics struct{ names []string }

// NewGroupMetrics collects the given metrics (each once).
func NewGroupMetrics(metrics ...GroupMetric) GroupMetrics {
	g := &groupMetrics{}
	seen := map[string]bool{}
	for _, m := range metrics {
		if m == nil {
			continue
		}
		if n := *m.Name(); !seen[n] {
			seen[n] = true
			g.names = append(g.names, n)
		}
	}
	return g
}

// NewGroupMetrics_Override backs a Go "subclass" of GroupMetrics.
func NewGroupMetrics_Override(g GroupMetrics, metrics ...GroupMetric) {
	l2.Override[GroupMetrics](g, NewGroupMetrics(metrics...))
}

// GroupMetrics_All collects every group metric.
func GroupMetrics_All() GroupMetrics { return &groupMetrics{} }

// ScalingEvents is a set of events a notification reports.
type ScalingEvents interface{}

type scalingEvents struct{ types []ScalingEvent }

// NewScalingEvents is the set of the given events.
func NewScalingEvents(types ...ScalingEvent) ScalingEvents { return &scalingEvents{types: types} }

// NewScalingEvents_Override backs a Go "subclass" of ScalingEvents.
func NewScalingEvents_Override(s ScalingEvents, types ...ScalingEvent) {
	l2.Override[ScalingEvents](s, NewScalingEvents(types...))
}

func ScalingEvents_ERRORS() ScalingEvents {
	return NewScalingEvents(ScalingEvent_INSTANCE_LAUNCH_ERROR, ScalingEvent_INSTANCE_TERMINATE_ERROR)
}
func ScalingEvents_ALL() ScalingEvents {
	return NewScalingEvents(ScalingEvent_INSTANCE_LAUNCH, ScalingEvent_INSTANCE_LAUNCH_ERROR, ScalingEvent_INSTANCE_TERMINATE, ScalingEvent_INSTANCE_TERMINATE_ERROR)
}
func ScalingEvents_LAUNCH_EVENTS() ScalingEvents {
	return NewScalingEvents(ScalingEvent_INSTANCE_LAUNCH, ScalingEvent_INSTANCE_LAUNCH_ERROR)
}
func ScalingEvents_TERMINATION_EVENTS() ScalingEvents {
	return NewScalingEvents(ScalingEvent_INSTANCE_TERMINATE, ScalingEvent_INSTANCE_TERMINATE_ERROR)
}

// CronOptions are the fields of a cron schedule ("*" where unset).
type CronOptions struct {
	Day     *string `field:"optional" json:"day" yaml:"day"`
	Hour    *string `field:"optional" json:"hour" yaml:"hour"`
	Minute  *string `field:"optional" json:"minute" yaml:"minute"`
	Month   *string `field:"optional" json:"month" yaml:"month"`
	WeekDay *string `field:"optional" json:"weekDay" yaml:"weekDay"`
}

// Schedule is when a scheduled action runs (a cron expression).
type Schedule interface {
	ExpressionString() *string
}

type schedule struct {
	expr string
	// minuteUnset: a cron without a minute runs every minute, which
	// aws-cdk-lib warns about when the schedule is used.
	minuteUnset bool
}

func (s *schedule) ExpressionString() *string { return str(s.expr) }

func (s *schedule) bind(scope constructs.IConstruct) {
	if s.minuteUnset {
		awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-autoscaling:scheduleDefaultRunsEveryMinute"),
			jsii.String("cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead."))
	}
}

// Schedule_Expression is a literal cron expression.
func Schedule_Expression(expression *string) Schedule {
	if expression == nil {
		diag.Panic("", "Schedule_Expression: expression is required")
	}
	return &schedule{expr: *expression}
}

// Schedule_Cron builds a cron expression from its fields.
func Schedule_Cron(options *CronOptions) Schedule {
	if options == nil {
		options = &CronOptions{}
	}
	if options.WeekDay != nil && options.Day != nil {
		diag.Panic("", "Cannot supply both 'day' and 'weekDay', use at most one")
	}
	or := func(p *string) string {
		if p == nil {
			return "*"
		}
		return *p
	}
	return &schedule{
		expr:        fmt.Sprintf("%s %s %s %s %s", or(options.Minute), or(options.Hour), or(options.Day), or(options.Month), or(options.WeekDay)),
		minuteUnset: options.Minute == nil || *options.Minute == "",
	}
}

// NewSchedule_Override backs a Go "subclass" of Schedule (an every-minute expression).
func NewSchedule_Override(s Schedule) { l2.Override(s, Schedule_Expression(str("* * * * *"))) }
