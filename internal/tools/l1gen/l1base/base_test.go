package l1base

import (
	"reflect"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
)

// TestOnlyPointerMethods checks that CfnBase and ResourceBase declare every
// exported method of awscdk.CfnResource and awscdk.Resource on their pointer, so that none is promoted to the value
// of a struct embedding it (each would cost a compiled wrapper).
func TestOnlyPointerMethods(t *testing.T) {
	for _, c := range []struct {
		base interface{}
		want reflect.Type
	}{
		{CfnBase{}, reflect.TypeOf((*awscdk.CfnResource)(nil)).Elem()},
		{ResourceBase{}, reflect.TypeOf((*awscdk.Resource)(nil)).Elem()},
	} {
		typ := reflect.TypeOf(c.base)
		for i := 0; i < typ.NumMethod(); i++ {
			t.Errorf("%s has value method %s: declare it on the pointer", typ, typ.Method(i).Name)
		}
		if !reflect.PointerTo(typ).Implements(c.want) {
			t.Errorf("*%s does not implement %s", typ, c.want)
		}
	}
}
