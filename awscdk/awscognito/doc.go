// Package awscognito is aws-cdk-go's awscognito: the generated L1s and the
// user pool L2s — UserPool (sign-in aliases, auto-verification, self
// sign-up, password and sign-in policies, account recovery, MFA with the
// SMS role, standard and custom attributes, verification and invitation
// messages, email through Cognito or SES, Lambda triggers with their
// permissions, threat protection, feature plans, imports), UserPoolClient
// (auth and OAuth flows, scopes, token validity, attributes, identity
// providers, analytics), UserPoolDomain (Cognito and custom domains,
// sign-in URLs), UserPoolGroup, UserPoolResourceServer and the identity
// providers (Google, Facebook, Amazon, Apple, OIDC, SAML, imports by name)
// with their attribute mappings, each registered with its pool so later
// clients support it — templates identical to aws-cdk-lib 2.276.0's
// (testdata/, from twins.js).
//
// UserPoolClient.UserPoolClientSecret and UserPoolDomain.CloudFrontDomainName
// read their values at deploy time through an AwsCustomResource
// (customresources), as in aws-cdk-lib.
//
// Not yet: the Metric* helpers.
package awscognito
