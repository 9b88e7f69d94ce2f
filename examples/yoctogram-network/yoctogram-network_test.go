package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

func count(template map[string]interface{}) map[string]int {
	n := map[string]int{}
	for _, r := range template["Resources"].(map[string]interface{}) {
		n[r.(map[string]interface{})["Type"].(string)]++
	}
	return n
}

// TestStacks synthesizes both stacks under the cdk.json flags and checks
// their shape, and that the default VPC lookup is left to the CLI.
func TestStacks(t *testing.T) {
	ctx := cdkctx.InitContext()
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	network := NewNetworkStack(app, "Network", nil)
	dev := NewDevStack(app, "Dev", &awscdk.StackProps{Env: env()})
	asm := app.Synth(nil)

	net := count(asm.GetStackArtifact(network.ArtifactId()).Template().(map[string]interface{}))
	for typ, want := range map[string]int{
		"AWS::EC2::VPC": 1, "AWS::EC2::Subnet": 6, "AWS::EC2::NatGateway": 1, "AWS::EC2::InternetGateway": 1,
		"AWS::EC2::VPCEndpoint": 1, "AWS::EC2::SecurityGroup": 3, "AWS::EC2::SecurityGroupIngress": 2,
		"Custom::VpcRestrictDefaultSG": 1,
	} {
		if net[typ] != want {
			t.Errorf("network stack: %d %s, want %d", net[typ], typ, want)
		}
	}
	d := count(asm.GetStackArtifact(dev.ArtifactId()).Template().(map[string]interface{}))
	for typ, want := range map[string]int{"AWS::EC2::Instance": 1, "AWS::IAM::Role": 1, "AWS::IAM::InstanceProfile": 1, "AWS::EC2::SecurityGroup": 1} {
		if d[typ] != want {
			t.Errorf("dev stack: %d %s, want %d", d[typ], typ, want)
		}
	}

	b, err := os.ReadFile(filepath.Join(out, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Missing []struct{ Key, Provider string }
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	const key = "vpc-provider:account=123456789012:filter.isDefault=true:region=us-east-1:returnAsymmetricSubnets=true"
	if len(m.Missing) != 1 || m.Missing[0].Key != key {
		t.Errorf("missing context = %+v, want the default VPC lookup %s", m.Missing, key)
	}
}
