package awssagemaker

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawssagemaker"
)

// IEndpoint is a SageMaker endpoint, as aws-cdk-lib's aws_sagemaker module
// declares it (the module has no Endpoint class; users implement it, or
// take it from the SageMaker alpha module): what
// awsapigateway.SagemakerIntegration invokes.
type IEndpoint interface {
	interfacesawssagemaker.IEndpointRef
	awscdk.IResource
	// GrantInvoke lets grantee invoke the endpoint.
	GrantInvoke(grantee awsiam.IGrantable) awsiam.Grant
	EndpointArn() *string
	EndpointName() *string
}
