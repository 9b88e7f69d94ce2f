package awscdk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// TestPermissionsBoundaryMatchesAwsCdkLib is the program of twins/permissions_boundary.js.
func TestPermissionsBoundaryMatchesAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, nil)
	env := &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}
	iam := func(s constructs.Construct) {
		awscdk.NewCfnResource(s, jsii.String("Role"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::IAM::Role"),
			Properties: &map[string]interface{}{"AssumeRolePolicyDocument": map[string]interface{}{
				"Statement": []interface{}{map[string]interface{}{"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": map[string]interface{}{"Service": "lambda.amazonaws.com"}}},
				"Version":   "2012-10-17"}}})
		awscdk.NewCfnResource(s, jsii.String("User"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::IAM::User")})
		awscdk.NewCfnResource(s, jsii.String("Queue"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue")})
	}
	iam(awscdk.NewStack(app, jsii.String("ByName"), &awscdk.StackProps{PermissionsBoundary: awscdk.PermissionsBoundary_FromName(jsii.String("boundary"))}))
	iam(awscdk.NewStack(app, jsii.String("ByNameEnv"), &awscdk.StackProps{Env: env, PermissionsBoundary: awscdk.PermissionsBoundary_FromName(jsii.String("boundary-${Qualifier}"))}))
	iam(awscdk.NewStack(app, jsii.String("ByArn"), &awscdk.StackProps{PermissionsBoundary: awscdk.PermissionsBoundary_FromArn(jsii.String("arn:aws:iam::123456789012:policy/pb"))}))
	iam(awscdk.NewStack(app, jsii.String("ByArnQualified"), &awscdk.StackProps{
		Env:                 env,
		Synthesizer:         awscdk.NewDefaultStackSynthesizer(&awscdk.DefaultStackSynthesizerProps{Qualifier: jsii.String("team9")}),
		PermissionsBoundary: awscdk.PermissionsBoundary_FromArn(jsii.String("arn:aws:iam::${AWS::AccountId}:policy/pb-${Qualifier}-${AWS::Region}")),
	}))
	iam(awscdk.NewStack(app, jsii.String("None"), nil))
	app.Synth(nil)
	for _, n := range []string{"ByName", "ByNameEnv", "ByArn", "ByArnQualified", "None"} {
		sameFile(t, filepath.Join(outdir, n+".template.json"), filepath.Join("testdata/expected/permissions_boundary", n+".template.json"))
	}
}

// TestPermissionsBoundaryFromStage: a stage's boundary reaches the stacks in
// it; a placeholder an env-agnostic stack cannot fill is an error naming it.
func TestPermissionsBoundaryFromStage(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stage := awscdk.NewStage(app, jsii.String("Prod"), &awscdk.StageProps{PermissionsBoundary: awscdk.PermissionsBoundary_FromArn(jsii.String("arn:aws:iam::111111111111:policy/stage-pb"))})
	s := awscdk.NewStack(stage, jsii.String("S"), nil)
	awscdk.NewCfnResource(s, jsii.String("Role"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::IAM::Role")})
	asm := stage.Synth(nil)
	b, err := os.ReadFile(filepath.Join(*asm.Directory(), "ProdSE3C5559C.template.json"))
	if err != nil {
		entries, _ := os.ReadDir(*asm.Directory())
		t.Fatalf("%v (dir has %v)", err, entries)
	}
	if !strings.Contains(string(b), `"PermissionsBoundary": "arn:aws:iam::111111111111:policy/stage-pb"`) {
		t.Errorf("stage boundary not applied:\n%s", b)
	}

	msg := userPanic(t, func() {
		app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
		awscdk.NewStack(app, jsii.String("Agnostic"), &awscdk.StackProps{PermissionsBoundary: awscdk.PermissionsBoundary_FromArn(jsii.String("arn:aws:iam::${AWS::AccountId}:policy/pb"))})
	})
	if !strings.Contains(msg, "includes a pseudo parameter, which is not supported for environment agnostic stacks") || !strings.Contains(msg, "Agnostic") {
		t.Errorf("error = %q", msg)
	}
}
