package awslambda

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
)

// CustomCommandOptions configure Code_FromCustomCommand: the asset options
// and how the command runs.
type CustomCommandOptions struct {
	AssetHash      *string                  `field:"optional" json:"assetHash" yaml:"assetHash"`
	AssetHashType  awscdk.AssetHashType     `field:"optional" json:"assetHashType" yaml:"assetHashType"`
	Bundling       *awscdk.BundlingOptions  `field:"optional" json:"bundling" yaml:"bundling"`
	Exclude        *[]*string               `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks awscdk.SymlinkFollowMode `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode     awscdk.IgnoreMode        `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	DeployTime     *bool                    `field:"optional" json:"deployTime" yaml:"deployTime"`
	DisplayName    *string                  `field:"optional" json:"displayName" yaml:"displayName"`
	Readers        *[]awsiam.IGrantable     `field:"optional" json:"readers" yaml:"readers"`
	SourceKMSKey   interfacesawskms.IKeyRef `field:"optional" json:"sourceKMSKey" yaml:"sourceKMSKey"`
	// Node's spawnSync options; Strata honours "cwd" (a string) and "env"
	// (a map of strings, replacing the environment as Node does).
	CommandOptions *map[string]interface{} `field:"optional" json:"commandOptions" yaml:"commandOptions"`
}

// Code_FromCustomCommand runs command (program and arguments) while the
// app is synthesized and makes output, which it writes, the code asset.
func Code_FromCustomCommand(output *string, command *[]*string, options *CustomCommandOptions) AssetCode {
	if command == nil || len(*command) == 0 {
		unscopedThrow(`command must contain at least one argument. For example, ["node", "buildFile.js"].`)
	}
	args := make([]string, len(*command))
	for i, a := range *command {
		args[i] = deref(a)
	}
	cmd := exec.Command(args[0], args[1:]...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if options != nil && options.CommandOptions != nil {
		o := *options.CommandOptions
		if cwd, ok := stringOption(o["cwd"]); ok {
			cmd.Dir = cwd
		}
		if env, ok := envOption(o["env"]); ok {
			cmd.Env = env
		}
	}
	err := cmd.Run()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		unscopedThrow(fmt.Sprintf("Failed to execute custom command: %v", err))
	}
	if code := cmd.ProcessState.ExitCode(); code != 0 {
		// aws-cdk-lib names only the program (its argument list was spliced).
		unscopedThrow(fmt.Sprintf("%s exited with status: %d\n\nstdout: %s\n\nstderr: %s", args[0], code,
			strings.TrimSpace(stdout.String()), strings.TrimSpace(stderr.String())))
	}
	var ao *awss3assets.AssetOptions
	if o := options; o != nil {
		ao = &awss3assets.AssetOptions{AssetHash: o.AssetHash, AssetHashType: o.AssetHashType, Bundling: o.Bundling, Exclude: o.Exclude,
			FollowSymlinks: o.FollowSymlinks, IgnoreMode: o.IgnoreMode, DeployTime: o.DeployTime, DisplayName: o.DisplayName,
			Readers: o.Readers, SourceKMSKey: o.SourceKMSKey}
	}
	return NewAssetCode(output, ao)
}

func stringOption(v interface{}) (string, bool) {
	switch s := v.(type) {
	case string:
		return s, true
	case *string:
		if s != nil {
			return *s, true
		}
	}
	return "", false
}

func envOption(v interface{}) ([]string, bool) {
	var m map[string]string
	switch e := v.(type) {
	case map[string]string:
		m = e
	case map[string]*string:
		m = map[string]string{}
		for k, s := range e {
			m[k] = deref(s)
		}
	case *map[string]*string:
		if e == nil {
			return nil, false
		}
		return envOption(*e)
	case map[string]interface{}:
		m = map[string]string{}
		for k, s := range e {
			if str, ok := stringOption(s); ok {
				m[k] = str
			}
		}
	default:
		return nil, false
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, k+"="+m[k])
	}
	// PATH is needed to find programs; Node inherits nothing else either.
	if _, ok := m["PATH"]; !ok {
		out = append(out, "PATH="+os.Getenv("PATH"))
	}
	return out, true
}

// DockerBuildAssetOptions configure Code_FromDockerBuild.
type DockerBuildAssetOptions struct {
	BuildArgs     *map[string]*string          `field:"optional" json:"buildArgs" yaml:"buildArgs"`
	BuildContexts *map[string]*string          `field:"optional" json:"buildContexts" yaml:"buildContexts"`
	CacheDisabled *bool                        `field:"optional" json:"cacheDisabled" yaml:"cacheDisabled"`
	CacheFrom     *[]*awscdk.DockerCacheOption `field:"optional" json:"cacheFrom" yaml:"cacheFrom"`
	CacheTo       *awscdk.DockerCacheOption    `field:"optional" json:"cacheTo" yaml:"cacheTo"`
	File          *string                      `field:"optional" json:"file" yaml:"file"`
	Network       *string                      `field:"optional" json:"network" yaml:"network"`
	Platform      *string                      `field:"optional" json:"platform" yaml:"platform"`
	TargetStage   *string                      `field:"optional" json:"targetStage" yaml:"targetStage"`
	// The path in the image to copy out. Default: /asset.
	ImagePath *string `field:"optional" json:"imagePath" yaml:"imagePath"`
	// Where to copy it. Default: a temporary directory.
	OutputPath *string `field:"optional" json:"outputPath" yaml:"outputPath"`
}

// Code_FromDockerBuild builds the Dockerfile in path with Docker while the
// app is synthesized and makes options.ImagePath of the image the code
// asset (it needs a Docker daemon, as aws-cdk-lib does).
func Code_FromDockerBuild(path *string, options *DockerBuildAssetOptions) AssetCode {
	if options == nil {
		options = &DockerBuildAssetOptions{}
	}
	imagePath := "/asset/."
	if options.ImagePath != nil {
		imagePath = *options.ImagePath
	}
	switch {
	case strings.HasSuffix(imagePath, "/"):
		imagePath += "."
	case !strings.HasSuffix(imagePath, "/."):
		imagePath += "/."
	}
	image := awscdk.DockerImage_FromBuild(path, &awscdk.DockerBuildOptions{BuildArgs: options.BuildArgs, BuildContexts: options.BuildContexts,
		CacheDisabled: options.CacheDisabled, CacheFrom: options.CacheFrom, CacheTo: options.CacheTo, File: options.File,
		Network: options.Network, Platform: options.Platform, TargetStage: options.TargetStage})
	return NewAssetCode(image.Cp(&imagePath, options.OutputPath), nil)
}
