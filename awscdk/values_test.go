package awscdk_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// TestValuesMatchAwsCdkLib is the program of twins/values.js.
func TestValuesMatchAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("Values"), &awscdk.StackProps{Env: &awscdk.Environment{Region: jsii.String("eu-west-1")}})
	awscdk.NewCfnResource(s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	out := func(id string, v string) {
		awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: jsii.String(v)})
	}
	sizes := []awscdk.Size{awscdk.Size_Bytes(jsii.Number(0)), awscdk.Size_Bytes(jsii.Number(1023)), awscdk.Size_Kibibytes(jsii.Number(1536)),
		awscdk.Size_Mebibytes(jsii.Number(512)), awscdk.Size_Gibibytes(jsii.Number(1.125)), awscdk.Size_Tebibytes(jsii.Number(3)),
		awscdk.Size_Pebibytes(jsii.Number(2)), awscdk.Size_Bytes(jsii.Number(1234567)),
		awscdk.Size_Mebibytes(awscdk.Token_AsNumber(awscdk.Fn_Ref(jsii.String("AWS::NoValue"))))}
	for i, z := range sizes {
		out(fmt.Sprintf("SizeStr%d", i), *z.ToString())
		out(fmt.Sprintf("SizeHuman%d", i), *z.ToHumanString())
	}
	rates := []awscdk.Bitrate{awscdk.Bitrate_Bps(jsii.Number(1500)), awscdk.Bitrate_Kbps(jsii.Number(3)), awscdk.Bitrate_Mbps(jsii.Number(2.5)), awscdk.Bitrate_Gbps(jsii.Number(1))}
	for i, b := range rates {
		parts := []string{ojson.FormatNumber(*b.ToBps()), ojson.FormatNumber(*b.ToKbps()), ojson.FormatNumber(*b.ToMbps()), ojson.FormatNumber(*b.ToGbps()), fmt.Sprint(*b.IsUnresolved())}
		out(fmt.Sprintf("Rate%d", i), strings.Join(parts, ","))
	}
	out("ZoneParis", *awscdk.TimeZone_EUROPE_PARIS().TimezoneName())
	out("ZoneOf", *awscdk.TimeZone_Of(jsii.String("Mars/Olympus")).TimezoneName())
	out("ZoneGmt", *awscdk.TimeZone_ETC_GMT_PLUS_5().TimezoneName())
	out("EnvAccount", *s.Env().Account)
	out("EnvRegion", *s.Env().Region)
	app.Synth(nil)
	sameFile(t, filepath.Join(outdir, "Values.template.json"), "testdata/expected/values/Values.template.json")
}

func TestBitrateErrors(t *testing.T) {
	if msg := userPanic(t, func() { awscdk.Bitrate_Mbps(jsii.Number(-1)) }); !strings.Contains(msg, "Bitrate amounts cannot be negative. Received: -1") {
		t.Error(msg)
	}
	tok := awscdk.Bitrate_Mbps(awscdk.Token_AsNumber(awscdk.Fn_Ref(jsii.String("P"))))
	if !*tok.IsUnresolved() {
		t.Error("token bitrate is resolved")
	}
	if msg := userPanic(t, func() { tok.ToKbps() }); !strings.Contains(msg, "Bitrate must be specified as 'Bitrate.kbps()'") {
		t.Error(msg)
	}
}

func TestIgnoreStaticsAndBootstraplessDefaults(t *testing.T) {
	s := awscdk.GitIgnoreStrategy_Glob(jsii.String("/root"), jsii.Strings("*.tmp"))
	if !*s.Ignores(jsii.String("/root/a.tmp")) || *s.Ignores(jsii.String("/root/a.go")) {
		t.Fatal("GitIgnoreStrategy_Glob does not ignore as a glob strategy")
	}
	if *awscdk.BootstraplessSynthesizer_DEFAULT_QUALIFIER() != "hnb659fds" ||
		*awscdk.BootstraplessSynthesizer_DEFAULT_FILE_ASSETS_BUCKET_NAME() != *awscdk.DefaultStackSynthesizer_DEFAULT_FILE_ASSETS_BUCKET_NAME() {
		t.Fatal("bootstrapless defaults")
	}
}
