package awscloudwatch

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
)

// TextWidgetBackground is a text widget's background.
type TextWidgetBackground string

const (
	TextWidgetBackground_SOLID       TextWidgetBackground = "SOLID"
	TextWidgetBackground_TRANSPARENT TextWidgetBackground = "TRANSPARENT"
)

var textWidgetBackgroundValues = map[TextWidgetBackground]string{
	TextWidgetBackground_SOLID: "solid", TextWidgetBackground_TRANSPARENT: "transparent",
}

// TextWidgetProps define a text widget.
type TextWidgetProps struct {
	Markdown *string `field:"required" json:"markdown" yaml:"markdown"`
	// Default: TRANSPARENT.
	Background TextWidgetBackground `field:"optional" json:"background" yaml:"background"`
	// Default: 2.
	Height *float64 `field:"optional" json:"height" yaml:"height"`
	// Default: 6.
	Width *float64 `field:"optional" json:"width" yaml:"width"`
}

// TextWidget shows Markdown.
type TextWidget interface {
	ConcreteWidget
}

type textWidget struct {
	concreteWidget
	markdown   *string
	background TextWidgetBackground
}

// NewTextWidget makes a text widget.
func NewTextWidget(props *TextWidgetProps) TextWidget {
	if props == nil {
		props = &TextWidgetProps{}
	}
	bg := props.Background
	if bg == "" {
		bg = TextWidgetBackground_TRANSPARENT
	}
	return &textWidget{concreteWidget: newConcreteWidget(numOrZero(props.Width, 6), numOrZero(props.Height, 2)),
		markdown: props.Markdown, background: bg}
}

func (w *textWidget) ToJson() *[]interface{} {
	return w.frame("text", obj("markdown", w.markdown, "background", enumValue(textWidgetBackgroundValues, w.background)))
}

// AlarmWidgetProps define an alarm widget.
type AlarmWidgetProps struct {
	AccountId *string `field:"optional" json:"accountId" yaml:"accountId"`
	// Default: 6.
	Height *float64 `field:"optional" json:"height" yaml:"height"`
	Region *string  `field:"optional" json:"region" yaml:"region"`
	Title  *string  `field:"optional" json:"title" yaml:"title"`
	// Default: 6.
	Width     *float64                          `field:"optional" json:"width" yaml:"width"`
	Alarm     interfacesawscloudwatch.IAlarmRef `field:"required" json:"alarm" yaml:"alarm"`
	LeftYAxis *YAxisProps                       `field:"optional" json:"leftYAxis" yaml:"leftYAxis"`
}

// AlarmWidget graphs an alarm's metric and threshold.
type AlarmWidget interface {
	ConcreteWidget
}

type alarmWidget struct {
	concreteWidget
	props AlarmWidgetProps
}

// NewAlarmWidget makes an alarm widget.
func NewAlarmWidget(props *AlarmWidgetProps) AlarmWidget {
	if props == nil {
		props = &AlarmWidgetProps{}
	}
	return &alarmWidget{concreteWidget: newConcreteWidget(numOrZero(props.Width, 6), numOrZero(props.Height, 6)), props: *props}
}

func (w *alarmWidget) ToJson() *[]interface{} {
	p := &w.props
	var arn interface{}
	if p.Alarm != nil {
		arn = p.Alarm.AlarmRef().AlarmArn
	}
	return w.frame("metric", obj(
		"view", "timeSeries",
		"title", p.Title,
		"region", regionOr(p.Region),
		"annotations", obj("alarms", []interface{}{arn}),
		"yAxis", obj("left", p.LeftYAxis.json()),
		"accountId", p.AccountId,
	))
}

// LogQueryVisualizationType is how a log query widget shows its results.
type LogQueryVisualizationType string

const (
	LogQueryVisualizationType_TABLE       LogQueryVisualizationType = "TABLE"
	LogQueryVisualizationType_LINE        LogQueryVisualizationType = "LINE"
	LogQueryVisualizationType_STACKEDAREA LogQueryVisualizationType = "STACKEDAREA"
	LogQueryVisualizationType_BAR         LogQueryVisualizationType = "BAR"
	LogQueryVisualizationType_PIE         LogQueryVisualizationType = "PIE"
)

var logQueryVisualizationTypeValues = map[LogQueryVisualizationType]string{
	LogQueryVisualizationType_TABLE: "table", LogQueryVisualizationType_LINE: "line",
	LogQueryVisualizationType_STACKEDAREA: "stackedarea", LogQueryVisualizationType_BAR: "bar", LogQueryVisualizationType_PIE: "pie",
}

// LogQueryLanguage is the language of a log query.
type LogQueryLanguage string

const (
	LogQueryLanguage_LOGS_INSIGHTS LogQueryLanguage = "LOGS_INSIGHTS"
	LogQueryLanguage_SQL           LogQueryLanguage = "SQL"
	LogQueryLanguage_PPL           LogQueryLanguage = "PPL"
)

var logQueryLanguageValues = map[LogQueryLanguage]string{
	LogQueryLanguage_LOGS_INSIGHTS: "Logs", LogQueryLanguage_SQL: "SQL", LogQueryLanguage_PPL: "PPL",
}

// LogQueryWidgetProps define a log query widget.
type LogQueryWidgetProps struct {
	LogGroupNames *[]*string `field:"required" json:"logGroupNames" yaml:"logGroupNames"`
	AccountId     *string    `field:"optional" json:"accountId" yaml:"accountId"`
	// Default: 6.
	Height        *float64         `field:"optional" json:"height" yaml:"height"`
	QueryLanguage LogQueryLanguage `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	// Query lines, joined with pipes. Exactly one of QueryLines and QueryString.
	QueryLines  *[]*string `field:"optional" json:"queryLines" yaml:"queryLines"`
	QueryString *string    `field:"optional" json:"queryString" yaml:"queryString"`
	Region      *string    `field:"optional" json:"region" yaml:"region"`
	Title       *string    `field:"optional" json:"title" yaml:"title"`
	// Default: TABLE.
	View LogQueryVisualizationType `field:"optional" json:"view" yaml:"view"`
	// Default: 6.
	Width *float64 `field:"optional" json:"width" yaml:"width"`
}

// LogQueryWidget shows the results of a CloudWatch Logs Insights query.
type LogQueryWidget interface {
	ConcreteWidget
}

type logQueryWidget struct {
	concreteWidget
	props LogQueryWidgetProps
}

// NewLogQueryWidget makes a log query widget.
func NewLogQueryWidget(props *LogQueryWidgetProps) LogQueryWidget {
	if props == nil {
		props = &LogQueryWidgetProps{}
	}
	w := &logQueryWidget{concreteWidget: newConcreteWidget(numOrZero(props.Width, 6), numOrZero(props.Height, 6)), props: *props}
	if props.LogGroupNames == nil || len(*props.LogGroupNames) == 0 {
		throwUnscoped("Specify at least one log group name.")
	}
	if (deref(props.QueryString) != "") == (props.QueryLines != nil) {
		throwUnscoped("Specify exactly one of 'queryString' and 'queryLines'")
	}
	return w
}

func joinStrs(l *[]*string, sep string) string {
	var parts []string
	if l != nil {
		for _, s := range *l {
			parts = append(parts, deref(s))
		}
	}
	return strings.Join(parts, sep)
}

func (w *logQueryWidget) ToJson() *[]interface{} {
	p := &w.props
	var sources []string
	for _, l := range *p.LogGroupNames {
		sources = append(sources, "SOURCE '"+deref(l)+"'")
	}
	query := deref(p.QueryString)
	if p.QueryLines != nil {
		query = joinStrs(p.QueryLines, "\n| ")
	}
	view := "table"
	if p.View != "" {
		view = enumValue(logQueryVisualizationTypeValues, p.View)
	}
	props := newOrdered()
	props.set("view", view)
	props.set("title", p.Title)
	props.set("region", regionOr(p.Region))
	props.set("accountId", p.AccountId)
	props.set("query", strings.Join(sources, " | ")+" | "+query)
	if p.QueryLanguage != "" {
		props.set("queryLanguage", enumValue(logQueryLanguageValues, p.QueryLanguage))
	}
	if p.View == LogQueryVisualizationType_LINE || p.View == LogQueryVisualizationType_STACKEDAREA {
		props.set("view", "timeSeries")
		props.set("stacked", p.View == LogQueryVisualizationType_STACKEDAREA)
	}
	return w.frame("log", props.object())
}

// AlarmStatusWidgetSortBy orders the alarms of an alarm status widget.
type AlarmStatusWidgetSortBy string

const (
	AlarmStatusWidgetSortBy_DEFAULT                 AlarmStatusWidgetSortBy = "DEFAULT"
	AlarmStatusWidgetSortBy_STATE_UPDATED_TIMESTAMP AlarmStatusWidgetSortBy = "STATE_UPDATED_TIMESTAMP"
	AlarmStatusWidgetSortBy_TIMESTAMP               AlarmStatusWidgetSortBy = "TIMESTAMP"
)

var alarmStatusWidgetSortByValues = map[AlarmStatusWidgetSortBy]string{
	AlarmStatusWidgetSortBy_DEFAULT: "default", AlarmStatusWidgetSortBy_STATE_UPDATED_TIMESTAMP: "stateUpdatedTimestamp",
	AlarmStatusWidgetSortBy_TIMESTAMP: "timestamp",
}

// AlarmStatusWidgetProps define an alarm status widget.
type AlarmStatusWidgetProps struct {
	Alarms *[]interfacesawscloudwatch.IAlarmRef `field:"required" json:"alarms" yaml:"alarms"`
	// Default: 3.
	Height *float64                `field:"optional" json:"height" yaml:"height"`
	SortBy AlarmStatusWidgetSortBy `field:"optional" json:"sortBy" yaml:"sortBy"`
	States *[]AlarmState           `field:"optional" json:"states" yaml:"states"`
	// Default: "Alarm Status".
	Title *string `field:"optional" json:"title" yaml:"title"`
	// Default: 6.
	Width *float64 `field:"optional" json:"width" yaml:"width"`
}

// AlarmStatusWidget shows the state of alarms.
type AlarmStatusWidget interface {
	ConcreteWidget
}

type alarmStatusWidget struct {
	concreteWidget
	props AlarmStatusWidgetProps
}

// NewAlarmStatusWidget makes an alarm status widget.
func NewAlarmStatusWidget(props *AlarmStatusWidgetProps) AlarmStatusWidget {
	if props == nil {
		props = &AlarmStatusWidgetProps{}
	}
	return &alarmStatusWidget{concreteWidget: newConcreteWidget(numOrZero(props.Width, 6), numOrZero(props.Height, 3)), props: *props}
}

func (w *alarmStatusWidget) ToJson() *[]interface{} {
	p := &w.props
	title := p.Title
	if deref(title) == "" {
		title = str("Alarm Status")
	}
	alarms := []interface{}{}
	if p.Alarms != nil {
		for _, a := range *p.Alarms {
			alarms = append(alarms, a.AlarmRef().AlarmArn)
		}
	}
	var states interface{}
	if p.States != nil {
		l := []interface{}{}
		for _, s := range *p.States {
			l = append(l, string(s))
		}
		states = l
	}
	var sortBy interface{}
	if p.SortBy != "" {
		sortBy = enumValue(alarmStatusWidgetSortByValues, p.SortBy)
	}
	return w.frame("alarm", obj("title", title, "alarms", alarms, "states", states, "sortBy", sortBy))
}
