package awscodecommit

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewRepository_Override initialises outer, a type embedding Repository
// (how Go programs subclass it).
func NewRepository_Override(outer Repository, scope constructs.Construct, id *string, props *RepositoryProps) {
	l2.Override(outer, NewRepository(scope, id, props))
}
