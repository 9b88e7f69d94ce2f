package cxapi

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/override"
)

// manifestFile is the name of an assembly's manifest.
const manifestFile = "manifest.json"

// CloudAssembly is a cloud assembly read from its directory.
type CloudAssembly interface {
	cloudassemblyschema.ICloudAssembly
	// All artifacts included in this assembly, in dependency order.
	Artifacts() *[]CloudArtifact
	// The root directory of the cloud assembly.
	Directory() *string
	// The raw assembly manifest.
	Manifest() *cloudassemblyschema.AssemblyManifest
	// The nested assembly artifacts in this assembly.
	NestedAssemblies() *[]NestedCloudAssemblyArtifact
	// Runtime information such as module versions used to synthesize this assembly.
	Runtime() *cloudassemblyschema.RuntimeInfo
	// All the CloudFormation stack artifacts of this assembly.
	Stacks() *[]CloudFormationStackArtifact
	// All the stacks, including those in nested assemblies.
	StacksRecursively() *[]CloudFormationStackArtifact
	// The schema version of the assembly manifest.
	Version() *string
	// Returns a nested assembly.
	GetNestedAssembly(artifactId *string) CloudAssembly
	// Returns a nested assembly artifact.
	GetNestedAssemblyArtifact(artifactId *string) NestedCloudAssemblyArtifact
	// Returns a stack artifact of this assembly or a nested one by artifact id.
	GetStackArtifact(artifactId *string) CloudFormationStackArtifact
	// Returns the one stack of this assembly with that stack name.
	GetStackByName(stackName *string) CloudFormationStackArtifact
	// Returns the tree metadata artifact, nil if there is none.
	Tree() TreeCloudArtifact
	// The artifact with that id, nil if there is none.
	TryGetArtifact(id *string) CloudArtifact
}

// assembly is a CloudAssembly. It reads its manifest on first use: App.Synth
// returns one after every synthesis, and most programs never look inside.
type assembly struct {
	dir  string
	opts *cloudassemblyschema.LoadManifestOptions

	once      sync.Once
	err       error
	manifest  *cloudassemblyschema.AssemblyManifest
	artifacts []CloudArtifact
	nested    map[string]CloudAssembly
	nestedMu  sync.Mutex
}

// assemblyMarker makes CloudAssembly_IsCloudAssembly recognise assemblies.
type assemblyMarker interface{ isCloudAssembly() }

func (a *assembly) isCloudAssembly() {}

// NewCloudAssembly reads the cloud assembly in directory (its manifest.json).
func NewCloudAssembly(directory *string, loadOptions *cloudassemblyschema.LoadManifestOptions) CloudAssembly {
	if directory == nil {
		panic(fmt.Errorf("NewCloudAssembly: directory is required"))
	}
	a := &assembly{dir: *directory, opts: loadOptions}
	if err := a.load(); err != nil {
		panic(err)
	}
	return a
}

// NewCloudAssembly_Override reads the assembly in directory into c, a
// pointer to a struct that embeds CloudAssembly.
func NewCloudAssembly_Override(c CloudAssembly, directory *string, loadOptions *cloudassemblyschema.LoadManifestOptions) {
	embed[CloudAssembly](c, NewCloudAssembly(directory, loadOptions))
}

// Load returns the assembly in dir without reading it yet; errors in the
// manifest surface (as panics, like NewCloudAssembly's) on first use.
// App.Synth uses it for the assembly it has just written. The order
// argument is accepted for callers that know their stack order; artifacts
// are listed in aws-cdk-lib's order regardless.
func Load(dir string, order ...string) (CloudAssembly, error) {
	if _, err := os.Stat(filepath.Join(dir, manifestFile)); err != nil {
		return nil, err
	}
	return &assembly{dir: dir}, nil
}

// CloudAssembly_IsCloudAssembly reports whether x is a CloudAssembly made by
// this package.
func CloudAssembly_IsCloudAssembly(x interface{}) *bool {
	_, ok := x.(assemblyMarker)
	return &ok
}

// CloudAssembly_CleanupTemporaryDirectories removes the assembly
// directories this process created in the temporary directory
// (CloudAssemblyBuilder with no outdir).
func CloudAssembly_CleanupTemporaryDirectories() {
	removeTemporaryAssemblies()
}

func (a *assembly) load() error {
	a.once.Do(func() { a.err = a.read() })
	return a.err
}

// ready loads the assembly or raises the error reading it.
func (a *assembly) ready() *assembly {
	if err := a.load(); err != nil {
		panic(err)
	}
	return a
}

func (a *assembly) read() (err error) {
	path := filepath.Join(a.dir, manifestFile)
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				e = fmt.Errorf("%v", r)
			}
			err = e
		}
	}()
	a.manifest = cloudassemblyschema.Manifest_LoadAssemblyManifest(&path, a.opts)
	ids, err := artifactOrder(path)
	if err != nil {
		return err
	}
	var arts []CloudArtifact
	for _, id := range ids {
		m := (*a.manifest.Artifacts)[id]
		if m == nil {
			continue
		}
		if art := fromManifest(a, id, m); art != nil {
			arts = append(arts, art)
		}
	}
	if a.opts == nil || a.opts.TopoSort == nil || *a.opts.TopoSort {
		if arts, err = topoSort(arts); err != nil {
			return err
		}
	}
	a.artifacts = arts
	// As aws-cdk-lib does, every dependency must name an artifact.
	for _, art := range arts {
		for _, d := range depIDs(art) {
			if a.tryGet(d) == nil {
				return fmt.Errorf("Artifact %s depends on non-existing artifact %s", *art.Id(), d)
			}
		}
	}
	return nil
}

// artifactOrder lists the artifact ids of the manifest at path in the order
// the file holds them (a Go map does not keep it).
func artifactOrder(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	tree, err := ojson.Decode(b)
	if err != nil {
		return nil, err
	}
	o, _ := tree.(*ojson.Object)
	arts, _ := o.Get("artifacts")
	ao, _ := arts.(*ojson.Object)
	return ao.Keys(), nil
}

// topoSort orders artifacts so each comes after those it depends on; at
// each step every artifact whose dependencies are placed goes next, in id
// order (aws-cdk-lib's order).
func topoSort(arts []CloudArtifact) ([]CloudArtifact, error) {
	remaining := make(map[string]CloudArtifact, len(arts))
	for _, a := range arts {
		remaining[*a.Id()] = a
	}
	out := make([]CloudArtifact, 0, len(arts))
	for len(remaining) > 0 {
		var ready []string
		for id, a := range remaining {
			ok := true
			for _, d := range depIDs(a) {
				if _, waiting := remaining[d]; waiting {
					ok = false
					break
				}
			}
			if ok {
				ready = append(ready, id)
			}
		}
		if len(ready) == 0 {
			var left []string
			for _, a := range arts {
				if _, ok := remaining[*a.Id()]; ok {
					left = append(left, *a.Id())
				}
			}
			return nil, fmt.Errorf("Could not determine ordering between: %s", strings.Join(left, ", "))
		}
		sort.Strings(ready)
		for _, id := range ready {
			out = append(out, remaining[id])
			delete(remaining, id)
		}
	}
	return out, nil
}

func depIDs(a CloudArtifact) []string {
	var out []string
	if m := a.Manifest(); m != nil && m.Dependencies != nil {
		for _, d := range *m.Dependencies {
			if d != nil {
				out = append(out, *d)
			}
		}
	}
	return out
}

func (a *assembly) Directory() *string { d := a.dir; return &d }

func (a *assembly) Version() *string { return a.ready().manifest.Version }

func (a *assembly) Manifest() *cloudassemblyschema.AssemblyManifest { return a.ready().manifest }

func (a *assembly) Runtime() *cloudassemblyschema.RuntimeInfo {
	if r := a.ready().manifest.Runtime; r != nil {
		return r
	}
	return &cloudassemblyschema.RuntimeInfo{Libraries: &map[string]*string{}}
}

func (a *assembly) Artifacts() *[]CloudArtifact {
	out := append([]CloudArtifact{}, a.ready().artifacts...)
	return &out
}

func (a *assembly) tryGet(id string) CloudArtifact {
	for _, art := range a.artifacts {
		if *art.Id() == id {
			return art
		}
	}
	return nil
}

func (a *assembly) TryGetArtifact(id *string) CloudArtifact {
	if id == nil {
		return nil
	}
	return a.ready().tryGet(*id)
}

func (a *assembly) Stacks() *[]CloudFormationStackArtifact {
	out := []CloudFormationStackArtifact{}
	for _, art := range a.ready().artifacts {
		if s, ok := art.(*stackArtifact); ok {
			out = append(out, s)
		}
	}
	return &out
}

func (a *assembly) NestedAssemblies() *[]NestedCloudAssemblyArtifact {
	out := []NestedCloudAssemblyArtifact{}
	for _, art := range a.ready().artifacts {
		if n, ok := art.(*nestedArtifact); ok {
			out = append(out, n)
		}
	}
	return &out
}

// StacksRecursively lists this assembly's stacks, then those of its nested
// assemblies, breadth first.
func (a *assembly) StacksRecursively() *[]CloudFormationStackArtifact {
	out := []CloudFormationStackArtifact{}
	queue := []CloudAssembly{a}
	for len(queue) > 0 {
		head := queue[0]
		queue = queue[1:]
		out = append(out, *head.Stacks()...)
		for _, n := range *head.NestedAssemblies() {
			queue = append(queue, n.NestedAssembly())
		}
	}
	return &out
}

func (a *assembly) GetStackArtifact(artifactId *string) CloudFormationStackArtifact {
	id := str(artifactId)
	for _, s := range *a.StacksRecursively() {
		if *s.Id() == id {
			return s
		}
	}
	// Only stacks are searched, so another kind of artifact is not found
	// either (aws-cdk-lib's message).
	panic(fmt.Errorf("Unable to find artifact with id %q", id))
}

func (a *assembly) GetStackByName(stackName *string) CloudFormationStackArtifact {
	name := str(stackName)
	var found []CloudFormationStackArtifact
	var ids []string
	for _, s := range *a.Stacks() {
		if *s.StackName() == name {
			found = append(found, s)
			ids = append(ids, *s.Id())
		}
	}
	switch len(found) {
	case 0:
		panic(fmt.Errorf("Unable to find stack with stack name %q", name))
	case 1:
		return found[0]
	}
	panic(fmt.Errorf("There are multiple stacks with the stack name %q (%s). Use \"getStackArtifact(id)\" instead", name, strings.Join(ids, ",")))
}

func (a *assembly) GetNestedAssemblyArtifact(artifactId *string) NestedCloudAssemblyArtifact {
	id := str(artifactId)
	art := a.ready().tryGet(id)
	if art == nil {
		panic(fmt.Errorf("Unable to find artifact with id %q", id))
	}
	n, ok := art.(*nestedArtifact)
	if !ok {
		panic(fmt.Errorf("Found artifact '%s' but it's not a nested cloud assembly", id))
	}
	return n
}

func (a *assembly) GetNestedAssembly(artifactId *string) CloudAssembly {
	return a.GetNestedAssemblyArtifact(artifactId).NestedAssembly()
}

func (a *assembly) Tree() TreeCloudArtifact {
	var trees []CloudArtifact
	for _, art := range a.ready().artifacts {
		if art.Manifest().Type == cloudassemblyschema.ArtifactType_CDK_TREE {
			trees = append(trees, art)
		}
	}
	switch len(trees) {
	case 0:
		return nil
	case 1:
		t, ok := trees[0].(*treeArtifact)
		if !ok {
			panic(fmt.Errorf(`"Tree" artifact is not of expected type`))
		}
		return t
	}
	panic(fmt.Errorf("Multiple artifacts of type cdk:tree found in manifest"))
}

// nestedAssembly returns the assembly in dir, read once per parent.
func (a *assembly) nestedAssembly(dir string) CloudAssembly {
	a.nestedMu.Lock()
	defer a.nestedMu.Unlock()
	if n, ok := a.nested[dir]; ok {
		return n
	}
	n := NewCloudAssembly(&dir, a.opts)
	if a.nested == nil {
		a.nested = map[string]CloudAssembly{}
	}
	a.nested[dir] = n
	return n
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// embed carries out a New<Type>_Override constructor.
func embed[T any](outer T, inner T) {
	if err := override.Embed(outer, inner, reflect.TypeOf((*T)(nil)).Elem()); err != nil {
		panic(err)
	}
}
