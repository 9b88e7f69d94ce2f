package awsecr

import (
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// AuthorizationToken grants access to ECR authorization tokens (docker login).
type AuthorizationToken interface{}

// AuthorizationToken_GrantRead lets grantee get an ECR authorization token.
func AuthorizationToken_GrantRead(grantee awsiam.IGrantable) {
	addTokenPolicy(grantee, "AuthorizationToken_GrantRead", "ecr:GetAuthorizationToken")
}

// PublicGalleryAuthorizationToken grants access to ECR Public authorization tokens.
type PublicGalleryAuthorizationToken interface{}

// PublicGalleryAuthorizationToken_GrantRead lets grantee get an ECR Public
// authorization token.
func PublicGalleryAuthorizationToken_GrantRead(grantee awsiam.IGrantable) {
	addTokenPolicy(grantee, "PublicGalleryAuthorizationToken_GrantRead", "ecr-public:GetAuthorizationToken", "sts:GetServiceBearerToken")
}

func addTokenPolicy(grantee awsiam.IGrantable, fn string, actions ...string) {
	if grantee == nil {
		diag.Panic("", "%s needs a grantee; got nil", fn)
	}
	grantee.GrantPrincipal().AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings(actions...), Resources: jsii.Strings("*"),
	}))
}
