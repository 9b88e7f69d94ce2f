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

// Embedded is the value stored in outer's embedded field of interface type
// T (what OverrideAbstract put there), found the way Go promotes methods.
// A base uses it to reach its own state behind a program's subclass, whose
// method set cannot carry the base's unexported methods.
func Embedded[T any](outer interface{}) (T, bool) {
	var zero T
	f, ok := override.EmbeddedField(outer, reflect.TypeOf((*T)(nil)).Elem())
	if !ok || f.IsNil() {
		return zero, false
	}
	v, ok := f.Interface().(T)
	return v, ok
}

// EmbedAbstract is OverrideAbstract for a base whose constructor calls back
// through outer: outer gets base before the construct exists at
// scope/id, which the error for a bad outer names. The base's constructor
// makes outer the tree's object for its node.
func EmbedAbstract[T any](outer T, base T, scope constructs.IConstruct, id *string) {
	iface := reflect.TypeOf((*T)(nil)).Elem()
	if err := override.Embed(outer, base, iface); err != nil {
		path := ""
		if scope != nil && !isNilValue(scope) {
			path = *scope.Node().Path()
		}
		if id != nil {
			if path != "" {
				path += "/"
			}
			path += *id
		}
		diag.Panic(path, "New%s_Override: %s", iface.Name(), err.Error())
	}
}

func isNilValue(v interface{}) bool {
	rv := reflect.ValueOf(v)
	return !rv.IsValid() || (rv.Kind() == reflect.Ptr || rv.Kind() == reflect.Interface) && rv.IsNil()
}
