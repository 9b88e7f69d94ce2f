package awscodepipeline

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// Artifact is a pipeline artifact: an action's output and another's input.
// An artifact made without a name is named when its pipeline renders.
type Artifact interface {
	ArtifactFiles() *[]*string
	ArtifactName() *string
	BucketName() *string
	ObjectKey() *string
	S3Location() *awss3.Location
	Url() *string
	AtPath(fileName *string) ArtifactPath
	GetMetadata(key *string) interface{}
	GetParam(jsonFile *string, keyName *string) *string
	SetMetadata(key *string, value interface{})
	ToString() *string
}

type artifact struct {
	name     *string
	files    *[]*string
	metadata map[string]interface{}
	nameTok  *string
	attrs    map[string]*string
}

var artifactNameRe = regexp.MustCompile(`^[a-zA-Z0-9_-]{1,100}$`)

// NewArtifact makes an artifact; artifactName may be nil (named later by
// the pipeline), artifactFiles lists 1 to 10 files when given.
func NewArtifact(artifactName *string, artifactFiles *[]*string) Artifact {
	validateName(nil, artifactNameRe, "Artifact", artifactName)
	if artifactFiles != nil && (len(*artifactFiles) < 1 || len(*artifactFiles) > 10) {
		diag.Panic("", "The length of the artifactFiles array must be between 1 and 10, got: %d", len(*artifactFiles))
	}
	a := &artifact{name: artifactName, files: artifactFiles, metadata: map[string]interface{}{}}
	a.nameTok = awscdk.Lazy_UncachedString(stringProducer(func() *string { return a.name }), nil)
	return a
}

// NewArtifact_Override initialises outer, a type embedding Artifact.
func NewArtifact_Override(a Artifact, artifactName *string, artifactFiles *[]*string) {
	override(a, NewArtifact(artifactName, artifactFiles))
}

// Artifact_Artifact is aws-cdk-lib's static factory, the same as NewArtifact.
func Artifact_Artifact(name *string, files *[]*string) Artifact { return NewArtifact(name, files) }

func (a *artifact) ArtifactName() *string                { return a.name }
func (a *artifact) ArtifactFiles() *[]*string            { return a.files }
func (a *artifact) AtPath(fileName *string) ArtifactPath { return NewArtifactPath(a, fileName) }
func (a *artifact) BucketName() *string                  { return a.attribute("BucketName") }
func (a *artifact) ObjectKey() *string                   { return a.attribute("ObjectKey") }
func (a *artifact) Url() *string                         { return a.attribute("URL") }
func (a *artifact) ToString() *string                    { return a.name }

func (a *artifact) S3Location() *awss3.Location {
	return &awss3.Location{BucketName: a.BucketName(), ObjectKey: a.ObjectKey()}
}

// GetParam is a token for a key of a JSON file inside the artifact
// (Fn::GetParam, valid in CloudFormation action parameter overrides).
func (a *artifact) GetParam(jsonFile *string, keyName *string) *string {
	return awscdk.Token_AsString(map[string]interface{}{"Fn::GetParam": []interface{}{a.nameTok, jsonFile, keyName}}, nil)
}

// attribute is memoized so that a JSON rendering (CloudFormation parameter
// overrides) can recognise the token and write it as aws-cdk-lib does.
func (a *artifact) attribute(name string) *string {
	if t, ok := a.attrs[name]; ok {
		return t
	}
	t := awscdk.Token_AsString(map[string]interface{}{"Fn::GetArtifactAtt": []interface{}{a.nameTok, name}}, nil)
	if a.attrs == nil {
		a.attrs = map[string]*string{}
	}
	a.attrs[name] = t
	return t
}

func (a *artifact) SetMetadata(key *string, value interface{}) {
	if key != nil {
		a.metadata[*key] = value
	}
}

func (a *artifact) GetMetadata(key *string) interface{} {
	if key == nil {
		return nil
	}
	return a.metadata[*key]
}

// setName names an artifact made without one (the pipeline does it when
// it renders); naming a named artifact again is a mistake.
func (a *artifact) setName(name string) {
	if a.name != nil {
		diag.Panic("", "Artifact already has name '%s', cannot override it", *a.name)
	}
	a.name = jsii.String(name)
}

// ArtifactPath is a file inside an artifact.
type ArtifactPath interface {
	Artifact() Artifact
	FileName() *string
	Location() *string
}

type artifactPath struct {
	artifact Artifact
	fileName *string
}

// NewArtifactPath names fileName inside artifact.
func NewArtifactPath(artifact Artifact, fileName *string) ArtifactPath {
	return &artifactPath{artifact: artifact, fileName: fileName}
}

// NewArtifactPath_Override initialises outer, a type embedding ArtifactPath.
func NewArtifactPath_Override(a ArtifactPath, artifact Artifact, fileName *string) {
	override(a, NewArtifactPath(artifact, fileName))
}

// ArtifactPath_ArtifactPath names fileName inside a new artifact called artifactName.
func ArtifactPath_ArtifactPath(artifactName *string, fileName *string) ArtifactPath {
	return NewArtifactPath(NewArtifact(artifactName, nil), fileName)
}

func (p *artifactPath) Artifact() Artifact { return p.artifact }
func (p *artifactPath) FileName() *string  { return p.fileName }

// Location is "<artifact>::<file>".
func (p *artifactPath) Location() *string {
	return jsii.String(deref(p.artifact.ArtifactName()) + "::" + deref(p.fileName))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
