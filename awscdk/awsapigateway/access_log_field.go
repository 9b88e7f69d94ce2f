package awsapigateway

import "github.com/strata-cdk/strata/jsii"

// AccessLogField names the $context variables an access log format may
// use (see AccessLogFormat_Custom).
type AccessLogField interface{}

type accessLogField struct{}

// NewAccessLogField returns an AccessLogField; its statics are what count.
func NewAccessLogField() AccessLogField { return accessLogField{} }

// AccessLogField_ContextAccountId is $context.identity.accountId.
func AccessLogField_ContextAccountId() *string { return jsii.String("$context.identity.accountId") }

// AccessLogField_ContextCallerAccountId is $context.identity.accountId.
func AccessLogField_ContextCallerAccountId() *string {
	return jsii.String("$context.identity.accountId")
}

// AccessLogField_ContextOwnerAccountId is $context.accountId.
func AccessLogField_ContextOwnerAccountId() *string { return jsii.String("$context.accountId") }

// AccessLogField_ContextApiId is $context.apiId.
func AccessLogField_ContextApiId() *string { return jsii.String("$context.apiId") }

// AccessLogField_ContextAuthorizerClaims is $context.authorizer.claims.<property>.
func AccessLogField_ContextAuthorizerClaims(property *string) *string {
	return jsii.String("$context.authorizer.claims." + deref(property))
}

// AccessLogField_ContextAuthorizerPrincipalId is $context.authorizer.principalId.
func AccessLogField_ContextAuthorizerPrincipalId() *string {
	return jsii.String("$context.authorizer.principalId")
}

// AccessLogField_ContextAuthorizer is $context.authorizer.<property>.
func AccessLogField_ContextAuthorizer(property *string) *string {
	return jsii.String("$context.authorizer." + deref(property))
}

// AccessLogField_ContextAwsEndpointRequestId is $context.awsEndpointRequestId.
func AccessLogField_ContextAwsEndpointRequestId() *string {
	return jsii.String("$context.awsEndpointRequestId")
}

// AccessLogField_ContextDomainName is $context.domainName.
func AccessLogField_ContextDomainName() *string { return jsii.String("$context.domainName") }

// AccessLogField_ContextDomainPrefix is $context.domainPrefix.
func AccessLogField_ContextDomainPrefix() *string { return jsii.String("$context.domainPrefix") }

// AccessLogField_ContextErrorMessage is $context.error.message.
func AccessLogField_ContextErrorMessage() *string { return jsii.String("$context.error.message") }

// AccessLogField_ContextErrorMessageString is $context.error.messageString.
func AccessLogField_ContextErrorMessageString() *string {
	return jsii.String("$context.error.messageString")
}

// AccessLogField_ContextErrorResponseType is $context.error.responseType.
func AccessLogField_ContextErrorResponseType() *string {
	return jsii.String("$context.error.responseType")
}

// AccessLogField_ContextErrorValidationErrorString is $context.error.validationErrorString.
func AccessLogField_ContextErrorValidationErrorString() *string {
	return jsii.String("$context.error.validationErrorString")
}

// AccessLogField_ContextExtendedRequestId is $context.extendedRequestId.
func AccessLogField_ContextExtendedRequestId() *string {
	return jsii.String("$context.extendedRequestId")
}

// AccessLogField_ContextHttpMethod is $context.httpMethod.
func AccessLogField_ContextHttpMethod() *string { return jsii.String("$context.httpMethod") }

// AccessLogField_ContextIdentityAccountId is $context.identity.accountId.
func AccessLogField_ContextIdentityAccountId() *string {
	return jsii.String("$context.identity.accountId")
}

// AccessLogField_ContextIdentityApiKey is $context.identity.apiKey.
func AccessLogField_ContextIdentityApiKey() *string { return jsii.String("$context.identity.apiKey") }

// AccessLogField_ContextIdentityApiKeyId is $context.identity.apiKeyId.
func AccessLogField_ContextIdentityApiKeyId() *string {
	return jsii.String("$context.identity.apiKeyId")
}

// AccessLogField_ContextIdentityCaller is $context.identity.caller.
func AccessLogField_ContextIdentityCaller() *string { return jsii.String("$context.identity.caller") }

// AccessLogField_ContextIdentityCognitoAuthenticationProvider is $context.identity.cognitoAuthenticationProvider.
func AccessLogField_ContextIdentityCognitoAuthenticationProvider() *string {
	return jsii.String("$context.identity.cognitoAuthenticationProvider")
}

// AccessLogField_ContextIdentityCognitoAuthenticationType is $context.identity.cognitoAuthenticationType.
func AccessLogField_ContextIdentityCognitoAuthenticationType() *string {
	return jsii.String("$context.identity.cognitoAuthenticationType")
}

// AccessLogField_ContextIdentityCognitoIdentityId is $context.identity.cognitoIdentityId.
func AccessLogField_ContextIdentityCognitoIdentityId() *string {
	return jsii.String("$context.identity.cognitoIdentityId")
}

// AccessLogField_ContextIdentityCognitoIdentityPoolId is $context.identity.cognitoIdentityPoolId.
func AccessLogField_ContextIdentityCognitoIdentityPoolId() *string {
	return jsii.String("$context.identity.cognitoIdentityPoolId")
}

// AccessLogField_ContextIdentityPrincipalOrgId is $context.identity.principalOrgId.
func AccessLogField_ContextIdentityPrincipalOrgId() *string {
	return jsii.String("$context.identity.principalOrgId")
}

// AccessLogField_ContextIdentitySourceIp is $context.identity.sourceIp.
func AccessLogField_ContextIdentitySourceIp() *string {
	return jsii.String("$context.identity.sourceIp")
}

// AccessLogField_ContextIdentityClientCertPem is $context.identity.clientCert.clientCertPem.
func AccessLogField_ContextIdentityClientCertPem() *string {
	return jsii.String("$context.identity.clientCert.clientCertPem")
}

// AccessLogField_ContextIdentityClientCertSubjectDN is $context.identity.clientCert.subjectDN.
func AccessLogField_ContextIdentityClientCertSubjectDN() *string {
	return jsii.String("$context.identity.clientCert.subjectDN")
}

// AccessLogField_ContextIdentityClientCertIssunerDN is $context.identity.clientCert.issuerDN.
func AccessLogField_ContextIdentityClientCertIssunerDN() *string {
	return jsii.String("$context.identity.clientCert.issuerDN")
}

// AccessLogField_ContextIdentityClientCertSerialNumber is $context.identity.clientCert.serialNumber.
func AccessLogField_ContextIdentityClientCertSerialNumber() *string {
	return jsii.String("$context.identity.clientCert.serialNumber")
}

// AccessLogField_ContextIdentityClientCertValidityNotBefore is $context.identity.clientCert.validity.notBefore.
func AccessLogField_ContextIdentityClientCertValidityNotBefore() *string {
	return jsii.String("$context.identity.clientCert.validity.notBefore")
}

// AccessLogField_ContextIdentityClientCertValidityNotAfter is $context.identity.clientCert.validity.notAfter.
func AccessLogField_ContextIdentityClientCertValidityNotAfter() *string {
	return jsii.String("$context.identity.clientCert.validity.notAfter")
}

// AccessLogField_ContextIdentityUser is $context.identity.user.
func AccessLogField_ContextIdentityUser() *string { return jsii.String("$context.identity.user") }

// AccessLogField_ContextIdentityUserAgent is $context.identity.userAgent.
func AccessLogField_ContextIdentityUserAgent() *string {
	return jsii.String("$context.identity.userAgent")
}

// AccessLogField_ContextIdentityUserArn is $context.identity.userArn.
func AccessLogField_ContextIdentityUserArn() *string { return jsii.String("$context.identity.userArn") }

// AccessLogField_ContextPath is $context.path.
func AccessLogField_ContextPath() *string { return jsii.String("$context.path") }

// AccessLogField_ContextProtocol is $context.protocol.
func AccessLogField_ContextProtocol() *string { return jsii.String("$context.protocol") }

// AccessLogField_ContextRequestId is $context.requestId.
func AccessLogField_ContextRequestId() *string { return jsii.String("$context.requestId") }

// AccessLogField_ContextRequestOverrideHeader is $context.requestOverride.header.<headerName>.
func AccessLogField_ContextRequestOverrideHeader(headerName *string) *string {
	return jsii.String("$context.requestOverride.header." + deref(headerName))
}

// AccessLogField_ContextRequestOverridePath is $context.requestOverride.path.<pathName>.
func AccessLogField_ContextRequestOverridePath(pathName *string) *string {
	return jsii.String("$context.requestOverride.path." + deref(pathName))
}

// AccessLogField_ContextRequestOverrideQuerystring is $context.requestOverride.querystring.<querystringName>.
func AccessLogField_ContextRequestOverrideQuerystring(querystringName *string) *string {
	return jsii.String("$context.requestOverride.querystring." + deref(querystringName))
}

// AccessLogField_ContextResponseOverrideHeader is $context.responseOverride.header.<headerName>.
func AccessLogField_ContextResponseOverrideHeader(headerName *string) *string {
	return jsii.String("$context.responseOverride.header." + deref(headerName))
}

// AccessLogField_ContextResponseOverrideStatus is $context.responseOverride.status.
func AccessLogField_ContextResponseOverrideStatus() *string {
	return jsii.String("$context.responseOverride.status")
}

// AccessLogField_ContextRequestTime is $context.requestTime.
func AccessLogField_ContextRequestTime() *string { return jsii.String("$context.requestTime") }

// AccessLogField_ContextRequestTimeEpoch is $context.requestTimeEpoch.
func AccessLogField_ContextRequestTimeEpoch() *string {
	return jsii.String("$context.requestTimeEpoch")
}

// AccessLogField_ContextResourceId is $context.resourceId.
func AccessLogField_ContextResourceId() *string { return jsii.String("$context.resourceId") }

// AccessLogField_ContextResourcePath is $context.resourcePath.
func AccessLogField_ContextResourcePath() *string { return jsii.String("$context.resourcePath") }

// AccessLogField_ContextStage is $context.stage.
func AccessLogField_ContextStage() *string { return jsii.String("$context.stage") }

// AccessLogField_ContextWafResponseCode is $context.wafResponseCode.
func AccessLogField_ContextWafResponseCode() *string { return jsii.String("$context.wafResponseCode") }

// AccessLogField_ContextWebaclArn is $context.webaclArn.
func AccessLogField_ContextWebaclArn() *string { return jsii.String("$context.webaclArn") }

// AccessLogField_ContextXrayTraceId is $context.xrayTraceId.
func AccessLogField_ContextXrayTraceId() *string { return jsii.String("$context.xrayTraceId") }

// AccessLogField_ContextAuthorizerIntegrationLatency is $context.authorizer.integrationLatency.
func AccessLogField_ContextAuthorizerIntegrationLatency() *string {
	return jsii.String("$context.authorizer.integrationLatency")
}

// AccessLogField_ContextIntegrationLatency is $context.integrationLatency.
func AccessLogField_ContextIntegrationLatency() *string {
	return jsii.String("$context.integrationLatency")
}

// AccessLogField_ContextIntegrationStatus is $context.integrationStatus.
func AccessLogField_ContextIntegrationStatus() *string {
	return jsii.String("$context.integrationStatus")
}

// AccessLogField_ContextResponseLatency is $context.responseLatency.
func AccessLogField_ContextResponseLatency() *string { return jsii.String("$context.responseLatency") }

// AccessLogField_ContextResponseLength is $context.responseLength.
func AccessLogField_ContextResponseLength() *string { return jsii.String("$context.responseLength") }

// AccessLogField_ContextStatus is $context.status.
func AccessLogField_ContextStatus() *string { return jsii.String("$context.status") }

// AccessLogField_ContextAuthorizeError is $context.authorize.error.
func AccessLogField_ContextAuthorizeError() *string { return jsii.String("$context.authorize.error") }

// AccessLogField_ContextAuthorizeLatency is $context.authorize.latency.
func AccessLogField_ContextAuthorizeLatency() *string {
	return jsii.String("$context.authorize.latency")
}

// AccessLogField_ContextAuthorizeStatus is $context.authorize.status.
func AccessLogField_ContextAuthorizeStatus() *string { return jsii.String("$context.authorize.status") }

// AccessLogField_ContextAuthorizerError is $context.authorizer.error.
func AccessLogField_ContextAuthorizerError() *string { return jsii.String("$context.authorizer.error") }

// AccessLogField_ContextAuthorizerIntegrationStatus is $context.authorizer.integrationStatus.
func AccessLogField_ContextAuthorizerIntegrationStatus() *string {
	return jsii.String("$context.authorizer.integrationStatus")
}

// AccessLogField_ContextAuthorizerLatency is $context.authorizer.latency.
func AccessLogField_ContextAuthorizerLatency() *string {
	return jsii.String("$context.authorizer.latency")
}

// AccessLogField_ContextAuthorizerRequestId is $context.authorizer.requestId.
func AccessLogField_ContextAuthorizerRequestId() *string {
	return jsii.String("$context.authorizer.requestId")
}

// AccessLogField_ContextAuthorizerStatus is $context.authorizer.status.
func AccessLogField_ContextAuthorizerStatus() *string {
	return jsii.String("$context.authorizer.status")
}

// AccessLogField_ContextAuthenticateError is $context.authenticate.error.
func AccessLogField_ContextAuthenticateError() *string {
	return jsii.String("$context.authenticate.error")
}

// AccessLogField_ContextAuthenticateLatency is $context.authenticate.latency.
func AccessLogField_ContextAuthenticateLatency() *string {
	return jsii.String("$context.authenticate.latency")
}

// AccessLogField_ContextAuthenticateStatus is $context.authenticate.status.
func AccessLogField_ContextAuthenticateStatus() *string {
	return jsii.String("$context.authenticate.status")
}

// AccessLogField_ContextCustomDomainBasePathMatched is $context.customDomain.basePathMatched.
func AccessLogField_ContextCustomDomainBasePathMatched() *string {
	return jsii.String("$context.customDomain.basePathMatched")
}

// AccessLogField_ContextIntegrationErrorMessage is $context.integrationErrorMessage.
func AccessLogField_ContextIntegrationErrorMessage() *string {
	return jsii.String("$context.integrationErrorMessage")
}

// AccessLogField_ContextWafError is $context.waf.error.
func AccessLogField_ContextWafError() *string { return jsii.String("$context.waf.error") }

// AccessLogField_ContextWafLatency is $context.waf.latency.
func AccessLogField_ContextWafLatency() *string { return jsii.String("$context.waf.latency") }

// AccessLogField_ContextWafStatus is $context.waf.status.
func AccessLogField_ContextWafStatus() *string { return jsii.String("$context.waf.status") }

// AccessLogField_ContextEventType is $context.eventType.
func AccessLogField_ContextEventType() *string { return jsii.String("$context.eventType") }

// AccessLogField_ContextRouteKey is $context.routeKey.
func AccessLogField_ContextRouteKey() *string { return jsii.String("$context.routeKey") }

// AccessLogField_ContextConnectionId is $context.connectionId.
func AccessLogField_ContextConnectionId() *string { return jsii.String("$context.connectionId") }
