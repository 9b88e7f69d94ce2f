package awsapplicationautoscaling

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

// throw stops with a mistake about construct c, as an aws-cdk-lib
// ValidationError thrown from a constructor or method does.
func throw(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

func str(s string) *string { return &s }

// seconds is d in seconds, or nil.
func seconds(d awscdk.Duration) *float64 {
	if d == nil {
		return nil
	}
	return d.ToSeconds(nil)
}

// jsNum formats a number the way JavaScript's String(n) does for the
// values that reach messages here.
func jsNum(f *float64) string {
	if f == nil {
		return "undefined"
	}
	v := *f
	switch {
	case math.IsInf(v, 1):
		return "Infinity"
	case math.IsInf(v, -1):
		return "-Infinity"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// unitName is the CloudWatch name of a unit ("Bytes/Second"), as
// aws-cdk-lib's Unit enum values are.
func unitName(u awscloudwatch.Unit) *string {
	if u == "" {
		return nil
	}
	s := string(u)
	per := strings.HasSuffix(s, "_PER_SECOND")
	s = strings.TrimSuffix(s, "_PER_SECOND")
	s = s[:1] + strings.ToLower(s[1:])
	if per {
		s += "/Second"
	}
	return &s
}

// cfnDate renders a time as aws-cdk-lib renders a Date property: UTC, to
// the second.
func cfnDate(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

// anyProducer adapts a func to awscdk.IAnyProducer.
type anyProducer func() interface{}

func (f anyProducer) Produce(awscdk.IResolveContext) interface{} { return f() }
