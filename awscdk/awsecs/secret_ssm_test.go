package awsecs_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsssm"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// SsmSecrets: SSM parameters as container secrets (the execution role is
// granted read) and credential specs kept in SSM.
func init() {
	templateCases["SsmSecrets"] = func(s awscdk.Stack) {
		plain := awsssm.NewStringParameter(s, jsii.String("Plain"), &awsssm.StringParameterProps{StringValue: jsii.String("hello")})
		secure := awsssm.StringParameter_FromSecureStringParameterAttributes(s, jsii.String("Secure"),
			&awsssm.SecureStringParameterAttributes{ParameterName: jsii.String("/app/password")})
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("app"), nil),
			Secrets: &map[string]awsecs.Secret{"GREETING": awsecs.Secret_FromSsmParameter(plain), "PASSWORD": awsecs.Secret_FromSsmParameter(secure)}})
		spec := awsssm.NewStringParameter(s, jsii.String("Spec"), &awsssm.StringParameterProps{StringValue: jsii.String("{}")})
		td2 := awsecs.NewEc2TaskDefinition(s, jsii.String("TD2"), nil)
		td2.AddContainer(jsii.String("win"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("win"), nil),
			MemoryLimitMiB: jsii.Number(512), CredentialSpecs: &[]awsecs.CredentialSpec{awsecs.DomainJoinedCredentialSpec_FromSsmParameter(spec)}})
		td2.AddContainer(jsii.String("less"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("less"), nil),
			MemoryLimitMiB: jsii.Number(64), Essential: jsii.Bool(false),
			CredentialSpecs: &[]awsecs.CredentialSpec{awsecs.DomainlessCredentialSpec_FromSsmParameter(spec)}})
		out(s, "SpecArn", awsecs.CredentialSpec_ArnForSsmParameter(spec))
	}
}

// TestSsmSecretNilParameter: a nil parameter is a user error, not a nil
// dereference.
func TestSsmSecretNilParameter(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Fatal("Secret_FromSsmParameter(nil) did not fail")
		} else if e, ok := r.(error); !ok || !diag.IsUserError(e) {
			t.Fatalf("want an error, got %v", r)
		}
	}()
	awsecs.Secret_FromSsmParameter(nil)
}

type mySecret struct {
	awsecs.Secret
	param awsssm.IParameter
}

func (m *mySecret) Arn() *string { return m.param.ParameterArn() }
func (m *mySecret) GrantRead(g awsiam.IGrantable) awsiam.Grant {
	return m.param.GrantRead(g)
}

// TestSecretOverride: a secret of the program's own, made with
// NewSecret_Override, is rendered and granted like a built-in one.
func TestSecretOverride(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	sec := &mySecret{param: awsssm.NewStringParameter(s, jsii.String("P"), &awsssm.StringParameterProps{StringValue: jsii.String("v")})}
	awsecs.NewSecret_Override(sec)
	if sec.HasField() != nil {
		t.Fatal("HasField of a plain subclass should be nil")
	}
	td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
	td.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("app"), nil),
		Secrets: &map[string]awsecs.Secret{"X": sec}})
	tmpl, _ := json.Marshal(app.Synth(nil).GetStackArtifact(s.ArtifactId()).Template())
	if !strings.Contains(string(tmpl), `"ValueFrom"`) || !strings.Contains(string(tmpl), "ssm:GetParameters") {
		t.Fatalf("the subclass secret was not rendered and granted: %s", tmpl)
	}
}
