package awseventstargets_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Firehose stack in testdata/twins.js.
func init() {
	templateCases["Firehose"] = func(s awscdk.Stack) {
		ds := awskinesisfirehose.NewDeliveryStream(s, jsii.String("Stream"), &awskinesisfirehose.DeliveryStreamProps{
			Destination: awskinesisfirehose.NewS3Bucket(awss3.NewBucket(s, jsii.String("Bucket"), nil), nil)})
		every5(s, "Rule").AddTarget(awseventstargets.NewFirehoseDeliveryStream(ds, &awseventstargets.FirehoseDeliveryStreamProps{
			Message: awsevents.RuleTargetInput_FromText(jsii.String("hello"))}))
		every5(s, "Again").AddTarget(awseventstargets.NewFirehoseDeliveryStream(ds, nil))
		imported := awskinesisfirehose.DeliveryStream_FromDeliveryStreamName(s, jsii.String("Imported"), jsii.String("imported"))
		every5(s, "ToImported").AddTarget(awseventstargets.NewFirehoseDeliveryStream(imported, nil))
	}
}
