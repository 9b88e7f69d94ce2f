package cli

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

// The impact table joins the three sources: a resource only drifted shows
// up too, a new one has no drift, and the change set's verdict may differ
// from strata's prediction.
func TestRenderImpact(t *testing.T) {
	d := toolkit.StackDiff{
		Stack:         &toolkit.Stack{Template: map[string]interface{}{}},
		ChangeSetMade: true,
		Template: []templatediff.ResourceChange{
			{LogicalID: "Q", Type: "AWS::SQS::Queue", Kind: templatediff.Modified, ConstructPath: "S/Q/Resource", Replacement: "always",
				Properties: []templatediff.PropertyChange{{Name: "QueueName"}}},
			{LogicalID: "New", Type: "AWS::SNS::Topic", Kind: templatediff.Added},
		},
		ChangeSet: []deploy.ChangeSetResource{
			{LogicalID: "Q", Type: "AWS::SQS::Queue", Action: "Modify", Replacement: "Conditional"},
			{LogicalID: "New", Type: "AWS::SNS::Topic", Action: "Add"},
		},
	}
	drift := stackDrifts{byID: map[string]deploy.ResourceDrift{
		"Q":    {LogicalID: "Q", Type: "AWS::SQS::Queue", Status: "IN_SYNC"},
		"Role": {LogicalID: "Role", Type: "AWS::IAM::Role", Status: "MODIFIED"},
	}}
	var b strings.Builder
	if !renderImpact(&b, d, drift) {
		t.Error("changes not reported")
	}
	for _, row := range []string{
		"│ ~ │ Q (Q)    │ AWS::SQS::Queue │ modified: QueueName │ replace   │ may be replaced │ in sync  │",
		"│ + │ New      │ AWS::SNS::Topic │ added               │ create    │ create          │ -        │",
		"│   │ Role     │ AWS::IAM::Role  │ no change           │ -         │ no change       │ modified │",
	} {
		if !strings.Contains(b.String(), row) {
			t.Errorf("table lacks\n%s\n%s", row, b.String())
		}
	}
}
