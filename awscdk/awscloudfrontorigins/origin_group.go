package awscloudfrontorigins

import (
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// OriginGroupProps are the props of NewOriginGroup.
type OriginGroupProps struct {
	FallbackOrigin      awscloudfront.IOrigin                 `field:"required" json:"fallbackOrigin" yaml:"fallbackOrigin"`
	PrimaryOrigin       awscloudfront.IOrigin                 `field:"required" json:"primaryOrigin" yaml:"primaryOrigin"`
	FallbackStatusCodes *[]*float64                           `field:"optional" json:"fallbackStatusCodes" yaml:"fallbackStatusCodes"`
	SelectionCriteria   awscloudfront.OriginSelectionCriteria `field:"optional" json:"selectionCriteria" yaml:"selectionCriteria"`
}

// OriginGroup is a primary origin that fails over to a fallback origin on
// the given status codes (500, 502, 503 and 504 unless set).
type OriginGroup interface {
	awscloudfront.IOrigin
}

type originGroup struct{ props OriginGroupProps }

// NewOriginGroup is an origin group.
func NewOriginGroup(props *OriginGroupProps) OriginGroup {
	if props == nil || props.PrimaryOrigin == nil || props.FallbackOrigin == nil {
		diag.Panic("", "OriginGroup: primaryOrigin and fallbackOrigin are required")
	}
	return &originGroup{props: *props}
}

// NewOriginGroup_Override makes o, a pointer to a struct embedding OriginGroup, a new OriginGroup.
func NewOriginGroup_Override(o OriginGroup, props *OriginGroupProps) {
	l2.Override[OriginGroup](o, NewOriginGroup(props))
}

// Bind binds the primary origin and names the fallback for the distribution.
func (g *originGroup) Bind(scope constructs.Construct, options *awscloudfront.OriginBindOptions) *awscloudfront.OriginBindConfig {
	primary := g.props.PrimaryOrigin.Bind(scope, options)
	if primary != nil && primary.FailoverConfig != nil {
		diag.Panic(*scope.Node().Path(), "An OriginGroup cannot use an Origin with its own failover configuration as its primary origin!")
	}
	cfg := &awscloudfront.OriginBindConfig{
		FailoverConfig:    &awscloudfront.OriginFailoverConfig{FailoverOrigin: g.props.FallbackOrigin, StatusCodes: g.props.FallbackStatusCodes},
		SelectionCriteria: g.props.SelectionCriteria,
	}
	if primary != nil {
		cfg.OriginProperty = primary.OriginProperty
	}
	return cfg
}
