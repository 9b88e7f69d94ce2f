package l2

import (
	"reflect"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
)

// Override backs aws-cdk-go's New*_Override constructors, how a Go program
// "subclasses" an L2: outer points to the user's struct, which embeds the
// L2 interface T; Override stores v (the L2 built from the same arguments)
// in that field and, for a construct, makes outer the object the tree hands
// out for the node. As in aws-cdk-go, methods the user's struct redefines
// are not called back by the L2 itself.
func Override[T any](outer T, v T) {
	iface := reflect.TypeOf((*T)(nil)).Elem()
	rv := reflect.ValueOf(outer)
	if !rv.IsValid() || rv.Kind() != reflect.Ptr || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		diag.Panic("", "New%s_Override: %T must be a pointer to a struct embedding %s", iface.Name(), outer, iface.Name())
	}
	s := rv.Elem()
	for i := 0; i < s.NumField(); i++ {
		f := s.Type().Field(i)
		if f.Anonymous && f.Type == iface && s.Field(i).CanSet() {
			s.Field(i).Set(reflect.ValueOf(v))
			if oc, ok := any(outer).(constructs.IConstruct); ok {
				if vc, ok := any(v).(constructs.IConstruct); ok {
					host.Set(vc, oc)
				}
			}
			return
		}
	}
	diag.Panic("", "New%s_Override: %T does not embed %s", iface.Name(), outer, iface.Name())
}
