// Command cfn-include is the parity case for cloudformationinclude: an existing YAML
// template with parameters, a condition (on a resource and in Fn::If), a mapping, Fn::Sub
// and Fn::GetAtt, an output reading a nested stack's output, and a nested stack loaded with
// LoadNestedStacks, included twice: once keeping its logical IDs (a parameter replaced, the
// bucket and the nested function changed through their typed L1s, a new resource referencing
// an included one) and once with PreserveLogicalIds false.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh turns it into
// expected/. Keep the two in step: same ids, same order, same values.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/cloudformationinclude"
	"github.com/strata-cdk/strata/jsii"
)

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)

	kept := awscdk.NewStack(app, jsii.String("IncludedStack"), nil)
	tmpl := cloudformationinclude.NewCfnInclude(kept, jsii.String("Template"), &cloudformationinclude.CfnIncludeProps{
		TemplateFile: jsii.String("templates/main.yaml"),
		Parameters:   &map[string]interface{}{"RetentionDays": 14},
		LoadNestedStacks: &map[string]*cloudformationinclude.CfnIncludeProps{
			"Worker": {TemplateFile: jsii.String("templates/worker.yaml")},
		},
	})
	bucket := tmpl.GetResource(jsii.String("Data")).(awss3.CfnBucket)
	bucket.SetBucketName(jsii.String("included-data"))
	worker := tmpl.GetNestedStack(jsii.String("Worker"))
	fn := worker.IncludedTemplate.GetResource(jsii.String("Fn")).(awslambda.CfnFunction)
	fn.SetTimeout(jsii.Number(30))
	awssqs.NewCfnQueue(kept, jsii.String("DeadLetters"), &awssqs.CfnQueueProps{
		QueueName: awscdk.Fn_Join(jsii.String("-"), &[]*string{bucket.Ref(), jsii.String("dlq")}),
	})
	awscdk.NewCfnOutput(kept, jsii.String("Stage"), &awscdk.CfnOutputProps{
		Value: tmpl.GetParameter(jsii.String("Stage")).ValueAsString(),
	})

	renamed := awscdk.NewStack(app, jsii.String("RenamedStack"), nil)
	cloudformationinclude.NewCfnInclude(renamed, jsii.String("Template"), &cloudformationinclude.CfnIncludeProps{
		TemplateFile:       jsii.String("templates/main.yaml"),
		PreserveLogicalIds: jsii.Bool(false),
		LoadNestedStacks: &map[string]*cloudformationinclude.CfnIncludeProps{
			"Worker": {TemplateFile: jsii.String("templates/worker.yaml"), PreserveLogicalIds: jsii.Bool(false)},
		},
	})

	app.Synth(nil)
}
