package awslambdadestinations_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslambdadestinations"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func fn(s awscdk.Stack, id string, p *awslambda.FunctionProps) awslambda.Function {
	if p == nil {
		p = &awslambda.FunctionProps{}
	}
	p.Runtime, p.Handler = awslambda.Runtime_NODEJS_22_X(), jsii.String("index.handler")
	p.Code = awslambda.Code_FromInline(jsii.String(`exports.handler = async () => "hello";`))
	return awslambda.NewFunction(s, jsii.String(id), p)
}

// The Go twins of the stacks in testdata/twins.js.
func TestDestinationTemplates(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"Destinations": func(s awscdk.Stack) {
			q := awssqs.NewQueue(s, jsii.String("Q"), nil)
			tp := awssns.NewTopic(s, jsii.String("T"), nil)
			b := awss3.NewBucket(s, jsii.String("B"), nil)
			bus := awsevents.NewEventBus(s, jsii.String("Bus"), nil)
			target := fn(s, "Target", nil)
			fn(s, "ToQueueAndTopic", &awslambda.FunctionProps{OnFailure: awslambdadestinations.NewSqsDestination(q), OnSuccess: awslambdadestinations.NewSnsDestination(tp)})
			fn(s, "ToBucketAndBus", &awslambda.FunctionProps{OnFailure: awslambdadestinations.NewS3Destination(b), OnSuccess: awslambdadestinations.NewEventBridgeDestination(bus)})
			fn(s, "ToDefaultBus", &awslambda.FunctionProps{OnSuccess: awslambdadestinations.NewEventBridgeDestination(nil), MaxEventAge: awscdk.Duration_Minutes(jsii.Number(10))})
			fn(s, "ToFunction", &awslambda.FunctionProps{OnSuccess: awslambdadestinations.NewLambdaDestination(target, nil)})
			only := &awslambdadestinations.LambdaDestinationOptions{ResponseOnly: jsii.Bool(true)}
			fn(s, "ResponseOnly", &awslambda.FunctionProps{OnSuccess: awslambdadestinations.NewLambdaDestination(target, only),
				OnFailure: awslambdadestinations.NewLambdaDestination(target, only)})
			v := fn(s, "Versioned", nil).CurrentVersion()
			awslambda.NewAlias(s, jsii.String("Live"), &awslambda.AliasProps{AliasName: jsii.String("live"), Version: v, OnFailure: awslambdadestinations.NewSqsDestination(q)})
		},
	}, nil, nil)
}
