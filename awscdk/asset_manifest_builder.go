package awscdk

import (
	"path/filepath"
	"strings"

	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/internal/assembly"
	"github.com/strata-cdk/strata/internal/ojson"
)

// RoleOptions name a role to assume for publishing.
type RoleOptions struct {
	AssumeRoleArn               *string                 `field:"required" json:"assumeRoleArn" yaml:"assumeRoleArn"`
	AssumeRoleAdditionalOptions *map[string]interface{} `field:"optional" json:"assumeRoleAdditionalOptions" yaml:"assumeRoleAdditionalOptions"`
	AssumeRoleExternalId        *string                 `field:"optional" json:"assumeRoleExternalId" yaml:"assumeRoleExternalId"`
}

// AssetManifestFileDestination is the bucket file assets go to.
type AssetManifestFileDestination struct {
	BucketName   *string      `field:"required" json:"bucketName" yaml:"bucketName"`
	BucketPrefix *string      `field:"optional" json:"bucketPrefix" yaml:"bucketPrefix"`
	Role         *RoleOptions `field:"optional" json:"role" yaml:"role"`
}

// AssetManifestDockerImageDestination is the repository images go to.
type AssetManifestDockerImageDestination struct {
	RepositoryName  *string      `field:"required" json:"repositoryName" yaml:"repositoryName"`
	DockerTagPrefix *string      `field:"optional" json:"dockerTagPrefix" yaml:"dockerTagPrefix"`
	Role            *RoleOptions `field:"optional" json:"role" yaml:"role"`
}

// AddFileAssetOptions are options of AssetManifestBuilder.AddFileAsset.
type AddFileAssetOptions struct {
	DisplayName *string `field:"optional" json:"displayName" yaml:"displayName"`
}

// AddDockerImageAssetOptions are options of AssetManifestBuilder.AddDockerImageAsset.
type AddDockerImageAssetOptions struct {
	DisplayName *string `field:"optional" json:"displayName" yaml:"displayName"`
}

// AssetManifestBuilder collects the assets of a stack into an asset
// manifest, for synthesizers of the program's own.
type AssetManifestBuilder interface {
	HasAssets() *bool
	AddDockerImageAsset(stack Stack, sourceHash *string, source *cloudassemblyschema.DockerImageSource, dest *cloudassemblyschema.DockerImageDestination, options *AddDockerImageAssetOptions) *cloudassemblyschema.DockerImageDestination
	AddFileAsset(stack Stack, sourceHash *string, source *cloudassemblyschema.FileSource, dest *cloudassemblyschema.FileDestination, options *AddFileAssetOptions) *cloudassemblyschema.FileDestination
	DefaultAddDockerImageAsset(stack Stack, asset *DockerImageAssetSource, target *AssetManifestDockerImageDestination, options *AddDockerImageAssetOptions) *cloudassemblyschema.DockerImageDestination
	DefaultAddFileAsset(stack Stack, asset *FileAssetSource, target *AssetManifestFileDestination, options *AddFileAssetOptions) *cloudassemblyschema.FileDestination
	EmitManifest(stack Stack, session ISynthesisSession, options *cloudassemblyschema.AssetManifestOptions, dependencies *[]*string) *string
}

type assetManifestBuilder struct {
	files, images *ojson.Object
}

// NewAssetManifestBuilder creates an empty builder.
func NewAssetManifestBuilder() AssetManifestBuilder {
	return &assetManifestBuilder{files: ojson.New(), images: ojson.New()}
}

// NewAssetManifestBuilder_Override creates a builder for a.
func NewAssetManifestBuilder_Override(a AssetManifestBuilder) {
	overrideValue(a, NewAssetManifestBuilder())
}

func (b *assetManifestBuilder) HasAssets() *bool {
	return boolp(b.files.Len()+b.images.Len() > 0)
}

func resolvedRegion(s *stack) string {
	if isUnresolved(s.region) {
		return ""
	}
	return s.region
}

func envNameOf(s *stack) string {
	a, r := s.account, s.region
	if isUnresolved(a) {
		a = "current_account"
	}
	if isUnresolved(r) {
		r = "current_region"
	}
	return a + "-" + r
}

func (b *assetManifestBuilder) AddFileAsset(st Stack, sourceHash *string, source *cloudassemblyschema.FileSource, dest *cloudassemblyschema.FileDestination, options *AddFileAssetOptions) *cloudassemblyschema.FileDestination {
	s := st.stackImpl()
	if source == nil {
		source = &cloudassemblyschema.FileSource{}
	}
	if dest == nil {
		dest = &cloudassemblyschema.FileDestination{}
	}
	hash := deref(sourceHash)
	fa, ok := b.files.Get(hash)
	if !ok {
		f := &assembly.FileAsset{Source: assembly.FileSource{Path: deref(source.Path), Executable: strList(source.Executable),
			Packaging: strings.ToLower(legacyPackaging(FileAssetPackaging(source.Packaging)))}, Destinations: ojson.New()}
		if options != nil {
			f.DisplayName = deref(options.DisplayName)
		}
		b.files.Set(hash, f)
		fa = f
	}
	d := assembly.FileDestination{BucketName: deref(dest.BucketName), ObjectKey: deref(dest.ObjectKey), Region: deref(dest.Region),
		AssumeRoleArn: deref(dest.AssumeRoleArn), AssumeRoleExternalID: deref(dest.AssumeRoleExternalId), AssumeRoleAdditionalOptions: dest.AssumeRoleAdditionalOptions}
	dj, _ := assembly.Marshal(d, 0)
	fa.(*assembly.FileAsset).Destinations.Set(envNameOf(s)+"-"+contentHash(string(dj))[:8], d)
	return dest
}

func (b *assetManifestBuilder) AddDockerImageAsset(st Stack, sourceHash *string, source *cloudassemblyschema.DockerImageSource, dest *cloudassemblyschema.DockerImageDestination, options *AddDockerImageAssetOptions) *cloudassemblyschema.DockerImageDestination {
	s := st.stackImpl()
	if source == nil {
		source = &cloudassemblyschema.DockerImageSource{}
	}
	if dest == nil {
		dest = &cloudassemblyschema.DockerImageDestination{}
	}
	hash := deref(sourceHash)
	ia, ok := b.images.Get(hash)
	if !ok {
		src := assembly.DockerSource{Executable: strList(source.Executable), Directory: deref(source.Directory),
			DockerBuildArgs: sortedStrMap(source.DockerBuildArgs), DockerBuildContexts: sortedStrMap(source.DockerBuildContexts),
			DockerBuildSecrets: sortedStrMap(source.DockerBuildSecrets), DockerBuildSsh: deref(source.DockerBuildSsh),
			DockerBuildTarget: deref(source.DockerBuildTarget), DockerFile: deref(source.DockerFile), NetworkMode: deref(source.NetworkMode),
			Platform: deref(source.Platform), DockerOutputs: strList(source.DockerOutputs), CacheDisabled: boolOr(source.CacheDisabled, false)}
		if source.CacheFrom != nil {
			for _, c := range *source.CacheFrom {
				if c != nil {
					src.CacheFrom = append(src.CacheFrom, dockerCache(&DockerCacheOption{Type: c.Type, Params: c.Params}))
				}
			}
		}
		if source.CacheTo != nil {
			c := dockerCache(&DockerCacheOption{Type: source.CacheTo.Type, Params: source.CacheTo.Params})
			src.CacheTo = &c
		}
		img := &assembly.DockerImageAsset{Source: src, Destinations: ojson.New()}
		if options != nil {
			img.DisplayName = deref(options.DisplayName)
		}
		b.images.Set(hash, img)
		ia = img
	}
	d := assembly.DockerDestination{RepositoryName: deref(dest.RepositoryName), ImageTag: deref(dest.ImageTag), Region: deref(dest.Region),
		AssumeRoleArn: deref(dest.AssumeRoleArn), AssumeRoleExternalID: deref(dest.AssumeRoleExternalId), AssumeRoleAdditionalOptions: dest.AssumeRoleAdditionalOptions}
	dj, _ := assembly.Marshal(d, 0)
	ia.(*assembly.DockerImageAsset).Destinations.Set(envNameOf(s)+"-"+contentHash(string(dj))[:8], d)
	return dest
}

func (b *assetManifestBuilder) DefaultAddFileAsset(st Stack, asset *FileAssetSource, target *AssetManifestFileDestination, options *AddFileAssetOptions) *cloudassemblyschema.FileDestination {
	s := st.stackImpl()
	if asset == nil || asset.SourceHash == nil {
		panicf(*s.Node().Path(), "a file asset needs a sourceHash")
	}
	if target == nil {
		target = &AssetManifestFileDestination{}
	}
	ext := ""
	if asset.FileName != nil {
		ext = filepath.Ext(*asset.FileName)
	}
	if asset.Packaging == FileAssetPackaging_ZIP_DIRECTORY {
		ext = ".zip"
	}
	dest := &cloudassemblyschema.FileDestination{BucketName: target.BucketName, ObjectKey: str(deref(target.BucketPrefix) + *asset.SourceHash + ext),
		Region: optional(resolvedRegion(s))}
	if r := target.Role; r != nil {
		dest.AssumeRoleArn, dest.AssumeRoleExternalId, dest.AssumeRoleAdditionalOptions = r.AssumeRoleArn, r.AssumeRoleExternalId, r.AssumeRoleAdditionalOptions
	}
	return b.AddFileAsset(st, asset.SourceHash, &cloudassemblyschema.FileSource{Path: asset.FileName, Executable: asset.Executable,
		Packaging: cloudassemblyschema.FileAssetPackaging(asset.Packaging)}, dest, options)
}

func (b *assetManifestBuilder) DefaultAddDockerImageAsset(st Stack, asset *DockerImageAssetSource, target *AssetManifestDockerImageDestination, options *AddDockerImageAssetOptions) *cloudassemblyschema.DockerImageDestination {
	s := st.stackImpl()
	if asset == nil || asset.SourceHash == nil {
		panicf(*s.Node().Path(), "a container image asset needs a sourceHash")
	}
	if target == nil {
		target = &AssetManifestDockerImageDestination{}
	}
	hash := *asset.SourceHash
	if asset.AssetName != nil {
		hash = *asset.AssetName + "-" + hash
	}
	dest := &cloudassemblyschema.DockerImageDestination{RepositoryName: target.RepositoryName, ImageTag: str(deref(target.DockerTagPrefix) + *asset.SourceHash),
		Region: optional(resolvedRegion(s))}
	if r := target.Role; r != nil {
		dest.AssumeRoleArn, dest.AssumeRoleExternalId, dest.AssumeRoleAdditionalOptions = r.AssumeRoleArn, r.AssumeRoleExternalId, r.AssumeRoleAdditionalOptions
	}
	src := &cloudassemblyschema.DockerImageSource{Executable: asset.Executable, Directory: asset.DirectoryName, DockerBuildArgs: asset.DockerBuildArgs,
		DockerBuildContexts: asset.DockerBuildContexts, DockerBuildSecrets: asset.DockerBuildSecrets, DockerBuildSsh: asset.DockerBuildSsh,
		DockerBuildTarget: asset.DockerBuildTarget, DockerFile: asset.DockerFile, NetworkMode: asset.NetworkMode, Platform: asset.Platform,
		DockerOutputs: asset.DockerOutputs, CacheDisabled: asset.DockerCacheDisabled}
	if asset.DockerCacheFrom != nil {
		var from []*cloudassemblyschema.DockerCacheOption
		for _, c := range *asset.DockerCacheFrom {
			if c != nil {
				from = append(from, &cloudassemblyschema.DockerCacheOption{Type: c.Type, Params: c.Params})
			}
		}
		src.CacheFrom = &from
	}
	if c := asset.DockerCacheTo; c != nil {
		src.CacheTo = &cloudassemblyschema.DockerCacheOption{Type: c.Type, Params: c.Params}
	}
	return b.AddDockerImageAsset(st, &hash, src, dest, options)
}

// EmitManifest writes <artifactId>.assets.json and registers it as an
// artifact; it returns the artifact's id.
func (b *assetManifestBuilder) EmitManifest(st Stack, session ISynthesisSession, options *cloudassemblyschema.AssetManifestOptions, dependencies *[]*string) *string {
	s := st.stackImpl()
	ss := sessionOf(session, *s.Node().Path())
	id := s.artifactID + ".assets"
	am := &assembly.AssetManifest{Version: assembly.SchemaVersion, Files: b.files, DockerImages: b.images}
	if _, err := ss.w.stage.WriteJSON(id+".json", am, 2); err != nil {
		panic(err)
	}
	props := &assembly.AssetManifestProperties{File: id + ".json"}
	if options != nil {
		props.BootstrapStackVersionSsmParameter = deref(options.BootstrapStackVersionSsmParameter)
		if options.RequiresBootstrapStackVersion != nil {
			props.RequiresBootstrapStackVersion = int(*options.RequiresBootstrapStackVersion)
		}
	}
	ss.w.addArtifact(id, &assembly.Artifact{Type: assembly.TypeAssetManifest, Properties: props, Dependencies: strList(dependencies)})
	return str(id)
}
