package toolkit

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/internal/toolkit/cfnyaml"
)

// The cloud assembly as the toolkit reads it. These are private reading types
// for the fields the toolkit uses (manifest.json schema 55.0.0); the full
// schema lives with the synthesizer.

const (
	artifactStack         = "aws:cloudformation:stack"
	artifactAssetManifest = "cdk:asset-manifest"
	artifactNestedAsm     = "cdk:cloud-assembly"
)

type manifestFile struct {
	Version   string                      `json:"version"`
	Artifacts map[string]manifestArtifact `json:"artifacts"`
	Missing   []json.RawMessage           `json:"missing,omitempty"`
}

type manifestArtifact struct {
	Type                   string                     `json:"type"`
	Environment            string                     `json:"environment,omitempty"`
	Properties             json.RawMessage            `json:"properties,omitempty"`
	Dependencies           []string                   `json:"dependencies,omitempty"`
	Metadata               map[string][]metadataEntry `json:"metadata,omitempty"`
	AdditionalMetadataFile string                     `json:"additionalMetadataFile,omitempty"`
	DisplayName            string                     `json:"displayName,omitempty"`
}

type metadataEntry struct {
	Type  string          `json:"type"`
	Data  json.RawMessage `json:"data,omitempty"`
	Trace []string        `json:"trace,omitempty"`
}

type stackProps struct {
	TemplateFile                      string            `json:"templateFile"`
	Parameters                        map[string]string `json:"parameters,omitempty"`
	Tags                              map[string]string `json:"tags,omitempty"`
	StackName                         string            `json:"stackName,omitempty"`
	AssumeRoleArn                     string            `json:"assumeRoleArn,omitempty"`
	AssumeRoleExternalID              string            `json:"assumeRoleExternalId,omitempty"`
	CloudFormationExecutionRoleArn    string            `json:"cloudFormationExecutionRoleArn,omitempty"`
	StackTemplateAssetObjectURL       string            `json:"stackTemplateAssetObjectUrl,omitempty"`
	RequiresBootstrapStackVersion     int               `json:"requiresBootstrapStackVersion,omitempty"`
	BootstrapStackVersionSsmParameter string            `json:"bootstrapStackVersionSsmParameter,omitempty"`
	TerminationProtection             bool              `json:"terminationProtection,omitempty"`
	Notifications                     []string          `json:"notificationArns,omitempty"`
}

type assetManifestProps struct {
	File                              string `json:"file"`
	RequiresBootstrapStackVersion     int    `json:"requiresBootstrapStackVersion,omitempty"`
	BootstrapStackVersionSsmParameter string `json:"bootstrapStackVersionSsmParameter,omitempty"`
}

type nestedAsmProps struct {
	DirectoryName string `json:"directoryName"`
	DisplayName   string `json:"displayName,omitempty"`
}

// Assembly is a cloud assembly directory read from disk.
type Assembly struct {
	Dir    string
	Stacks []*Stack // in manifest order, nested assemblies flattened
	// Missing context entries that the app asked for (lookups); strata does
	// not perform lookups yet and reports them.
	Missing int
}

// Stack is one CloudFormation stack artifact of an assembly.
type Stack struct {
	ID                        string // artifact id (hierarchical id)
	DisplayName               string // what users select by (Stage/Stack path)
	StackName                 string // the CloudFormation stack name
	Environment               Environment
	Dir                       string // assembly directory holding the template
	TemplateFile              string
	Template                  map[string]interface{}
	TemplateJSON              []byte
	Parameters                map[string]string
	Tags                      map[string]string
	TerminationProtection     bool
	AssumeRoleArn             string
	AssumeRoleExternalID      string
	ExecutionRoleArn          string
	TemplateAssetURL          string
	RequiresBootstrapVersion  int
	BootstrapVersionParameter string
	Notifications             []string
	Dependencies              []string // artifact ids of stacks this one depends on
	AssetManifests            []*AssetManifest
	// Errors found in the stack's metadata (aws:cdk:error).
	MetadataErrors []string
}

// Environment is an aws://account/region target; unknown parts are reported
// as "unknown-account" / "unknown-region" by the synthesizer.
type Environment struct {
	Account, Region string
}

func (e Environment) String() string { return "aws://" + e.Account + "/" + e.Region }

// ParseEnvironment reads "aws://account/region".
func ParseEnvironment(s string) (Environment, error) {
	rest, ok := strings.CutPrefix(s, "aws://")
	parts := strings.Split(rest, "/")
	if !ok || len(parts) != 2 {
		return Environment{}, fmt.Errorf("environment %q is not of the form aws://account/region", s)
	}
	return Environment{Account: parts[0], Region: parts[1]}, nil
}

// AssetManifest is one <stack>.assets.json.
type AssetManifest struct {
	Path                      string
	Files                     map[string]FileAsset        `json:"files"`
	DockerImages              map[string]DockerImageAsset `json:"dockerImages"`
	RequiresBootstrapVersion  int
	BootstrapVersionParameter string
}

// FileAsset is a file or directory to upload to S3.
type FileAsset struct {
	DisplayName string `json:"displayName,omitempty"`
	Source      struct {
		Path       string   `json:"path,omitempty"`
		Packaging  string   `json:"packaging,omitempty"`
		Executable []string `json:"executable,omitempty"`
	} `json:"source"`
	Destinations map[string]FileDestination `json:"destinations"`
}

// FileDestination is where a file asset goes.
type FileDestination struct {
	BucketName           string `json:"bucketName"`
	ObjectKey            string `json:"objectKey"`
	Region               string `json:"region,omitempty"`
	AssumeRoleArn        string `json:"assumeRoleArn,omitempty"`
	AssumeRoleExternalID string `json:"assumeRoleExternalId,omitempty"`
}

// DockerImageAsset is an image to build and push to ECR.
type DockerImageAsset struct {
	DisplayName string `json:"displayName,omitempty"`
	Source      struct {
		Directory          string            `json:"directory,omitempty"`
		DockerFile         string            `json:"dockerFile,omitempty"`
		DockerBuildTarget  string            `json:"dockerBuildTarget,omitempty"`
		DockerBuildArgs    map[string]string `json:"dockerBuildArgs,omitempty"`
		DockerBuildSecrets map[string]string `json:"dockerBuildSecrets,omitempty"`
		NetworkMode        string            `json:"networkMode,omitempty"`
		Platform           string            `json:"platform,omitempty"`
		DockerOutputs      []string          `json:"dockerOutputs,omitempty"`
		Executable         []string          `json:"executable,omitempty"`
	} `json:"source"`
	Destinations map[string]ImageDestination `json:"destinations"`
}

// ImageDestination is where an image asset goes.
type ImageDestination struct {
	RepositoryName       string `json:"repositoryName"`
	ImageTag             string `json:"imageTag"`
	Region               string `json:"region,omitempty"`
	AssumeRoleArn        string `json:"assumeRoleArn,omitempty"`
	AssumeRoleExternalID string `json:"assumeRoleExternalId,omitempty"`
}

// IsAssembly reports whether dir holds a cloud assembly.
func IsAssembly(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, "manifest.json"))
	return err == nil && !st.IsDir()
}

// ReadAssembly reads the assembly in dir, including nested assemblies
// (stages), whose stacks are listed after their parent's.
func ReadAssembly(dir string) (*Assembly, error) {
	asm := &Assembly{Dir: dir}
	if err := readInto(asm, dir, ""); err != nil {
		return nil, err
	}
	return asm, nil
}

func readInto(asm *Assembly, dir, prefix string) error {
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return fmt.Errorf("reading cloud assembly: %w", err)
	}
	var m manifestFile
	if err := json.Unmarshal(raw, &m); err != nil {
		return fmt.Errorf("reading %s: %w", filepath.Join(dir, "manifest.json"), err)
	}
	if major := strings.SplitN(m.Version, ".", 2)[0]; major != "" && major > "99" {
		return fmt.Errorf("cloud assembly schema %s is newer than strata understands", m.Version)
	}
	asm.Missing += len(m.Missing)
	ids := orderedArtifactIDs(raw, m.Artifacts)
	assetManifests := map[string]*AssetManifest{}
	for _, id := range ids {
		a := m.Artifacts[id]
		if a.Type != artifactAssetManifest {
			continue
		}
		var p assetManifestProps
		if err := json.Unmarshal(a.Properties, &p); err != nil {
			return fmt.Errorf("artifact %s: %w", id, err)
		}
		am, err := readAssetManifest(filepath.Join(dir, p.File))
		if err != nil {
			return err
		}
		am.RequiresBootstrapVersion = p.RequiresBootstrapStackVersion
		am.BootstrapVersionParameter = p.BootstrapStackVersionSsmParameter
		assetManifests[id] = am
	}
	for _, id := range ids {
		a := m.Artifacts[id]
		switch a.Type {
		case artifactStack:
			st, err := readStack(dir, id, a, assetManifests)
			if err != nil {
				return err
			}
			if prefix != "" && a.DisplayName == "" {
				st.DisplayName = prefix + "/" + id
			}
			asm.Stacks = append(asm.Stacks, st)
		case artifactNestedAsm:
			var p nestedAsmProps
			if err := json.Unmarshal(a.Properties, &p); err != nil {
				return fmt.Errorf("artifact %s: %w", id, err)
			}
			name := p.DisplayName
			if name == "" {
				name = id
			}
			if err := readInto(asm, filepath.Join(dir, p.DirectoryName), name); err != nil {
				return err
			}
		}
	}
	return nil
}

// orderedArtifactIDs returns artifact ids in the order manifest.json lists
// them, which is the order `cdk ls` prints.
func orderedArtifactIDs(raw []byte, arts map[string]manifestArtifact) []string {
	var ids []string
	if v, err := cfnyaml.Decode(raw); err == nil {
		if top, ok := v.(*cfnyaml.Object); ok {
			if a, ok := top.Get("artifacts").(*cfnyaml.Object); ok {
				ids = append(ids, a.Keys...)
			}
		}
	}
	if len(ids) != len(arts) {
		ids = ids[:0]
		for id := range arts {
			ids = append(ids, id)
		}
		sort.Strings(ids)
	}
	return ids
}

func readAssetManifest(path string) (*AssetManifest, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading asset manifest: %w", err)
	}
	am := &AssetManifest{Path: path}
	if err := json.Unmarshal(raw, am); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return am, nil
}

func readStack(dir, id string, a manifestArtifact, assetManifests map[string]*AssetManifest) (*Stack, error) {
	var p stackProps
	if err := json.Unmarshal(a.Properties, &p); err != nil {
		return nil, fmt.Errorf("stack %s: %w", id, err)
	}
	env, err := ParseEnvironment(a.Environment)
	if err != nil {
		return nil, fmt.Errorf("stack %s: %w", id, err)
	}
	st := &Stack{
		ID:                        id,
		DisplayName:               a.DisplayName,
		StackName:                 p.StackName,
		Environment:               env,
		Dir:                       dir,
		TemplateFile:              p.TemplateFile,
		Parameters:                p.Parameters,
		Tags:                      p.Tags,
		TerminationProtection:     p.TerminationProtection,
		AssumeRoleArn:             p.AssumeRoleArn,
		AssumeRoleExternalID:      p.AssumeRoleExternalID,
		ExecutionRoleArn:          p.CloudFormationExecutionRoleArn,
		TemplateAssetURL:          p.StackTemplateAssetObjectURL,
		RequiresBootstrapVersion:  p.RequiresBootstrapStackVersion,
		BootstrapVersionParameter: p.BootstrapStackVersionSsmParameter,
		Notifications:             p.Notifications,
	}
	if st.DisplayName == "" {
		st.DisplayName = id
	}
	if st.StackName == "" {
		st.StackName = id
	}
	st.TemplateJSON, err = os.ReadFile(filepath.Join(dir, p.TemplateFile))
	if err != nil {
		return nil, fmt.Errorf("stack %s: reading template: %w", id, err)
	}
	if err := json.Unmarshal(st.TemplateJSON, &st.Template); err != nil {
		return nil, fmt.Errorf("stack %s: template %s: %w", id, p.TemplateFile, err)
	}
	for _, dep := range a.Dependencies {
		if am, ok := assetManifests[dep]; ok {
			st.AssetManifests = append(st.AssetManifests, am)
			continue
		}
		st.Dependencies = append(st.Dependencies, dep)
	}
	meta := a.Metadata
	if a.AdditionalMetadataFile != "" {
		raw, err := os.ReadFile(filepath.Join(dir, a.AdditionalMetadataFile))
		if err == nil {
			var extra map[string][]metadataEntry
			if json.Unmarshal(raw, &extra) == nil {
				if meta == nil {
					meta = map[string][]metadataEntry{}
				}
				for k, v := range extra {
					meta[k] = append(meta[k], v...)
				}
			}
		}
	}
	paths := make([]string, 0, len(meta))
	for k := range meta {
		paths = append(paths, k)
	}
	sort.Strings(paths)
	for _, path := range paths {
		for _, e := range meta[path] {
			if e.Type == "aws:cdk:error" {
				var msg string
				_ = json.Unmarshal(e.Data, &msg)
				st.MetadataErrors = append(st.MetadataErrors, fmt.Sprintf("%s: %s", path, msg))
			}
		}
	}
	return st, nil
}

// ResourcePaths maps logical IDs to construct paths using the template's
// aws:cdk:path metadata (present when the CLI's path-metadata context is on).
func (s *Stack) ResourcePaths() map[string]string {
	return ResourcePaths(s.Template)
}

// ResourcePaths maps logical IDs to construct paths from a template.
func ResourcePaths(tmpl map[string]interface{}) map[string]string {
	out := map[string]string{}
	res, _ := tmpl["Resources"].(map[string]interface{})
	for id, r := range res {
		rm, _ := r.(map[string]interface{})
		md, _ := rm["Metadata"].(map[string]interface{})
		if p, ok := md["aws:cdk:path"].(string); ok {
			out[id] = p
		}
	}
	return out
}
