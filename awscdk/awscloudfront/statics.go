package awscloudfront

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// The IsConstruct, IsResource and IsOwnedResource statics aws-cdk-go gives
// every construct class of this package.

// CachePolicy_IsConstruct reports whether x is a construct.
func CachePolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CachePolicy_IsResource reports whether construct is a Resource.
func CachePolicy_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// CachePolicy_IsOwnedResource reports whether construct is a Resource this app created.
func CachePolicy_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// OriginRequestPolicy_IsConstruct reports whether x is a construct.
func OriginRequestPolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// OriginRequestPolicy_IsResource reports whether construct is a Resource.
func OriginRequestPolicy_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// OriginRequestPolicy_IsOwnedResource reports whether construct is a Resource this app created.
func OriginRequestPolicy_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ResponseHeadersPolicy_IsConstruct reports whether x is a construct.
func ResponseHeadersPolicy_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// ResponseHeadersPolicy_IsResource reports whether construct is a Resource.
func ResponseHeadersPolicy_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ResponseHeadersPolicy_IsOwnedResource reports whether construct is a Resource this app created.
func ResponseHeadersPolicy_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Function_IsConstruct reports whether x is a construct.
func Function_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Function_IsResource reports whether construct is a Resource.
func Function_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Function_IsOwnedResource reports whether construct is a Resource this app created.
func Function_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// OriginAccessIdentity_IsConstruct reports whether x is a construct.
func OriginAccessIdentity_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// OriginAccessIdentity_IsResource reports whether construct is a Resource.
func OriginAccessIdentity_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// OriginAccessIdentity_IsOwnedResource reports whether construct is a Resource this app created.
func OriginAccessIdentity_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// S3OriginAccessControl_IsConstruct reports whether x is a construct.
func S3OriginAccessControl_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// S3OriginAccessControl_IsResource reports whether construct is a Resource.
func S3OriginAccessControl_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// S3OriginAccessControl_IsOwnedResource reports whether construct is a Resource this app created.
func S3OriginAccessControl_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// FunctionUrlOriginAccessControl_IsConstruct reports whether x is a construct.
func FunctionUrlOriginAccessControl_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// FunctionUrlOriginAccessControl_IsResource reports whether construct is a Resource.
func FunctionUrlOriginAccessControl_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// FunctionUrlOriginAccessControl_IsOwnedResource reports whether construct is a Resource this app created.
func FunctionUrlOriginAccessControl_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// MediaPackageV2OriginAccessControl_IsConstruct reports whether x is a construct.
func MediaPackageV2OriginAccessControl_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// MediaPackageV2OriginAccessControl_IsResource reports whether construct is a Resource.
func MediaPackageV2OriginAccessControl_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// MediaPackageV2OriginAccessControl_IsOwnedResource reports whether construct is a Resource this app created.
func MediaPackageV2OriginAccessControl_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// KeyGroup_IsConstruct reports whether x is a construct.
func KeyGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// KeyGroup_IsResource reports whether construct is a Resource.
func KeyGroup_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// KeyGroup_IsOwnedResource reports whether construct is a Resource this app created.
func KeyGroup_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// PublicKey_IsConstruct reports whether x is a construct.
func PublicKey_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// PublicKey_IsResource reports whether construct is a Resource.
func PublicKey_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// PublicKey_IsOwnedResource reports whether construct is a Resource this app created.
func PublicKey_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// KeyValueStore_IsConstruct reports whether x is a construct.
func KeyValueStore_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// KeyValueStore_IsResource reports whether construct is a Resource.
func KeyValueStore_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// KeyValueStore_IsOwnedResource reports whether construct is a Resource this app created.
func KeyValueStore_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

func KeyGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.KeyGroup")
}

func PublicKey_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.PublicKey")
}

func KeyValueStore_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.KeyValueStore")
}

// NewDistribution_Override initialises outer, a type embedding Distribution.
func NewDistribution_Override(outer Distribution, scope constructs.Construct, id *string, props *DistributionProps) {
	l2.Override(outer, NewDistribution(scope, id, props))
}

// NewOriginAccessIdentity_Override initialises outer, a type embedding OriginAccessIdentity.
func NewOriginAccessIdentity_Override(outer OriginAccessIdentity, scope constructs.Construct, id *string, props *OriginAccessIdentityProps) {
	l2.Override(outer, NewOriginAccessIdentity(scope, id, props))
}

// NewS3OriginAccessControl_Override initialises outer, a type embedding S3OriginAccessControl.
func NewS3OriginAccessControl_Override(outer S3OriginAccessControl, scope constructs.Construct, id *string, props *S3OriginAccessControlProps) {
	l2.Override(outer, NewS3OriginAccessControl(scope, id, props))
}

// NewFunctionUrlOriginAccessControl_Override initialises outer, a type embedding FunctionUrlOriginAccessControl.
func NewFunctionUrlOriginAccessControl_Override(outer FunctionUrlOriginAccessControl, scope constructs.Construct, id *string, props *FunctionUrlOriginAccessControlProps) {
	l2.Override(outer, NewFunctionUrlOriginAccessControl(scope, id, props))
}

// NewMediaPackageV2OriginAccessControl_Override initialises outer, a type embedding MediaPackageV2OriginAccessControl.
func NewMediaPackageV2OriginAccessControl_Override(outer MediaPackageV2OriginAccessControl, scope constructs.Construct, id *string, props *MediaPackageV2OriginAccessControlProps) {
	l2.Override(outer, NewMediaPackageV2OriginAccessControl(scope, id, props))
}

// NewSigning_Override initialises outer, a type embedding Signing.
func NewSigning_Override(outer Signing, protocol SigningProtocol, behavior SigningBehavior) {
	l2.Override(outer, NewSigning(protocol, behavior))
}

// NewS3ImportSource_Override initialises outer, a type embedding S3ImportSource.
func NewS3ImportSource_Override(outer S3ImportSource, bucket awss3.IBucket, key *string) {
	l2.Override(outer, NewS3ImportSource(bucket, key))
}

// NewAssetImportSource_Override initialises outer, a type embedding AssetImportSource.
func NewAssetImportSource_Override(outer AssetImportSource, path *string, options *awss3assets.AssetOptions) {
	l2.Override(outer, NewAssetImportSource(path, options))
}

// NewInlineImportSource_Override initialises outer, a type embedding InlineImportSource.
func NewInlineImportSource_Override(outer InlineImportSource, data *string) {
	l2.Override(outer, NewInlineImportSource(data))
}

// abstractFunctionCode is what NewFunctionCode_Override embeds: the
// user's type supplies Render.
type abstractFunctionCode struct{}

func (abstractFunctionCode) Render() *string {
	diag.Panic("", "a type embedding awscloudfront.FunctionCode must define Render")
	return nil
}

// NewFunctionCode_Override initialises outer, a type embedding FunctionCode
// that defines its own Render.
func NewFunctionCode_Override(outer FunctionCode) {
	l2.Override[FunctionCode](outer, abstractFunctionCode{})
}

// FailoverStatusCode is an HTTP status that makes an origin group fail over.
type FailoverStatusCode string

const (
	FailoverStatusCode_FORBIDDEN             FailoverStatusCode = "FORBIDDEN"
	FailoverStatusCode_NOT_FOUND             FailoverStatusCode = "NOT_FOUND"
	FailoverStatusCode_INTERNAL_SERVER_ERROR FailoverStatusCode = "INTERNAL_SERVER_ERROR"
	FailoverStatusCode_BAD_GATEWAY           FailoverStatusCode = "BAD_GATEWAY"
	FailoverStatusCode_SERVICE_UNAVAILABLE   FailoverStatusCode = "SERVICE_UNAVAILABLE"
	FailoverStatusCode_GATEWAY_TIMEOUT       FailoverStatusCode = "GATEWAY_TIMEOUT"
)

// CloudFrontAllowedMethods are the methods a CloudFrontWebDistribution behavior allows.
type CloudFrontAllowedMethods string

const (
	CloudFrontAllowedMethods_GET_HEAD         CloudFrontAllowedMethods = "GET_HEAD"
	CloudFrontAllowedMethods_GET_HEAD_OPTIONS CloudFrontAllowedMethods = "GET_HEAD_OPTIONS"
	CloudFrontAllowedMethods_ALL              CloudFrontAllowedMethods = "ALL"
)

// CloudFrontAllowedCachedMethods are the methods a CloudFrontWebDistribution behavior caches.
type CloudFrontAllowedCachedMethods string

const (
	CloudFrontAllowedCachedMethods_GET_HEAD         CloudFrontAllowedCachedMethods = "GET_HEAD"
	CloudFrontAllowedCachedMethods_GET_HEAD_OPTIONS CloudFrontAllowedCachedMethods = "GET_HEAD_OPTIONS"
)
