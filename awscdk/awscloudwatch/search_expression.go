package awscloudwatch

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// SearchExpressionOptions change a search expression.
type SearchExpressionOptions struct {
	Color         *string         `field:"optional" json:"color" yaml:"color"`
	Label         *string         `field:"optional" json:"label" yaml:"label"`
	Period        awscdk.Duration `field:"optional" json:"period" yaml:"period"`
	SearchAccount *string         `field:"optional" json:"searchAccount" yaml:"searchAccount"`
	SearchRegion  *string         `field:"optional" json:"searchRegion" yaml:"searchRegion"`
	// Whether the expression shows on graphs (aws-cdk-lib 2.276). Default: true.
	Visible *bool `field:"optional" json:"visible" yaml:"visible"`
}

// SearchExpressionProps define a search expression (dashboards only).
type SearchExpressionProps struct {
	Color         *string         `field:"optional" json:"color" yaml:"color"`
	Label         *string         `field:"optional" json:"label" yaml:"label"`
	Period        awscdk.Duration `field:"optional" json:"period" yaml:"period"`
	SearchAccount *string         `field:"optional" json:"searchAccount" yaml:"searchAccount"`
	SearchRegion  *string         `field:"optional" json:"searchRegion" yaml:"searchRegion"`
	// Whether the expression shows on graphs (aws-cdk-lib 2.276). Default: true.
	Visible    *bool   `field:"optional" json:"visible" yaml:"visible"`
	Expression *string `field:"required" json:"expression" yaml:"expression"`
}

// SearchExpression finds metrics by a search, for dashboard graphs.
type SearchExpression interface {
	IMetric
	Color() *string
	Expression() *string
	Label() *string
	Period() awscdk.Duration
	SearchAccount() *string
	SearchRegion() *string
	Visible() *bool
	ToString() *string
	With(props *SearchExpressionOptions) SearchExpression
}

type searchExpression struct {
	props SearchExpressionProps
}

// NewSearchExpression makes a search expression.
func NewSearchExpression(props *SearchExpressionProps) SearchExpression {
	if props == nil || props.Expression == nil {
		throwUnscoped("SearchExpression needs an expression")
	}
	s := &searchExpression{props: *props}
	if s.props.Period == nil {
		s.props.Period = awscdk.Duration_Minutes(jsii.Number(5))
	}
	return s
}

func (s *searchExpression) Color() *string                  { return s.props.Color }
func (s *searchExpression) Expression() *string             { return s.props.Expression }
func (s *searchExpression) Label() *string                  { return s.props.Label }
func (s *searchExpression) Period() awscdk.Duration         { return s.props.Period }
func (s *searchExpression) SearchAccount() *string          { return s.props.SearchAccount }
func (s *searchExpression) Visible() *bool                  { return s.props.Visible }
func (s *searchExpression) SearchRegion() *string           { return s.props.SearchRegion }
func (s *searchExpression) Warnings() *[]*string            { return nil }
func (s *searchExpression) WarningsV2() *map[string]*string { return nil }

func (s *searchExpression) ToString() *string {
	if deref(s.props.Label) != "" {
		return s.props.Label
	}
	return s.props.Expression
}

func (s *searchExpression) With(o *SearchExpressionOptions) SearchExpression {
	if o == nil {
		return s
	}
	p := s.props
	if (o.Label == nil || sameStr(o.Label, p.Label)) && (o.Color == nil || sameStr(o.Color, p.Color)) &&
		(o.Period == nil || secs(o.Period) == secs(p.Period)) &&
		(o.SearchAccount == nil || sameStr(o.SearchAccount, p.SearchAccount)) &&
		(o.SearchRegion == nil || sameStr(o.SearchRegion, p.SearchRegion)) &&
		(o.Visible == nil || sameBool(o.Visible, p.Visible)) {
		return s
	}
	p.Label, p.Color = orStr(o.Label, p.Label), orStr(o.Color, p.Color)
	p.SearchAccount, p.SearchRegion = orStr(o.SearchAccount, p.SearchAccount), orStr(o.SearchRegion, p.SearchRegion)
	p.Visible = orBool(o.Visible, p.Visible)
	if o.Period != nil {
		p.Period = o.Period
	}
	return &searchExpression{props: p}
}

func (s *searchExpression) ToMetricConfig() *MetricConfig {
	rp := map[string]interface{}{}
	putIf(rp, "label", s.props.Label)
	putIf(rp, "color", s.props.Color)
	putIf(rp, "visible", s.props.Visible)
	return &MetricConfig{
		SearchExpression: &MetricExpressionConfig{
			Period:        num(secs(s.props.Period)),
			Expression:    s.props.Expression,
			UsingMetrics:  &map[string]IMetric{},
			SearchAccount: s.props.SearchAccount,
			SearchRegion:  s.props.SearchRegion,
		},
		RenderingProperties: &rp,
	}
}

func (s *searchExpression) renderingOrder() []string { return []string{"label", "color", "visible"} }

// AnomalyDetectionMetricOptions define an anomaly detection band.
type AnomalyDetectionMetricOptions struct {
	Color         *string         `field:"optional" json:"color" yaml:"color"`
	Label         *string         `field:"optional" json:"label" yaml:"label"`
	Period        awscdk.Duration `field:"optional" json:"period" yaml:"period"`
	SearchAccount *string         `field:"optional" json:"searchAccount" yaml:"searchAccount"`
	SearchRegion  *string         `field:"optional" json:"searchRegion" yaml:"searchRegion"`
	Metric        IMetric         `field:"required" json:"metric" yaml:"metric"`
	// Default: 2.
	StdDevs *float64 `field:"optional" json:"stdDevs" yaml:"stdDevs"`
}

// Metric_AnomalyDetectionFor is the ANOMALY_DETECTION_BAND of a metric.
func Metric_AnomalyDetectionFor(props *AnomalyDetectionMetricOptions) MathExpression {
	if props == nil || props.Metric == nil {
		throwUnscoped("anomalyDetectionFor needs a metric")
	}
	if props.StdDevs != nil && *props.StdDevs <= 0 {
		throwUnscoped("stdDevs must be greater than 0")
	}
	label := props.Label
	if label == nil {
		label = str("Anomaly Detection Band")
	}
	return NewMathExpression(&MathExpressionProps{
		Expression:    str("ANOMALY_DETECTION_BAND(m0, " + fmtNum(numOr(props.StdDevs, 2)) + ")"),
		UsingMetrics:  &map[string]IMetric{"m0": props.Metric},
		Period:        props.Period,
		Label:         label,
		Color:         props.Color,
		SearchAccount: props.SearchAccount,
		SearchRegion:  props.SearchRegion,
	})
}
