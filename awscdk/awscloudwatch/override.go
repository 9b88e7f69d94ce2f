package awscloudwatch

import (
	"reflect"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
)

// override sets the field of c (a pointer to a user's struct) that embeds
// the interface r implements, and makes c the tree's object for r's node
// when r is a construct: jsii's way of extending a class.
func override(c interface{}, r interface{}) {
	rv := reflect.ValueOf(c)
	if rv.Kind() != reflect.Ptr || rv.Elem().Kind() != reflect.Struct {
		throwUnscoped("%T: the _Override constructors take a pointer to a struct embedding the type's interface", c)
	}
	sv := rv.Elem()
	for i := 0; i < sv.NumField(); i++ {
		f := sv.Type().Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Interface && reflect.TypeOf(r).Implements(f.Type) && sv.Field(i).CanSet() {
			sv.Field(i).Set(reflect.ValueOf(r))
			if rc, ok := r.(constructs.IConstruct); ok {
				if outer, ok := c.(constructs.IConstruct); ok {
					host.Set(rc, outer)
				}
			}
			return
		}
	}
	throwUnscoped("%T embeds no interface that %T implements", c, r)
}

// NewAlarmStatusWidget_Override initializes c, a struct embedding AlarmStatusWidget, as a new AlarmStatusWidget.
func NewAlarmStatusWidget_Override(c AlarmStatusWidget, props *AlarmStatusWidgetProps) {
	override(c, NewAlarmStatusWidget(props))
}

// NewAlarmWidget_Override initializes c, a struct embedding AlarmWidget, as a new AlarmWidget.
func NewAlarmWidget_Override(c AlarmWidget, props *AlarmWidgetProps) {
	override(c, NewAlarmWidget(props))
}

// NewAlarm_Override initializes c, a struct embedding Alarm, as a new Alarm.
func NewAlarm_Override(c Alarm, scope constructs.Construct, id *string, props *AlarmProps) {
	override(c, NewAlarm(scope, id, props))
}

// NewAnomalyDetectionAlarm_Override initializes c, a struct embedding AnomalyDetectionAlarm, as a new AnomalyDetectionAlarm.
func NewAnomalyDetectionAlarm_Override(c AnomalyDetectionAlarm, scope constructs.Construct, id *string, props *AnomalyDetectionAlarmProps) {
	override(c, NewAnomalyDetectionAlarm(scope, id, props))
}

// NewColumn_Override initializes c, a struct embedding Column, as a new Column.
func NewColumn_Override(c Column, widgets ...IWidget) {
	override(c, NewColumn(widgets...))
}

// NewCompositeAlarm_Override initializes c, a struct embedding CompositeAlarm, as a new CompositeAlarm.
func NewCompositeAlarm_Override(c CompositeAlarm, scope constructs.Construct, id *string, props *CompositeAlarmProps) {
	override(c, NewCompositeAlarm(scope, id, props))
}

// NewCustomWidget_Override initializes c, a struct embedding CustomWidget, as a new CustomWidget.
func NewCustomWidget_Override(c CustomWidget, props *CustomWidgetProps) {
	override(c, NewCustomWidget(props))
}

// NewDashboardVariable_Override initializes c, a struct embedding DashboardVariable, as a new DashboardVariable.
func NewDashboardVariable_Override(c DashboardVariable, options *DashboardVariableOptions) {
	override(c, NewDashboardVariable(options))
}

// NewDashboard_Override initializes c, a struct embedding Dashboard, as a new Dashboard.
func NewDashboard_Override(c Dashboard, scope constructs.Construct, id *string, props *DashboardProps) {
	override(c, NewDashboard(scope, id, props))
}

// NewGaugeWidget_Override initializes c, a struct embedding GaugeWidget, as a new GaugeWidget.
func NewGaugeWidget_Override(c GaugeWidget, props *GaugeWidgetProps) {
	override(c, NewGaugeWidget(props))
}

// NewGraphWidget_Override initializes c, a struct embedding GraphWidget, as a new GraphWidget.
func NewGraphWidget_Override(c GraphWidget, props *GraphWidgetProps) {
	override(c, NewGraphWidget(props))
}

// NewLogQueryWidget_Override initializes c, a struct embedding LogQueryWidget, as a new LogQueryWidget.
func NewLogQueryWidget_Override(c LogQueryWidget, props *LogQueryWidgetProps) {
	override(c, NewLogQueryWidget(props))
}

// NewMathExpression_Override initializes c, a struct embedding MathExpression, as a new MathExpression.
func NewMathExpression_Override(c MathExpression, props *MathExpressionProps) {
	override(c, NewMathExpression(props))
}

// NewMetric_Override initializes c, a struct embedding Metric, as a new Metric.
func NewMetric_Override(c Metric, props *MetricProps) {
	override(c, NewMetric(props))
}

// NewPromQLAlarm_Override initializes c, a struct embedding PromQLAlarm, as a new PromQLAlarm.
func NewPromQLAlarm_Override(c PromQLAlarm, scope constructs.Construct, id *string, props *PromQLAlarmProps) {
	override(c, NewPromQLAlarm(scope, id, props))
}

// NewRow_Override initializes c, a struct embedding Row, as a new Row.
func NewRow_Override(c Row, widgets ...IWidget) {
	override(c, NewRow(widgets...))
}

// NewSearchExpression_Override initializes c, a struct embedding SearchExpression, as a new SearchExpression.
func NewSearchExpression_Override(c SearchExpression, props *SearchExpressionProps) {
	override(c, NewSearchExpression(props))
}

// NewSingleValueWidget_Override initializes c, a struct embedding SingleValueWidget, as a new SingleValueWidget.
func NewSingleValueWidget_Override(c SingleValueWidget, props *SingleValueWidgetProps) {
	override(c, NewSingleValueWidget(props))
}

// NewSpacer_Override initializes c, a struct embedding Spacer, as a new Spacer.
func NewSpacer_Override(c Spacer, props *SpacerProps) {
	override(c, NewSpacer(props))
}

// NewTableWidget_Override initializes c, a struct embedding TableWidget, as a new TableWidget.
func NewTableWidget_Override(c TableWidget, props *TableWidgetProps) {
	override(c, NewTableWidget(props))
}

// NewTextWidget_Override initializes c, a struct embedding TextWidget, as a new TextWidget.
func NewTextWidget_Override(c TextWidget, props *TextWidgetProps) {
	override(c, NewTextWidget(props))
}

// NewConcreteWidget_Override initializes c, a struct embedding ConcreteWidget, as a new ConcreteWidget.
func NewConcreteWidget_Override(c ConcreteWidget, width *float64, height *float64) {
	override(c, newAbstractWidget(width, height))
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
	override(c, b)
}

// abstractValues is Values' base for a user's own kind of values.
type abstractValues struct{}

// ToJson renders nothing; the embedding type renders itself.
func (abstractValues) ToJson() interface{} { return obj() }

// NewValues_Override initializes c, a struct embedding Values, as the base
// of a kind of variable values of the user's own, which supplies ToJson.
func NewValues_Override(c Values) { override(c, abstractValues{}) }

// abstractSchedule is ScheduleExpression's base for a user's own schedule.
type abstractSchedule struct{}

func (abstractSchedule) ExpressionString() *string { return str("") }
func (abstractSchedule) TimeZone() awscdk.TimeZone { return nil }

// NewScheduleExpression_Override initializes c, a struct embedding
// ScheduleExpression, as the base of a schedule of the user's own, which
// supplies ExpressionString and TimeZone.
func NewScheduleExpression_Override(c ScheduleExpression) { override(c, abstractSchedule{}) }

// NewAlarmMuteRule_Override initializes c, a struct embedding AlarmMuteRule, as a new AlarmMuteRule.
func NewAlarmMuteRule_Override(c AlarmMuteRule, scope constructs.Construct, id *string, props *AlarmMuteRuleProps) {
	override(c, NewAlarmMuteRule(scope, id, props))
}
