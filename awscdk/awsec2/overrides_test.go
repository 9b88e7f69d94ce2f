package awsec2_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

type myVpc struct{ awsec2.Vpc }

type myConfig struct{ awsec2.InitConfig }

type myHandle struct {
	awsec2.InitServiceRestartHandle
}

type myVolume struct{ awsec2.Volume }

// Types embedding Strata's classes, set up with the _Override
// constructors, work where the class is expected (the init config and the
// restart handle are found in the user's struct).
func TestOverrides(t *testing.T) {
	ctx := cdkctx.InitContext()
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	st := awscdk.NewStack(app, s("O"), nil)
	vpc := &myVpc{}
	awsec2.NewVpc_Override(vpc, st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(1), NatGateways: n(0)})
	cfg := &myConfig{}
	handle := &myHandle{}
	awsec2.NewInitServiceRestartHandle_Override(handle)
	awsec2.NewInitConfig_Override(cfg, &[]awsec2.InitElement{
		awsec2.InitFile_FromString(s("/etc/x"), s("x"), &awsec2.InitFileOptions{ServiceRestartHandles: &[]awsec2.InitServiceRestartHandle{handle}}),
		awsec2.InitService_Enable(s("x"), &awsec2.InitServiceOptions{ServiceRestartHandle: handle}),
	})
	awsec2.NewInstance(st, s("I"), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("t3.micro")),
		MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), Init: awsec2.CloudFormationInit_FromConfig(cfg)})
	vol := &myVolume{}
	awsec2.NewVolume_Override(vol, st, s("Data"), &awsec2.VolumeProps{AvailabilityZone: s("us-east-1a"), Size: awscdk.Size_Gibibytes(n(8))})
	if vol.VolumeId() == nil || !*awsec2.Volume_IsResource(vol.Volume) {
		t.Fatal("the overridden volume has no id")
	}
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(out, "O.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	tmpl := string(b)
	for _, want := range []string{`"AWS::EC2::VPC"`, `"/etc/x": {`, `"files": [`, `"AWS::EC2::Volume"`, `"Size": 8`} {
		if !strings.Contains(tmpl, want) {
			t.Errorf("template lacks %s", want)
		}
	}
}

type myEndpoint struct{ awsec2.VpcEndpoint }

func (myEndpoint) VpcEndpointId() *string { return s("vpce-1234") }

// A user's endpoint keeps a policy through the abstract base.
func TestAbstractVpcEndpoint(t *testing.T) {
	app := awscdk.NewApp(nil)
	st := awscdk.NewStack(app, s("A"), nil)
	e := &myEndpoint{}
	awsec2.NewVpcEndpoint_Override(e, st, s("E"), nil)
	e.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"),
		Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
	if e.PolicyDocument() == nil || *e.VpcEndpointId() != "vpce-1234" || !*awsec2.VpcEndpoint_IsResource(e) {
		t.Fatal("the endpoint lost its policy or id")
	}
}
