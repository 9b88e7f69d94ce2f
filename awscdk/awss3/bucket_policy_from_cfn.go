package awss3

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
)

// BucketPolicy_FromCfnBucketPolicy wraps an L1 bucket policy as a
// BucketPolicy. As in aws-cdk-lib, the wrapper is a new BucketPolicy under
// the L1 ("@FromCfnBucketPolicy") with the L1's document — a second
// AWS::S3::BucketPolicy in the template, whose duplicate warning
// (CloudFormation-Validate::E3019) is acknowledged. Its bucket is the L1
// bucket the policy refers to, or one imported by name. Asking twice
// returns the same wrapper.
func BucketPolicy_FromCfnBucketPolicy(cfnBucketPolicy CfnBucketPolicy) BucketPolicy {
	const id = "@FromCfnBucketPolicy"
	if existing, ok := cfnBucketPolicy.Node().TryFindChild(str(id)).(BucketPolicy); ok {
		return existing
	}
	var bucket IBucket
	if name := cfnBucketPolicy.Bucket(); isUnresolved(name) {
		if ref, ok := awscdk.Tokenization_Reverse(name, nil).(awscdk.Reference); ok {
			if l1, ok := ref.Target().(CfnBucket); ok {
				bucket = Bucket_FromCfnBucket(l1)
			}
		}
	}
	if bucket == nil {
		bucket = Bucket_FromBucketName(cfnBucketPolicy, str("@FromCfnBucket"), cfnBucketPolicy.Bucket())
	}
	p := NewBucketPolicy(cfnBucketPolicy, str(id), &BucketPolicyProps{
		Bucket:   bucket,
		Document: awsiam.PolicyDocument_FromJson(cfnBucketPolicy.PolicyDocument()),
	})
	awscdk.Validations_Of(p).Acknowledge(&awscdk.Acknowledgment{
		Id: str("CloudFormation-Validate::E3019"), Reason: str("We are intentionally creating a duplicate resource"),
	})
	return p
}
