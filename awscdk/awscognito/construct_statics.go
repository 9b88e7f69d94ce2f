package awscognito

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// The static type checks jsii gives every construct class.

// UserPoolIdentityProviderAmazon_IsConstruct reports whether x is a construct.
func UserPoolIdentityProviderAmazon_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// UserPoolIdentityProviderAmazon_IsResource reports whether c is a Resource.
func UserPoolIdentityProviderAmazon_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// UserPoolIdentityProviderAmazon_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPoolIdentityProviderAmazon_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// UserPoolIdentityProviderAmazon_PROPERTY_INJECTION_ID identifies UserPoolIdentityProviderAmazon to property injectors.
func UserPoolIdentityProviderAmazon_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito.UserPoolIdentityProviderAmazon")
}

// UserPoolIdentityProviderApple_IsConstruct reports whether x is a construct.
func UserPoolIdentityProviderApple_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// UserPoolIdentityProviderApple_IsResource reports whether c is a Resource.
func UserPoolIdentityProviderApple_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// UserPoolIdentityProviderApple_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPoolIdentityProviderApple_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// UserPoolIdentityProviderApple_PROPERTY_INJECTION_ID identifies UserPoolIdentityProviderApple to property injectors.
func UserPoolIdentityProviderApple_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito.UserPoolIdentityProviderApple")
}

// UserPoolIdentityProviderFacebook_IsConstruct reports whether x is a construct.
func UserPoolIdentityProviderFacebook_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// UserPoolIdentityProviderFacebook_IsResource reports whether c is a Resource.
func UserPoolIdentityProviderFacebook_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// UserPoolIdentityProviderFacebook_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPoolIdentityProviderFacebook_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// UserPoolIdentityProviderFacebook_PROPERTY_INJECTION_ID identifies UserPoolIdentityProviderFacebook to property injectors.
func UserPoolIdentityProviderFacebook_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito.UserPoolIdentityProviderFacebook")
}

// UserPoolIdentityProviderGoogle_IsConstruct reports whether x is a construct.
func UserPoolIdentityProviderGoogle_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// UserPoolIdentityProviderGoogle_IsResource reports whether c is a Resource.
func UserPoolIdentityProviderGoogle_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// UserPoolIdentityProviderGoogle_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPoolIdentityProviderGoogle_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// UserPoolIdentityProviderGoogle_PROPERTY_INJECTION_ID identifies UserPoolIdentityProviderGoogle to property injectors.
func UserPoolIdentityProviderGoogle_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito.UserPoolIdentityProviderGoogle")
}

// UserPoolIdentityProviderOidc_IsConstruct reports whether x is a construct.
func UserPoolIdentityProviderOidc_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// UserPoolIdentityProviderOidc_IsResource reports whether c is a Resource.
func UserPoolIdentityProviderOidc_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// UserPoolIdentityProviderOidc_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPoolIdentityProviderOidc_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// UserPoolIdentityProviderOidc_PROPERTY_INJECTION_ID identifies UserPoolIdentityProviderOidc to property injectors.
func UserPoolIdentityProviderOidc_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito.UserPoolIdentityProviderOidc")
}

// UserPoolIdentityProviderSaml_IsConstruct reports whether x is a construct.
func UserPoolIdentityProviderSaml_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// UserPoolIdentityProviderSaml_IsResource reports whether c is a Resource.
func UserPoolIdentityProviderSaml_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// UserPoolIdentityProviderSaml_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPoolIdentityProviderSaml_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// UserPoolIdentityProviderSaml_PROPERTY_INJECTION_ID identifies UserPoolIdentityProviderSaml to property injectors.
func UserPoolIdentityProviderSaml_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito.UserPoolIdentityProviderSaml")
}

// UserPoolDomain_IsConstruct reports whether x is a construct.
func UserPoolDomain_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// UserPoolDomain_IsResource reports whether c is a Resource.
func UserPoolDomain_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// UserPoolDomain_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPoolDomain_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// UserPoolGroup_IsConstruct reports whether x is a construct.
func UserPoolGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// UserPoolGroup_IsResource reports whether c is a Resource.
func UserPoolGroup_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// UserPoolGroup_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPoolGroup_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// UserPoolGroup_PROPERTY_INJECTION_ID identifies UserPoolGroup to property injectors.
func UserPoolGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito.UserPoolGroup")
}

// UserPoolResourceServer_IsConstruct reports whether x is a construct.
func UserPoolResourceServer_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// UserPoolResourceServer_IsResource reports whether c is a Resource.
func UserPoolResourceServer_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// UserPoolResourceServer_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPoolResourceServer_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// UserPoolResourceServer_PROPERTY_INJECTION_ID identifies UserPoolResourceServer to property injectors.
func UserPoolResourceServer_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito.UserPoolResourceServer")
}
