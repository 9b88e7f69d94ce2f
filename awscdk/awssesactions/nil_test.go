package awssesactions_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsses"
	"github.com/strata-cdk/strata/awscdk/awssesactions"
	"github.com/strata-cdk/strata/jsii"
)

// An action missing its required target fails when bound, naming the rule,
// instead of crashing; the ones without required props work with nil.
func TestNilProps(t *testing.T) {
	failing := map[string]awsses.IReceiptRuleAction{
		"Bounce": awssesactions.NewBounce(nil),
		"Lambda": awssesactions.NewLambda(nil),
		"S3":     awssesactions.NewS3(nil),
		"Sns":    awssesactions.NewSns(nil),
	}
	for name, a := range failing {
		t.Run(name, func(t *testing.T) {
			err := synthErr(t, func(app awscdk.App) {
				s := awscdk.NewStack(app, jsii.String("S"), nil)
				awsses.NewReceiptRuleSet(s, jsii.String("RS"), nil).AddRule(jsii.String("R"), &awsses.ReceiptRuleOptions{Actions: &[]awsses.IReceiptRuleAction{a}})
			})
			if err == nil || !strings.Contains(err.Error(), "S/RS/R") {
				t.Fatalf("want an error naming S/RS/R, got %v", err)
			}
		})
	}
	err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		awsses.NewReceiptRuleSet(s, jsii.String("RS"), nil).AddRule(jsii.String("R"), &awsses.ReceiptRuleOptions{Actions: &[]awsses.IReceiptRuleAction{
			awssesactions.NewStop(nil), awssesactions.NewWorkMail(nil),
		}})
	})
	if err != nil {
		t.Fatal(err)
	}
	if p := awssesactions.BounceTemplate_MAILBOX_FULL().Props(); *p.SmtpReplyCode != "552" || *p.StatusCode != "5.2.2" {
		t.Errorf("MAILBOX_FULL: %+v", p)
	}
}
