// JavaScript twin of examples/production-stacks on aws-cdk-lib 2.276.0,
// construct for construct, with the same ids, order and values. It runs in
// the example's directory. The App reads CDK_OUTDIR and CDK_CONTEXT_JSON, as
// an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const apigateway = require('aws-cdk-lib/aws-apigateway');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');
const cognito = require('aws-cdk-lib/aws-cognito');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elasticache = require('aws-cdk-lib/aws-elasticache');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const rds = require('aws-cdk-lib/aws-rds');
const sns = require('aws-cdk-lib/aws-sns');

class NetworkStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const flowLogs = new logs.LogGroup(this, 'FlowLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
      availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
        { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
      flowLogs: {
        All: {
          destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogs),
          trafficType: ec2.FlowLogTrafficType.ALL,
        },
      },
    });
    vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
    vpc.addGatewayEndpoint('DynamoDb', { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB });
    vpc.addInterfaceEndpoint('SecretsManager', {
      service: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    });

    const albSg = new ec2.SecurityGroup(this, 'AlbSg', { vpc, description: 'Load balancer tier' });
    albSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.HTTPS, 'HTTPS from the internet');

    const appSg = new ec2.SecurityGroup(this, 'AppSg', { vpc, description: 'Application tier' });
    appSg.connections.allowFrom(albSg, ec2.Port.tcp(8080), 'ALB to app');

    const dbSg = new ec2.SecurityGroup(this, 'DbSg', { vpc, description: 'Database tier', allowAllOutbound: false });
    dbSg.addIngressRule(appSg, ec2.Port.POSTGRES, 'app to Postgres');

    const cacheSg = new ec2.SecurityGroup(this, 'CacheSg', { vpc, description: 'Cache tier', allowAllOutbound: false });
    cacheSg.addIngressRule(appSg, ec2.Port.tcp(6379), 'app to Redis');

    this.vpc = vpc;
    this.albSg = albSg;
    this.appSg = appSg;
    this.dbSg = dbSg;
    this.cacheSg = cacheSg;
  }
}

class DatabaseStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const isolated = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
    const instanceType = ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE);

    const key = new kms.Key(this, 'DbKey', {
      description: 'Encrypts the orders database',
      enableKeyRotation: true,
    });
    const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 });
    const subnetGroup = new rds.SubnetGroup(this, 'DbSubnets', {
      description: 'Isolated subnets of the orders database',
      vpc: props.vpc,
      vpcSubnets: isolated,
    });
    const params = new rds.ParameterGroup(this, 'DbParams', {
      engine,
      parameters: {
        'log_min_duration_statement': '500',
        'rds.force_ssl': '1',
      },
    });
    const db = new rds.DatabaseInstance(this, 'Database', {
      engine,
      instanceType,
      vpc: props.vpc,
      subnetGroup,
      securityGroups: [props.dbSg],
      parameterGroup: params,
      credentials: rds.Credentials.fromGeneratedSecret('orders'),
      databaseName: 'orders',
      storageEncryptionKey: key,
      allocatedStorage: 100,
      maxAllocatedStorage: 500,
      multiAz: true,
      backupRetention: cdk.Duration.days(14),
      deletionProtection: true,
      cloudwatchLogsExports: ['postgresql'],
      enablePerformanceInsights: true,
    });
    const replica = new rds.DatabaseInstanceReadReplica(this, 'Replica', {
      sourceDatabaseInstance: db,
      instanceType,
      vpc: props.vpc,
      vpcSubnets: isolated,
      securityGroups: [props.dbSg],
      deletionProtection: true,
    });

    const cacheSubnetIds = [];
    for (const id of props.vpc.selectSubnets(isolated).subnetIds) cacheSubnetIds.push(id);
    const cacheSubnets = new elasticache.CfnSubnetGroup(this, 'CacheSubnets', {
      description: 'Isolated subnets of the session cache',
      subnetIds: cacheSubnetIds,
    });
    const cache = new elasticache.CfnReplicationGroup(this, 'Cache', {
      replicationGroupDescription: 'Session cache',
      engine: 'redis',
      engineVersion: '7.1',
      cacheNodeType: 'cache.r6g.large',
      numCacheClusters: 3,
      automaticFailoverEnabled: true,
      multiAzEnabled: true,
      transitEncryptionEnabled: true,
      atRestEncryptionEnabled: true,
      cacheSubnetGroupName: cacheSubnets.ref,
      securityGroupIds: [props.cacheSg.securityGroupId],
    });

    new cdk.CfnOutput(this, 'DbEndpoint', { value: db.dbInstanceEndpointAddress });
    new cdk.CfnOutput(this, 'CacheEndpoint', { value: cache.attrPrimaryEndPointAddress });
    this.database = db;
    this.replica = replica;
    this.cache = cache;
  }
}

class ApiStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const users = new cognito.UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      passwordPolicy: { minLength: 14, requireSymbols: true },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
    });
    const client = users.addClient('WebClient', {
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
    });

    const table = new dynamodb.Table(this, 'Orders', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    });

    const ordersFn = new lambda.Function(this, 'OrdersFn', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async (e) => ({ statusCode: 200, body: JSON.stringify({ path: e.path }) });'),
      environment: {
        DB_HOST: props.database.dbInstanceEndpointAddress,
        TABLE_NAME: table.tableName,
      },
      memorySize: 1024,
      timeout: cdk.Duration.seconds(15),
      tracing: lambda.Tracing.ACTIVE,
    });
    table.grantReadWriteData(ordersFn);
    props.database.secret.grantRead(ordersFn);

    const authFn = new lambda.Function(this, 'PartnerAuthFn', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline("exports.handler = async (e) => ({ principalId: 'partner', policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: e.headers['x-partner-key'] ? 'Allow' : 'Deny', Resource: e.methodArn }] } });"),
      tracing: lambda.Tracing.ACTIVE,
    });

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
    });
    const api = new apigateway.RestApi(this, 'Api', {
      restApiName: 'orders-api',
      deployOptions: {
        stageName: 'prod',
        throttlingRateLimit: 500,
        throttlingBurstLimit: 1000,
        metricsEnabled: true,
        tracingEnabled: true,
        accessLogDestination: new apigateway.LogGroupLogDestination(accessLogs),
        accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
      },
    });
    const userAuth = new apigateway.CognitoUserPoolsAuthorizer(this, 'UserAuth', {
      cognitoUserPools: [users],
    });
    const partnerAuth = new apigateway.RequestAuthorizer(this, 'PartnerAuth', {
      handler: authFn,
      identitySources: [apigateway.IdentitySource.header('X-Partner-Key')],
      resultsCacheTtl: cdk.Duration.minutes(5),
    });

    const integration = new apigateway.LambdaIntegration(ordersFn);
    const orders = api.root.addResource('orders');
    orders.addMethod('GET', integration, { authorizer: userAuth });
    orders.addMethod('POST', integration, { authorizer: userAuth });
    orders.addResource('{id}').addMethod('GET', integration, { authorizer: userAuth });
    api.root.addResource('partners').addMethod('POST', integration, { authorizer: partnerAuth });

    new cdk.CfnOutput(this, 'ApiUrl', { value: api.url });
    new cdk.CfnOutput(this, 'UserPoolId', { value: users.userPoolId });
    new cdk.CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
    this.api = api;
    this.table = table;
  }
}

class MonitoringStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const alerts = new sns.Topic(this, 'Alerts', { displayName: 'Production alerts' });
    const notify = new actions.SnsAction(alerts);

    const fiveMinutes = cdk.Duration.minutes(5);
    const dbCpu = props.database.metricCPUUtilization({ period: fiveMinutes });
    const dbConnections = props.database.metricDatabaseConnections();
    const dbStorage = props.database.metricFreeStorageSpace();
    const apiErrors = props.api.metricServerError({ period: cdk.Duration.minutes(1) });
    const apiLatency = props.api.metricLatency({ statistic: 'p99' });

    const dbCpuAlarm = new cloudwatch.Alarm(this, 'DbCpu', {
      metric: dbCpu,
      threshold: 80,
      evaluationPeriods: 3,
      alarmDescription: 'Database CPU above 80% for 15 minutes',
    });
    const dbStorageAlarm = dbStorage.createAlarm(this, 'DbStorage', {
      threshold: 10 * 1024 * 1024 * 1024,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      alarmDescription: 'Less than 10 GiB of database storage left',
    });
    const apiErrorsAlarm = apiErrors.createAlarm(this, 'ApiErrors', {
      threshold: 5,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    const apiLatencyAlarm = apiLatency.createAlarm(this, 'ApiLatency', {
      threshold: 1500,
      evaluationPeriods: 5,
    });
    for (const alarm of [dbCpuAlarm, dbStorageAlarm, apiErrorsAlarm, apiLatencyAlarm]) {
      alarm.addAlarmAction(notify);
      alarm.addOkAction(notify);
    }

    const dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: 'orders-production',
      defaultInterval: cdk.Duration.hours(6),
    });
    dashboard.addWidgets(new cloudwatch.TextWidget({
      markdown: '# Orders\nDatabase, API and table.',
      width: 24,
      height: 1,
    }));
    const cpuAnnotation = dbCpuAlarm.toAnnotation();
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Database CPU and connections',
        left: [dbCpu],
        right: [dbConnections],
        // The annotation crosses jsii as aws-cdk-go's HorizontalAnnotation
        // struct, whose fields come back in its declaration order.
        leftAnnotations: [{ value: cpuAnnotation.value, label: cpuAnnotation.label }],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'API errors and p99 latency',
        left: [apiErrors],
        right: [apiLatency],
        width: 12,
      }),
    );
    dashboard.addWidgets(
      new cloudwatch.SingleValueWidget({
        title: 'Free storage',
        metrics: [dbStorage],
      }),
      new cloudwatch.GraphWidget({
        title: 'Table capacity',
        left: [
          props.table.metricConsumedReadCapacityUnits(),
          props.table.metricConsumedWriteCapacityUnits(),
        ],
      }),
      new cloudwatch.AlarmStatusWidget({
        alarms: [dbCpuAlarm, dbStorageAlarm, apiErrorsAlarm, apiLatencyAlarm],
        width: 6,
      }),
    );

    new cdk.CfnOutput(this, 'AlertsTopic', { value: alerts.topicArn });
  }
}

const app = new cdk.App();
const env = { account: '123456789012', region: 'eu-west-1' };

const network = new NetworkStack(app, 'ProdNetwork', { env });
const data = new DatabaseStack(app, 'ProdData', {
  env,
  vpc: network.vpc,
  dbSg: network.dbSg,
  cacheSg: network.cacheSg,
});
const api = new ApiStack(app, 'ProdApi', {
  env,
  database: data.database,
});
new MonitoringStack(app, 'ProdMonitoring', {
  env,
  database: data.database,
  api: api.api,
  table: api.table,
});

app.synth();
