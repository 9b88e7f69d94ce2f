package awsrds_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the Aurora Serverless v1 stacks in testdata/twins.js.
var serverlessCases = map[string]func(s awscdk.Stack){
	"ServerlessV1": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		c := rds.NewServerlessCluster(s, jsii.String("Db"), &rds.ServerlessClusterProps{
			Engine:      rds.DatabaseClusterEngine_AURORA_MYSQL(),
			Credentials: rds.Credentials_FromGeneratedSecret(jsii.String("dbadmin"), nil),
			Scaling: &rds.ServerlessScalingOptions{AutoPause: awscdk.Duration_Minutes(jsii.Number(10)),
				MinCapacity: rds.AuroraCapacityUnit_ACU_2, MaxCapacity: rds.AuroraCapacityUnit_ACU_16,
				Timeout: awscdk.Duration_Seconds(jsii.Number(120)), TimeoutAction: rds.TimeoutAction_FORCE_APPLY_CAPACITY_CHANGE},
			BackupRetention: awscdk.Duration_Days(jsii.Number(7)), ClusterIdentifier: jsii.String("MyServerless"),
			DefaultDatabaseName: jsii.String("app"),
			Vpc:                 vpc, VpcSubnets: isolated, StorageEncryptionKey: key, RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
		})
		role := awsiam.NewRole(s, jsii.String("AppRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		c.GrantDataApiAccess(role)
		sg := awsec2.NewSecurityGroup(s, jsii.String("App"), &awsec2.SecurityGroupProps{Vpc: vpc})
		c.Connections().AllowDefaultPortFrom(sg, nil)
		c.AddRotationSingleUser(&rds.RotationSingleUserOptions{AutomaticallyAfter: awscdk.Duration_Days(jsii.Number(7))})
		user := rds.NewDatabaseSecret(s, jsii.String("UserSecret"), &rds.DatabaseSecretProps{Username: jsii.String("appuser"), MasterSecret: c.Secret()})
		c.AddRotationMultiUser(jsii.String("User"), &rds.RotationMultiUserOptions{Secret: user})
		out(s, "Endpoint", c.ClusterEndpoint().SocketAddress())
		out(s, "ReadEndpoint", c.ClusterReadEndpoint().Hostname())
		out(s, "Arn", c.ClusterArn())
		out(s, "SecretArn", c.Secret().SecretArn())
		var ids []*string
		for _, g := range *c.SecurityGroups() {
			ids = append(ids, g.SecurityGroupId())
		}
		out(s, "Sgs", awscdk.Fn_Join(jsii.String(","), &ids))
	},
	"ServerlessV1Snapshot": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		engine := rds.DatabaseClusterEngine_Aurora(&rds.AuroraClusterEngineProps{Version: rds.AuroraEngineVersion_VER_1_22_2()})
		pg := rds.NewParameterGroup(s, jsii.String("Params"), &rds.ParameterGroupProps{Engine: engine, Parameters: &map[string]*string{"time_zone": jsii.String("UTC")}})
		snap := rds.NewServerlessClusterFromSnapshot(s, jsii.String("Restored"), &rds.ServerlessClusterFromSnapshotProps{
			Engine: engine, SnapshotIdentifier: jsii.String("snap-1"), Credentials: rds.SnapshotCredentials_FromGeneratedSecret(jsii.String("admin"), nil),
			Vpc: vpc, VpcSubnets: isolated, ParameterGroup: pg, Scaling: &rds.ServerlessScalingOptions{AutoPause: awscdk.Duration_Seconds(jsii.Number(0))},
			EnableDataApi: jsii.Bool(false), DeletionProtection: jsii.Bool(false),
		})
		bare := rds.NewServerlessCluster(s, jsii.String("Bare"), &rds.ServerlessClusterProps{
			Engine: rds.DatabaseClusterEngine_AURORA(), EnableDataApi: jsii.Bool(true), CopyTagsToSnapshot: jsii.Bool(false),
			RemovalPolicy: awscdk.RemovalPolicy_RETAIN, Scaling: &rds.ServerlessScalingOptions{MinCapacity: rds.AuroraCapacityUnit_ACU_1},
		})
		role := awsiam.NewRole(s, jsii.String("AppRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		bare.GrantDataApiAccess(role)
		imp := rds.ServerlessCluster_FromServerlessClusterAttributes(s, jsii.String("Imported"), &rds.ServerlessClusterAttributes{
			ClusterIdentifier: jsii.String("imp"), ClusterEndpointAddress: jsii.String("imp.example.com"), Port: jsii.Number(3306),
			ReaderEndpointAddress: jsii.String("ro.example.com"),
			Secret:                awssecretsmanager.Secret_FromSecretNameV2(s, jsii.String("ImpSecret"), jsii.String("imp-secret")),
			SecurityGroups:        &[]awsec2.ISecurityGroup{awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("ImpSg"), jsii.String("sg-123"), nil)},
		})
		imp.GrantDataApiAccess(role)
		imp.Connections().AllowDefaultPortFrom(awsec2.Peer_Ipv4(jsii.String("10.0.0.0/16")), nil)
		out(s, "SnapEndpoint", snap.ClusterEndpoint().Hostname())
		out(s, "SnapSecret", snap.Secret().SecretArn())
		out(s, "BareEndpoint", bare.ClusterEndpoint().SocketAddress())
		out(s, "ImpEndpoint", imp.ClusterEndpoint().SocketAddress())
		out(s, "ImpReader", imp.ClusterReadEndpoint().Hostname())
		out(s, "ImpArn", imp.ClusterArn())
		out(s, "ImpRef", imp.DbClusterRef().DbClusterIdentifier)
		out(s, "AuroraFamily", engine.ParameterGroupFamily())
		out(s, "AuroraUnversioned", rds.DatabaseClusterEngine_AURORA().ParameterGroupFamily())
		out(s, "AuroraOf", rds.AuroraEngineVersion_Of(jsii.String("5.6.mysql_aurora.1.23.5"), nil).AuroraFullVersion())
	},
}

func TestServerlessTemplates(t *testing.T) { checkTemplates(t, serverlessCases, nil) }

func mysqlServerless(s awscdk.Stack, p *rds.ServerlessClusterProps) rds.ServerlessCluster {
	p.Engine = rds.DatabaseClusterEngine_AURORA_MYSQL()
	return rds.NewServerlessCluster(s, jsii.String("Db"), p)
}

func init() {
	errorCases["ServerlessSubnetsWithoutVpc"] = func(s awscdk.Stack) {
		mysqlServerless(s, &rds.ServerlessClusterProps{VpcSubnets: isolated})
	}
	errorCases["ServerlessCapacityInverted"] = func(s awscdk.Stack) {
		mysqlServerless(s, &rds.ServerlessClusterProps{Scaling: &rds.ServerlessScalingOptions{MinCapacity: rds.AuroraCapacityUnit_ACU_8, MaxCapacity: rds.AuroraCapacityUnit_ACU_4}})
	}
	errorCases["ServerlessAutoPause"] = func(s awscdk.Stack) {
		mysqlServerless(s, &rds.ServerlessClusterProps{Scaling: &rds.ServerlessScalingOptions{AutoPause: awscdk.Duration_Minutes(jsii.Number(2))}})
	}
	errorCases["ServerlessTimeout"] = func(s awscdk.Stack) {
		mysqlServerless(s, &rds.ServerlessClusterProps{Scaling: &rds.ServerlessScalingOptions{Timeout: awscdk.Duration_Seconds(jsii.Number(30))}})
	}
	errorCases["ServerlessBackup"] = func(s awscdk.Stack) {
		mysqlServerless(s, &rds.ServerlessClusterProps{BackupRetention: awscdk.Duration_Days(jsii.Number(40))})
	}
	errorCases["ServerlessDataApiDisabled"] = func(s awscdk.Stack) {
		mysqlServerless(s, &rds.ServerlessClusterProps{EnableDataApi: jsii.Bool(false)}).GrantDataApiAccess(awsiam.NewAccountRootPrincipal())
	}
	errorCases["ServerlessRotationWithoutVpc"] = func(s awscdk.Stack) {
		mysqlServerless(s, &rds.ServerlessClusterProps{}).AddRotationSingleUser(nil)
	}
	errorCases["ServerlessImportedEndpoint"] = func(s awscdk.Stack) {
		rds.ServerlessCluster_FromServerlessClusterAttributes(s, jsii.String("Cluster"), &rds.ServerlessClusterAttributes{ClusterIdentifier: jsii.String("c")}).ClusterEndpoint()
	}
	errorCases["ServerlessSnapshotNoUsername"] = func(s awscdk.Stack) {
		rds.NewServerlessClusterFromSnapshot(s, jsii.String("Db"), &rds.ServerlessClusterFromSnapshotProps{Engine: rds.DatabaseClusterEngine_AURORA_MYSQL(),
			SnapshotIdentifier: jsii.String("snap"), Credentials: rds.SnapshotCredentials_FromGeneratedPassword(nil, nil)})
	}
}
