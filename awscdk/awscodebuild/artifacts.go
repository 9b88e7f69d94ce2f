package awscodebuild

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ArtifactsConfig is what artifacts give the project they are bound to.
type ArtifactsConfig struct {
	ArtifactsProperty *CfnProject_ArtifactsProperty `field:"required" json:"artifactsProperty" yaml:"artifactsProperty"`
}

// IArtifacts is where a project puts its build output.
type IArtifacts interface {
	Bind(scope constructs.Construct, project IProject) *ArtifactsConfig
	Identifier() *string
	Type() *string
}

// Artifacts is the base of the artifacts Artifacts_S3 returns.
type Artifacts interface{ IArtifacts }

// ArtifactsProps are the props every artifacts kind takes.
type ArtifactsProps struct {
	// Required for secondary artifacts.
	Identifier *string `field:"optional" json:"identifier" yaml:"identifier"`
}

// S3ArtifactsProps configure Artifacts_S3.
type S3ArtifactsProps struct {
	Identifier *string       `field:"optional" json:"identifier" yaml:"identifier"`
	Bucket     awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	// Default: true.
	Encryption *bool `field:"optional" json:"encryption" yaml:"encryption"`
	// Put the build ID in the path. Default: true.
	IncludeBuildId *bool `field:"optional" json:"includeBuildId" yaml:"includeBuildId"`
	// Default: the build spec's name.
	Name *string `field:"optional" json:"name" yaml:"name"`
	// Default: true.
	PackageZip *bool `field:"optional" json:"packageZip" yaml:"packageZip"`
	// Default: the bucket's root.
	Path *string `field:"optional" json:"path" yaml:"path"`
}

type artifacts struct {
	outer      IArtifacts // a user's subclass (NewArtifacts_Override), whose Type wins
	typ        string
	identifier *string
	bind       func(scope constructs.Construct, project IProject) *ArtifactsConfig
}

func (a *artifacts) Identifier() *string { return a.identifier }
func (a *artifacts) Type() *string       { return jsii.String(a.typ) }

func (a *artifacts) Bind(scope constructs.Construct, project IProject) *ArtifactsConfig {
	if a.bind != nil {
		return a.bind(scope, project)
	}
	return &ArtifactsConfig{ArtifactsProperty: a.base()}
}

func (a *artifacts) base() *CfnProject_ArtifactsProperty {
	typ := jsii.String(a.typ)
	if a.outer != nil {
		typ = a.outer.Type()
	}
	return &CfnProject_ArtifactsProperty{ArtifactIdentifier: a.identifier, Type: typ}
}

// Artifacts_S3 puts the build output in an S3 bucket.
func Artifacts_S3(props *S3ArtifactsProps) IArtifacts {
	if props == nil || props.Bucket == nil {
		l2.RequireProps(nil, nil, "S3ArtifactsProps", "Bucket")
	}
	a := &artifacts{typ: "S3", identifier: props.Identifier}
	a.bind = func(scope constructs.Construct, project IProject) *ArtifactsConfig {
		props.Bucket.GrantReadWrite(project, nil)
		p := a.base()
		p.Location = props.Bucket.BucketName()
		p.Path = props.Path
		p.NamespaceType = jsii.String("BUILD_ID")
		if isFalse(props.IncludeBuildId) {
			p.NamespaceType = jsii.String("NONE")
		}
		p.Name = props.Name
		p.Packaging = jsii.String("ZIP")
		if isFalse(props.PackageZip) {
			p.Packaging = jsii.String("NONE")
		}
		if isFalse(props.Encryption) {
			p.EncryptionDisabled = true
		}
		if props.Name == nil {
			p.OverrideArtifactName = true
		}
		return &ArtifactsConfig{ArtifactsProperty: p}
	}
	return a
}

func isFalse(b *bool) bool { return b != nil && !*b }
func isTrue(b *bool) bool  { return b != nil && *b }

// Cache is where a project keeps files between builds.
type Cache interface {
	toCloudFormation() *CfnProject_ProjectCacheProperty
	bindCache(project IProject)
}

// BucketCacheOptions configure Cache_Bucket.
type BucketCacheOptions struct {
	// Share the cache between projects with the same namespace.
	CacheNamespace *string `field:"optional" json:"cacheNamespace" yaml:"cacheNamespace"`
	// Default: the bucket's root.
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
}

type cache struct {
	render func() *CfnProject_ProjectCacheProperty
	bind   func(project IProject)
}

func (c *cache) toCloudFormation() *CfnProject_ProjectCacheProperty { return c.render() }
func (c *cache) bindCache(project IProject) {
	if c.bind != nil {
		c.bind(project)
	}
}

// Cache_None keeps nothing between builds.
func Cache_None() Cache {
	return &cache{render: func() *CfnProject_ProjectCacheProperty {
		return &CfnProject_ProjectCacheProperty{Type: jsii.String("NO_CACHE")}
	}}
}

// Cache_Local caches on the build host.
func Cache_Local(modes ...LocalCacheMode) Cache {
	return &cache{render: func() *CfnProject_ProjectCacheProperty {
		ms := make([]*string, len(modes))
		for i, m := range modes {
			ms[i] = jsii.String(m.value())
		}
		return &CfnProject_ProjectCacheProperty{Type: jsii.String("LOCAL"), Modes: &ms}
	}}
}

// Cache_Bucket caches in an S3 bucket.
func Cache_Bucket(bucket awss3.IBucket, options *BucketCacheOptions) Cache {
	if bucket == nil {
		l2.RequireArg(nil, "Cache_Bucket", "a bucket")
	}
	if options == nil {
		options = &BucketCacheOptions{}
	}
	return &cache{
		render: func() *CfnProject_ProjectCacheProperty {
			prefix := awscdk.Aws_NO_VALUE()
			if options.Prefix != nil && *options.Prefix != "" {
				prefix = options.Prefix
			}
			return &CfnProject_ProjectCacheProperty{
				Type:           jsii.String("S3"),
				Location:       awscdk.Fn_Join(jsii.String("/"), &[]*string{bucket.BucketName(), prefix}),
				CacheNamespace: options.CacheNamespace,
			}
		},
		bind: func(project IProject) { bucket.GrantReadWrite(project, nil) },
	}
}

// FileSystemConfig is what a file system location gives the project.
type FileSystemConfig struct {
	Location *CfnProject_ProjectFileSystemLocationProperty `field:"required" json:"location" yaml:"location"`
}

// IFileSystemLocation is a file system a project's builds mount.
type IFileSystemLocation interface {
	Bind(scope constructs.Construct, project IProject) *FileSystemConfig
}

// FileSystemLocation makes file system locations.
type FileSystemLocation interface{}

type fileSystemLocation struct{}

// NewFileSystemLocation exists for aws-cdk-go's API; use FileSystemLocation_Efs.
func NewFileSystemLocation() FileSystemLocation { return &fileSystemLocation{} }

// EfsFileSystemLocationProps configure FileSystemLocation_Efs.
type EfsFileSystemLocationProps struct {
	Identifier   *string `field:"required" json:"identifier" yaml:"identifier"`
	Location     *string `field:"required" json:"location" yaml:"location"`
	MountPoint   *string `field:"required" json:"mountPoint" yaml:"mountPoint"`
	MountOptions *string `field:"optional" json:"mountOptions" yaml:"mountOptions"`
}

type efsLocation struct{ props EfsFileSystemLocationProps }

// FileSystemLocation_Efs mounts an EFS file system.
func FileSystemLocation_Efs(props *EfsFileSystemLocationProps) IFileSystemLocation {
	if props == nil {
		l2.RequireProps(nil, nil, "EfsFileSystemLocationProps", "Identifier", "Location", "MountPoint")
	}
	return &efsLocation{props: *props}
}

func (e *efsLocation) Bind(scope constructs.Construct, project IProject) *FileSystemConfig {
	return &FileSystemConfig{Location: &CfnProject_ProjectFileSystemLocationProperty{
		Identifier: e.props.Identifier, Location: e.props.Location, MountOptions: e.props.MountOptions,
		MountPoint: e.props.MountPoint, Type: jsii.String("EFS"),
	}}
}
