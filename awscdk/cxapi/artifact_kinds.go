package cxapi

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
)

// properties reads an artifact's properties as T: the loader gives them
// typed, a program may give a map.
func properties[T any](m *cloudassemblyschema.ArtifactManifest) *T {
	switch p := m.Properties.(type) {
	case nil:
		return new(T)
	case *T:
		if p == nil {
			return new(T)
		}
		return p
	case T:
		return &p
	}
	b, err := json.Marshal(m.Properties)
	if err != nil {
		panic(fmt.Errorf("reading artifact properties: %w", err))
	}
	out := new(T)
	if err := json.Unmarshal(b, out); err != nil {
		panic(fmt.Errorf("reading artifact properties: %w", err))
	}
	return out
}

func sortStrings(s []string) { sort.Strings(s) }

// CloudFormationStackArtifact is a CloudFormation stack of an assembly.
type CloudFormationStackArtifact interface {
	CloudArtifact
	// The data of the stack's aws:cdk:asset metadata entries.
	Assets() *[]interface{}
	// Extra options for STS when assuming the deploy role.
	AssumeRoleAdditionalOptions() *map[string]interface{}
	// The role assumed to deploy the stack.
	AssumeRoleArn() *string
	// The external ID used when assuming the deploy role.
	AssumeRoleExternalId() *string
	// The SSM parameter holding the bootstrap stack version.
	BootstrapStackVersionSsmParameter() *string
	// The role CloudFormation runs the change set with.
	CloudFormationExecutionRoleArn() *string
	// The stack for user interfaces: its hierarchical id, followed by
	// " (stackName)" when the name differs from the artifact id.
	DisplayName() *string
	// The environment the stack deploys to.
	Environment() *Environment
	// The role used to look up values in the target account.
	LookupRole() *cloudassemblyschema.BootstrapRole
	// SNS topics that receive stack events.
	NotificationArns() *[]*string
	// The name given in the CDK app.
	OriginalName() *string
	// CloudFormation parameters passed to the stack.
	Parameters() *map[string]*string
	// The bootstrap stack version the stack requires.
	RequiresBootstrapStackVersion() *float64
	// The physical name of the stack.
	StackName() *string
	// The template's asset URL when the asset manifest uploads it.
	StackTemplateAssetObjectUrl() *string
	// CloudFormation tags passed to the stack.
	Tags() *map[string]*string
	// The CloudFormation template, read on first use.
	Template() interface{}
	// The template's file name, relative to the assembly.
	TemplateFile() *string
	// The template's full path.
	TemplateFullPath() *string
	// Whether termination protection is enabled.
	TerminationProtection() *bool
	// Whether the CLI validates the stack after synthesis.
	ValidateOnSynth() *bool
}

type stackArtifact struct {
	*cloudArtifact
	props *cloudassemblyschema.AwsCloudFormationStackProperties
	env   *Environment
	name  string

	tmplOnce sync.Once
	template interface{}
	tmplErr  error
}

// NewCloudFormationStackArtifact reads a stack artifact; its manifest needs
// a templateFile and an environment.
func NewCloudFormationStackArtifact(assembly CloudAssembly, artifactId *string, artifact *cloudassemblyschema.ArtifactManifest) CloudFormationStackArtifact {
	base := newBase(assembly, artifactId, artifact)
	p := properties[cloudassemblyschema.AwsCloudFormationStackProperties](artifact)
	if p.TemplateFile == nil || *p.TemplateFile == "" {
		panic(fmt.Errorf(`Invalid CloudFormation stack artifact. Missing "templateFile" property in cloud assembly manifest`))
	}
	if artifact.Environment == nil || *artifact.Environment == "" {
		panic(fmt.Errorf("Invalid CloudFormation stack artifact. Missing environment"))
	}
	s := &stackArtifact{cloudArtifact: base, props: p, env: EnvironmentUtils_Parse(artifact.Environment), name: *artifactId}
	if p.StackName != nil && *p.StackName != "" {
		s.name = *p.StackName
	}
	return s
}

// NewCloudFormationStackArtifact_Override reads a stack artifact into c, a
// pointer to a struct that embeds CloudFormationStackArtifact.
func NewCloudFormationStackArtifact_Override(c CloudFormationStackArtifact, assembly CloudAssembly, artifactId *string, artifact *cloudassemblyschema.ArtifactManifest) {
	embed[CloudFormationStackArtifact](c, NewCloudFormationStackArtifact(assembly, artifactId, artifact))
}

// CloudFormationStackArtifact_FromManifest makes the artifact of the
// manifest's type, as CloudArtifact_FromManifest.
func CloudFormationStackArtifact_FromManifest(assembly CloudAssembly, id *string, artifact *cloudassemblyschema.ArtifactManifest) CloudArtifact {
	return CloudArtifact_FromManifest(assembly, id, artifact)
}

// CloudFormationStackArtifact_IsCloudFormationStackArtifact reports whether
// art is a stack artifact of this package.
func CloudFormationStackArtifact_IsCloudFormationStackArtifact(art interface{}) *bool {
	_, ok := art.(*stackArtifact)
	return &ok
}

func (s *stackArtifact) Assets() *[]interface{} {
	out := []interface{}{}
	for _, e := range *s.FindMetadataByType(strp("aws:cdk:asset")) {
		out = append(out, e.Data)
	}
	return &out
}

func (s *stackArtifact) AssumeRoleAdditionalOptions() *map[string]interface{} {
	return s.props.AssumeRoleAdditionalOptions
}
func (s *stackArtifact) AssumeRoleArn() *string        { return s.props.AssumeRoleArn }
func (s *stackArtifact) AssumeRoleExternalId() *string { return s.props.AssumeRoleExternalId }
func (s *stackArtifact) BootstrapStackVersionSsmParameter() *string {
	return s.props.BootstrapStackVersionSsmParameter
}
func (s *stackArtifact) CloudFormationExecutionRoleArn() *string {
	return s.props.CloudFormationExecutionRoleArn
}
func (s *stackArtifact) DisplayName() *string {
	h := *s.HierarchicalId()
	if s.name != s.id {
		h += " (" + s.name + ")"
	}
	return &h
}
func (s *stackArtifact) Environment() *Environment {
	e := *s.env
	return &e
}
func (s *stackArtifact) LookupRole() *cloudassemblyschema.BootstrapRole { return s.props.LookupRole }
func (s *stackArtifact) NotificationArns() *[]*string                   { return s.props.NotificationArns }
func (s *stackArtifact) OriginalName() *string                          { return strp(s.name) }
func (s *stackArtifact) Parameters() *map[string]*string {
	if s.props.Parameters == nil {
		return &map[string]*string{}
	}
	return s.props.Parameters
}
func (s *stackArtifact) RequiresBootstrapStackVersion() *float64 {
	return s.props.RequiresBootstrapStackVersion
}
func (s *stackArtifact) StackName() *string { return strp(s.name) }
func (s *stackArtifact) StackTemplateAssetObjectUrl() *string {
	return s.props.StackTemplateAssetObjectUrl
}
func (s *stackArtifact) Tags() *map[string]*string {
	if s.props.Tags == nil {
		return &map[string]*string{}
	}
	return s.props.Tags
}
func (s *stackArtifact) TemplateFile() *string { return s.props.TemplateFile }
func (s *stackArtifact) TemplateFullPath() *string {
	return strp(filepath.Join(*s.asm.Directory(), *s.props.TemplateFile))
}

// Template reads the template as encoding/json does (objects as
// map[string]interface{}), once.
func (s *stackArtifact) Template() interface{} {
	s.tmplOnce.Do(func() {
		b, err := os.ReadFile(*s.TemplateFullPath())
		if err != nil {
			s.tmplErr = err
			return
		}
		s.tmplErr = json.Unmarshal(b, &s.template)
	})
	if s.tmplErr != nil {
		panic(s.tmplErr)
	}
	return s.template
}
func (s *stackArtifact) TerminationProtection() *bool { return s.props.TerminationProtection }
func (s *stackArtifact) ValidateOnSynth() *bool       { return s.props.ValidateOnSynth }

// AssetManifestArtifact is an asset manifest (<stack>.assets.json).
type AssetManifestArtifact interface {
	CloudArtifact
	// The SSM parameter holding the bootstrap stack version.
	BootstrapStackVersionSsmParameter() *string
	// The asset manifest, read on first use.
	Contents() *cloudassemblyschema.AssetManifest
	// The asset manifest's full path.
	File() *string
	// The bootstrap stack version publishing requires.
	RequiresBootstrapStackVersion() *float64
}

type assetManifestArtifact struct {
	*cloudArtifact
	props    *cloudassemblyschema.AssetManifestProperties
	file     string
	once     sync.Once
	contents *cloudassemblyschema.AssetManifest
}

// NewAssetManifestArtifact reads an asset manifest artifact; its manifest
// needs a file.
func NewAssetManifestArtifact(assembly CloudAssembly, name *string, artifact *cloudassemblyschema.ArtifactManifest) AssetManifestArtifact {
	base := newBase(assembly, name, artifact)
	p := properties[cloudassemblyschema.AssetManifestProperties](artifact)
	if p.File == nil || *p.File == "" {
		panic(fmt.Errorf(`Invalid AssetManifestArtifact. Missing "file" property`))
	}
	file := *p.File
	if !filepath.IsAbs(file) {
		dir, err := filepath.Abs(*assembly.Directory())
		if err != nil {
			panic(err)
		}
		file = filepath.Join(dir, file)
	}
	return &assetManifestArtifact{cloudArtifact: base, props: p, file: filepath.Clean(file)}
}

// NewAssetManifestArtifact_Override reads an asset manifest artifact into
// a, a pointer to a struct that embeds AssetManifestArtifact.
func NewAssetManifestArtifact_Override(a AssetManifestArtifact, assembly CloudAssembly, name *string, artifact *cloudassemblyschema.ArtifactManifest) {
	embed[AssetManifestArtifact](a, NewAssetManifestArtifact(assembly, name, artifact))
}

// AssetManifestArtifact_FromManifest makes the artifact of the manifest's
// type, as CloudArtifact_FromManifest.
func AssetManifestArtifact_FromManifest(assembly CloudAssembly, id *string, artifact *cloudassemblyschema.ArtifactManifest) CloudArtifact {
	return CloudArtifact_FromManifest(assembly, id, artifact)
}

// AssetManifestArtifact_IsAssetManifestArtifact reports whether art is an
// asset manifest artifact of this package.
func AssetManifestArtifact_IsAssetManifestArtifact(art interface{}) *bool {
	_, ok := art.(*assetManifestArtifact)
	return &ok
}

func (a *assetManifestArtifact) BootstrapStackVersionSsmParameter() *string {
	return a.props.BootstrapStackVersionSsmParameter
}
func (a *assetManifestArtifact) RequiresBootstrapStackVersion() *float64 {
	return a.props.RequiresBootstrapStackVersion
}
func (a *assetManifestArtifact) File() *string { return strp(a.file) }
func (a *assetManifestArtifact) Contents() *cloudassemblyschema.AssetManifest {
	a.once.Do(func() { a.contents = cloudassemblyschema.Manifest_LoadAssetManifest(&a.file) })
	if a.contents == nil {
		panic(fmt.Errorf("reading %s failed earlier", a.file))
	}
	return a.contents
}

// TreeCloudArtifact is the construct tree of an assembly (tree.json).
type TreeCloudArtifact interface {
	CloudArtifact
	// The tree's file name, relative to the assembly.
	File() *string
}

type treeArtifact struct {
	*cloudArtifact
	file string
}

// NewTreeCloudArtifact reads a tree artifact; its manifest needs a file.
func NewTreeCloudArtifact(assembly CloudAssembly, name *string, artifact *cloudassemblyschema.ArtifactManifest) TreeCloudArtifact {
	base := newBase(assembly, name, artifact)
	p := properties[cloudassemblyschema.TreeArtifactProperties](artifact)
	if p.File == nil || *p.File == "" {
		panic(fmt.Errorf(`Invalid TreeCloudArtifact. Missing "file" property`))
	}
	return &treeArtifact{cloudArtifact: base, file: *p.File}
}

// NewTreeCloudArtifact_Override reads a tree artifact into t, a pointer to
// a struct that embeds TreeCloudArtifact.
func NewTreeCloudArtifact_Override(t TreeCloudArtifact, assembly CloudAssembly, name *string, artifact *cloudassemblyschema.ArtifactManifest) {
	embed[TreeCloudArtifact](t, NewTreeCloudArtifact(assembly, name, artifact))
}

// TreeCloudArtifact_FromManifest makes the artifact of the manifest's type,
// as CloudArtifact_FromManifest.
func TreeCloudArtifact_FromManifest(assembly CloudAssembly, id *string, artifact *cloudassemblyschema.ArtifactManifest) CloudArtifact {
	return CloudArtifact_FromManifest(assembly, id, artifact)
}

// TreeCloudArtifact_IsTreeCloudArtifact reports whether art is a tree
// artifact of this package.
func TreeCloudArtifact_IsTreeCloudArtifact(art interface{}) *bool {
	_, ok := art.(*treeArtifact)
	return &ok
}

func (t *treeArtifact) File() *string { return strp(t.file) }

// NestedCloudAssemblyArtifact is an assembly inside this one (a Stage).
type NestedCloudAssemblyArtifact interface {
	CloudArtifact
	// The nested assembly's directory, relative to this assembly.
	DirectoryName() *string
	// The display name (the id when the manifest gives none).
	DisplayName() *string
	// The nested assembly's full path.
	FullPath() *string
	// The nested assembly, read on first use.
	NestedAssembly() CloudAssembly
}

type nestedArtifact struct {
	*cloudArtifact
	dir, display string
}

// NewNestedCloudAssemblyArtifact reads a nested assembly artifact.
func NewNestedCloudAssemblyArtifact(assembly CloudAssembly, name *string, artifact *cloudassemblyschema.ArtifactManifest) NestedCloudAssemblyArtifact {
	base := newBase(assembly, name, artifact)
	p := properties[cloudassemblyschema.NestedCloudAssemblyProperties](artifact)
	n := &nestedArtifact{cloudArtifact: base, dir: str(p.DirectoryName), display: *name}
	if p.DisplayName != nil {
		n.display = *p.DisplayName
	}
	return n
}

// NewNestedCloudAssemblyArtifact_Override reads a nested assembly artifact
// into n, a pointer to a struct that embeds NestedCloudAssemblyArtifact.
func NewNestedCloudAssemblyArtifact_Override(n NestedCloudAssemblyArtifact, assembly CloudAssembly, name *string, artifact *cloudassemblyschema.ArtifactManifest) {
	embed[NestedCloudAssemblyArtifact](n, NewNestedCloudAssemblyArtifact(assembly, name, artifact))
}

// NestedCloudAssemblyArtifact_FromManifest makes the artifact of the
// manifest's type, as CloudArtifact_FromManifest.
func NestedCloudAssemblyArtifact_FromManifest(assembly CloudAssembly, id *string, artifact *cloudassemblyschema.ArtifactManifest) CloudArtifact {
	return CloudArtifact_FromManifest(assembly, id, artifact)
}

// NestedCloudAssemblyArtifact_IsNestedCloudAssemblyArtifact reports whether
// art is a nested assembly artifact of this package.
func NestedCloudAssemblyArtifact_IsNestedCloudAssemblyArtifact(art interface{}) *bool {
	_, ok := art.(*nestedArtifact)
	return &ok
}

func (n *nestedArtifact) DirectoryName() *string { return strp(n.dir) }
func (n *nestedArtifact) DisplayName() *string   { return strp(n.display) }
func (n *nestedArtifact) FullPath() *string {
	return strp(filepath.Join(*n.asm.Directory(), n.dir))
}
func (n *nestedArtifact) NestedAssembly() CloudAssembly {
	if a, ok := n.asm.(*assembly); ok {
		return a.nestedAssembly(*n.FullPath())
	}
	return NewCloudAssembly(n.FullPath(), nil)
}

func strp(s string) *string { return &s }
