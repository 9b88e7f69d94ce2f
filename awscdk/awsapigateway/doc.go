// Package awsapigateway holds Amazon API Gateway's REST APIs: the L1
// constructs (Cfn*, generated) and the hand-written L2s of aws-cdk-go's
// awsapigateway — RestApi, LambdaRestApi and SpecRestApi (OpenAPI
// definitions inline, in S3 or from an asset), resources, methods,
// integrations (Lambda, mock, AWS service, HTTP), CORS preflight,
// deployments whose logical ID follows the API's configuration as
// aws-cdk-lib computes it, and stages with their settings and access logs
// (AccessLogFormat, AccessLogField; to a log group or a Firehose stream).
//
// Also token, request (Lambda) and Cognito user pool authorizers, models
// with JSON Schema, request validators, gateway responses, API keys
// (grants, RateLimitedApiKey) and usage plans, custom domain names with
// base path and API mappings, private APIs reached from VPC endpoints,
// the Metric* helpers of APIs, stages and methods, imported APIs, and VPC
// links to Network Load Balancers for private integrations (a VPC_LINK
// integration without a URI reaches its link's only load balancer).
//
// StepFunctionsRestApi and StepFunctionsIntegration start Step Functions
// executions; SagemakerIntegration invokes a SageMaker endpoint (any
// awssagemaker.IEndpoint).
package awsapigateway
