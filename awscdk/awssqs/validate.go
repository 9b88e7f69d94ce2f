package awssqs

import (
	"fmt"
	"math"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

// rangeRule is one of aws-cdk-lib's Queue prop validation rules.
type rangeRule struct {
	value    func(p *QueueProps) (float64, bool)
	min, max float64
	message  func(v string) string
}

func durationSeconds(d awscdk.Duration) (float64, bool) {
	if d == nil {
		return 0, false
	}
	s := d.ToSeconds(nil)
	if s == nil || isUnresolved(s) {
		return 0, false
	}
	return *s, true
}

func number(n *float64) (float64, bool) {
	if n == nil || isUnresolved(n) {
		return 0, false
	}
	return *n, true
}

var queueRules = []rangeRule{
	{func(p *QueueProps) (float64, bool) { return durationSeconds(p.DeliveryDelay) }, 0, 900,
		func(v string) string {
			return "delivery delay must be between 0 and 900 seconds, but " + v + " was provided"
		}},
	{func(p *QueueProps) (float64, bool) { return number(p.MaxMessageSizeBytes) }, 1024, 1048576,
		func(v string) string {
			return "maximum message size must be between 1,024 and 1,048,576 bytes, but " + v + " was provided"
		}},
	{func(p *QueueProps) (float64, bool) { return durationSeconds(p.RetentionPeriod) }, 60, 1209600,
		func(v string) string {
			return "message retention period must be between 60 and 1,209,600 seconds, but " + v + " was provided"
		}},
	{func(p *QueueProps) (float64, bool) { return durationSeconds(p.ReceiveMessageWaitTime) }, 0, 20,
		func(v string) string {
			return "receive wait time must be between 0 and 20 seconds, but " + v + " was provided"
		}},
	{func(p *QueueProps) (float64, bool) { return durationSeconds(p.VisibilityTimeout) }, 0, 43200,
		func(v string) string {
			return "visibility timeout must be between 0 and 43,200 seconds, but " + v + " was provided"
		}},
	{func(p *QueueProps) (float64, bool) {
		if p.DeadLetterQueue == nil {
			return 0, false
		}
		return number(p.DeadLetterQueue.MaxReceiveCount)
	}, 1, 9007199254740991,
		func(v string) string {
			return "dead letter target maximum receive count must be 1 or more, but " + v + " was provided"
		}},
}

// validateQueueProps checks the numeric props' ranges, as aws-cdk-lib does,
// reporting every violation in one message.
func validateQueueProps(scope constructs.IConstruct, p *QueueProps) {
	var errs []string
	for _, r := range queueRules {
		v, ok := r.value(p)
		if ok && (v < r.min || v > r.max) {
			errs = append(errs, r.message(jsNumber(v)))
		}
	}
	reportAll(scope, errs)
}

func validateRedriveAllowPolicy(scope constructs.IConstruct, p *RedriveAllowPolicy) {
	var errs []string
	n := -1
	if p.SourceQueues != nil {
		n = len(*p.SourceQueues)
	}
	switch p.RedrivePermission {
	case RedrivePermission_BY_QUEUE:
		if n <= 0 {
			errs = append(errs, "At least one source queue must be specified when RedrivePermission is set to 'byQueue'")
		}
		if n > 10 {
			errs = append(errs, "Up to 10 sourceQueues can be specified. Set RedrivePermission to 'allowAll' to specify more")
		}
	case RedrivePermission_ALLOW_ALL, RedrivePermission_DENY_ALL:
		if n >= 0 {
			errs = append(errs, "sourceQueues cannot be configured when RedrivePermission is set to 'allowAll' or 'denyAll'")
		}
	}
	reportAll(scope, errs)
}

func reportAll(scope constructs.IConstruct, errs []string) {
	if len(errs) == 0 {
		return
	}
	addError(scope, "Queue initialization failed due to the following validation error(s):\n- %s", strings.Join(errs, "\n- "))
}

// jsNumber formats n the way JavaScript's String(n) does for the values
// these messages show.
func jsNumber(n float64) string {
	if n == math.Trunc(n) && math.Abs(n) < 1e21 {
		return fmt.Sprintf("%.0f", n)
	}
	return fmt.Sprint(n)
}
