package awsec2_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func backwardsRanges(st awscdk.Stack) {
	vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(1), NatGateways: n(0)})
	sg := awsec2.NewSecurityGroup(st, s("Sg"), &awsec2.SecurityGroupProps{Vpc: vpc})
	sg.AddIngressRule(awsec2.Peer_Ipv4(s("10.0.0.0/8")), awsec2.Port_TcpRange(n(9000), n(8000)), nil, nil)
	sg.AddIngressRule(awsec2.Peer_Ipv4(s("10.0.0.0/8")), awsec2.Port_IcmpType(n(8)), nil, nil) // ICMP: type and code, not a range
	other := awsec2.NewSecurityGroup(st, s("Other"), &awsec2.SecurityGroupProps{Vpc: vpc})
	other.Connections().AllowFrom(sg, awsec2.Port_UdpRange(n(600), n(500)), nil)
}

// A port range whose start is above its end fails synthesis with the
// message aws-cdk-lib's CloudFormation rules give (E9002), naming the
// resource; under the CLI's context it is a warning, as in aws-cdk-lib.
func TestPortRangeFromAboveTo(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) { backwardsRanges(awscdk.NewStack(app, s("S"), nil)) })
	if err == nil {
		t.Fatal("synth succeeded with a backwards port range")
	}
	for _, want := range []string{
		"[S/Sg/Resource] SecurityGroupIngress.0: FromPort 9000 is greater than ToPort 8000",
		"FromPort 600 is greater than ToPort 500",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error:\n%v\nwant it to contain %q", err, want)
		}
	}
	if strings.Count(err.Error(), "greater than") != 2 {
		t.Errorf("want exactly two port range errors, got:\n%v", err)
	}

	ctx := cdkctx.InitContext()
	ctx["@aws-cdk/core:failSynthOnValidationErrors"] = false
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
	backwardsRanges(awscdk.NewStack(app, s("S"), nil))
	app.Synth(nil) // must not fail
}
