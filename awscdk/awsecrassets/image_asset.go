package awsecrassets

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// assetHashVersion is mixed into every image asset's hash, as aws-cdk-lib
// does, so that a change of how images are built invalidates old hashes.
const assetHashVersion = "1.21.0"

// DockerCacheOption is a cache source or destination of docker build.
type DockerCacheOption struct {
	Type   *string             `field:"required" json:"type" yaml:"type"`
	Params *map[string]*string `field:"optional" json:"params" yaml:"params"`
}

// DockerImageAssetInvalidationOptions say which props change the asset's
// hash (all of them by default).
type DockerImageAssetInvalidationOptions struct {
	BuildArgs      *bool `field:"optional" json:"buildArgs" yaml:"buildArgs"`
	BuildContexts  *bool `field:"optional" json:"buildContexts" yaml:"buildContexts"`
	BuildSecrets   *bool `field:"optional" json:"buildSecrets" yaml:"buildSecrets"`
	BuildSsh       *bool `field:"optional" json:"buildSsh" yaml:"buildSsh"`
	ExtraHash      *bool `field:"optional" json:"extraHash" yaml:"extraHash"`
	File           *bool `field:"optional" json:"file" yaml:"file"`
	NetworkMode    *bool `field:"optional" json:"networkMode" yaml:"networkMode"`
	Outputs        *bool `field:"optional" json:"outputs" yaml:"outputs"`
	Platform       *bool `field:"optional" json:"platform" yaml:"platform"`
	RepositoryName *bool `field:"optional" json:"repositoryName" yaml:"repositoryName"`
	Target         *bool `field:"optional" json:"target" yaml:"target"`
}

// DockerImageAssetOptions are the options of an image asset, without its
// directory (what awslambda.DockerImageCode_FromImageAsset takes).
type DockerImageAssetOptions struct {
	Exclude        *[]*string                           `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks awscdk.SymlinkFollowMode             `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode     awscdk.IgnoreMode                    `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	ExtraHash      *string                              `field:"optional" json:"extraHash" yaml:"extraHash"`
	AssetName      *string                              `field:"optional" json:"assetName" yaml:"assetName"`
	BuildArgs      *map[string]*string                  `field:"optional" json:"buildArgs" yaml:"buildArgs"`
	BuildContexts  *map[string]*string                  `field:"optional" json:"buildContexts" yaml:"buildContexts"`
	BuildSecrets   *map[string]*string                  `field:"optional" json:"buildSecrets" yaml:"buildSecrets"`
	BuildSsh       *string                              `field:"optional" json:"buildSsh" yaml:"buildSsh"`
	CacheDisabled  *bool                                `field:"optional" json:"cacheDisabled" yaml:"cacheDisabled"`
	CacheFrom      *[]*DockerCacheOption                `field:"optional" json:"cacheFrom" yaml:"cacheFrom"`
	CacheTo        *DockerCacheOption                   `field:"optional" json:"cacheTo" yaml:"cacheTo"`
	DisplayName    *string                              `field:"optional" json:"displayName" yaml:"displayName"`
	File           *string                              `field:"optional" json:"file" yaml:"file"`
	Invalidation   *DockerImageAssetInvalidationOptions `field:"optional" json:"invalidation" yaml:"invalidation"`
	NetworkMode    NetworkMode                          `field:"optional" json:"networkMode" yaml:"networkMode"`
	Outputs        *[]*string                           `field:"optional" json:"outputs" yaml:"outputs"`
	Platform       Platform                             `field:"optional" json:"platform" yaml:"platform"`
	Target         *string                              `field:"optional" json:"target" yaml:"target"`
}

// DockerImageAssetProps are the props of NewDockerImageAsset.
type DockerImageAssetProps struct {
	Exclude        *[]*string                           `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks awscdk.SymlinkFollowMode             `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode     awscdk.IgnoreMode                    `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	ExtraHash      *string                              `field:"optional" json:"extraHash" yaml:"extraHash"`
	AssetName      *string                              `field:"optional" json:"assetName" yaml:"assetName"`
	BuildArgs      *map[string]*string                  `field:"optional" json:"buildArgs" yaml:"buildArgs"`
	BuildContexts  *map[string]*string                  `field:"optional" json:"buildContexts" yaml:"buildContexts"`
	BuildSecrets   *map[string]*string                  `field:"optional" json:"buildSecrets" yaml:"buildSecrets"`
	BuildSsh       *string                              `field:"optional" json:"buildSsh" yaml:"buildSsh"`
	CacheDisabled  *bool                                `field:"optional" json:"cacheDisabled" yaml:"cacheDisabled"`
	CacheFrom      *[]*DockerCacheOption                `field:"optional" json:"cacheFrom" yaml:"cacheFrom"`
	CacheTo        *DockerCacheOption                   `field:"optional" json:"cacheTo" yaml:"cacheTo"`
	DisplayName    *string                              `field:"optional" json:"displayName" yaml:"displayName"`
	File           *string                              `field:"optional" json:"file" yaml:"file"`
	Invalidation   *DockerImageAssetInvalidationOptions `field:"optional" json:"invalidation" yaml:"invalidation"`
	NetworkMode    NetworkMode                          `field:"optional" json:"networkMode" yaml:"networkMode"`
	Outputs        *[]*string                           `field:"optional" json:"outputs" yaml:"outputs"`
	Platform       Platform                             `field:"optional" json:"platform" yaml:"platform"`
	Target         *string                              `field:"optional" json:"target" yaml:"target"`
	// The directory holding the Dockerfile (the build context).
	Directory *string `field:"required" json:"directory" yaml:"directory"`
}

// NetworkMode is the network docker build runs with.
type NetworkMode interface {
	Mode() *string
}

type networkMode struct{ mode string }

func (n *networkMode) Mode() *string { return jsii.String(n.mode) }

// NetworkMode_DEFAULT is docker's default network.
func NetworkMode_DEFAULT() NetworkMode { return &networkMode{"default"} }

// NetworkMode_HOST builds on the host's network.
func NetworkMode_HOST() NetworkMode { return &networkMode{"host"} }

// NetworkMode_NONE builds without a network.
func NetworkMode_NONE() NetworkMode { return &networkMode{"none"} }

// NetworkMode_FromContainer builds on the network of another container.
func NetworkMode_FromContainer(containerId *string) NetworkMode {
	return &networkMode{"container:" + deref(containerId)}
}

// NetworkMode_Custom is any network name docker accepts.
func NetworkMode_Custom(mode *string) NetworkMode { return &networkMode{deref(mode)} }

// Platform is the platform an image is built for.
type Platform interface {
	Platform() *string
}

type platform struct{ p string }

func (p *platform) Platform() *string { return jsii.String(p.p) }

// Platform_LINUX_AMD64 is linux/amd64.
func Platform_LINUX_AMD64() Platform { return &platform{"linux/amd64"} }

// Platform_LINUX_ARM64 is linux/arm64.
func Platform_LINUX_ARM64() Platform { return &platform{"linux/arm64"} }

// Platform_Custom is any platform docker accepts.
func Platform_Custom(p *string) Platform { return &platform{deref(p)} }

// DockerImageAsset is a container image built from a local directory with
// a Dockerfile and published to the bootstrap ECR repository on deploy.
type DockerImageAsset interface {
	constructs.Construct
	// AssetHash is the hash of the build context and the build options.
	AssetHash() *string
	// ImageTag is the tag the image is published under.
	ImageTag() *string
	// ImageUri is the image's URI in ECR (a token).
	ImageUri() *string
	SetImageUri(val *string)
	// Repository is the repository the image is published to.
	Repository() awsecr.IRepository
	SetRepository(val awsecr.IRepository)
	// AddResourceMetadata tells local tools (SAM CLI) that resourceProperty
	// of resource is built from this image, when the CLI asks for it.
	AddResourceMetadata(resource awscdk.CfnResource, resourceProperty *string)
}

type dockerImageAsset struct {
	constructs.Construct
	props          DockerImageAssetProps
	assetHash      *string
	imageTag       *string
	imageURI       *string
	repository     awsecr.IRepository
	assetPath      string
	dockerfilePath string
}

// DockerImageAsset_IsConstruct reports whether x is a construct.
func DockerImageAsset_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DockerImageAsset_PROPERTY_INJECTION_ID identifies the class to property injectors.
func DockerImageAsset_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecr-assets.DockerImageAsset")
}

// NewDockerImageAsset stages props.Directory as an image asset. The
// directory must hold the Dockerfile (props.File, "Dockerfile" by default).
func NewDockerImageAsset(scope constructs.Construct, id *string, props *DockerImageAssetProps) DockerImageAsset {
	props = l2.Inject(*DockerImageAsset_PROPERTY_INJECTION_ID(), props, scope, id)
	a := &dockerImageAsset{}
	a.Construct = constructs.NewConstruct(scope, id)
	host.Set(a.Construct, a)
	if props == nil || props.Directory == nil {
		l2.Throw(a, "DockerImageAsset needs props.Directory, the directory holding the Dockerfile")
	}
	a.props = *props
	a.build()
	return a
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

// validate refuses tokens: the values are needed to build the image,
// before the stack deploys.
func (a *dockerImageAsset) validate() {
	p := &a.props
	for name, v := range map[string]*string{"directory": p.Directory, "file": p.File, "target": p.Target, "extraHash": p.ExtraHash,
		"assetName": p.AssetName, "buildSsh": p.BuildSsh, "displayName": p.DisplayName} {
		if v != nil && isUnresolved(*v) {
			l2.Throw(a, "Cannot use Token as value of '%s': this value is used before deployment starts", name)
		}
	}
	for name, m := range map[string]*map[string]*string{"buildArgs": p.BuildArgs, "buildContexts": p.BuildContexts, "buildSecrets": p.BuildSecrets} {
		if m == nil {
			continue
		}
		for k, v := range *m {
			if isUnresolved(k) || (v != nil && isUnresolved(*v)) {
				l2.Throw(a, "Cannot use tokens in keys or values of \"%s\" since they are needed before deployment", name)
			}
		}
	}
}

func (a *dockerImageAsset) build() {
	a.validate()
	p := &a.props
	dir, err := filepath.Abs(*p.Directory)
	if err != nil || !exists(dir) {
		l2.Throw(a, "Cannot find image directory at %s", dir)
	}
	a.dockerfilePath = "Dockerfile"
	if p.File != nil && *p.File != "" {
		a.dockerfilePath = *p.File
	}
	file := filepath.Join(dir, a.dockerfilePath)
	if !exists(file) {
		l2.Throw(a, "Cannot find file at %s", file)
	}
	ignoreMode := awscdk.IgnoreMode_GLOB
	if *awscdk.FeatureFlags_Of(a).IsEnabled(jsii.String("@aws-cdk/aws-ecr-assets:dockerIgnoreSupport")) {
		ignoreMode = awscdk.IgnoreMode_DOCKER
	}
	if p.IgnoreMode != "" {
		ignoreMode = p.IgnoreMode
	}
	var exclude []*string
	if p.Exclude != nil {
		exclude = append(exclude, *p.Exclude...)
	}
	// A .dockerignore excludes what docker would not send to the daemon;
	// the Dockerfile and .dockerignore themselves always stay.
	if b, err := os.ReadFile(filepath.Join(dir, ".dockerignore")); err == nil {
		var lines []*string
		for _, l := range strings.Split(string(b), "\n") {
			if l != "" {
				lines = append(lines, jsii.String(l))
			}
		}
		exclude = append(append(lines, exclude...), jsii.String("!.dockerignore"))
	}
	exclude = append(exclude, jsii.String("!"+filepath.Base(file)))
	cdkout := "cdk.out"
	if st := awscdk.Stage_Of(a); st != nil && st.Outdir() != nil {
		cdkout = *st.Outdir()
	}
	exclude = append(exclude, jsii.String(cdkout))

	staging := awscdk.NewAssetStaging(a, jsii.String("Staging"), &awscdk.AssetStagingProps{
		SourcePath: jsii.String(dir),
		Exclude:    &exclude,
		Follow:     p.FollowSymlinks,
		IgnoreMode: ignoreMode,
		ExtraHash:  a.extraHash(),
	})
	a.assetHash = staging.AssetHash()
	stack := awscdk.Stack_Of(a)
	a.assetPath = deref(staging.RelativeStagedPath(stack))
	src := &awscdk.DockerImageAssetSource{
		SourceHash:          a.assetHash,
		AssetName:           p.AssetName,
		DirectoryName:       jsii.String(a.assetPath),
		DockerBuildArgs:     p.BuildArgs,
		DockerBuildContexts: p.BuildContexts,
		DockerBuildSecrets:  p.BuildSecrets,
		DockerBuildSsh:      p.BuildSsh,
		DockerBuildTarget:   p.Target,
		DockerFile:          p.File,
		DockerOutputs:       p.Outputs,
		DockerCacheDisabled: p.CacheDisabled,
		DisplayName:         p.DisplayName,
	}
	if src.DisplayName == nil {
		src.DisplayName = p.AssetName
	}
	if src.DisplayName == nil {
		src.DisplayName = awscdk.Names_StackRelativeConstructPath(a)
	}
	if p.NetworkMode != nil {
		src.NetworkMode = p.NetworkMode.Mode()
	}
	if p.Platform != nil {
		src.Platform = p.Platform.Platform()
	}
	if p.CacheFrom != nil {
		var from []*awscdk.DockerCacheOption
		for _, c := range *p.CacheFrom {
			if c != nil {
				from = append(from, &awscdk.DockerCacheOption{Type: c.Type, Params: c.Params})
			}
		}
		src.DockerCacheFrom = &from
	}
	if p.CacheTo != nil {
		src.DockerCacheTo = &awscdk.DockerCacheOption{Type: p.CacheTo.Type, Params: p.CacheTo.Params}
	}
	loc := stack.Synthesizer().AddDockerImageAsset(src)
	a.repository = awsecr.Repository_FromRepositoryName(a, jsii.String("Repository"), loc.RepositoryName)
	a.imageURI = loc.ImageUri
	a.imageTag = loc.ImageTag
	if a.imageTag == nil {
		a.imageTag = a.assetHash
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// extraHash is what, beside the files, the asset's hash covers: the build
// options (unless props.Invalidation leaves one out) and the format
// version, as a JSON object in aws-cdk-lib's key order.
func (a *dockerImageAsset) extraHash() *string {
	p := &a.props
	inv := p.Invalidation
	if inv == nil {
		inv = &DockerImageAssetInvalidationOptions{}
	}
	on := func(b *bool) bool { return b == nil || *b }
	o := ojson.New()
	if on(inv.ExtraHash) && deref(p.ExtraHash) != "" {
		o.Set("user", *p.ExtraHash)
	}
	if on(inv.BuildArgs) && p.BuildArgs != nil {
		o.Set("buildArgs", sortedMap(p.BuildArgs))
	}
	if on(inv.BuildContexts) && p.BuildContexts != nil {
		o.Set("buildContexts", sortedMap(p.BuildContexts))
	}
	if on(inv.BuildSecrets) && p.BuildSecrets != nil {
		o.Set("buildSecrets", sortedMap(p.BuildSecrets))
	}
	if on(inv.BuildSsh) && deref(p.BuildSsh) != "" {
		o.Set("buildSsh", *p.BuildSsh)
	}
	if on(inv.Target) && deref(p.Target) != "" {
		o.Set("target", *p.Target)
	}
	if on(inv.File) && deref(p.File) != "" {
		o.Set("file", *p.File)
	}
	if on(inv.NetworkMode) && p.NetworkMode != nil {
		m := ojson.New()
		m.Set("mode", deref(p.NetworkMode.Mode()))
		o.Set("networkMode", m)
	}
	if on(inv.Platform) && p.Platform != nil {
		m := ojson.New()
		m.Set("platform", deref(p.Platform.Platform()))
		o.Set("platform", m)
	}
	if on(inv.Outputs) && p.Outputs != nil {
		l := []interface{}{}
		for _, s := range *p.Outputs {
			if s != nil {
				l = append(l, *s)
			}
		}
		o.Set("outputs", l)
	}
	o.Set("version", assetHashVersion)
	b, _ := ojson.Marshal(o, "")
	return jsii.String(string(b))
}

// sortedMap is a Go map as jsii hands it to aws-cdk-lib: keys sorted.
func sortedMap(m *map[string]*string) *ojson.Object {
	keys := make([]string, 0, len(*m))
	for k := range *m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	o := ojson.New()
	for _, k := range keys {
		if v := (*m)[k]; v != nil {
			o.Set(k, *v)
		}
	}
	return o
}

func (a *dockerImageAsset) AssetHash() *string                 { return a.assetHash }
func (a *dockerImageAsset) ImageTag() *string                  { return a.imageTag }
func (a *dockerImageAsset) ImageUri() *string                  { return a.imageURI }
func (a *dockerImageAsset) SetImageUri(v *string)              { a.imageURI = v }
func (a *dockerImageAsset) Repository() awsecr.IRepository     { return a.repository }
func (a *dockerImageAsset) SetRepository(v awsecr.IRepository) { a.repository = v }
func (a *dockerImageAsset) ToString() *string                  { return a.Node().Path() }

// AddResourceMetadata writes the aws:asset:* metadata SAM CLI reads, when
// the CLI asks for asset metadata (aws:cdk:enable-asset-metadata).
func (a *dockerImageAsset) AddResourceMetadata(resource awscdk.CfnResource, resourceProperty *string) {
	if v := a.Node().TryGetContext(jsii.String("aws:cdk:enable-asset-metadata")); v == nil || v == false {
		return
	}
	p := &a.props
	resource.AddMetadata(jsii.String("aws:asset:path"), a.assetPath)
	resource.AddMetadata(jsii.String("aws:asset:dockerfile-path"), a.dockerfilePath)
	if p.BuildArgs != nil {
		resource.AddMetadata(jsii.String("aws:asset:docker-build-args"), sortedMap(p.BuildArgs))
	}
	if p.BuildContexts != nil {
		resource.AddMetadata(jsii.String("aws:asset:docker-build-contexts"), sortedMap(p.BuildContexts))
	}
	if p.BuildSecrets != nil {
		resource.AddMetadata(jsii.String("aws:asset:docker-build-secrets"), sortedMap(p.BuildSecrets))
	}
	if p.BuildSsh != nil {
		resource.AddMetadata(jsii.String("aws:asset:docker-build-ssh"), *p.BuildSsh)
	}
	if p.Target != nil {
		resource.AddMetadata(jsii.String("aws:asset:docker-build-target"), *p.Target)
	}
	resource.AddMetadata(jsii.String("aws:asset:property"), deref(resourceProperty))
	if p.Outputs != nil {
		resource.AddMetadata(jsii.String("aws:asset:docker-outputs"), *p.Outputs)
	}
	if p.CacheDisabled != nil {
		resource.AddMetadata(jsii.String("aws:asset:docker-cache-disabled"), *p.CacheDisabled)
	}
}

// NewDockerImageAsset_Override initialises outer, a type embedding
// DockerImageAsset (how Go "subclasses" it).
func NewDockerImageAsset_Override(outer DockerImageAsset, scope constructs.Construct, id *string, props *DockerImageAssetProps) {
	l2.Override(outer, NewDockerImageAsset(scope, id, props))
}
