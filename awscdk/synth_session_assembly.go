package awscdk

import (
	"os"
	"path/filepath"

	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/awscdk/cxapi"
	"github.com/strata-cdk/strata/internal/cxjson"
	"github.com/strata-cdk/strata/internal/ojson"
)

// The synthesis session's assembly and settings, as aws-cdk-lib's
// ISynthesisSession has them: a synthesizer of the program's own reads and
// may replace them from its Synthesize.

// sessionSettings are what the program set on a session.
type sessionSettings struct {
	assembly        cxapi.CloudAssemblyBuilder
	outdir          *string
	validateOnSynth *bool
}

// Assembly is the cloud assembly being written: artifacts and missing
// context added to it go into the manifest Stage.Synth writes.
func (s *synthSession) Assembly() cxapi.CloudAssemblyBuilder {
	if s.set.assembly != nil {
		return s.set.assembly
	}
	return &sessionAssembly{ss: s}
}

// SetAssembly replaces what Assembly returns. Strata's own writing (the
// templates and stack artifacts of EmitArtifact) still goes to the
// assembly being synthesized.
func (s *synthSession) SetAssembly(a cxapi.CloudAssemblyBuilder) { s.set.assembly = a }

// Outdir is the directory of the assembly being written (a staging
// directory, moved into place when synthesis succeeds), or the directory
// the program set.
func (s *synthSession) Outdir() *string {
	if s.set.outdir != nil {
		return str(*s.set.outdir)
	}
	return str(s.w.stage.Dir)
}

// SetOutdir sets the directory SynthesizeTemplate writes templates to, as
// in aws-cdk-lib.
func (s *synthSession) SetOutdir(o *string) { s.set.outdir = o }

// ValidateOnSynth is StageSynthesisOptions.ValidateOnSynthesis (false by
// default), or what the program set; EmitArtifact writes it into the stack
// artifact.
func (s *synthSession) ValidateOnSynth() *bool {
	if s.set.validateOnSynth != nil {
		return boolp(*s.set.validateOnSynth)
	}
	return boolp(s.w.validateOnSynth())
}

func (s *synthSession) SetValidateOnSynth(v *bool) { s.set.validateOnSynth = v }

// writeTemplate writes a template into the assembly, or into the outdir
// the program set.
func (s *synthSession) writeTemplate(name string, b []byte) error {
	if s.set.outdir != nil && *s.set.outdir != s.w.stage.Dir {
		if err := os.MkdirAll(*s.set.outdir, 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(*s.set.outdir, name), b, 0o644)
	}
	return s.w.stage.WriteFile(name, b)
}

// synthesizing records options as those of the synthesis running from s
// and returns the function that clears them when it ends.
func (s *stage) synthesizing(options *StageSynthesisOptions) func() {
	if options == nil {
		options = &StageSynthesisOptions{}
	}
	s.synthOptions = options
	return func() { s.synthOptions = nil }
}

// synthesisRoot returns the stage whose synthesis is writing w (w's own,
// or the one holding it when w is a nested stage's) and how many
// assemblies deep w is below it.
func (w *assemblyWriter) synthesisRoot() (*stage, int) {
	depth := 0
	for st := w.root; st != nil; st = st.parent {
		if st.synthOptions != nil {
			return st, depth
		}
		depth++
	}
	return w.root, 0
}

// validateOnSynth is the running synthesis's ValidateOnSynthesis.
func (w *assemblyWriter) validateOnSynth() bool {
	root, _ := w.synthesisRoot()
	return root.synthOptions != nil && boolOr(root.synthOptions.ValidateOnSynthesis, false)
}

// sessionAssembly is the assembly being written, seen as aws-cdk-go's
// CloudAssemblyBuilder.
type sessionAssembly struct{ ss *synthSession }

func (a *sessionAssembly) Outdir() *string { return str(a.ss.w.stage.Dir) }

// AssetOutdir is the top assembly's directory, where assets are staged for
// the whole app (a nested stage's assembly sits inside it).
func (a *sessionAssembly) AssetOutdir() *string {
	dir := a.ss.w.stage.Dir
	_, depth := a.ss.w.synthesisRoot()
	for i := 0; i < depth; i++ {
		dir = filepath.Dir(dir)
	}
	return str(dir)
}

// AddArtifact adds an artifact to the manifest, after those added so far.
func (a *sessionAssembly) AddArtifact(id *string, manifest *cloudassemblyschema.ArtifactManifest) {
	if id == nil || manifest == nil {
		panicf("", "AddArtifact needs an id and a manifest")
	}
	a.ss.w.artifacts.Set(*id, cxjson.Encode(manifest))
}

// AddMissing reports context the app needs, once per key.
func (a *sessionAssembly) AddMissing(missing *cloudassemblyschema.MissingContext) {
	if missing == nil {
		return
	}
	e, _ := cxjson.Encode(missing).(*ojson.Object)
	k, _ := e.Get("key")
	for _, m := range a.ss.w.missing {
		if mk, _ := m.Get("key"); mk == k {
			return
		}
	}
	a.ss.w.missing = append(a.ss.w.missing, e)
}

// BuildAssembly is Stage.Synth's to call, once every stack is written.
func (a *sessionAssembly) BuildAssembly(options *cxapi.AssemblyBuildOptions) cxapi.CloudAssembly {
	panicf("", "the session's assembly is built by Stage.Synth once every stack is synthesized: call Synth instead of BuildAssembly")
	return nil
}

// CreateNestedAssembly adds a nested assembly artifact and returns a
// builder writing into its directory; its missing context is reported here
// too.
func (a *sessionAssembly) CreateNestedAssembly(artifactId *string, displayName *string) cxapi.CloudAssemblyBuilder {
	if artifactId == nil {
		panicf("", "CreateNestedAssembly needs an artifact id")
	}
	dir := *artifactId
	a.AddArtifact(artifactId, &cloudassemblyschema.ArtifactManifest{
		Type:       cloudassemblyschema.ArtifactType_NESTED_CLOUD_ASSEMBLY,
		Properties: &cloudassemblyschema.NestedCloudAssemblyProperties{DirectoryName: &dir, DisplayName: displayName},
	})
	inner := filepath.Join(a.ss.w.stage.Dir, dir)
	return cxapi.NewCloudAssemblyBuilder(&inner, &cxapi.CloudAssemblyBuilderProps{AssetOutdir: a.AssetOutdir(), ParentBuilder: a})
}

// Delete would remove the assembly being synthesized; Stage.Synth removes
// it itself when synthesis fails.
func (a *sessionAssembly) Delete() {
	panicf("", "the session's assembly is being synthesized and cannot be deleted from a synthesizer")
}
