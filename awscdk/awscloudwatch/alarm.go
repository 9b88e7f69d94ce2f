package awscloudwatch

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// ComparisonOperator compares a metric with an alarm's threshold.
type ComparisonOperator string

const (
	ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD              ComparisonOperator = "GREATER_THAN_OR_EQUAL_TO_THRESHOLD"
	ComparisonOperator_GREATER_THAN_THRESHOLD                          ComparisonOperator = "GREATER_THAN_THRESHOLD"
	ComparisonOperator_LESS_THAN_THRESHOLD                             ComparisonOperator = "LESS_THAN_THRESHOLD"
	ComparisonOperator_LESS_THAN_OR_EQUAL_TO_THRESHOLD                 ComparisonOperator = "LESS_THAN_OR_EQUAL_TO_THRESHOLD"
	ComparisonOperator_LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD ComparisonOperator = "LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD"
	ComparisonOperator_GREATER_THAN_UPPER_THRESHOLD                    ComparisonOperator = "GREATER_THAN_UPPER_THRESHOLD"
	ComparisonOperator_LESS_THAN_LOWER_THRESHOLD                       ComparisonOperator = "LESS_THAN_LOWER_THRESHOLD"
)

var comparisonOperatorValues = map[ComparisonOperator]string{
	ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD:              "GreaterThanOrEqualToThreshold",
	ComparisonOperator_GREATER_THAN_THRESHOLD:                          "GreaterThanThreshold",
	ComparisonOperator_LESS_THAN_THRESHOLD:                             "LessThanThreshold",
	ComparisonOperator_LESS_THAN_OR_EQUAL_TO_THRESHOLD:                 "LessThanOrEqualToThreshold",
	ComparisonOperator_LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD: "LessThanLowerOrGreaterThanUpperThreshold",
	ComparisonOperator_GREATER_THAN_UPPER_THRESHOLD:                    "GreaterThanUpperThreshold",
	ComparisonOperator_LESS_THAN_LOWER_THRESHOLD:                       "LessThanLowerThreshold",
}

var operatorSymbols = map[ComparisonOperator]string{
	ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD: ">=",
	ComparisonOperator_GREATER_THAN_THRESHOLD:             ">",
	ComparisonOperator_LESS_THAN_THRESHOLD:                "<",
	ComparisonOperator_LESS_THAN_OR_EQUAL_TO_THRESHOLD:    "<=",
}

func isAnomalyOperator(op ComparisonOperator) bool {
	return op == ComparisonOperator_LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD ||
		op == ComparisonOperator_GREATER_THAN_UPPER_THRESHOLD || op == ComparisonOperator_LESS_THAN_LOWER_THRESHOLD
}

// TreatMissingData says how an alarm treats missing data points.
type TreatMissingData string

const (
	TreatMissingData_BREACHING     TreatMissingData = "BREACHING"
	TreatMissingData_NOT_BREACHING TreatMissingData = "NOT_BREACHING"
	TreatMissingData_IGNORE        TreatMissingData = "IGNORE"
	TreatMissingData_MISSING       TreatMissingData = "MISSING"
)

var treatMissingDataValues = map[TreatMissingData]string{
	TreatMissingData_BREACHING: "breaching", TreatMissingData_NOT_BREACHING: "notBreaching",
	TreatMissingData_IGNORE: "ignore", TreatMissingData_MISSING: "missing",
}

// AlarmProps define an alarm on a metric.
type AlarmProps struct {
	EvaluationPeriods *float64 `field:"required" json:"evaluationPeriods" yaml:"evaluationPeriods"`
	Threshold         *float64 `field:"required" json:"threshold" yaml:"threshold"`
	ActionsEnabled    *bool    `field:"optional" json:"actionsEnabled" yaml:"actionsEnabled"`
	AlarmDescription  *string  `field:"optional" json:"alarmDescription" yaml:"alarmDescription"`
	AlarmName         *string  `field:"optional" json:"alarmName" yaml:"alarmName"`
	// Default: GREATER_THAN_OR_EQUAL_TO_THRESHOLD.
	ComparisonOperator               ComparisonOperator `field:"optional" json:"comparisonOperator" yaml:"comparisonOperator"`
	DatapointsToAlarm                *float64           `field:"optional" json:"datapointsToAlarm" yaml:"datapointsToAlarm"`
	EvaluateLowSampleCountPercentile *string            `field:"optional" json:"evaluateLowSampleCountPercentile" yaml:"evaluateLowSampleCountPercentile"`
	TreatMissingData                 TreatMissingData   `field:"optional" json:"treatMissingData" yaml:"treatMissingData"`
	Metric                           IMetric            `field:"required" json:"metric" yaml:"metric"`
}

// Alarm is a CloudWatch alarm on a metric or math expression (AWS::CloudWatch::Alarm).
type Alarm interface {
	AlarmBase
	// Metric is the metric the alarm watches.
	Metric() IMetric
	// ToAnnotation is a horizontal graph annotation at the alarm's threshold.
	ToAnnotation() *HorizontalAnnotation
}

type alarm struct {
	alarmBase
	resource   CfnAlarm
	metric     IMetric
	annotation *HorizontalAnnotation
}

// Alarm_PROPERTY_INJECTION_ID is the id property injectors use for Alarm.
func Alarm_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-cloudwatch.Alarm") }

// Alarm_ANOMALY_DETECTION_NO_THRESHOLD is the threshold anomaly detection alarms take (unused).
func Alarm_ANOMALY_DETECTION_NO_THRESHOLD() *float64 { return num(0) }

var ec2ActionArn = regexp.MustCompile(`arn:aws[a-z0-9-]*:automate:[a-z|\d|-]+:ec2:[a-z]+`)

// NewAlarm creates an alarm.
func NewAlarm(scope constructs.Construct, id *string, props *AlarmProps) Alarm {
	props = l2.Inject(*Alarm_PROPERTY_INJECTION_ID(), props, scope, id)
	return newAlarm(scope, id, props, nil, nil, nil)
}

// newAlarm builds an alarm; period and statistic (AnomalyDetectionAlarm's)
// override the rendered metric's, and outer is the object the tree hands out.
func newAlarm(scope constructs.Construct, id *string, props *AlarmProps, period awscdk.Duration, statistic *string, wrap func(*alarm) IAlarm) *alarm {
	if props == nil {
		props = &AlarmProps{}
	}
	a := &alarm{}
	a.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.AlarmName})
	a.self = a
	if wrap != nil {
		a.self = wrap(a)
	}
	host.Set(a.Resource, a.self.(constructs.IConstruct))
	a.arn = func() *string {
		return a.GetResourceArnAttribute(a.resource.AttrArn(), &awscdk.ArnComponents{
			Service: str("cloudwatch"), Resource: str("alarm"), ResourceName: a.PhysicalName(),
			ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
		})
	}
	a.name = func() *string { return a.GetResourceNameAttribute(a.resource.Ref()) }
	a.validateAction = a.validateActionArn
	if props.Metric == nil {
		throw(a, "Alarm needs a metric")
	}
	if props.EvaluationPeriods == nil {
		throw(a, "Alarm needs evaluationPeriods")
	}
	a.metric = props.Metric

	op := props.ComparisonOperator
	if op == "" {
		op = ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD
	}
	anomaly := isAnomalyOperator(op)
	var threshold *float64
	if anomaly {
		if !isAnomalyMetric(props.Metric) {
			throw(a, "Anomaly detection operator %s requires an ANOMALY_DETECTION_BAND() metric. Use the construct AnomalyDetectionAlarm or wrap your metric in an ANOMALY_DETECTION_BAND expression.", comparisonOperatorValues[op])
		}
		if props.Threshold != nil && *props.Threshold != 0 {
			awscdk.Annotations_Of(a).AddWarningV2(str("aws-cdk-lib/aws-cloudwatch:thresholdIgnoredForAnomalyDetection"),
				str("threshold is unused for anomaly detection alarms. Use 'Alarm.ANOMALY_DETECTION_NO_THRESHOLD' or use the AnomalyDetectionAlarm construct."))
		}
	} else {
		if isAnomalyMetric(props.Metric) {
			throw(a, "Fixed threshold operator %s can not be used with an ANOMALY_DETECTION_BAND() math expression; use an anomaly threshold operator instead.", jsEnum(comparisonOperatorValues, props.ComparisonOperator))
		}
		if props.Threshold == nil {
			throw(a, "threshold must be specified for standard alarms")
		}
		threshold = props.Threshold
	}

	rendered, primaryID := a.renderMetric(props.Metric, anomaly)
	cfn := &CfnAlarmProps{
		AlarmDescription:                 props.AlarmDescription,
		AlarmName:                        a.PhysicalName(),
		ComparisonOperator:               str(comparisonOperatorValues[op]),
		Threshold:                        threshold,
		DatapointsToAlarm:                props.DatapointsToAlarm,
		EvaluateLowSampleCountPercentile: props.EvaluateLowSampleCountPercentile,
		EvaluationPeriods:                props.EvaluationPeriods,
		AlarmActions:                     actionList(func() []*string { return a.alarmActions }),
		InsufficientDataActions:          actionList(func() []*string { return a.idActs }),
		OkActions:                        actionList(func() []*string { return a.okActions }),
	}
	if props.ActionsEnabled != nil {
		cfn.ActionsEnabled = props.ActionsEnabled
	}
	if props.TreatMissingData != "" {
		cfn.TreatMissingData = str(enumValue(treatMissingDataValues, props.TreatMissingData))
	}
	if anomaly {
		cfn.ThresholdMetricId = str(primaryID)
	}
	rendered(cfn)
	if period != nil {
		cfn.Period = seconds(period)
	}
	if statistic != nil {
		st, ext := statFields(*statistic)
		if st != nil {
			cfn.Statistic = st
		} else {
			cfn.ExtendedStatistic = ext
		}
	}
	a.resource = NewCfnAlarm(a, str("Resource"), cfn)

	if anomaly {
		a.annotation = &HorizontalAnnotation{Value: num(0), Label: str("Anomaly Detection Band"), Visible: boolp(false)}
	} else {
		dp := numOrZero(props.DatapointsToAlarm, *props.EvaluationPeriods)
		a.annotation = &HorizontalAnnotation{
			Label: str(fmt.Sprintf("%s %s %s for %s datapoints within %s", metricString(props.Metric), operatorSymbols[op],
				fmtNum(*props.Threshold), fmtNum(dp), describePeriod(*props.EvaluationPeriods*secs(metricPeriod(props.Metric))))),
			Value: props.Threshold,
		}
	}
	if w := props.Metric.WarningsV2(); w != nil {
		for _, k := range sortedKeys(*w) {
			awscdk.Annotations_Of(a).AddWarningV2(str(k), (*w)[k])
		}
	}
	return a
}

func boolp(b bool) *bool { return &b }

func jsEnum[E ~string](values map[E]string, e E) string {
	if e == "" {
		return "undefined"
	}
	return enumValue(values, e)
}

func describePeriod(s float64) string {
	switch {
	case s == 60:
		return "1 minute"
	case s == 1:
		return "1 second"
	case s > 60:
		return fmtNum(s/60) + " minutes"
	}
	return fmtNum(s) + " seconds"
}

func isAnomalyMetric(m IMetric) bool {
	conf, kind := metricKind(m)
	return kind == "math" && strings.Contains(deref(conf.MathExpression.Expression), "ANOMALY_DETECTION_BAND")
}

func (a *alarm) Metric() IMetric                     { return a.metric }
func (a *alarm) ToAnnotation() *HorizontalAnnotation { return a.annotation }

func (a *alarm) validateActionArn(arn *string) *string {
	if arn == nil || !ec2ActionArn.MatchString(*arn) {
		return arn
	}
	conf := a.metric.ToMetricConfig()
	ok := conf.MetricStat != nil && conf.MetricStat.Dimensions != nil && len(*conf.MetricStat.Dimensions) == 1 &&
		deref((*conf.MetricStat.Dimensions)[0].Name) == "InstanceId"
	if !ok {
		throw(a, "EC2 alarm actions requires an EC2 Per-Instance Metric. (%s does not have an 'InstanceId' dimension)", configJSON(conf))
	}
	return arn
}

func (a *alarm) requiresAccountID(stat *MetricStatConfig) bool {
	if stat.Account == nil {
		return false
	}
	return deref(a.Stack().Account()) != *stat.Account
}

func (a *alarm) validateMetricStat(stat *MetricStatConfig, m IMetric) {
	stackRegion := a.Stack().Region()
	if deref(stat.Region) != "" && !isUnresolved(stackRegion) && *stat.Region != deref(stackRegion) {
		throw(a, "Cannot create an Alarm in region '%s' based on metric '%s' in '%s'", deref(stackRegion), metricString(m), *stat.Region)
	}
}

func dimensionProps(dims *[]*Dimension) interface{} {
	if dims == nil {
		return nil
	}
	out := make([]interface{}, len(*dims))
	for i, d := range *dims {
		out[i] = &CfnAlarm_DimensionProperty{Name: d.Name, Value: dimValue(d.Value)}
	}
	return &out
}

func labelOf(conf *MetricConfig) *string {
	if conf.RenderingProperties == nil {
		return nil
	}
	switch l := (*conf.RenderingProperties)["label"].(type) {
	case *string:
		return l
	case string:
		return str(l)
	}
	return nil
}

func (a *alarm) metricStatQuery(stat *MetricStatConfig, conf *MetricConfig, id string, returnData bool) *CfnAlarm_MetricDataQueryProperty {
	q := &CfnAlarm_MetricDataQueryProperty{
		MetricStat: &CfnAlarm_MetricStatProperty{
			Metric: &CfnAlarm_MetricProperty{MetricName: stat.MetricName, Namespace: stat.Namespace, Dimensions: dimensionProps(stat.Dimensions)},
			Period: num(secs(stat.Period)),
			Stat:   stat.Statistic,
		},
		Id:         str(id),
		Label:      labelOf(conf),
		ReturnData: boolp(returnData),
	}
	if u := unitValue(stat.UnitFilter); u != nil {
		q.MetricStat.(*CfnAlarm_MetricStatProperty).Unit = str(u.(string))
	}
	if a.requiresAccountID(stat) {
		q.AccountId = stat.Account
	}
	return q
}

// renderMetric returns a function that fills in the metric part of the
// alarm's properties, and the id of the primary metric.
func (a *alarm) renderMetric(m IMetric, doubleReturnData bool) (func(*CfnAlarmProps), string) {
	returnDataLevel := 1
	if doubleReturnData {
		returnDataLevel = 2
	}
	conf, kind := metricKind(m)
	switch kind {
	case "stat":
		stat := conf.MetricStat
		a.validateMetricStat(stat, m)
		if labelOf(conf) == nil && !a.requiresAccountID(stat) {
			return func(p *CfnAlarmProps) {
				p.Dimensions = dimensionProps(stat.Dimensions)
				p.Namespace, p.MetricName = stat.Namespace, stat.MetricName
				p.Period = num(secs(stat.Period))
				p.Statistic, p.ExtendedStatistic = statFields(deref(stat.Statistic))
				if u := unitValue(stat.UnitFilter); u != nil {
					p.Unit = str(u.(string))
				}
			}, ""
		}
		q := a.metricStatQuery(stat, conf, "m1", true)
		return func(p *CfnAlarmProps) { p.Metrics = &[]interface{}{q} }, "m1"
	case "math":
		set := newMetricSet()
		set.addTopLevel("alarm", m)
		eid := 0
		primary := ""
		var queries []interface{}
		for _, e := range set.entries {
			id := e.id
			if id == "" {
				eid++
				id = fmt.Sprintf("expr_%d", eid)
			}
			if e.tag != "" {
				primary = id
			}
			returnData := e.level <= returnDataLevel
			econf, ekind := metricKind(e.metric)
			switch ekind {
			case "stat":
				a.validateMetricStat(econf.MetricStat, e.metric)
				queries = append(queries, a.metricStatQuery(econf.MetricStat, econf, id, returnData))
			case "math":
				me := econf.MathExpression
				hasSub := me.UsingMetrics != nil && len(*me.UsingMetrics) > 0
				if hasSub && len(*me.UsingMetrics) > 10 {
					throw(a, "Alarms on math expressions cannot contain more than 10 individual metrics")
				}
				if me.SearchAccount != nil || me.SearchRegion != nil {
					throw(a, "Cannot create an Alarm based on a MathExpression which specifies a searchAccount or searchRegion")
				}
				q := &CfnAlarm_MetricDataQueryProperty{Expression: me.Expression, Id: str(id), Label: labelOf(econf), ReturnData: boolp(returnData)}
				if !hasSub {
					q.Period = me.Period
				}
				queries = append(queries, q)
			default:
				throw(a, "Search expressions are not supported in CloudWatch Alarms. Use search expressions only in dashboard graphs.")
			}
		}
		return func(p *CfnAlarmProps) { p.Metrics = &queries }, primary
	}
	throw(a, "Search expressions are not supported in CloudWatch Alarms. Use search expressions only in dashboard graphs.")
	return nil, ""
}

// AnomalyDetectionAlarmProps define an alarm on a metric's anomaly detection band.
type AnomalyDetectionAlarmProps struct {
	EvaluationPeriods *float64 `field:"required" json:"evaluationPeriods" yaml:"evaluationPeriods"`
	Metric            IMetric  `field:"required" json:"metric" yaml:"metric"`
	ActionsEnabled    *bool    `field:"optional" json:"actionsEnabled" yaml:"actionsEnabled"`
	AlarmDescription  *string  `field:"optional" json:"alarmDescription" yaml:"alarmDescription"`
	AlarmName         *string  `field:"optional" json:"alarmName" yaml:"alarmName"`
	// Default: LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD.
	ComparisonOperator               ComparisonOperator `field:"optional" json:"comparisonOperator" yaml:"comparisonOperator"`
	DatapointsToAlarm                *float64           `field:"optional" json:"datapointsToAlarm" yaml:"datapointsToAlarm"`
	EvaluateLowSampleCountPercentile *string            `field:"optional" json:"evaluateLowSampleCountPercentile" yaml:"evaluateLowSampleCountPercentile"`
	Period                           awscdk.Duration    `field:"optional" json:"period" yaml:"period"`
	Statistic                        *string            `field:"optional" json:"statistic" yaml:"statistic"`
	// Default: 2.
	StdDevs          *float64         `field:"optional" json:"stdDevs" yaml:"stdDevs"`
	TreatMissingData TreatMissingData `field:"optional" json:"treatMissingData" yaml:"treatMissingData"`
}

// AnomalyDetectionAlarm alarms when a metric leaves its anomaly detection band.
type AnomalyDetectionAlarm interface {
	Alarm
}

type anomalyDetectionAlarm struct{ *alarm }

// AnomalyDetectionAlarm_PROPERTY_INJECTION_ID is the id property injectors use for AnomalyDetectionAlarm.
func AnomalyDetectionAlarm_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-cloudwatch.AnomalyDetectionAlarm")
}

// AnomalyDetectionAlarm_ANOMALY_DETECTION_NO_THRESHOLD is the threshold such alarms take (unused).
func AnomalyDetectionAlarm_ANOMALY_DETECTION_NO_THRESHOLD() *float64 { return num(0) }

// NewAnomalyDetectionAlarm creates an anomaly detection alarm.
func NewAnomalyDetectionAlarm(scope constructs.Construct, id *string, props *AnomalyDetectionAlarmProps) AnomalyDetectionAlarm {
	props = l2.Inject(*AnomalyDetectionAlarm_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Metric == nil {
		throw(scope, "AnomalyDetectionAlarm needs a metric")
	}
	op := props.ComparisonOperator
	if op == "" {
		op = ComparisonOperator_LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD
	}
	band := Metric_AnomalyDetectionFor(&AnomalyDetectionMetricOptions{Metric: props.Metric, StdDevs: props.StdDevs, Period: metricPeriod(props.Metric)})
	var out *anomalyDetectionAlarm
	a := newAlarm(scope, id, &AlarmProps{
		EvaluationPeriods: props.EvaluationPeriods, Threshold: num(0), ActionsEnabled: props.ActionsEnabled,
		AlarmDescription: props.AlarmDescription, AlarmName: props.AlarmName, ComparisonOperator: op,
		DatapointsToAlarm: props.DatapointsToAlarm, EvaluateLowSampleCountPercentile: props.EvaluateLowSampleCountPercentile,
		TreatMissingData: props.TreatMissingData, Metric: band,
	}, props.Period, props.Statistic, func(a *alarm) IAlarm { out = &anomalyDetectionAlarm{a}; return out })
	if props.ComparisonOperator != "" && !isAnomalyOperator(props.ComparisonOperator) {
		throw(a, "Must use one of the anomaly detection operators, got %s", comparisonOperatorValues[props.ComparisonOperator])
	}
	return out
}

// AnomalyDetectionAlarm_FromAlarmArn imports an alarm by its ARN.
func AnomalyDetectionAlarm_FromAlarmArn(scope constructs.Construct, id *string, alarmArn *string) IAlarm {
	return importAlarm(scope, id, alarmArn)
}

// AnomalyDetectionAlarm_FromAlarmName imports an alarm by its name.
func AnomalyDetectionAlarm_FromAlarmName(scope constructs.Construct, id *string, alarmName *string) IAlarm {
	return importAlarm(scope, id, alarmArnFromName(scope, alarmName))
}

// AnomalyDetectionAlarm_IsConstruct reports whether x is a construct.
func AnomalyDetectionAlarm_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AnomalyDetectionAlarm_IsResource reports whether the construct is a resource.
func AnomalyDetectionAlarm_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// AnomalyDetectionAlarm_IsOwnedResource reports whether the construct is a resource owned by this app.
func AnomalyDetectionAlarm_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// durationUnits are the units of a Duration as JSON.stringify shows them.
var durationUnits = map[string][2]interface{}{
	"millis": {"", 1.0}, "seconds": {"S", 1000.0}, "minutes": {"M", 60000.0}, "hours": {"H", 3600000.0}, "days": {"D", 86400000.0},
}

func durationJSON(d awscdk.Duration) interface{} {
	if d == nil {
		return nil
	}
	label := deref(d.UnitLabel())
	u, ok := durationUnits[label]
	if !ok {
		return nil
	}
	ms := *d.ToMilliseconds(&awscdk.TimeConversionOptions{Integral: boolp(false)})
	return obj("amount", ms/u[1].(float64), "unit", obj("label", label, "isoLabel", u[0], "inMillis", u[1]))
}

// configJSON is JSON.stringify of a metric's config, as aws-cdk-lib's
// error messages show it.
func configJSON(conf *MetricConfig) string {
	rp := ojson.New()
	if conf.RenderingProperties != nil {
		for _, k := range sortedKeys(*conf.RenderingProperties) {
			if v := (*conf.RenderingProperties)[k]; !isNil(v) {
				rp.Set(k, v)
			}
		}
	}
	out := ojson.New()
	if st := conf.MetricStat; st != nil {
		var dims interface{}
		if st.Dimensions != nil {
			l := []interface{}{}
			for _, d := range *st.Dimensions {
				l = append(l, obj("name", d.Name, "value", dimValue(d.Value)))
			}
			dims = l
		}
		out.Set("metricStat", obj("dimensions", dims, "namespace", st.Namespace, "metricName", st.MetricName,
			"period", durationJSON(st.Period), "statistic", st.Statistic, "unitFilter", unitValue(st.UnitFilter),
			"account", st.Account, "region", st.Region, "accountOverride", st.AccountOverride, "regionOverride", st.RegionOverride))
	}
	if me := conf.MathExpression; me != nil {
		out.Set("mathExpression", obj("period", me.Period, "expression", me.Expression,
			"searchAccount", me.SearchAccount, "searchRegion", me.SearchRegion))
	}
	out.Set("renderingProperties", rp)
	b, _ := ojson.Marshal(out, "")
	return string(b)
}
