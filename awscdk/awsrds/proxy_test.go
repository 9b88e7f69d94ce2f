package awsrds_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Proxy stack in testdata/twins.js.
func TestProxy(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Proxy": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		db := rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: vpc, VpcSubnets: isolated})
		p := db.AddProxy(jsii.String("Proxy"), &rds.DatabaseProxyOptions{Secrets: &[]awssecretsmanager.ISecret{db.Secret()}, Vpc: vpc, VpcSubnets: isolated,
			IamAuth: jsii.Bool(true), RequireTLS: jsii.Bool(false), IdleClientTimeout: awscdk.Duration_Minutes(jsii.Number(10)),
			BorrowTimeout: awscdk.Duration_Seconds(jsii.Number(30)), MaxConnectionsPercent: jsii.Number(80), MaxIdleConnectionsPercent: jsii.Number(20),
			DebugLogging: jsii.Bool(true), InitQuery: jsii.String("SET x=1"), SessionPinningFilters: &[]rds.SessionPinningFilter{rds.SessionPinningFilter_EXCLUDE_VARIABLE_SETS()},
			ClientPasswordAuthType: rds.ClientPasswordAuthType_POSTGRES_SCRAM_SHA_256})
		fnRole := awsiam.NewRole(s, jsii.String("AppRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		p.GrantConnect(fnRole, nil)
		c := rds.NewDatabaseCluster(s, jsii.String("Cluster"), &rds.DatabaseClusterProps{
			Engine: rds.DatabaseClusterEngine_AuroraMysql(&rds.AuroraMysqlClusterEngineProps{Version: rds.AuroraMysqlEngineVersion_VER_3_08_0()}),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), Readers: &[]rds.IClusterInstance{rds.ClusterInstance_ServerlessV2(jsii.String("reader"), nil)},
			Vpc: vpc, VpcSubnets: isolated})
		role := awsiam.NewRole(s, jsii.String("ProxyRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("rds.amazonaws.com"), nil)})
		cp := rds.NewDatabaseProxy(s, jsii.String("ClusterProxy"), &rds.DatabaseProxyProps{ProxyTarget: rds.ProxyTarget_FromCluster(c),
			Secrets: &[]awssecretsmanager.ISecret{c.Secret()}, Vpc: vpc, Role: role, DbProxyName: jsii.String("my-proxy")})
		cp.GrantConnect(fnRole, jsii.String("admin"))
		app2 := awsec2.NewSecurityGroup(s, jsii.String("App"), &awsec2.SecurityGroupProps{Vpc: vpc})
		cp.Connections().AllowFrom(app2, awsec2.Port_Tcp(jsii.Number(3306)), nil)
		imp := rds.DatabaseProxy_FromDatabaseProxyAttributes(s, jsii.String("Imported"), &rds.DatabaseProxyAttributes{
			DbProxyArn: jsii.String("arn:aws:rds:us-east-1:123456789012:db-proxy:prx-0123"), DbProxyName: jsii.String("imp"),
			Endpoint: jsii.String("imp.example.com"), SecurityGroups: &[]awsec2.ISecurityGroup{}})
		imp.GrantConnect(fnRole, jsii.String("reader"))
		awscdk.NewCfnOutput(s, jsii.String("Endpoint"), &awscdk.CfnOutputProps{Value: p.Endpoint()})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: cp.DbProxyArn()})
		ep := cp.AddEndpoint(jsii.String("Reader"), &rds.DatabaseProxyEndpointOptions{TargetRole: rds.ProxyEndpointTargetRole_READ_ONLY,
			VpcSubnets: isolated, SecurityGroups: &[]awsec2.ISecurityGroup{app2}})
		rds.NewDatabaseProxyEndpoint(s, jsii.String("Named"), &rds.DatabaseProxyEndpointProps{DbProxy: p, Vpc: vpc, VpcSubnets: isolated,
			DbProxyEndpointName: jsii.String("named-ep")})
		iep := rds.DatabaseProxyEndpoint_FromDatabaseProxyEndpointAttributes(s, jsii.String("ImportedEp"), &rds.DatabaseProxyEndpointAttributes{
			DbProxyEndpointArn: jsii.String("arn:ep"), DbProxyEndpointName: jsii.String("iep"), Endpoint: jsii.String("iep.example.com")})
		awscdk.NewCfnOutput(s, jsii.String("ReaderEndpoint"), &awscdk.CfnOutputProps{Value: ep.Endpoint()})
		awscdk.NewCfnOutput(s, jsii.String("ReaderName"), &awscdk.CfnOutputProps{Value: ep.DbProxyEndpointName()})
		awscdk.NewCfnOutput(s, jsii.String("ImportedEpHost"), &awscdk.CfnOutputProps{Value: iep.Endpoint()})
	}}, nil)
}

func init() {
	errorCases["ProxyWithoutSecrets"] = func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		db := rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: vpc, VpcSubnets: isolated})
		db.AddProxy(jsii.String("Proxy"), &rds.DatabaseProxyOptions{Vpc: vpc})
	}
	errorCases["ProxyAuthType"] = func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		db := rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: vpc, VpcSubnets: isolated})
		db.AddProxy(jsii.String("Proxy"), &rds.DatabaseProxyOptions{Vpc: vpc, Secrets: &[]awssecretsmanager.ISecret{db.Secret()},
			ClientPasswordAuthType: rds.ClientPasswordAuthType_MYSQL_NATIVE_PASSWORD})
	}
}
