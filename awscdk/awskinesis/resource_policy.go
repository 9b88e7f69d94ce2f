package awskinesis

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ResourcePolicyProps are the props of NewResourcePolicy: exactly one of
// Stream and StreamConsumer.
type ResourcePolicyProps struct {
	// The policy document. Default: an empty document.
	PolicyDocument awsiam.PolicyDocument `field:"optional" json:"policyDocument" yaml:"policyDocument"`
	// The stream the policy applies to.
	Stream IStream `field:"optional" json:"stream" yaml:"stream"`
	// The consumer the policy applies to.
	StreamConsumer IStreamConsumer `field:"optional" json:"streamConsumer" yaml:"streamConsumer"`
}

// ResourcePolicy is the resource-based policy of a stream or a consumer
// (AWS::Kinesis::ResourcePolicy).
type ResourcePolicy interface {
	awscdk.Resource
	// Document is the policy; statements added to it before synthesis count.
	Document() awsiam.PolicyDocument
}

type resourcePolicy struct {
	awscdk.Resource
	document awsiam.PolicyDocument
}

// ResourcePolicy_PROPERTY_INJECTION_ID is the id property injectors use for ResourcePolicy.
func ResourcePolicy_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-kinesis.ResourcePolicy")
}

// NewResourcePolicy creates the resource policy of a stream or a consumer.
func NewResourcePolicy(scope constructs.Construct, id *string, props *ResourcePolicyProps) ResourcePolicy {
	props = l2.Inject(*ResourcePolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	p := &resourcePolicy{}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	if props == nil {
		props = &ResourcePolicyProps{}
	}
	if props.Stream != nil && props.StreamConsumer != nil {
		l2.Throw(p, "Only one of stream or streamConsumer can be set")
	}
	if props.Stream == nil && props.StreamConsumer == nil {
		l2.Throw(p, "One of stream or streamConsumer must be set")
	}
	p.document = props.PolicyDocument
	if p.document == nil {
		p.document = awsiam.NewPolicyDocument(nil)
	}
	arn := props.StreamConsumer
	var resourceArn *string
	if props.Stream != nil {
		resourceArn = props.Stream.StreamArn()
	} else {
		resourceArn = arn.StreamConsumerArn()
	}
	NewCfnResourcePolicy(p, jsii.String("Resource"), &CfnResourcePolicyProps{
		ResourcePolicy: p.document,
		ResourceArn:    resourceArn,
	})
	return p
}

func (p *resourcePolicy) Document() awsiam.PolicyDocument { return p.document }
