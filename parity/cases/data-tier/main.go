// Command data-tier is the parity case for issue 17's data tier: a 3-AZ
// VPC with public, private and isolated subnets; an RDS PostgreSQL 16
// instance encrypted with a KMS key of its own, with generated credentials,
// its own subnet and parameter groups and a read replica; an ElastiCache
// Redis replication group built from L1s in the isolated subnets; and an
// Aurora PostgreSQL cluster with a serverless v2 writer and reader in the
// isolated subnets, reachable from an app security group — written as an
// aws-cdk-go user writes it, imports rewritten to Strata.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh
// turns it into expected/.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticache"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func NewDataTierStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	vpc := awsec2.NewVpc(stack, jsii.String("Vpc"), &awsec2.VpcProps{
		IpAddresses: awsec2.IpAddresses_Cidr(jsii.String("10.0.0.0/16")),
		MaxAzs:      jsii.Number(3),
		NatGateways: jsii.Number(1),
		SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
			{Name: jsii.String("public"), SubnetType: awsec2.SubnetType_PUBLIC, CidrMask: jsii.Number(24)},
			{Name: jsii.String("app"), SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS, CidrMask: jsii.Number(24)},
			{Name: jsii.String("data"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED, CidrMask: jsii.Number(24)},
		},
	})
	isolated := &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED}
	appSg := awsec2.NewSecurityGroup(stack, jsii.String("AppSg"), &awsec2.SecurityGroupProps{Vpc: vpc, Description: jsii.String("app tier")})

	// RDS PostgreSQL 16 with a replica.
	key := awskms.NewKey(stack, jsii.String("DbKey"), &awskms.KeyProps{EnableKeyRotation: jsii.Bool(true)})
	engine := awsrds.DatabaseInstanceEngine_Postgres(&awsrds.PostgresInstanceEngineProps{Version: awsrds.PostgresEngineVersion_VER_16_4()})
	subnets := awsrds.NewSubnetGroup(stack, jsii.String("DbSubnets"), &awsrds.SubnetGroupProps{
		Description: jsii.String("database subnets"), Vpc: vpc, VpcSubnets: isolated,
	})
	params := awsrds.NewParameterGroup(stack, jsii.String("DbParams"), &awsrds.ParameterGroupProps{
		Engine:     engine,
		Parameters: &map[string]*string{"log_min_duration_statement": jsii.String("500")},
	})
	db := awsrds.NewDatabaseInstance(stack, jsii.String("Database"), &awsrds.DatabaseInstanceProps{
		Engine:               engine,
		Vpc:                  vpc,
		SubnetGroup:          subnets,
		ParameterGroup:       params,
		InstanceType:         awsec2.InstanceType_Of(awsec2.InstanceClass_T4G, awsec2.InstanceSize_MEDIUM),
		Credentials:          awsrds.Credentials_FromGeneratedSecret(jsii.String("app"), nil),
		StorageEncryptionKey: key,
		AllocatedStorage:     jsii.Number(50),
		MultiAz:              jsii.Bool(true),
		BackupRetention:      awscdk.Duration_Days(jsii.Number(7)),
	})
	db.Connections().AllowDefaultPortFrom(appSg, jsii.String("app to database"))
	awsrds.NewDatabaseInstanceReadReplica(stack, jsii.String("Replica"), &awsrds.DatabaseInstanceReadReplicaProps{
		SourceDatabaseInstance: db,
		InstanceType:           awsec2.InstanceType_Of(awsec2.InstanceClass_T4G, awsec2.InstanceSize_MEDIUM),
		Vpc:                    vpc,
		VpcSubnets:             isolated,
	})

	// ElastiCache from L1s in the isolated subnets.
	cacheSg := awsec2.NewSecurityGroup(stack, jsii.String("CacheSg"), &awsec2.SecurityGroupProps{Vpc: vpc, Description: jsii.String("cache tier")})
	cacheSg.AddIngressRule(appSg, awsec2.Port_Tcp(jsii.Number(6379)), jsii.String("app to cache"), nil)
	var subnetIds []interface{}
	for _, id := range *vpc.SelectSubnets(isolated).SubnetIds {
		subnetIds = append(subnetIds, id)
	}
	cacheSubnets := awselasticache.NewCfnSubnetGroup(stack, jsii.String("CacheSubnets"), &awselasticache.CfnSubnetGroupProps{
		Description: jsii.String("cache subnets"),
		SubnetIds:   &subnetIds,
	})
	awselasticache.NewCfnReplicationGroup(stack, jsii.String("Cache"), &awselasticache.CfnReplicationGroupProps{
		ReplicationGroupDescription: jsii.String("sessions"),
		Engine:                      jsii.String("redis"),
		CacheNodeType:               jsii.String("cache.t4g.small"),
		NumCacheClusters:            jsii.Number(2),
		AutomaticFailoverEnabled:    jsii.Bool(true),
		TransitEncryptionEnabled:    jsii.Bool(true),
		AtRestEncryptionEnabled:     jsii.Bool(true),
		CacheSubnetGroupName:        cacheSubnets.Ref(),
		SecurityGroupIds:            jsii.Strings(*cacheSg.SecurityGroupId()),
	})

	// Aurora PostgreSQL, serverless v2 writer and reader.
	cluster := awsrds.NewDatabaseCluster(stack, jsii.String("Cluster"), &awsrds.DatabaseClusterProps{
		Engine:                  awsrds.DatabaseClusterEngine_AuroraPostgres(&awsrds.AuroraPostgresClusterEngineProps{Version: awsrds.AuroraPostgresEngineVersion_VER_16_4()}),
		Writer:                  awsrds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil),
		Readers:                 &[]awsrds.IClusterInstance{awsrds.ClusterInstance_ServerlessV2(jsii.String("reader"), &awsrds.ServerlessV2ClusterInstanceProps{ScaleWithWriter: jsii.Bool(true)})},
		ServerlessV2MinCapacity: jsii.Number(0.5),
		ServerlessV2MaxCapacity: jsii.Number(4),
		Vpc:                     vpc,
		VpcSubnets:              isolated,
		DefaultDatabaseName:     jsii.String("app"),
	})
	cluster.Connections().AllowDefaultPortFrom(appSg, jsii.String("app to cluster"))

	awscdk.NewCfnOutput(stack, jsii.String("DbEndpoint"), &awscdk.CfnOutputProps{Value: db.DbInstanceEndpointAddress()})
	awscdk.NewCfnOutput(stack, jsii.String("ClusterEndpoint"), &awscdk.CfnOutputProps{Value: cluster.ClusterEndpoint().Hostname()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewDataTierStack(app, "DataTierStack", &awscdk.StackProps{
		Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("eu-west-1")},
	})
	app.Synth(nil)
}
