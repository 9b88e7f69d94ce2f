package l2

import (
	"reflect"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/override"
)

// Override backs aws-cdk-go's New*_Override constructors, how a Go program
// "subclasses" an L2: outer points to the user's struct, which embeds the
// L2 interface T; Override stores v (the L2 built from the same arguments)
// in that field and, for a construct, makes outer the object the tree hands
// out for the node. As in aws-cdk-go, methods the user's struct redefines
// are not called back by the L2 itself.
func Override[T any](outer T, v T) {
	iface := reflect.TypeOf((*T)(nil)).Elem()
	if err := override.Embed(outer, v, iface); err != nil {
		diag.Panic("", "New%s_Override: %s", iface.Name(), err.Error())
	}
	if oc, ok := any(outer).(constructs.IConstruct); ok {
		if vc, ok := any(v).(constructs.IConstruct); ok {
			host.Set(vc, oc)
		}
	}
}
