package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

// prodApp builds the four stacks as main does and returns their templates.
// `go test` does not read cdk.json, so the app is given the one flag the
// assertions depend on: weak references between the stacks.
func prodApp() (network, data, api, monitoring assertions.Template) {
	app := awscdk.NewApp(&awscdk.AppProps{Context: &map[string]interface{}{"@aws-cdk/core:defaultCrossStackReferences": "weak"}})
	env := &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("eu-west-1")}
	n := NewNetworkStack(app, "ProdNetwork", &awscdk.StackProps{Env: env})
	d := NewDatabaseStack(app, "ProdData", &DatabaseStackProps{StackProps: awscdk.StackProps{Env: env}, Vpc: n.Vpc, DbSg: n.DbSg, CacheSg: n.CacheSg})
	a := NewApiStack(app, "ProdApi", &ApiStackProps{StackProps: awscdk.StackProps{Env: env}, Database: d.Database})
	m := NewMonitoringStack(app, "ProdMonitoring", &MonitoringStackProps{StackProps: awscdk.StackProps{Env: env}, Database: d.Database, Api: a.Api, Table: a.Table})
	return assertions.Template_FromStack(n, nil), assertions.Template_FromStack(d, nil),
		assertions.Template_FromStack(a, nil), assertions.Template_FromStack(m, nil)
}

// stackOutput matches a weak cross-stack reference to an output of stack.
func stackOutput(stack string) interface{} {
	return map[string]interface{}{"Fn::GetStackOutput": assertions.Match_ObjectLike(&map[string]interface{}{"StackName": stack})}
}

func TestNetwork(t *testing.T) {
	network, _, _, _ := prodApp()
	for typ, n := range map[string]float64{
		"AWS::EC2::VPC": 1, "AWS::EC2::Subnet": 9, "AWS::EC2::NatGateway": 1, "AWS::EC2::FlowLog": 1,
		"AWS::EC2::VPCEndpoint": 3, "AWS::EC2::SecurityGroup": 5, "AWS::EC2::SecurityGroupIngress": 3,
	} {
		network.ResourceCountIs(jsii.String(typ), jsii.Number(n))
	}
	for _, az := range []string{"eu-west-1a", "eu-west-1b", "eu-west-1c"} {
		network.HasResourceProperties(jsii.String("AWS::EC2::Subnet"), map[string]interface{}{"AvailabilityZone": az, "CidrBlock": assertions.Match_AnyValue()})
	}
	network.HasResourceProperties(jsii.String("AWS::EC2::VPCEndpoint"), map[string]interface{}{"VpcEndpointType": "Interface", "PrivateDnsEnabled": true})
	network.HasResourceProperties(jsii.String("AWS::EC2::SecurityGroupIngress"), map[string]interface{}{"FromPort": 5432, "ToPort": 5432, "Description": "app to Postgres"})
}

func TestData(t *testing.T) {
	_, data, _, _ := prodApp()
	data.HasResourceProperties(jsii.String("AWS::RDS::DBInstance"), map[string]interface{}{
		"Engine": "postgres", "EngineVersion": "16.4", "MultiAZ": true, "StorageEncrypted": true,
		"VPCSecurityGroups": []interface{}{stackOutput("ProdNetwork")},
	})
	data.HasResourceProperties(jsii.String("AWS::RDS::DBInstance"), map[string]interface{}{"SourceDBInstanceIdentifier": assertions.Match_AnyValue()})
	data.HasResourceProperties(jsii.String("AWS::RDS::DBSubnetGroup"), map[string]interface{}{
		"SubnetIds": []interface{}{stackOutput("ProdNetwork"), stackOutput("ProdNetwork"), stackOutput("ProdNetwork")},
	})
	data.HasResourceProperties(jsii.String("AWS::RDS::DBParameterGroup"), map[string]interface{}{"Family": "postgres16"})
	data.HasResourceProperties(jsii.String("AWS::ElastiCache::ReplicationGroup"), map[string]interface{}{
		"NumCacheClusters": 3, "SecurityGroupIds": []interface{}{stackOutput("ProdNetwork")},
	})
	data.ResourceCountIs(jsii.String("AWS::SecretsManager::Secret"), jsii.Number(1))
	data.ResourceCountIs(jsii.String("AWS::KMS::Key"), jsii.Number(1))
}

func TestApi(t *testing.T) {
	_, _, api, _ := prodApp()
	api.ResourceCountIs(jsii.String("AWS::ApiGateway::Authorizer"), jsii.Number(2))
	api.HasResourceProperties(jsii.String("AWS::ApiGateway::Authorizer"), map[string]interface{}{"Type": "COGNITO_USER_POOLS"})
	api.HasResourceProperties(jsii.String("AWS::ApiGateway::Authorizer"), map[string]interface{}{
		"Type": "REQUEST", "IdentitySource": "method.request.header.X-Partner-Key",
	})
	api.HasResourceProperties(jsii.String("AWS::Lambda::Function"), map[string]interface{}{
		"Environment": map[string]interface{}{"Variables": assertions.Match_ObjectLike(&map[string]interface{}{"DB_HOST": stackOutput("ProdData")})},
	})
}

func TestMonitoring(t *testing.T) {
	_, _, _, monitoring := prodApp()
	monitoring.ResourceCountIs(jsii.String("AWS::CloudWatch::Alarm"), jsii.Number(4))
	monitoring.HasResourceProperties(jsii.String("AWS::CloudWatch::Alarm"), map[string]interface{}{
		"MetricName": "CPUUtilization", "Namespace": "AWS/RDS", "Threshold": 80,
		"AlarmActions": []interface{}{map[string]interface{}{"Ref": assertions.Match_AnyValue()}},
		"OKActions":    []interface{}{map[string]interface{}{"Ref": assertions.Match_AnyValue()}},
	})
	monitoring.HasResourceProperties(jsii.String("AWS::CloudWatch::Dashboard"), map[string]interface{}{"DashboardName": "orders-production"})
}
