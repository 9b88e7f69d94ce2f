package awsautoscaling

import (
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

func str(s string) *string   { return &s }
func num(f float64) *float64 { return &f }
func boolp(b bool) *bool     { return &b }
func truthy(b *bool) bool    { return b != nil && *b }

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

// addError records a mistake about construct c; synthesis reports it with
// the others, naming c's path.
func addError(c constructs.IConstruct, format string, args ...interface{}) {
	l2.AddError(c, format, args...)
}

// throw stops with a mistake about construct c, as an aws-cdk-lib
// ValidationError thrown from a constructor or method does.
func throw(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

// jsNum renders a number as JavaScript's template strings do.
func jsNum(f *float64) string {
	if f == nil {
		return "undefined"
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

// seconds is d in whole seconds, nil for no duration.
func seconds(d awscdk.Duration) *float64 {
	if d == nil {
		return nil
	}
	return d.ToSeconds(nil)
}

// secondsString is d in seconds as a string (Cooldown props are strings).
func secondsString(d awscdk.Duration) *string {
	if d == nil {
		return nil
	}
	return awscdk.Tokenization_StringifyNumber(d.ToSeconds(nil))
}

type stringProducer func() *string

func (p stringProducer) Produce() *string { return p() }

type anyProducer func() interface{}

func (p anyProducer) Produce() interface{} { return p() }

type listProducer func() *[]*string

func (p listProducer) Produce() *[]*string { return p() }

// optBool keeps an unset *bool out of an interface{} L1 field (where a
// typed nil would not be "unset").
func optBool(b *bool) interface{} {
	if b == nil {
		return nil
	}
	return *b
}
