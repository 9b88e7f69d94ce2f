// Command core-langext is the parity case for the intrinsics that need CloudFormation's
// AWS::LanguageExtensions transform: Fn_Len, Fn_ToJsonString and Fn_FindInMap (or
// CfnMapping.FindInMap) with a default value, which add the transform to the template on
// their own.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh turns it into
// expected/. Keep the two in step: same ids, same order, same values.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("LangExtStack"), &awscdk.StackProps{
		Description: jsii.String("Strata parity: intrinsics of the AWS::LanguageExtensions transform"),
	})

	names := awscdk.NewCfnParameter(stack, jsii.String("Names"), &awscdk.CfnParameterProps{
		Default: jsii.String("alpha,beta"),
		Type:    jsii.String("CommaDelimitedList"),
	})
	settings := awscdk.NewCfnMapping(stack, jsii.String("Settings"), &awscdk.CfnMappingProps{
		Mapping: &map[string]*map[string]interface{}{
			"us-east-1": {"tier": "gold", "size": "large"},
			"eu-west-1": {"tier": "silver", "size": "medium"},
		},
	})

	awscdk.NewCfnResource(stack, jsii.String("Queue"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SQS::Queue"),
		Properties: &map[string]interface{}{
			"DelaySeconds":      awscdk.Fn_Len(names.ValueAsList()),
			"VisibilityTimeout": awscdk.Fn_Len(jsii.Strings("a", "b", "c")),
		},
	})
	values := []struct {
		name  string
		value *string
	}{
		{"NamesJson", awscdk.Fn_ToJsonString(names.ValueAsList())},
		{"WhereJson", awscdk.Fn_ToJsonString(map[string]*string{
			"stack":  awscdk.Aws_STACK_NAME(),
			"region": awscdk.Aws_REGION(),
		})},
		{"Tier", awscdk.Fn_FindInMap(jsii.String("Settings"), awscdk.Aws_REGION(), jsii.String("tier"), jsii.String("bronze"))},
		{"Size", settings.FindInMap(awscdk.Aws_REGION(), jsii.String("size"), jsii.String("small"))},
	}
	for _, v := range values {
		awscdk.NewCfnResource(stack, jsii.String(v.name), &awscdk.CfnResourceProps{
			Type:       jsii.String("AWS::SSM::Parameter"),
			Properties: &map[string]interface{}{"Type": "String", "Value": v.value},
		})
	}

	app.Synth(nil)
}
