package awscdk_test

import (
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

// TestPropertyOverridesLandInSchemaOrder is the program of
// twins/property_overrides.js: an override of a property the schema knows
// takes that property's place, nested too; unknown keys come last; with no
// property set, the overrides keep their own order.
func TestPropertyOverridesLandInSchemaOrder(t *testing.T) {
	app, outdir := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("Overrides"), nil)

	q := awssqs.NewCfnQueue(s, jsii.String("Queue"), &awssqs.CfnQueueProps{DelaySeconds: jsii.Number(5)})
	q.AddPropertyOverride(jsii.String("VisibilityTimeout"), 30)
	q.AddPropertyOverride(jsii.String("Unknown"), 1)
	awscdk.Validations_Of(q).Acknowledge(&awscdk.Acknowledgment{Id: jsii.String("CloudFormation-Validate::F3002"), Reason: jsii.String("an unknown key on purpose")})
	q.AddPropertyOverride(jsii.String("FifoQueue"), true)
	q.AddPropertyOverride(jsii.String("ContentBasedDeduplication"), true)

	e := awssqs.NewCfnQueue(s, jsii.String("Empty"), nil)
	e.AddPropertyOverride(jsii.String("VisibilityTimeout"), 30)
	e.AddPropertyOverride(jsii.String("DelaySeconds"), 1)

	b := awss3.NewCfnBucket(s, jsii.String("Bucket"), &awss3.CfnBucketProps{
		BucketName:           jsii.String("bucket-b"),
		LoggingConfiguration: &awss3.CfnBucket_LoggingConfigurationProperty{LogFilePrefix: jsii.String("logs/")},
		Tags:                 &[]*awscdk.CfnTag{{Key: jsii.String("k"), Value: jsii.String("v")}},
	})
	b.AddPropertyOverride(jsii.String("LoggingConfiguration.DestinationBucketName"), "dest")
	b.AddOverride(jsii.String("Properties.AccelerateConfiguration.AccelerationStatus"), "Enabled")
	b.AddPropertyOverride(jsii.String("VersioningConfiguration.Status"), "Enabled")
	b.AddPropertyOverride(jsii.String("AbacStatus"), "Enabled")

	tagged := awssqs.NewCfnQueue(s, jsii.String("Tagged"), &awssqs.CfnQueueProps{QueueName: jsii.String("q")})
	awscdk.Tags_Of(tagged).Add(jsii.String("team"), jsii.String("blue"), nil)
	tagged.AddPropertyOverride(jsii.String("DelaySeconds"), 2)
	app.Synth(nil)
	sameFile(t, filepath.Join(outdir, "Overrides.template.json"), "testdata/expected/property_overrides/Overrides.template.json")
}
