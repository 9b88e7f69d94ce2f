package awsappsync

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Code is the APPSYNC_JS code of a resolver or function.
type Code interface {
	// Bind returns the code inline or the S3 URL of its asset.
	Bind(scope constructs.Construct) *CodeConfig
}

// CodeConfig is the code a Code binds to: inline or in S3.
type CodeConfig struct {
	// The code itself.
	InlineCode *string `field:"optional" json:"inlineCode" yaml:"inlineCode"`
	// The s3:// URL of the code.
	S3Location *string `field:"optional" json:"s3Location" yaml:"s3Location"`
}

// Code_FromAsset is the code in the file at path, uploaded as an asset.
func Code_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return NewAssetCode(path, options)
}

// Code_FromInline is the code given inline.
func Code_FromInline(code *string) InlineCode { return NewInlineCode(code) }

// AssetCode is code uploaded as an asset of the stack that uses it.
type AssetCode interface {
	Code
	// Path is the file's path.
	Path() *string
}

type assetCode struct {
	path    string
	options awss3assets.AssetOptions
	asset   awss3assets.Asset
}

// NewAssetCode is the code in the file at path.
func NewAssetCode(path *string, options *awss3assets.AssetOptions) AssetCode {
	c := &assetCode{path: s(path)}
	if options != nil {
		c.options = *options
	}
	return c
}

// AssetCode_FromAsset is the code in the file at path, uploaded as an asset.
func AssetCode_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return NewAssetCode(path, options)
}

// AssetCode_FromInline is the code given inline.
func AssetCode_FromInline(code *string) InlineCode { return NewInlineCode(code) }

func (c *assetCode) Path() *string { return jsii.String(c.path) }

// Bind creates the asset the first time; later binds must be in the same
// stack (an asset belongs to one stack).
func (c *assetCode) Bind(scope constructs.Construct) *CodeConfig {
	if c.asset == nil {
		o := c.options
		c.asset = awss3assets.NewAsset(scope, jsii.String("Code"), &awss3assets.AssetProps{
			Path: jsii.String(c.path), AssetHash: o.AssetHash, AssetHashType: o.AssetHashType, Bundling: o.Bundling,
			Exclude: o.Exclude, FollowSymlinks: o.FollowSymlinks, IgnoreMode: o.IgnoreMode, DeployTime: o.DeployTime,
			DisplayName: o.DisplayName, Readers: o.Readers, SourceKMSKey: o.SourceKMSKey,
		})
	} else if awscdk.Stack_Of(c.asset) != awscdk.Stack_Of(scope) {
		l2.Throw(scope, "Asset is already associated with another stack '%s'. Create a new Code instance for every stack.",
			*awscdk.Stack_Of(c.asset).StackName())
	}
	return &CodeConfig{S3Location: c.asset.S3ObjectUrl()}
}

// InlineCode is code given inline.
type InlineCode interface {
	Code
}

type inlineCode struct{ code string }

// NewInlineCode is the code given inline; it must not be empty.
func NewInlineCode(code *string) InlineCode {
	if code == nil || *code == "" {
		diag.Panic("", "AppSync Inline code cannot be empty")
	}
	return &inlineCode{*code}
}

// InlineCode_FromAsset is the code in the file at path, uploaded as an asset.
func InlineCode_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return NewAssetCode(path, options)
}

// InlineCode_FromInline is the code given inline.
func InlineCode_FromInline(code *string) InlineCode { return NewInlineCode(code) }

func (c *inlineCode) Bind(scope constructs.Construct) *CodeConfig {
	return &CodeConfig{InlineCode: jsii.String(c.code)}
}

// RuntimeConfig is the runtime of resolver or function code, as CloudFormation takes it.
type RuntimeConfig struct {
	Name           *string `field:"required" json:"name" yaml:"name"`
	RuntimeVersion *string `field:"required" json:"runtimeVersion" yaml:"runtimeVersion"`
}

// FunctionRuntime is the runtime of resolver or function code.
type FunctionRuntime interface {
	// Name is the runtime's name (APPSYNC_JS).
	Name() *string
	// Version is the runtime's version.
	Version() *string
	// ToProperties renders the runtime for CloudFormation.
	ToProperties() *RuntimeConfig
}

type functionRuntime struct{ name, version string }

// NewFunctionRuntime is the runtime of family at version.
func NewFunctionRuntime(family FunctionRuntimeFamily, version *string) FunctionRuntime {
	name, ok := functionRuntimeFamilyValues[family]
	if !ok {
		name = string(family)
	}
	return &functionRuntime{name, s(version)}
}

// FunctionRuntime_JS_1_0_0 is APPSYNC_JS 1.0.0.
func FunctionRuntime_JS_1_0_0() FunctionRuntime {
	return NewFunctionRuntime(FunctionRuntimeFamily_JS, jsii.String("1.0.0"))
}

func (r *functionRuntime) Name() *string    { return jsii.String(r.name) }
func (r *functionRuntime) Version() *string { return jsii.String(r.version) }
func (r *functionRuntime) ToProperties() *RuntimeConfig {
	return &RuntimeConfig{Name: r.Name(), RuntimeVersion: r.Version()}
}
