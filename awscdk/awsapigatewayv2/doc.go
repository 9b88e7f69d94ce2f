// Package awsapigatewayv2 is aws-cdk-go's awsapigatewayv2: the generated
// L1s and the L2s of HTTP and WebSocket APIs, with templates identical to
// aws-cdk-lib 2.276.0's (testdata/, from twins.js).
//
// HTTP APIs: HttpApi (CORS, the $default stage and route, default
// authorizers and scopes, default domain mapping, AddRoutes, AddStage,
// AddVpcLink, metrics, imports), HttpRoute (route keys, integrations bound
// once per API, authorizers, route ARNs, GrantInvoke for IAM routes),
// HttpIntegration (parameter mappings, credentials, timeouts, TLS),
// HttpStage (throttling, detailed metrics, stage variables, access logs,
// domain mappings), HttpAuthorizer, VpcLink and HttpApiHelper.
//
// WebSocket APIs: WebSocketApi ($connect, $disconnect, $default and custom
// routes, route and API key selection expressions,
// GrantManageConnections), WebSocketRoute (return responses, $connect
// authorizers, API keys), WebSocketIntegration, WebSocketAuthorizer,
// WebSocketStage (URLs, callback URL, GrantManagementApiAccess), and the API
// keys and usage plans of WebSocket stages (ApiKey, RateLimitedApiKey,
// UsagePlan; AWS::ApiGateway resources written as CfnResources because
// awsapigateway imports this package).
//
// Both: DomainName (endpoints, mutual TLS), ApiMapping, access log
// settings with LogGroupLogDestination.
//
// Integrations are in awsapigatewayv2integrations, authorizers in
// awsapigatewayv2authorizers.
package awsapigatewayv2
