package awsecs_test

import "github.com/strata-cdk/strata/awscdk/awsservicediscovery"

// Type completes the test's imported namespace (service_test.go) now that
// awsservicediscovery.INamespace has aws-cdk-go's Type method.
func (n *namespace) Type() awsservicediscovery.NamespaceType {
	return awsservicediscovery.NamespaceType_DNS_PRIVATE
}
