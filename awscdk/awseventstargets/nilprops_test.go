package awseventstargets_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/jsii"
)

// A target made from nil is a clear error naming the rule, not a Go panic
// trace (synthErr fails the test on a non-user panic).
func TestNilTargetsAreUserErrors(t *testing.T) {
	for name, target := range map[string]awsevents.IRuleTarget{
		"KinesisStream":  awseventstargets.NewKinesisStream(nil, nil),
		"ApiDestination": awseventstargets.NewApiDestination(nil, nil),
		"ApiGateway":     awseventstargets.NewApiGateway(nil, nil),
		"ApiGatewayV2":   awseventstargets.NewApiGatewayV2(nil, nil),
		"CodeBuild":      awseventstargets.NewCodeBuildProject(nil, nil),
		"CodePipeline":   awseventstargets.NewCodePipeline(nil, nil),
		"Firehose":       awseventstargets.NewKinesisFirehoseStream(nil, nil),
		"FirehoseV2":     awseventstargets.NewKinesisFirehoseStreamV2(nil, nil),
		"BatchJob":       awseventstargets.NewBatchJob(nil, nil, nil, nil, nil),
		"RedshiftQuery":  awseventstargets.NewRedshiftQuery(nil, nil),
		"LogGroup":       awseventstargets.NewCloudWatchLogGroup(nil, nil),
	} {
		target := target
		t.Run(name, func(t *testing.T) {
			if err := synthErr(t, func(app awscdk.App) { every5(awscdk.NewStack(app, jsii.String("S"), nil), "R").AddTarget(target) }); err == nil {
				t.Fatal("want an error")
			}
		})
	}
}
