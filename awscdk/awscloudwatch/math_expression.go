package awscloudwatch

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// MathExpressionOptions change a math expression (MathExpression.With).
type MathExpressionOptions struct {
	Color         *string         `field:"optional" json:"color" yaml:"color"`
	Label         *string         `field:"optional" json:"label" yaml:"label"`
	Period        awscdk.Duration `field:"optional" json:"period" yaml:"period"`
	SearchAccount *string         `field:"optional" json:"searchAccount" yaml:"searchAccount"`
	SearchRegion  *string         `field:"optional" json:"searchRegion" yaml:"searchRegion"`
	// Whether the expression shows on graphs (aws-cdk-lib 2.276). Default: true.
	Visible *bool `field:"optional" json:"visible" yaml:"visible"`
}

// MathExpressionProps define a math expression over other metrics.
type MathExpressionProps struct {
	Color *string `field:"optional" json:"color" yaml:"color"`
	Label *string `field:"optional" json:"label" yaml:"label"`
	// Default: 5 minutes; every metric in UsingMetrics gets this period.
	Period        awscdk.Duration `field:"optional" json:"period" yaml:"period"`
	SearchAccount *string         `field:"optional" json:"searchAccount" yaml:"searchAccount"`
	SearchRegion  *string         `field:"optional" json:"searchRegion" yaml:"searchRegion"`
	// Whether the expression shows on graphs (aws-cdk-lib 2.276). Default: true.
	Visible      *bool               `field:"optional" json:"visible" yaml:"visible"`
	Expression   *string             `field:"required" json:"expression" yaml:"expression"`
	UsingMetrics *map[string]IMetric `field:"optional" json:"usingMetrics" yaml:"usingMetrics"`
}

// MathExpression is a metric computed from other metrics.
type MathExpression interface {
	IMetric
	Color() *string
	Expression() *string
	Label() *string
	Period() awscdk.Duration
	SearchAccount() *string
	SearchRegion() *string
	UsingMetrics() *map[string]IMetric
	Visible() *bool
	CreateAlarm(scope constructs.Construct, id *string, props *CreateAlarmOptions) Alarm
	ToString() *string
	With(props *MathExpressionOptions) MathExpression
}

type mathExpression struct {
	expression                  string
	using                       map[string]IMetric
	label, color                *string
	visible                     *bool
	period                      awscdk.Duration
	searchAccount, searchRegion *string
	warnings                    map[string]string
}

var (
	validVariable = regexp.MustCompile(`^[a-z][a-zA-Z0-9_]*$`)
	findVariable  = regexp.MustCompile(`[a-z][a-zA-Z0-9_]*`)
	tokenInExpr   = regexp.MustCompile(`\$\{Token\[[^\]]+\]\}`)
	quotedInExpr  = regexp.MustCompile(`"[^"]*"|'[^']*'`)
	exprFunctions = regexp.MustCompile(`\b(INSIGHT_RULE_METRIC|SELECT|SEARCH|METRICS)\b`)
)

// NewMathExpression makes a math expression; the metrics it uses take its period.
func NewMathExpression(props *MathExpressionProps) MathExpression {
	if props == nil || props.Expression == nil {
		throwUnscoped("MathExpression needs an expression")
	}
	return newMathExpression(props)
}

func newMathExpression(props *MathExpressionProps) *mathExpression {
	e := &mathExpression{
		expression: *props.Expression, label: props.Label, color: props.Color, visible: props.Visible,
		period: props.Period, searchAccount: props.SearchAccount, searchRegion: props.SearchRegion,
	}
	if e.period == nil {
		e.period = awscdk.Duration_Minutes(jsii.Number(5))
	}
	e.using = map[string]IMetric{}
	overridden := false
	if props.UsingMetrics != nil {
		for _, id := range sortedKeys(*props.UsingMetrics) {
			m := (*props.UsingMetrics)[id]
			changed, over := changePeriod(m, e.period)
			e.using[id] = changed
			overridden = overridden || over
		}
	}
	warnings := map[string]string{}
	if overridden {
		warnings["CloudWatch:Math:MetricsPeriodsOverridden"] = fmt.Sprintf("Periods of metrics in 'usingMetrics' for Math expression '%s' have been overridden to %s seconds.", e.expression, fmtNum(secs(e.period)))
	}
	var invalid []string
	for _, id := range sortedKeys(e.using) {
		if !isUnresolved(id) && !validVariable.MatchString(id) {
			invalid = append(invalid, id)
		}
	}
	if len(invalid) > 0 {
		throwUnscoped("Invalid variable names in expression: %s. Must start with lowercase letter and only contain alphanumerics.", strings.Join(invalid, ","))
	}
	e.validateNoIDConflicts()
	var missing []string
	stripped := quotedInExpr.ReplaceAllString(tokenInExpr.ReplaceAllString(e.expression, ""), "")
	for _, id := range findVariable.FindAllString(stripped, -1) {
		if e.using[id] == nil {
			missing = append(missing, id)
		}
	}
	if !exprFunctions.MatchString(strings.ToUpper(e.expression)) && len(missing) > 0 {
		warnings["CloudWatch:Math:UnknownIdentifier"] = fmt.Sprintf("Math expression '%s' references unknown identifiers: %s. Please add them to the 'usingMetrics' map.", e.expression, strings.Join(missing, ", "))
	}
	for _, id := range sortedKeys(e.using) {
		if w := e.using[id].WarningsV2(); w != nil {
			for k, v := range *w {
				warnings[k] = deref(v)
			}
		}
	}
	if len(warnings) > 0 {
		e.warnings = warnings
	}
	return e
}

// changePeriod gives a metric the expression's period; overridden reports a
// metric whose own non-default period was replaced.
func changePeriod(m IMetric, period awscdk.Duration) (IMetric, bool) {
	switch x := m.(type) {
	case Metric:
		over := secs(x.Period()) != 300 && secs(x.Period()) != secs(period)
		return x.With(&MetricOptions{Period: period}), over
	case MathExpression:
		over := secs(x.Period()) != 300 && secs(x.Period()) != secs(period)
		return x.With(&MathExpressionOptions{Period: period}), over
	case SearchExpression:
		over := secs(x.Period()) != 300 && secs(x.Period()) != secs(period)
		return x.With(&SearchExpressionOptions{Period: period}), over
	}
	throwUnscoped("Metric object should also implement 'with': %v", m)
	return nil, false
}

func (e *mathExpression) validateNoIDConflicts() {
	seen := map[string]IMetric{}
	var visit func(m IMetric)
	visit = func(m IMetric) {
		conf := m.ToMetricConfig()
		if conf.MathExpression == nil {
			return
		}
		using := map[string]IMetric{}
		if conf.MathExpression.UsingMetrics != nil {
			using = *conf.MathExpression.UsingMetrics
		}
		for _, id := range sortedKeys(using) {
			sub := using[id]
			if existing, ok := seen[id]; ok && metricKey(existing) != metricKey(sub) {
				throwUnscoped("The ID '%s' used for two metrics in the expression: '%s' and '%s'. Rename one.", id, metricString(sub), metricString(existing))
			}
			seen[id] = sub
			visit(sub)
		}
	}
	visit(e)
}

func (e *mathExpression) Color() *string                  { return e.color }
func (e *mathExpression) Expression() *string             { return str(e.expression) }
func (e *mathExpression) Label() *string                  { return e.label }
func (e *mathExpression) Period() awscdk.Duration         { return e.period }
func (e *mathExpression) SearchAccount() *string          { return e.searchAccount }
func (e *mathExpression) Visible() *bool                  { return e.visible }
func (e *mathExpression) SearchRegion() *string           { return e.searchRegion }
func (e *mathExpression) Warnings() *[]*string            { return warningList(e.warnings) }
func (e *mathExpression) WarningsV2() *map[string]*string { return warningMap(e.warnings) }

func (e *mathExpression) UsingMetrics() *map[string]IMetric {
	out := map[string]IMetric{}
	for k, v := range e.using {
		out[k] = v
	}
	return &out
}

func (e *mathExpression) With(props *MathExpressionOptions) MathExpression {
	if props == nil {
		return e
	}
	if (props.Label == nil || sameStr(props.Label, e.label)) &&
		(props.Color == nil || sameStr(props.Color, e.color)) &&
		(props.Visible == nil || sameBool(props.Visible, e.visible)) &&
		(props.Period == nil || secs(props.Period) == secs(e.period)) &&
		(props.SearchAccount == nil || sameStr(props.SearchAccount, e.searchAccount)) &&
		(props.SearchRegion == nil || sameStr(props.SearchRegion, e.searchRegion)) {
		return e
	}
	period := e.period
	if props.Period != nil {
		period = props.Period
	}
	using := e.UsingMetrics()
	return newMathExpression(&MathExpressionProps{
		Expression:    str(e.expression),
		UsingMetrics:  using,
		Label:         orStr(props.Label, e.label),
		Color:         orStr(props.Color, e.color),
		Period:        period,
		SearchAccount: orStr(props.SearchAccount, e.searchAccount),
		SearchRegion:  orStr(props.SearchRegion, e.searchRegion),
		Visible:       orBool(props.Visible, e.visible),
	})
}

func (e *mathExpression) ToMetricConfig() *MetricConfig {
	rp := map[string]interface{}{}
	putIf(rp, "label", e.label)
	putIf(rp, "color", e.color)
	putIf(rp, "visible", e.visible)
	return &MetricConfig{
		MathExpression: &MetricExpressionConfig{
			Period:        num(secs(e.period)),
			Expression:    str(e.expression),
			UsingMetrics:  e.UsingMetrics(),
			SearchAccount: e.searchAccount,
			SearchRegion:  e.searchRegion,
		},
		RenderingProperties: &rp,
	}
}

func (e *mathExpression) renderingOrder() []string { return []string{"label", "color", "visible"} }

func (e *mathExpression) CreateAlarm(scope constructs.Construct, id *string, props *CreateAlarmOptions) Alarm {
	if props == nil {
		props = &CreateAlarmOptions{}
	}
	return NewAlarm(scope, id, &AlarmProps{
		Metric:                           e,
		AlarmName:                        props.AlarmName,
		AlarmDescription:                 props.AlarmDescription,
		ComparisonOperator:               props.ComparisonOperator,
		DatapointsToAlarm:                props.DatapointsToAlarm,
		Threshold:                        props.Threshold,
		EvaluationPeriods:                props.EvaluationPeriods,
		EvaluateLowSampleCountPercentile: props.EvaluateLowSampleCountPercentile,
		TreatMissingData:                 props.TreatMissingData,
		ActionsEnabled:                   props.ActionsEnabled,
	})
}

func (e *mathExpression) ToString() *string {
	if e.label != nil && *e.label != "" {
		return e.label
	}
	return str(e.expression)
}
