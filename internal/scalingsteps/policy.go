package scalingsteps

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/constructs"
)

// Policy is a step scaling policy worked out from its steps, as both
// packages' StepScalingPolicy build it: an alarm and an action below the
// no-change interval, another pair above it.
type Policy struct {
	// Lower and Upper are nil when there is no alarm on that side.
	Lower, Upper *Side
	// EvaluationPeriods is the alarms' (1 unless given); DatapointsToAlarm as given.
	EvaluationPeriods, DatapointsToAlarm *float64
}

// Side is one alarm's threshold and its action's adjustment tiers, bounds
// relative to the threshold.
type Side struct {
	Threshold float64
	Tiers     []Tier
}

// Tier is one adjustment of a step scaling action.
type Tier struct{ Adjustment, LowerBound, UpperBound *float64 }

// Plan checks a step scaling policy's steps and alarm periods, and plans
// it; a mistake is returned with aws-cdk-lib's message, for the caller to
// raise on the construct aws-cdk-lib names. exact is for EXACT_CAPACITY
// adjustments, whose change 0 is a real change.
func Plan(steps []*Step, exact bool, evaluationPeriods, datapointsToAlarm *float64) (*Policy, error) {
	if len(steps) < 2 {
		return nil, fmt.Errorf("You must supply at least 2 intervals for autoscaling")
	}
	if len(steps) > 40 {
		return nil, fmt.Errorf("'scalingSteps' can have at most 40 steps, got %d", len(steps))
	}
	ev, dp := evaluationPeriods, datapointsToAlarm
	if ev != nil && !unresolved(ev) && *ev < 1 {
		return nil, fmt.Errorf("evaluationPeriods cannot be less than 1, got: %s", jsNum(ev))
	}
	if dp != nil {
		if ev == nil {
			return nil, fmt.Errorf("evaluationPeriods must be set if datapointsToAlarm is set")
		}
		if !unresolved(dp) && *dp < 1 {
			return nil, fmt.Errorf("datapointsToAlarm cannot be less than 1, got: %s", jsNum(dp))
		}
		if !unresolved(dp) && !unresolved(ev) && *ev < *dp {
			return nil, fmt.Errorf("datapointsToAlarm must be less than or equal to evaluationPeriods, got datapointsToAlarm: %s, evaluationPeriods: %s", jsNum(dp), jsNum(ev))
		}
	}
	p := &Policy{EvaluationPeriods: ev, DatapointsToAlarm: dp}
	if p.EvaluationPeriods == nil {
		p.EvaluationPeriods = num(1)
	}
	ivs := Normalize(steps, exact)
	lowerIdx, upperIdx := AlarmIndexes(ivs)
	if lowerIdx >= 0 {
		s := &Side{Threshold: *ivs[lowerIdx].Upper}
		for i := lowerIdx; i >= 0; i-- {
			var lower *float64
			if i != 0 {
				lower = num(*ivs[i].Lower - s.Threshold)
			}
			s.Tiers = append(s.Tiers, Tier{Adjustment: ivs[i].Change, LowerBound: lower, UpperBound: num(*ivs[i].Upper - s.Threshold)})
		}
		p.Lower = s
	}
	if upperIdx >= 0 {
		s := &Side{Threshold: *ivs[upperIdx].Lower}
		for i := upperIdx; i < len(ivs); i++ {
			var upper *float64
			if i != len(ivs)-1 {
				upper = num(*ivs[i].Upper - s.Threshold)
			}
			s.Tiers = append(s.Tiers, Tier{Adjustment: ivs[i].Change, LowerBound: num(*ivs[i].Lower - s.Threshold), UpperBound: upper})
		}
		p.Upper = s
	}
	return p, nil
}

// NewAlarm creates the policy's lower or upper alarm ("LowerAlarm",
// "UpperAlarm") on metric in scope.
func (p *Policy) NewAlarm(scope constructs.Construct, upper bool, metric awscloudwatch.IMetric) awscloudwatch.Alarm {
	id, desc, side := "LowerAlarm", "Lower threshold scaling alarm", p.Lower
	op := awscloudwatch.ComparisonOperator_LESS_THAN_OR_EQUAL_TO_THRESHOLD
	if upper {
		id, desc, side = "UpperAlarm", "Upper threshold scaling alarm", p.Upper
		op = awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD
	}
	return awscloudwatch.NewAlarm(scope, &id, &awscloudwatch.AlarmProps{
		Metric: metric, AlarmDescription: &desc, ComparisonOperator: op,
		EvaluationPeriods: p.EvaluationPeriods, DatapointsToAlarm: p.DatapointsToAlarm, Threshold: num(side.Threshold),
	})
}

func unresolved(f *float64) bool { return *awscdk.Token_IsUnresolved(f) }
