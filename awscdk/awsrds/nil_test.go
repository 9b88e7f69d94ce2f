package awsrds_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Nil props never crash: they synthesize aws-cdk-lib's defaults or stop
// with a user error naming what is missing.
func TestNilAndUnsupportedProps(t *testing.T) {
	cases := map[string]struct {
		build   func(s awscdk.Stack)
		wantErr string
	}{
		"Cluster":        {func(s awscdk.Stack) { rds.NewDatabaseCluster(s, jsii.String("C"), nil) }, "DatabaseCluster needs props"},
		"Instance":       {func(s awscdk.Stack) { rds.NewDatabaseInstance(s, jsii.String("I"), nil) }, "DatabaseInstance needs props"},
		"Replica":        {func(s awscdk.Stack) { rds.NewDatabaseInstanceReadReplica(s, jsii.String("R"), nil) }, "DatabaseInstanceReadReplica needs props"},
		"SubnetGroup":    {func(s awscdk.Stack) { rds.NewSubnetGroup(s, jsii.String("G"), nil) }, "SubnetGroup needs props"},
		"ParameterGroup": {func(s awscdk.Stack) { rds.NewParameterGroup(s, jsii.String("P"), nil) }, "ParameterGroup needs props"},
		"Secret":         {func(s awscdk.Stack) { rds.NewDatabaseSecret(s, jsii.String("S"), nil) }, "DatabaseSecret needs props"},
		"Engine":         {func(s awscdk.Stack) { rds.DatabaseClusterEngine_AuroraPostgres(nil) }, "needs props.Version"},
		"SqlServer":      {func(s awscdk.Stack) { rds.DatabaseInstanceEngine_SqlServerEe(nil) }, "needs props.Version"},
		"FromSecret":     {func(s awscdk.Stack) { rds.Credentials_FromSecret(nil, nil) }, "Credentials_FromSecret needs secret"},
		"ImportCluster":  {func(s awscdk.Stack) { rds.DatabaseCluster_FromDatabaseClusterAttributes(s, jsii.String("C"), nil) }, "needs attrs.ClusterIdentifier"},
		"ImportInstance": {func(s awscdk.Stack) { rds.DatabaseInstance_FromDatabaseInstanceAttributes(s, jsii.String("I"), nil) }, "needs attrs"},
		"Serverless":     {func(s awscdk.Stack) { rds.NewServerlessCluster(s, jsii.String("C"), nil) }, "ServerlessCluster needs props"},
		"ServerlessSnapshot": {func(s awscdk.Stack) { rds.NewServerlessClusterFromSnapshot(s, jsii.String("C"), nil) },
			"ServerlessClusterFromSnapshot needs props"},
		"ImportServerless": {func(s awscdk.Stack) { rds.ServerlessCluster_FromServerlessClusterAttributes(s, jsii.String("C"), nil) },
			"needs attrs.ClusterIdentifier"},
		"AuroraEngine":   {func(s awscdk.Stack) { rds.DatabaseClusterEngine_Aurora(nil) }, "needs props.Version"},
		"LookupInstance": {func(s awscdk.Stack) { rds.DatabaseInstance_FromLookup(s, jsii.String("I"), nil) }, "needs options.InstanceIdentifier"},
		"LookupCluster":  {func(s awscdk.Stack) { rds.DatabaseCluster_FromLookup(s, jsii.String("C"), nil) }, "needs options.ClusterIdentifier"},
		"LookupNoEnv": {func(s awscdk.Stack) {
			rds.DatabaseInstance_FromLookup(s, jsii.String("I"), &rds.DatabaseInstanceLookupOptions{InstanceIdentifier: jsii.String("db")})
		}, "account/region are not specified"},
		"ServerlessNilScaling": {func(s awscdk.Stack) {
			c := rds.NewServerlessCluster(s, jsii.String("C"), &rds.ServerlessClusterProps{Engine: rds.DatabaseClusterEngine_AURORA_MYSQL(),
				Scaling: &rds.ServerlessScalingOptions{}})
			c.GrantDataApiAccess(awsiam.NewAccountRootPrincipal())
			c.Connections()
		}, ""},
		"OnEventNil": {func(s awscdk.Stack) {
			rds.NewDatabaseInstance(s, jsii.String("I"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: isolatedVpc(s), VpcSubnets: isolated}).
				OnEvent(jsii.String("E"), nil)
		}, ""},
		"NilOptions": {func(s awscdk.Stack) {
			rds.NewDatabaseCluster(s, jsii.String("C"), &rds.DatabaseClusterProps{Engine: pg16(), Vpc: isolatedVpc(s), VpcSubnets: isolated,
				Credentials: rds.Credentials_FromUsername(jsii.String("u"), nil),
				Writer:      rds.ClusterInstance_Provisioned(jsii.String("w"), nil),
				Readers:     &[]rds.IClusterInstance{rds.ClusterInstance_ServerlessV2(jsii.String("r"), nil)}})
		}, ""},
		"NilInstanceId": {func(s awscdk.Stack) {
			rds.NewDatabaseCluster(s, jsii.String("C"), &rds.DatabaseClusterProps{Engine: pg16(), Vpc: isolatedVpc(s), VpcSubnets: isolated,
				Writer: rds.ClusterInstance_ServerlessV2(nil, nil)})
		}, "only root constructs may have an empty id"},
		"OneSubnet": {func(s awscdk.Stack) {
			vpc := awsec2.NewVpc(s, jsii.String("V"), &awsec2.VpcProps{MaxAzs: jsii.Number(1), NatGateways: jsii.Number(0)})
			rds.NewDatabaseCluster(s, jsii.String("C"), &rds.DatabaseClusterProps{Engine: pg16(), Vpc: vpc,
				VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
				Writer:     rds.ClusterInstance_ServerlessV2(jsii.String("w"), nil)})
		}, "Cluster requires at least 2 subnets, got 1"},
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

// Engines report what aws-cdk-lib's do: type, family, default username,
// parameter group family and version.
func TestEngines(t *testing.T) {
	cases := []struct {
		e                                 rds.IEngine
		typ, family, user, pgFamily, full string
	}{
		{pg16(), "aurora-postgresql", "POSTGRESQL", "postgres", "aurora-postgresql16", "16.4"},
		{pgInstance(), "postgres", "POSTGRESQL", "postgres", "postgres16", "16.4"},
		{rds.DatabaseInstanceEngine_Mysql(&rds.MySqlInstanceEngineProps{Version: rds.MysqlEngineVersion_VER_8_0_40()}), "mysql", "MYSQL", "", "mysql8.0", "8.0.40"},
		{rds.DatabaseClusterEngine_AURORA_POSTGRESQL(), "aurora-postgresql", "POSTGRESQL", "postgres", "", ""},
	}
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	for _, c := range cases {
		full := ""
		if v := c.e.EngineVersion(); v != nil {
			full = s(v.FullVersion)
		}
		got := []string{s(c.e.EngineType()), s(c.e.EngineFamily()), s(c.e.DefaultUsername()), s(c.e.ParameterGroupFamily()), full}
		want := []string{c.typ, c.family, c.user, c.pgFamily, c.full}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("engine %s: got %v, want %v", c.typ, got, want)
		}
	}
}

type myCluster struct{ rds.DatabaseCluster }

// A type embedding DatabaseCluster, built with NewDatabaseCluster_Override,
// is the tree's object and carries the cluster.
func TestClusterOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	x := &myCluster{}
	rds.NewDatabaseCluster_Override(x, s, jsii.String("X"), &rds.DatabaseClusterProps{Engine: pg16(), Vpc: isolatedVpc(s), VpcSubnets: isolated,
		Writer: rds.ClusterInstance_ServerlessV2(jsii.String("w"), nil)})
	if got := s.Node().FindChild(jsii.String("X")); got != x {
		t.Fatalf("tree child is %T, want *myCluster", got)
	}
	if x.ClusterEndpoint() == nil || x.Secret() == nil {
		t.Fatal("embedded DatabaseCluster not set")
	}
}
