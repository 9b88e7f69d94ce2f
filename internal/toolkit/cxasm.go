package toolkit

import (
	"encoding/json"
	"fmt"
	"github.com/strata-cdk/strata/internal/ctxproviders"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/internal/assembly"
	"github.com/strata-cdk/strata/internal/ojson"
)

// The cloud assembly as the toolkit reads it. These are private reading types
// for the fields the toolkit uses (manifest.json schema 55.0.0); the full
// schema lives with the synthesizer.

// The assembly is read with internal/assembly's schema types; asset
// manifests with the reading types below, which also carry the Docker source
// fields the toolkit passes on to docker build.

type nestedAsmProps struct {
	DirectoryName string `json:"directoryName"`
	DisplayName   string `json:"displayName,omitempty"`
}

// Assembly is a cloud assembly directory read from disk.
type Assembly struct {
	Dir    string
	Stacks []*Stack // in manifest order, nested assemblies flattened
	// Missing context entries that the app asked for (lookups), which
	// strata performs (internal/ctxproviders) before running the app again.
	Missing        int
	MissingContext []ctxproviders.Missing
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
	// Messages are the app's annotations (aws:cdk:error, warning, info)
	// in construct path order.
	Messages []Message
	// LogicalPaths maps logical IDs (parameters, conditions, outputs and
	// resources) to construct paths, from aws:cdk:logicalId metadata.
	LogicalPaths map[string]string
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
	m, err := assembly.ReadManifest(dir)
	if err != nil {
		return fmt.Errorf("reading cloud assembly: %w", err)
	}
	if major := strings.SplitN(m.Version, ".", 2)[0]; len(major) > 2 {
		return fmt.Errorf("cloud assembly schema %s is newer than strata understands", m.Version)
	}
	asm.Missing += len(m.Missing)
	for _, raw := range m.Missing {
		var mc ctxproviders.Missing
		if err := json.Unmarshal(raw, &mc); err != nil {
			return fmt.Errorf("reading cloud assembly: missing context entry: %w", err)
		}
		asm.MissingContext = append(asm.MissingContext, mc)
	}
	ids := m.ArtifactIDs()
	arts := map[string]*assembly.Artifact{}
	for _, id := range ids {
		a, err := m.Artifact(id)
		if err != nil {
			return fmt.Errorf("artifact %s: %w", id, err)
		}
		arts[id] = a
	}
	assetManifests := map[string]*AssetManifest{}
	for _, id := range ids {
		a := arts[id]
		if a.Type != assembly.TypeAssetManifest {
			continue
		}
		var p assembly.AssetManifestProperties
		if err := reDecode(a.Properties, &p); err != nil {
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
		a := arts[id]
		switch a.Type {
		case assembly.TypeStack:
			st, err := readStack(dir, id, a, assetManifests)
			if err != nil {
				return err
			}
			if prefix != "" && a.DisplayName == "" {
				st.DisplayName = prefix + "/" + id
			}
			asm.Stacks = append(asm.Stacks, st)
		case assembly.TypeNested:
			var p nestedAsmProps
			if err := reDecode(a.Properties, &p); err != nil {
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

// reDecode converts a decoded JSON value into a typed struct.
func reDecode(v interface{}, into interface{}) error {
	b, err := ojson.Marshal(v, "")
	if err != nil {
		return err
	}
	return json.Unmarshal(b, into)
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

func readStack(dir, id string, a *assembly.Artifact, assetManifests map[string]*AssetManifest) (*Stack, error) {
	p, err := a.StackProperties()
	if err != nil {
		return nil, fmt.Errorf("stack %s: %w", id, err)
	}
	tags := map[string]string{}
	if p.Tags != nil {
		for _, k := range p.Tags.Keys() {
			v, _ := p.Tags.Get(k)
			tags[k] = fmt.Sprint(v)
		}
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
		Tags:                      tags,
		TerminationProtection:     p.TerminationProtection,
		AssumeRoleArn:             p.AssumeRoleArn,
		AssumeRoleExternalID:      p.AssumeRoleExternalID,
		ExecutionRoleArn:          p.CloudFormationExecutionRoleArn,
		TemplateAssetURL:          p.StackTemplateAssetObjectURL,
		RequiresBootstrapVersion:  p.RequiresBootstrapStackVersion,
		BootstrapVersionParameter: p.BootstrapStackVersionSsmParameter,
		Notifications:             p.NotificationArns,
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
	meta := map[string][]assembly.MetadataEntry{}
	for k, v := range a.Metadata {
		meta[k] = v
	}
	if a.AdditionalMetadataFile != "" {
		raw, err := os.ReadFile(filepath.Join(dir, a.AdditionalMetadataFile))
		if err == nil {
			var extra map[string][]assembly.MetadataEntry
			if json.Unmarshal(raw, &extra) == nil {
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
			level := ""
			switch e.Type {
			case "aws:cdk:logicalId":
				if id, ok := e.Data.(string); ok {
					if st.LogicalPaths == nil {
						st.LogicalPaths = map[string]string{}
					}
					st.LogicalPaths[id] = path
				}
			case "aws:cdk:error":
				level = "error"
				st.MetadataErrors = append(st.MetadataErrors, fmt.Sprintf("%s: %s", path, fmt.Sprint(e.Data)))
			case "aws:cdk:warning":
				level = "warning"
			case "aws:cdk:info":
				level = "info"
			}
			if level != "" {
				st.Messages = append(st.Messages, Message{Level: level, Path: strings.TrimPrefix(path, "/"), Text: fmt.Sprint(e.Data)})
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
