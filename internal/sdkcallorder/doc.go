// Package sdkcallorder lets aws-cdk-lib's own users of AwsCustomResource
// (route53's VpcEndpointServiceDomainName, cognito's
// UserPoolDomain.CloudFrontDomainName, codedeploy's deployment configs)
// render an SDK call with its keys in the order their object literal has
// in aws-cdk-lib ("service", "action", "parameters", "physicalResourceId"),
// which is what their templates hold. A user's AwsSdkCall, a Go struct, is
// written in field order instead; this is not public API.
//
// The order travels inside the call, as the value of its Parameters field,
// so a call carries everything needed to render it and nothing is kept on
// the side.
package sdkcallorder
