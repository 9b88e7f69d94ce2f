package awslambda

// The statics aws-cdk-go repeats on every class: construct checks,
// property-injection ids, the Code factories each Code subclass inherits
// and the _Override constructors Go types embedding a construct call.

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Alias_IsConstruct reports whether x is a construct.
func Alias_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Alias_IsOwnedResource reports whether construct is a Resource this app created.
func Alias_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Alias_IsResource reports whether construct is a Resource.
func Alias_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// EventInvokeConfig_IsConstruct reports whether x is a construct.
func EventInvokeConfig_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EventInvokeConfig_IsOwnedResource reports whether construct is a Resource this app created.
func EventInvokeConfig_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// EventInvokeConfig_IsResource reports whether construct is a Resource.
func EventInvokeConfig_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// EventSourceMapping_IsConstruct reports whether x is a construct.
func EventSourceMapping_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EventSourceMapping_IsOwnedResource reports whether construct is a Resource this app created.
func EventSourceMapping_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// EventSourceMapping_IsResource reports whether construct is a Resource.
func EventSourceMapping_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// FunctionBase_IsConstruct reports whether x is a construct.
func FunctionBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// FunctionBase_IsOwnedResource reports whether construct is a Resource this app created.
func FunctionBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// FunctionBase_IsResource reports whether construct is a Resource.
func FunctionBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// FunctionUrl_IsConstruct reports whether x is a construct.
func FunctionUrl_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// FunctionUrl_IsOwnedResource reports whether construct is a Resource this app created.
func FunctionUrl_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// FunctionUrl_IsResource reports whether construct is a Resource.
func FunctionUrl_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Function_IsConstruct reports whether x is a construct.
func Function_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Function_IsOwnedResource reports whether construct is a Resource this app created.
func Function_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Function_IsResource reports whether construct is a Resource.
func Function_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// LayerVersion_IsConstruct reports whether x is a construct.
func LayerVersion_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// LayerVersion_IsOwnedResource reports whether construct is a Resource this app created.
func LayerVersion_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// LayerVersion_IsResource reports whether construct is a Resource.
func LayerVersion_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// QualifiedFunctionBase_IsConstruct reports whether x is a construct.
func QualifiedFunctionBase_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// QualifiedFunctionBase_IsOwnedResource reports whether construct is a Resource this app created.
func QualifiedFunctionBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// QualifiedFunctionBase_IsResource reports whether construct is a Resource.
func QualifiedFunctionBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// SingletonFunction_IsConstruct reports whether x is a construct.
func SingletonFunction_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// SingletonFunction_IsOwnedResource reports whether construct is a Resource this app created.
func SingletonFunction_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// SingletonFunction_IsResource reports whether construct is a Resource.
func SingletonFunction_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Version_IsConstruct reports whether x is a construct.
func Version_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Version_IsOwnedResource reports whether construct is a Resource this app created.
func Version_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Version_IsResource reports whether construct is a Resource.
func Version_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// CodeSigningConfig_IsConstruct reports whether x is a construct.
func CodeSigningConfig_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CodeSigningConfig_IsOwnedResource reports whether construct is a Resource this app created.
func CodeSigningConfig_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// CodeSigningConfig_IsResource reports whether construct is a Resource.
func CodeSigningConfig_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// EventSourceMapping_PROPERTY_INJECTION_ID is the id property injectors use for EventSourceMapping.
func EventSourceMapping_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-lambda.EventSourceMapping")
}

// FunctionUrl_PROPERTY_INJECTION_ID is the id property injectors use for FunctionUrl.
func FunctionUrl_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-lambda.FunctionUrl")
}

// CodeSigningConfig_PROPERTY_INJECTION_ID is the id property injectors use for CodeSigningConfig.
func CodeSigningConfig_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-lambda.CodeSigningConfig")
}

// AssetCode_FromAsset is Code_FromAsset.
func AssetCode_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return Code_FromAsset(path, options)
}

// AssetCode_FromAssetImage is Code_FromAssetImage.
func AssetCode_FromAssetImage(directory *string, props *AssetImageCodeProps) AssetImageCode {
	return Code_FromAssetImage(directory, props)
}

// AssetCode_FromBucket is Code_FromBucket.
func AssetCode_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3Code {
	return Code_FromBucket(bucket, key, objectVersion)
}

// AssetCode_FromBucketV2 is Code_FromBucketV2.
func AssetCode_FromBucketV2(bucket awss3.IBucket, key *string, options *BucketOptions) S3CodeV2 {
	return Code_FromBucketV2(bucket, key, options)
}

// AssetCode_FromCfnParameters is Code_FromCfnParameters.
func AssetCode_FromCfnParameters(props *CfnParametersCodeProps) CfnParametersCode {
	return Code_FromCfnParameters(props)
}

// AssetCode_FromEcrImage is Code_FromEcrImage.
func AssetCode_FromEcrImage(repository awsecr.IRepository, props *EcrImageCodeProps) EcrImageCode {
	return Code_FromEcrImage(repository, props)
}

// AssetCode_FromInline is Code_FromInline.
func AssetCode_FromInline(code *string) InlineCode { return Code_FromInline(code) }

// InlineCode_FromAsset is Code_FromAsset.
func InlineCode_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return Code_FromAsset(path, options)
}

// InlineCode_FromAssetImage is Code_FromAssetImage.
func InlineCode_FromAssetImage(directory *string, props *AssetImageCodeProps) AssetImageCode {
	return Code_FromAssetImage(directory, props)
}

// InlineCode_FromBucket is Code_FromBucket.
func InlineCode_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3Code {
	return Code_FromBucket(bucket, key, objectVersion)
}

// InlineCode_FromBucketV2 is Code_FromBucketV2.
func InlineCode_FromBucketV2(bucket awss3.IBucket, key *string, options *BucketOptions) S3CodeV2 {
	return Code_FromBucketV2(bucket, key, options)
}

// InlineCode_FromCfnParameters is Code_FromCfnParameters.
func InlineCode_FromCfnParameters(props *CfnParametersCodeProps) CfnParametersCode {
	return Code_FromCfnParameters(props)
}

// InlineCode_FromEcrImage is Code_FromEcrImage.
func InlineCode_FromEcrImage(repository awsecr.IRepository, props *EcrImageCodeProps) EcrImageCode {
	return Code_FromEcrImage(repository, props)
}

// InlineCode_FromInline is Code_FromInline.
func InlineCode_FromInline(code *string) InlineCode { return Code_FromInline(code) }

// S3Code_FromAsset is Code_FromAsset.
func S3Code_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return Code_FromAsset(path, options)
}

// S3Code_FromAssetImage is Code_FromAssetImage.
func S3Code_FromAssetImage(directory *string, props *AssetImageCodeProps) AssetImageCode {
	return Code_FromAssetImage(directory, props)
}

// S3Code_FromBucket is Code_FromBucket.
func S3Code_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3Code {
	return Code_FromBucket(bucket, key, objectVersion)
}

// S3Code_FromBucketV2 is Code_FromBucketV2.
func S3Code_FromBucketV2(bucket awss3.IBucket, key *string, options *BucketOptions) S3CodeV2 {
	return Code_FromBucketV2(bucket, key, options)
}

// S3Code_FromCfnParameters is Code_FromCfnParameters.
func S3Code_FromCfnParameters(props *CfnParametersCodeProps) CfnParametersCode {
	return Code_FromCfnParameters(props)
}

// S3Code_FromEcrImage is Code_FromEcrImage.
func S3Code_FromEcrImage(repository awsecr.IRepository, props *EcrImageCodeProps) EcrImageCode {
	return Code_FromEcrImage(repository, props)
}

// S3Code_FromInline is Code_FromInline.
func S3Code_FromInline(code *string) InlineCode { return Code_FromInline(code) }

// S3CodeV2_FromAsset is Code_FromAsset.
func S3CodeV2_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return Code_FromAsset(path, options)
}

// S3CodeV2_FromAssetImage is Code_FromAssetImage.
func S3CodeV2_FromAssetImage(directory *string, props *AssetImageCodeProps) AssetImageCode {
	return Code_FromAssetImage(directory, props)
}

// S3CodeV2_FromBucket is Code_FromBucket.
func S3CodeV2_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3Code {
	return Code_FromBucket(bucket, key, objectVersion)
}

// S3CodeV2_FromBucketV2 is Code_FromBucketV2.
func S3CodeV2_FromBucketV2(bucket awss3.IBucket, key *string, options *BucketOptions) S3CodeV2 {
	return Code_FromBucketV2(bucket, key, options)
}

// S3CodeV2_FromCfnParameters is Code_FromCfnParameters.
func S3CodeV2_FromCfnParameters(props *CfnParametersCodeProps) CfnParametersCode {
	return Code_FromCfnParameters(props)
}

// S3CodeV2_FromEcrImage is Code_FromEcrImage.
func S3CodeV2_FromEcrImage(repository awsecr.IRepository, props *EcrImageCodeProps) EcrImageCode {
	return Code_FromEcrImage(repository, props)
}

// S3CodeV2_FromInline is Code_FromInline.
func S3CodeV2_FromInline(code *string) InlineCode { return Code_FromInline(code) }

// CfnParametersCode_FromAsset is Code_FromAsset.
func CfnParametersCode_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return Code_FromAsset(path, options)
}

// CfnParametersCode_FromAssetImage is Code_FromAssetImage.
func CfnParametersCode_FromAssetImage(directory *string, props *AssetImageCodeProps) AssetImageCode {
	return Code_FromAssetImage(directory, props)
}

// CfnParametersCode_FromBucket is Code_FromBucket.
func CfnParametersCode_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3Code {
	return Code_FromBucket(bucket, key, objectVersion)
}

// CfnParametersCode_FromBucketV2 is Code_FromBucketV2.
func CfnParametersCode_FromBucketV2(bucket awss3.IBucket, key *string, options *BucketOptions) S3CodeV2 {
	return Code_FromBucketV2(bucket, key, options)
}

// CfnParametersCode_FromCfnParameters is Code_FromCfnParameters.
func CfnParametersCode_FromCfnParameters(props *CfnParametersCodeProps) CfnParametersCode {
	return Code_FromCfnParameters(props)
}

// CfnParametersCode_FromEcrImage is Code_FromEcrImage.
func CfnParametersCode_FromEcrImage(repository awsecr.IRepository, props *EcrImageCodeProps) EcrImageCode {
	return Code_FromEcrImage(repository, props)
}

// CfnParametersCode_FromInline is Code_FromInline.
func CfnParametersCode_FromInline(code *string) InlineCode { return Code_FromInline(code) }

// AssetImageCode_FromCfnParameters is Code_FromCfnParameters.
func AssetImageCode_FromCfnParameters(props *CfnParametersCodeProps) CfnParametersCode {
	return Code_FromCfnParameters(props)
}

// EcrImageCode_FromCfnParameters is Code_FromCfnParameters.
func EcrImageCode_FromCfnParameters(props *CfnParametersCodeProps) CfnParametersCode {
	return Code_FromCfnParameters(props)
}

// NewAlias_Override initialises outer, a type embedding Alias.
func NewAlias_Override(outer Alias, scope constructs.Construct, id *string, props *AliasProps) {
	l2.Override(outer, NewAlias(scope, id, props))
}

// NewAssetCode_Override initialises outer, a type embedding AssetCode.
func NewAssetCode_Override(outer AssetCode, path *string, options *awss3assets.AssetOptions) {
	l2.Override(outer, NewAssetCode(path, options))
}

// NewAssetImageCode_Override initialises outer, a type embedding AssetImageCode.
func NewAssetImageCode_Override(outer AssetImageCode, directory *string, props *AssetImageCodeProps) {
	l2.Override(outer, NewAssetImageCode(directory, props))
}

// NewDockerImageFunction_Override initialises outer, a type embedding DockerImageFunction.
func NewDockerImageFunction_Override(outer DockerImageFunction, scope constructs.Construct, id *string, props *DockerImageFunctionProps) {
	l2.Override(outer, NewDockerImageFunction(scope, id, props))
}

// NewEcrImageCode_Override initialises outer, a type embedding EcrImageCode.
func NewEcrImageCode_Override(outer EcrImageCode, repository awsecr.IRepository, props *EcrImageCodeProps) {
	l2.Override(outer, NewEcrImageCode(repository, props))
}

// NewEventSourceMapping_Override initialises outer, a type embedding EventSourceMapping.
func NewEventSourceMapping_Override(outer EventSourceMapping, scope constructs.Construct, id *string, props *EventSourceMappingProps) {
	l2.Override(outer, NewEventSourceMapping(scope, id, props))
}

// NewFunctionUrl_Override initialises outer, a type embedding FunctionUrl.
func NewFunctionUrl_Override(outer FunctionUrl, scope constructs.Construct, id *string, props *FunctionUrlProps) {
	l2.Override(outer, NewFunctionUrl(scope, id, props))
}

// NewFunction_Override initialises outer, a type embedding Function.
func NewFunction_Override(outer Function, scope constructs.Construct, id *string, props *FunctionProps) {
	l2.Override(outer, NewFunction(scope, id, props))
}

// NewInlineCode_Override initialises outer, a type embedding InlineCode.
func NewInlineCode_Override(outer InlineCode, code *string) { l2.Override(outer, NewInlineCode(code)) }

// NewLayerVersion_Override initialises outer, a type embedding LayerVersion.
func NewLayerVersion_Override(outer LayerVersion, scope constructs.Construct, id *string, props *LayerVersionProps) {
	l2.Override(outer, NewLayerVersion(scope, id, props))
}

// NewRuntime_Override initialises outer, a type embedding Runtime.
func NewRuntime_Override(outer Runtime, name *string, family RuntimeFamily, props *LambdaRuntimeProps) {
	l2.Override(outer, NewRuntime(name, family, props))
}

// NewS3CodeV2_Override initialises outer, a type embedding S3CodeV2.
func NewS3CodeV2_Override(outer S3CodeV2, bucket awss3.IBucket, key *string, options *BucketOptions) {
	l2.Override(outer, NewS3CodeV2(bucket, key, options))
}

// NewS3Code_Override initialises outer, a type embedding S3Code.
func NewS3Code_Override(outer S3Code, bucket awss3.IBucket, key *string, objectVersion *string) {
	l2.Override(outer, NewS3Code(bucket, key, objectVersion))
}

// NewSingletonFunction_Override initialises outer, a type embedding SingletonFunction.
func NewSingletonFunction_Override(outer SingletonFunction, scope constructs.Construct, id *string, props *SingletonFunctionProps) {
	l2.Override(outer, NewSingletonFunction(scope, id, props))
}

// NewVersion_Override initialises outer, a type embedding Version.
func NewVersion_Override(outer Version, scope constructs.Construct, id *string, props *VersionProps) {
	l2.Override(outer, NewVersion(scope, id, props))
}

// NewCfnParametersCode_Override initialises outer, a type embedding CfnParametersCode.
func NewCfnParametersCode_Override(outer CfnParametersCode, props *CfnParametersCodeProps) {
	l2.Override(outer, NewCfnParametersCode(props))
}

// AssetCode_FromCustomCommand is Code_FromCustomCommand.
func AssetCode_FromCustomCommand(output *string, command *[]*string, options *CustomCommandOptions) AssetCode {
	return Code_FromCustomCommand(output, command, options)
}

// AssetCode_FromDockerBuild is Code_FromDockerBuild.
func AssetCode_FromDockerBuild(path *string, options *DockerBuildAssetOptions) AssetCode {
	return Code_FromDockerBuild(path, options)
}

// InlineCode_FromCustomCommand is Code_FromCustomCommand.
func InlineCode_FromCustomCommand(output *string, command *[]*string, options *CustomCommandOptions) AssetCode {
	return Code_FromCustomCommand(output, command, options)
}

// InlineCode_FromDockerBuild is Code_FromDockerBuild.
func InlineCode_FromDockerBuild(path *string, options *DockerBuildAssetOptions) AssetCode {
	return Code_FromDockerBuild(path, options)
}

// S3Code_FromCustomCommand is Code_FromCustomCommand.
func S3Code_FromCustomCommand(output *string, command *[]*string, options *CustomCommandOptions) AssetCode {
	return Code_FromCustomCommand(output, command, options)
}

// S3Code_FromDockerBuild is Code_FromDockerBuild.
func S3Code_FromDockerBuild(path *string, options *DockerBuildAssetOptions) AssetCode {
	return Code_FromDockerBuild(path, options)
}

// S3CodeV2_FromCustomCommand is Code_FromCustomCommand.
func S3CodeV2_FromCustomCommand(output *string, command *[]*string, options *CustomCommandOptions) AssetCode {
	return Code_FromCustomCommand(output, command, options)
}

// S3CodeV2_FromDockerBuild is Code_FromDockerBuild.
func S3CodeV2_FromDockerBuild(path *string, options *DockerBuildAssetOptions) AssetCode {
	return Code_FromDockerBuild(path, options)
}

// CfnParametersCode_FromCustomCommand is Code_FromCustomCommand.
func CfnParametersCode_FromCustomCommand(output *string, command *[]*string, options *CustomCommandOptions) AssetCode {
	return Code_FromCustomCommand(output, command, options)
}

// CfnParametersCode_FromDockerBuild is Code_FromDockerBuild.
func CfnParametersCode_FromDockerBuild(path *string, options *DockerBuildAssetOptions) AssetCode {
	return Code_FromDockerBuild(path, options)
}

// AssetImageCode_FromCustomCommand is Code_FromCustomCommand.
func AssetImageCode_FromCustomCommand(output *string, command *[]*string, options *CustomCommandOptions) AssetCode {
	return Code_FromCustomCommand(output, command, options)
}

// AssetImageCode_FromDockerBuild is Code_FromDockerBuild.
func AssetImageCode_FromDockerBuild(path *string, options *DockerBuildAssetOptions) AssetCode {
	return Code_FromDockerBuild(path, options)
}

// EcrImageCode_FromCustomCommand is Code_FromCustomCommand.
func EcrImageCode_FromCustomCommand(output *string, command *[]*string, options *CustomCommandOptions) AssetCode {
	return Code_FromCustomCommand(output, command, options)
}

// EcrImageCode_FromDockerBuild is Code_FromDockerBuild.
func EcrImageCode_FromDockerBuild(path *string, options *DockerBuildAssetOptions) AssetCode {
	return Code_FromDockerBuild(path, options)
}
