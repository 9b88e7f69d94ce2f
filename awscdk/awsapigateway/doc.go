// Package awsapigateway holds Amazon API Gateway's REST APIs: the L1
// constructs (Cfn*, generated) and the hand-written L2s of aws-cdk-go's
// awsapigateway — RestApi and LambdaRestApi, resources, methods,
// integrations (Lambda, mock, AWS service, HTTP), CORS preflight,
// deployments whose logical ID follows the API's configuration as
// aws-cdk-lib computes it, and stages with their settings and access logs.
//
// Also token and request (Lambda) authorizers, models with JSON Schema,
// request validators, gateway responses, API keys and usage plans, and
// imported APIs.
//
// Not written yet: SpecRestApi, the Cognito authorizer, domain names and
// base path mappings, VPC links, RateLimitedApiKey, and the Metric*
// helpers (which wait for an awscloudwatch L2).
package awsapigateway
