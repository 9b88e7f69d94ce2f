// Package assembly defines the cloud assembly Strata writes and reads: the
// manifest.json schema (version 55.0.0, as aws-cdk-lib 2.276.0 writes it),
// asset manifests and stack metadata, and a writer that stages an assembly
// in a temporary directory and moves it into place only when synthesis has
// succeeded, so a failed synth never leaves a half-written assembly.
//
// Struct fields are declared in the order aws-cdk-lib writes the keys, so
// that the files match byte for byte.
package assembly

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/strata-cdk/strata/internal/ojson"
)

// SchemaVersion is the cloud assembly schema version aws-cdk-lib 2.276.0 writes.
const SchemaVersion = "55.0.0"

// Artifact types.
const (
	TypeStack             = "aws:cloudformation:stack"
	TypeAssetManifest     = "cdk:asset-manifest"
	TypeTree              = "cdk:tree"
	TypeFeatureFlagReport = "cdk:feature-flag-report"
	TypeNested            = "cdk:cloud-assembly"
)

// Manifest is manifest.json.
type Manifest struct {
	Version           string            `json:"version"`
	Artifacts         *ojson.Object     `json:"artifacts,omitempty"`
	Missing           []json.RawMessage `json:"missing,omitempty"`
	MinimumCliVersion string            `json:"minimumCliVersion,omitempty"`
}

// Artifact is one entry of Manifest.Artifacts.
type Artifact struct {
	Type                   string                     `json:"type"`
	Environment            string                     `json:"environment,omitempty"`
	Properties             interface{}                `json:"properties,omitempty"`
	Dependencies           []string                   `json:"dependencies,omitempty"`
	Metadata               map[string][]MetadataEntry `json:"metadata,omitempty"`
	AdditionalMetadataFile string                     `json:"additionalMetadataFile,omitempty"`
	DisplayName            string                     `json:"displayName,omitempty"`
}

// StackProperties are the properties of a stack artifact.
type StackProperties struct {
	TemplateFile                      string                  `json:"templateFile"`
	Parameters                        map[string]string       `json:"parameters,omitempty"`
	TerminationProtection             bool                    `json:"terminationProtection"`
	Tags                              *ojson.Object           `json:"tags,omitempty"`
	ValidateOnSynth                   bool                    `json:"validateOnSynth"`
	AssumeRoleArn                     string                  `json:"assumeRoleArn,omitempty"`
	AssumeRoleExternalID              string                  `json:"assumeRoleExternalId,omitempty"`
	AssumeRoleAdditionalOptions       *map[string]interface{} `json:"assumeRoleAdditionalOptions,omitempty"`
	CloudFormationExecutionRoleArn    string                  `json:"cloudFormationExecutionRoleArn,omitempty"`
	StackTemplateAssetObjectURL       string                  `json:"stackTemplateAssetObjectUrl,omitempty"`
	RequiresBootstrapStackVersion     int                     `json:"requiresBootstrapStackVersion,omitempty"`
	BootstrapStackVersionSsmParameter string                  `json:"bootstrapStackVersionSsmParameter,omitempty"`
	AdditionalDependencies            []string                `json:"additionalDependencies,omitempty"`
	LookupRole                        *BootstrapRole          `json:"lookupRole,omitempty"`
	StackName                         string                  `json:"stackName,omitempty"`
	NotificationArns                  []string                `json:"notificationArns,omitempty"`
}

// BootstrapRole is a role of the bootstrap stack.
type BootstrapRole struct {
	Arn                               string                  `json:"arn"`
	AssumeRoleExternalID              string                  `json:"assumeRoleExternalId,omitempty"`
	AssumeRoleAdditionalOptions       *map[string]interface{} `json:"assumeRoleAdditionalOptions,omitempty"`
	RequiresBootstrapStackVersion     int                     `json:"requiresBootstrapStackVersion,omitempty"`
	BootstrapStackVersionSsmParameter string                  `json:"bootstrapStackVersionSsmParameter,omitempty"`
}

// AssetManifestProperties are the properties of an asset manifest artifact.
type AssetManifestProperties struct {
	File                              string `json:"file"`
	RequiresBootstrapStackVersion     int    `json:"requiresBootstrapStackVersion,omitempty"`
	BootstrapStackVersionSsmParameter string `json:"bootstrapStackVersionSsmParameter,omitempty"`
}

// NestedAssemblyProperties are the properties of a nested assembly artifact.
type NestedAssemblyProperties struct {
	DirectoryName string `json:"directoryName"`
	DisplayName   string `json:"displayName,omitempty"`
}

// FileProperties is {"file": ...}, the properties of the tree artifact.
type FileProperties struct {
	File string `json:"file"`
}

// MetadataEntry is one entry of a stack's metadata.
type MetadataEntry struct {
	Type  string      `json:"type"`
	Data  interface{} `json:"data,omitempty"`
	Trace []string    `json:"trace,omitempty"`
}

// AssetManifest is <stack>.assets.json.
type AssetManifest struct {
	Version      string        `json:"version"`
	Files        *ojson.Object `json:"files"`
	DockerImages *ojson.Object `json:"dockerImages"`
}

// FileAsset is one file asset of an asset manifest.
type FileAsset struct {
	DisplayName  string        `json:"displayName,omitempty"`
	Source       FileSource    `json:"source"`
	Destinations *ojson.Object `json:"destinations"`
}

// FileSource says where a file asset comes from.
type FileSource struct {
	Path       string   `json:"path,omitempty"`
	Executable []string `json:"executable,omitempty"`
	Packaging  string   `json:"packaging,omitempty"`
}

// FileDestination says where a file asset goes.
type FileDestination struct {
	BucketName           string `json:"bucketName"`
	ObjectKey            string `json:"objectKey"`
	Region               string `json:"region,omitempty"`
	AssumeRoleArn        string `json:"assumeRoleArn,omitempty"`
	AssumeRoleExternalID string `json:"assumeRoleExternalId,omitempty"`
	// AssumeRoleAdditionalOptions are further sts:AssumeRole options (Tags, …).
	AssumeRoleAdditionalOptions *map[string]interface{} `json:"assumeRoleAdditionalOptions,omitempty"`
}

// DockerImageAsset is one image asset of an asset manifest.
type DockerImageAsset struct {
	DisplayName  string        `json:"displayName,omitempty"`
	Source       DockerSource  `json:"source"`
	Destinations *ojson.Object `json:"destinations"`
}

// DockerSource says how to build an image asset (keys in aws-cdk-lib's order).
type DockerSource struct {
	Executable          []string      `json:"executable,omitempty"`
	Directory           string        `json:"directory,omitempty"`
	DockerBuildArgs     *ojson.Object `json:"dockerBuildArgs,omitempty"`
	DockerBuildContexts *ojson.Object `json:"dockerBuildContexts,omitempty"`
	DockerBuildSecrets  *ojson.Object `json:"dockerBuildSecrets,omitempty"`
	DockerBuildSsh      string        `json:"dockerBuildSsh,omitempty"`
	DockerBuildTarget   string        `json:"dockerBuildTarget,omitempty"`
	DockerFile          string        `json:"dockerFile,omitempty"`
	NetworkMode         string        `json:"networkMode,omitempty"`
	Platform            string        `json:"platform,omitempty"`
	DockerOutputs       []string      `json:"dockerOutputs,omitempty"`
	CacheFrom           []DockerCache `json:"cacheFrom,omitempty"`
	CacheTo             *DockerCache  `json:"cacheTo,omitempty"`
	CacheDisabled       bool          `json:"cacheDisabled,omitempty"`
}

// DockerCache is a docker build cache option.
type DockerCache struct {
	Type   string            `json:"type"`
	Params map[string]string `json:"params,omitempty"`
}

// DockerDestination says where an image asset goes.
type DockerDestination struct {
	RepositoryName       string `json:"repositoryName"`
	ImageTag             string `json:"imageTag"`
	Region               string `json:"region,omitempty"`
	AssumeRoleArn        string `json:"assumeRoleArn,omitempty"`
	AssumeRoleExternalID string `json:"assumeRoleExternalId,omitempty"`
	// AssumeRoleAdditionalOptions are further sts:AssumeRole options (Tags, …).
	AssumeRoleAdditionalOptions *map[string]interface{} `json:"assumeRoleAdditionalOptions,omitempty"`
}

// ReadManifest reads dir/manifest.json, artifacts in file order.
func ReadManifest(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "manifest.json"), err)
	}
	return &m, nil
}

// ArtifactIDs returns the artifact ids in manifest order.
func (m *Manifest) ArtifactIDs() []string { return m.Artifacts.Keys() }

// Artifact decodes the artifact with id.
func (m *Manifest) Artifact(id string) (*Artifact, error) {
	v, ok := m.Artifacts.Get(id)
	if !ok {
		return nil, fmt.Errorf("no artifact %q in manifest", id)
	}
	b, err := ojson.Marshal(v, "")
	if err != nil {
		return nil, err
	}
	var a Artifact
	if err := json.Unmarshal(b, &a); err != nil {
		return nil, err
	}
	return &a, nil
}

// StackProperties decodes the properties of a stack artifact.
func (a *Artifact) StackProperties() (*StackProperties, error) {
	b, err := json.Marshal(a.Properties)
	if err != nil {
		return nil, err
	}
	var p StackProperties
	return &p, json.Unmarshal(b, &p)
}

// ReadAssetManifest reads an asset manifest file.
func ReadAssetManifest(path string) (*AssetManifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m AssetManifest
	return &m, json.Unmarshal(b, &m)
}

// Marshal renders v as JSON.stringify(v, undefined, indent) with the given
// number of spaces.
func Marshal(v interface{}, indent int) ([]byte, error) {
	return ojson.Marshal(v, strings.Repeat(" ", indent))
}

// MarshalAppend is Marshal into dst's storage, reused from dst[:0].
func MarshalAppend(dst []byte, v interface{}, indent int) ([]byte, error) {
	return ojson.MarshalAppend(dst, v, strings.Repeat(" ", indent))
}

// MarshalSize is Marshal with room for size bytes from the start.
func MarshalSize(v interface{}, indent, size int) ([]byte, error) {
	return ojson.MarshalSize(v, strings.Repeat(" ", indent), size)
}

// Stage is an assembly being written in a temporary directory next to its
// final place.
//
// Files are written in the background, at most GOMAXPROCS at a time, so
// rendering the next stack overlaps writing the last one; Commit (or Wait)
// waits for them. The files' content never depends on that order.
type Stage struct {
	Dir   string
	final string

	mu   sync.Mutex
	wg   sync.WaitGroup
	sem  chan struct{}
	werr error
}

// NewStage starts writing an assembly destined for outdir.
func NewStage(outdir string) (*Stage, error) {
	abs, err := filepath.Abs(outdir)
	if err != nil {
		return nil, err
	}
	parent := filepath.Dir(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(abs)+".staging-")
	if err != nil {
		return nil, err
	}
	return &Stage{Dir: tmp, final: abs}, nil
}

// WriteJSON writes v to name inside the stage with the given indent.
func (s *Stage) WriteJSON(name string, v interface{}, indent int) ([]byte, error) {
	return s.WriteJSONSize(name, v, indent, 512)
}

// WriteJSONSize is WriteJSON serializing into room for size bytes from the
// start: a large document (tree.json) then grows its buffer seldom, if ever.
func (s *Stage) WriteJSONSize(name string, v interface{}, indent, size int) ([]byte, error) {
	b, err := MarshalSize(v, indent, size)
	if err != nil {
		return nil, err
	}
	return b, s.WriteFile(name, b)
}

// WriteFile writes raw bytes to name inside the stage, in the background;
// an error shows in a later WriteFile, Wait or Commit. b must not change
// afterwards.
func (s *Stage) WriteFile(name string, b []byte) error {
	if err := s.failed(); err != nil {
		return err
	}
	s.mu.Lock()
	if s.sem == nil {
		s.sem = make(chan struct{}, runtime.GOMAXPROCS(0))
	}
	sem := s.sem
	s.mu.Unlock()
	p := filepath.Join(s.Dir, name)
	// The stage's own directory exists: only a file in a subdirectory
	// needs one made (one stat per file saved).
	nested := filepath.Dir(filepath.Clean(name)) != "."
	s.wg.Add(1)
	sem <- struct{}{}
	go func() {
		defer func() { <-sem; s.wg.Done() }()
		var err error
		if nested {
			err = os.MkdirAll(filepath.Dir(p), 0o755)
		}
		if err == nil {
			err = os.WriteFile(p, b, 0o644)
		}
		if err != nil {
			s.mu.Lock()
			if s.werr == nil {
				s.werr = err
			}
			s.mu.Unlock()
		}
	}()
	return nil
}

// Go runs f in the background, as WriteFile writes: at most GOMAXPROCS at
// a time with the stage's writes, its error showing in a later WriteFile,
// Wait or Commit. A synthesis serializes and writes its templates this way.
func (s *Stage) Go(f func() error) {
	s.mu.Lock()
	if s.sem == nil {
		s.sem = make(chan struct{}, runtime.GOMAXPROCS(0))
	}
	sem := s.sem
	s.mu.Unlock()
	s.wg.Add(1)
	sem <- struct{}{}
	go func() {
		defer func() { <-sem; s.wg.Done() }()
		if err := f(); err != nil {
			s.fail(err)
		}
	}()
}

// WriteNow writes raw bytes to name inside the stage before returning (from
// a function run by Go, whose buffer is reused once written).
func (s *Stage) WriteNow(name string, b []byte) error {
	p := filepath.Join(s.Dir, name)
	if filepath.Dir(filepath.Clean(name)) != "." {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
	}
	return os.WriteFile(p, b, 0o644)
}

func (s *Stage) fail(err error) {
	s.mu.Lock()
	if s.werr == nil {
		s.werr = err
	}
	s.mu.Unlock()
}

func (s *Stage) failed() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.werr
}

// Wait waits for the files being written and returns the first error.
func (s *Stage) Wait() error {
	s.wg.Wait()
	return s.failed()
}

// Commit moves the staged assembly into place. Anything already there is
// replaced as a whole; asset directories it staged earlier are kept (they
// are content-addressed) unless the new assembly has them.
func (s *Stage) Commit() error {
	if err := s.Wait(); err != nil {
		return err
	}
	old := s.final + ".old-" + filepath.Base(s.Dir)
	hadOld := false
	if fi, err := os.Stat(s.final); err == nil && fi.IsDir() {
		entries, _ := os.ReadDir(s.final)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "asset.") {
				if _, err := os.Stat(filepath.Join(s.Dir, e.Name())); os.IsNotExist(err) {
					_ = os.Rename(filepath.Join(s.final, e.Name()), filepath.Join(s.Dir, e.Name()))
				}
			}
		}
		if err := os.Rename(s.final, old); err != nil {
			return err
		}
		hadOld = true
	}
	if err := os.Rename(s.Dir, s.final); err != nil {
		if hadOld {
			_ = os.Rename(old, s.final)
		}
		return err
	}
	if hadOld {
		return os.RemoveAll(old)
	}
	return nil
}

// Abort removes the staged files.
func (s *Stage) Abort() {
	s.wg.Wait()
	_ = os.RemoveAll(s.Dir)
}
