package l2

import (
	"reflect"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/override"
)

// OverrideAbstract backs the _Override constructors of aws-cdk-lib's
// abstract bases (awss3.BucketBase, awssqs.QueueBase, ...), through which a
// Go program writes its own subclass: outer is the program's struct, which
// embeds the base interface T and defines the abstract members itself.
// base is the base already built at its construct path; the base must call
// the abstract members on outer (its "self"), never on itself. A value
// that cannot be the subclass (nil, not a pointer to a struct, no embedded
// T) is reported as a user error naming that path.
func OverrideAbstract[T any](outer T, base T) {
	iface := reflect.TypeOf((*T)(nil)).Elem()
	if err := override.Embed(outer, base, iface); err != nil {
		path := ""
		if c, ok := any(base).(constructs.IConstruct); ok {
			path = *c.Node().Path()
		}
		diag.Panic(path, "New%s_Override: %s", iface.Name(), err.Error())
	}
	Override(outer, base)
}
