// Package awscdklambdagoalpha is aws-cdk-go's awscdklambdagoalpha
// (github.com/aws/aws-cdk-go/awscdklambdagoalpha/v2): GoFunction, a Lambda
// function whose handler is a Go main package, built at synth with the
// local Go toolchain into the asset's "bootstrap" — no Docker.
//
// The build is reproducible: it runs with -trimpath and -buildvcs=false
// (added to GOFLAGS), for linux and the function's architecture, so the
// same source gives the same binary, and so the same asset hash (the hash
// of the output, as aws-cdk-lib computes it), on every machine with the
// same Go version. A failing build is a synth error naming the function's
// construct path, with the compiler's output. Docker bundling (a
// DockerImage, forcedDockerBundling) is left to the core's Docker bundling,
// which needs a Docker engine.
package awscdklambdagoalpha

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodeguruprofiler"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// ICommandHooks run shell commands before and after the go build.
type ICommandHooks interface {
	AfterBundling(inputDir *string, outputDir *string) *[]*string
	BeforeBundling(inputDir *string, outputDir *string) *[]*string
}

// BundlingOptions configure how the handler is built.
type BundlingOptions struct {
	Command    *[]*string `field:"optional" json:"command" yaml:"command"`
	Entrypoint *[]*string `field:"optional" json:"entrypoint" yaml:"entrypoint"`
	// Added to the build's environment.
	Environment      *map[string]*string     `field:"optional" json:"environment" yaml:"environment"`
	Network          *string                 `field:"optional" json:"network" yaml:"network"`
	Platform         *string                 `field:"optional" json:"platform" yaml:"platform"`
	SecurityOpt      *string                 `field:"optional" json:"securityOpt" yaml:"securityOpt"`
	User             *string                 `field:"optional" json:"user" yaml:"user"`
	Volumes          *[]*awscdk.DockerVolume `field:"optional" json:"volumes" yaml:"volumes"`
	VolumesFrom      *[]*string              `field:"optional" json:"volumesFrom" yaml:"volumesFrom"`
	WorkingDirectory *string                 `field:"optional" json:"workingDirectory" yaml:"workingDirectory"`
	AssetHash        *string                 `field:"optional" json:"assetHash" yaml:"assetHash"`
	// Default: OUTPUT (the hash of the built bootstrap).
	AssetHashType      awscdk.AssetHashType      `field:"optional" json:"assetHashType" yaml:"assetHashType"`
	BuildArgs          *map[string]*string       `field:"optional" json:"buildArgs" yaml:"buildArgs"`
	BundlingFileAccess awscdk.BundlingFileAccess `field:"optional" json:"bundlingFileAccess" yaml:"bundlingFileAccess"`
	// Build with cgo (CGO_ENABLED=1). Default: false.
	CgoEnabled   *bool              `field:"optional" json:"cgoEnabled" yaml:"cgoEnabled"`
	CommandHooks ICommandHooks      `field:"optional" json:"commandHooks" yaml:"commandHooks"`
	DockerImage  awscdk.DockerImage `field:"optional" json:"dockerImage" yaml:"dockerImage"`
	// Build in Docker even when Go is installed (needs a Docker engine).
	ForcedDockerBundling *bool      `field:"optional" json:"forcedDockerBundling" yaml:"forcedDockerBundling"`
	GoBuildFlags         *[]*string `field:"optional" json:"goBuildFlags" yaml:"goBuildFlags"`
	GoProxies            *[]*string `field:"optional" json:"goProxies" yaml:"goProxies"`
}

// GoFunctionProps are the props of NewGoFunction.
type GoFunctionProps struct {
	// Fields of awslambda.FunctionOptions (generated from it; TestPropsCoverFunctionOptions keeps them in step).
	MaxEventAge                  awscdk.Duration                           `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts                *float64                                  `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	ApplicationLogLevel          *string                                   `field:"optional" json:"applicationLogLevel" yaml:"applicationLogLevel"`
	ApplicationLogLevelV2        awslambda.ApplicationLogLevel             `field:"optional" json:"applicationLogLevelV2" yaml:"applicationLogLevelV2"`
	Architecture                 awslambda.Architecture                    `field:"optional" json:"architecture" yaml:"architecture"`
	CodeSigningConfig            interfacesawslambda.ICodeSigningConfigRef `field:"optional" json:"codeSigningConfig" yaml:"codeSigningConfig"`
	CurrentVersionOptions        *awslambda.VersionOptions                 `field:"optional" json:"currentVersionOptions" yaml:"currentVersionOptions"`
	DeadLetterQueue              awssqs.IQueue                             `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	DeadLetterQueueEnabled       *bool                                     `field:"optional" json:"deadLetterQueueEnabled" yaml:"deadLetterQueueEnabled"`
	DeadLetterTopic              awssns.ITopic                             `field:"optional" json:"deadLetterTopic" yaml:"deadLetterTopic"`
	Description                  *string                                   `field:"optional" json:"description" yaml:"description"`
	Environment                  *map[string]*string                       `field:"optional" json:"environment" yaml:"environment"`
	EnvironmentEncryption        interfacesawskms.IKeyRef                  `field:"optional" json:"environmentEncryption" yaml:"environmentEncryption"`
	EphemeralStorageSize         awscdk.Size                               `field:"optional" json:"ephemeralStorageSize" yaml:"ephemeralStorageSize"`
	Events                       *[]awslambda.IEventSource                 `field:"optional" json:"events" yaml:"events"`
	FunctionName                 *string                                   `field:"optional" json:"functionName" yaml:"functionName"`
	InitialPolicy                *[]awsiam.PolicyStatement                 `field:"optional" json:"initialPolicy" yaml:"initialPolicy"`
	Layers                       *[]awslambda.ILayerVersion                `field:"optional" json:"layers" yaml:"layers"`
	LogFormat                    *string                                   `field:"optional" json:"logFormat" yaml:"logFormat"`
	LoggingFormat                awslambda.LoggingFormat                   `field:"optional" json:"loggingFormat" yaml:"loggingFormat"`
	LogGroup                     interfacesawslogs.ILogGroupRef            `field:"optional" json:"logGroup" yaml:"logGroup"`
	LogRemovalPolicy             awscdk.RemovalPolicy                      `field:"optional" json:"logRemovalPolicy" yaml:"logRemovalPolicy"`
	LogRetention                 awslogs.RetentionDays                     `field:"optional" json:"logRetention" yaml:"logRetention"`
	LogRetentionRole             awsiam.IRole                              `field:"optional" json:"logRetentionRole" yaml:"logRetentionRole"`
	LogRetentionRetryOptions     *awslambda.LogRetentionRetryOptions       `field:"optional" json:"logRetentionRetryOptions" yaml:"logRetentionRetryOptions"`
	MemorySize                   *float64                                  `field:"optional" json:"memorySize" yaml:"memorySize"`
	RecursiveLoop                awslambda.RecursiveLoop                   `field:"optional" json:"recursiveLoop" yaml:"recursiveLoop"`
	ReservedConcurrentExecutions *float64                                  `field:"optional" json:"reservedConcurrentExecutions" yaml:"reservedConcurrentExecutions"`
	Role                         awsiam.IRole                              `field:"optional" json:"role" yaml:"role"`
	SystemLogLevel               *string                                   `field:"optional" json:"systemLogLevel" yaml:"systemLogLevel"`
	SystemLogLevelV2             awslambda.SystemLogLevel                  `field:"optional" json:"systemLogLevelV2" yaml:"systemLogLevelV2"`
	Timeout                      awscdk.Duration                           `field:"optional" json:"timeout" yaml:"timeout"`
	Tracing                      awslambda.Tracing                         `field:"optional" json:"tracing" yaml:"tracing"`
	OnFailure                    awslambda.IDestination                    `field:"optional" json:"onFailure" yaml:"onFailure"`
	OnSuccess                    awslambda.IDestination                    `field:"optional" json:"onSuccess" yaml:"onSuccess"`
	AdotInstrumentation          *awslambda.AdotInstrumentationConfig      `field:"optional" json:"adotInstrumentation" yaml:"adotInstrumentation"`
	AllowAllIpv6Outbound         *bool                                     `field:"optional" json:"allowAllIpv6Outbound" yaml:"allowAllIpv6Outbound"`
	AllowAllOutbound             *bool                                     `field:"optional" json:"allowAllOutbound" yaml:"allowAllOutbound"`
	AllowPublicSubnet            *bool                                     `field:"optional" json:"allowPublicSubnet" yaml:"allowPublicSubnet"`
	DurableConfig                *awslambda.DurableConfig                  `field:"optional" json:"durableConfig" yaml:"durableConfig"`
	Filesystem                   awslambda.FileSystem                      `field:"optional" json:"filesystem" yaml:"filesystem"`
	InsightsVersion              awslambda.LambdaInsightsVersion           `field:"optional" json:"insightsVersion" yaml:"insightsVersion"`
	Ipv6AllowedForDualStack      *bool                                     `field:"optional" json:"ipv6AllowedForDualStack" yaml:"ipv6AllowedForDualStack"`
	ParamsAndSecrets             awslambda.ParamsAndSecretsLayerVersion    `field:"optional" json:"paramsAndSecrets" yaml:"paramsAndSecrets"`
	Profiling                    *bool                                     `field:"optional" json:"profiling" yaml:"profiling"`
	ProfilingGroup               awscodeguruprofiler.IProfilingGroup       `field:"optional" json:"profilingGroup" yaml:"profilingGroup"`
	RuntimeManagementMode        awslambda.RuntimeManagementMode           `field:"optional" json:"runtimeManagementMode" yaml:"runtimeManagementMode"`
	SecurityGroups               *[]awsec2.ISecurityGroup                  `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SnapStart                    awslambda.SnapStartConf                   `field:"optional" json:"snapStart" yaml:"snapStart"`
	TenancyConfig                awslambda.TenancyConfig                   `field:"optional" json:"tenancyConfig" yaml:"tenancyConfig"`
	Vpc                          awsec2.IVpc                               `field:"optional" json:"vpc" yaml:"vpc"`
	VpcSubnets                   *awsec2.SubnetSelection                   `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	// The main package: a directory or a .go file (required).
	Entry    *string          `field:"required" json:"entry" yaml:"entry"`
	Bundling *BundlingOptions `field:"optional" json:"bundling" yaml:"bundling"`
	// The go.mod file or its directory. Default: found upward from Entry.
	ModuleDir *string `field:"optional" json:"moduleDir" yaml:"moduleDir"`
	// Default: PROVIDED_AL2.
	Runtime awslambda.Runtime `field:"optional" json:"runtime" yaml:"runtime"`
}

// GoFunction is a Lambda function built from a Go main package.
type GoFunction interface {
	awslambda.Function
}

// GoFunction_GOOGLE_GOPROXY is Google's Go module proxy.
func GoFunction_GOOGLE_GOPROXY() *string { return jsii.String("https://proxy.golang.org") }

// GoFunction_PROPERTY_INJECTION_ID is the id property injectors use for GoFunction.
func GoFunction_PROPERTY_INJECTION_ID() *string {
	return jsii.String("@aws-cdk/aws-lambda-go-alpha.GoFunction")
}

// NewGoFunction builds props.Entry and makes it a Lambda function.
func NewGoFunction(scope constructs.Construct, id *string, props *GoFunctionProps) GoFunction {
	path := deref(scope.Node().Path()) + "/" + deref(id)
	if props == nil || props.Entry == nil {
		diag.Panic(path, "GoFunction: entry is required (the main package's directory or .go file)")
	}
	if r := props.Runtime; r != nil && r.Family() != awslambda.RuntimeFamily_GO && r.Family() != awslambda.RuntimeFamily_OTHER {
		diag.Panic(path, "Only `go` and `provided` runtimes are supported.")
	}
	entry, err := filepath.Abs(*props.Entry)
	if err != nil {
		diag.Panic(path, "GoFunction: %v", err)
	}
	moduleFile := moduleFile(path, entry, props.ModuleDir)
	runtime := props.Runtime
	if runtime == nil {
		runtime = awslambda.Runtime_PROVIDED_AL2()
	}
	arch := props.Architecture
	if arch == nil {
		arch = awslambda.Architecture_X86_64()
	}
	b := props.Bundling
	if b == nil {
		b = &BundlingOptions{}
	}
	if b.GoBuildFlags != nil && len(*b.GoBuildFlags) > 0 {
		awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-lambda-go-alpha:goBuildFlagsSecurityWarning"),
			jsii.String("goBuildFlags can execute arbitrary commands during bundling. Ensure all flags come from trusted sources. See: https://docs.aws.amazon.com/cdk/latest/guide/security.html"))
	}
	if b.CommandHooks != nil {
		awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-lambda-go-alpha:commandHooksSecurityWarning"),
			jsii.String("commandHooks can execute arbitrary commands during bundling. Ensure all commands come from trusted sources. See: https://docs.aws.amazon.com/cdk/latest/guide/security.html"))
	}
	code := bundle(path, entry, moduleFile, arch, b)
	fp := &awslambda.FunctionProps{}
	copyFields(fp, props)
	fp.Runtime, fp.Code, fp.Handler = runtime, code, jsii.String("bootstrap")
	return awslambda.NewFunction(scope, id, fp)
}

// moduleFile is the go.mod to build with: props.ModuleDir's, or the first found upward from entry.
func moduleFile(path, entry string, moduleDir *string) string {
	if moduleDir != nil {
		dir := *moduleDir
		base, ext := filepath.Base(dir), filepath.Ext(dir)
		switch {
		case ext != "" && base == "go.mod":
			if _, err := os.Stat(dir); err != nil {
				diag.Panic(path, "go.mod file at %s doesn't exist", dir)
			}
			return dir
		case ext != "":
			diag.Panic(path, "moduleDir is specifying a file that is not go.mod")
		}
		f := filepath.Join(dir, "go.mod")
		if _, err := os.Stat(f); err != nil {
			diag.Panic(path, "go.mod file at %s doesn't exist", dir)
		}
		return f
	}
	for dir := entry; ; dir = filepath.Dir(dir) {
		f := filepath.Join(dir, "go.mod")
		if _, err := os.Stat(f); err == nil {
			return f
		}
		if filepath.Dir(dir) == dir {
			diag.Panic(path, "Cannot find go.mod. Please specify it with `moduleDir`.")
		}
	}
}

// bundle is the function's code: the module directory as an asset whose
// content is the built bootstrap.
func bundle(path, entry, modFile string, arch awslambda.Architecture, b *BundlingOptions) awslambda.AssetCode {
	root := filepath.Dir(modFile)
	rel, err := filepath.Rel(root, entry)
	if err != nil || strings.HasPrefix(rel, "..") {
		diag.Panic(path, "GoFunction: entry %s is outside the module at %s", entry, root)
	}
	env := map[string]string{
		"CGO_ENABLED": map[bool]string{true: "1", false: "0"}[b.CgoEnabled != nil && *b.CgoEnabled],
		"GO111MODULE": "on",
		"GOARCH":      strings.TrimPrefix(*arch.DockerPlatform(), "linux/"),
		"GOOS":        "linux",
	}
	if b.Environment != nil {
		for k, v := range *b.Environment {
			env[k] = deref(v)
		}
	}
	if b.GoProxies != nil {
		var ps []string
		for _, p := range *b.GoProxies {
			ps = append(ps, deref(p))
		}
		env["GOPROXY"] = strings.Join(ps, ",")
	}
	hashType := b.AssetHashType
	if hashType == "" {
		hashType = awscdk.AssetHashType_OUTPUT
	}
	local := &localBuild{path: path, root: root, entry: "./" + filepath.ToSlash(rel), env: env, b: b}
	bundling := &awscdk.BundlingOptions{
		Image:       b.DockerImage,
		Command:     b.Command,
		Entrypoint:  b.Entrypoint,
		Network:     b.Network,
		SecurityOpt: b.SecurityOpt,
		User:        b.User,
		Volumes:     b.Volumes, VolumesFrom: b.VolumesFrom, WorkingDirectory: b.WorkingDirectory,
		BundlingFileAccess: b.BundlingFileAccess,
	}
	envp := map[string]*string{}
	for k, v := range env {
		envp[k] = jsii.String(v)
	}
	bundling.Environment = &envp
	if bundling.Image == nil {
		bundling.Image = awscdk.DockerImage_FromRegistry(jsii.String("dummy"))
	}
	if bundling.Command == nil {
		bundling.Command = jsii.Strings("bash", "-c", local.command("/asset-input", "/asset-output"))
	}
	if b.ForcedDockerBundling == nil || !*b.ForcedDockerBundling {
		bundling.Local = local
	}
	return awslambda.Code_FromAsset(jsii.String(root), &awss3assets.AssetOptions{
		AssetHash: b.AssetHash, AssetHashType: hashType, Bundling: bundling,
	})
}

// localBuild runs the build with the Go toolchain on this machine.
type localBuild struct {
	path, root, entry string
	env               map[string]string
	b                 *BundlingOptions
}

// command is the shell command aws-cdk-lib runs: the hooks around go build.
func (l *localBuild) command(inputDir, outputDir string) string {
	parts := []string{"go", "build"}
	if hasVendor(l.root, filepath.Join(l.root, l.entry)) {
		parts = append(parts, "-mod=vendor")
	}
	parts = append(parts, "-o", fmt.Sprintf("%q", filepath.Join(outputDir, "bootstrap")))
	if l.b.GoBuildFlags != nil {
		var flags []string
		for _, f := range *l.b.GoBuildFlags {
			flags = append(flags, deref(f))
		}
		if s := strings.Join(flags, " "); s != "" {
			parts = append(parts, s)
		}
	}
	parts = append(parts, l.entry)
	cmds := []string{}
	if h := l.b.CommandHooks; h != nil {
		cmds = append(cmds, strs(h.BeforeBundling(&inputDir, &outputDir))...)
	}
	cmds = append(cmds, strings.Join(parts, " "))
	if h := l.b.CommandHooks; h != nil {
		cmds = append(cmds, strs(h.AfterBundling(&inputDir, &outputDir))...)
	}
	return strings.Join(cmds, " && ")
}

// TryBundle builds into outputDir; a failed build stops synth with the compiler's output.
func (l *localBuild) TryBundle(outputDir *string, _ *awscdk.BundlingOptions) *bool {
	if _, err := exec.LookPath("go"); err != nil {
		return jsii.Bool(false)
	}
	cmd := exec.Command("bash", "-c", l.command(l.root, *outputDir))
	cmd.Dir = l.root
	cmd.Env = os.Environ()
	for k, v := range l.env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	// Reproducible builds: no machine paths and no VCS stamp in the binary.
	goflags := strings.TrimSpace(os.Getenv("GOFLAGS") + " -trimpath -buildvcs=false")
	if v, ok := l.env["GOFLAGS"]; ok {
		goflags = strings.TrimSpace(v + " -trimpath -buildvcs=false")
	}
	cmd.Env = append(cmd.Env, "GOFLAGS="+goflags)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		diag.Panic(l.path, "GoFunction: building %s failed (%v):\n%s", l.entry, err, strings.TrimSpace(out.String()))
	}
	return jsii.Bool(true)
}

// hasVendor reports whether a vendor directory sits between the entry and the module root.
func hasVendor(root, entry string) bool {
	for dir := entry; ; dir = filepath.Dir(dir) {
		if st, err := os.Stat(filepath.Join(dir, "vendor")); err == nil && st.IsDir() {
			return true
		}
		if dir == root || filepath.Dir(dir) == dir {
			return false
		}
	}
}

// copyFields sets the FunctionProps fields that GoFunctionProps has too.
func copyFields(dst *awslambda.FunctionProps, src *GoFunctionProps) {
	d, s := reflect.ValueOf(dst).Elem(), reflect.ValueOf(src).Elem()
	for i := 0; i < s.NumField(); i++ {
		f := s.Type().Field(i)
		if df := d.FieldByName(f.Name); df.IsValid() && df.Type() == f.Type {
			df.Set(s.Field(i))
		}
	}
}

func strs(p *[]*string) []string {
	if p == nil {
		return nil
	}
	var out []string
	for _, s := range *p {
		out = append(out, deref(s))
	}
	return out
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
