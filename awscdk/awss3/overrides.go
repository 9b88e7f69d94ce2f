package awss3

import (
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewTargetObjectKeyFormat_Override initialises outer, a type embedding
// TargetObjectKeyFormat. aws-cdk-lib renders a key format through an
// internal method a subclass cannot provide, so a bucket given such a value
// reports that it must come from TargetObjectKeyFormat_SimplePrefix or
// _PartitionedPrefix.
func NewTargetObjectKeyFormat_Override(outer TargetObjectKeyFormat) {
	l2.Override(outer, TargetObjectKeyFormat(foreignKeyFormat{}))
}

type foreignKeyFormat struct{}

func (foreignKeyFormat) render() interface{} {
	diag.Panic("", "TargetObjectKeyFormat must come from TargetObjectKeyFormat_SimplePrefix or TargetObjectKeyFormat_PartitionedPrefix")
	return nil
}
