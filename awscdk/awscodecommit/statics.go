package awscodecommit

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewRepository_Override initialises outer, a type embedding Repository
// (how Go programs subclass it).
func NewRepository_Override(outer Repository, scope constructs.Construct, id *string, props *RepositoryProps) {
	l2.Override(outer, NewRepository(scope, id, props))
}

// abstractCode is the base of a user's Code subclass, which must redefine Bind.
type abstractCode struct{}

func (abstractCode) Bind(scope constructs.Construct) *CodeConfig {
	diag.Panic(pathOf(scope), "a Code made with NewCode_Override must define Bind")
	return nil
}

// NewCode_Override initialises outer, a custom Code embedding Code.
func NewCode_Override(outer Code) {
	l2.Override(outer, Code(abstractCode{}))
}

func pathOf(c constructs.IConstruct) string {
	if c == nil {
		return ""
	}
	return *c.Node().Path()
}
