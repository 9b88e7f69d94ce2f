package awss3notifications

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

// LambdaDestination sends bucket notifications to a Lambda function.
type LambdaDestination interface {
	awss3.IBucketNotificationDestination
}

type lambdaDestination struct{ fn awslambda.IFunction }

// NewLambdaDestination makes fn a notification destination.
func NewLambdaDestination(fn awslambda.IFunction) LambdaDestination {
	return &lambdaDestination{fn: fn}
}

// Bind lets S3 invoke the function for events of bucket: a Lambda
// permission, created once per bucket and function under the bucket, which
// the notifications wait for.
func (d *lambdaDestination) Bind(scope constructs.Construct, bucket interfacesawss3.IBucketRef) *awss3.BucketNotificationDestinationConfig {
	fnID := *awscdk.Names_NodeUniqueId(d.fn.PermissionsNode())
	permissionID := str("AllowBucketNotificationsTo" + fnID)
	b, ok := bucket.(constructs.Construct)
	if !ok {
		diag.Panic(*scope.Node().Path(), "LambdaDestination for function %s can only be configured on a\n        bucket construct (Bucket %s)", fnID, *bucket.BucketRef().BucketName)
	}
	if b.Node().TryFindChild(permissionID) == nil {
		d.fn.AddPermission(permissionID, &awslambda.Permission{
			SourceAccount: awscdk.Stack_Of(b).Account(),
			Principal:     awsiam.NewServicePrincipal(str("s3.amazonaws.com"), nil),
			SourceArn:     bucket.BucketRef().BucketArn,
			Scope:         b,
		})
	}
	config := &awss3.BucketNotificationDestinationConfig{
		Arn:  d.fn.FunctionArn(),
		Type: awss3.BucketNotificationDestinationType_LAMBDA,
	}
	if p := b.Node().TryFindChild(permissionID); p != nil {
		config.Dependencies = &[]constructs.IDependable{p}
	}
	return config
}
