package awslogsdestinations_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awslogsdestinations"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func function(s awscdk.Stack) awslambda.Function {
	return awslambda.NewFunction(s, jsii.String("Fn"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => {}")),
	})
}

// The twins are testdata/twins.js; regen.sh writes their templates here.
func TestTemplates(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"Lambda": func(s awscdk.Stack) {
			fn := function(s)
			lg := awslogs.NewLogGroup(s, jsii.String("Logs"), nil)
			awslogs.NewSubscriptionFilter(s, jsii.String("Sub"), &awslogs.SubscriptionFilterProps{
				LogGroup: lg, Destination: awslogsdestinations.NewLambdaDestination(fn, nil), FilterPattern: awslogs.FilterPattern_AllEvents(),
			})
			lg.AddSubscriptionFilter(jsii.String("NoPerm"), &awslogs.SubscriptionFilterOptions{
				Destination:   awslogsdestinations.NewLambdaDestination(fn, &awslogsdestinations.LambdaDestinationOptions{AddPermissions: jsii.Bool(false)}),
				FilterPattern: awslogs.FilterPattern_Literal(jsii.String("ERROR")),
			})
		},
		"Kinesis": func(s awscdk.Stack) {
			stream := awskinesis.NewStream(s, jsii.String("Stream"), nil)
			lg := awslogs.NewLogGroup(s, jsii.String("Logs"), nil)
			awslogs.NewSubscriptionFilter(s, jsii.String("Sub"), &awslogs.SubscriptionFilterProps{
				LogGroup: lg, Destination: awslogsdestinations.NewKinesisDestination(stream, nil), FilterPattern: awslogs.FilterPattern_AllEvents(),
			})
			role := awsiam.NewRole(s, jsii.String("Given"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("logs.amazonaws.com"), nil)})
			lg.AddSubscriptionFilter(jsii.String("WithRole"), &awslogs.SubscriptionFilterOptions{
				Destination:   awslogsdestinations.NewKinesisDestination(stream, &awslogsdestinations.KinesisDestinationProps{Role: role}),
				FilterPattern: awslogs.FilterPattern_AllEvents(),
			})
		},
		"Firehose": func(s awscdk.Stack) {
			bucket := awss3.NewBucket(s, jsii.String("Bucket"), nil)
			stream := awskinesisfirehose.NewDeliveryStream(s, jsii.String("Stream"), &awskinesisfirehose.DeliveryStreamProps{
				Destination: awskinesisfirehose.NewS3Bucket(bucket, nil),
			})
			lg := awslogs.NewLogGroup(s, jsii.String("Logs"), nil)
			lg.AddSubscriptionFilter(jsii.String("Sub"), &awslogs.SubscriptionFilterOptions{
				Destination: awslogsdestinations.NewFirehoseDestination(stream, nil), FilterPattern: awslogs.FilterPattern_AllEvents(),
			})
		},
	}
	golden.CheckTemplates(t, cases, nil, nil)
}

// The function in another stack: the permission lands beside the filter.
func TestFunctionInAnotherStack(t *testing.T) {
	golden.CheckApp(t, []string{"FnStack", "LambdaOtherStack"}, func(app awscdk.App) {
		env := &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}
		fn := function(awscdk.NewStack(app, jsii.String("FnStack"), &awscdk.StackProps{Env: env}))
		s := awscdk.NewStack(app, jsii.String("LambdaOtherStack"), &awscdk.StackProps{Env: env})
		lg := awslogs.NewLogGroup(s, jsii.String("Logs"), nil)
		lg.AddSubscriptionFilter(jsii.String("Sub"), &awslogs.SubscriptionFilterOptions{
			Destination: awslogsdestinations.NewLambdaDestination(fn, nil), FilterPattern: awslogs.FilterPattern_AllEvents(),
		})
	}, nil)
}

// A destination without its target reports the mistake at the filter.
func TestMissingTarget(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		lg := awslogs.NewLogGroup(s, jsii.String("Logs"), nil)
		lg.AddSubscriptionFilter(jsii.String("Sub"), &awslogs.SubscriptionFilterOptions{
			Destination: awslogsdestinations.NewKinesisDestination(nil, nil), FilterPattern: awslogs.FilterPattern_AllEvents(),
		})
	})
	if err == nil || !contains(err.Error(), "S/Logs/Sub") || !contains(err.Error(), "KinesisDestination needs a stream") {
		t.Fatalf("want an error naming S/Logs/Sub, got %v", err)
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
