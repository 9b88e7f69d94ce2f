package awsses_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsses"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

const dropSpamFunction = "SingletonLambda224e77f9a32e4b4dac32983477abba164533EA15"

func dropSpam(s awscdk.Stack) {
	awsses.NewReceiptRuleSet(s, jsii.String("RuleSet"), &awsses.ReceiptRuleSetProps{Rules: &[]*awsses.ReceiptRuleOptions{{Recipients: jsii.Strings("x@example.com")}}})
	other := awsses.NewReceiptRuleSet(s, jsii.String("Other"), &awsses.ReceiptRuleSetProps{DropSpam: jsii.Bool(true)})
	other.AddRule(jsii.String("First"), nil)
	other.AddRule(jsii.String("Last"), nil)
}

// ourHandler puts the asset key of Strata's drop-spam handler where
// aws-cdk-lib's template has its own: the one place the templates differ.
func ourHandler(t *testing.T, want, got []byte) []byte {
	key := func(b []byte) string {
		var doc struct {
			Resources map[string]struct {
				Properties struct{ Code struct{ S3Key string } }
			}
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		return doc.Resources[dropSpamFunction].Properties.Code.S3Key
	}
	theirs, ours := key(want), key(got)
	if theirs == "" || ours == "" {
		t.Fatalf("no asset key for the drop-spam function (theirs %q, ours %q)", theirs, ours)
	}
	return []byte(strings.ReplaceAll(string(want), theirs, ours))
}

func TestDropSpam(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(awscdk.Stack){"DropSpam": dropSpam}, nil, ourHandler)
}
