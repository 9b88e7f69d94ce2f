package awscodedeploy

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CanaryTrafficRoutingConfig is the rendered form of a time-based canary shift.
type CanaryTrafficRoutingConfig struct {
	// Minutes between the first shift and the rest.
	CanaryInterval *float64 `field:"required" json:"canaryInterval" yaml:"canaryInterval"`
	// Percentage of traffic shifted first.
	CanaryPercentage *float64 `field:"required" json:"canaryPercentage" yaml:"canaryPercentage"`
}

// LinearTrafficRoutingConfig is the rendered form of a time-based linear shift.
type LinearTrafficRoutingConfig struct {
	// Minutes between increments.
	LinearInterval *float64 `field:"required" json:"linearInterval" yaml:"linearInterval"`
	// Percentage of traffic shifted per increment.
	LinearPercentage *float64 `field:"required" json:"linearPercentage" yaml:"linearPercentage"`
}

// TrafficRoutingConfig is what a TrafficRouting renders into a deployment config.
type TrafficRoutingConfig struct {
	// AllAtOnce, TimeBasedCanary or TimeBasedLinear.
	Type *string `field:"required" json:"type" yaml:"type"`
	// Set for TimeBasedCanary.
	TimeBasedCanary *CanaryTrafficRoutingConfig `field:"optional" json:"timeBasedCanary" yaml:"timeBasedCanary"`
	// Set for TimeBasedLinear.
	TimeBasedLinear *LinearTrafficRoutingConfig `field:"optional" json:"timeBasedLinear" yaml:"timeBasedLinear"`
}

// BaseTrafficShiftingConfigProps are the props common to canary and linear shifts.
type BaseTrafficShiftingConfigProps struct {
	// Time between shifts.
	Interval awscdk.Duration `field:"required" json:"interval" yaml:"interval"`
	// Percentage of traffic per shift.
	Percentage *float64 `field:"required" json:"percentage" yaml:"percentage"`
}

// TimeBasedCanaryTrafficRoutingProps are the props of a canary shift.
type TimeBasedCanaryTrafficRoutingProps struct {
	// Time between the canary shift and the rest.
	Interval awscdk.Duration `field:"required" json:"interval" yaml:"interval"`
	// Percentage shifted in the canary step.
	Percentage *float64 `field:"required" json:"percentage" yaml:"percentage"`
}

// TimeBasedLinearTrafficRoutingProps are the props of a linear shift.
type TimeBasedLinearTrafficRoutingProps struct {
	// Time between increments.
	Interval awscdk.Duration `field:"required" json:"interval" yaml:"interval"`
	// Percentage shifted per increment.
	Percentage *float64 `field:"required" json:"percentage" yaml:"percentage"`
}

// TrafficRouting says how a Lambda or ECS deployment shifts traffic.
type TrafficRouting interface {
	// Bind renders the routing for a deployment config.
	Bind(scope constructs.Construct) *TrafficRoutingConfig
}

// AllAtOnceTrafficRouting shifts all traffic at once.
type AllAtOnceTrafficRouting interface {
	TrafficRouting
	Bind(scope constructs.Construct) *TrafficRoutingConfig
}

// TimeBasedCanaryTrafficRouting shifts a percentage, waits, then shifts the rest.
type TimeBasedCanaryTrafficRouting interface {
	TrafficRouting
	// Interval is the wait after the canary shift.
	Interval() awscdk.Duration
	// Percentage is the canary share.
	Percentage() *float64
	Bind(scope constructs.Construct) *TrafficRoutingConfig
}

// TimeBasedLinearTrafficRouting shifts equal increments at a fixed interval.
type TimeBasedLinearTrafficRouting interface {
	TrafficRouting
	// Interval is the time between increments.
	Interval() awscdk.Duration
	// Percentage is the increment.
	Percentage() *float64
	Bind(scope constructs.Construct) *TrafficRoutingConfig
}

type allAtOnce struct{}

func (allAtOnce) Bind(constructs.Construct) *TrafficRoutingConfig {
	return &TrafficRoutingConfig{Type: jsii.String("AllAtOnce")}
}

type timeBased struct {
	interval   awscdk.Duration
	percentage *float64
	canary     bool
}

func (t *timeBased) Interval() awscdk.Duration { return t.interval }
func (t *timeBased) Percentage() *float64      { return t.percentage }
func (t *timeBased) Bind(scope constructs.Construct) *TrafficRoutingConfig {
	var minutes *float64
	if t.interval != nil {
		minutes = t.interval.ToMinutes(nil)
	} else if scope != nil {
		l2.Throw(scope, "the traffic routing's interval is required")
	}
	if t.canary {
		return &TrafficRoutingConfig{Type: jsii.String("TimeBasedCanary"),
			TimeBasedCanary: &CanaryTrafficRoutingConfig{CanaryInterval: minutes, CanaryPercentage: t.percentage}}
	}
	return &TrafficRoutingConfig{Type: jsii.String("TimeBasedLinear"),
		TimeBasedLinear: &LinearTrafficRoutingConfig{LinearInterval: minutes, LinearPercentage: t.percentage}}
}

func newTimeBased(interval awscdk.Duration, percentage *float64, canary bool, fn string) *timeBased {
	if interval == nil || percentage == nil {
		diag.Panic("", "%s: props.interval and props.percentage are required", fn)
	}
	return &timeBased{interval: interval, percentage: percentage, canary: canary}
}

// NewAllAtOnceTrafficRouting makes an all-at-once traffic shift.
func NewAllAtOnceTrafficRouting() AllAtOnceTrafficRouting { return allAtOnce{} }

// NewAllAtOnceTrafficRouting_Override initialises outer, a type embedding AllAtOnceTrafficRouting.
func NewAllAtOnceTrafficRouting_Override(a AllAtOnceTrafficRouting) {
	l2.Override(a, NewAllAtOnceTrafficRouting())
}

// NewTimeBasedCanaryTrafficRouting makes a canary traffic shift.
func NewTimeBasedCanaryTrafficRouting(props *TimeBasedCanaryTrafficRoutingProps) TimeBasedCanaryTrafficRouting {
	if props == nil {
		props = &TimeBasedCanaryTrafficRoutingProps{}
	}
	return newTimeBased(props.Interval, props.Percentage, true, "NewTimeBasedCanaryTrafficRouting")
}

// NewTimeBasedCanaryTrafficRouting_Override initialises outer, a type embedding TimeBasedCanaryTrafficRouting.
func NewTimeBasedCanaryTrafficRouting_Override(t TimeBasedCanaryTrafficRouting, props *TimeBasedCanaryTrafficRoutingProps) {
	l2.Override(t, NewTimeBasedCanaryTrafficRouting(props))
}

// NewTimeBasedLinearTrafficRouting makes a linear traffic shift.
func NewTimeBasedLinearTrafficRouting(props *TimeBasedLinearTrafficRoutingProps) TimeBasedLinearTrafficRouting {
	if props == nil {
		props = &TimeBasedLinearTrafficRoutingProps{}
	}
	return newTimeBased(props.Interval, props.Percentage, false, "NewTimeBasedLinearTrafficRouting")
}

// NewTimeBasedLinearTrafficRouting_Override initialises outer, a type embedding TimeBasedLinearTrafficRouting.
func NewTimeBasedLinearTrafficRouting_Override(t TimeBasedLinearTrafficRouting, props *TimeBasedLinearTrafficRoutingProps) {
	l2.Override(t, NewTimeBasedLinearTrafficRouting(props))
}

// NewTrafficRouting_Override initialises outer, a type embedding TrafficRouting
// (an abstract class: the user's type supplies Bind).
func NewTrafficRouting_Override(t TrafficRouting) {
	if t == nil {
		diag.Panic("", "NewTrafficRouting_Override: outer is nil")
	}
}

// TrafficRouting_AllAtOnce shifts all traffic at once.
func TrafficRouting_AllAtOnce() TrafficRouting { return NewAllAtOnceTrafficRouting() }

// TrafficRouting_TimeBasedCanary shifts a canary share first.
func TrafficRouting_TimeBasedCanary(props *TimeBasedCanaryTrafficRoutingProps) TrafficRouting {
	return NewTimeBasedCanaryTrafficRouting(props)
}

// TrafficRouting_TimeBasedLinear shifts in equal increments.
func TrafficRouting_TimeBasedLinear(props *TimeBasedLinearTrafficRoutingProps) TrafficRouting {
	return NewTimeBasedLinearTrafficRouting(props)
}

// AllAtOnceTrafficRouting_AllAtOnce is TrafficRouting_AllAtOnce.
func AllAtOnceTrafficRouting_AllAtOnce() TrafficRouting { return TrafficRouting_AllAtOnce() }

// AllAtOnceTrafficRouting_TimeBasedCanary is TrafficRouting_TimeBasedCanary.
func AllAtOnceTrafficRouting_TimeBasedCanary(props *TimeBasedCanaryTrafficRoutingProps) TrafficRouting {
	return TrafficRouting_TimeBasedCanary(props)
}

// AllAtOnceTrafficRouting_TimeBasedLinear is TrafficRouting_TimeBasedLinear.
func AllAtOnceTrafficRouting_TimeBasedLinear(props *TimeBasedLinearTrafficRoutingProps) TrafficRouting {
	return TrafficRouting_TimeBasedLinear(props)
}

// TimeBasedCanaryTrafficRouting_AllAtOnce is TrafficRouting_AllAtOnce.
func TimeBasedCanaryTrafficRouting_AllAtOnce() TrafficRouting { return TrafficRouting_AllAtOnce() }

// TimeBasedCanaryTrafficRouting_TimeBasedCanary is TrafficRouting_TimeBasedCanary.
func TimeBasedCanaryTrafficRouting_TimeBasedCanary(props *TimeBasedCanaryTrafficRoutingProps) TrafficRouting {
	return TrafficRouting_TimeBasedCanary(props)
}

// TimeBasedCanaryTrafficRouting_TimeBasedLinear is TrafficRouting_TimeBasedLinear.
func TimeBasedCanaryTrafficRouting_TimeBasedLinear(props *TimeBasedLinearTrafficRoutingProps) TrafficRouting {
	return TrafficRouting_TimeBasedLinear(props)
}

// TimeBasedLinearTrafficRouting_AllAtOnce is TrafficRouting_AllAtOnce.
func TimeBasedLinearTrafficRouting_AllAtOnce() TrafficRouting { return TrafficRouting_AllAtOnce() }

// TimeBasedLinearTrafficRouting_TimeBasedCanary is TrafficRouting_TimeBasedCanary.
func TimeBasedLinearTrafficRouting_TimeBasedCanary(props *TimeBasedCanaryTrafficRoutingProps) TrafficRouting {
	return TrafficRouting_TimeBasedCanary(props)
}

// TimeBasedLinearTrafficRouting_TimeBasedLinear is TrafficRouting_TimeBasedLinear.
func TimeBasedLinearTrafficRouting_TimeBasedLinear(props *TimeBasedLinearTrafficRoutingProps) TrafficRouting {
	return TrafficRouting_TimeBasedLinear(props)
}

// renderTrafficRouting turns a bound routing into the L1 property.
func renderTrafficRouting(c *TrafficRoutingConfig) interface{} {
	if c == nil {
		return nil
	}
	out := &CfnDeploymentConfig_TrafficRoutingConfigProperty{Type: c.Type}
	if c.TimeBasedCanary != nil {
		out.TimeBasedCanary = &CfnDeploymentConfig_TimeBasedCanaryProperty{CanaryInterval: c.TimeBasedCanary.CanaryInterval, CanaryPercentage: c.TimeBasedCanary.CanaryPercentage}
	}
	if c.TimeBasedLinear != nil {
		out.TimeBasedLinear = &CfnDeploymentConfig_TimeBasedLinearProperty{LinearInterval: c.TimeBasedLinear.LinearInterval, LinearPercentage: c.TimeBasedLinear.LinearPercentage}
	}
	return out
}
