// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0, construct for
// construct, with the same ids, order and values. The App reads CDK_OUTDIR
// and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');
const FP = logs.FilterPattern;

class LogsStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const group = new logs.LogGroup(this, 'AppLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });

    new logs.MetricFilter(this, 'Latency', {
      logGroup: group,
      filterPattern: FP.all(FP.exists('$.latency'), FP.stringValue('$.level', '=', 'INFO')),
      metricNamespace: 'App',
      metricName: 'Latency',
      metricValue: '$.latency',
      defaultValue: 0,
      dimensions: { Service: '$.service' },
    });
    group.addMetricFilter('Errors', {
      filterPattern: FP.anyTerm('ERROR', 'Exception'),
      metricNamespace: 'App',
      metricName: 'Errors',
    });

    const role = new iam.Role(this, 'DeliveryRole', {
      assumedBy: new iam.ServicePrincipal('logs.amazonaws.com'),
    });
    const dest = new logs.CrossAccountDestination(this, 'Destination', {
      role,
      targetArn: 'arn:aws:kinesis:us-east-1:111111111111:stream/central',
    });
    dest.addToPolicy(new iam.PolicyStatement({
      actions: ['logs:PutSubscriptionFilter'],
      principals: [new iam.AccountPrincipal('222222222222')],
      resources: ['*'],
    }));
    group.addSubscriptionFilter('ToCentral', {
      destination: dest,
      filterPattern: FP.spaceDelimited('ip', '...', 'status').whereNumber('status', '>=', 500),
    });

    group.addStream('Audit', { logStreamName: 'audit' });

    new logs.QueryDefinition(this, 'SlowRequests', {
      queryDefinitionName: 'slow-requests',
      queryString: new logs.QueryString({
        fields: ['@timestamp', 'latency'],
        filterStatements: ['latency > 1000'],
        sort: 'latency desc',
        limit: 20,
      }),
      logGroups: [group],
    });

    group.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      principals: [new iam.ServicePrincipal('delivery.logs.amazonaws.com')],
      resources: [group.logGroupArn],
    }));

    const reader = new iam.Role(this, 'Reader', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    group.grantRead(reader);
    group.grantWrite(reader);

    new cdk.CfnOutput(this, 'DestinationArn', { value: dest.destinationArn });
  }
}

const app = new cdk.App();
new LogsStack(app, 'LogsStack');
app.synth();
