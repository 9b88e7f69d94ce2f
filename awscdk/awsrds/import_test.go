package awsrds_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Imports stack in testdata/twins.js.
func TestImports(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Imports": func(s awscdk.Stack) {
		sg := awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("Sg"), jsii.String("sg-12345678"), nil)
		vpc := isolatedVpc(s)
		app := awsec2.NewSecurityGroup(s, jsii.String("App"), &awsec2.SecurityGroupProps{Vpc: vpc})
		c := rds.DatabaseCluster_FromDatabaseClusterAttributes(s, jsii.String("Cluster"), &rds.DatabaseClusterAttributes{
			ClusterIdentifier: jsii.String("my-cluster"), ClusterEndpointAddress: jsii.String("my-cluster.example.com"), Port: jsii.Number(5432),
			SecurityGroups: &[]awsec2.ISecurityGroup{sg}, ClusterResourceIdentifier: jsii.String("cluster-ABC"),
		})
		i := rds.DatabaseInstance_FromDatabaseInstanceAttributes(s, jsii.String("Instance"), &rds.DatabaseInstanceAttributes{
			InstanceIdentifier: jsii.String("my-db"), InstanceEndpointAddress: jsii.String("my-db.example.com"), Port: jsii.Number(3306),
			SecurityGroups: &[]awsec2.ISecurityGroup{sg}, InstanceResourceId: jsii.String("db-XYZ"),
		})
		c.Connections().AllowDefaultPortFrom(app, nil)
		i.Connections().AllowDefaultPortFrom(app, nil)
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		c.GrantConnect(role, jsii.String("app"))
		i.GrantConnect(role, jsii.String("app"))
		out(s, "Endpoint", c.ClusterEndpoint().SocketAddress())
		out(s, "ClusterArn", c.ClusterArn())
		out(s, "InstanceArn", i.InstanceArn())
		out(s, "Metric", i.MetricFreeStorageSpace(nil).MetricName())
	}}, nil)
}

func init() {
	errorCases["ImportedClusterEndpoint"] = func(s awscdk.Stack) {
		rds.DatabaseCluster_FromDatabaseClusterAttributes(s, jsii.String("Cluster"), &rds.DatabaseClusterAttributes{ClusterIdentifier: jsii.String("c")}).ClusterEndpoint()
	}
}

// The Go twin of the DataApi stack in testdata/twins.js.
func TestDataApiAndEvents(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"DataApi": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		c := rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{Engine: pg16(),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), Vpc: vpc, VpcSubnets: isolated})
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		c.GrantDataApiAccess(role)
		i := rds.NewDatabaseInstance(s, jsii.String("Instance"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: vpc, VpcSubnets: isolated})
		i.GrantConnect(role, nil)
	}}, nil)
}

func init() {
	errorCases["DataApiDisabled"] = func(s awscdk.Stack) {
		rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{Engine: pg16(),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), EnableDataApi: jsii.Bool(false), Vpc: isolatedVpc(s), VpcSubnets: isolated}).
			GrantDataApiAccess(awsiam.NewAccountRootPrincipal())
	}
}
