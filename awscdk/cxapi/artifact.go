package cxapi

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/internal/ojson"
)

// CloudArtifact is one artifact of a cloud assembly.
type CloudArtifact interface {
	Assembly() CloudAssembly
	// The artifacts this artifact depends on.
	Dependencies() *[]CloudArtifact
	// Where this artifact sits in the tree of nested assemblies (its
	// displayName, else its id); for user interfaces.
	HierarchicalId() *string
	Id() *string
	// The artifact's manifest.
	Manifest() *cloudassemblyschema.ArtifactManifest
	// The errors, warnings and infos of the artifact's metadata.
	Messages() *[]*SynthesisMessage
	// The artifact's metadata by construct path, from the manifest and its
	// additionalMetadataFile.
	Metadata() *map[string]*[]*cloudassemblyschema.MetadataEntry
	// The metadata entries of one type.
	FindMetadataByType(type_ *string) *[]*MetadataEntryResult
}

// cloudArtifact is the part every artifact kind shares.
type cloudArtifact struct {
	asm      CloudAssembly
	id       string
	manifest *cloudassemblyschema.ArtifactManifest

	once     sync.Once
	metadata map[string][]*cloudassemblyschema.MetadataEntry
	paths    []string // metadata paths in file order
	err      error
}

func newBase(assembly CloudAssembly, id *string, manifest *cloudassemblyschema.ArtifactManifest) *cloudArtifact {
	if assembly == nil || id == nil || manifest == nil {
		panic(fmt.Errorf("a cloud artifact needs an assembly, an id and a manifest"))
	}
	return &cloudArtifact{asm: assembly, id: *id, manifest: manifest}
}

// NewCloudArtifact makes an artifact of no particular kind.
func NewCloudArtifact(assembly CloudAssembly, id *string, manifest *cloudassemblyschema.ArtifactManifest) CloudArtifact {
	return newBase(assembly, id, manifest)
}

// NewCloudArtifact_Override makes an artifact into c, a pointer to a struct
// that embeds CloudArtifact.
func NewCloudArtifact_Override(c CloudArtifact, assembly CloudAssembly, id *string, manifest *cloudassemblyschema.ArtifactManifest) {
	embed[CloudArtifact](c, NewCloudArtifact(assembly, id, manifest))
}

// CloudArtifact_FromManifest makes the artifact of the manifest's type
// (stack, tree, asset manifest, nested assembly); nil for other types.
func CloudArtifact_FromManifest(assembly CloudAssembly, id *string, artifact *cloudassemblyschema.ArtifactManifest) CloudArtifact {
	if artifact == nil || id == nil {
		return nil
	}
	return fromManifest(assembly, *id, artifact)
}

func fromManifest(assembly CloudAssembly, id string, m *cloudassemblyschema.ArtifactManifest) CloudArtifact {
	switch m.Type {
	case cloudassemblyschema.ArtifactType_AWS_CLOUDFORMATION_STACK:
		return NewCloudFormationStackArtifact(assembly, &id, m)
	case cloudassemblyschema.ArtifactType_CDK_TREE:
		return NewTreeCloudArtifact(assembly, &id, m)
	case cloudassemblyschema.ArtifactType_ASSET_MANIFEST:
		return NewAssetManifestArtifact(assembly, &id, m)
	case cloudassemblyschema.ArtifactType_NESTED_CLOUD_ASSEMBLY:
		return NewNestedCloudAssemblyArtifact(assembly, &id, m)
	}
	return nil
}

func (c *cloudArtifact) Assembly() CloudAssembly { return c.asm }
func (c *cloudArtifact) Id() *string             { id := c.id; return &id }
func (c *cloudArtifact) Manifest() *cloudassemblyschema.ArtifactManifest {
	return c.manifest
}

func (c *cloudArtifact) HierarchicalId() *string {
	if c.manifest.DisplayName != nil {
		return c.manifest.DisplayName
	}
	return c.Id()
}

func (c *cloudArtifact) Dependencies() *[]CloudArtifact {
	out := []CloudArtifact{}
	for _, d := range depIDs(c) {
		dep := c.asm.TryGetArtifact(&d)
		if dep == nil {
			panic(fmt.Errorf("Artifact %s depends on non-existing artifact %s", c.id, d))
		}
		out = append(out, dep)
	}
	return &out
}

// readMetadata merges the additionalMetadataFile's entries and the
// manifest's, per construct path, once.
func (c *cloudArtifact) readMetadata() {
	c.once.Do(func() {
		c.metadata = map[string][]*cloudassemblyschema.MetadataEntry{}
		add := func(p string, es []*cloudassemblyschema.MetadataEntry) {
			if _, ok := c.metadata[p]; !ok {
				c.paths = append(c.paths, p)
			}
			c.metadata[p] = append(c.metadata[p], es...)
		}
		if f := c.manifest.AdditionalMetadataFile; f != nil {
			paths, entries, err := readMetadataFile(filepath.Join(*c.asm.Directory(), *f))
			if err != nil {
				c.err = err
				return
			}
			for i, p := range paths {
				add(p, entries[i])
			}
		}
		if c.manifest.Metadata != nil {
			// The manifest's own map has no order; aws-cdk-lib writes
			// these (the fallback when there is no metadata file) sorted.
			for _, p := range sortedKeys(*c.manifest.Metadata) {
				if es := (*c.manifest.Metadata)[p]; es != nil {
					add(p, *es)
				}
			}
		}
	})
	if c.err != nil {
		panic(c.err)
	}
}

// readMetadataFile reads <stack>.metadata.json, keeping its path order.
func readMetadataFile(path string) ([]string, [][]*cloudassemblyschema.MetadataEntry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	tree, err := ojson.Decode(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", path, err)
	}
	o, ok := tree.(*ojson.Object)
	if !ok {
		return nil, nil, fmt.Errorf("%s: expected a JSON object", path)
	}
	var paths []string
	var entries [][]*cloudassemblyschema.MetadataEntry
	var ferr error
	o.Range(func(p string, v interface{}) {
		if ferr != nil {
			return
		}
		raw, err := ojson.Marshal(v, "")
		if err != nil {
			ferr = err
			return
		}
		var es []*cloudassemblyschema.MetadataEntry
		if err := json.Unmarshal(raw, &es); err != nil {
			ferr = fmt.Errorf("%s: %s: %v", path, p, err)
			return
		}
		paths = append(paths, p)
		entries = append(entries, es)
	})
	return paths, entries, ferr
}

func (c *cloudArtifact) Metadata() *map[string]*[]*cloudassemblyschema.MetadataEntry {
	c.readMetadata()
	out := make(map[string]*[]*cloudassemblyschema.MetadataEntry, len(c.metadata))
	for p, es := range c.metadata {
		cp := append([]*cloudassemblyschema.MetadataEntry(nil), es...)
		out[p] = &cp
	}
	return &out
}

func (c *cloudArtifact) FindMetadataByType(type_ *string) *[]*MetadataEntryResult {
	c.readMetadata()
	out := []*MetadataEntryResult{}
	for _, p := range c.paths {
		for _, e := range c.metadata[p] {
			if e != nil && e.Type != nil && type_ != nil && *e.Type == *type_ {
				path := p
				out = append(out, &MetadataEntryResult{Type: e.Type, Data: e.Data, Trace: e.Trace, Path: &path})
			}
		}
	}
	return &out
}

// Messages lists the aws:cdk:error, warning and info entries, by path in
// metadata order.
func (c *cloudArtifact) Messages() *[]*SynthesisMessage {
	c.readMetadata()
	out := []*SynthesisMessage{}
	for _, p := range c.paths {
		for _, e := range c.metadata[p] {
			if e == nil || e.Type == nil {
				continue
			}
			var level SynthesisMessageLevel
			switch *e.Type {
			case "aws:cdk:warning":
				level = SynthesisMessageLevel_WARNING
			case "aws:cdk:error":
				level = SynthesisMessageLevel_ERROR
			case "aws:cdk:info":
				level = SynthesisMessageLevel_INFO
			default:
				continue
			}
			id := p
			out = append(out, &SynthesisMessage{Entry: e, Id: &id, Level: level})
		}
	}
	return &out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}
