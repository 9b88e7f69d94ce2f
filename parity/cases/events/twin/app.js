// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0, construct for
// construct, with the same ids, order and values. The App reads CDK_OUTDIR
// and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

class EventsStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const cleanup = new lambda.Function(this, 'Cleanup', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline("def handler(event, context):\n    return {'cleaned': True}\n"),
      timeout: cdk.Duration.minutes(1),
    });
    new events.Rule(this, 'Nightly', {
      description: 'Runs the cleanup every night',
      schedule: events.Schedule.cron({ minute: '0', hour: '3' }),
      targets: [new targets.LambdaFunction(cleanup, { event: events.RuleTargetInput.fromObject({ mode: 'full' }) })],
    });
    const every = new events.Rule(this, 'Every5Minutes', { schedule: events.Schedule.rate(cdk.Duration.minutes(5)) });
    every.addTarget(new targets.LambdaFunction(cleanup, { retryAttempts: 2, maxEventAge: cdk.Duration.hours(1) }));

    const orders = new sqs.Queue(this, 'Orders', { visibilityTimeout: cdk.Duration.seconds(60) });
    const dlq = new sqs.Queue(this, 'OrdersDlq');
    const rule = new events.Rule(this, 'OrderPlaced', {
      eventPattern: {
        source: ['shop.orders'],
        detailType: ['OrderPlaced'],
        detail: { total: [{ numeric: ['>', 100] }] },
      },
    });
    rule.addTarget(new targets.SqsQueue(orders, {
      deadLetterQueue: dlq,
      message: events.RuleTargetInput.fromObject({
        orderId: events.EventField.fromPath('$.detail.id'),
        total: events.EventField.fromPath('$.detail.total'),
      }),
    }));
    const fifo = new sqs.Queue(this, 'Audit', { fifo: true, contentBasedDeduplication: true });
    rule.addTarget(new targets.SqsQueue(fifo, { messageGroupId: 'orders' }));

    new cdk.CfnOutput(this, 'RuleArn', { value: rule.ruleArn });
  }
}

const app = new cdk.App();
new EventsStack(app, 'EventsStack');
app.synth();
