package awscdk

import (
	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/internal/assembly"
)

// SynthesizeStackArtifactOptions are the properties of a stack artifact a
// synthesizer emits.
type SynthesizeStackArtifactOptions struct {
	AdditionalDependencies            *[]*string                         `field:"optional" json:"additionalDependencies" yaml:"additionalDependencies"`
	AssumeRoleAdditionalOptions       *map[string]interface{}            `field:"optional" json:"assumeRoleAdditionalOptions" yaml:"assumeRoleAdditionalOptions"`
	AssumeRoleArn                     *string                            `field:"optional" json:"assumeRoleArn" yaml:"assumeRoleArn"`
	AssumeRoleExternalId              *string                            `field:"optional" json:"assumeRoleExternalId" yaml:"assumeRoleExternalId"`
	BootstrapStackVersionSsmParameter *string                            `field:"optional" json:"bootstrapStackVersionSsmParameter" yaml:"bootstrapStackVersionSsmParameter"`
	CloudFormationExecutionRoleArn    *string                            `field:"optional" json:"cloudFormationExecutionRoleArn" yaml:"cloudFormationExecutionRoleArn"`
	LookupRole                        *cloudassemblyschema.BootstrapRole `field:"optional" json:"lookupRole" yaml:"lookupRole"`
	Parameters                        *map[string]*string                `field:"optional" json:"parameters" yaml:"parameters"`
	RequiresBootstrapStackVersion     *float64                           `field:"optional" json:"requiresBootstrapStackVersion" yaml:"requiresBootstrapStackVersion"`
	StackTemplateAssetObjectUrl       *string                            `field:"optional" json:"stackTemplateAssetObjectUrl" yaml:"stackTemplateAssetObjectUrl"`
}

// synthArtifactAPI is the part of StackSynthesizer that writes into the
// assembly being synthesized; a synthesizer of the program's own calls it
// from its Synthesize.
type synthArtifactAPI interface {
	// SynthesizeStackTemplate writes stack's template.
	SynthesizeStackTemplate(stack Stack, session ISynthesisSession)
	// SynthesizeTemplate writes the bound stack's template and returns it
	// as a file asset source (for publishing it as the template asset).
	SynthesizeTemplate(session ISynthesisSession, lookupRoleArn *string, lookupRoleExternalId *string, lookupRoleAdditionalOptions *map[string]interface{}) *FileAssetSource
	// EmitArtifact adds the bound stack's artifact to the assembly.
	EmitArtifact(session ISynthesisSession, options *SynthesizeStackArtifactOptions)
	// EmitStackArtifact adds stack's artifact to the assembly.
	EmitStackArtifact(stack Stack, session ISynthesisSession, options *SynthesizeStackArtifactOptions)
}

// synthSession is the session Strata hands to a synthesizer's Synthesize:
// the assembly being written.
type synthSession struct {
	w       *assemblyWriter
	emitted map[*stack]bool
	set     sessionSettings // synth_session_assembly.go
}

func newSynthSession(w *assemblyWriter) *synthSession {
	return &synthSession{w: w, emitted: map[*stack]bool{}}
}

func sessionOf(session ISynthesisSession, path string) *synthSession {
	ss, ok := session.(*synthSession)
	if !ok || ss == nil {
		panicf(path, "this synthesis session was not made by Strata: call the synthesizer's methods from its Synthesize, with the session it receives")
	}
	return ss
}

func (b *synthBase) SynthesizeStackTemplate(st Stack, session ISynthesisSession) {
	if st == nil || isNilValue(st) {
		panicf("", "SynthesizeStackTemplate needs a stack")
	}
	s := st.stackImpl()
	if _, err := sessionOf(session, *s.Node().Path()).templateOf(s); err != nil {
		panic(err)
	}
}

// templateOf writes s's template once per synthesis and returns it. Before
// a synthesizer of the program's own runs, the engine has written it
// already (with the stack's metadata and missing context), so it is only
// rendered again here, to the same bytes.
func (ss *synthSession) templateOf(s *stack) ([]byte, error) {
	tmpl, err := s.renderTemplate()
	if err != nil {
		return nil, err
	}
	indent := 1
	if s.suppressIndentation {
		indent = 0
	}
	b, err := assembly.Marshal(tmpl, indent)
	if err != nil {
		return nil, err
	}
	return b, ss.writeTemplate(s.artifactID+".template.json", b)
}

func (b *synthBase) SynthesizeTemplate(session ISynthesisSession, lookupRoleArn *string, lookupRoleExternalId *string, lookupRoleAdditionalOptions *map[string]interface{}) *FileAssetSource {
	s := b.boundStack()
	tmpl, err := sessionOf(session, *s.Node().Path()).templateOf(s)
	if err != nil {
		panic(err)
	}
	return &FileAssetSource{FileName: str(s.artifactID + ".template.json"), Packaging: FileAssetPackaging_FILE,
		SourceHash: str(contentHashBytes(tmpl)), DeployTime: boolp(true), DisplayName: str(s.stackName + " Template")}
}

func (b *synthBase) EmitArtifact(session ISynthesisSession, options *SynthesizeStackArtifactOptions) {
	b.EmitStackArtifact(b.BoundStack(), session, options)
}

func (b *synthBase) EmitStackArtifact(st Stack, session ISynthesisSession, options *SynthesizeStackArtifactOptions) {
	if st == nil || isNilValue(st) {
		panicf("", "EmitStackArtifact needs a stack")
	}
	s := st.stackImpl()
	ss := sessionOf(session, *s.Node().Path())
	if options == nil {
		options = &SynthesizeStackArtifactOptions{}
	}
	if options.AssumeRoleAdditionalOptions != nil || (options.LookupRole != nil && options.LookupRole.AssumeRoleAdditionalOptions != nil) {
		panicf(*s.Node().Path(), "assumeRoleAdditionalOptions are not supported by Strata yet: leave them out")
	}
	props := ss.w.stackProperties(s)
	props.ValidateOnSynth = *ss.ValidateOnSynth()
	props.AssumeRoleArn = deref(options.AssumeRoleArn)
	props.AssumeRoleExternalID = deref(options.AssumeRoleExternalId)
	props.CloudFormationExecutionRoleArn = deref(options.CloudFormationExecutionRoleArn)
	props.StackTemplateAssetObjectURL = deref(options.StackTemplateAssetObjectUrl)
	props.BootstrapStackVersionSsmParameter = deref(options.BootstrapStackVersionSsmParameter)
	if options.RequiresBootstrapStackVersion != nil {
		props.RequiresBootstrapStackVersion = int(*options.RequiresBootstrapStackVersion)
	}
	if options.Parameters != nil {
		props.Parameters = map[string]string{}
		for k, v := range *options.Parameters {
			props.Parameters[k] = deref(v)
		}
	}
	if r := options.LookupRole; r != nil {
		lr := &assembly.BootstrapRole{Arn: deref(r.Arn), AssumeRoleExternalID: deref(r.AssumeRoleExternalId),
			BootstrapStackVersionSsmParameter: deref(r.BootstrapStackVersionSsmParameter)}
		if r.RequiresBootstrapStackVersion != nil {
			lr.RequiresBootstrapStackVersion = int(*r.RequiresBootstrapStackVersion)
		}
		props.LookupRole = lr
	}
	deps := strList(options.AdditionalDependencies)
	props.AdditionalDependencies = deps
	if err := ss.w.addStackArtifact(s, props, deps); err != nil {
		panic(err)
	}
	ss.emitted[s] = true
}

// The default synthesizer's share of these.
func (d *defaultSynth) SynthesizeStackTemplate(st Stack, session ISynthesisSession) {
	d.base().SynthesizeStackTemplate(st, session)
}
func (d *defaultSynth) SynthesizeTemplate(session ISynthesisSession, lookupRoleArn *string, lookupRoleExternalId *string, lookupRoleAdditionalOptions *map[string]interface{}) *FileAssetSource {
	return d.base().SynthesizeTemplate(session, lookupRoleArn, lookupRoleExternalId, lookupRoleAdditionalOptions)
}
func (d *defaultSynth) EmitArtifact(session ISynthesisSession, options *SynthesizeStackArtifactOptions) {
	d.base().EmitArtifact(session, options)
}
func (d *defaultSynth) EmitStackArtifact(st Stack, session ISynthesisSession, options *SynthesizeStackArtifactOptions) {
	d.base().EmitStackArtifact(st, session, options)
}

// ---- StackSynthesizer, the base of a program's own synthesizer

// baseSynth is what NewStackSynthesizer_Override embeds: everything but the
// methods a synthesizer must define itself (AddFileAsset,
// AddDockerImageAsset, Synthesize), which aws-cdk-lib declares abstract.
type baseSynth struct{ synthBase }

// NewStackSynthesizer_Override makes s, a pointer to the program's struct
// that embeds StackSynthesizer, a synthesizer: the struct defines
// AddFileAsset, AddDockerImageAsset and Synthesize; in Synthesize it calls
// SynthesizeTemplate/SynthesizeStackTemplate and EmitArtifact.
func NewStackSynthesizer_Override(s StackSynthesizer) {
	overrideValue[StackSynthesizer](s, &baseSynth{})
}

func (b *baseSynth) Bind(s Stack) {
	if b.bound != nil && b.bound != s.stackImpl() {
		panicf(*s.Node().Path(), "A StackSynthesizer can only be used for one Stack: create a new instance to use with a different Stack")
	}
	b.bound = s.stackImpl()
}
func (b *baseSynth) BootstrapQualifier() *string          { return nil }
func (b *baseSynth) LookupRole() *string                  { return nil }
func (b *baseSynth) CloudFormationExecutionRole() *string { return nil }

func (b *baseSynth) abstract(method string) {
	path := ""
	if b.bound != nil {
		path = *b.bound.Node().Path()
	}
	panicf(path, "the synthesizer embeds StackSynthesizer but does not define %s: a synthesizer must define AddFileAsset, AddDockerImageAsset and Synthesize", method)
}

func (b *baseSynth) AddFileAsset(*FileAssetSource) *FileAssetLocation {
	b.abstract("AddFileAsset")
	return nil
}
func (b *baseSynth) AddDockerImageAsset(*DockerImageAssetSource) *DockerImageAssetLocation {
	b.abstract("AddDockerImageAsset")
	return nil
}
func (b *baseSynth) Synthesize(ISynthesisSession) { b.abstract("Synthesize") }
