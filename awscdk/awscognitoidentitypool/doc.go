// Package awscognitoidentitypool is Amazon Cognito identity pools in Strata,
// with aws-cdk-go's names: IdentityPool (its default authenticated and
// unauthenticated roles, the role attachment with role mappings, the login
// providers), UserPoolAuthenticationProvider, IdentityPoolProviderUrl, and
// imported pools (IdentityPool_FromIdentityPoolId, _FromIdentityPoolArn).
//
// The L1s (CfnIdentityPool, CfnIdentityPoolRoleAttachment) live in
// awscognito, as in aws-cdk-lib. The templates match aws-cdk-lib 2.276.0's,
// logical IDs included; bad input is reported with aws-cdk-lib's messages
// and the construct path.
package awscognitoidentitypool
