package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// AssetCode is code from a local directory or .zip file, staged into the
// cloud assembly and uploaded with the stack (an awss3assets.Asset).
type AssetCode interface {
	Code
	IsInline() *bool
	// Path is the directory or file given.
	Path() *string
}

type assetCode struct {
	path    *string
	options awss3assets.AssetOptions
	asset   awss3assets.Asset
}

// NewAssetCode makes code from a local directory or .zip file.
func NewAssetCode(path *string, options *awss3assets.AssetOptions) AssetCode {
	c := &assetCode{path: path}
	if options != nil {
		c.options = *options
	}
	return c
}

// Code_FromAsset is code from a local directory (zipped) or .zip file,
// relative to the working directory.
func Code_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return NewAssetCode(path, options)
}

func (c *assetCode) IsInline() *bool { return jsii.Bool(false) }
func (c *assetCode) Path() *string   { return c.path }

// Bind stages the asset the first time (under scope, id "Code"); the same
// code object cannot serve two stacks.
func (c *assetCode) Bind(scope constructs.Construct) *CodeConfig {
	if c.asset == nil {
		o := c.options
		// aws-cdk-lib spreads the options over deployTime: true.
		deployTime := o.DeployTime
		if deployTime == nil {
			deployTime = jsii.Bool(true)
		}
		c.asset = awss3assets.NewAsset(scope, jsii.String("Code"), &awss3assets.AssetProps{
			Path: c.path, DeployTime: deployTime,
			AssetHash: o.AssetHash, AssetHashType: o.AssetHashType, Bundling: o.Bundling, Exclude: o.Exclude,
			FollowSymlinks: o.FollowSymlinks, IgnoreMode: o.IgnoreMode, DisplayName: o.DisplayName,
			Readers: o.Readers, SourceKMSKey: o.SourceKMSKey,
		})
	} else if awscdk.Stack_Of(c.asset) != awscdk.Stack_Of(scope) {
		throw(scope, "Asset is already associated with another stack '%s'. Create a new Code instance for every stack.", *awscdk.Stack_Of(c.asset).StackName())
	}
	if !*c.asset.IsZipArchive() {
		throw(scope, "Asset must be a .zip file or a directory (%s)", deref(c.path))
	}
	cfg := &CodeConfig{S3Location: &awss3.Location{BucketName: c.asset.S3BucketName(), ObjectKey: c.asset.S3ObjectKey()}}
	if c.options.SourceKMSKey != nil {
		cfg.SourceKMSKeyArn = c.options.SourceKMSKey.KeyRef().KeyArn
	}
	return cfg
}

// BindToResource adds the asset metadata (aws:asset:path, ...) that SAM and
// local tools read, when the CLI asks for it.
func (c *assetCode) BindToResource(resource awscdk.CfnResource, options *ResourceBindOptions) {
	if c.asset == nil {
		throw(resource, "bindToResource() must be called after bind()")
	}
	prop := "Code"
	if options != nil && options.ResourceProperty != nil {
		prop = *options.ResourceProperty
	}
	c.asset.AddResourceMetadata(resource, &prop)
}
