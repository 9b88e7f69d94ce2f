package awss3notifications

import "reflect"

func str(s string) *string { return &s }

func boolp(b bool) *bool { return &b }

func isTrue(b *bool) bool { return b != nil && *b }

func strs(xs ...string) *[]*string {
	out := make([]*string, len(xs))
	for i := range xs {
		out[i] = str(xs[i])
	}
	return &out
}

// isNil reports whether an interface value is nil or holds a nil pointer.
func isNil(v interface{}) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Ptr, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func:
		return rv.IsNil()
	}
	return false
}
