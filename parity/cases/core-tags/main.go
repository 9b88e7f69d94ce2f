// Command core-tags is the parity case for tags on resources: the taggable L1s of the core
// package (CfnStack, CfnStackSet) get tags from Tags_Of with priorities, removals and
// include/exclude resource types, merged with the tags given in their props and set on
// their tag managers directly; two tag managers of the program's own render into raw
// CfnResources; stack tags go to the manifest only (explicitStackTags).
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh turns it into
// expected/. Keep the two in step: same ids, same order, same values.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	stack := awscdk.NewStack(app, jsii.String("TagsStack"), &awscdk.StackProps{
		Description: jsii.String("Strata parity: tags through tag managers"),
		Tags:        &map[string]*string{"owner": jsii.String("platform")},
	})

	nested := awscdk.NewCfnStack(stack, jsii.String("Nested"), &awscdk.CfnStackProps{
		Parameters: map[string]string{"Size": "small", "Env": "dev"},
		Tags: &[]*awscdk.CfnTag{
			{Key: jsii.String("origin"), Value: jsii.String("props")},
			{Key: jsii.String("project"), Value: jsii.String("from-props")},
		},
		TemplateUrl:      jsii.String("https://s3.amazonaws.com/strata-parity/nested.json"),
		TimeoutInMinutes: jsii.Number(10),
	})
	fleet := awscdk.NewCfnStackSet(stack, jsii.String("Fleet"), &awscdk.CfnStackSetProps{
		PermissionModel: jsii.String("SELF_MANAGED"),
		StackSetName:    jsii.String("strata-fleet"),
		Capabilities:    jsii.Strings("CAPABILITY_IAM"),
		Description:     jsii.String("Fleet of parity stacks"),
		TemplateUrl:     jsii.String("https://s3.amazonaws.com/strata-parity/fleet.json"),
	})
	awscdk.NewCfnWaitConditionHandle(stack, jsii.String("Handle"), nil)

	group := constructs.NewConstruct(stack, jsii.String("Group"))
	inner := awscdk.NewCfnStack(group, jsii.String("Inner"), &awscdk.CfnStackProps{
		TemplateUrl: jsii.String("https://s3.amazonaws.com/strata-parity/inner.json"),
	})

	// A tag manager of its own, rendered into a raw resource's properties.
	widgetTags := awscdk.NewTagManager(awscdk.TagType_KEY_VALUE, jsii.String("AWS::SNS::Topic"),
		map[string]string{"zone": "a"}, nil)
	widgetTags.SetTag(jsii.String("team"), jsii.String("core"), nil, nil)
	widgetTags.SetTag(jsii.String("zone"), jsii.String("b"), jsii.Number(50), nil)
	widgetTags.SetTag(jsii.String("zone"), jsii.String("c"), jsii.Number(10), nil)
	awscdk.NewCfnResource(stack, jsii.String("Topic"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SNS::Topic"),
		Properties: &map[string]interface{}{
			"Tags":      widgetTags.RenderedTags(),
			"TopicName": "strata-tags",
		},
	})
	mapTags := awscdk.NewTagManager(awscdk.TagType_MAP, jsii.String("AWS::SSM::Parameter"),
		&map[string]*string{"a": jsii.String("1"), "b": jsii.String("2")}, nil)
	mapTags.RemoveTag(jsii.String("a"), jsii.Number(0))
	value := "untagged"
	if *mapTags.HasTags() {
		value = "tagged"
	}
	awscdk.NewCfnResource(stack, jsii.String("Param"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SSM::Parameter"),
		Properties: &map[string]interface{}{
			"Tags":  mapTags.RenderedTags(),
			"Type":  "String",
			"Value": value,
		},
	})

	nested.Tags().SetTag(jsii.String("direct"), jsii.String("set"), jsii.Number(100), jsii.Bool(true))
	inner.Tags().RemoveTag(jsii.String("origin"), jsii.Number(0))
	if *awscdk.TagManager_IsTaggable(fleet) {
		awscdk.TagManager_Of(fleet).SetTag(jsii.String("fleet"), jsii.String("yes"), nil, nil)
	}

	awscdk.Tags_Of(app).Add(jsii.String("project"), jsii.String("strata"), nil)
	awscdk.Tags_Of(app).Add(jsii.String("cost-center"), jsii.String("1234"), &awscdk.TagProps{Priority: jsii.Number(50)})
	awscdk.Tags_Of(group).Add(jsii.String("cost-center"), jsii.String("5678"), &awscdk.TagProps{Priority: jsii.Number(10)})
	awscdk.Tags_Of(group).Add(jsii.String("tier"), jsii.String("inner"), nil)
	awscdk.Tags_Of(stack).Add(jsii.String("backup"), jsii.String("daily"), &awscdk.TagProps{
		IncludeResourceTypes: jsii.Strings("AWS::CloudFormation::StackSet"),
	})
	awscdk.Tags_Of(stack).Add(jsii.String("nested"), jsii.String("yes"), &awscdk.TagProps{
		ExcludeResourceTypes: jsii.Strings("AWS::CloudFormation::StackSet"),
	})
	awscdk.Tags_Of(group).Remove(jsii.String("project"), nil)
	awscdk.Tags_Of(nested).Remove(jsii.String("nested"), &awscdk.TagProps{Priority: jsii.Number(300)})
	awscdk.Tags_Of(stack).Add(jsii.String("stack-only"), jsii.String("yes"), &awscdk.TagProps{
		IncludeResourceTypes: jsii.Strings("aws:cdk:stack"),
	})

	app.Synth(nil)
}
