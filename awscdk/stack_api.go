package awscdk

import (
	"github.com/strata-cdk/strata/awscdk/interfaces"
)

// stackEnvAPI is the part of Stack's API this file implements.
type stackEnvAPI interface {
	// Env is the stack's account and region (tokens for an
	// environment-agnostic stack).
	Env() *interfaces.ResourceEnvironment
}

func (s *stack) Env() *interfaces.ResourceEnvironment {
	return &interfaces.ResourceEnvironment{Account: s.Account(), Region: s.Region()}
}

// The defaults of DefaultStackSynthesizer (and of the synthesizers built on
// it): placeholders ${Qualifier}, ${AWS::AccountId}, ${AWS::Region} and
// ${AWS::Partition} are filled in per stack.
const (
	synthDefaultCfnExecRole       = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-cfn-exec-role-${AWS::AccountId}-${AWS::Region}"
	synthDefaultDeployRole        = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-deploy-role-${AWS::AccountId}-${AWS::Region}"
	synthDefaultFilePublishRole   = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-file-publishing-role-${AWS::AccountId}-${AWS::Region}"
	synthDefaultImagePublishRole  = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-image-publishing-role-${AWS::AccountId}-${AWS::Region}"
	synthDefaultLookupRole        = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-lookup-role-${AWS::AccountId}-${AWS::Region}"
	synthDefaultImageRepository   = "cdk-${Qualifier}-container-assets-${AWS::AccountId}-${AWS::Region}"
	synthDefaultFileAssetsBucket  = "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}"
	synthDefaultFileAssetKeyArnEx = "CdkBootstrap-${Qualifier}-FileAssetKeyArn"
	synthDefaultBootstrapSsmParam = "/cdk-bootstrap/${Qualifier}/version"
)

// DefaultStackSynthesizer_DEFAULT_CLOUDFORMATION_ROLE_ARN is the default CloudFormation execution role.
func DefaultStackSynthesizer_DEFAULT_CLOUDFORMATION_ROLE_ARN() *string {
	return str(synthDefaultCfnExecRole)
}

// DefaultStackSynthesizer_DEFAULT_DEPLOY_ROLE_ARN is the default deploy role.
func DefaultStackSynthesizer_DEFAULT_DEPLOY_ROLE_ARN() *string { return str(synthDefaultDeployRole) }

// DefaultStackSynthesizer_DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN is the default file publishing role.
func DefaultStackSynthesizer_DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN() *string {
	return str(synthDefaultFilePublishRole)
}

// DefaultStackSynthesizer_DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN is the default image publishing role.
func DefaultStackSynthesizer_DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN() *string {
	return str(synthDefaultImagePublishRole)
}

// DefaultStackSynthesizer_DEFAULT_LOOKUP_ROLE_ARN is the default lookup role.
func DefaultStackSynthesizer_DEFAULT_LOOKUP_ROLE_ARN() *string { return str(synthDefaultLookupRole) }

// DefaultStackSynthesizer_DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME is the default ECR repository.
func DefaultStackSynthesizer_DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME() *string {
	return str(synthDefaultImageRepository)
}

// DefaultStackSynthesizer_DEFAULT_FILE_ASSETS_BUCKET_NAME is the default assets bucket.
func DefaultStackSynthesizer_DEFAULT_FILE_ASSETS_BUCKET_NAME() *string {
	return str(synthDefaultFileAssetsBucket)
}

// DefaultStackSynthesizer_DEFAULT_FILE_ASSET_KEY_ARN_EXPORT_NAME is the export of the assets key's ARN.
func DefaultStackSynthesizer_DEFAULT_FILE_ASSET_KEY_ARN_EXPORT_NAME() *string {
	return str(synthDefaultFileAssetKeyArnEx)
}

// DefaultStackSynthesizer_DEFAULT_FILE_ASSET_PREFIX is the default object key prefix: none.
func DefaultStackSynthesizer_DEFAULT_FILE_ASSET_PREFIX() *string { return str("") }

// DefaultStackSynthesizer_DEFAULT_DOCKER_ASSET_PREFIX is the default image tag prefix: none.
func DefaultStackSynthesizer_DEFAULT_DOCKER_ASSET_PREFIX() *string { return str("") }

// DefaultStackSynthesizer_DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER is the bootstrap version parameter.
func DefaultStackSynthesizer_DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER() *string {
	return str(synthDefaultBootstrapSsmParam)
}

// The BootstraplessSynthesizer_DEFAULT_* statics are the default
// synthesizer's, which it extends.

// BootstraplessSynthesizer_DEFAULT_QUALIFIER is the default bootstrap qualifier.
func BootstraplessSynthesizer_DEFAULT_QUALIFIER() *string { return str(defaultQualifier) }

// BootstraplessSynthesizer_DEFAULT_CLOUDFORMATION_ROLE_ARN is the default CloudFormation execution role.
func BootstraplessSynthesizer_DEFAULT_CLOUDFORMATION_ROLE_ARN() *string {
	return str(synthDefaultCfnExecRole)
}

// BootstraplessSynthesizer_DEFAULT_DEPLOY_ROLE_ARN is the default deploy role.
func BootstraplessSynthesizer_DEFAULT_DEPLOY_ROLE_ARN() *string { return str(synthDefaultDeployRole) }

// BootstraplessSynthesizer_DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN is the default file publishing role.
func BootstraplessSynthesizer_DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN() *string {
	return str(synthDefaultFilePublishRole)
}

// BootstraplessSynthesizer_DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN is the default image publishing role.
func BootstraplessSynthesizer_DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN() *string {
	return str(synthDefaultImagePublishRole)
}

// BootstraplessSynthesizer_DEFAULT_LOOKUP_ROLE_ARN is the default lookup role.
func BootstraplessSynthesizer_DEFAULT_LOOKUP_ROLE_ARN() *string { return str(synthDefaultLookupRole) }

// BootstraplessSynthesizer_DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME is the default ECR repository.
func BootstraplessSynthesizer_DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME() *string {
	return str(synthDefaultImageRepository)
}

// BootstraplessSynthesizer_DEFAULT_FILE_ASSETS_BUCKET_NAME is the default assets bucket.
func BootstraplessSynthesizer_DEFAULT_FILE_ASSETS_BUCKET_NAME() *string {
	return str(synthDefaultFileAssetsBucket)
}

// BootstraplessSynthesizer_DEFAULT_FILE_ASSET_KEY_ARN_EXPORT_NAME is the export of the assets key's ARN.
func BootstraplessSynthesizer_DEFAULT_FILE_ASSET_KEY_ARN_EXPORT_NAME() *string {
	return str(synthDefaultFileAssetKeyArnEx)
}

// BootstraplessSynthesizer_DEFAULT_FILE_ASSET_PREFIX is the default object key prefix: none.
func BootstraplessSynthesizer_DEFAULT_FILE_ASSET_PREFIX() *string { return str("") }

// BootstraplessSynthesizer_DEFAULT_DOCKER_ASSET_PREFIX is the default image tag prefix: none.
func BootstraplessSynthesizer_DEFAULT_DOCKER_ASSET_PREFIX() *string { return str("") }

// BootstraplessSynthesizer_DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER is the bootstrap version parameter.
func BootstraplessSynthesizer_DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER() *string {
	return str(synthDefaultBootstrapSsmParam)
}
