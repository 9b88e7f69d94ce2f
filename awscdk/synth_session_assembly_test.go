package awscdk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/awscdk/cxapi"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// sessionSynth is the Go twin of testdata/synth_session/twin.js's OwnSynth.
type sessionSynth struct {
	awscdk.StackSynthesizer
	sawOutdir, sawAssetOutdir string
}

func (o *sessionSynth) Synthesize(session awscdk.ISynthesisSession) {
	o.SynthesizeTemplate(session, nil, nil, nil)
	asm := session.Assembly()
	o.sawOutdir, o.sawAssetOutdir = *asm.Outdir(), *asm.AssetOutdir()
	asm.AddArtifact(jsii.String("Extra"), &cloudassemblyschema.ArtifactManifest{
		Type:        cloudassemblyschema.ArtifactType_AWS_CLOUDFORMATION_STACK,
		Environment: jsii.String("aws://111111111111/eu-west-1"),
		Properties: &cloudassemblyschema.AwsCloudFormationStackProperties{TemplateFile: jsii.String("Own.template.json"),
			StackName: jsii.String("extra"), Tags: &map[string]*string{"B": jsii.String("2"), "A": jsii.String("1")}},
	})
	asm.AddMissing(&cloudassemblyschema.MissingContext{
		Key:      jsii.String("ssm:account=111111111111:parameterName=p:region=eu-west-1"),
		Props:    &cloudassemblyschema.SSMParameterContextQuery{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1"), ParameterName: jsii.String("p")},
		Provider: cloudassemblyschema.ContextProvider_SSM_PARAMETER_PROVIDER,
	})
	session.SetValidateOnSynth(jsii.Bool(false))
	o.EmitArtifact(session, &awscdk.SynthesizeStackArtifactOptions{AssumeRoleArn: jsii.String("arn:aws:iam::111111111111:role/deployer")})
}

// A synthesizer's session: artifacts and missing context added to its
// Assembly() land in the manifest, SetValidateOnSynth and
// StageSynthesisOptions.ValidateOnSynthesis reach the stack artifacts, as
// aws-cdk-lib writes them.
func TestSessionAssemblyMatchesAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, nil)
	o := &sessionSynth{}
	awscdk.NewStackSynthesizer_Override(o)
	own := awscdk.NewStack(app, jsii.String("Own"), &awscdk.StackProps{Synthesizer: o})
	awscdk.NewCfnResource(own, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	plain := awscdk.NewStack(app, jsii.String("Plain"), nil)
	awscdk.NewCfnResource(plain, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	asm := app.Synth(&awscdk.StageSynthesisOptions{ValidateOnSynthesis: jsii.Bool(true)})

	want, err := os.ReadFile("testdata/synth_session/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(outdir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != string(got) {
		t.Errorf("manifest.json differs from aws-cdk-lib's:\n%s", golden.JSONDiff(want, got))
	}
	if o.sawOutdir == "" || o.sawOutdir != o.sawAssetOutdir {
		t.Errorf("outdir %q, asset outdir %q", o.sawOutdir, o.sawAssetOutdir)
	}
	// The returned assembly reads what was written.
	if st := asm.GetStackByName(jsii.String("extra")); *st.Id() != "Extra" || *(*st.Tags())["A"] != "1" {
		t.Errorf("Extra: %s %v", *st.Id(), *st.Tags())
	}
	if !*asm.GetStackArtifact(jsii.String("Plain")).ValidateOnSynth() || *asm.GetStackArtifact(jsii.String("Own")).ValidateOnSynth() {
		t.Error("validateOnSynth")
	}
}

// setterSynth changes its session's outdir and assembly.
type setterSynth struct {
	awscdk.StackSynthesizer
	dir     string
	builder cxapi.CloudAssemblyBuilder
	got     cxapi.CloudAssemblyBuilder
}

func (o *setterSynth) Synthesize(session awscdk.ISynthesisSession) {
	session.SetOutdir(jsii.String(o.dir))
	o.SynthesizeTemplate(session, nil, nil, nil)
	session.SetAssembly(o.builder)
	o.got = session.Assembly()
	nested := o.got.CreateNestedAssembly(jsii.String("assembly-N"), jsii.String("N"))
	nested.BuildAssembly(nil)
	o.EmitArtifact(session, nil)
}

func TestSessionSetters(t *testing.T) {
	app, outdir := initApp(t, nil)
	dir := filepath.Join(t.TempDir(), "elsewhere")
	b := cxapi.NewCloudAssemblyBuilder(jsii.String(filepath.Join(t.TempDir(), "mine")), nil)
	o := &setterSynth{dir: dir, builder: b}
	awscdk.NewStackSynthesizer_Override(o)
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Synthesizer: o})
	awscdk.NewCfnResource(s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	asm := app.Synth(nil)
	if o.got != b {
		t.Error("Assembly() does not return what SetAssembly set")
	}
	if _, err := os.Stat(filepath.Join(dir, "S.template.json")); err != nil {
		t.Errorf("the template did not go to the outdir set: %v", err)
	}
	if _, err := os.Stat(filepath.Join(*b.Outdir(), "assembly-N", "manifest.json")); err != nil {
		t.Errorf("nested assembly of the builder set: %v", err)
	}
	if *asm.GetStackArtifact(jsii.String("S")).ValidateOnSynth() {
		t.Error("validateOnSynth is on without ValidateOnSynthesis")
	}
	_ = outdir
}

type badSessionSynth struct {
	awscdk.StackSynthesizer
	msg string
}

func (o *badSessionSynth) Synthesize(session awscdk.ISynthesisSession) {
	func() {
		defer func() { o.msg = strings.TrimSpace(strings.SplitN(recoverString(recover()), "\n", 2)[0]) }()
		session.Assembly().BuildAssembly(nil)
	}()
	o.SynthesizeTemplate(session, nil, nil, nil)
	o.EmitArtifact(session, nil)
}

func recoverString(r interface{}) string {
	if e, ok := r.(error); ok {
		return e.Error()
	}
	if s, ok := r.(string); ok {
		return s
	}
	return ""
}

func TestSessionBuildAssemblyIsRefused(t *testing.T) {
	app, _ := initApp(t, nil)
	o := &badSessionSynth{}
	awscdk.NewStackSynthesizer_Override(o)
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Synthesizer: o})
	awscdk.NewCfnResource(s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	app.Synth(nil)
	if !strings.Contains(o.msg, "built by Stage.Synth") {
		t.Errorf("BuildAssembly from a synthesizer: %q", o.msg)
	}
}
