package awscloudwatch

import (
	"fmt"
	"math"
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// IMetric is anything that can be graphed or alarmed on: a Metric, a
// MathExpression or a SearchExpression.
type IMetric interface {
	// ToMetricConfig says what the metric is, for rendering.
	ToMetricConfig() *MetricConfig
	// Warnings found while building the metric (deprecated: WarningsV2).
	Warnings() *[]*string
	// WarningsV2 are the warnings by id.
	WarningsV2() *map[string]*string
}

// Dimension is one name/value pair of a metric.
type Dimension struct {
	Name  *string     `field:"required" json:"name" yaml:"name"`
	Value interface{} `field:"required" json:"value" yaml:"value"`
}

// MetricConfig is what a metric is: exactly one of MetricStat,
// MathExpression or SearchExpression, plus how to draw it.
type MetricConfig struct {
	MathExpression      *MetricExpressionConfig `field:"optional" json:"mathExpression" yaml:"mathExpression"`
	MetricStat          *MetricStatConfig       `field:"optional" json:"metricStat" yaml:"metricStat"`
	RenderingProperties *map[string]interface{} `field:"optional" json:"renderingProperties" yaml:"renderingProperties"`
	SearchExpression    *MetricExpressionConfig `field:"optional" json:"searchExpression" yaml:"searchExpression"`
}

// MetricStatConfig is a plain metric with a statistic.
type MetricStatConfig struct {
	MetricName      *string         `field:"required" json:"metricName" yaml:"metricName"`
	Namespace       *string         `field:"required" json:"namespace" yaml:"namespace"`
	Period          awscdk.Duration `field:"required" json:"period" yaml:"period"`
	Statistic       *string         `field:"required" json:"statistic" yaml:"statistic"`
	Account         *string         `field:"optional" json:"account" yaml:"account"`
	AccountOverride *string         `field:"optional" json:"accountOverride" yaml:"accountOverride"`
	Dimensions      *[]*Dimension   `field:"optional" json:"dimensions" yaml:"dimensions"`
	Region          *string         `field:"optional" json:"region" yaml:"region"`
	RegionOverride  *string         `field:"optional" json:"regionOverride" yaml:"regionOverride"`
	UnitFilter      Unit            `field:"optional" json:"unitFilter" yaml:"unitFilter"`
}

// MetricExpressionConfig is a math or search expression.
type MetricExpressionConfig struct {
	Expression    *string             `field:"required" json:"expression" yaml:"expression"`
	Period        *float64            `field:"required" json:"period" yaml:"period"`
	UsingMetrics  *map[string]IMetric `field:"required" json:"usingMetrics" yaml:"usingMetrics"`
	SearchAccount *string             `field:"optional" json:"searchAccount" yaml:"searchAccount"`
	SearchRegion  *string             `field:"optional" json:"searchRegion" yaml:"searchRegion"`
}

// CommonMetricOptions are the options every metric helper takes.
type CommonMetricOptions struct {
	Account       *string             `field:"optional" json:"account" yaml:"account"`
	Color         *string             `field:"optional" json:"color" yaml:"color"`
	DimensionsMap *map[string]*string `field:"optional" json:"dimensionsMap" yaml:"dimensionsMap"`
	Id            *string             `field:"optional" json:"id" yaml:"id"`
	Label         *string             `field:"optional" json:"label" yaml:"label"`
	Period        awscdk.Duration     `field:"optional" json:"period" yaml:"period"`
	Region        *string             `field:"optional" json:"region" yaml:"region"`
	StackAccount  *string             `field:"optional" json:"stackAccount" yaml:"stackAccount"`
	StackRegion   *string             `field:"optional" json:"stackRegion" yaml:"stackRegion"`
	Statistic     *string             `field:"optional" json:"statistic" yaml:"statistic"`
	Unit          Unit                `field:"optional" json:"unit" yaml:"unit"`
	Visible       *bool               `field:"optional" json:"visible" yaml:"visible"`
}

// MetricOptions change a metric (Metric.With).
type MetricOptions struct {
	Account       *string             `field:"optional" json:"account" yaml:"account"`
	Color         *string             `field:"optional" json:"color" yaml:"color"`
	DimensionsMap *map[string]*string `field:"optional" json:"dimensionsMap" yaml:"dimensionsMap"`
	Id            *string             `field:"optional" json:"id" yaml:"id"`
	Label         *string             `field:"optional" json:"label" yaml:"label"`
	Period        awscdk.Duration     `field:"optional" json:"period" yaml:"period"`
	Region        *string             `field:"optional" json:"region" yaml:"region"`
	StackAccount  *string             `field:"optional" json:"stackAccount" yaml:"stackAccount"`
	StackRegion   *string             `field:"optional" json:"stackRegion" yaml:"stackRegion"`
	Statistic     *string             `field:"optional" json:"statistic" yaml:"statistic"`
	Unit          Unit                `field:"optional" json:"unit" yaml:"unit"`
	Visible       *bool               `field:"optional" json:"visible" yaml:"visible"`
}

// MetricProps define a metric.
type MetricProps struct {
	Account       *string             `field:"optional" json:"account" yaml:"account"`
	Color         *string             `field:"optional" json:"color" yaml:"color"`
	DimensionsMap *map[string]*string `field:"optional" json:"dimensionsMap" yaml:"dimensionsMap"`
	Id            *string             `field:"optional" json:"id" yaml:"id"`
	Label         *string             `field:"optional" json:"label" yaml:"label"`
	// Default: 5 minutes.
	Period       awscdk.Duration `field:"optional" json:"period" yaml:"period"`
	Region       *string         `field:"optional" json:"region" yaml:"region"`
	StackAccount *string         `field:"optional" json:"stackAccount" yaml:"stackAccount"`
	StackRegion  *string         `field:"optional" json:"stackRegion" yaml:"stackRegion"`
	// Default: Average.
	Statistic  *string `field:"optional" json:"statistic" yaml:"statistic"`
	Unit       Unit    `field:"optional" json:"unit" yaml:"unit"`
	Visible    *bool   `field:"optional" json:"visible" yaml:"visible"`
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
	Namespace  *string `field:"required" json:"namespace" yaml:"namespace"`
}

// CreateAlarmOptions are the props of Metric.CreateAlarm.
type CreateAlarmOptions struct {
	EvaluationPeriods                *float64           `field:"required" json:"evaluationPeriods" yaml:"evaluationPeriods"`
	Threshold                        *float64           `field:"required" json:"threshold" yaml:"threshold"`
	ActionsEnabled                   *bool              `field:"optional" json:"actionsEnabled" yaml:"actionsEnabled"`
	AlarmDescription                 *string            `field:"optional" json:"alarmDescription" yaml:"alarmDescription"`
	AlarmName                        *string            `field:"optional" json:"alarmName" yaml:"alarmName"`
	ComparisonOperator               ComparisonOperator `field:"optional" json:"comparisonOperator" yaml:"comparisonOperator"`
	DatapointsToAlarm                *float64           `field:"optional" json:"datapointsToAlarm" yaml:"datapointsToAlarm"`
	EvaluateLowSampleCountPercentile *string            `field:"optional" json:"evaluateLowSampleCountPercentile" yaml:"evaluateLowSampleCountPercentile"`
	TreatMissingData                 TreatMissingData   `field:"optional" json:"treatMissingData" yaml:"treatMissingData"`
}

// Metric is a single CloudWatch metric with a statistic and a period.
type Metric interface {
	IMetric
	Account() *string
	Color() *string
	Dimensions() *map[string]interface{}
	Id() *string
	Label() *string
	MetricName() *string
	Namespace() *string
	Period() awscdk.Duration
	Region() *string
	Statistic() *string
	Unit() Unit
	Visible() *bool
	// AttachTo returns this metric with the account and region of scope's stack.
	AttachTo(scope constructs.IConstruct) Metric
	// CreateAlarm makes an alarm on this metric.
	CreateAlarm(scope constructs.Construct, id *string, props *CreateAlarmOptions) Alarm
	ToString() *string
	// With returns this metric changed by props (itself when nothing changes).
	With(props *MetricOptions) Metric
}

type metric struct {
	dims                            map[string]*string
	namespace, metricName           *string
	period                          awscdk.Duration
	statistic                       string
	label, color, id                *string
	visible                         *bool
	unit                            Unit
	stackAccount, stackRegion       *string
	accountOverride, regionOverride *string
	warnings                        map[string]string
}

// NewMetric makes a metric. The period must be 1, 5, 10, 30 or a multiple
// of 60 seconds.
func NewMetric(props *MetricProps) Metric {
	if props == nil {
		props = &MetricProps{}
	}
	m := &metric{period: props.Period}
	if m.period == nil {
		m.period = awscdk.Duration_Minutes(jsii.Number(5))
	}
	if p := secs(m.period); p != 1 && p != 5 && p != 10 && p != 30 && math.Mod(p, 60) != 0 {
		throwUnscoped("'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received %s", fmtNum(secs(m.period)))
	}
	m.dims = validateDimensions(props.DimensionsMap)
	m.namespace, m.metricName = props.Namespace, props.MetricName
	stat := "Average"
	if props.Statistic != nil && *props.Statistic != "" {
		stat = *props.Statistic
	}
	parsed := parseStatistic(stat)
	if parsed.kind == "unparseable" {
		label := ""
		if props.Label != nil && *props.Label != "" {
			label = fmt.Sprintf(", label %q", *props.Label)
		}
		m.warnings = map[string]string{"CloudWatch:Alarm:UnrecognizedStatistic": fmt.Sprintf(
			"Unrecognized statistic \"%s\" for metric with namespace \"%s\"%s and metric name \"%s\". Preferably use the `aws_cloudwatch.Stats` helper class to specify a statistic. You can ignore this warning if your statistic is valid but not yet supported by the `aws_cloudwatch.Stats` helper class.",
			parsed.input, jsUndef(props.Namespace), label, jsUndef(props.MetricName))}
	}
	m.statistic = parsed.normalize()
	m.label, m.color, m.id, m.visible, m.unit = props.Label, props.Color, props.Id, props.Visible, props.Unit
	m.accountOverride, m.regionOverride = props.Account, props.Region
	m.stackAccount, m.stackRegion = props.StackAccount, props.StackRegion
	return m
}

func jsUndef(s *string) string {
	if s == nil {
		return "undefined"
	}
	return *s
}

func validateDimensions(dims *map[string]*string) map[string]*string {
	if dims == nil {
		return nil
	}
	if len(*dims) > 30 {
		throwUnscoped("The maximum number of dimensions is 30, received %d", len(*dims))
	}
	keys := make([]string, 0, len(*dims))
	for k := range *dims {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := (*dims)[k]
		if v == nil {
			throwUnscoped("Dimension value of 'undefined' is invalid for key: %s", k)
		}
		if len(k) < 1 || len(k) > 255 {
			throwUnscoped("Dimension name must be at least 1 and no more than 255 characters; received %s", k)
		}
		if len(*v) < 1 || len(*v) > 255 {
			throwUnscoped("Dimension value must be at least 1 and no more than 255 characters; received %s", *v)
		}
	}
	out := make(map[string]*string, len(*dims))
	for k, v := range *dims {
		out[k] = v
	}
	return out
}

// Metric_GrantPutMetricData lets grantee publish metric data.
func Metric_GrantPutMetricData(grantee awsiam.IGrantable) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee:      grantee,
		Actions:      jsii.Strings("cloudwatch:PutMetricData"),
		ResourceArns: jsii.Strings("*"),
	})
}

func (m *metric) Account() *string {
	if m.accountOverride != nil && *m.accountOverride != "" {
		return m.accountOverride
	}
	return m.stackAccount
}

func (m *metric) Region() *string {
	if m.regionOverride != nil && *m.regionOverride != "" {
		return m.regionOverride
	}
	return m.stackRegion
}

func (m *metric) Color() *string          { return m.color }
func (m *metric) Id() *string             { return m.id }
func (m *metric) Label() *string          { return m.label }
func (m *metric) MetricName() *string     { return m.metricName }
func (m *metric) Namespace() *string      { return m.namespace }
func (m *metric) Period() awscdk.Duration { return m.period }
func (m *metric) Statistic() *string      { return str(m.statistic) }
func (m *metric) Unit() Unit              { return m.unit }
func (m *metric) Visible() *bool          { return m.visible }

func (m *metric) Dimensions() *map[string]interface{} {
	if m.dims == nil {
		return nil
	}
	out := map[string]interface{}{}
	for k, v := range m.dims {
		out[k] = v
	}
	return &out
}

func (m *metric) Warnings() *[]*string { return warningList(m.warnings) }

func (m *metric) WarningsV2() *map[string]*string { return warningMap(m.warnings) }

func warningList(w map[string]string) *[]*string {
	if len(w) == 0 {
		return nil
	}
	keys := sortedKeys(w)
	out := make([]*string, len(keys))
	for i, k := range keys {
		out[i] = str(w[k])
	}
	return &out
}

func warningMap(w map[string]string) *map[string]*string {
	if len(w) == 0 {
		return nil
	}
	out := map[string]*string{}
	for k, v := range w {
		out[k] = str(v)
	}
	return &out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sameStr(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func sameBool(a, b *bool) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func (m *metric) With(props *MetricOptions) Metric {
	if props == nil {
		return m
	}
	unchanged := (props.Label == nil || sameStr(props.Label, m.label)) &&
		(props.Color == nil || sameStr(props.Color, m.color)) &&
		(props.Id == nil || sameStr(props.Id, m.id)) &&
		(props.Visible == nil || sameBool(props.Visible, m.visible)) &&
		(props.Statistic == nil || *props.Statistic == m.statistic) &&
		(props.Unit == "" || props.Unit == m.unit) &&
		(props.Account == nil || sameStr(props.Account, m.accountOverride)) &&
		(props.Region == nil || sameStr(props.Region, m.regionOverride)) &&
		(props.StackAccount == nil || sameStr(props.StackAccount, m.stackAccount)) &&
		(props.StackRegion == nil || sameStr(props.StackRegion, m.stackRegion)) &&
		props.DimensionsMap == nil &&
		(props.Period == nil || secs(props.Period) == secs(m.period))
	if unchanged {
		return m
	}
	dims := props.DimensionsMap
	if dims == nil && m.dims != nil {
		d := map[string]*string{}
		for k, v := range m.dims {
			d[k] = v
		}
		dims = &d
	}
	stat := str(m.statistic)
	if props.Statistic != nil {
		stat = props.Statistic
	}
	unit := m.unit
	if props.Unit != "" {
		unit = props.Unit
	}
	period := m.period
	if props.Period != nil {
		period = props.Period
	}
	return NewMetric(&MetricProps{
		DimensionsMap: dims,
		Namespace:     m.namespace,
		MetricName:    m.metricName,
		Period:        period,
		Statistic:     stat,
		Unit:          unit,
		Label:         orStr(props.Label, m.label),
		Color:         orStr(props.Color, m.color),
		Id:            orStr(props.Id, m.id),
		Visible:       orBool(props.Visible, m.visible),
		Account:       orStr(props.Account, m.accountOverride),
		Region:        orStr(props.Region, m.regionOverride),
		StackAccount:  orStr(props.StackAccount, m.stackAccount),
		StackRegion:   orStr(props.StackRegion, m.stackRegion),
	})
}

func orStr(a, b *string) *string {
	if a != nil {
		return a
	}
	return b
}

func orBool(a, b *bool) *bool {
	if a != nil {
		return a
	}
	return b
}

func (m *metric) AttachTo(scope constructs.IConstruct) Metric {
	stack := awscdk.Stack_Of(scope)
	var acct, region *string
	if !isUnresolved(stack.Account()) {
		acct = stack.Account()
	}
	if !isUnresolved(stack.Region()) {
		region = stack.Region()
	}
	return m.With(&MetricOptions{StackAccount: acct, StackRegion: region})
}

func (m *metric) dimensionList() []*Dimension {
	var out []*Dimension
	for _, k := range sortedKeys(m.dims) {
		out = append(out, &Dimension{Name: str(k), Value: m.dims[k]})
	}
	return out
}

func (m *metric) ToMetricConfig() *MetricConfig {
	var dims *[]*Dimension
	if l := m.dimensionList(); len(l) > 0 {
		dims = &l
	}
	rp := map[string]interface{}{}
	putIf(rp, "color", m.color)
	putIf(rp, "label", m.label)
	putIf(rp, "id", m.id)
	putIf(rp, "visible", m.visible)
	return &MetricConfig{
		MetricStat: &MetricStatConfig{
			Dimensions:      dims,
			Namespace:       m.namespace,
			MetricName:      m.metricName,
			Period:          m.period,
			Statistic:       str(m.statistic),
			UnitFilter:      m.unit,
			Account:         m.Account(),
			Region:          m.Region(),
			AccountOverride: m.accountOverride,
			RegionOverride:  m.regionOverride,
		},
		RenderingProperties: &rp,
	}
}

// renderingOrder is the key order aws-cdk-lib's rendering properties have
// in a dashboard's JSON.
func (m *metric) renderingOrder() []string { return []string{"color", "label", "id", "visible"} }

func putIf(m map[string]interface{}, k string, v interface{}) {
	if !isNil(v) {
		m[k] = v
	}
}

func (m *metric) CreateAlarm(scope constructs.Construct, id *string, props *CreateAlarmOptions) Alarm {
	if props == nil {
		props = &CreateAlarmOptions{}
	}
	return NewAlarm(scope, id, &AlarmProps{
		Metric:                           m.With(&MetricOptions{Statistic: nil}),
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

func (m *metric) ToString() *string {
	if m.label != nil && *m.label != "" {
		return m.label
	}
	return m.metricName
}

func fmtNum(f float64) string { return ojson.FormatNumber(f) }
