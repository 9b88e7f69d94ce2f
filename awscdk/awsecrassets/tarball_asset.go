package awsecrassets

import (
	"os"
	"path/filepath"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// dockerLoadOutputSed turns the last line `docker load` prints ("Loaded
// image: name:tag" or "Loaded image ID: sha256:...") into the image name,
// which is what the CDK CLI expects an executable image source to print.
const dockerLoadOutputSed = "s/Loaded image[^:]*: //g"

// TarballImageAssetProps are the props of NewTarballImageAsset.
type TarballImageAssetProps struct {
	// The tarball of the image, as `docker save` writes it.
	TarballFile *string `field:"required" json:"tarballFile" yaml:"tarballFile"`
	// Default: the construct's path within its stack.
	DisplayName *string `field:"optional" json:"displayName" yaml:"displayName"`
}

// TarballImageAsset is a container image loaded from a local tarball and
// published to the bootstrap ECR repository on deploy. Nothing runs at
// synth: the asset manifest holds the `docker load` command the CLI runs.
type TarballImageAsset interface {
	constructs.Construct
	// AssetHash is the hash of the tarball.
	AssetHash() *string
	// ImageTag is the tag the image is published under.
	ImageTag() *string
	// ImageUri is the image's URI in ECR (a token).
	ImageUri() *string
	SetImageUri(val *string)
	// Repository is the repository the image is published to.
	Repository() awsecr.IRepository
	SetRepository(val awsecr.IRepository)
}

type tarballImageAsset struct {
	constructs.Construct
	assetHash  *string
	imageTag   *string
	imageURI   *string
	repository awsecr.IRepository
}

// TarballImageAsset_IsConstruct reports whether x is a construct.
func TarballImageAsset_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NewTarballImageAsset stages props.TarballFile and registers it as an
// image asset whose image is made by `docker load` (CDK_DOCKER names
// another client, as in aws-cdk-lib).
func NewTarballImageAsset(scope constructs.Construct, id *string, props *TarballImageAssetProps) TarballImageAsset {
	a := &tarballImageAsset{}
	a.Construct = constructs.NewConstruct(scope, id)
	host.Set(a.Construct, a)
	if props == nil || props.TarballFile == nil {
		l2.Throw(a, "TarballImageAsset needs props.TarballFile, the image tarball")
	}
	if !exists(*props.TarballFile) {
		l2.Throw(a, "Cannot find file at %s", *props.TarballFile)
	}
	staging := awscdk.NewAssetStaging(a, jsii.String("Staging"), &awscdk.AssetStagingProps{SourcePath: props.TarballFile})
	a.assetHash = staging.AssetHash()
	staged := deref(staging.AbsoluteStagedPath())
	if st := awscdk.Stage_Of(a); st != nil {
		if rel, err := filepath.Rel(deref(st.AssetOutdir()), staged); err == nil {
			staged = filepath.ToSlash(rel)
		}
	}
	docker, ok := os.LookupEnv("CDK_DOCKER")
	if !ok {
		docker = "docker"
	}
	display := props.DisplayName
	if display == nil {
		display = awscdk.Names_StackRelativeConstructPath(a)
	}
	loc := awscdk.Stack_Of(a).Synthesizer().AddDockerImageAsset(&awscdk.DockerImageAssetSource{
		SourceHash: a.assetHash,
		Executable: jsii.Strings("sh", "-c", docker+` load -i "$1" | tail -n 1 | sed "`+dockerLoadOutputSed+`"`,
			"cdk-tarball-image-asset", staged),
		DisplayName: display,
	})
	a.repository = awsecr.Repository_FromRepositoryName(a, jsii.String("Repository"), loc.RepositoryName)
	a.imageURI = loc.ImageUri
	a.imageTag = loc.ImageTag
	if a.imageTag == nil {
		a.imageTag = a.assetHash
	}
	return a
}

func (a *tarballImageAsset) AssetHash() *string                 { return a.assetHash }
func (a *tarballImageAsset) ImageTag() *string                  { return a.imageTag }
func (a *tarballImageAsset) ImageUri() *string                  { return a.imageURI }
func (a *tarballImageAsset) SetImageUri(v *string)              { a.imageURI = v }
func (a *tarballImageAsset) Repository() awsecr.IRepository     { return a.repository }
func (a *tarballImageAsset) SetRepository(v awsecr.IRepository) { a.repository = v }
func (a *tarballImageAsset) ToString() *string                  { return a.Node().Path() }

// NewTarballImageAsset_Override initialises outer, a type embedding
// TarballImageAsset (how Go "subclasses" it).
func NewTarballImageAsset_Override(outer TarballImageAsset, scope constructs.Construct, id *string, props *TarballImageAssetProps) {
	l2.Override(outer, NewTarballImageAsset(scope, id, props))
}
