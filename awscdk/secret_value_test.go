package awscdk_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// TestSecretValueMatchesAwsCdkLib is the program of twins/secret_value.js.
func TestSecretValueMatchesAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, map[string]interface{}{"@aws-cdk/core:failSynthOnValidationErrors": false})
	stack := awscdk.NewStack(app, jsii.String("SecretStack"), nil)
	param := awscdk.NewCfnParameter(stack, jsii.String("Password"), &awscdk.CfnParameterProps{NoEcho: jsii.Bool(true), Type: jsii.String("String")})
	gen := awscdk.NewCfnResource(stack, jsii.String("Gen"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SecretsManager::Secret")})
	secrets := []struct {
		id string
		s  awscdk.SecretValue
	}{
		{"Plain", awscdk.SecretValue_UnsafePlainText(jsii.String("hunter2"))},
		{"Sm", awscdk.SecretValue_SecretsManager(jsii.String("my-secret"), nil)},
		{"SmJson", awscdk.SecretValue_SecretsManager(jsii.String("arn:aws:secretsmanager:us-east-1:123456789012:secret:x"), &awscdk.SecretsManagerSecretOptions{JsonField: jsii.String("password"), VersionStage: jsii.String("AWSCURRENT")})},
		{"SmVersion", awscdk.SecretValue_SecretsManager(jsii.String("my-secret"), &awscdk.SecretsManagerSecretOptions{VersionId: jsii.String("v1")})},
		{"SmToken", awscdk.SecretValue_SecretsManager(gen.Ref(), &awscdk.SecretsManagerSecretOptions{JsonField: jsii.String("pw")})},
		{"Ssm", awscdk.SecretValue_SsmSecure(jsii.String("/my/param"), nil)},
		{"SsmVersion", awscdk.SecretValue_SsmSecure(jsii.String("/my/param"), jsii.String("3"))},
		{"Dyn", awscdk.SecretValue_CfnDynamicReference(awscdk.NewCfnDynamicReference(awscdk.CfnDynamicReferenceService_SSM, jsii.String("plain-param")))},
		{"Param", awscdk.SecretValue_CfnParameter(param)},
		{"Attr", awscdk.SecretValue_ResourceAttribute(gen.GetAtt(jsii.String("SecretString"), "").ToString())},
	}
	for _, s := range secrets {
		if !*awscdk.SecretValue_IsSecretValue(s.s) {
			t.Errorf("%s is not a SecretValue", s.id)
		}
		awscdk.NewCfnResource(stack, jsii.String(s.id), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic"), Properties: &map[string]interface{}{"DisplayName": s.s.UnsafeUnwrap()}})
	}
	awscdk.NewCfnOutput(stack, jsii.String("Concat"), &awscdk.CfnOutputProps{Value: jsii.String("user:" + *secrets[1].s.UnsafeUnwrap())})
	awscdk.NewCfnOutput(stack, jsii.String("Key"), &awscdk.CfnOutputProps{Value: awscdk.SecretValue_CfnDynamicReferenceKey(jsii.String("id"), &awscdk.SecretsManagerSecretOptions{JsonField: jsii.String("f")})})
	app.Synth(nil)
	sameModuloCode(t, outdir, filepath.Join("testdata/expected/secret_value"), "SecretStack")
}

func TestSecretUsageIsChecked(t *testing.T) {
	for _, check := range []bool{true, false} {
		app, _ := initApp(t, map[string]interface{}{"@aws-cdk/core:checkSecretUsage": check})
		stack := awscdk.NewStack(app, jsii.String("S"), nil)
		secret := awscdk.SecretValue_SecretsManager(jsii.String("s"), nil)
		awscdk.NewCfnResource(stack, jsii.String("R"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic"), Properties: &map[string]interface{}{"DisplayName": secret}})
		awscdk.NewCfnOutput(stack, jsii.String("O"), &awscdk.CfnOutputProps{Value: secret.ToString()})
		if !check {
			tmpl := app.Synth(nil).GetStackArtifact(jsii.String("S")).Template().(map[string]interface{})
			got := tmpl["Resources"].(map[string]interface{})["R"].(map[string]interface{})["Properties"].(map[string]interface{})["DisplayName"]
			if got != "{{resolve:secretsmanager:s:SecretString:::}}" {
				t.Errorf("without the check the secret renders as %v", got)
			}
			continue
		}
		err := synthErr(t, app)
		if err == nil {
			t.Fatal("a secret rendered as a plain property did not fail synthesis")
		}
		for _, want := range []string{"S/R", "Properties/DisplayName", "S/O", "Using a SecretValue here risks exposing your secret"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error lacks %q:\n%v", want, err)
			}
		}
	}
}

func TestSecretValueMistakes(t *testing.T) {
	cases := []struct {
		name string
		f    func()
		want string
	}{
		{"empty id", func() { awscdk.SecretValue_SecretsManager(jsii.String(""), nil) }, "secretId cannot be empty"},
		{"colon", func() { awscdk.SecretValue_SecretsManager(jsii.String("a:b"), nil) }, `secret id "a:b" is not an ARN but contains ":"`},
		{"stage and id", func() {
			awscdk.SecretValue_SecretsManager(jsii.String("a"), &awscdk.SecretsManagerSecretOptions{VersionStage: jsii.String("s"), VersionId: jsii.String("i")})
		}, "versionStage: 's' and versionId: 'i' were both provided but only one is allowed"},
		{"echoing parameter", func() {
			app, _ := initApp(t, nil)
			stack := awscdk.NewStack(app, jsii.String("S"), nil)
			awscdk.SecretValue_CfnParameter(awscdk.NewCfnParameter(stack, jsii.String("P"), nil))
		}, `CloudFormation parameter must be configured with "NoEcho"`},
		{"not an attribute", func() { awscdk.SecretValue_ResourceAttribute(jsii.String("plain")) }, "SecretValue.resourceAttribute() must be used with a resource attribute"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got interface{}
			func() {
				defer func() { got = recover() }()
				c.f()
			}()
			err, ok := got.(error)
			if !ok || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error with %q", got, c.want)
			}
		})
	}
}
