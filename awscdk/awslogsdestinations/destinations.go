package awslogsdestinations

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// LambdaDestinationOptions are the options of NewLambdaDestination.
type LambdaDestinationOptions struct {
	// AddPermissions, unless false, lets CloudWatch Logs invoke the function
	// for this log group and makes the subscription filter wait for it.
	AddPermissions *bool `field:"optional" json:"addPermissions" yaml:"addPermissions"`
}

// LambdaDestination sends a log group's events to a Lambda function.
type LambdaDestination interface {
	awslogs.ILogSubscriptionDestination
}

type lambdaDestination struct {
	fn      awslambda.IFunction
	options LambdaDestinationOptions
}

// NewLambdaDestination sends the events to fn.
func NewLambdaDestination(fn awslambda.IFunction, options *LambdaDestinationOptions) LambdaDestination {
	d := &lambdaDestination{fn: fn}
	if options != nil {
		d.options = *options
	}
	return d
}

// NewLambdaDestination_Override initializes l, a Go type that embeds
// LambdaDestination.
func NewLambdaDestination_Override(l LambdaDestination, fn awslambda.IFunction, options *LambdaDestinationOptions) {
	l2.Override(l, NewLambdaDestination(fn, options))
}

func (d *lambdaDestination) Bind(scope constructs.Construct, sourceLogGroup interfacesawslogs.ILogGroupRef) *awslogs.LogSubscriptionDestinationConfig {
	if d.fn == nil {
		l2.Throw(scope, "LambdaDestination needs a function")
		return &awslogs.LogSubscriptionDestinationConfig{}
	}
	if d.options.AddPermissions == nil || *d.options.AddPermissions {
		const permissionID = "CanInvokeLambda"
		d.fn.AddPermission(jsii.String(permissionID), &awslambda.Permission{
			Principal: awsiam.NewServicePrincipal(jsii.String("logs.amazonaws.com"), nil),
			SourceArn: sourceLogGroup.LogGroupRef().LogGroupArn,
			Scope:     scope,
		})
		// The permission lands under scope when the function belongs to
		// another stack; the filter must wait for it either way it exists.
		if p := scope.Node().TryFindChild(jsii.String(permissionID)); p != nil {
			scope.Node().AddDependency(p)
		}
	}
	return &awslogs.LogSubscriptionDestinationConfig{Arn: d.fn.FunctionArn()}
}

// KinesisDestinationProps are the props of NewKinesisDestination.
type KinesisDestinationProps struct {
	// Role CloudWatch Logs assumes to put records; default: one made
	// under the subscription filter's scope (shared by its destinations).
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
}

// KinesisDestination sends a log group's events to a Kinesis data stream.
type KinesisDestination interface {
	awslogs.ILogSubscriptionDestination
}

type kinesisDestination struct {
	stream awskinesis.IStream
	props  KinesisDestinationProps
}

// NewKinesisDestination sends the events to stream.
func NewKinesisDestination(stream awskinesis.IStream, props *KinesisDestinationProps) KinesisDestination {
	d := &kinesisDestination{stream: stream}
	if props != nil {
		d.props = *props
	}
	return d
}

// NewKinesisDestination_Override initializes k, a Go type that embeds
// KinesisDestination.
func NewKinesisDestination_Override(k KinesisDestination, stream awskinesis.IStream, props *KinesisDestinationProps) {
	l2.Override(k, NewKinesisDestination(stream, props))
}

func (d *kinesisDestination) Bind(scope constructs.Construct, _ interfacesawslogs.ILogGroupRef) *awslogs.LogSubscriptionDestinationConfig {
	if d.stream == nil {
		l2.Throw(scope, "KinesisDestination needs a stream")
		return &awslogs.LogSubscriptionDestinationConfig{}
	}
	role := logsRole(scope, d.props.Role, nil)
	d.stream.GrantWrite(role)
	role.GrantPassRole(role)
	waitForPolicy(scope, role)
	return &awslogs.LogSubscriptionDestinationConfig{Arn: d.stream.StreamArn(), Role: role}
}

// FirehoseDestinationProps are the props of NewFirehoseDestination.
type FirehoseDestinationProps struct {
	// Role CloudWatch Logs assumes to put records; default: one made
	// under the subscription filter's scope, assumable only for this
	// account's and region's log groups.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
}

// FirehoseDestination sends a log group's events to a Firehose delivery
// stream.
type FirehoseDestination interface {
	awslogs.ILogSubscriptionDestination
}

type firehoseDestination struct {
	stream awskinesisfirehose.IDeliveryStream
	props  FirehoseDestinationProps
}

// NewFirehoseDestination sends the events to stream.
func NewFirehoseDestination(stream awskinesisfirehose.IDeliveryStream, props *FirehoseDestinationProps) FirehoseDestination {
	d := &firehoseDestination{stream: stream}
	if props != nil {
		d.props = *props
	}
	return d
}

// NewFirehoseDestination_Override initializes f, a Go type that embeds
// FirehoseDestination.
func NewFirehoseDestination_Override(f FirehoseDestination, stream awskinesisfirehose.IDeliveryStream, props *FirehoseDestinationProps) {
	l2.Override(f, NewFirehoseDestination(stream, props))
}

func (d *firehoseDestination) Bind(scope constructs.Construct, _ interfacesawslogs.ILogGroupRef) *awslogs.LogSubscriptionDestinationConfig {
	if d.stream == nil {
		l2.Throw(scope, "FirehoseDestination needs a delivery stream")
		return &awslogs.LogSubscriptionDestinationConfig{}
	}
	cond := &map[string]interface{}{
		"StringLike": map[string]interface{}{
			"aws:SourceArn": awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("logs"), Resource: jsii.String("*")}),
		},
	}
	role := logsRole(scope, d.props.Role, cond)
	d.stream.GrantPutRecords(role)
	waitForPolicy(scope, role)
	return &awslogs.LogSubscriptionDestinationConfig{Arn: d.stream.DeliveryStreamArn(), Role: role}
}

// logsRole is the role CloudWatch Logs assumes to deliver: the one given,
// else the one a destination already made under scope, else a new one.
func logsRole(scope constructs.Construct, given awsiam.IRole, conditions *map[string]interface{}) awsiam.IRole {
	if given != nil {
		return given
	}
	const id = "CloudWatchLogsCanPutRecords"
	if r, ok := scope.Node().TryFindChild(jsii.String(id)).(awsiam.IRole); ok {
		return r
	}
	return awsiam.NewRole(scope, jsii.String(id), &awsiam.RoleProps{
		AssumedBy: awsiam.NewServicePrincipal(jsii.String("logs.amazonaws.com"), &awsiam.ServicePrincipalOpts{Conditions: conditions}),
	})
}

// waitForPolicy makes the subscription filter depend on the role's default
// policy (CloudWatch Logs checks the permission when the filter is made),
// and drops any DependsOn of the role itself, which would otherwise close
// a cycle through that policy.
func waitForPolicy(scope constructs.Construct, role awsiam.IRole) {
	policy := role.Node().TryFindChild(jsii.String("DefaultPolicy"))
	if policy == nil {
		return
	}
	if res, ok := role.Node().DefaultChild().(awscdk.CfnResource); ok {
		res.AddOverride(jsii.String("DependsOn"), nil)
	}
	scope.Node().AddDependency(policy)
}
