package awscloudwatch

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
)

// IAlarmRule is an expression a composite alarm evaluates.
type IAlarmRule interface {
	RenderAlarmRule() *string
}

// AlarmState is an alarm's state.
type AlarmState string

const (
	AlarmState_ALARM             AlarmState = "ALARM"
	AlarmState_OK                AlarmState = "OK"
	AlarmState_INSUFFICIENT_DATA AlarmState = "INSUFFICIENT_DATA"
)

// AlarmRule builds composite alarm rules.
type AlarmRule interface{}

// NewAlarmRule exists for aws-cdk-go compatibility; AlarmRule has only static members.
func NewAlarmRule() AlarmRule { return struct{}{} }

type alarmRuleFunc func() string

func (f alarmRuleFunc) RenderAlarmRule() *string { return str(f()) }

// AlarmRule_AllOf is true when every operand is.
func AlarmRule_AllOf(operands ...IAlarmRule) IAlarmRule { return concatRule("AND", operands) }

// AlarmRule_AnyOf is true when any operand is.
func AlarmRule_AnyOf(operands ...IAlarmRule) IAlarmRule { return concatRule("OR", operands) }

func concatRule(op string, operands []IAlarmRule) IAlarmRule {
	return alarmRuleFunc(func() string {
		if len(operands) == 0 {
			name := "anyOf"
			if op == "AND" {
				name = "allOf"
			}
			throwUnscoped("Did not detect any operands for AlarmRule.%s()", name)
		}
		parts := make([]string, len(operands))
		for i, o := range operands {
			parts[i] = deref(o.RenderAlarmRule())
		}
		return "(" + strings.Join(parts, " "+op+" ") + ")"
	})
}

// AlarmRule_Not negates a rule.
func AlarmRule_Not(operand IAlarmRule) IAlarmRule {
	return alarmRuleFunc(func() string { return "(NOT (" + deref(operand.RenderAlarmRule()) + "))" })
}

// AlarmRule_FromBoolean is TRUE or FALSE.
func AlarmRule_FromBoolean(value *bool) IAlarmRule {
	return alarmRuleFunc(func() string {
		if value != nil && *value {
			return "TRUE"
		}
		return "FALSE"
	})
}

// AlarmRule_FromAlarm is true when alarm is in alarmState.
func AlarmRule_FromAlarm(alarm interfacesawscloudwatch.IAlarmRef, alarmState AlarmState) IAlarmRule {
	return alarmRuleFunc(func() string {
		return string(alarmState) + `("` + deref(alarm.AlarmRef().AlarmArn) + `")`
	})
}

// AlarmRule_FromString is a rule written out by hand.
func AlarmRule_FromString(alarmRule *string) IAlarmRule {
	return alarmRuleFunc(func() string { return deref(alarmRule) })
}

// AtLeastOptions are the operands and threshold of an AT_LEAST rule.
type AtLeastOptions struct {
	Operands  *[]IAlarm        `field:"required" json:"operands" yaml:"operands"`
	Threshold AtLeastThreshold `field:"required" json:"threshold" yaml:"threshold"`
}

// AtLeastThreshold is a count or a percentage of an AT_LEAST rule's operands.
type AtLeastThreshold interface {
	bindThreshold(operands int) string
}

type atLeastCount struct{ n *float64 }

func (c atLeastCount) bindThreshold(operands int) string {
	if isUnresolved(c.n) {
		return deref(awscdk.Tokenization_StringifyNumber(c.n))
	}
	n := numOr(c.n, 0)
	if n < 1 || float64(operands) < n || n != float64(int64(n)) {
		throwUnscoped("count must be an integer between 1 and the number of operands (%d), got %s", operands, fmtNum(n))
	}
	return fmtNum(n)
}

type atLeastPercentage struct{ p *float64 }

func (c atLeastPercentage) bindThreshold(int) string {
	if isUnresolved(c.p) {
		return deref(awscdk.Tokenization_StringifyNumber(c.p)) + "%"
	}
	p := numOr(c.p, 0)
	if p < 1 || p > 100 || p != float64(int64(p)) {
		throwUnscoped("percentage must be an integer between 1 and 100, got %s", fmtNum(p))
	}
	return fmtNum(p) + "%"
}

// AtLeastThreshold_Count is at least count operands.
func AtLeastThreshold_Count(count *float64) AtLeastThreshold { return atLeastCount{count} }

// AtLeastThreshold_Percentage is at least percentage % of the operands.
func AtLeastThreshold_Percentage(percentage *float64) AtLeastThreshold {
	return atLeastPercentage{percentage}
}

// AlarmRule_AtLeast is true when at least a threshold of operands are in alarmState.
func AlarmRule_AtLeast(alarmState AlarmState, options *AtLeastOptions) IAlarmRule {
	return atLeastRule(string(alarmState), options)
}

// AlarmRule_AtLeastNot is true when at least a threshold of operands are not in alarmState.
func AlarmRule_AtLeastNot(alarmState AlarmState, options *AtLeastOptions) IAlarmRule {
	return atLeastRule("NOT "+string(alarmState), options)
}

func atLeastRule(state string, options *AtLeastOptions) IAlarmRule {
	return alarmRuleFunc(func() string {
		if options == nil || options.Operands == nil || len(*options.Operands) == 0 {
			throwUnscoped("Did not detect any operands for AT_LEAST %s", state)
		}
		if options.Threshold == nil {
			throwUnscoped("AT_LEAST %s needs a threshold", state)
		}
		th := options.Threshold.bindThreshold(len(*options.Operands))
		arns := make([]string, len(*options.Operands))
		for i, o := range *options.Operands {
			arns[i] = `"` + deref(o.AlarmArn()) + `"`
		}
		return "AT_LEAST(" + th + ", " + state + ", (" + strings.Join(arns, ", ") + "))"
	})
}
