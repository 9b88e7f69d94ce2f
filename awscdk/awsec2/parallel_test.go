package awsec2_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// Apps built in parallel share nothing: each gets the same template
// (run with -race to check for shared state).
func TestParallelApps(t *testing.T) {
	const n = 4
	outs := make([]string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		i := i
		outs[i] = t.TempDir()
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := cdkctx.InitContext()
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(outs[i])})
			st := awscdk.NewStack(app, jsii.String("P"), nil)
			vpc := awsec2.NewVpc(st, jsii.String("Vpc"), &awsec2.VpcProps{IpAddresses: awsec2.IpAddresses_Cidr(jsii.String("10.1.0.0/16"))})
			sg := awsec2.NewSecurityGroup(st, jsii.String("Sg"), &awsec2.SecurityGroupProps{Vpc: vpc, AllowAllOutbound: jsii.Bool(false)})
			sg.AddEgressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_HTTPS(), nil, nil)
			sg.Connections().AllowFrom(awsec2.Peer_Ipv4(jsii.String("10.0.0.0/8")), awsec2.Port_POSTGRES(), nil)
			app.Synth(nil)
		}()
	}
	wg.Wait()
	var first []byte
	for i, dir := range outs {
		b, err := os.ReadFile(filepath.Join(dir, "P.template.json"))
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b
		} else if string(b) != string(first) {
			t.Errorf("app %d synthesized a different template", i)
		}
	}
}
