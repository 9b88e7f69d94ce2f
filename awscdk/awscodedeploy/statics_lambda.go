package awscodedeploy

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for the
// Lambda classes; an _Override stores the L2 in the user's struct.

// LambdaApplication_IsConstruct reports whether x is a construct.
func LambdaApplication_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// LambdaApplication_IsOwnedResource reports whether construct is a Resource this app created.
func LambdaApplication_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// LambdaApplication_IsResource reports whether construct is a Resource.
func LambdaApplication_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// LambdaDeploymentConfig_IsConstruct reports whether x is a construct.
func LambdaDeploymentConfig_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// LambdaDeploymentConfig_IsOwnedResource reports whether construct is a Resource this app created.
func LambdaDeploymentConfig_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// LambdaDeploymentConfig_IsResource reports whether construct is a Resource.
func LambdaDeploymentConfig_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// LambdaDeploymentGroup_IsConstruct reports whether x is a construct.
func LambdaDeploymentGroup_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// LambdaDeploymentGroup_IsOwnedResource reports whether construct is a Resource this app created.
func LambdaDeploymentGroup_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// LambdaDeploymentGroup_IsResource reports whether construct is a Resource.
func LambdaDeploymentGroup_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewLambdaApplication_Override initialises outer, a type embedding LambdaApplication.
func NewLambdaApplication_Override(l LambdaApplication, scope constructs.Construct, id *string, props *LambdaApplicationProps) {
	l2.Override(l, NewLambdaApplication(scope, id, props))
}
