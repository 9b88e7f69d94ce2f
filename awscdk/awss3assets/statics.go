package awss3assets

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewAsset_Override initialises outer, a type embedding Asset (how Go programs
// subclass it).
func NewAsset_Override(outer Asset, a1 constructs.Construct, a2 *string, a3 *AssetProps) {
	l2.Override(outer, NewAsset(a1, a2, a3))
}
