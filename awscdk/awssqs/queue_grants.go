package awssqs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawssqs"
)

// QueueGrants grants permissions on a queue, as aws-cdk-lib's generated
// QueueGrants class does: through the queue's resource policy when the
// grantee is in another account, and on the queue's KMS key when it has one.
type QueueGrants interface {
	// ConsumeMessages lets grantee receive, change the visibility of and delete messages.
	ConsumeMessages(grantee awsiam.IGrantable) awsiam.Grant
	// Purge lets grantee purge the queue.
	Purge(grantee awsiam.IGrantable) awsiam.Grant
	// SendMessages lets grantee send messages.
	SendMessages(grantee awsiam.IGrantable) awsiam.Grant
	// Resource is the queue the grants are about.
	Resource() interfacesawssqs.IQueueRef
	// PolicyResource is the queue's resource policy holder, if it has one.
	PolicyResource() awsiam.IResourceWithPolicyV2
	// EncryptedResource is the queue as a holder of a KMS key, if it is one.
	EncryptedResource() awsiam.IEncryptedResource
	// Actions grants actions on the queue (or options.ResourceArns) and
	// options.KeyActions on its key.
	Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.EncryptedPermissionsOptions) awsiam.Grant
}

type queueGrants struct {
	resource  interfacesawssqs.IQueueRef
	policyRes awsiam.IResourceWithPolicyV2
	keyGrant  func(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
}

// QueueGrants_FromQueue returns the grants object of a queue.
func QueueGrants_FromQueue(resource interfacesawssqs.IQueueRef) QueueGrants {
	g := &queueGrants{resource: resource}
	if p, ok := resource.(awsiam.IResourceWithPolicyV2); ok {
		g.policyRes = p
	}
	if k, ok := resource.(interface {
		grantOnKey(awsiam.IGrantable, ...*string) awsiam.Grant
	}); ok {
		g.keyGrant = k.grantOnKey
	}
	return g
}

func (g *queueGrants) Resource() interfacesawssqs.IQueueRef { return g.resource }

func (g *queueGrants) EncryptedResource() awsiam.IEncryptedResource {
	if e, ok := g.resource.(awsiam.IEncryptedResource); ok {
		return e
	}
	return nil
}

func (g *queueGrants) Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.EncryptedPermissionsOptions) awsiam.Grant {
	if options == nil {
		options = &awscdk.EncryptedPermissionsOptions{}
	}
	var acts, keys []string
	if actions != nil {
		for _, a := range *actions {
			acts = append(acts, deref(a))
		}
	}
	if options.KeyActions != nil {
		for _, a := range *options.KeyActions {
			keys = append(keys, deref(a))
		}
	}
	return g.actionsOn(grantee, acts, keys, options.ResourceArns)
}
func (g *queueGrants) PolicyResource() awsiam.IResourceWithPolicyV2 { return g.policyRes }

// actions grants actions on the queue and keyActions on its key.
func (g *queueGrants) actions(grantee awsiam.IGrantable, actions []string, keyActions []string) awsiam.Grant {
	return g.actionsOn(grantee, actions, keyActions, nil)
}

func (g *queueGrants) actionsOn(grantee awsiam.IGrantable, actions []string, keyActions []string, resourceArns *[]*string) awsiam.Grant {
	acts := strPtrs(actions)
	arns := resourceArns
	if arns == nil {
		arns = &[]*string{g.resource.QueueRef().QueueArn}
	}
	var result awsiam.Grant
	if g.policyRes != nil {
		result = awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
			Actions: &acts, Grantee: grantee, ResourceArns: arns, Resource: g.policyRes,
		})
	} else {
		result = awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
			Actions: &acts, Grantee: grantee, ResourceArns: arns,
		})
	}
	if len(keyActions) > 0 && g.keyGrant != nil {
		g.keyGrant(grantee, strPtrs(keyActions)...)
	}
	return result
}

func (g *queueGrants) ConsumeMessages(grantee awsiam.IGrantable) awsiam.Grant {
	return g.actions(grantee,
		[]string{"sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl", "sqs:DeleteMessage", "sqs:GetQueueAttributes"},
		[]string{"kms:Decrypt"})
}

func (g *queueGrants) SendMessages(grantee awsiam.IGrantable) awsiam.Grant {
	return g.actions(grantee,
		[]string{"sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"},
		[]string{"kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"})
}

func (g *queueGrants) Purge(grantee awsiam.IGrantable) awsiam.Grant {
	return g.actions(grantee, []string{"sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"}, nil)
}
