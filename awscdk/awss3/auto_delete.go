package awss3

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers/s3autodelete"
)

const (
	autoDeleteObjectsResourceType = "Custom::S3AutoDeleteObjects"
	autoDeleteObjectsTag          = "aws-cdk:auto-delete-objects"
)

// enableAutoDeleteObjects empties the bucket before CloudFormation deletes
// it: a Custom::S3AutoDeleteObjects resource, served by a stack-wide
// provider running Strata's own handler, deletes every object of a bucket
// tagged aws-cdk:auto-delete-objects when the resource is deleted.
func (b *bucket) enableAutoDeleteObjects() {
	b.MaybeAutoCreatePolicy()
	res := b.res
	res.Node().AddValidation(validation(func() []string {
		if res.CfnOptions().DeletionPolicy() != awscdk.CfnDeletionPolicy_DELETE {
			return []string{"Cannot use 'AutoDeleteObjects' on a Bucket without setting removal policy to 'DESTROY'."}
		}
		return nil
	}))
	ref := res.BucketRef()
	provider := awscdk.CustomResourceProvider_GetOrCreateProvider(b, str(autoDeleteObjectsResourceType), &awscdk.CustomResourceProviderProps{
		CodeDirectory:         str(s3autodelete.Dir()),
		Runtime:               awscdk.CustomResourceProviderRuntime_NODEJS_24_X,
		UseCfnResponseWrapper: boolp(false),
		Description:           str("Lambda function for auto-deleting objects in " + deref(ref.BucketName) + " S3 bucket."),
	})
	result := b.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:    strs(concat(bucketPutPolicyActions, bucketReadMetadataActions, bucketDeleteActions)...),
		Resources:  &[]*string{ref.BucketArn, arnForObjects(ref.BucketArn, "*")},
		Principals: &[]awsiam.IPrincipal{awsiam.NewArnPrincipal(provider.RoleArn())},
	}))
	cr := awscdk.NewCustomResource(b, str("AutoDeleteObjectsCustomResource"), &awscdk.CustomResourceProps{
		ResourceType: str(autoDeleteObjectsResourceType),
		ServiceToken: provider.ServiceToken(),
		Properties:   &map[string]interface{}{"BucketName": ref.BucketName},
	})
	if result != nil && result.PolicyDependable != nil {
		if d, ok := result.PolicyDependable.(constructs.IDependable); ok {
			cr.Node().AddDependency(d)
		}
	}
	awscdk.Tags_Of(res).Add(str(autoDeleteObjectsTag), str("true"), nil)
}
