package awsrds_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Nil props and options of proxies and rotations stop with an error naming
// the construct, never a Go panic.
func TestProxyAndRotationNil(t *testing.T) {
	db := func(s awscdk.Stack) rds.DatabaseInstance {
		return rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: isolatedVpc(s), VpcSubnets: isolated})
	}
	cases := map[string]struct {
		build   func(s awscdk.Stack)
		wantErr string
	}{
		"Proxy":         {func(s awscdk.Stack) { rds.NewDatabaseProxy(s, jsii.String("P"), nil) }, "DatabaseProxy needs vpc and proxyTarget"},
		"AddProxy":      {func(s awscdk.Stack) { db(s).AddProxy(jsii.String("P"), nil) }, "DatabaseProxy needs vpc and proxyTarget"},
		"ImportProxy":   {func(s awscdk.Stack) { rds.DatabaseProxy_FromDatabaseProxyAttributes(s, jsii.String("P"), nil) }, "needs attributes"},
		"MultiUser":     {func(s awscdk.Stack) { db(s).AddRotationMultiUser(jsii.String("R"), nil) }, "needs options.secret"},
		"SingleUserNil": {func(s awscdk.Stack) { db(s).AddRotationSingleUser(nil) }, ""},
		"ImportedGrant": {func(s awscdk.Stack) {
			rds.DatabaseProxy_FromDatabaseProxyAttributes(s, jsii.String("P"), &rds.DatabaseProxyAttributes{DbProxyArn: jsii.String("arn:aws:rds:us-east-1:1:db-proxy:prx-1"),
				DbProxyName: jsii.String("p"), Endpoint: jsii.String("e")}).GrantConnect(nil, nil)
		}, "the dbUser is required"},
	}
	for name, c := range cases {
		c := c
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			switch {
			case c.wantErr == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
				t.Fatalf("err = %v, want one containing %q", err, c.wantErr)
			}
		})
	}
}
