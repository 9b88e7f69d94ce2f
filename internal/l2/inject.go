package l2

import (
	"fmt"
	"reflect"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/tree"
)

// injector is the App state's side of awscdk.PropertyInjectors.
type injector interface {
	InjectProps(uniqueID string, props interface{}, scope constructs.IConstruct, id string) interface{}
}

// Inject runs the property injector for uniqueID (the construct class's
// PROPERTY_INJECTION_ID) nearest to scope on props, as aws-cdk-lib's
// propertyInjectable constructors do before building: the injector gets a
// non-nil *T (an empty one for nil props) and must return a *T or a T.
// Without an injector, props come back unchanged.
func Inject[T any](uniqueID string, props *T, scope constructs.IConstruct, id *string) *T {
	if scope == nil {
		return props
	}
	root := tree.RootOf(scope.Node())
	if root == nil {
		return props
	}
	inj, ok := root.App.(injector)
	if !ok {
		return props
	}
	in := props
	if in == nil {
		in = new(T)
	} else {
		c := *props
		in = &c
	}
	name := ""
	if id != nil {
		name = *id
	}
	switch out := inj.InjectProps(uniqueID, in, scope, name).(type) {
	case *T:
		if out == in && props == nil && isZero(out) {
			return nil
		}
		return out
	case T:
		return &out
	case nil:
		return props
	default:
		path := *scope.Node().Path()
		if path != "" {
			path += "/"
		}
		diag.Panic(path+name, "%s", fmt.Sprintf("the property injector for %s returned %T, want %T", uniqueID, out, props))
	}
	return props
}

// isZero reports whether p points at a zero T (an injector that changed nothing).
func isZero[T any](p *T) bool { return reflect.ValueOf(p).Elem().IsZero() }
