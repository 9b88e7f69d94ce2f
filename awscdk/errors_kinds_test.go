package awscdk_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

func recovered(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

// TestErrorKinds: Errors_Is* tell the failures of an assertion, of a
// command Strata runs and of writing the assembly from one another and from
// validation errors.
func TestErrorKinds(t *testing.T) {
	app, _ := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	awscdk.NewCfnResource(s, jsii.String("Q"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue")})
	tmpl := assertions.Template_FromStack(s, nil)
	assertion := recovered(func() { tmpl.ResourceCountIs(jsii.String("AWS::SQS::Queue"), jsii.Number(2)) })
	if assertion == nil || !*awscdk.Errors_IsAssertionError(assertion) || *awscdk.Errors_IsExecutionError(assertion) {
		t.Errorf("assertion failure %v not classed as an AssertionError", assertion)
	}

	t.Setenv("CDK_DOCKER", "false")
	exec := recovered(func() { awscdk.DockerImage_FromBuild(jsii.String(t.TempDir()), nil) })
	if exec == nil || !*awscdk.Errors_IsExecutionError(exec) {
		t.Errorf("docker failure %v not classed as an ExecutionError", exec)
	}

	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	bad := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(file, "cdk.out"))})
	awscdk.NewStack(bad, jsii.String("S"), nil)
	asm := recovered(func() { bad.Synth(nil) })
	if asm == nil || !*awscdk.Errors_IsCloudAssemblyError(asm) || *awscdk.Errors_IsAssertionError(asm) {
		t.Errorf("unwritable outdir %v not classed as a CloudAssemblyError", asm)
	}

	app2, _ := initApp(t, nil)
	awscdk.NewStack(app2, jsii.String("T"), &awscdk.StackProps{StackName: jsii.String("not valid!")})
	validation := recovered(func() { app2.Synth(nil) })
	if validation == nil || *awscdk.Errors_IsExecutionError(validation) || *awscdk.Errors_IsAssumptionError(validation) || !*awscdk.Errors_IsValidationError(validation) {
		t.Errorf("invalid stack name %v misclassed", validation)
	}
}
