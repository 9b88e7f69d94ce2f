package awscloudwatch

import (
	"github.com/strata-cdk/strata/internal/l2"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

// NewAlarmStatusWidget_Override initializes c, a struct embedding AlarmStatusWidget, as a new AlarmStatusWidget.
func NewAlarmStatusWidget_Override(c AlarmStatusWidget, props *AlarmStatusWidgetProps) {
	l2.Override(c, NewAlarmStatusWidget(props))
}

// NewAlarmWidget_Override initializes c, a struct embedding AlarmWidget, as a new AlarmWidget.
func NewAlarmWidget_Override(c AlarmWidget, props *AlarmWidgetProps) {
	l2.Override(c, NewAlarmWidget(props))
}

// NewAlarm_Override initializes c, a struct embedding Alarm, as a new Alarm.
func NewAlarm_Override(c Alarm, scope constructs.Construct, id *string, props *AlarmProps) {
	l2.Override(c, NewAlarm(scope, id, props))
}

// NewAnomalyDetectionAlarm_Override initializes c, a struct embedding AnomalyDetectionAlarm, as a new AnomalyDetectionAlarm.
func NewAnomalyDetectionAlarm_Override(c AnomalyDetectionAlarm, scope constructs.Construct, id *string, props *AnomalyDetectionAlarmProps) {
	l2.Override(c, NewAnomalyDetectionAlarm(scope, id, props))
}

// NewColumn_Override initializes c, a struct embedding Column, as a new Column.
func NewColumn_Override(c Column, widgets ...IWidget) {
	l2.Override(c, NewColumn(widgets...))
}

// NewCompositeAlarm_Override initializes c, a struct embedding CompositeAlarm, as a new CompositeAlarm.
func NewCompositeAlarm_Override(c CompositeAlarm, scope constructs.Construct, id *string, props *CompositeAlarmProps) {
	l2.Override(c, NewCompositeAlarm(scope, id, props))
}

// NewCustomWidget_Override initializes c, a struct embedding CustomWidget, as a new CustomWidget.
func NewCustomWidget_Override(c CustomWidget, props *CustomWidgetProps) {
	l2.Override(c, NewCustomWidget(props))
}

// NewDashboardVariable_Override initializes c, a struct embedding DashboardVariable, as a new DashboardVariable.
func NewDashboardVariable_Override(c DashboardVariable, options *DashboardVariableOptions) {
	l2.Override(c, NewDashboardVariable(options))
}

// NewDashboard_Override initializes c, a struct embedding Dashboard, as a new Dashboard.
func NewDashboard_Override(c Dashboard, scope constructs.Construct, id *string, props *DashboardProps) {
	l2.Override(c, NewDashboard(scope, id, props))
}

// NewGaugeWidget_Override initializes c, a struct embedding GaugeWidget, as a new GaugeWidget.
func NewGaugeWidget_Override(c GaugeWidget, props *GaugeWidgetProps) {
	l2.Override(c, NewGaugeWidget(props))
}

// NewGraphWidget_Override initializes c, a struct embedding GraphWidget, as a new GraphWidget.
func NewGraphWidget_Override(c GraphWidget, props *GraphWidgetProps) {
	l2.Override(c, NewGraphWidget(props))
}

// NewLogQueryWidget_Override initializes c, a struct embedding LogQueryWidget, as a new LogQueryWidget.
func NewLogQueryWidget_Override(c LogQueryWidget, props *LogQueryWidgetProps) {
	l2.Override(c, NewLogQueryWidget(props))
}

// NewMathExpression_Override initializes c, a struct embedding MathExpression, as a new MathExpression.
func NewMathExpression_Override(c MathExpression, props *MathExpressionProps) {
	l2.Override(c, NewMathExpression(props))
}

// NewMetric_Override initializes c, a struct embedding Metric, as a new Metric.
func NewMetric_Override(c Metric, props *MetricProps) {
	l2.Override(c, NewMetric(props))
}

// NewPromQLAlarm_Override initializes c, a struct embedding PromQLAlarm, as a new PromQLAlarm.
func NewPromQLAlarm_Override(c PromQLAlarm, scope constructs.Construct, id *string, props *PromQLAlarmProps) {
	l2.Override(c, NewPromQLAlarm(scope, id, props))
}

// NewRow_Override initializes c, a struct embedding Row, as a new Row.
func NewRow_Override(c Row, widgets ...IWidget) {
	l2.Override(c, NewRow(widgets...))
}

// NewSearchExpression_Override initializes c, a struct embedding SearchExpression, as a new SearchExpression.
func NewSearchExpression_Override(c SearchExpression, props *SearchExpressionProps) {
	l2.Override(c, NewSearchExpression(props))
}

// NewSingleValueWidget_Override initializes c, a struct embedding SingleValueWidget, as a new SingleValueWidget.
func NewSingleValueWidget_Override(c SingleValueWidget, props *SingleValueWidgetProps) {
	l2.Override(c, NewSingleValueWidget(props))
}

// NewSpacer_Override initializes c, a struct embedding Spacer, as a new Spacer.
func NewSpacer_Override(c Spacer, props *SpacerProps) {
	l2.Override(c, NewSpacer(props))
}

// NewTableWidget_Override initializes c, a struct embedding TableWidget, as a new TableWidget.
func NewTableWidget_Override(c TableWidget, props *TableWidgetProps) {
	l2.Override(c, NewTableWidget(props))
}

// NewTextWidget_Override initializes c, a struct embedding TextWidget, as a new TextWidget.
func NewTextWidget_Override(c TextWidget, props *TextWidgetProps) {
	l2.Override(c, NewTextWidget(props))
}

// NewConcreteWidget_Override initializes c, a struct embedding ConcreteWidget, as a new ConcreteWidget.
func NewConcreteWidget_Override(c ConcreteWidget, width *float64, height *float64) {
	l2.Override(c, newAbstractWidget(width, height))
}

// abstractWidget is ConcreteWidget's base for a user's own widget type,
// which supplies ToJson.
type abstractWidget struct{ concreteWidget }

func newAbstractWidget(width, height *float64) ConcreteWidget {
	return &abstractWidget{newConcreteWidget(numOr(width, 0), numOr(height, 0))}
}

// ToJson renders nothing; the embedding widget renders itself.
func (w *abstractWidget) ToJson() *[]interface{} { return &[]interface{}{} }

// NewAlarmRule_Override exists for aws-cdk-go compatibility; AlarmRule has only static members.
func NewAlarmRule_Override(a AlarmRule) {}

// NewAlarmBase_Override initializes c, a struct embedding AlarmBase, as the
// base of an alarm type of the user's own, which supplies AlarmArn and
// AlarmName (the base's are nil).
func NewAlarmBase_Override(c AlarmBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &alarmBase{}
	b.Resource = awscdk.NewResource(scope, id, props)
	b.self = b
	if outer, ok := interface{}(c).(IAlarm); ok {
		b.self = outer
	}
	b.arn = func() *string { return nil }
	b.name = func() *string { return nil }
	l2.Override[AlarmBase](c, b)
}

// abstractValues is Values' base for a user's own kind of values.
type abstractValues struct{}

// ToJson renders nothing; the embedding type renders itself.
func (abstractValues) ToJson() interface{} { return obj() }

// NewValues_Override initializes c, a struct embedding Values, as the base
// of a kind of variable values of the user's own, which supplies ToJson.
func NewValues_Override(c Values) { l2.Override[Values](c, abstractValues{}) }

// abstractSchedule is ScheduleExpression's base for a user's own schedule.
type abstractSchedule struct{}

func (abstractSchedule) ExpressionString() *string { return str("") }
func (abstractSchedule) TimeZone() awscdk.TimeZone { return nil }

// NewScheduleExpression_Override initializes c, a struct embedding
// ScheduleExpression, as the base of a schedule of the user's own, which
// supplies ExpressionString and TimeZone.
func NewScheduleExpression_Override(c ScheduleExpression) {
	l2.Override[ScheduleExpression](c, abstractSchedule{})
}

// NewAlarmMuteRule_Override initializes c, a struct embedding AlarmMuteRule, as a new AlarmMuteRule.
func NewAlarmMuteRule_Override(c AlarmMuteRule, scope constructs.Construct, id *string, props *AlarmMuteRuleProps) {
	l2.Override(c, NewAlarmMuteRule(scope, id, props))
}
