// Package awsapigatewayv2 is aws-cdk-go's awsapigatewayv2: the generated
// L1s and the HTTP API L2s — HttpApi (CORS, the $default stage and route,
// default authorizers and scopes, AddRoutes, AddStage, imports), HttpRoute
// (route keys, integrations bound once per API, authorizers, route ARNs,
// GrantInvoke for IAM routes), HttpIntegration (parameter mappings,
// credentials, timeouts, TLS), HttpStage (throttling, metrics, stage
// variables), HttpAuthorizer and the API and stage Metric* helpers —
// templates identical to aws-cdk-lib 2.276.0's (testdata/, from twins.js). Integrations are in
// awsapigatewayv2integrations, authorizers in awsapigatewayv2authorizers.
//
// Not yet: custom domains (DomainName, ApiMapping), VPC links, access logs,
// WebSocket APIs, usage plans and API keys.
package awsapigatewayv2
