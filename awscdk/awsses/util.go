package awsses

import (
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
)

type anyProducer func() interface{}

func (p anyProducer) Produce() interface{} { return p() }

type stringProducer func() *string

func (p stringProducer) Produce() *string { return p() }

func itoa(i int) string { return strconv.Itoa(i) }

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// obj is an ordered object of the key/value pairs whose value is set.
func obj(kv ...interface{}) *ojson.Object {
	o := ojson.New()
	for i := 0; i+1 < len(kv); i += 2 {
		if p, ok := kv[i+1].(*string); ok && p == nil {
			continue
		}
		if kv[i+1] == nil {
			continue
		}
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}
