// Package awsiam is AWS Identity and Access Management: the generated L1s
// (CfnRole, CfnPolicy, ...) and, hand-written on top of them, the L2s of
// aws-cdk-lib's aws-iam module with aws-cdk-go's names: Role, Policy,
// ManagedPolicy, User, Group, LazyRole, AccessKey, InstanceProfile,
// PolicyStatement and PolicyDocument, the principals (SAML and OpenID
// Connect ones included), SAML and OIDC providers (OidcProviderNative, and
// OpenIdConnectProvider through Strata's own custom-resource handler),
// PermissionsBoundary, RoleGrants, and Grant, through which every other L2
// grants permissions.
//
// Not offered: Role_FromLookup (waits for the core's context provider),
// Role_CustomizeRoles, and the process-wide factory registries
// (DefaultPolicyFactories, ResourceWithPolicies, EncryptedResources, ...),
// which are global mutable state in aws-cdk-lib.
//
// Policy documents are tokens. They render when the template is resolved,
// and under the @aws-cdk/aws-iam:minimizePolicies flag (set by cdk init)
// merge and sort statements exactly as aws-cdk-lib 2.276.0 does, so
// templates match statement for statement.
package awsiam
