package awscdk

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/assembly"
	"github.com/strata-cdk/strata/internal/ojson"
)

// stackSynthExtra is the part of IStackSynthesizer this file implements.
type stackSynthExtra interface {
	// CloudFormationExecutionRole is the role CloudFormation deploys with,
	// when the synthesizer names one.
	CloudFormationExecutionRole() *string
}

// IBoundStackSynthesizer is a synthesizer bound to one stack.
type IBoundStackSynthesizer interface {
	IStackSynthesizer
}

// StackSynthesizer is what the synthesizers share: a bound stack and the
// translation of published asset locations into template values.
type StackSynthesizer interface {
	IStackSynthesizer
	// BoundStack is the stack the synthesizer is bound to.
	BoundStack() Stack
	// AddBootstrapVersionRule adds the BootstrapVersion parameter and the
	// CheckBootstrapVersion rule to the bound stack.
	AddBootstrapVersionRule(requiredVersion *float64, bootstrapStackVersionSsmParameter *string)
	// CloudFormationLocationFromFileAsset turns a file destination into its
	// template location (S3 and HTTPS URLs, placeholders as Fn::Sub).
	CloudFormationLocationFromFileAsset(location *cloudassemblyschema.FileDestination) *FileAssetLocation
	// CloudFormationLocationFromDockerImageAsset turns an image destination
	// into its template location.
	CloudFormationLocationFromDockerImageAsset(dest *cloudassemblyschema.DockerImageDestination) *DockerImageAssetLocation
	synthArtifactAPI
}

// defaultSynthExtra is the part of DefaultStackSynthesizer this file implements.
type defaultSynthExtra interface {
	StackSynthesizer
	// Stack is BoundStack under its older name.
	Stack() Stack
	engineSynthesizer
}

// engineSynthesizer is how synthesis drives Strata's own synthesizers. The
// methods are part of the public interfaces (unexported), so that a
// program's struct embedding one of them (New*Synthesizer_Override) is
// driven like the synthesizer it embeds.
type engineSynthesizer interface {
	bindStack(s *stack)
	prepareForSynth()
	synthesizeStack(w *assemblyWriter) error
	lookupRoleForQueries() (arn, externalID string)
}

func (d *defaultSynth) lookupRoleForQueries() (string, string) {
	return d.lookupRole, deref(d.props.LookupRoleExternalId)
}

// lookupRoleOptions are the lookup role's additional sts:AssumeRole options,
// passed with every context query.
func (d *defaultSynth) lookupRoleOptions() *map[string]interface{} {
	return d.props.LookupRoleAdditionalOptions
}

// The synthesizers without a lookup role.
func (c *cliSynth) lookupRoleForQueries() (string, string)      { return "", "" }
func (b *bootlessSynth) lookupRoleForQueries() (string, string) { return "", "" }

// synthBase implements StackSynthesizer's shared methods for a bound stack.
type synthBase struct{ bound *stack }

func (b *synthBase) boundStack() *stack {
	if b.bound == nil {
		panicf("", "The StackSynthesizer must be bound to a Stack first before boundStack() can be called")
	}
	return b.bound
}

func (b *synthBase) BoundStack() Stack { return b.boundStack().host() }

func (b *synthBase) AddBootstrapVersionRule(requiredVersion *float64, bootstrapStackVersionSsmParameter *string) {
	v := 0
	if requiredVersion != nil {
		v = int(*requiredVersion)
	}
	addBootstrapVersionRule(b.boundStack(), v, deref(bootstrapStackVersionSsmParameter))
}

// locationParts are the region and URL suffix of the bound stack, or their
// placeholders when unknown.
func (b *synthBase) locationParts() (account, region, urlSuffix string) {
	s := b.boundStack()
	account, region, urlSuffix = "${AWS::AccountId}", "${AWS::Region}", "${AWS::URLSuffix}"
	if !isUnresolved(s.account) {
		account = s.account
	}
	if !isUnresolved(s.region) {
		region = s.region
	}
	return
}

func (b *synthBase) CloudFormationLocationFromFileAsset(location *cloudassemblyschema.FileDestination) *FileAssetLocation {
	if location == nil {
		location = &cloudassemblyschema.FileDestination{}
	}
	_, region, suffix := b.locationParts()
	bucket, key := deref(location.BucketName), deref(location.ObjectKey)
	httpURL := cfnifyIn(b.bound, "https://s3."+region+"."+suffix+"/"+bucket+"/"+key)
	withPlaceholders := "s3://" + bucket + "/" + key
	return &FileAssetLocation{BucketName: cfnifyIn(b.bound, bucket), ObjectKey: cfnifyIn(b.bound, key), HttpUrl: httpURL, S3Url: httpURL,
		S3ObjectUrl: cfnifyIn(b.bound, withPlaceholders), S3ObjectUrlWithPlaceholders: str(withPlaceholders)}
}

func (b *synthBase) CloudFormationLocationFromDockerImageAsset(dest *cloudassemblyschema.DockerImageDestination) *DockerImageAssetLocation {
	if dest == nil {
		dest = &cloudassemblyschema.DockerImageDestination{}
	}
	account, region, suffix := b.locationParts()
	repo, tag := deref(dest.RepositoryName), deref(dest.ImageTag)
	return &DockerImageAssetLocation{RepositoryName: cfnifyIn(b.bound, repo), ImageTag: cfnifyIn(b.bound, tag),
		ImageUri: cfnifyIn(b.bound, account+".dkr.ecr."+region+"."+suffix+"/"+repo+":"+tag)}
}

// ---- DefaultStackSynthesizer

func (d *defaultSynth) base() *synthBase { return &synthBase{bound: d.stack} }

func (d *defaultSynth) BoundStack() Stack { return d.base().BoundStack() }
func (d *defaultSynth) Stack() Stack {
	if d.stack == nil {
		return nil
	}
	return d.stack.host()
}
func (d *defaultSynth) CloudFormationExecutionRole() *string { return str(d.cfnExecRole) }
func (d *defaultSynth) AddBootstrapVersionRule(requiredVersion *float64, ssmParam *string) {
	d.base().AddBootstrapVersionRule(requiredVersion, ssmParam)
}
func (d *defaultSynth) CloudFormationLocationFromFileAsset(l *cloudassemblyschema.FileDestination) *FileAssetLocation {
	return d.base().CloudFormationLocationFromFileAsset(l)
}
func (d *defaultSynth) CloudFormationLocationFromDockerImageAsset(l *cloudassemblyschema.DockerImageDestination) *DockerImageAssetLocation {
	return d.base().CloudFormationLocationFromDockerImageAsset(l)
}

// ReusableBind binds a copy of the synthesizer to stack.
func (d *defaultSynth) ReusableBind(s Stack) IBoundStackSynthesizer {
	cp := &defaultSynth{props: d.props, files: ojson.New(), images: ojson.New()}
	cp.bindStack(s.stackImpl())
	return cp
}

// NewDefaultStackSynthesizer_Override creates the default synthesizer for d,
// a pointer to the program's struct that embeds DefaultStackSynthesizer.
func NewDefaultStackSynthesizer_Override(d DefaultStackSynthesizer, props *DefaultStackSynthesizerProps) {
	overrideValue(d, NewDefaultStackSynthesizer(props))
}

// NewCliCredentialsStackSynthesizer_Override creates the synthesizer for c.
func NewCliCredentialsStackSynthesizer_Override(c CliCredentialsStackSynthesizer, props *CliCredentialsStackSynthesizerProps) {
	overrideValue(c, NewCliCredentialsStackSynthesizer(props))
}

// NewBootstraplessSynthesizer_Override creates the synthesizer for b.
func NewBootstraplessSynthesizer_Override(b BootstraplessSynthesizer, props *BootstraplessSynthesizerProps) {
	overrideValue(b, NewBootstraplessSynthesizer(props))
}

// NewLegacyStackSynthesizer_Override creates the synthesizer for l.
func NewLegacyStackSynthesizer_Override(l LegacyStackSynthesizer) {
	overrideValue(l, NewLegacyStackSynthesizer())
}

// ---- CliCredentialsStackSynthesizer

// CliCredentialsStackSynthesizerProps configure CliCredentialsStackSynthesizer.
type CliCredentialsStackSynthesizerProps struct {
	BucketPrefix              *string `field:"optional" json:"bucketPrefix" yaml:"bucketPrefix"`
	DockerTagPrefix           *string `field:"optional" json:"dockerTagPrefix" yaml:"dockerTagPrefix"`
	FileAssetsBucketName      *string `field:"optional" json:"fileAssetsBucketName" yaml:"fileAssetsBucketName"`
	ImageAssetsRepositoryName *string `field:"optional" json:"imageAssetsRepositoryName" yaml:"imageAssetsRepositoryName"`
	Qualifier                 *string `field:"optional" json:"qualifier" yaml:"qualifier"`
}

// CliCredentialsStackSynthesizer publishes assets to the bootstrap bucket
// and repository and deploys with the CLI's own credentials: no roles are
// assumed and no bootstrap version is checked.
type CliCredentialsStackSynthesizer interface {
	StackSynthesizer
	IBoundStackSynthesizer
	IReusableStackSynthesizer
	engineSynthesizer
}

type cliSynth struct {
	*defaultSynth
	props CliCredentialsStackSynthesizerProps
}

// NewCliCredentialsStackSynthesizer creates the synthesizer. Its props may
// hold the placeholders ${Qualifier}, ${AWS::AccountId}, ${AWS::Region} and
// ${AWS::Partition}, but no tokens.
func NewCliCredentialsStackSynthesizer(props *CliCredentialsStackSynthesizerProps) CliCredentialsStackSynthesizer {
	c := &cliSynth{}
	if props != nil {
		c.props = *props
	}
	for name, v := range map[string]*string{"bucketPrefix": c.props.BucketPrefix, "dockerTagPrefix": c.props.DockerTagPrefix,
		"fileAssetsBucketName": c.props.FileAssetsBucketName, "imageAssetsRepositoryName": c.props.ImageAssetsRepositoryName, "qualifier": c.props.Qualifier} {
		if v != nil && isUnresolved(*v) {
			panicf("", "CliCredentialsStackSynthesizer property '%s' cannot contain tokens; only the following placeholder strings are allowed: ${Qualifier}, ${AWS::Region}, ${AWS::AccountId}, ${AWS::Partition}", name)
		}
	}
	c.defaultSynth = c.newDefault()
	return c
}

func (c *cliSynth) newDefault() *defaultSynth {
	return &defaultSynth{props: DefaultStackSynthesizerProps{Qualifier: c.props.Qualifier, BucketPrefix: c.props.BucketPrefix,
		DockerTagPrefix: c.props.DockerTagPrefix, FileAssetsBucketName: c.props.FileAssetsBucketName,
		ImageAssetsRepositoryName: c.props.ImageAssetsRepositoryName}, files: ojson.New(), images: ojson.New()}
}

func (c *cliSynth) Bind(s Stack) { c.bindStack(s.stackImpl()) }

func (c *cliSynth) bindStack(s *stack) {
	if c.stack != nil && c.stack != s {
		cp := &cliSynth{props: c.props}
		cp.defaultSynth = cp.newDefault()
		s.synthesizer = cp
		cp.bindStack(s)
		return
	}
	c.defaultSynth.bindStack(s)
	// The CLI's credentials publish and deploy: no role to assume.
	c.deployRole, c.cfnExecRole, c.filePubRole, c.imagePubRole, c.lookupRole = "", "", "", "", ""
}

func (c *cliSynth) ReusableBind(s Stack) IBoundStackSynthesizer {
	cp := &cliSynth{props: c.props}
	cp.defaultSynth = cp.newDefault()
	cp.bindStack(s.stackImpl())
	return cp
}

func (c *cliSynth) LookupRole() *string                  { return nil }
func (c *cliSynth) CloudFormationExecutionRole() *string { return nil }

// prepareForSynth: no bootstrap version rule.
func (c *cliSynth) prepareForSynth() {}

func (c *cliSynth) synthesizeStack(w *assemblyWriter) error {
	return w.writeTemplateThen(c.stack, c.finishStack)
}

// finishStack adds the template asset, the asset manifest and the stack
// artifact once the template's hash is known.
func (c *cliSynth) finishStack(w *assemblyWriter, hash string) error {
	s := c.stack
	tloc := c.AddFileAsset(&FileAssetSource{FileName: str(s.artifactID + ".template.json"), Packaging: FileAssetPackaging_FILE,
		SourceHash: str(hash), DeployTime: boolp(true), DisplayName: str(s.stackName + " Template")})
	assetsID := s.artifactID + ".assets"
	am := &assembly.AssetManifest{Version: assembly.SchemaVersion, Files: c.files, DockerImages: c.images}
	if _, err := w.stage.WriteJSON(assetsID+".json", am, 2); err != nil {
		return err
	}
	w.addArtifact(assetsID, &assembly.Artifact{Type: assembly.TypeAssetManifest, Properties: &assembly.AssetManifestProperties{File: assetsID + ".json"}})
	props := w.stackProperties(s)
	props.StackTemplateAssetObjectURL = *tloc.S3ObjectUrlWithPlaceholders
	props.AdditionalDependencies = []string{assetsID}
	return w.addStackArtifact(s, props, []string{assetsID})
}

// ---- BootstraplessSynthesizer

// BootstraplessSynthesizerProps configure BootstraplessSynthesizer.
type BootstraplessSynthesizerProps struct {
	CloudFormationExecutionRoleArn *string `field:"optional" json:"cloudFormationExecutionRoleArn" yaml:"cloudFormationExecutionRoleArn"`
	DeployRoleArn                  *string `field:"optional" json:"deployRoleArn" yaml:"deployRoleArn"`
	Qualifier                      *string `field:"optional" json:"qualifier" yaml:"qualifier"`
}

// BootstraplessSynthesizer deploys a stack that needs no bootstrap stack:
// it takes no assets and checks no bootstrap version; it deploys with the
// roles given, or the default synthesizer's.
type BootstraplessSynthesizer interface {
	DefaultStackSynthesizer
}

type bootlessSynth struct{ *defaultSynth }

// NewBootstraplessSynthesizer creates the synthesizer.
func NewBootstraplessSynthesizer(props *BootstraplessSynthesizerProps) BootstraplessSynthesizer {
	if props == nil {
		props = &BootstraplessSynthesizerProps{}
	}
	return &bootlessSynth{&defaultSynth{props: DefaultStackSynthesizerProps{DeployRoleArn: props.DeployRoleArn,
		CloudFormationExecutionRole: props.CloudFormationExecutionRoleArn, GenerateBootstrapVersionRule: boolp(false),
		Qualifier: props.Qualifier}, files: ojson.New(), images: ojson.New()}}
}

func (b *bootlessSynth) Bind(s Stack) { b.bindStack(s.stackImpl()) }

func (b *bootlessSynth) bindStack(s *stack) {
	if b.stack != nil && b.stack != s {
		cp := &bootlessSynth{&defaultSynth{props: b.props, files: ojson.New(), images: ojson.New()}}
		s.synthesizer = cp
		cp.bindStack(s)
		return
	}
	b.defaultSynth.bindStack(s)
}

func (b *bootlessSynth) ReusableBind(s Stack) IBoundStackSynthesizer {
	cp := &bootlessSynth{&defaultSynth{props: b.props, files: ojson.New(), images: ojson.New()}}
	cp.bindStack(s.stackImpl())
	return cp
}

func (b *bootlessSynth) AddFileAsset(asset *FileAssetSource) *FileAssetLocation {
	panicf(b.stackPath(), "Cannot add assets to a Stack that uses the BootstraplessSynthesizer")
	return nil
}

func (b *bootlessSynth) AddDockerImageAsset(asset *DockerImageAssetSource) *DockerImageAssetLocation {
	panicf(b.stackPath(), "Cannot add assets to a Stack that uses the BootstraplessSynthesizer")
	return nil
}

func (b *bootlessSynth) stackPath() string {
	if b.stack == nil {
		return ""
	}
	return *b.stack.Node().Path()
}

func (b *bootlessSynth) prepareForSynth() {}

func (b *bootlessSynth) synthesizeStack(w *assemblyWriter) error {
	return w.writeTemplateThen(b.stack, func(w *assemblyWriter, _ string) error {
		props := w.stackProperties(b.stack)
		props.AssumeRoleArn = b.deployRole
		props.CloudFormationExecutionRoleArn = b.cfnExecRole
		return w.addStackArtifact(b.stack, props, nil)
	})
}

// ---- LegacyStackSynthesizer

// LegacyStackSynthesizer is CDK v1's synthesizer: file assets are passed as
// CloudFormation parameters the CLI fills in, and the stack deploys with
// the CLI's credentials.
type LegacyStackSynthesizer interface {
	StackSynthesizer
	IBoundStackSynthesizer
	IReusableStackSynthesizer
	engineSynthesizer
}

type legacySynth struct {
	synthBase
	images map[string]bool
}

// NewLegacyStackSynthesizer creates the synthesizer.
func NewLegacyStackSynthesizer() LegacyStackSynthesizer {
	return &legacySynth{images: map[string]bool{}}
}

func (l *legacySynth) Bind(s Stack) { l.bindStack(s.stackImpl()) }

func (l *legacySynth) bindStack(s *stack) {
	if l.bound != nil && l.bound != s {
		panicf(*s.Node().Path(), "A StackSynthesizer can only be used for one Stack: create a new instance to use with a different Stack")
	}
	l.bound = s
}

func (l *legacySynth) prepareForSynth()                       {}
func (l *legacySynth) lookupRoleForQueries() (string, string) { return "", "" }

func (l *legacySynth) ReusableBind(s Stack) IBoundStackSynthesizer {
	cp := NewLegacyStackSynthesizer().(*legacySynth)
	cp.Bind(s)
	return cp
}

func (l *legacySynth) BootstrapQualifier() *string          { return nil }
func (l *legacySynth) LookupRole() *string                  { return nil }
func (l *legacySynth) CloudFormationExecutionRole() *string { return nil }

// Synthesize is called by the engine through synthesizeStack.
func (l *legacySynth) Synthesize(session ISynthesisSession) {}

// legacyAssetSeparator separates the prefix and file name of an object key
// passed through the S3VersionKey parameter.
const legacyAssetSeparator = "||"

func (l *legacySynth) AddFileAsset(asset *FileAssetSource) *FileAssetLocation {
	s := l.boundStack()
	hash := deref(asset.SourceHash)
	var params constructs.IConstruct = s.Node().TryFindChild(str("AssetParameters"))
	if params == nil {
		params = constructs.NewConstruct(s, str("AssetParameters"))
	}
	group := params.Node().TryFindChild(str(hash))
	if group == nil {
		if asset.FileName == nil || asset.Packaging == "" {
			panicf(*s.Node().Path(), "LegacyStackSynthesizer does not support this type of file asset: %s", legacyAssetJSON(asset))
		}
		group = constructs.NewConstruct(params.(constructs.Construct), str(hash))
		param := func(id, desc string) CfnParameter {
			return NewCfnParameter(group.(constructs.Construct), str(id), &CfnParameterProps{Type: str("String"), Description: str(desc)})
		}
		bucket := param("S3Bucket", `S3 bucket for asset "`+hash+`"`)
		key := param("S3VersionKey", `S3 key for asset version "`+hash+`"`)
		art := param("ArtifactHash", `Artifact hash for asset "`+hash+`"`)
		md := ojson.New()
		md.Set("path", deref(asset.FileName))
		md.Set("id", hash)
		md.Set("packaging", legacyPackaging(asset.Packaging))
		md.Set("sourceHash", hash)
		md.Set("s3BucketParameter", bucket.LogicalId())
		md.Set("s3KeyParameter", key.LogicalId())
		md.Set("artifactHashParameter", art.LogicalId())
		s.Node().AddMetadata(str("aws:cdk:asset"), md, nil)
	}
	bucketName := group.Node().FindChild(str("S3Bucket")).(CfnParameter).ValueAsString()
	encodedKey := group.Node().FindChild(str("S3VersionKey")).(CfnParameter).ValueAsString()
	prefix := Fn_Select(jsiiNum(0), Fn_Split(str(legacyAssetSeparator), encodedKey, nil))
	file := Fn_Select(jsiiNum(1), Fn_Split(str(legacyAssetSeparator), encodedKey, nil))
	objectKey := *prefix + *file
	httpURL := "https://s3." + *s.Region() + "." + *s.UrlSuffix() + "/" + *bucketName + "/" + objectKey
	return &FileAssetLocation{BucketName: bucketName, ObjectKey: str(objectKey), HttpUrl: str(httpURL),
		S3ObjectUrl: str("s3://" + *bucketName + "/" + objectKey), S3Url: str(httpURL)}
}

func legacyPackaging(p FileAssetPackaging) string {
	if p == FileAssetPackaging_ZIP_DIRECTORY {
		return "zip"
	}
	return strings.ToLower(string(p))
}

func legacyAssetJSON(asset *FileAssetSource) string {
	b, _ := ojson.Marshal(asset, "")
	return string(b)
}

func (l *legacySynth) AddDockerImageAsset(asset *DockerImageAssetSource) *DockerImageAssetLocation {
	s := l.boundStack()
	repo := "aws-cdk/assets"
	if v, ok := s.Node().TryGetContext(str("assets-ecr-repository-name")).(string); ok {
		repo = v
	}
	tag := deref(asset.SourceHash)
	if !l.images[tag] {
		if asset.DirectoryName == nil {
			panicf(*s.Node().Path(), "LegacyStackSynthesizer does not support this type of file asset: %s", legacyAssetJSON(&FileAssetSource{SourceHash: asset.SourceHash}))
		}
		md := ojson.New()
		md.Set("repositoryName", repo)
		md.Set("imageTag", tag)
		md.Set("id", tag)
		md.Set("packaging", "container-image")
		md.Set("path", deref(asset.DirectoryName))
		md.Set("sourceHash", tag)
		s.Node().AddMetadata(str("aws:cdk:asset"), md, nil)
		l.images[tag] = true
	}
	return &DockerImageAssetLocation{RepositoryName: str(repo),
		ImageUri: str(*s.Account() + ".dkr.ecr." + *s.Region() + "." + *s.UrlSuffix() + "/" + repo + ":" + tag)}
}

func (l *legacySynth) synthesizeStack(w *assemblyWriter) error {
	s := l.boundStack()
	return w.writeTemplateThen(s, func(w *assemblyWriter, _ string) error {
		return w.addStackArtifact(s, w.stackProperties(s), nil)
	})
}
