// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: the same program, construct for
// construct, with the same ids, the same order of construction and the same values. The Go
// program subclasses through NewStack_Override/NewResource_Override/NewConstruct_Override;
// here those are plain JavaScript subclasses. Object literals whose keys come from a Go map
// are written with sorted keys, because jsii hands Go maps to aws-cdk-lib that way. The App
// reads CDK_OUTDIR and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

class QueueStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.queue = new cdk.CfnResource(this, 'Queue', {
      type: 'AWS::SQS::Queue',
      properties: { QueueName: cdk.Fn.join('-', [this.stackName, 'jobs']) },
    });
    this.topic = new cdk.CfnResource(this, 'Topic', {
      type: 'AWS::SNS::Topic',
      properties: {
        DisplayName: cdk.Fn.sub('${AWS::Region}-topic-${Name}', { Name: this.queue.getAtt('QueueName', cdk.ResolutionTypeHint.STRING).toString() }),
      },
    });
  }
}

class Archive extends cdk.Resource {
  constructor(scope, id, name) {
    super(scope, id, { physicalName: name });
    this.bucket = new cdk.CfnResource(this, 'Resource', {
      type: 'AWS::S3::Bucket',
      properties: { BucketName: this.physicalName },
    });
  }
  get bucketArn() {
    return this.bucket.getAtt('Arn', cdk.ResolutionTypeHint.STRING).toString();
  }
}

class Workers extends Construct {
  constructor(scope, id, queueArn, count) {
    super(scope, id);
    const owner = cdk.Stack.of(this);
    for (let i = 0; i < count; i++) {
      new cdk.CfnResource(this, `Worker${i}`, {
        type: 'AWS::SSM::Parameter',
        properties: {
          Tier: owner.tier,
          Type: 'String',
          Value: cdk.Fn.select(i, cdk.Fn.split(':', queueArn, 6)),
        },
      });
    }
  }
}

class ConsumerStack extends cdk.Stack {
  constructor(scope, id, queues) {
    super(scope, id, { description: 'reads ' + queues.stackName });
    this.tier = 'Standard';
    new Workers(this, 'Workers', queues.queue.getAtt('Arn', cdk.ResolutionTypeHint.STRING).toString(), 3);
    const archive = new Archive(this, 'Archive', 'strata-override-archive');
    new cdk.CfnResource(this, 'Policy', {
      type: 'AWS::SNS::TopicPolicy',
      properties: {
        PolicyDocument: {
          Statement: [{
            Action: 'sns:Publish',
            Effect: 'Allow',
            Principal: { AWS: cdk.Fn.join('', ['arn:aws:iam::', cdk.Aws.ACCOUNT_ID, ':root']) },
            Resource: archive.bucketArn,
          }],
        },
        Topics: ['arn:aws:sns:us-east-1:123456789012:a', 'arn:aws:sns:us-east-1:123456789012:b'],
      },
    });
    new cdk.CfnOutput(this, 'ArchiveArn', { value: archive.bucketArn });
    new cdk.CfnOutput(this, 'Encoded', { value: cdk.Fn.base64(cdk.Aws.REGION) });
  }
}

class QueueDefaults {
  constructor(seconds) { this.seconds = seconds; }
  visit(node) {
    if (node instanceof cdk.CfnResource && node.cfnResourceType === 'AWS::SQS::Queue') {
      node.addPropertyOverride('VisibilityTimeout', this.seconds);
    }
  }
}

const app = new cdk.App();
const queues = new QueueStack(app, 'QueueStack', { description: 'Strata parity: _Override subclassing' });
const consumer = new ConsumerStack(app, 'ConsumerStack', queues);
cdk.Aspects.of(app).add(new QueueDefaults(120));
consumer.node.addValidation({ validate: () => (consumer.node.children.length === 0 ? ['the stack is empty'] : []) });
cdk.Tags.of(queues).add('owner', 'override-case');

app.synth();
