package awskms_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// Parity cases for KMS and Logs: each builds the stack of the same name in
// testdata/twins.js; the aws-cdk-lib 2.276.0 template written by
// testdata/regen.sh is the expectation.
var parityCases = map[string]func(s awscdk.Stack){
	"KeyBasic": func(s awscdk.Stack) {
		k := awskms.NewKey(s, jsii.String("Key"), &awskms.KeyProps{EnableKeyRotation: jsii.Bool(true), Alias: jsii.String("my-key"),
			Description: jsii.String("d"), PendingWindow: awscdk.Duration_Days(jsii.Number(7))})
		k.AddAlias(jsii.String("alias/second"))
		r := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		k.GrantEncryptDecrypt(r)
		k.GrantDecrypt(r)
		k2 := awskms.NewKey(s, jsii.String("Destroy"), &awskms.KeyProps{RemovalPolicy: awscdk.RemovalPolicy_DESTROY, Admins: &[]awsiam.IPrincipal{r},
			KeySpec: awskms.KeySpec_RSA_2048, KeyUsage: awskms.KeyUsage_SIGN_VERIFY, Enabled: jsii.Bool(false)})
		imported := awskms.Key_FromKeyArn(s, jsii.String("Imp"), jsii.String("arn:aws:kms:us-east-1:123456789012:key/abcd"))
		imported.GrantEncrypt(r)
		k2.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("kms:Decrypt"), Resources: jsii.Strings("*"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("logs.amazonaws.com"), nil)}}), nil)
	},
	"Logs": func(s awscdk.Stack) {
		k := awskms.NewKey(s, jsii.String("Key"), nil)
		awslogs.NewLogGroup(s, jsii.String("Default"), nil)
		g := awslogs.NewLogGroup(s, jsii.String("Named"), &awslogs.LogGroupProps{LogGroupName: jsii.String("/app/x"), Retention: awslogs.RetentionDays_ONE_WEEK,
			RemovalPolicy: awscdk.RemovalPolicy_DESTROY, EncryptionKey: k})
		awslogs.NewLogGroup(s, jsii.String("Forever"), &awslogs.LogGroupProps{Retention: awslogs.RetentionDays_INFINITE})
		r := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		g.GrantWrite(r)
		g.Grant(r, jsii.String("logs:DescribeLogStreams"))
		awslogs.LogGroup_FromLogGroupName(s, jsii.String("ByName"), jsii.String("existing")).GrantWrite(r)
		awscdk.NewCfnOutput(s, jsii.String("Out"), &awscdk.CfnOutputProps{Value: jsii.String(*g.LogGroupArn() + "|" + *g.LogGroupName())})
	},
}

func TestParity(t *testing.T) {
	for name, build := range parityCases {
		name, build := name, build
		t.Run(name, func(t *testing.T) {
			ctx := cdkctx.InitContext()
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
			s := awscdk.NewStack(app, jsii.String(name), nil)
			build(s)
			got := app.Synth(nil).GetStackArtifact(s.ArtifactId()).Template()
			b, err := os.ReadFile(filepath.Join("testdata", name+".template.json"))
			if err != nil {
				t.Fatal(err)
			}
			var want interface{}
			json.Unmarshal(b, &want)
			if !reflect.DeepEqual(got, want) {
				g, _ := json.MarshalIndent(got, "", " ")
				p := filepath.Join(os.TempDir(), "strata-"+name+".got.json")
				os.WriteFile(p, g, 0o644)
				t.Errorf("template differs from aws-cdk-lib's: diff %s testdata/%s.template.json", p, name)
			}
		})
	}
}
