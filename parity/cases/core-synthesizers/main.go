// Command core-synthesizers is the parity case for the stack synthesizers other than the
// default one, each with the assets that exercise it: CliCredentialsStackSynthesizer
// (default and with a qualifier, bucket prefix and bucket name pattern), the
// LegacyStackSynthesizer (asset parameters in the template), the
// BootstraplessSynthesizer (role ARNs, no assets) and a DefaultStackSynthesizer with a
// qualifier of its own and no bootstrap-version rule. Each asset stack holds a Python
// function whose code is the ./handler directory and a file asset read through its
// S3 URL and object key.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh turns it into
// expected/. Keep the two in step: same ids, same order, same values.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/awsssm"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// assetStack is a stack with a function from ./handler and the same directory as a
// plain asset whose location goes to outputs.
func assetStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	s := awscdk.NewStack(scope, jsii.String(id), props)
	awslambda.NewFunction(s, jsii.String("Fn"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_PYTHON_3_12(),
		Handler: jsii.String("index.handler"),
		Code:    awslambda.Code_FromAsset(jsii.String("handler"), nil),
	})
	a := awss3assets.NewAsset(s, jsii.String("Files"), &awss3assets.AssetProps{Path: jsii.String("handler")})
	awscdk.NewCfnOutput(s, jsii.String("Url"), &awscdk.CfnOutputProps{Value: a.S3ObjectUrl()})
	awscdk.NewCfnOutput(s, jsii.String("Key"), &awscdk.CfnOutputProps{Value: a.S3ObjectKey()})
	awscdk.NewCfnOutput(s, jsii.String("Bucket"), &awscdk.CfnOutputProps{Value: a.S3BucketName()})
	return s
}

func main() {
	app := awscdk.NewApp(nil)
	euWest := &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}

	assetStack(app, "CliStack", &awscdk.StackProps{Synthesizer: awscdk.NewCliCredentialsStackSynthesizer(nil)})
	assetStack(app, "CliOptsStack", &awscdk.StackProps{
		Env: euWest,
		Synthesizer: awscdk.NewCliCredentialsStackSynthesizer(&awscdk.CliCredentialsStackSynthesizerProps{
			Qualifier:            jsii.String("team1"),
			BucketPrefix:         jsii.String("apps/"),
			FileAssetsBucketName: jsii.String("assets-${Qualifier}-${AWS::AccountId}-${AWS::Region}"),
		}),
	})
	assetStack(app, "LegacyStack", &awscdk.StackProps{Synthesizer: awscdk.NewLegacyStackSynthesizer()})
	qualified := assetStack(app, "QualifiedStack", &awscdk.StackProps{
		Env: euWest,
		Synthesizer: awscdk.NewDefaultStackSynthesizer(&awscdk.DefaultStackSynthesizerProps{
			Qualifier:                                jsii.String("team2"),
			GenerateBootstrapVersionRule:             jsii.Bool(false),
			BucketPrefix:                             jsii.String("deploy/"),
			FileAssetPublishingRoleAdditionalOptions: &map[string]interface{}{"Tags": []interface{}{map[string]interface{}{"Key": "purpose", "Value": "assets"}}},
			LookupRoleAdditionalOptions:              &map[string]interface{}{"RoleSessionName": "lookups"},
			DeployRoleAdditionalOptions:              &map[string]interface{}{"Tags": []interface{}{map[string]interface{}{"Key": "team", "Value": "two"}}},
			FileAssetPublishingRoleArn:               jsii.String("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/publisher-${Qualifier}"),
			CloudFormationExecutionRole:              jsii.String("arn:aws:iam::111111111111:role/exec-team2"),
		}),
	})

	// A lookup: its missing-context entry carries the lookup role's options.
	awscdk.NewCfnOutput(qualified, jsii.String("Setting"), &awscdk.CfnOutputProps{
		Value: awsssm.StringParameter_ValueFromLookup(qualified, jsii.String("/team2/setting"), nil, nil),
	})

	bootless := awscdk.NewStack(app, jsii.String("BootlessStack"), &awscdk.StackProps{
		Env: euWest,
		Synthesizer: awscdk.NewBootstraplessSynthesizer(&awscdk.BootstraplessSynthesizerProps{
			DeployRoleArn:                  jsii.String("arn:aws:iam::111111111111:role/deploy"),
			CloudFormationExecutionRoleArn: jsii.String("arn:aws:iam::111111111111:role/exec"),
		}),
	})
	awssqs.NewQueue(bootless, jsii.String("Queue"), &awssqs.QueueProps{VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(60))})

	app.Synth(nil)
}
