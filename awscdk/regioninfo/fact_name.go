package regioninfo

import (
	"regexp"
	"strings"
)

// FactName holds all standardized fact names; use its package functions.
type FactName interface{}

type factName struct{}

// NewFactName returns a FactName (a holder of no state; the names are its
// package functions).
func NewFactName() FactName { return &factName{} }

// NewFactName_Override initialises f as a FactName, for types that embed one.
func NewFactName_Override(f FactName) {}

// versionKey spells a version as fact names do ("1.0.98.0" → "1_0_98_0").
func versionKey(version string) string { return strings.ReplaceAll(version, ".", "_") }

// orUndefined renders a missing argument the way JavaScript's template
// strings do, so names built from partial arguments match aws-cdk-lib's.
func orUndefined(s *string) string {
	if s == nil {
		return "undefined"
	}
	return *s
}

// FactName_AdotLambdaLayer is the name of the fact holding the ARN of the
// Amazon Distro for OpenTelemetry (ADOT) Lambda layer for a given layer
// type, version and architecture.
func FactName_AdotLambdaLayer(type_ *string, version *string, architecture *string) *string {
	return ptr("adot-lambda-layer:" + orUndefined(type_) + "_" + versionKey(orUndefined(version)) + "_" + orUndefined(architecture))
}

// FactName_AppConfigLambdaLayerVersion is the name of the fact holding the
// ARN of the AppConfig Lambda layer for a version (e.g. 2.0.181) and
// architecture (x86_64 when nil).
func FactName_AppConfigLambdaLayerVersion(version *string, arch *string) *string {
	return ptr("appconfig-lambda-layer:" + versionKey(orUndefined(version)) + "_" + archOr(arch))
}

// FactName_CloudwatchLambdaInsightsVersion is the name of the fact holding
// the ARN of CloudWatch Lambda Insights for a version (e.g. 1.0.98.0) and
// architecture (x86_64 when nil).
func FactName_CloudwatchLambdaInsightsVersion(version *string, arch *string) *string {
	return ptr("cloudwatch-lambda-insights-version:" + versionKey(orUndefined(version)) + "_" + archOr(arch))
}

func archOr(arch *string) string {
	if arch == nil {
		return "x86_64"
	}
	return *arch
}

// FactName_ParamsAndSecretsLambdaLayer is the name of the fact holding the
// ARN of the Parameters and Secrets Lambda layer for a version and
// architecture.
func FactName_ParamsAndSecretsLambdaLayer(version *string, architecture *string) *string {
	return ptr("params-and-secrets-layer:" + versionKey(orUndefined(version)) + "_" + orUndefined(architecture))
}

var amazonawsSuffix = regexp.MustCompile(`\.amazonaws\.com(\.cn)?$`)

// globalPrincipal is `<service>.amazonaws.com`, whatever suffix service had.
func globalPrincipal(service string) string {
	return amazonawsSuffix.ReplaceAllString(service, "") + ".amazonaws.com"
}

// FactName_ServicePrincipal is the name of the regional service principal
// for a given service.
//
// Deprecated: Use `iam.ServicePrincipal.servicePrincipalName()` instead.
func FactName_ServicePrincipal(service *string) *string {
	return ptr(globalPrincipal(deref(service)))
}

// FactName_APPMESH_ECR_ACCOUNT names the ID of the AWS account that owns the
// public ECR repository holding the AWS App Mesh Envoy Proxy images.
func FactName_APPMESH_ECR_ACCOUNT() *string { return ptr("appMeshRepositoryAccount") }

// FactName_CDK_METADATA_RESOURCE_AVAILABLE names whether the
// AWS::CDK::Metadata CloudFormation resource is available in a region
// ("YES" or nothing).
func FactName_CDK_METADATA_RESOURCE_AVAILABLE() *string {
	return ptr("cdk:metadata-resource:available")
}

// FactName_DLC_REPOSITORY_ACCOUNT names the ID of the AWS account that owns
// the public ECR repository of the AWS Deep Learning Containers images.
func FactName_DLC_REPOSITORY_ACCOUNT() *string { return ptr("dlcRepositoryAccount") }

// FactName_DOMAIN_SUFFIX names the domain suffix of a region (e.g. amazonaws.com).
func FactName_DOMAIN_SUFFIX() *string { return ptr("domainSuffix") }

// FactName_EBS_ENV_ENDPOINT_HOSTED_ZONE_ID names the hosted zone ID Route 53
// uses to alias an Elastic Beanstalk environment endpoint.
func FactName_EBS_ENV_ENDPOINT_HOSTED_ZONE_ID() *string {
	return ptr("ebs-environment:route-53-hosted-zone-id")
}

// FactName_ELBV2_ACCOUNT names the account of ELBv2 in a region (the
// principal of access log bucket policies).
func FactName_ELBV2_ACCOUNT() *string { return ptr("elbv2Account") }

// FactName_FIREHOSE_CIDR_BLOCK names the CIDR block Amazon Data Firehose
// servers use in a region.
func FactName_FIREHOSE_CIDR_BLOCK() *string { return ptr("firehoseCidrBlock") }

// FactName_IS_OPT_IN_REGION names whether a region is an opt-in region
// ("YES" or nothing).
func FactName_IS_OPT_IN_REGION() *string { return ptr("aws:is-opt-in-region") }

// FactName_LATEST_NODE_RUNTIME names the latest Node.js Lambda runtime
// available in a region.
func FactName_LATEST_NODE_RUNTIME() *string { return ptr("latestNodeRuntime") }

// FactName_PARTITION names the ARN partition of a region (e.g. aws).
func FactName_PARTITION() *string { return ptr("partition") }

// FactName_S3_STATIC_WEBSITE_ENDPOINT names the S3 static website endpoint
// of a region (e.g. s3-website-us-east-1.amazonaws.com).
func FactName_S3_STATIC_WEBSITE_ENDPOINT() *string { return ptr("s3-static-website:endpoint") }

// FactName_S3_STATIC_WEBSITE_ZONE_53_HOSTED_ZONE_ID names the hosted zone ID
// Route 53 uses to alias an S3 static website in a region.
func FactName_S3_STATIC_WEBSITE_ZONE_53_HOSTED_ZONE_ID() *string {
	return ptr("s3-static-website:route-53-hosted-zone-id")
}

// FactName_SAML_SIGN_ON_URL names the SAML sign-on URL IAM SAML principals use.
func FactName_SAML_SIGN_ON_URL() *string { return ptr("samlSignOnUrl") }

// FactName_VPC_ENDPOINT_SERVICE_NAME_PREFIX names the prefix of VPC endpoint
// service names (cn.com.amazonaws.vpce in China, com.amazonaws.vpce elsewhere).
func FactName_VPC_ENDPOINT_SERVICE_NAME_PREFIX() *string {
	return ptr("vpcEndpointServiceNamePrefix")
}
