package awss3assets

import (
	"path/filepath"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
)

// AssetOptions are the options of an asset, shared with the constructs
// that create assets for their users (Lambda code, bucket deployments).
type AssetOptions struct {
	AssetHash      *string                  `field:"optional" json:"assetHash" yaml:"assetHash"`
	AssetHashType  awscdk.AssetHashType     `field:"optional" json:"assetHashType" yaml:"assetHashType"`
	Bundling       *awscdk.BundlingOptions  `field:"optional" json:"bundling" yaml:"bundling"`
	Exclude        *[]*string               `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks awscdk.SymlinkFollowMode `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode     awscdk.IgnoreMode        `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	DeployTime     *bool                    `field:"optional" json:"deployTime" yaml:"deployTime"`
	DisplayName    *string                  `field:"optional" json:"displayName" yaml:"displayName"`
	Readers        *[]awsiam.IGrantable     `field:"optional" json:"readers" yaml:"readers"`
	SourceKMSKey   interfacesawskms.IKeyRef `field:"optional" json:"sourceKMSKey" yaml:"sourceKMSKey"`
}

// AssetProps are the props of NewAsset.
type AssetProps struct {
	AssetHash      *string                  `field:"optional" json:"assetHash" yaml:"assetHash"`
	AssetHashType  awscdk.AssetHashType     `field:"optional" json:"assetHashType" yaml:"assetHashType"`
	Bundling       *awscdk.BundlingOptions  `field:"optional" json:"bundling" yaml:"bundling"`
	Exclude        *[]*string               `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks awscdk.SymlinkFollowMode `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode     awscdk.IgnoreMode        `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	DeployTime     *bool                    `field:"optional" json:"deployTime" yaml:"deployTime"`
	DisplayName    *string                  `field:"optional" json:"displayName" yaml:"displayName"`
	Readers        *[]awsiam.IGrantable     `field:"optional" json:"readers" yaml:"readers"`
	SourceKMSKey   interfacesawskms.IKeyRef `field:"optional" json:"sourceKMSKey" yaml:"sourceKMSKey"`
	// Path is the file or directory, relative to the working directory.
	Path *string `field:"required" json:"path" yaml:"path"`
}

// Asset is a local file or directory deployed to S3 with the stack.
type Asset interface {
	constructs.Construct
	AssetHash() *string
	AssetPath() *string
	Bucket() awss3.IBucket
	HttpUrl() *string
	IsFile() *bool
	IsZipArchive() *bool
	S3BucketName() *string
	S3ObjectKey() *string
	S3ObjectUrl() *string
	AddResourceMetadata(resource awscdk.CfnResource, resourceProperty *string)
	GrantRead(grantee awsiam.IGrantable)
}

type asset struct {
	constructs.Construct
	assetHash, assetPath  string
	isFile, isZipArchive  bool
	isBundled             bool
	bucketName, objectKey *string
	s3ObjectURL, httpURL  *string
	bucket                awss3.IBucket
}

// NewAsset stages props.Path into the cloud assembly and registers it with
// the stack's synthesizer. A directory is zipped; a file is uploaded as is.
func NewAsset(scope constructs.Construct, id *string, props *AssetProps) Asset {
	a := &asset{}
	a.Construct = constructs.NewConstruct(scope, id)
	host.Set(a.Construct, a)
	if props == nil || props.Path == nil || *props.Path == "" {
		diag.Panic(*a.Node().Path(), "Asset path cannot be empty")
	}
	a.isBundled = props.Bundling != nil
	source, err := filepath.Abs(*props.Path)
	if err != nil {
		source = *props.Path
	}
	staging := awscdk.NewAssetStaging(a, str("Stage"), &awscdk.AssetStagingProps{
		Exclude:       props.Exclude,
		Follow:        props.FollowSymlinks,
		IgnoreMode:    props.IgnoreMode,
		AssetHash:     props.AssetHash,
		AssetHashType: props.AssetHashType,
		Bundling:      props.Bundling,
		SourcePath:    str(source),
	})
	a.assetHash = *staging.AssetHash()
	stack := awscdk.Stack_Of(a)
	a.assetPath = *staging.RelativeStagedPath(stack)
	a.isFile = staging.Packaging() == awscdk.FileAssetPackaging_FILE
	a.isZipArchive = *staging.IsArchive()
	displayName := props.DisplayName
	if displayName == nil {
		displayName = awscdk.Names_StackRelativeConstructPath(a)
	}
	loc := stack.Synthesizer().AddFileAsset(&awscdk.FileAssetSource{
		Packaging:   staging.Packaging(),
		SourceHash:  str(a.assetHash),
		FileName:    str(a.assetPath),
		DeployTime:  props.DeployTime,
		DisplayName: displayName,
	})
	a.bucketName, a.objectKey = loc.BucketName, loc.ObjectKey
	a.s3ObjectURL, a.httpURL = loc.S3ObjectUrl, loc.HttpUrl
	var key awskms.IKey
	if loc.KmsKeyArn != nil {
		key = awskms.Key_FromKeyArn(a, str("Key"), loc.KmsKeyArn)
	}
	a.bucket = awss3.Bucket_FromBucketAttributes(a, str("AssetBucket"), &awss3.BucketAttributes{BucketName: a.bucketName, EncryptionKey: key})
	if props.Readers != nil {
		for _, r := range *props.Readers {
			a.GrantRead(r)
		}
	}
	return a
}

// Asset_IsConstruct reports whether x is a construct.
func Asset_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

func (a *asset) AssetHash() *string    { return str(a.assetHash) }
func (a *asset) SourceHash() *string   { return str(a.assetHash) }
func (a *asset) AssetPath() *string    { return str(a.assetPath) }
func (a *asset) Bucket() awss3.IBucket { return a.bucket }
func (a *asset) HttpUrl() *string      { return a.httpURL }
func (a *asset) S3Url() *string        { return a.httpURL }
func (a *asset) IsFile() *bool         { return &a.isFile }
func (a *asset) IsZipArchive() *bool   { return &a.isZipArchive }
func (a *asset) S3BucketName() *string { return a.bucketName }
func (a *asset) S3ObjectKey() *string  { return a.objectKey }
func (a *asset) S3ObjectUrl() *string  { return a.s3ObjectURL }

// AddResourceMetadata tells tools such as SAM CLI that resourceProperty of
// resource is this asset, when the CLI asks for asset metadata
// (aws:cdk:enable-asset-metadata).
func (a *asset) AddResourceMetadata(resource awscdk.CfnResource, resourceProperty *string) {
	if v := a.Node().TryGetContext(str("aws:cdk:enable-asset-metadata")); v == nil || v == false {
		return
	}
	resource.AddMetadata(str("aws:asset:path"), a.assetPath)
	resource.AddMetadata(str("aws:asset:is-bundled"), a.isBundled)
	resource.AddMetadata(str("aws:asset:property"), deref(resourceProperty))
}

// GrantRead lets grantee read the asset (and the whole asset bucket, as in
// aws-cdk-lib).
func (a *asset) GrantRead(grantee awsiam.IGrantable) {
	a.bucket.GrantRead(grantee, nil)
}

func str(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
