package assertions_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

// The package keeps no state between templates, matchers and captures:
// parallel tests (run with -race) share nothing.
func TestParallelAssertions(t *testing.T) {
	src := readTestdata(t, "template.json")
	shared := assertions.Template_FromString(jsii.String(src), nil)
	for i := 0; i < 16; i++ {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			own := assertions.Template_FromString(jsii.String(src), nil)
			for _, tmpl := range []assertions.Template{shared, own} {
				c := assertions.NewCapture(nil)
				tmpl.HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
					"DelaySeconds": assertions.Match_Not(jsii.Number(99)),
					"QueueName":    c,
				})
				if *c.AsString() == "" {
					t.Error("empty capture")
				}
				if _, failed := failure(func() {
					tmpl.HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{"DelaySeconds": 99})
				}); !failed {
					t.Error("a wrong assertion passed")
				}
				tmpl.AllResourcesProperties(jsii.String("AWS::IAM::Policy"), map[string]interface{}{
					"PolicyDocument": map[string]interface{}{"Statement": assertions.Match_ArrayWith(&[]interface{}{
						assertions.Match_ObjectLike(&map[string]interface{}{"Resource": "*"}),
					})},
				})
			}
		})
	}
}
