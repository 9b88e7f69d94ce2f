package awscloudwatch

import (
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewAtLeastThreshold_Override initialises outer, a type embedding
// AtLeastThreshold. aws-cdk-lib renders a threshold through an internal
// method a subclass cannot provide, so an alarm rule given such a value
// reports that it must come from AtLeastThreshold_Count or _Percentage.
func NewAtLeastThreshold_Override(outer AtLeastThreshold) {
	l2.Override(outer, AtLeastThreshold(foreignThreshold{}))
}

type foreignThreshold struct{}

func (foreignThreshold) bindThreshold(int) string {
	diag.Panic("", "AtLeastThreshold must come from AtLeastThreshold_Count or AtLeastThreshold_Percentage")
	return ""
}
