package awssqs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// QueuePolicyProps are the props of NewQueuePolicy.
type QueuePolicyProps struct {
	// The queues the policy applies to.
	Queues *[]IQueue `field:"required" json:"queues" yaml:"queues"`
}

// QueuePolicy is the resource policy of one or more queues
// (AWS::SQS::QueuePolicy). Queue.AddToResourcePolicy creates one.
type QueuePolicy interface {
	awscdk.Resource
	// Document is the policy document; add statements to it.
	Document() awsiam.PolicyDocument
	// QueuePolicyId is not available: CloudFormation removed it.
	QueuePolicyId() *string
}

type queuePolicy struct {
	awscdk.Resource
	document awsiam.PolicyDocument
}

// NewQueuePolicy creates a QueuePolicy.
func NewQueuePolicy(scope constructs.Construct, id *string, props *QueuePolicyProps) QueuePolicy {
	props = l2.Inject(*QueuePolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Queues == nil {
		l2.RequireProps(scope, id, "QueuePolicy", "Queues")
	}
	p := &queuePolicy{}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	p.document = awsiam.NewPolicyDocument(nil)
	var urls []*string
	if props != nil && props.Queues != nil {
		for _, q := range *props.Queues {
			urls = append(urls, q.QueueUrl())
		}
	}
	NewCfnQueuePolicy(p, jsii.String("Resource"), &CfnQueuePolicyProps{
		PolicyDocument: p.document,
		Queues:         &urls,
	})
	return p
}

func (p *queuePolicy) Document() awsiam.PolicyDocument { return p.document }

func (p *queuePolicy) QueuePolicyId() *string {
	throw(p, "QueuePolicy.queuePolicyId has been removed from CloudFormation")
	return nil
}
