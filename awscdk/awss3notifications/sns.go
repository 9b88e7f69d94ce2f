package awss3notifications

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
)

// SnsDestination sends bucket notifications to an SNS topic.
type SnsDestination interface {
	awss3.IBucketNotificationDestination
}

type snsDestination struct{ topic awssns.ITopic }

// NewSnsDestination makes topic a notification destination.
func NewSnsDestination(topic awssns.ITopic) SnsDestination { return &snsDestination{topic: topic} }

// Bind lets S3 publish to the topic for events of bucket (and, under
// @aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions, use the
// topic's customer-managed key).
func (d *snsDestination) Bind(scope constructs.Construct, bucket interfacesawss3.IBucketRef) *awss3.BucketNotificationDestinationConfig {
	d.topic.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(str("s3.amazonaws.com"), nil)},
		Actions:    strs("sns:Publish"),
		Resources:  &[]*string{d.topic.TopicArn()},
		Conditions: &map[string]interface{}{"ArnLike": map[string]interface{}{"aws:SourceArn": bucket.BucketRef().BucketArn}},
	}))
	key := d.topic.MasterKey()
	if *awscdk.FeatureFlags_Of(scope).IsEnabled(str("@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions")) && key != nil && !isNil(key) {
		statement := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(str("s3.amazonaws.com"), nil)},
			Actions:    strs("kms:GenerateDataKey", "kms:Decrypt"),
			Resources:  strs("*"),
		})
		if r := key.AddToResourcePolicy(statement, boolp(true)); r == nil || !isTrue(r.StatementAdded) {
			awscdk.Annotations_Of(key).AddWarningV2(str("@aws-cdk/aws-s3-notifications:snsKMSPermissionsNotAdded"),
				str("Can not change key policy of imported kms key. Ensure that your key policy contains the following permissions: \n"+statementJSON(key, statement)))
		}
	}
	return &awss3.BucketNotificationDestinationConfig{
		Arn:          d.topic.TopicArn(),
		Type:         awss3.BucketNotificationDestinationType_TOPIC,
		Dependencies: &[]constructs.IDependable{d.topic},
	}
}
