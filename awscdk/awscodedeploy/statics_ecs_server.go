package awscodedeploy

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

// The Is* statics aws-cdk-go offers for the ECS and server classes.

// EcsApplication_IsConstruct reports whether x is a construct.
func EcsApplication_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EcsApplication_IsOwnedResource reports whether construct is a Resource this app created.
func EcsApplication_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// EcsApplication_IsResource reports whether construct is a Resource.
func EcsApplication_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// EcsDeploymentConfig_IsConstruct reports whether x is a construct.
func EcsDeploymentConfig_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EcsDeploymentConfig_IsOwnedResource reports whether construct is a Resource this app created.
func EcsDeploymentConfig_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// EcsDeploymentConfig_IsResource reports whether construct is a Resource.
func EcsDeploymentConfig_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// EcsDeploymentGroup_IsConstruct reports whether x is a construct.
func EcsDeploymentGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EcsDeploymentGroup_IsOwnedResource reports whether construct is a Resource this app created.
func EcsDeploymentGroup_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// EcsDeploymentGroup_IsResource reports whether construct is a Resource.
func EcsDeploymentGroup_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ServerApplication_IsConstruct reports whether x is a construct.
func ServerApplication_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ServerApplication_IsOwnedResource reports whether construct is a Resource this app created.
func ServerApplication_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ServerApplication_IsResource reports whether construct is a Resource.
func ServerApplication_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ServerDeploymentConfig_IsConstruct reports whether x is a construct.
func ServerDeploymentConfig_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// ServerDeploymentConfig_IsOwnedResource reports whether construct is a Resource this app created.
func ServerDeploymentConfig_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ServerDeploymentConfig_IsResource reports whether construct is a Resource.
func ServerDeploymentConfig_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ServerDeploymentGroup_IsConstruct reports whether x is a construct.
func ServerDeploymentGroup_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// ServerDeploymentGroup_IsOwnedResource reports whether construct is a Resource this app created.
func ServerDeploymentGroup_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ServerDeploymentGroup_IsResource reports whether construct is a Resource.
func ServerDeploymentGroup_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
