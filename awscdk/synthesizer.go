package awscdk

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk/cxapi"
	"github.com/strata-cdk/strata/internal/assembly"
	"github.com/strata-cdk/strata/internal/ojson"
)

// IStackSynthesizer turns a stack into assembly artifacts.
type IStackSynthesizer interface {
	BootstrapQualifier() *string
	LookupRole() *string
	AddDockerImageAsset(asset *DockerImageAssetSource) *DockerImageAssetLocation
	AddFileAsset(asset *FileAssetSource) *FileAssetLocation
	Bind(stack Stack)
	Synthesize(session ISynthesisSession)
	stackSynthExtra
}

// IReusableStackSynthesizer can be bound to many stacks.
type IReusableStackSynthesizer interface {
	IStackSynthesizer
	ReusableBind(stack Stack) IBoundStackSynthesizer
}

// ISynthesisSession is the assembly being written.
type ISynthesisSession interface {
	// The cloud assembly being written (synth_session_assembly.go).
	Assembly() cxapi.CloudAssemblyBuilder
	SetAssembly(a cxapi.CloudAssemblyBuilder)
	// The directory the templates are written to.
	Outdir() *string
	SetOutdir(o *string)
	// Whether the CLI validates the stacks after synthesis.
	ValidateOnSynth() *bool
	SetValidateOnSynth(v *bool)
}

// FileAssetPackaging says how a file asset is packaged.
type FileAssetPackaging string

const (
	FileAssetPackaging_FILE          FileAssetPackaging = "FILE"
	FileAssetPackaging_ZIP_DIRECTORY FileAssetPackaging = "ZIP_DIRECTORY"
)

// FileAssetSource describes a file asset to publish.
type FileAssetSource struct {
	SourceHash  *string            `field:"required" json:"sourceHash" yaml:"sourceHash"`
	DeployTime  *bool              `field:"optional" json:"deployTime" yaml:"deployTime"`
	DisplayName *string            `field:"optional" json:"displayName" yaml:"displayName"`
	Executable  *[]*string         `field:"optional" json:"executable" yaml:"executable"`
	FileName    *string            `field:"optional" json:"fileName" yaml:"fileName"`
	Packaging   FileAssetPackaging `field:"optional" json:"packaging" yaml:"packaging"`
}

// FileAssetLocation is where a published file asset can be found.
type FileAssetLocation struct {
	BucketName                  *string `field:"required" json:"bucketName" yaml:"bucketName"`
	HttpUrl                     *string `field:"required" json:"httpUrl" yaml:"httpUrl"`
	ObjectKey                   *string `field:"required" json:"objectKey" yaml:"objectKey"`
	S3ObjectUrl                 *string `field:"required" json:"s3ObjectUrl" yaml:"s3ObjectUrl"`
	KmsKeyArn                   *string `field:"optional" json:"kmsKeyArn" yaml:"kmsKeyArn"`
	S3ObjectUrlWithPlaceholders *string `field:"optional" json:"s3ObjectUrlWithPlaceholders" yaml:"s3ObjectUrlWithPlaceholders"`
	S3Url                       *string `field:"optional" json:"s3Url" yaml:"s3Url"`
}

// DockerImageAssetSource describes a container image asset.
type DockerImageAssetSource struct {
	SourceHash          *string               `field:"required" json:"sourceHash" yaml:"sourceHash"`
	AssetName           *string               `field:"optional" json:"assetName" yaml:"assetName"`
	DirectoryName       *string               `field:"optional" json:"directoryName" yaml:"directoryName"`
	DisplayName         *string               `field:"optional" json:"displayName" yaml:"displayName"`
	DockerBuildArgs     *map[string]*string   `field:"optional" json:"dockerBuildArgs" yaml:"dockerBuildArgs"`
	DockerBuildContexts *map[string]*string   `field:"optional" json:"dockerBuildContexts" yaml:"dockerBuildContexts"`
	DockerBuildSecrets  *map[string]*string   `field:"optional" json:"dockerBuildSecrets" yaml:"dockerBuildSecrets"`
	DockerBuildSsh      *string               `field:"optional" json:"dockerBuildSsh" yaml:"dockerBuildSsh"`
	DockerBuildTarget   *string               `field:"optional" json:"dockerBuildTarget" yaml:"dockerBuildTarget"`
	DockerCacheDisabled *bool                 `field:"optional" json:"dockerCacheDisabled" yaml:"dockerCacheDisabled"`
	DockerCacheFrom     *[]*DockerCacheOption `field:"optional" json:"dockerCacheFrom" yaml:"dockerCacheFrom"`
	DockerCacheTo       *DockerCacheOption    `field:"optional" json:"dockerCacheTo" yaml:"dockerCacheTo"`
	DockerFile          *string               `field:"optional" json:"dockerFile" yaml:"dockerFile"`
	DockerOutputs       *[]*string            `field:"optional" json:"dockerOutputs" yaml:"dockerOutputs"`
	Executable          *[]*string            `field:"optional" json:"executable" yaml:"executable"`
	NetworkMode         *string               `field:"optional" json:"networkMode" yaml:"networkMode"`
	Platform            *string               `field:"optional" json:"platform" yaml:"platform"`
}

// DockerCacheOption is a docker build cache option.
type DockerCacheOption struct {
	Type   *string             `field:"required" json:"type" yaml:"type"`
	Params *map[string]*string `field:"optional" json:"params" yaml:"params"`
}

// DockerImageAssetLocation is where a published image can be found.
type DockerImageAssetLocation struct {
	ImageUri       *string `field:"required" json:"imageUri" yaml:"imageUri"`
	RepositoryName *string `field:"required" json:"repositoryName" yaml:"repositoryName"`
	ImageTag       *string `field:"optional" json:"imageTag" yaml:"imageTag"`
}

// DefaultStackSynthesizerProps configure the default synthesizer.
type DefaultStackSynthesizerProps struct {
	BootstrapStackVersionSsmParameter         *string                 `field:"optional" json:"bootstrapStackVersionSsmParameter" yaml:"bootstrapStackVersionSsmParameter"`
	BucketPrefix                              *string                 `field:"optional" json:"bucketPrefix" yaml:"bucketPrefix"`
	CloudFormationExecutionRole               *string                 `field:"optional" json:"cloudFormationExecutionRole" yaml:"cloudFormationExecutionRole"`
	DeployRoleAdditionalOptions               *map[string]interface{} `field:"optional" json:"deployRoleAdditionalOptions" yaml:"deployRoleAdditionalOptions"`
	DeployRoleArn                             *string                 `field:"optional" json:"deployRoleArn" yaml:"deployRoleArn"`
	DeployRoleExternalId                      *string                 `field:"optional" json:"deployRoleExternalId" yaml:"deployRoleExternalId"`
	DockerTagPrefix                           *string                 `field:"optional" json:"dockerTagPrefix" yaml:"dockerTagPrefix"`
	FileAssetPublishingExternalId             *string                 `field:"optional" json:"fileAssetPublishingExternalId" yaml:"fileAssetPublishingExternalId"`
	FileAssetPublishingRoleAdditionalOptions  *map[string]interface{} `field:"optional" json:"fileAssetPublishingRoleAdditionalOptions" yaml:"fileAssetPublishingRoleAdditionalOptions"`
	FileAssetPublishingRoleArn                *string                 `field:"optional" json:"fileAssetPublishingRoleArn" yaml:"fileAssetPublishingRoleArn"`
	FileAssetsBucketName                      *string                 `field:"optional" json:"fileAssetsBucketName" yaml:"fileAssetsBucketName"`
	GenerateBootstrapVersionRule              *bool                   `field:"optional" json:"generateBootstrapVersionRule" yaml:"generateBootstrapVersionRule"`
	ImageAssetPublishingExternalId            *string                 `field:"optional" json:"imageAssetPublishingExternalId" yaml:"imageAssetPublishingExternalId"`
	ImageAssetPublishingRoleAdditionalOptions *map[string]interface{} `field:"optional" json:"imageAssetPublishingRoleAdditionalOptions" yaml:"imageAssetPublishingRoleAdditionalOptions"`
	ImageAssetPublishingRoleArn               *string                 `field:"optional" json:"imageAssetPublishingRoleArn" yaml:"imageAssetPublishingRoleArn"`
	ImageAssetsRepositoryName                 *string                 `field:"optional" json:"imageAssetsRepositoryName" yaml:"imageAssetsRepositoryName"`
	LookupRoleAdditionalOptions               *map[string]interface{} `field:"optional" json:"lookupRoleAdditionalOptions" yaml:"lookupRoleAdditionalOptions"`
	LookupRoleArn                             *string                 `field:"optional" json:"lookupRoleArn" yaml:"lookupRoleArn"`
	LookupRoleExternalId                      *string                 `field:"optional" json:"lookupRoleExternalId" yaml:"lookupRoleExternalId"`
	Qualifier                                 *string                 `field:"optional" json:"qualifier" yaml:"qualifier"`
	UseLookupRoleForStackOperations           *bool                   `field:"optional" json:"useLookupRoleForStackOperations" yaml:"useLookupRoleForStackOperations"`
}

// DefaultStackSynthesizer deploys with the roles and bucket of the modern
// bootstrap stack.
type DefaultStackSynthesizer interface {
	IStackSynthesizer
	IReusableStackSynthesizer
	CloudFormationExecutionRoleArn() *string
	DeployRoleArn() *string
	defaultSynthExtra
}

const (
	defaultQualifier     = "hnb659fds"
	minBootstrapVersion  = 6
	minLookupRoleVersion = 8
	// minSessionTagsVersion is the bootstrap version whose roles accept
	// session tags, required as soon as a role's additional options carry Tags.
	minSessionTagsVersion = 22
)

// DefaultStackSynthesizer_DEFAULT_QUALIFIER is the default bootstrap qualifier.
func DefaultStackSynthesizer_DEFAULT_QUALIFIER() *string { return str(defaultQualifier) }

type defaultSynth struct {
	props                                                                                      DefaultStackSynthesizerProps
	stack                                                                                      *stack
	qualifier                                                                                  string
	bucketName, repositoryName, deployRole, cfnExecRole, filePubRole, imagePubRole, lookupRole string
	bucketPrefix, dockerTagPrefix, ssmParam                                                    string
	files                                                                                      *ojson.Object
	images                                                                                     *ojson.Object
}

// NewDefaultStackSynthesizer creates the default synthesizer.
func NewDefaultStackSynthesizer(props *DefaultStackSynthesizerProps) DefaultStackSynthesizer {
	d := &defaultSynth{files: ojson.New(), images: ojson.New()}
	if props != nil {
		d.props = *props
	}
	return d
}

func or(p *string, def string) string {
	if p != nil {
		return *p
	}
	return def
}

func (d *defaultSynth) Bind(s Stack) { d.bindStack(s.stackImpl()) }

func (d *defaultSynth) bindStack(s *stack) {
	if d.stack != nil && d.stack != s {
		// A synthesizer instance given to several stacks behaves as a
		// reusable one: each stack gets its own copy.
		cp := &defaultSynth{props: d.props, files: ojson.New(), images: ojson.New()}
		s.synthesizer = cp
		cp.bindStack(s)
		return
	}
	d.stack = s
	q := d.props.Qualifier
	if q == nil {
		if v, ok := s.Node().TryGetContext(str("@aws-cdk/core:bootstrapQualifier")).(string); ok {
			q = &v
		}
	}
	d.qualifier = or(q, defaultQualifier)
	spec := func(x string) string {
		x = strings.ReplaceAll(x, "${Qualifier}", d.qualifier)
		if !isUnresolved(s.account) {
			x = strings.ReplaceAll(x, "${AWS::AccountId}", s.account)
		}
		if !isUnresolved(s.region) {
			x = strings.ReplaceAll(x, "${AWS::Region}", s.region)
		}
		return x
	}
	role := func(kind string) string {
		return "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-" + kind + "-role-${AWS::AccountId}-${AWS::Region}"
	}
	d.bucketName = spec(or(d.props.FileAssetsBucketName, "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}"))
	d.repositoryName = spec(or(d.props.ImageAssetsRepositoryName, "cdk-${Qualifier}-container-assets-${AWS::AccountId}-${AWS::Region}"))
	d.deployRole = spec(or(d.props.DeployRoleArn, role("deploy")))
	d.cfnExecRole = spec(or(d.props.CloudFormationExecutionRole, role("cfn-exec")))
	d.filePubRole = spec(or(d.props.FileAssetPublishingRoleArn, role("file-publishing")))
	d.imagePubRole = spec(or(d.props.ImageAssetPublishingRoleArn, role("image-publishing")))
	d.lookupRole = spec(or(d.props.LookupRoleArn, role("lookup")))
	d.bucketPrefix = spec(or(d.props.BucketPrefix, ""))
	d.dockerTagPrefix = spec(or(d.props.DockerTagPrefix, ""))
	d.ssmParam = strings.ReplaceAll(or(d.props.BootstrapStackVersionSsmParameter, "/cdk-bootstrap/${Qualifier}/version"), "${Qualifier}", d.qualifier)
}

func (d *defaultSynth) BootstrapQualifier() *string             { return str(d.qualifier) }
func (d *defaultSynth) LookupRole() *string                     { return str(d.lookupRole) }
func (d *defaultSynth) DeployRoleArn() *string                  { return str(d.deployRole) }
func (d *defaultSynth) CloudFormationExecutionRoleArn() *string { return str(d.cfnExecRole) }

// cfnify turns a string with ${...} placeholders into Fn::Sub, a token of
// the stack's App (so it goes with the App even when nothing resolves it).
func (d *defaultSynth) cfnify(s string) *string { return cfnifyIn(d.stack, s) }

// cfnifyIn is cfnify for the synthesizer of st (nil before it is bound).
func cfnifyIn(st *stack, s string) *string {
	if strings.Contains(s, "${") {
		sub := newFn("Fn::Sub", str(s))
		if st != nil {
			t := tableOf(st).RegisterString(sub, "")
			return &t
		}
		return sub.ToString()
	}
	return str(s)
}

func (d *defaultSynth) envName() string {
	a, r := d.stack.account, d.stack.region
	if isUnresolved(a) {
		a = "current_account"
	}
	if isUnresolved(r) {
		r = "current_region"
	}
	return a + "-" + r
}

func contentHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// contentHashBytes is contentHash of a file's bytes, without copying them
// into a string first (a template is hundreds of kilobytes).
func contentHashBytes(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func (d *defaultSynth) AddFileAsset(asset *FileAssetSource) *FileAssetLocation {
	ext := ""
	if asset.FileName != nil {
		ext = filepath.Ext(*asset.FileName)
	}
	if asset.Packaging == FileAssetPackaging_ZIP_DIRECTORY {
		ext = ".zip"
	}
	key := d.bucketPrefix + deref(asset.SourceHash) + ext
	var region string
	if !isUnresolved(d.stack.region) {
		region = d.stack.region
	}
	dest := assembly.FileDestination{BucketName: d.bucketName, ObjectKey: key, Region: region, AssumeRoleArn: d.filePubRole, AssumeRoleExternalID: deref(d.props.FileAssetPublishingExternalId)}
	if d.filePubRole != "" {
		dest.AssumeRoleAdditionalOptions = d.props.FileAssetPublishingRoleAdditionalOptions
	}
	destJSON, _ := assembly.Marshal(dest, 0)
	destKey := d.envName() + "-" + contentHash(string(destJSON))[:8]
	hash := deref(asset.SourceHash)
	fa, ok := d.files.Get(hash)
	if !ok {
		packaging := "file"
		if asset.Packaging == FileAssetPackaging_ZIP_DIRECTORY {
			packaging = "zip"
		}
		var exe []string
		if asset.Executable != nil {
			for _, e := range *asset.Executable {
				exe = append(exe, deref(e))
			}
		}
		f := &assembly.FileAsset{DisplayName: deref(asset.DisplayName), Source: assembly.FileSource{Path: deref(asset.FileName), Executable: exe, Packaging: packaging}, Destinations: ojson.New()}
		if len(exe) > 0 {
			f.Source.Packaging = ""
			f.Source.Path = ""
		}
		d.files.Set(hash, f)
		fa = f
	}
	fa.(*assembly.FileAsset).Destinations.Set(destKey, dest)
	r := "${AWS::Region}"
	if region != "" {
		r = region
	}
	httpURL := d.cfnify("https://s3." + r + ".${AWS::URLSuffix}/" + d.bucketName + "/" + key)
	withPlaceholders := "s3://" + d.bucketName + "/" + key
	return &FileAssetLocation{BucketName: d.cfnify(d.bucketName), ObjectKey: d.cfnify(key), HttpUrl: httpURL, S3Url: httpURL,
		S3ObjectUrl: d.cfnify(withPlaceholders), S3ObjectUrlWithPlaceholders: str(withPlaceholders)}
}

func (d *defaultSynth) AddDockerImageAsset(asset *DockerImageAssetSource) *DockerImageAssetLocation {
	tag := d.dockerTagPrefix + deref(asset.SourceHash)
	hash := deref(asset.SourceHash)
	if asset.AssetName != nil {
		hash = *asset.AssetName + "-" + hash
	}
	var region string
	if !isUnresolved(d.stack.region) {
		region = d.stack.region
	}
	dest := assembly.DockerDestination{RepositoryName: d.repositoryName, ImageTag: tag, Region: region, AssumeRoleArn: d.imagePubRole, AssumeRoleExternalID: deref(d.props.ImageAssetPublishingExternalId)}
	if d.imagePubRole != "" {
		dest.AssumeRoleAdditionalOptions = d.props.ImageAssetPublishingRoleAdditionalOptions
	}
	destJSON, _ := assembly.Marshal(dest, 0)
	destKey := d.envName() + "-" + contentHash(string(destJSON))[:8]
	ia, ok := d.images.Get(hash)
	if !ok {
		src := assembly.DockerSource{Executable: strList(asset.Executable), Directory: deref(asset.DirectoryName),
			DockerBuildArgs: sortedStrMap(asset.DockerBuildArgs), DockerBuildContexts: sortedStrMap(asset.DockerBuildContexts),
			DockerBuildSecrets: sortedStrMap(asset.DockerBuildSecrets), DockerBuildSsh: deref(asset.DockerBuildSsh),
			DockerBuildTarget: deref(asset.DockerBuildTarget), DockerFile: deref(asset.DockerFile), NetworkMode: deref(asset.NetworkMode),
			Platform: deref(asset.Platform), DockerOutputs: strList(asset.DockerOutputs), CacheDisabled: boolOr(asset.DockerCacheDisabled, false)}
		if asset.DockerCacheFrom != nil {
			for _, c := range *asset.DockerCacheFrom {
				src.CacheFrom = append(src.CacheFrom, dockerCache(c))
			}
		}
		if asset.DockerCacheTo != nil {
			c := dockerCache(asset.DockerCacheTo)
			src.CacheTo = &c
		}
		img := &assembly.DockerImageAsset{DisplayName: deref(asset.DisplayName), Source: src, Destinations: ojson.New()}
		d.images.Set(hash, img)
		ia = img
	}
	ia.(*assembly.DockerImageAsset).Destinations.Set(destKey, dest)
	acct, r := "${AWS::AccountId}", "${AWS::Region}"
	if !isUnresolved(d.stack.account) {
		acct = d.stack.account
	}
	if region != "" {
		r = region
	}
	repo := d.repositoryName
	uri := acct + ".dkr.ecr." + r + ".${AWS::URLSuffix}/" + repo + ":" + tag
	return &DockerImageAssetLocation{RepositoryName: d.cfnify(repo), ImageUri: d.cfnify(uri), ImageTag: d.cfnify(tag)}
}

// addBootstrapVersionRule adds the BootstrapVersion parameter and the
// CheckBootstrapVersion rule, as the default synthesizer does.
func addBootstrapVersionRule(s *stack, required int, ssmParam string) {
	if s.Node().TryFindChild(str("BootstrapVersion")) != nil {
		return
	}
	p := NewCfnParameter(s, str("BootstrapVersion"), &CfnParameterProps{
		Type:        str("AWS::SSM::Parameter::Value<String>"),
		Description: str("Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]"),
		Default:     str(ssmParam),
	})
	var old []*string
	for n := 1; n < required; n++ {
		old = append(old, str(strconv.Itoa(n)))
	}
	NewCfnRule(s, str("CheckBootstrapVersion"), &CfnRuleProps{Assertions: &[]*CfnRuleAssertion{{
		Assert:            Fn_ConditionNot(Fn_ConditionContains(&old, p.ValueAsString())),
		AssertDescription: str("CDK bootstrap stack version " + strconv.Itoa(required) + " required. Please run 'cdk bootstrap' with a recent version of the CDK CLI."),
	}}})
}

// prepareForSynth runs before templates are rendered.
func (d *defaultSynth) prepareForSynth() {
	if d.props.GenerateBootstrapVersionRule == nil || *d.props.GenerateBootstrapVersionRule {
		addBootstrapVersionRule(d.stack, versionFor(d.props.DeployRoleAdditionalOptions, minBootstrapVersion), d.ssmParam)
	}
}

// versionFor is the bootstrap version a role needs: def, or the session-tags
// version when its additional options carry Tags.
func versionFor(opts *map[string]interface{}, def int) int {
	if opts != nil {
		if _, ok := (*opts)["Tags"]; ok {
			return minSessionTagsVersion
		}
	}
	return def
}

// Synthesize is called by the engine through synthesizeStack; calling it
// directly is not supported.
func (d *defaultSynth) Synthesize(session ISynthesisSession) {}

// synthesizeStack writes the stack's template, asset manifest and artifact.
func (d *defaultSynth) synthesizeStack(w *assemblyWriter) error {
	return w.writeTemplateThen(d.stack, d.finishStack)
}

// finishStack adds the template asset, the asset manifest and the stack
// artifact once the template's hash is known.
func (d *defaultSynth) finishStack(w *assemblyWriter, hash string) error {
	s := d.stack
	tloc := d.AddFileAsset(&FileAssetSource{FileName: str(s.artifactID + ".template.json"), Packaging: FileAssetPackaging_FILE,
		SourceHash: str(hash), DeployTime: boolp(true), DisplayName: str(s.stackName + " Template")})
	assetsID := s.artifactID + ".assets"
	am := &assembly.AssetManifest{Version: assembly.SchemaVersion, Files: d.files, DockerImages: d.images}
	if _, err := w.stage.WriteJSON(assetsID+".json", am, 2); err != nil {
		return err
	}
	w.addArtifact(assetsID, &assembly.Artifact{Type: assembly.TypeAssetManifest, Properties: &assembly.AssetManifestProperties{
		File: assetsID + ".json", RequiresBootstrapStackVersion: d.assetsVersion(), BootstrapStackVersionSsmParameter: d.ssmParam}})
	props := w.stackProperties(s)
	props.AssumeRoleExternalID = deref(d.props.DeployRoleExternalId)
	props.AssumeRoleArn = d.deployRole
	props.AssumeRoleAdditionalOptions = d.props.DeployRoleAdditionalOptions
	props.CloudFormationExecutionRoleArn = d.cfnExecRole
	props.StackTemplateAssetObjectURL = *tloc.S3ObjectUrlWithPlaceholders
	props.RequiresBootstrapStackVersion = versionFor(d.props.DeployRoleAdditionalOptions, minBootstrapVersion)
	props.BootstrapStackVersionSsmParameter = d.ssmParam
	props.AdditionalDependencies = []string{assetsID}
	if d.props.UseLookupRoleForStackOperations == nil || *d.props.UseLookupRoleForStackOperations {
		props.LookupRole = &assembly.BootstrapRole{Arn: d.lookupRole, AssumeRoleExternalID: deref(d.props.LookupRoleExternalId),
			AssumeRoleAdditionalOptions: d.props.LookupRoleAdditionalOptions, RequiresBootstrapStackVersion: versionFor(d.props.LookupRoleAdditionalOptions, minLookupRoleVersion), BootstrapStackVersionSsmParameter: d.ssmParam}
	}
	return w.addStackArtifact(s, props, []string{assetsID})
}

func strList(l *[]*string) []string {
	if l == nil {
		return nil
	}
	out := make([]string, len(*l))
	for i, x := range *l {
		out[i] = deref(x)
	}
	return out
}

func sortedStrMap(m *map[string]*string) *ojson.Object {
	if m == nil {
		return nil
	}
	keys := make([]string, 0, len(*m))
	for k := range *m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	o := ojson.New()
	for _, k := range keys {
		o.Set(k, deref((*m)[k]))
	}
	return o
}

func dockerCache(c *DockerCacheOption) assembly.DockerCache {
	out := assembly.DockerCache{Type: deref(c.Type)}
	if c.Params != nil {
		out.Params = map[string]string{}
		for k, v := range *c.Params {
			out.Params[k] = deref(v)
		}
	}
	return out
}

// assetsVersion is the bootstrap version the asset manifest needs.
func (d *defaultSynth) assetsVersion() int {
	if v := versionFor(d.props.FileAssetPublishingRoleAdditionalOptions, minBootstrapVersion); v != minBootstrapVersion {
		return v
	}
	return versionFor(d.props.ImageAssetPublishingRoleAdditionalOptions, minBootstrapVersion)
}
