// Command production-stacks is the "production stacks" app of the
// developers' guide: four stacks that hand their resources to each other
// through props structs, as production CDK apps are split.
//
//   - NetworkStack: a 3-AZ VPC on 10.0.0.0/16 with explicit availability
//     zones, public, private-with-egress and isolated /24 tiers, one NAT
//     gateway, a flow log to a log group, S3 and DynamoDB gateway endpoints,
//     a Secrets Manager interface endpoint, and tiered security groups
//     (ALB -> app -> database and cache).
//   - DatabaseStack: RDS PostgreSQL 16 encrypted with a KMS key, generated
//     credentials, its own subnet and parameter groups and a read replica;
//     an ElastiCache Redis replication group from L1s in the isolated
//     subnets, guarded by the cache security group.
//   - ApiStack: a Cognito user pool and client, a DynamoDB table, a REST API
//     with a Cognito authorizer and a Lambda request authorizer, its
//     function reading the database's endpoint and secret.
//   - MonitoringStack: an SNS topic, alarms on the database and the API with
//     SNS actions for ALARM and OK, and a dashboard.
//
// References between the stacks are weak under the cdk init flags
// (Fn::GetStackOutput), as in aws-cdk-lib.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscloudwatchactions"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticache"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// NetworkStack owns the VPC and the security groups of every tier.
type NetworkStack struct {
	awscdk.Stack
	Vpc     awsec2.Vpc
	AlbSg   awsec2.SecurityGroup
	AppSg   awsec2.SecurityGroup
	DbSg    awsec2.SecurityGroup
	CacheSg awsec2.SecurityGroup
}

// NewNetworkStack builds the VPC and the security-group tiers.
func NewNetworkStack(scope constructs.Construct, id string, props *awscdk.StackProps) *NetworkStack {
	stack := awscdk.NewStack(scope, &id, props)

	flowLogs := awslogs.NewLogGroup(stack, jsii.String("FlowLogs"), &awslogs.LogGroupProps{
		Retention:     awslogs.RetentionDays_THREE_MONTHS,
		RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
	})
	vpc := awsec2.NewVpc(stack, jsii.String("Vpc"), &awsec2.VpcProps{
		IpAddresses:       awsec2.IpAddresses_Cidr(jsii.String("10.0.0.0/16")),
		AvailabilityZones: jsii.Strings("eu-west-1a", "eu-west-1b", "eu-west-1c"),
		NatGateways:       jsii.Number(1),
		SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
			{Name: jsii.String("public"), SubnetType: awsec2.SubnetType_PUBLIC, CidrMask: jsii.Number(24)},
			{Name: jsii.String("app"), SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS, CidrMask: jsii.Number(24)},
			{Name: jsii.String("data"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED, CidrMask: jsii.Number(24)},
		},
		FlowLogs: &map[string]*awsec2.FlowLogOptions{
			"All": {
				Destination: awsec2.FlowLogDestination_ToCloudWatchLogs(flowLogs, nil),
				TrafficType: awsec2.FlowLogTrafficType_ALL,
			},
		},
	})
	vpc.AddGatewayEndpoint(jsii.String("S3"), &awsec2.GatewayVpcEndpointOptions{Service: awsec2.GatewayVpcEndpointAwsService_S3()})
	vpc.AddGatewayEndpoint(jsii.String("DynamoDb"), &awsec2.GatewayVpcEndpointOptions{Service: awsec2.GatewayVpcEndpointAwsService_DYNAMODB()})
	vpc.AddInterfaceEndpoint(jsii.String("SecretsManager"), &awsec2.InterfaceVpcEndpointOptions{
		Service: awsec2.InterfaceVpcEndpointAwsService_SECRETS_MANAGER(),
		Subnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS},
	})

	albSg := awsec2.NewSecurityGroup(stack, jsii.String("AlbSg"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Load balancer tier"),
	})
	albSg.AddIngressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_HTTPS(), jsii.String("HTTPS from the internet"), nil)

	appSg := awsec2.NewSecurityGroup(stack, jsii.String("AppSg"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Application tier"),
	})
	appSg.Connections().AllowFrom(albSg, awsec2.Port_Tcp(jsii.Number(8080)), jsii.String("ALB to app"))

	dbSg := awsec2.NewSecurityGroup(stack, jsii.String("DbSg"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Database tier"), AllowAllOutbound: jsii.Bool(false),
	})
	dbSg.AddIngressRule(appSg, awsec2.Port_POSTGRES(), jsii.String("app to Postgres"), nil)

	cacheSg := awsec2.NewSecurityGroup(stack, jsii.String("CacheSg"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Cache tier"), AllowAllOutbound: jsii.Bool(false),
	})
	cacheSg.AddIngressRule(appSg, awsec2.Port_Tcp(jsii.Number(6379)), jsii.String("app to Redis"), nil)

	return &NetworkStack{Stack: stack, Vpc: vpc, AlbSg: albSg, AppSg: appSg, DbSg: dbSg, CacheSg: cacheSg}
}

// DatabaseStackProps hands the network over to the data tier.
type DatabaseStackProps struct {
	awscdk.StackProps
	Vpc     awsec2.IVpc
	DbSg    awsec2.ISecurityGroup
	CacheSg awsec2.ISecurityGroup
}

// DatabaseStack owns the Postgres instance, its replica and the cache.
type DatabaseStack struct {
	awscdk.Stack
	Database awsrds.DatabaseInstance
	Replica  awsrds.DatabaseInstanceReadReplica
	Cache    awselasticache.CfnReplicationGroup
}

// NewDatabaseStack builds the data tier in the isolated subnets.
func NewDatabaseStack(scope constructs.Construct, id string, props *DatabaseStackProps) *DatabaseStack {
	stack := awscdk.NewStack(scope, &id, &props.StackProps)
	isolated := &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED}
	instanceType := awsec2.InstanceType_Of(awsec2.InstanceClass_R6G, awsec2.InstanceSize_LARGE)

	key := awskms.NewKey(stack, jsii.String("DbKey"), &awskms.KeyProps{
		Description:       jsii.String("Encrypts the orders database"),
		EnableKeyRotation: jsii.Bool(true),
	})
	engine := awsrds.DatabaseInstanceEngine_Postgres(&awsrds.PostgresInstanceEngineProps{Version: awsrds.PostgresEngineVersion_VER_16_4()})
	subnetGroup := awsrds.NewSubnetGroup(stack, jsii.String("DbSubnets"), &awsrds.SubnetGroupProps{
		Description: jsii.String("Isolated subnets of the orders database"),
		Vpc:         props.Vpc,
		VpcSubnets:  isolated,
	})
	params := awsrds.NewParameterGroup(stack, jsii.String("DbParams"), &awsrds.ParameterGroupProps{
		Engine: engine,
		Parameters: &map[string]*string{
			"log_min_duration_statement": jsii.String("500"),
			"rds.force_ssl":              jsii.String("1"),
		},
	})
	db := awsrds.NewDatabaseInstance(stack, jsii.String("Database"), &awsrds.DatabaseInstanceProps{
		Engine:                    engine,
		InstanceType:              instanceType,
		Vpc:                       props.Vpc,
		SubnetGroup:               subnetGroup,
		SecurityGroups:            &[]awsec2.ISecurityGroup{props.DbSg},
		ParameterGroup:            params,
		Credentials:               awsrds.Credentials_FromGeneratedSecret(jsii.String("orders"), nil),
		DatabaseName:              jsii.String("orders"),
		StorageEncryptionKey:      key,
		AllocatedStorage:          jsii.Number(100),
		MaxAllocatedStorage:       jsii.Number(500),
		MultiAz:                   jsii.Bool(true),
		BackupRetention:           awscdk.Duration_Days(jsii.Number(14)),
		DeletionProtection:        jsii.Bool(true),
		CloudwatchLogsExports:     jsii.Strings("postgresql"),
		EnablePerformanceInsights: jsii.Bool(true),
	})
	replica := awsrds.NewDatabaseInstanceReadReplica(stack, jsii.String("Replica"), &awsrds.DatabaseInstanceReadReplicaProps{
		SourceDatabaseInstance: db,
		InstanceType:           instanceType,
		Vpc:                    props.Vpc,
		VpcSubnets:             isolated,
		SecurityGroups:         &[]awsec2.ISecurityGroup{props.DbSg},
		DeletionProtection:     jsii.Bool(true),
	})

	var cacheSubnetIds []interface{}
	for _, id := range *props.Vpc.SelectSubnets(isolated).SubnetIds {
		cacheSubnetIds = append(cacheSubnetIds, id)
	}
	cacheSubnets := awselasticache.NewCfnSubnetGroup(stack, jsii.String("CacheSubnets"), &awselasticache.CfnSubnetGroupProps{
		Description: jsii.String("Isolated subnets of the session cache"),
		SubnetIds:   &cacheSubnetIds,
	})
	cache := awselasticache.NewCfnReplicationGroup(stack, jsii.String("Cache"), &awselasticache.CfnReplicationGroupProps{
		ReplicationGroupDescription: jsii.String("Session cache"),
		Engine:                      jsii.String("redis"),
		EngineVersion:               jsii.String("7.1"),
		CacheNodeType:               jsii.String("cache.r6g.large"),
		NumCacheClusters:            jsii.Number(3),
		AutomaticFailoverEnabled:    jsii.Bool(true),
		MultiAzEnabled:              jsii.Bool(true),
		TransitEncryptionEnabled:    jsii.Bool(true),
		AtRestEncryptionEnabled:     jsii.Bool(true),
		CacheSubnetGroupName:        cacheSubnets.Ref(),
		SecurityGroupIds:            &[]*string{props.CacheSg.SecurityGroupId()},
	})

	awscdk.NewCfnOutput(stack, jsii.String("DbEndpoint"), &awscdk.CfnOutputProps{Value: db.DbInstanceEndpointAddress()})
	awscdk.NewCfnOutput(stack, jsii.String("CacheEndpoint"), &awscdk.CfnOutputProps{Value: cache.AttrPrimaryEndPointAddress()})
	return &DatabaseStack{Stack: stack, Database: db, Replica: replica, Cache: cache}
}

// ApiStackProps hands the database over to the API.
type ApiStackProps struct {
	awscdk.StackProps
	Database awsrds.DatabaseInstance
}

// ApiStack owns the user pool, the table and the REST API.
type ApiStack struct {
	awscdk.Stack
	Api   awsapigateway.RestApi
	Table awsdynamodb.Table
}

// NewApiStack builds the REST API with its two authorizers.
func NewApiStack(scope constructs.Construct, id string, props *ApiStackProps) *ApiStack {
	stack := awscdk.NewStack(scope, &id, &props.StackProps)

	users := awscognito.NewUserPool(stack, jsii.String("Users"), &awscognito.UserPoolProps{
		SelfSignUpEnabled: jsii.Bool(false),
		SignInAliases:     &awscognito.SignInAliases{Email: jsii.Bool(true)},
		PasswordPolicy:    &awscognito.PasswordPolicy{MinLength: jsii.Number(14), RequireSymbols: jsii.Bool(true)},
		AccountRecovery:   awscognito.AccountRecovery_EMAIL_ONLY,
	})
	client := users.AddClient(jsii.String("WebClient"), &awscognito.UserPoolClientOptions{
		AuthFlows:                  &awscognito.AuthFlow{UserSrp: jsii.Bool(true)},
		PreventUserExistenceErrors: jsii.Bool(true),
	})

	table := awsdynamodb.NewTable(stack, jsii.String("Orders"), &awsdynamodb.TableProps{
		PartitionKey: &awsdynamodb.Attribute{Name: jsii.String("pk"), Type: awsdynamodb.AttributeType_STRING},
		SortKey:      &awsdynamodb.Attribute{Name: jsii.String("sk"), Type: awsdynamodb.AttributeType_STRING},
		BillingMode:  awsdynamodb.BillingMode_PAY_PER_REQUEST,
		PointInTimeRecoverySpecification: &awsdynamodb.PointInTimeRecoverySpecification{
			PointInTimeRecoveryEnabled: jsii.Bool(true),
		},
	})

	ordersFn := awslambda.NewFunction(stack, jsii.String("OrdersFn"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_22_X(),
		Handler: jsii.String("index.handler"),
		Code:    awslambda.Code_FromInline(jsii.String(`exports.handler = async (e) => ({ statusCode: 200, body: JSON.stringify({ path: e.path }) });`)),
		Environment: &map[string]*string{
			"DB_HOST":    props.Database.DbInstanceEndpointAddress(),
			"TABLE_NAME": table.TableName(),
		},
		MemorySize: jsii.Number(1024),
		Timeout:    awscdk.Duration_Seconds(jsii.Number(15)),
		Tracing:    awslambda.Tracing_ACTIVE,
	})
	table.GrantReadWriteData(ordersFn)
	props.Database.Secret().GrantRead(ordersFn, nil)

	authFn := awslambda.NewFunction(stack, jsii.String("PartnerAuthFn"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_22_X(),
		Handler: jsii.String("index.handler"),
		Code:    awslambda.Code_FromInline(jsii.String(`exports.handler = async (e) => ({ principalId: 'partner', policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: e.headers['x-partner-key'] ? 'Allow' : 'Deny', Resource: e.methodArn }] } });`)),
		Tracing: awslambda.Tracing_ACTIVE,
	})

	accessLogs := awslogs.NewLogGroup(stack, jsii.String("AccessLogs"), &awslogs.LogGroupProps{
		Retention: awslogs.RetentionDays_THREE_MONTHS,
	})
	api := awsapigateway.NewRestApi(stack, jsii.String("Api"), &awsapigateway.RestApiProps{
		RestApiName: jsii.String("orders-api"),
		DeployOptions: &awsapigateway.StageOptions{
			StageName:            jsii.String("prod"),
			ThrottlingRateLimit:  jsii.Number(500),
			ThrottlingBurstLimit: jsii.Number(1000),
			MetricsEnabled:       jsii.Bool(true),
			TracingEnabled:       jsii.Bool(true),
			AccessLogDestination: awsapigateway.NewLogGroupLogDestination(accessLogs),
			AccessLogFormat:      awsapigateway.AccessLogFormat_JsonWithStandardFields(nil),
		},
	})
	userAuth := awsapigateway.NewCognitoUserPoolsAuthorizer(stack, jsii.String("UserAuth"), &awsapigateway.CognitoUserPoolsAuthorizerProps{
		CognitoUserPools: &[]awscognito.IUserPool{users},
	})
	partnerAuth := awsapigateway.NewRequestAuthorizer(stack, jsii.String("PartnerAuth"), &awsapigateway.RequestAuthorizerProps{
		Handler:         authFn,
		IdentitySources: &[]*string{awsapigateway.IdentitySource_Header(jsii.String("X-Partner-Key"))},
		ResultsCacheTtl: awscdk.Duration_Minutes(jsii.Number(5)),
	})

	integration := awsapigateway.NewLambdaIntegration(ordersFn, nil)
	orders := api.Root().AddResource(jsii.String("orders"), nil)
	orders.AddMethod(jsii.String("GET"), integration, &awsapigateway.MethodOptions{Authorizer: userAuth})
	orders.AddMethod(jsii.String("POST"), integration, &awsapigateway.MethodOptions{Authorizer: userAuth})
	orders.AddResource(jsii.String("{id}"), nil).AddMethod(jsii.String("GET"), integration, &awsapigateway.MethodOptions{Authorizer: userAuth})
	api.Root().AddResource(jsii.String("partners"), nil).AddMethod(jsii.String("POST"), integration, &awsapigateway.MethodOptions{Authorizer: partnerAuth})

	awscdk.NewCfnOutput(stack, jsii.String("ApiUrl"), &awscdk.CfnOutputProps{Value: api.Url()})
	awscdk.NewCfnOutput(stack, jsii.String("UserPoolId"), &awscdk.CfnOutputProps{Value: users.UserPoolId()})
	awscdk.NewCfnOutput(stack, jsii.String("UserPoolClientId"), &awscdk.CfnOutputProps{Value: client.UserPoolClientId()})
	return &ApiStack{Stack: stack, Api: api, Table: table}
}

// MonitoringStackProps hands the monitored resources over.
type MonitoringStackProps struct {
	awscdk.StackProps
	Database awsrds.DatabaseInstance
	Api      awsapigateway.RestApi
	Table    awsdynamodb.Table
}

// NewMonitoringStack builds the alarms, their SNS actions and the dashboard.
func NewMonitoringStack(scope constructs.Construct, id string, props *MonitoringStackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, &props.StackProps)

	alerts := awssns.NewTopic(stack, jsii.String("Alerts"), &awssns.TopicProps{DisplayName: jsii.String("Production alerts")})
	notify := awscloudwatchactions.NewSnsAction(alerts)

	fiveMinutes := awscdk.Duration_Minutes(jsii.Number(5))
	dbCpu := props.Database.MetricCPUUtilization(&awscloudwatch.MetricOptions{Period: fiveMinutes})
	dbConnections := props.Database.MetricDatabaseConnections(nil)
	dbStorage := props.Database.MetricFreeStorageSpace(nil)
	apiErrors := props.Api.MetricServerError(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))})
	apiLatency := props.Api.MetricLatency(&awscloudwatch.MetricOptions{Statistic: jsii.String("p99")})

	dbCpuAlarm := awscloudwatch.NewAlarm(stack, jsii.String("DbCpu"), &awscloudwatch.AlarmProps{
		Metric:            dbCpu,
		Threshold:         jsii.Number(80),
		EvaluationPeriods: jsii.Number(3),
		AlarmDescription:  jsii.String("Database CPU above 80% for 15 minutes"),
	})
	dbStorageAlarm := dbStorage.CreateAlarm(stack, jsii.String("DbStorage"), &awscloudwatch.CreateAlarmOptions{
		Threshold:          jsii.Number(10 * 1024 * 1024 * 1024),
		EvaluationPeriods:  jsii.Number(1),
		ComparisonOperator: awscloudwatch.ComparisonOperator_LESS_THAN_THRESHOLD,
		AlarmDescription:   jsii.String("Less than 10 GiB of database storage left"),
	})
	apiErrorsAlarm := apiErrors.CreateAlarm(stack, jsii.String("ApiErrors"), &awscloudwatch.CreateAlarmOptions{
		Threshold:         jsii.Number(5),
		EvaluationPeriods: jsii.Number(3),
		DatapointsToAlarm: jsii.Number(2),
		TreatMissingData:  awscloudwatch.TreatMissingData_NOT_BREACHING,
	})
	apiLatencyAlarm := apiLatency.CreateAlarm(stack, jsii.String("ApiLatency"), &awscloudwatch.CreateAlarmOptions{
		Threshold:         jsii.Number(1500),
		EvaluationPeriods: jsii.Number(5),
	})
	for _, alarm := range []awscloudwatch.Alarm{dbCpuAlarm, dbStorageAlarm, apiErrorsAlarm, apiLatencyAlarm} {
		alarm.AddAlarmAction(notify)
		alarm.AddOkAction(notify)
	}

	dashboard := awscloudwatch.NewDashboard(stack, jsii.String("Dashboard"), &awscloudwatch.DashboardProps{
		DashboardName:   jsii.String("orders-production"),
		DefaultInterval: awscdk.Duration_Hours(jsii.Number(6)),
	})
	dashboard.AddWidgets(awscloudwatch.NewTextWidget(&awscloudwatch.TextWidgetProps{
		Markdown: jsii.String("# Orders\nDatabase, API and table."),
		Width:    jsii.Number(24),
		Height:   jsii.Number(1),
	}))
	dashboard.AddWidgets(
		awscloudwatch.NewGraphWidget(&awscloudwatch.GraphWidgetProps{
			Title:           jsii.String("Database CPU and connections"),
			Left:            &[]awscloudwatch.IMetric{dbCpu},
			Right:           &[]awscloudwatch.IMetric{dbConnections},
			LeftAnnotations: &[]*awscloudwatch.HorizontalAnnotation{dbCpuAlarm.ToAnnotation()},
			Width:           jsii.Number(12),
		}),
		awscloudwatch.NewGraphWidget(&awscloudwatch.GraphWidgetProps{
			Title: jsii.String("API errors and p99 latency"),
			Left:  &[]awscloudwatch.IMetric{apiErrors},
			Right: &[]awscloudwatch.IMetric{apiLatency},
			Width: jsii.Number(12),
		}),
	)
	dashboard.AddWidgets(
		awscloudwatch.NewSingleValueWidget(&awscloudwatch.SingleValueWidgetProps{
			Title:   jsii.String("Free storage"),
			Metrics: &[]awscloudwatch.IMetric{dbStorage},
		}),
		awscloudwatch.NewGraphWidget(&awscloudwatch.GraphWidgetProps{
			Title: jsii.String("Table capacity"),
			Left: &[]awscloudwatch.IMetric{
				props.Table.MetricConsumedReadCapacityUnits(nil),
				props.Table.MetricConsumedWriteCapacityUnits(nil),
			},
		}),
		awscloudwatch.NewAlarmStatusWidget(&awscloudwatch.AlarmStatusWidgetProps{
			Alarms: &[]interfacesawscloudwatch.IAlarmRef{dbCpuAlarm, dbStorageAlarm, apiErrorsAlarm, apiLatencyAlarm},
			Width:  jsii.Number(6),
		}),
	)

	awscdk.NewCfnOutput(stack, jsii.String("AlertsTopic"), &awscdk.CfnOutputProps{Value: alerts.TopicArn()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	buildApp(app)
	app.Synth(nil)
}

// buildApp adds the four stacks, wired through their props, to app.
func buildApp(app awscdk.App) {
	env := &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("eu-west-1")}

	network := NewNetworkStack(app, "ProdNetwork", &awscdk.StackProps{Env: env})
	data := NewDatabaseStack(app, "ProdData", &DatabaseStackProps{
		StackProps: awscdk.StackProps{Env: env},
		Vpc:        network.Vpc,
		DbSg:       network.DbSg,
		CacheSg:    network.CacheSg,
	})
	api := NewApiStack(app, "ProdApi", &ApiStackProps{
		StackProps: awscdk.StackProps{Env: env},
		Database:   data.Database,
	})
	NewMonitoringStack(app, "ProdMonitoring", &MonitoringStackProps{
		StackProps: awscdk.StackProps{Env: env},
		Database:   data.Database,
		Api:        api.Api,
		Table:      api.Table,
	})
}
