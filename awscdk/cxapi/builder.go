package cxapi

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/internal/ojson"
)

// CloudAssemblyBuilder writes a cloud assembly: artifacts and missing
// context are collected, then BuildAssembly writes manifest.json.
type CloudAssemblyBuilder interface {
	// The directory where assets of this Cloud Assembly are stored.
	AssetOutdir() *string
	// The root directory of the resulting cloud assembly.
	Outdir() *string
	// Adds an artifact into the cloud assembly.
	AddArtifact(id *string, manifest *cloudassemblyschema.ArtifactManifest)
	// Reports context the app needs to be fully synthesized (once per key);
	// a nested builder reports it to its parent too.
	AddMissing(missing *cloudassemblyschema.MissingContext)
	// Writes manifest.json and returns the assembly.
	BuildAssembly(options *AssemblyBuildOptions) CloudAssembly
	// Creates a nested assembly in a subdirectory named after artifactId.
	CreateNestedAssembly(artifactId *string, displayName *string) CloudAssemblyBuilder
	// Deletes the assembly directory.
	Delete()
}

type builder struct {
	outdir, assetOutdir string
	parent              CloudAssemblyBuilder

	mu        sync.Mutex
	order     []string
	artifacts map[string]*cloudassemblyschema.ArtifactManifest
	missing   []*cloudassemblyschema.MissingContext
}

// NewCloudAssemblyBuilder makes a builder writing into outdir, created if
// needed; with no outdir, into a new temporary directory that
// CloudAssembly_CleanupTemporaryDirectories removes.
func NewCloudAssemblyBuilder(outdir *string, props *CloudAssemblyBuilderProps) CloudAssemblyBuilder {
	if props == nil {
		props = &CloudAssemblyBuilderProps{}
	}
	dir := str(outdir)
	if dir == "" {
		tmp, err := newTemporaryAssembly()
		if err != nil {
			panic(err)
		}
		dir = tmp
	}
	if fi, err := os.Stat(dir); err == nil {
		if !fi.IsDir() {
			panic(fmt.Errorf("%s must be a directory", dir))
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		panic(err)
	}
	b := &builder{outdir: dir, assetOutdir: dir, parent: props.ParentBuilder, artifacts: map[string]*cloudassemblyschema.ArtifactManifest{}}
	if props.AssetOutdir != nil {
		b.assetOutdir = *props.AssetOutdir
	}
	return b
}

// NewCloudAssemblyBuilder_Override makes a builder into c, a pointer to a
// struct that embeds CloudAssemblyBuilder.
func NewCloudAssemblyBuilder_Override(c CloudAssemblyBuilder, outdir *string, props *CloudAssemblyBuilderProps) {
	embed[CloudAssemblyBuilder](c, NewCloudAssemblyBuilder(outdir, props))
}

func (b *builder) Outdir() *string      { return strp(b.outdir) }
func (b *builder) AssetOutdir() *string { return strp(b.assetOutdir) }

func (b *builder) AddArtifact(id *string, manifest *cloudassemblyschema.ArtifactManifest) {
	if id == nil || manifest == nil {
		panic(fmt.Errorf("AddArtifact: id and manifest are required"))
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.artifacts[*id]; !ok {
		b.order = append(b.order, *id)
	}
	m := *manifest
	b.artifacts[*id] = &m
}

func (b *builder) AddMissing(missing *cloudassemblyschema.MissingContext) {
	if missing == nil {
		return
	}
	b.mu.Lock()
	dup := false
	for _, m := range b.missing {
		if str(m.Key) == str(missing.Key) {
			dup = true
			break
		}
	}
	if !dup {
		b.missing = append(b.missing, missing)
	}
	b.mu.Unlock()
	if b.parent != nil {
		b.parent.AddMissing(missing)
	}
}

// BuildAssembly writes manifest.json as aws-cdk-lib does: version,
// artifacts in the order they were added, missing context if any; and the
// legacy cdk.out file holding only the version.
func (b *builder) BuildAssembly(options *AssemblyBuildOptions) CloudAssembly {
	b.mu.Lock()
	m := &cloudassemblyschema.AssemblyManifest{Version: cloudassemblyschema.Manifest_Version()}
	if len(b.artifacts) > 0 || b.order != nil {
		arts := make(map[string]*cloudassemblyschema.ArtifactManifest, len(b.artifacts))
		for k, v := range b.artifacts {
			arts[k] = v
		}
		m.Artifacts = &arts
	} else {
		m.Artifacts = &map[string]*cloudassemblyschema.ArtifactManifest{}
	}
	if len(b.missing) > 0 {
		missing := append([]*cloudassemblyschema.MissingContext(nil), b.missing...)
		m.Missing = &missing
	}
	order := append([]string(nil), b.order...)
	b.mu.Unlock()

	path := filepath.Join(b.outdir, manifestFile)
	cloudassemblyschema.Manifest_SaveAssemblyManifest(m, &path)
	if err := keepArtifactOrder(path, order); err != nil {
		panic(err)
	}
	legacy := `{"version":` + strconv.Quote(*m.Version) + `}`
	if err := os.WriteFile(filepath.Join(b.outdir, "cdk.out"), []byte(legacy), 0o644); err != nil {
		panic(err)
	}
	return NewCloudAssembly(&b.outdir, nil)
}

// keepArtifactOrder rewrites the manifest with its artifacts in the order
// they were added (a JavaScript object keeps insertion order; the schema's
// Go map does not), in JavaScript's key order for index-like ids.
func keepArtifactOrder(path string, order []string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	tree, err := ojson.Decode(raw)
	if err != nil {
		return err
	}
	doc := tree.(*ojson.Object)
	v, _ := doc.Get("artifacts")
	old, ok := v.(*ojson.Object)
	if !ok {
		return nil
	}
	arts := ojson.NewSize(old.Len())
	for _, id := range order {
		if a, ok := old.Get(id); ok {
			arts.Set(id, a)
		}
	}
	doc.Set("artifacts", arts)
	out, err := ojson.Marshal(doc, "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}

func (b *builder) CreateNestedAssembly(artifactId *string, displayName *string) CloudAssemblyBuilder {
	if artifactId == nil {
		panic(fmt.Errorf("CreateNestedAssembly: artifactId is required"))
	}
	dir := *artifactId
	b.AddArtifact(artifactId, &cloudassemblyschema.ArtifactManifest{
		Type:       cloudassemblyschema.ArtifactType_NESTED_CLOUD_ASSEMBLY,
		Properties: &cloudassemblyschema.NestedCloudAssemblyProperties{DirectoryName: &dir, DisplayName: displayName},
	})
	inner := filepath.Join(b.outdir, dir)
	return NewCloudAssemblyBuilder(&inner, &CloudAssemblyBuilderProps{AssetOutdir: &b.assetOutdir, ParentBuilder: b})
}

func (b *builder) Delete() {
	if err := os.RemoveAll(b.outdir); err != nil {
		panic(err)
	}
}

// Temporary assemblies are marked with a file naming the process that made
// them, so that CleanupTemporaryDirectories finds its own without a
// package-level list.
const temporaryMarker = ".strata-temporary-assembly"

func newTemporaryAssembly() (string, error) {
	tmp, err := filepath.EvalSymlinks(os.TempDir())
	if err != nil {
		tmp = os.TempDir()
	}
	dir, err := os.MkdirTemp(tmp, "cdk.out")
	if err != nil {
		return "", err
	}
	return dir, os.WriteFile(filepath.Join(dir, temporaryMarker), []byte(strconv.Itoa(os.Getpid())), 0o644)
}

func removeTemporaryAssemblies() {
	tmp, err := filepath.EvalSymlinks(os.TempDir())
	if err != nil {
		tmp = os.TempDir()
	}
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	me := strconv.Itoa(os.Getpid())
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), "cdk.out") {
			continue
		}
		dir := filepath.Join(tmp, e.Name())
		if pid, err := os.ReadFile(filepath.Join(dir, temporaryMarker)); err == nil && string(pid) == me {
			os.RemoveAll(dir)
		}
	}
}
