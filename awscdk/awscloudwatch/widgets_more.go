package awscloudwatch

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
)

// GaugeWidgetProps define a gauge.
type GaugeWidgetProps struct {
	AccountId *string `field:"optional" json:"accountId" yaml:"accountId"`
	// Default: 6.
	Height *float64 `field:"optional" json:"height" yaml:"height"`
	Region *string  `field:"optional" json:"region" yaml:"region"`
	Title  *string  `field:"optional" json:"title" yaml:"title"`
	// Default: 6.
	Width                *float64                 `field:"optional" json:"width" yaml:"width"`
	Annotations          *[]*HorizontalAnnotation `field:"optional" json:"annotations" yaml:"annotations"`
	End                  *string                  `field:"optional" json:"end" yaml:"end"`
	LeftYAxis            *YAxisProps              `field:"optional" json:"leftYAxis" yaml:"leftYAxis"`
	LegendPosition       LegendPosition           `field:"optional" json:"legendPosition" yaml:"legendPosition"`
	LiveData             *bool                    `field:"optional" json:"liveData" yaml:"liveData"`
	Metrics              *[]IMetric               `field:"optional" json:"metrics" yaml:"metrics"`
	Period               awscdk.Duration          `field:"optional" json:"period" yaml:"period"`
	SetPeriodToTimeRange *bool                    `field:"optional" json:"setPeriodToTimeRange" yaml:"setPeriodToTimeRange"`
	Start                *string                  `field:"optional" json:"start" yaml:"start"`
	Statistic            *string                  `field:"optional" json:"statistic" yaml:"statistic"`
}

// GaugeWidget shows metrics on a gauge.
type GaugeWidget interface {
	ConcreteWidget
	AddMetric(metric IMetric)
}

type gaugeWidget struct {
	concreteWidget
	props   GaugeWidgetProps
	metrics []IMetric
}

// NewGaugeWidget makes a gauge.
func NewGaugeWidget(props *GaugeWidgetProps) GaugeWidget {
	if props == nil {
		props = &GaugeWidgetProps{}
	}
	g := &gaugeWidget{concreteWidget: newConcreteWidget(numOrZero(props.Width, 6), numOrZero(props.Height, 6)), props: *props}
	if props.Metrics != nil {
		g.metrics = append(g.metrics, *props.Metrics...)
	}
	g.CopyMetricWarnings(g.metrics...)
	if props.End != nil && props.Start == nil {
		throwUnscoped("If you specify a value for end, you must also specify a value for start.")
	}
	return g
}

func (g *gaugeWidget) AddMetric(m IMetric) {
	g.metrics = append(g.metrics, m)
	g.CopyMetricWarnings(m)
}

func (g *gaugeWidget) ToJson() *[]interface{} {
	p := &g.props
	var metrics, annotations, legend interface{}
	if m := allMetricsGraphJSON(g.metrics, nil); len(m) > 0 {
		metrics = m
	}
	if p.Annotations != nil && len(*p.Annotations) > 0 {
		var h []interface{}
		for _, a := range *p.Annotations {
			h = append(h, obj("value", a.Value, "color", a.Color, "fill", strOrNil(enumValue(shadingValues, a.Fill)),
				"label", a.Label, "visible", a.Visible))
		}
		annotations = obj("horizontal", h)
	}
	if p.LegendPosition != "" {
		legend = obj("position", enumValue(legendPositionValues, p.LegendPosition))
	}
	// {min: 0, max: 100, ...leftYAxis}
	left := ojson.New()
	left.Set("min", 0.0)
	left.Set("max", 100.0)
	if y, ok := p.LeftYAxis.json().(*ojson.Object); ok {
		for _, k := range y.Keys() {
			v, _ := y.Get(k)
			left.Set(k, v)
		}
	}
	return g.frame("metric", obj(
		"view", "gauge",
		"title", p.Title,
		"region", regionOr(p.Region),
		"metrics", metrics,
		"annotations", annotations,
		"yAxis", obj("left", left),
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

// TableLayout is how a table widget lays out its metrics.
type TableLayout string

const (
	TableLayout_HORIZONTAL TableLayout = "HORIZONTAL"
	TableLayout_VERTICAL   TableLayout = "VERTICAL"
)

var tableLayoutValues = map[TableLayout]string{TableLayout_HORIZONTAL: "horizontal", TableLayout_VERTICAL: "vertical"}

// TableSummaryColumn is a summary column of a table widget.
type TableSummaryColumn string

const (
	TableSummaryColumn_MINIMUM TableSummaryColumn = "MINIMUM"
	TableSummaryColumn_MAXIMUM TableSummaryColumn = "MAXIMUM"
	TableSummaryColumn_SUM     TableSummaryColumn = "SUM"
	TableSummaryColumn_AVERAGE TableSummaryColumn = "AVERAGE"
)

var tableSummaryColumnValues = map[TableSummaryColumn]string{
	TableSummaryColumn_MINIMUM: "MIN", TableSummaryColumn_MAXIMUM: "MAX", TableSummaryColumn_SUM: "SUM", TableSummaryColumn_AVERAGE: "AVG",
}

// TableSummaryProps set up a table's summary columns.
type TableSummaryProps struct {
	Columns               *[]TableSummaryColumn `field:"optional" json:"columns" yaml:"columns"`
	HideNonSummaryColumns *bool                 `field:"optional" json:"hideNonSummaryColumns" yaml:"hideNonSummaryColumns"`
	Sticky                *bool                 `field:"optional" json:"sticky" yaml:"sticky"`
}

// TableThreshold colours table cells by value.
type TableThreshold interface {
	ToJson() interface{}
}

type tableThreshold struct {
	lower, upper *float64
	color        *string
	comparator   Shading
}

// TableThreshold_Above colours values above value.
func TableThreshold_Above(value *float64, color *string) TableThreshold {
	return &tableThreshold{lower: value, color: color, comparator: Shading_ABOVE}
}

// TableThreshold_Below colours values below value.
func TableThreshold_Below(value *float64, color *string) TableThreshold {
	return &tableThreshold{lower: value, color: color, comparator: Shading_BELOW}
}

// TableThreshold_Between colours values between the bounds.
func TableThreshold_Between(lowerBound *float64, upperBound *float64, color *string) TableThreshold {
	return &tableThreshold{lower: lowerBound, upper: upperBound, color: color}
}

func (t *tableThreshold) ToJson() interface{} {
	if t.upper != nil && *t.upper != 0 {
		return []interface{}{obj("value", t.lower, "color", t.color), obj("value", t.upper)}
	}
	return obj("value", t.lower, "color", t.color, "fill", strOrNil(enumValue(shadingValues, t.comparator)))
}

// TableWidgetProps define a table widget.
type TableWidgetProps struct {
	AccountId *string `field:"optional" json:"accountId" yaml:"accountId"`
	// Default: 6.
	Height *float64 `field:"optional" json:"height" yaml:"height"`
	Region *string  `field:"optional" json:"region" yaml:"region"`
	Title  *string  `field:"optional" json:"title" yaml:"title"`
	// Default: 6.
	Width                *float64           `field:"optional" json:"width" yaml:"width"`
	End                  *string            `field:"optional" json:"end" yaml:"end"`
	FullPrecision        *bool              `field:"optional" json:"fullPrecision" yaml:"fullPrecision"`
	Layout               TableLayout        `field:"optional" json:"layout" yaml:"layout"`
	LiveData             *bool              `field:"optional" json:"liveData" yaml:"liveData"`
	Metrics              *[]IMetric         `field:"optional" json:"metrics" yaml:"metrics"`
	Period               awscdk.Duration    `field:"optional" json:"period" yaml:"period"`
	SetPeriodToTimeRange *bool              `field:"optional" json:"setPeriodToTimeRange" yaml:"setPeriodToTimeRange"`
	ShowUnitsInLabel     *bool              `field:"optional" json:"showUnitsInLabel" yaml:"showUnitsInLabel"`
	Start                *string            `field:"optional" json:"start" yaml:"start"`
	Statistic            *string            `field:"optional" json:"statistic" yaml:"statistic"`
	Summary              *TableSummaryProps `field:"optional" json:"summary" yaml:"summary"`
	Thresholds           *[]TableThreshold  `field:"optional" json:"thresholds" yaml:"thresholds"`
}

// TableWidget shows metrics in a table.
type TableWidget interface {
	ConcreteWidget
	AddMetric(metric IMetric)
}

type tableWidget struct {
	concreteWidget
	props   TableWidgetProps
	metrics []IMetric
}

// NewTableWidget makes a table widget.
func NewTableWidget(props *TableWidgetProps) TableWidget {
	if props == nil {
		props = &TableWidgetProps{}
	}
	t := &tableWidget{concreteWidget: newConcreteWidget(numOrZero(props.Width, 6), numOrZero(props.Height, 6)), props: *props}
	if props.Metrics != nil {
		t.metrics = append(t.metrics, *props.Metrics...)
	}
	t.CopyMetricWarnings(t.metrics...)
	if props.End != nil && props.Start == nil {
		throwUnscoped("If you specify a value for end, you must also specify a value for start.")
	}
	return t
}

func (t *tableWidget) AddMetric(m IMetric) {
	t.metrics = append(t.metrics, m)
	t.CopyMetricWarnings(m)
}

func (t *tableWidget) ToJson() *[]interface{} {
	p := &t.props
	var annotations, metrics, leftAxis interface{}
	if p.Thresholds != nil && len(*p.Thresholds) > 0 {
		var h []interface{}
		for _, th := range *p.Thresholds {
			h = append(h, th.ToJson())
		}
		annotations = obj("horizontal", h)
	}
	if m := allMetricsGraphJSON(t.metrics, nil); len(m) > 0 {
		metrics = m
	}
	if p.ShowUnitsInLabel != nil && *p.ShowUnitsInLabel {
		leftAxis = obj("showUnits", true)
	}
	layout := TableLayout_HORIZONTAL
	if p.Layout != "" {
		layout = p.Layout
	}
	hide, sticky := false, false
	cols := []interface{}{}
	if s := p.Summary; s != nil {
		hide = s.HideNonSummaryColumns != nil && *s.HideNonSummaryColumns
		sticky = s.Sticky != nil && *s.Sticky
		if s.Columns != nil {
			for _, c := range *s.Columns {
				cols = append(cols, enumValue(tableSummaryColumnValues, c))
			}
		}
	}
	return t.frame("metric", obj(
		"title", p.Title,
		"view", "table",
		"table", obj("layout", enumValue(tableLayoutValues, layout), "showTimeSeriesData", !hide, "stickySummary", sticky, "summaryColumns", cols),
		"region", regionOr(p.Region),
		"metrics", metrics,
		"annotations", annotations,
		"yAxis", obj("left", leftAxis),
		"liveData", p.LiveData,
		"singleValueFullPrecision", p.FullPrecision,
		"setPeriodToTimeRange", p.SetPeriodToTimeRange,
		"period", seconds(p.Period),
		"stat", p.Statistic,
		"start", p.Start,
		"end", p.End,
		"accountId", p.AccountId,
	))
}

// CustomWidgetProps define a custom widget backed by a Lambda function.
type CustomWidgetProps struct {
	FunctionArn *string `field:"required" json:"functionArn" yaml:"functionArn"`
	Title       *string `field:"required" json:"title" yaml:"title"`
	// Default: 6.
	Height                  *float64    `field:"optional" json:"height" yaml:"height"`
	Params                  interface{} `field:"optional" json:"params" yaml:"params"`
	UpdateOnRefresh         *bool       `field:"optional" json:"updateOnRefresh" yaml:"updateOnRefresh"`
	UpdateOnResize          *bool       `field:"optional" json:"updateOnResize" yaml:"updateOnResize"`
	UpdateOnTimeRangeChange *bool       `field:"optional" json:"updateOnTimeRangeChange" yaml:"updateOnTimeRangeChange"`
	// Default: 6.
	Width *float64 `field:"optional" json:"width" yaml:"width"`
}

// CustomWidget is rendered by a Lambda function.
type CustomWidget interface {
	ConcreteWidget
}

type customWidget struct {
	concreteWidget
	props CustomWidgetProps
}

// NewCustomWidget makes a custom widget.
func NewCustomWidget(props *CustomWidgetProps) CustomWidget {
	if props == nil {
		props = &CustomWidgetProps{}
	}
	return &customWidget{concreteWidget: newConcreteWidget(numOr(props.Width, 6), numOr(props.Height, 6)), props: *props}
}

func boolDefault(b *bool, def bool) bool {
	if b == nil {
		return def
	}
	return *b
}

func (c *customWidget) ToJson() *[]interface{} {
	p := &c.props
	return c.frame("custom", obj(
		"endpoint", p.FunctionArn,
		"params", p.Params,
		"title", p.Title,
		"updateOn", obj("refresh", boolDefault(p.UpdateOnRefresh, true), "resize", boolDefault(p.UpdateOnResize, true),
			"timeRange", boolDefault(p.UpdateOnTimeRangeChange, true)),
	))
}
