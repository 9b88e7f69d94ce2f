package awsec2

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// A TCP or UDP rule whose FromPort is above its ToPort is rejected by EC2.
// aws-cdk-lib reports it at synthesis through its CloudFormation rules
// (E9002): an error that fails `go run .`, a warning under the CDK CLI's
// context (@aws-cdk/core:failSynthOnValidationErrors false). Strata does
// the same for the rules its security groups write.

func portRangeProblem(proto *string, from, to *float64) string {
	switch deref(proto) {
	case "tcp", "udp", "6", "17":
	default:
		return ""
	}
	if from == nil || to == nil || isUnresolved(from) || isUnresolved(to) || *from <= *to {
		return ""
	}
	return fmt.Sprintf("FromPort %s is greater than ToPort %s", renderPort(from), renderPort(to))
}

func reportPortRanges(c constructs.IConstruct, problems func() []string) {
	c.Node().AddValidation(l2.Validation(func() []string {
		ps := problems()
		if len(ps) == 0 {
			return nil
		}
		if v, ok := c.Node().TryGetContext(str("@aws-cdk/core:failSynthOnValidationErrors")).(bool); ok && !v {
			for _, p := range ps {
				awscdk.Annotations_Of(c).AddWarningV2(str("CloudFormation-Validate::E9002"), str(p))
			}
			return nil
		}
		return ps
	}))
}
