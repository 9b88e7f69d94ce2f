// Package cxapi reads a synthesized cloud assembly, with the API of
// aws-cdk-go's cxapi package: App.Synth returns a CloudAssembly whose stack
// artifacts give their templates.
package cxapi

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Environment is where a stack deploys.
type Environment struct {
	Account *string `field:"required" json:"account" yaml:"account"`
	Name    *string `field:"required" json:"name" yaml:"name"`
	Region  *string `field:"required" json:"region" yaml:"region"`
}

// CloudAssembly is a synthesized assembly on disk.
type CloudAssembly interface {
	Directory() *string
	Version() *string
	Manifest() interface{}
	Stacks() *[]CloudFormationStackArtifact
	StacksRecursively() *[]CloudFormationStackArtifact
	GetStackArtifact(artifactId *string) CloudFormationStackArtifact
	GetStackByName(stackName *string) CloudFormationStackArtifact
	GetStack(stackName *string) CloudFormationStackArtifact
	TryGetArtifact(id *string) interface{}
}

// CloudFormationStackArtifact is one stack of an assembly.
type CloudFormationStackArtifact interface {
	Id() *string
	ArtifactId() *string
	StackName() *string
	DisplayName() *string
	TemplateFile() *string
	TemplateFullPath() *string
	Template() interface{}
	Environment() *Environment
	Dependencies() *[]string
	Tags() *map[string]*string
	TerminationProtection() *bool
	Assembly() CloudAssembly
}

type manifest struct {
	Version   string                     `json:"version"`
	Artifacts map[string]json.RawMessage `json:"artifacts"`
}

type artifact struct {
	Type         string          `json:"type"`
	Environment  string          `json:"environment"`
	Properties   json.RawMessage `json:"properties"`
	Dependencies []string        `json:"dependencies"`
	DisplayName  string          `json:"displayName"`
}

type stackProps struct {
	TemplateFile          string             `json:"templateFile"`
	StackName             string             `json:"stackName"`
	Tags                  map[string]*string `json:"tags"`
	TerminationProtection bool               `json:"terminationProtection"`
}

type assembly struct {
	dir      string
	manifest manifest
	raw      interface{}
	order    []string
	stacks   map[string]*stackArtifact
}

// NewCloudAssembly reads the assembly in directory.
func NewCloudAssembly(directory *string, loadOptions interface{}) CloudAssembly {
	a, err := Load(*directory)
	if err != nil {
		panic(err)
	}
	return a
}

// Load reads the assembly in dir; order lists stack ids in manifest order.
func Load(dir string, order ...string) (CloudAssembly, error) {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, err
	}
	a := &assembly{dir: dir, stacks: map[string]*stackArtifact{}, order: order}
	if err := json.Unmarshal(b, &a.manifest); err != nil {
		return nil, fmt.Errorf("reading %s: %w", filepath.Join(dir, "manifest.json"), err)
	}
	_ = json.Unmarshal(b, &a.raw)
	var ids []string
	for id, raw := range a.manifest.Artifacts {
		var art artifact
		if err := json.Unmarshal(raw, &art); err != nil {
			return nil, err
		}
		if art.Type != "aws:cloudformation:stack" {
			continue
		}
		var p stackProps
		_ = json.Unmarshal(art.Properties, &p)
		if p.StackName == "" {
			p.StackName = id
		}
		a.stacks[id] = &stackArtifact{asm: a, id: id, art: art, props: p}
		ids = append(ids, id)
	}
	if len(a.order) == 0 {
		sort.Strings(ids)
		a.order = ids
	}
	return a, nil
}

func (a *assembly) Directory() *string    { return &a.dir }
func (a *assembly) Version() *string      { return &a.manifest.Version }
func (a *assembly) Manifest() interface{} { return a.raw }
func (a *assembly) Stacks() *[]CloudFormationStackArtifact {
	var out []CloudFormationStackArtifact
	for _, id := range a.order {
		if s, ok := a.stacks[id]; ok {
			out = append(out, s)
		}
	}
	return &out
}
func (a *assembly) StacksRecursively() *[]CloudFormationStackArtifact { return a.Stacks() }
func (a *assembly) GetStackArtifact(id *string) CloudFormationStackArtifact {
	s, ok := a.stacks[*id]
	if !ok {
		panic(fmt.Errorf("unable to find artifact with id %q", *id))
	}
	return s
}
func (a *assembly) GetStackByName(name *string) CloudFormationStackArtifact {
	var found []*stackArtifact
	for _, id := range a.order {
		if s := a.stacks[id]; s != nil && s.props.StackName == *name {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		panic(fmt.Errorf("unable to find exactly one stack with name %q (found %d)", *name, len(found)))
	}
	return found[0]
}
func (a *assembly) GetStack(name *string) CloudFormationStackArtifact { return a.GetStackByName(name) }
func (a *assembly) TryGetArtifact(id *string) interface{} {
	if s, ok := a.stacks[*id]; ok {
		return s
	}
	return nil
}

type stackArtifact struct {
	asm      *assembly
	id       string
	art      artifact
	props    stackProps
	template interface{}
}

func (s *stackArtifact) Id() *string         { return &s.id }
func (s *stackArtifact) ArtifactId() *string { return &s.id }
func (s *stackArtifact) StackName() *string  { return &s.props.StackName }
func (s *stackArtifact) DisplayName() *string {
	if s.art.DisplayName != "" {
		return &s.art.DisplayName
	}
	return &s.id
}
func (s *stackArtifact) TemplateFile() *string { return &s.props.TemplateFile }
func (s *stackArtifact) TemplateFullPath() *string {
	p := filepath.Join(s.asm.dir, s.props.TemplateFile)
	return &p
}
func (s *stackArtifact) Template() interface{} {
	if s.template == nil {
		b, err := os.ReadFile(*s.TemplateFullPath())
		if err != nil {
			panic(err)
		}
		var t interface{}
		if err := json.Unmarshal(b, &t); err != nil {
			panic(err)
		}
		s.template = t
	}
	return s.template
}
func (s *stackArtifact) Environment() *Environment {
	var acct, region string
	fmt.Sscanf(s.art.Environment, "aws://%s", &acct)
	for i := 0; i < len(acct); i++ {
		if acct[i] == '/' {
			region = acct[i+1:]
			acct = acct[:i]
			break
		}
	}
	name := s.art.Environment
	return &Environment{Account: &acct, Region: &region, Name: &name}
}
func (s *stackArtifact) Dependencies() *[]string {
	d := append([]string(nil), s.art.Dependencies...)
	return &d
}
func (s *stackArtifact) Tags() *map[string]*string {
	t := s.props.Tags
	if t == nil {
		t = map[string]*string{}
	}
	return &t
}
func (s *stackArtifact) TerminationProtection() *bool { return &s.props.TerminationProtection }
func (s *stackArtifact) Assembly() CloudAssembly      { return s.asm }
