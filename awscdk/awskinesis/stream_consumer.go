package awskinesis

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskinesis"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IStreamConsumer is an enhanced fan-out consumer of a stream.
type IStreamConsumer interface {
	awscdk.IResource
	interfacesawskinesis.IStreamConsumerRef
	// AddToResourcePolicy adds a statement to the consumer's resource policy,
	// creating the ResourcePolicy when the consumer is owned by this app.
	AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	// Grant gives grantee the actions on this consumer.
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	// GrantRead lets grantee read the stream through this consumer.
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	// Stream is the stream the consumer reads.
	Stream() IStream
	StreamConsumerArn() *string
	StreamConsumerName() *string
}

// StreamConsumerProps are the props of NewStreamConsumer.
type StreamConsumerProps struct {
	// The stream to register the consumer with.
	Stream IStream `field:"required" json:"stream" yaml:"stream"`
	// The consumer's name.
	StreamConsumerName *string `field:"required" json:"streamConsumerName" yaml:"streamConsumerName"`
}

// StreamConsumerAttributes describe a consumer defined outside this app.
type StreamConsumerAttributes struct {
	// The consumer's ARN.
	StreamConsumerArn *string `field:"required" json:"streamConsumerArn" yaml:"streamConsumerArn"`
}

// StreamConsumer is an enhanced fan-out consumer defined in this app
// (AWS::Kinesis::StreamConsumer).
type StreamConsumer interface {
	awscdk.Resource
	IStreamConsumer
	// AutoCreatePolicy reports whether AddToResourcePolicy creates a ResourcePolicy.
	AutoCreatePolicy() *bool
}

var consumerReadOperations = []string{"kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard"}

type streamConsumer struct {
	awscdk.Resource
	self             IStreamConsumer
	stream           IStream
	policy           ResourcePolicy
	autoCreatePolicy bool
	arn, name        func() *string
	resource         CfnStreamConsumer
	arnMemo          *string
	nameMemo         *string
}

// StreamConsumer_PROPERTY_INJECTION_ID is the id property injectors use for StreamConsumer.
func StreamConsumer_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-kinesis.StreamConsumer")
}

// NewStreamConsumer registers an enhanced fan-out consumer with a stream.
func NewStreamConsumer(scope constructs.Construct, id *string, props *StreamConsumerProps) StreamConsumer {
	props = l2.Inject(*StreamConsumer_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Stream == nil || props.StreamConsumerName == nil {
		l2.RequireProps(scope, id, "StreamConsumerProps", "Stream", "StreamConsumerName")
	}
	c := &streamConsumer{}
	c.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.StreamConsumerName})
	host.Set(c.Resource, c)
	c.self = c
	c.autoCreatePolicy = true
	c.resource = NewCfnStreamConsumer(c, jsii.String("Resource"), &CfnStreamConsumerProps{
		ConsumerName: props.StreamConsumerName,
		StreamArn:    props.Stream.StreamArn(),
	})
	c.stream = props.Stream
	c.arn = func() *string {
		if c.arnMemo == nil {
			c.arnMemo = c.GetResourceArnAttribute(c.resource.AttrConsumerArn(), &awscdk.ArnComponents{
				Service:      jsii.String("kinesis"),
				Resource:     jsii.String("stream"),
				ResourceName: jsii.String(*c.stream.StreamName() + "/consumer/" + *c.PhysicalName() + ":*"),
				ArnFormat:    awscdk.ArnFormat_SLASH_RESOURCE_NAME,
			})
		}
		return c.arnMemo
	}
	c.name = func() *string {
		if c.nameMemo == nil {
			c.nameMemo = c.GetResourceNameAttribute(c.resource.AttrConsumerName())
		}
		return c.nameMemo
	}
	return c
}

// StreamConsumer_FromStreamConsumerArn imports a consumer by its ARN.
func StreamConsumer_FromStreamConsumerArn(scope constructs.Construct, id *string, streamConsumerArn *string) IStreamConsumer {
	return StreamConsumer_FromStreamConsumerAttributes(scope, id, &StreamConsumerAttributes{StreamConsumerArn: streamConsumerArn})
}

// StreamConsumer_FromStreamConsumerAttributes imports a consumer from its
// ARN (arn:…:stream/<stream>/consumer/<name>:<timestamp>), importing its
// stream as <id>ImportedStream.
func StreamConsumer_FromStreamConsumerAttributes(scope constructs.Construct, id *string, attrs *StreamConsumerAttributes) IStreamConsumer {
	if attrs == nil || attrs.StreamConsumerArn == nil {
		l2.RequireProps(scope, id, "StreamConsumerAttributes", "StreamConsumerArn")
	}
	stack := awscdk.Stack_Of(scope)
	parsed := stack.SplitArn(attrs.StreamConsumerArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	parts := strings.Split(deref(parsed.ResourceName), "/")
	if len(parts) < 3 {
		l2.Throw(scope, "%s: cannot parse a stream consumer ARN from %q", *id, *attrs.StreamConsumerArn)
	}
	consumerName := strings.SplitN(parts[2], ":", 2)[0]
	arnParts := *parsed
	arnParts.ResourceName = jsii.String(parts[0])
	streamArn := stack.FormatArn(&arnParts)
	c := &streamConsumer{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	c.self = c
	c.arn = func() *string { return attrs.StreamConsumerArn }
	c.name = func() *string { return jsii.String(consumerName) }
	c.stream = Stream_FromStreamArn(scope, jsii.String(*id+"ImportedStream"), streamArn)
	return c
}

func (c *streamConsumer) AutoCreatePolicy() *bool     { return jsii.Bool(c.autoCreatePolicy) }
func (c *streamConsumer) Stream() IStream             { return c.stream }
func (c *streamConsumer) StreamConsumerArn() *string  { return c.arn() }
func (c *streamConsumer) StreamConsumerName() *string { return c.name() }

// StreamConsumerRef is the consumer's reference (its ARN).
func (c *streamConsumer) StreamConsumerRef() *interfacesawskinesis.StreamConsumerReference {
	return &interfacesawskinesis.StreamConsumerReference{ConsumerArn: c.StreamConsumerArn()}
}

func (c *streamConsumer) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if c.policy == nil && c.autoCreatePolicy {
		c.policy = NewResourcePolicy(c.Resource, jsii.String("Policy"), &ResourcePolicyProps{StreamConsumer: c})
	}
	if c.policy == nil {
		return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
	}
	c.policy.Document().AddStatements(statement)
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: c.policy}
}

// GrantRead grants read on the stream, then the consumer's own actions.
func (c *streamConsumer) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	c.stream.GrantRead(grantee)
	return c.Grant(grantee, strPtrs(consumerReadOperations)...)
}

func (c *streamConsumer) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee:      grantee,
		Actions:      &actions,
		ResourceArns: &[]*string{c.StreamConsumerArn()},
		Resource:     c,
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
