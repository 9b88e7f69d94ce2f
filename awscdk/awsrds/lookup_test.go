package awsrds_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// lookupStack is the Go twin of the lookup stacks in testdata/twins.js.
func lookupStack(app awscdk.App, name string) {
	s := awscdk.NewStack(app, jsii.String(name), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}})
	db := rds.DatabaseInstance_FromLookup(s, jsii.String("Db"), &rds.DatabaseInstanceLookupOptions{InstanceIdentifier: jsii.String("prod-db")})
	c := rds.DatabaseCluster_FromLookup(s, jsii.String("Cluster"), &rds.DatabaseClusterLookupOptions{ClusterIdentifier: jsii.String("prod-cluster")})
	role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
	db.GrantConnect(role, jsii.String("app"))
	c.GrantConnect(role, jsii.String("app"))
	c.GrantDataApiAccess(role)
	db.Connections().AllowDefaultPortFrom(awsec2.Peer_Ipv4(jsii.String("10.0.0.0/16")), nil)
	c.Connections().AllowDefaultPortFrom(awsec2.Peer_Ipv4(jsii.String("10.1.0.0/16")), nil)
	out(s, "DbEndpoint", db.InstanceEndpoint().SocketAddress())
	out(s, "DbArn", db.InstanceArn())
	out(s, "ClusterEndpoint", c.ClusterEndpoint().SocketAddress())
	out(s, "Reader", c.ClusterReadEndpoint().Hostname())
	out(s, "ClusterArn", c.ClusterArn())
}

// Without the answers in the context the lookups are recorded in the
// manifest's `missing` list exactly as aws-cdk-lib records them
// (testdata/missing.json) and the dummy answers build the stack.
func TestLookupMissing(t *testing.T) {
	golden.CheckApp(t, []string{"Lookup"}, func(app awscdk.App) { lookupStack(app, "Lookup") }, ownHandler)
	ctx := cdkctx.InitContext()
	outdir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(outdir)})
	lookupStack(app, "Lookup")
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(outdir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct{ Missing json.RawMessage }
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(filepath.Join("testdata", "missing.json"))
	var got bytes.Buffer
	_ = json.Indent(&got, m.Missing, "", " ")
	if strings.TrimSpace(got.String()) != strings.TrimSpace(string(want)) {
		t.Fatalf("missing context:\n%s\nwant (aws-cdk-lib's):\n%s", got.String(), want)
	}
}

// With the answers in the context (the keys aws-cdk-lib computed) the
// stack is built from them.
func TestLookupFound(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "lookup-context.json"))
	if err != nil {
		t.Fatal(err)
	}
	var found map[string]interface{}
	if err := json.Unmarshal(b, &found); err != nil {
		t.Fatal(err)
	}
	t.Run("LookupFound", func(t *testing.T) {
		ctx := cdkctx.InitContext()
		for k, v := range found {
			ctx[k] = v
		}
		outdir := t.TempDir()
		app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(outdir)})
		lookupStack(app, "LookupFound")
		app.Synth(nil)
		got, err := os.ReadFile(filepath.Join(outdir, "LookupFound.template.json"))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := os.ReadFile(filepath.Join("testdata", "LookupFound.template.json"))
		if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
			t.Fatalf("template differs from aws-cdk-lib's:\n%s", got)
		}
		mb, _ := os.ReadFile(filepath.Join(outdir, "manifest.json"))
		if bytes.Contains(mb, []byte(`"missing"`)) {
			t.Fatal("lookups answered by the context are still recorded as missing")
		}
	})
}

func init() {
	errorCases["LookupTokenCluster"] = func(s awscdk.Stack) {
		rds.DatabaseCluster_FromLookup(s, jsii.String("C"), &rds.DatabaseClusterLookupOptions{ClusterIdentifier: awscdk.Aws_STACK_NAME()})
	}
}
