package awscdk

import (
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/strata-cdk/strata/awscdk/cxapi"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

// AppProps are the props of NewApp.
type AppProps struct {
	AnalyticsReporting                  *bool                           `field:"optional" json:"analyticsReporting" yaml:"analyticsReporting"`
	AutoSynth                           *bool                           `field:"optional" json:"autoSynth" yaml:"autoSynth"`
	BuiltinCloudFormationValidation     *bool                           `field:"optional" json:"builtinCloudFormationValidation" yaml:"builtinCloudFormationValidation"`
	ConfirmValidationPluginsDoNotMutate *bool                           `field:"optional" json:"confirmValidationPluginsDoNotMutate" yaml:"confirmValidationPluginsDoNotMutate"`
	Context                             *map[string]interface{}         `field:"optional" json:"context" yaml:"context"`
	DefaultStackSynthesizer             IReusableStackSynthesizer       `field:"optional" json:"defaultStackSynthesizer" yaml:"defaultStackSynthesizer"`
	Outdir                              *string                         `field:"optional" json:"outdir" yaml:"outdir"`
	PerformanceReporting                *bool                           `field:"optional" json:"performanceReporting" yaml:"performanceReporting"`
	PolicyValidationBeta1               *[]IPolicyValidationPluginBeta1 `field:"optional" json:"policyValidationBeta1" yaml:"policyValidationBeta1"`
	PostCliContext                      *map[string]interface{}         `field:"optional" json:"postCliContext" yaml:"postCliContext"`
	PropertyInjectors                   *[]IPropertyInjector            `field:"optional" json:"propertyInjectors" yaml:"propertyInjectors"`
	StackTraces                         *bool                           `field:"optional" json:"stackTraces" yaml:"stackTraces"`
	TreeMetadata                        *bool                           `field:"optional" json:"treeMetadata" yaml:"treeMetadata"`
}

// StageProps are the props of NewStage.
type StageProps struct {
	Env                   *Environment                    `field:"optional" json:"env" yaml:"env"`
	Outdir                *string                         `field:"optional" json:"outdir" yaml:"outdir"`
	PermissionsBoundary   PermissionsBoundary             `field:"optional" json:"permissionsBoundary" yaml:"permissionsBoundary"`
	PolicyValidationBeta1 *[]IPolicyValidationPluginBeta1 `field:"optional" json:"policyValidationBeta1" yaml:"policyValidationBeta1"`
	PropertyInjectors     *[]IPropertyInjector            `field:"optional" json:"propertyInjectors" yaml:"propertyInjectors"`
	StageName             *string                         `field:"optional" json:"stageName" yaml:"stageName"`
}

// StageSynthesisOptions are options for Synth.
type StageSynthesisOptions struct {
	AbortOnDuplicateSynth *bool `field:"optional" json:"abortOnDuplicateSynth" yaml:"abortOnDuplicateSynth"`
	AspectStabilization   *bool `field:"optional" json:"aspectStabilization" yaml:"aspectStabilization"`
	ErrorOnDuplicateSynth *bool `field:"optional" json:"errorOnDuplicateSynth" yaml:"errorOnDuplicateSynth"`
	Force                 *bool `field:"optional" json:"force" yaml:"force"`
	SkipValidation        *bool `field:"optional" json:"skipValidation" yaml:"skipValidation"`
	ValidateOnSynthesis   *bool `field:"optional" json:"validateOnSynthesis" yaml:"validateOnSynthesis"`
}

// Stage is a group of stacks synthesized into one cloud assembly.
type Stage interface {
	constructs.Construct
	Account() *string
	ArtifactId() *string
	AssetOutdir() *string
	Outdir() *string
	ParentStage() Stage
	PolicyValidationBeta1() *[]IPolicyValidationPluginBeta1
	Region() *string
	StageName() *string
	Synth(options *StageSynthesisOptions) cxapi.CloudAssembly
	stageImpl() *stage
}

// App is the root of a CDK application.
type App interface {
	Stage
}

type stage struct {
	constructs.Construct
	outdir       string
	account      string
	region       string
	stageName    string
	parent       *stage
	defaultSynth IStackSynthesizer
	assembly     cxapi.CloudAssembly
	isApp        bool
	plugins      []IPolicyValidationPluginBeta1
	// validationErrors are the built-in validation's errors of the last
	// synthesis, reported after the assembly is written (validation_report.go).
	validationErrors diag.Diagnostics
	// noBuiltinValidation is AppProps.BuiltinCloudFormationValidation false.
	noBuiltinValidation bool
	// synthOptions are the options of the synthesis running from this
	// stage, nil when none is (synth_session_assembly.go).
	synthOptions *StageSynthesisOptions
}

// NewApp creates an app: the root of the construct tree. Context comes from
// props, then the CDK_CONTEXT_JSON environment variable (or the file named
// by CONTEXT_OVERFLOW_LOCATION_ENV), then props.PostCliContext.
func NewApp(props *AppProps) App {
	if props == nil {
		props = &AppProps{}
	}
	a := &stage{isApp: true}
	a.Construct = constructs.NewConstruct(nil, str(""))
	setHost(a.Construct, a)
	// The App's state exists from the start, so that every token made
	// while it lives can be kept by it (internal/tokens).
	appOf(a.Construct)
	a.outdir = deref(props.Outdir)
	a.noBuiltinValidation = props.BuiltinCloudFormationValidation != nil && !*props.BuiltinCloudFormationValidation
	if a.outdir == "" {
		a.outdir = os.Getenv("CDK_OUTDIR")
	}
	n := a.Node()
	if props.Context != nil {
		for k, v := range *props.Context {
			n.SetContext(str(k), v)
		}
	}
	for k, v := range contextFromEnv() {
		n.SetContext(str(k), v)
	}
	if props.PostCliContext != nil {
		for k, v := range *props.PostCliContext {
			n.SetContext(str(k), v)
		}
	}
	if props.StackTraces != nil && !*props.StackTraces {
		n.SetContext(str("aws:cdk:disable-stack-trace"), true)
	}
	if props.DefaultStackSynthesizer != nil {
		a.defaultSynth = props.DefaultStackSynthesizer
	}
	if props.AnalyticsReporting != nil {
		n.SetContext(str("aws:cdk:version-reporting"), *props.AnalyticsReporting)
	}
	a.plugins = pluginList(props.PolicyValidationBeta1)
	addInjectors(a, props.PropertyInjectors)
	return a
}

func contextFromEnv() map[string]interface{} {
	out := map[string]interface{}{}
	if s := os.Getenv("CDK_CONTEXT_JSON"); s != "" {
		_ = json.Unmarshal([]byte(s), &out)
	}
	if p := os.Getenv("CONTEXT_OVERFLOW_LOCATION_ENV"); p != "" {
		if b, err := os.ReadFile(p); err == nil {
			var m map[string]interface{}
			if json.Unmarshal(b, &m) == nil {
				for k, v := range m {
					out[k] = v
				}
			}
		}
	}
	return out
}

// NewStage creates a stage inside an app or another stage.
func NewStage(scope constructs.Construct, id *string, props *StageProps) Stage {
	if props == nil {
		props = &StageProps{}
	}
	s := &stage{}
	s.Construct = constructs.NewConstruct(scope, id)
	setHost(s.Construct, s)
	s.parent = stageOf(s.Construct)
	if props.Env != nil {
		s.account, s.region = deref(props.Env.Account), deref(props.Env.Region)
	}
	if s.parent != nil {
		if s.account == "" {
			s.account = s.parent.account
		}
		if s.region == "" {
			s.region = s.parent.region
		}
	}
	s.stageName = deref(props.StageName)
	if s.stageName == "" {
		s.stageName = *s.Node().Id()
		if s.parent != nil && s.parent.stageName != "" {
			s.stageName = s.parent.stageName + "-" + s.stageName
		}
	}
	s.outdir = deref(props.Outdir)
	s.plugins = pluginList(props.PolicyValidationBeta1)
	addInjectors(s, props.PropertyInjectors)
	bindPermissionsBoundary(s, props.PermissionsBoundary)
	return s
}

// App_IsApp reports whether x is an App.
func App_IsApp(x interface{}) *bool {
	s, ok := x.(Stage)
	b := ok && s.stageImpl().isApp
	return &b
}

// Stage_IsStage reports whether x is a Stage.
func Stage_IsStage(x interface{}) *bool { _, ok := x.(Stage); return &ok }

// Stage_Of returns the stage construct is in.
func Stage_Of(construct constructs.IConstruct) Stage {
	if s := stageOf(construct); s != nil {
		return s.host()
	}
	return nil
}

// App_Of returns the stage construct is in.
func App_Of(construct constructs.IConstruct) Stage { return Stage_Of(construct) }

func stageOf(c constructs.IConstruct) *stage {
	if c == nil {
		return nil
	}
	if s, ok := innermostScope(c, false, isStageConstruct).(Stage); ok {
		return s.stageImpl()
	}
	return nil
}

func (s *stage) stageImpl() *stage { return s }
func (s *stage) host() Stage {
	if h, ok := hostOf(s.Construct).(Stage); ok {
		return h
	}
	return s
}
func (s *stage) Account() *string {
	if s.account == "" {
		return nil
	}
	return str(s.account)
}
func (s *stage) Region() *string {
	if s.region == "" {
		return nil
	}
	return str(s.region)
}
func (s *stage) StageName() *string { return str(s.stageName) }
func (s *stage) ArtifactId() *string {
	if s.isApp {
		return str("")
	}
	return str("assembly-" + *Names_UniqueId(s))
}

// Outdir is where the stage's assembly goes: a nested stage writes into
// its parent's assembly.
func (s *stage) Outdir() *string {
	if s.outdir == "" && s.parent != nil {
		return str(filepath.Join(*s.parent.Outdir(), *s.ArtifactId()))
	}
	return str(s.outdir)
}

// AssetOutdir is where assets are staged: always the app's assembly.
func (s *stage) AssetOutdir() *string {
	if s.parent != nil {
		return s.parent.AssetOutdir()
	}
	return str(s.outdir)
}
func (s *stage) ParentStage() Stage {
	if s.parent == nil {
		return nil
	}
	return s.parent.host()
}
func (s *stage) PolicyValidationBeta1() *[]IPolicyValidationPluginBeta1 {
	out := append([]IPolicyValidationPluginBeta1{}, s.plugins...)
	return &out
}

func (s *stage) With(mixins ...constructs.IMixin) constructs.IConstruct {
	return s.Node().With(mixins...)
}

// Synth synthesizes the app into a cloud assembly. When the app has
// mistakes it panics, as aws-cdk-go does, with a *diag.SynthError (exported
// as synth.Error) holding every problem with its construct path: `defer
// jsii.Close()` in main prints them and exits 1, and package synth returns
// them as an error instead.
func (s *stage) Synth(options *StageSynthesisOptions) cxapi.CloudAssembly {
	if s.assembly != nil && (options == nil || !boolOr(options.Force, false)) {
		return s.assembly
	}
	asm, err := synthesize(s, options)
	if err != nil {
		failSynth(err)
	}
	s.assembly = asm
	return asm
}
