package awss3notifications

import (
	"encoding/json"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
)

// SqsDestination sends bucket notifications to an SQS queue.
type SqsDestination interface {
	awss3.IBucketNotificationDestination
}

type sqsDestination struct{ queue awssqs.IQueue }

// NewSqsDestination makes queue a notification destination.
func NewSqsDestination(queue awssqs.IQueue) SqsDestination { return &sqsDestination{queue: queue} }

// Bind lets S3 send messages to the queue for events of bucket (and use
// the queue's key, if it has a customer-managed one).
func (d *sqsDestination) Bind(_ constructs.Construct, bucket interfacesawss3.IBucketRef) *awss3.BucketNotificationDestinationConfig {
	d.queue.GrantSendMessages(awsiam.NewServicePrincipal(str("s3.amazonaws.com"), &awsiam.ServicePrincipalOpts{
		Conditions: &map[string]interface{}{"ArnLike": map[string]interface{}{"aws:SourceArn": bucket.BucketRef().BucketArn}},
	}))
	if key := d.queue.EncryptionMasterKey(); key != nil && !isNil(key) {
		statement := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(str("s3.amazonaws.com"), nil)},
			Actions:    strs("kms:GenerateDataKey*", "kms:Decrypt"),
			Resources:  strs("*"),
		})
		if r := key.AddToResourcePolicy(statement, boolp(true)); r == nil || !isTrue(r.StatementAdded) {
			awscdk.Annotations_Of(key).AddWarningV2(str("@aws-cdk/aws-s3-notifications:sqsKMSPermissionsNotAdded"),
				str("Can not change key policy of imported kms key. Ensure that your key policy contains the following permissions: \n"+statementJSON(key, statement)))
		}
	}
	return &awss3.BucketNotificationDestinationConfig{
		Arn:          d.queue.QueueArn(),
		Type:         awss3.BucketNotificationDestinationType_QUEUE,
		Dependencies: &[]constructs.IDependable{d.queue},
	}
}

// statementJSON renders a statement, indented, for a warning.
func statementJSON(scope constructs.IConstruct, s awsiam.PolicyStatement) string {
	b, err := json.MarshalIndent(awscdk.Stack_Of(scope).Resolve(s.ToJSON()), "", "  ")
	if err != nil {
		return ""
	}
	return string(b)
}
