package awscloudwatch

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
)

// GraphWidgetView is how a graph draws its metrics.
type GraphWidgetView string

const (
	GraphWidgetView_TIME_SERIES GraphWidgetView = "TIME_SERIES"
	GraphWidgetView_BAR         GraphWidgetView = "BAR"
	GraphWidgetView_PIE         GraphWidgetView = "PIE"
)

var graphWidgetViewValues = map[GraphWidgetView]string{
	GraphWidgetView_TIME_SERIES: "timeSeries", GraphWidgetView_BAR: "bar", GraphWidgetView_PIE: "pie",
}

// LegendPosition is where a graph's legend goes.
type LegendPosition string

const (
	LegendPosition_BOTTOM LegendPosition = "BOTTOM"
	LegendPosition_RIGHT  LegendPosition = "RIGHT"
	LegendPosition_HIDDEN LegendPosition = "HIDDEN"
)

var legendPositionValues = map[LegendPosition]string{
	LegendPosition_BOTTOM: "bottom", LegendPosition_RIGHT: "right", LegendPosition_HIDDEN: "hidden",
}

// Shading fills a graph above or below a horizontal annotation.
type Shading string

const (
	Shading_NONE  Shading = "NONE"
	Shading_ABOVE Shading = "ABOVE"
	Shading_BELOW Shading = "BELOW"
)

var shadingValues = map[Shading]string{Shading_NONE: "none", Shading_ABOVE: "above", Shading_BELOW: "below"}

// VerticalShading fills a graph before or after a vertical annotation.
type VerticalShading string

const (
	VerticalShading_NONE   VerticalShading = "NONE"
	VerticalShading_BEFORE VerticalShading = "BEFORE"
	VerticalShading_AFTER  VerticalShading = "AFTER"
)

var verticalShadingValues = map[VerticalShading]string{
	VerticalShading_NONE: "none", VerticalShading_BEFORE: "before", VerticalShading_AFTER: "after",
}

// HorizontalAnnotation is a line across a graph at a value.
type HorizontalAnnotation struct {
	Value   *float64 `field:"required" json:"value" yaml:"value"`
	Color   *string  `field:"optional" json:"color" yaml:"color"`
	Fill    Shading  `field:"optional" json:"fill" yaml:"fill"`
	Label   *string  `field:"optional" json:"label" yaml:"label"`
	Visible *bool    `field:"optional" json:"visible" yaml:"visible"`
}

// VerticalAnnotation is a line down a graph at a date.
type VerticalAnnotation struct {
	// An ISO 8601 date and time.
	Date    *string         `field:"required" json:"date" yaml:"date"`
	Color   *string         `field:"optional" json:"color" yaml:"color"`
	Fill    VerticalShading `field:"optional" json:"fill" yaml:"fill"`
	Label   *string         `field:"optional" json:"label" yaml:"label"`
	Visible *bool           `field:"optional" json:"visible" yaml:"visible"`
}

// YAxisProps set up a graph's Y axis.
type YAxisProps struct {
	Label     *string  `field:"optional" json:"label" yaml:"label"`
	Max       *float64 `field:"optional" json:"max" yaml:"max"`
	Min       *float64 `field:"optional" json:"min" yaml:"min"`
	ShowUnits *bool    `field:"optional" json:"showUnits" yaml:"showUnits"`
}

func (y *YAxisProps) json() interface{} {
	if y == nil {
		return nil
	}
	return obj("label", y.Label, "max", y.Max, "min", y.Min, "showUnits", y.ShowUnits)
}

// MetricWidgetProps are what every metric widget takes.
type MetricWidgetProps struct {
	AccountId *string  `field:"optional" json:"accountId" yaml:"accountId"`
	Height    *float64 `field:"optional" json:"height" yaml:"height"`
	Region    *string  `field:"optional" json:"region" yaml:"region"`
	Title     *string  `field:"optional" json:"title" yaml:"title"`
	Width     *float64 `field:"optional" json:"width" yaml:"width"`
}

// GraphWidgetProps define a graph.
type GraphWidgetProps struct {
	AccountId *string `field:"optional" json:"accountId" yaml:"accountId"`
	// Default: 6.
	Height *float64 `field:"optional" json:"height" yaml:"height"`
	// Default: the dashboard's region.
	Region *string `field:"optional" json:"region" yaml:"region"`
	Title  *string `field:"optional" json:"title" yaml:"title"`
	// Default: 6.
	Width                *float64                 `field:"optional" json:"width" yaml:"width"`
	DisplayLabelsOnChart *bool                    `field:"optional" json:"displayLabelsOnChart" yaml:"displayLabelsOnChart"`
	End                  *string                  `field:"optional" json:"end" yaml:"end"`
	Left                 *[]IMetric               `field:"optional" json:"left" yaml:"left"`
	LeftAnnotations      *[]*HorizontalAnnotation `field:"optional" json:"leftAnnotations" yaml:"leftAnnotations"`
	LeftYAxis            *YAxisProps              `field:"optional" json:"leftYAxis" yaml:"leftYAxis"`
	LegendPosition       LegendPosition           `field:"optional" json:"legendPosition" yaml:"legendPosition"`
	LiveData             *bool                    `field:"optional" json:"liveData" yaml:"liveData"`
	Period               awscdk.Duration          `field:"optional" json:"period" yaml:"period"`
	Right                *[]IMetric               `field:"optional" json:"right" yaml:"right"`
	RightAnnotations     *[]*HorizontalAnnotation `field:"optional" json:"rightAnnotations" yaml:"rightAnnotations"`
	RightYAxis           *YAxisProps              `field:"optional" json:"rightYAxis" yaml:"rightYAxis"`
	SetPeriodToTimeRange *bool                    `field:"optional" json:"setPeriodToTimeRange" yaml:"setPeriodToTimeRange"`
	Stacked              *bool                    `field:"optional" json:"stacked" yaml:"stacked"`
	Start                *string                  `field:"optional" json:"start" yaml:"start"`
	Statistic            *string                  `field:"optional" json:"statistic" yaml:"statistic"`
	VerticalAnnotations  *[]*VerticalAnnotation   `field:"optional" json:"verticalAnnotations" yaml:"verticalAnnotations"`
	// Default: TIME_SERIES.
	View GraphWidgetView `field:"optional" json:"view" yaml:"view"`
}

// GraphWidget is a dashboard graph of metrics.
type GraphWidget interface {
	ConcreteWidget
	AddLeftMetric(metric IMetric)
	AddRightMetric(metric IMetric)
}

type graphWidget struct {
	concreteWidget
	props       GraphWidgetProps
	left, right []IMetric
}

var iso8601 = regexp.MustCompile(`^(-?(?:[1-9][0-9]*)?[0-9]{4})-(1[0-2]|0[1-9])-(3[01]|0[1-9]|[12][0-9])T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(.[0-9]+)?(Z)?$`)

// NewGraphWidget makes a graph.
func NewGraphWidget(props *GraphWidgetProps) GraphWidget {
	if props == nil {
		props = &GraphWidgetProps{}
	}
	g := &graphWidget{concreteWidget: newConcreteWidget(numOrZero(props.Width, 6), numOrZero(props.Height, 6)), props: *props}
	if props.VerticalAnnotations != nil {
		for _, a := range *props.VerticalAnnotations {
			if !iso8601.MatchString(deref(a.Date)) {
				throwUnscoped("Given date %s is not in ISO 8601 format", deref(a.Date))
			}
		}
	}
	if props.Left != nil {
		g.left = append(g.left, *props.Left...)
	}
	if props.Right != nil {
		g.right = append(g.right, *props.Right...)
	}
	g.CopyMetricWarnings(g.left...)
	g.CopyMetricWarnings(g.right...)
	if props.End != nil && props.Start == nil {
		throwUnscoped("If you specify a value for end, you must also specify a value for start.")
	}
	if props.DisplayLabelsOnChart != nil && *props.DisplayLabelsOnChart && props.View != GraphWidgetView_PIE {
		throwUnscoped("displayLabelsOnChart can currently only be set to true if view is GraphWidgetView.PIE")
	}
	return g
}

func (g *graphWidget) AddLeftMetric(m IMetric) {
	g.left = append(g.left, m)
	g.CopyMetricWarnings(m)
}

func (g *graphWidget) AddRightMetric(m IMetric) {
	g.right = append(g.right, m)
	g.CopyMetricWarnings(m)
}

func horizontalAnnotation(a *HorizontalAnnotation, axis string) *ojson.Object {
	return obj("value", a.Value, "color", a.Color, "fill", strOrNil(enumValue(shadingValues, a.Fill)),
		"label", a.Label, "visible", a.Visible, "yAxis", axis)
}

func (g *graphWidget) ToJson() *[]interface{} {
	p := &g.props
	var horizontal, vertical []interface{}
	if p.LeftAnnotations != nil {
		for _, a := range *p.LeftAnnotations {
			horizontal = append(horizontal, horizontalAnnotation(a, "left"))
		}
	}
	if p.RightAnnotations != nil {
		for _, a := range *p.RightAnnotations {
			horizontal = append(horizontal, horizontalAnnotation(a, "right"))
		}
	}
	if p.VerticalAnnotations != nil {
		for _, a := range *p.VerticalAnnotations {
			vertical = append(vertical, obj("value", a.Date, "color", a.Color,
				"fill", strOrNil(enumValue(verticalShadingValues, a.Fill)), "label", a.Label, "visible", a.Visible))
		}
	}
	var annotations interface{}
	if len(horizontal) > 0 || len(vertical) > 0 {
		annotations = obj("horizontal", horizontal, "vertical", vertical)
	}
	var labels, legend, metrics interface{}
	if p.DisplayLabelsOnChart != nil && *p.DisplayLabelsOnChart {
		labels = obj("visible", true)
	}
	if p.LegendPosition != "" {
		legend = obj("position", enumValue(legendPositionValues, p.LegendPosition))
	}
	if m := allMetricsGraphJSON(g.left, g.right); len(m) > 0 {
		metrics = m
	}
	view := GraphWidgetView_TIME_SERIES
	if p.View != "" {
		view = p.View
	}
	return g.frame("metric", obj(
		"view", enumValue(graphWidgetViewValues, view),
		"title", p.Title,
		"region", regionOr(p.Region),
		"stacked", p.Stacked,
		"labels", labels,
		"metrics", metrics,
		"annotations", annotations,
		"yAxis", obj("left", p.LeftYAxis.json(), "right", p.RightYAxis.json()),
		"legend", legend,
		"liveData", p.LiveData,
		"setPeriodToTimeRange", p.SetPeriodToTimeRange,
		"period", seconds(p.Period),
		"stat", p.Statistic,
		"start", p.Start,
		"end", p.End,
		"accountId", p.AccountId,
	))
}

// SingleValueWidgetProps define a single value widget.
type SingleValueWidgetProps struct {
	AccountId *string `field:"optional" json:"accountId" yaml:"accountId"`
	// Default: 3.
	Height *float64 `field:"optional" json:"height" yaml:"height"`
	Region *string  `field:"optional" json:"region" yaml:"region"`
	Title  *string  `field:"optional" json:"title" yaml:"title"`
	// Default: 6.
	Width         *float64   `field:"optional" json:"width" yaml:"width"`
	Metrics       *[]IMetric `field:"required" json:"metrics" yaml:"metrics"`
	End           *string    `field:"optional" json:"end" yaml:"end"`
	FullPrecision *bool      `field:"optional" json:"fullPrecision" yaml:"fullPrecision"`
	// Whether to show live data (aws-cdk-lib 2.276).
	LiveData             *bool           `field:"optional" json:"liveData" yaml:"liveData"`
	Period               awscdk.Duration `field:"optional" json:"period" yaml:"period"`
	SetPeriodToTimeRange *bool           `field:"optional" json:"setPeriodToTimeRange" yaml:"setPeriodToTimeRange"`
	Sparkline            *bool           `field:"optional" json:"sparkline" yaml:"sparkline"`
	Start                *string         `field:"optional" json:"start" yaml:"start"`
}

// SingleValueWidget shows the latest value of metrics.
type SingleValueWidget interface {
	ConcreteWidget
}

type singleValueWidget struct {
	concreteWidget
	props SingleValueWidgetProps
}

// NewSingleValueWidget makes a single value widget.
func NewSingleValueWidget(props *SingleValueWidgetProps) SingleValueWidget {
	if props == nil {
		props = &SingleValueWidgetProps{}
	}
	w := &singleValueWidget{concreteWidget: newConcreteWidget(numOrZero(props.Width, 6), numOrZero(props.Height, 3)), props: *props}
	if props.Metrics != nil {
		w.CopyMetricWarnings(*props.Metrics...)
	}
	if props.SetPeriodToTimeRange != nil && *props.SetPeriodToTimeRange && props.Sparkline != nil && *props.Sparkline {
		throwUnscoped("You cannot use setPeriodToTimeRange with sparkline")
	}
	if props.End != nil && props.Start == nil {
		throwUnscoped("If you specify a value for end, you must also specify a value for start.")
	}
	return w
}

func (w *singleValueWidget) ToJson() *[]interface{} {
	p := &w.props
	var ms []IMetric
	if p.Metrics != nil {
		ms = *p.Metrics
	}
	return w.frame("metric", obj(
		"view", "singleValue",
		"title", p.Title,
		"region", regionOr(p.Region),
		"sparkline", p.Sparkline,
		"metrics", allMetricsGraphJSON(ms, nil),
		"setPeriodToTimeRange", p.SetPeriodToTimeRange,
		"singleValueFullPrecision", p.FullPrecision,
		"period", seconds(p.Period),
		"start", p.Start,
		"end", p.End,
		"accountId", p.AccountId,
		"liveData", p.LiveData,
	))
}
