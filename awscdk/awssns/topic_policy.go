package awssns

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// TopicPolicyProps are the props of NewTopicPolicy.
type TopicPolicyProps struct {
	// The topics the policy applies to.
	Topics *[]ITopic `field:"required" json:"topics" yaml:"topics"`
	// Add a statement denying publishing without TLS, per topic.
	EnforceSSL *bool `field:"optional" json:"enforceSSL" yaml:"enforceSSL"`
	// The policy document. Default: an empty one that assigns statement ids.
	PolicyDocument awsiam.PolicyDocument `field:"optional" json:"policyDocument" yaml:"policyDocument"`
}

// TopicPolicy is the resource policy of one or more topics
// (AWS::SNS::TopicPolicy). Topic.AddToResourcePolicy creates one.
type TopicPolicy interface {
	awscdk.Resource
	// Document is the policy document; add statements to it.
	Document() awsiam.PolicyDocument
	// CreateSSLPolicyDocument returns the statement denying publishing to topicArn without TLS.
	CreateSSLPolicyDocument(topicArn *string) awsiam.PolicyStatement
}

type topicPolicy struct {
	awscdk.Resource
	document awsiam.PolicyDocument
}

// TopicPolicy_PROPERTY_INJECTION_ID is the id property injectors use for TopicPolicy.
func TopicPolicy_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-sns.TopicPolicy")
}

// NewTopicPolicy creates a TopicPolicy.
func NewTopicPolicy(scope constructs.Construct, id *string, props *TopicPolicyProps) TopicPolicy {
	props = l2.Inject(*TopicPolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Topics == nil {
		l2.RequireProps(scope, id, "TopicPolicy", "Topics")
	}
	p := &topicPolicy{}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	p.document = props.PolicyDocument
	if p.document == nil {
		p.document = awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{AssignSids: jsii.Bool(true)})
	}
	var topics []ITopic
	if props.Topics != nil {
		topics = *props.Topics
	}
	if props.EnforceSSL != nil && *props.EnforceSSL {
		for _, t := range topics {
			p.document.AddStatements(p.CreateSSLPolicyDocument(t.TopicArn()))
		}
	}
	arns := make([]*string, len(topics))
	for i, t := range topics {
		arns[i] = t.TopicArn()
	}
	NewCfnTopicPolicy(p, jsii.String("Resource"), &CfnTopicPolicyProps{PolicyDocument: p.document, Topics: &arns})
	return p
}

func (p *topicPolicy) Document() awsiam.PolicyDocument { return p.document }

func (p *topicPolicy) CreateSSLPolicyDocument(topicArn *string) awsiam.PolicyStatement {
	return sslStatement(topicArn)
}
