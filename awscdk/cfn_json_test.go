package awscdk_test

import (
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// TestCfnJsonMatchesAwsCdkLib is the program of twins/cfn_json.js.
func TestCfnJsonMatchesAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, nil)
	for _, c := range []struct {
		id  string
		env *awscdk.Environment
	}{{"JsonStack", nil}, {"JsonRegional", &awscdk.Environment{Region: jsii.String("eu-west-1"), Account: jsii.String("123456789012")}}} {
		stack := awscdk.NewStack(app, jsii.String(c.id), &awscdk.StackProps{Env: c.env})
		topic := awscdk.NewCfnResource(stack, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
		// aws-cdk-lib keeps the twin's key order; a Go map reaches it sorted,
		// so the twin writes its keys in that order.
		json := awscdk.NewCfnJson(stack, jsii.String("Json"), &awscdk.CfnJsonProps{Value: map[string]interface{}{
			*topic.Ref() + ":key": "v",
			"Static":              map[string]interface{}{"a": 1, "b": []interface{}{true, "x"}},
			"Arn":                 topic.GetAtt(jsii.String("TopicArn"), ""),
		}})
		second := awscdk.NewCfnJson(stack, jsii.String("Second"), &awscdk.CfnJsonProps{Value: map[string]interface{}{"Plain": "value"}})
		awscdk.NewCfnResource(stack, jsii.String("User"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic"), Properties: &map[string]interface{}{
			"Tags":        []interface{}{map[string]interface{}{"Key": "k", "Value": awscdk.Token_AsString(json, nil)}},
			"DisplayName": second.Value().ToString(),
		}})
		awscdk.NewCfnOutput(stack, jsii.String("Out"), &awscdk.CfnOutputProps{Value: awscdk.Token_AsString(json, nil)})
		awscdk.NewCfnOutput(stack, jsii.String("JsonString"), &awscdk.CfnOutputProps{Value: jsii.String(`"` + *json.ToJSON() + `"`)})
	}
	app.Synth(nil)
	for _, id := range []string{"JsonStack", "JsonRegional"} {
		sameModuloCode(t, outdir, filepath.Join("testdata/expected/cfn_json"), id)
	}
}
