// Package assetmeta records on a CloudFormation resource which of its
// properties holds an asset and where the asset is staged, as aws-cdk-lib's
// Asset.addResourceMetadata does. Tools such as SAM CLI read this metadata
// to run functions locally from the cloud assembly.
//
// The CDK CLI turns the metadata on (aws:cdk:enable-asset-metadata); an app
// run alone writes none. L2 constructs that use a file asset (Lambda code,
// layers, ...) call AddResourceMetadata with the L1 they render.
package assetmeta

import (
	"github.com/strata-cdk/strata/awscdk"
)

// Metadata keys and the context switch, as in aws-cdk-lib's cx-api.
const (
	EnabledContext = "aws:cdk:enable-asset-metadata"
	PathKey        = "aws:asset:path"
	IsBundledKey   = "aws:asset:is-bundled"
	PropertyKey    = "aws:asset:property"
)

// Enabled reports whether the context asks for asset metadata (any truthy
// value, as in JavaScript).
func Enabled(resource awscdk.CfnResource) bool {
	switch v := resource.Node().TryGetContext(strp(EnabledContext)).(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		return v != ""
	case float64:
		return v != 0
	}
	return true
}

// AddResourceMetadata records that resourceProperty of resource holds the
// asset staged at assetPath (relative to the assembly directory), and
// whether it was bundled.
func AddResourceMetadata(resource awscdk.CfnResource, assetPath string, isBundled bool, resourceProperty string) {
	if !Enabled(resource) {
		return
	}
	resource.AddMetadata(strp(PathKey), assetPath)
	resource.AddMetadata(strp(IsBundledKey), isBundled)
	resource.AddMetadata(strp(PropertyKey), resourceProperty)
}

// AddForStaging is AddResourceMetadata for an AssetStaging, its path taken
// relative to the assembly of the resource's stack.
func AddForStaging(resource awscdk.CfnResource, staging awscdk.AssetStaging, isBundled bool, resourceProperty string) {
	if !Enabled(resource) {
		return
	}
	AddResourceMetadata(resource, *staging.RelativeStagedPath(awscdk.Stack_Of(resource)), isBundled, resourceProperty)
}

func strp(s string) *string { return &s }
