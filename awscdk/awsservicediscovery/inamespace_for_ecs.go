package awsservicediscovery

import "github.com/strata-cdk/strata/awscdk"

// INamespace is a Cloud Map namespace, owned or imported. Strata has no
// Cloud Map L2 yet; the interface exists because aws-cdk-go's ECS API names
// it (ICluster.DefaultCloudMapNamespace), and holds only what every
// implementation will have.
type INamespace interface {
	awscdk.IResource
	NamespaceArn() *string
	NamespaceId() *string
	NamespaceName() *string
}
