package bench20

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

// assertStack makes ten assertions on the stack's template.
func assertStack(t *testing.T, i int) {
	app := awscdk.NewApp(nil)
	template := assertions.Template_FromStack(NewStack(app, fmt.Sprintf("Bench%d", i)), nil)

	template.ResourceCountIs(jsii.String("AWS::SQS::Queue"), jsii.Number(10))
	template.ResourceCountIs(jsii.String("AWS::SNS::Topic"), jsii.Number(10))
	template.HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{"VisibilityTimeout": 300})
	template.HasResourceProperties(jsii.String("AWS::SNS::Topic"), map[string]interface{}{"DisplayName": "topic 9"})
	template.HasResource(jsii.String("AWS::SQS::Queue"), map[string]interface{}{"DeletionPolicy": "Delete"})
	template.AllResources(jsii.String("AWS::SQS::Queue"), map[string]interface{}{"UpdateReplacePolicy": "Delete"})
	template.AllResourcesProperties(jsii.String("AWS::SNS::Topic"), map[string]interface{}{
		"DisplayName": assertions.Match_StringLikeRegexp(jsii.String("^topic [0-9]$")),
	})
	template.ResourcePropertiesCountIs(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"VisibilityTimeout": assertions.Match_AnyValue(),
	}, jsii.Number(10))
	if n := len(*template.FindResources(jsii.String("AWS::SNS::Topic"), nil)); n != 10 {
		t.Errorf("found %d topics, want 10", n)
	}
	template.TemplateMatches(map[string]interface{}{
		"Parameters": map[string]interface{}{"BootstrapVersion": assertions.Match_AnyValue()},
	})
}

func TestStack(t *testing.T) { assertStack(t, 0) }

// TestParallel runs 20 such tests at once, each on its own App.
func TestParallel(t *testing.T) {
	for i := 0; i < 20; i++ {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			assertStack(t, i)
		})
	}
}
