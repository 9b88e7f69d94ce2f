// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: the same program, construct for
// construct, with the same ids, the same order of construction and the same values.
// Object literals whose keys come from a Go map are written with sorted keys, because jsii
// hands Go maps to aws-cdk-lib that way. The App reads CDK_OUTDIR and CDK_CONTEXT_JSON,
// as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

// Aspect: every SQS queue keeps its messages four days, whatever it was built with.
class QueueRetention {
  constructor(seconds) {
    this.seconds = seconds;
  }
  visit(node) {
    if (!(node instanceof cdk.CfnResource) || node.cfnResourceType !== 'AWS::SQS::Queue') {
      return;
    }
    node.addPropertyOverride('MessageRetentionPeriod', this.seconds);
  }
}

// Aspect: every S3 bucket says who owns it in its resource metadata.
class BucketOwner {
  constructor(owner) {
    this.owner = owner;
  }
  visit(node) {
    if (node instanceof cdk.CfnResource && node.cfnResourceType === 'AWS::S3::Bucket') {
      node.addOverride('Metadata.Owner', this.owner);
    }
  }
}

// Stable string producer: the names registered up to synthesis, comma-separated.
class NameList {
  constructor() {
    this.names = [];
  }
  produce() {
    return this.names.join(',');
  }
}

// Uncached string producer that reads the resolve context.
class ScopePath {
  constructor(prefix) {
    this.prefix = prefix;
  }
  produce(context) {
    return this.prefix + context.scope.node.path;
  }
}

// Stable any producer: a redrive policy built at synthesis time.
class Redrive {
  constructor(target) {
    this.target = target;
  }
  produce() {
    return {
      deadLetterTargetArn: this.target.getAtt('Arn', cdk.ResolutionTypeHint.STRING),
      maxReceiveCount: 3,
    };
  }
}

// Stable any producer of the tags collected up to synthesis (none here).
class TagList {
  constructor(tags) {
    this.tags = tags;
  }
  produce() {
    return this.tags;
  }
}

const app = new cdk.App();

// ---------------------------------------------------------------- producer (env-agnostic)
const producer = new cdk.Stack(app, 'CoreProducer', {
  description: 'Strata parity: core features, producer side',
  stackName: 'strata-core-producer',
  tags: { 'cost-center': '1234', team: 'platform' },
  terminationProtection: true,
});
producer.templateOptions.metadata = { Purpose: 'parity' };

const envName = new cdk.CfnParameter(producer, 'EnvName', {
  allowedValues: ['dev', 'staging', 'prod'],
  default: 'dev',
  description: 'Deployment environment',
  type: 'String',
});
const retentionDays = new cdk.CfnParameter(producer, 'RetentionDays', {
  default: 7,
  description: 'Days to keep backups',
  maxValue: 14,
  minValue: 1,
  type: 'Number',
});
const apiToken = new cdk.CfnParameter(producer, 'ApiToken', {
  allowedPattern: '[A-Za-z0-9]+',
  constraintDescription: 'letters and digits only',
  description: 'Token handed to the API',
  maxLength: 64,
  minLength: 8,
  noEcho: true,
  type: 'String',
});
const subnetIds = new cdk.CfnParameter(producer, 'SubnetIds', {
  description: 'Subnets for the workers',
  type: 'List<AWS::EC2::Subnet::Id>',
});

const isProd = new cdk.CfnCondition(producer, 'IsProd', {
  expression: cdk.Fn.conditionEquals(envName.valueAsString, 'prod'),
});
const inUsEast1 = new cdk.CfnCondition(producer, 'InUsEast1', {
  expression: cdk.Fn.conditionEquals(cdk.Aws.REGION, 'us-east-1'),
});
const createBackup = new cdk.CfnCondition(producer, 'CreateBackup', {
  expression: cdk.Fn.conditionAnd(isProd, cdk.Fn.conditionNot(inUsEast1)),
});
const longLived = new cdk.CfnCondition(producer, 'LongLived', {
  expression: cdk.Fn.conditionOr(isProd, cdk.Fn.conditionEquals(envName.valueAsString, 'staging')),
});

const regionMap = new cdk.CfnMapping(producer, 'RegionMap', {
  mapping: {
    'eu-west-1': { ami: 'ami-0eeee', size: 'medium' },
    'us-east-1': { ami: 'ami-0aaaa', size: 'large' },
    'us-west-2': { ami: 'ami-0bbbb', size: 'small' },
  },
});
const volumeClasses = new cdk.CfnMapping(producer, 'VolumeClasses', {
  lazy: true,
  mapping: {
    fast: { type: 'io2' },
    standard: { type: 'gp3' },
  },
});

const queueNames = new NameList();

const messaging = new Construct(producer, 'Messaging');
const topic = new cdk.CfnResource(messaging, 'Topic', {
  type: 'AWS::SNS::Topic',
  properties: {
    DisplayName: `Strata events in ${cdk.Aws.REGION}`,
    KmsMasterKeyId: cdk.Fn.conditionIf(isProd.logicalId, 'alias/aws/sns', cdk.Aws.NO_VALUE),
    TopicName: cdk.Fn.join('-', ['strata', envName.valueAsString, 'events']),
  },
});
const deadLetters = new cdk.CfnResource(messaging, 'DeadLetters', {
  type: 'AWS::SQS::Queue',
  properties: {
    MessageRetentionPeriod: cdk.Duration.days(14).toSeconds(),
    QueueName: 'strata-dead-letters',
  },
});
queueNames.names.push('strata-dead-letters');
const queue = new cdk.CfnResource(messaging, 'Default', {
  type: 'AWS::SQS::Queue',
  properties: {
    DelaySeconds: cdk.Duration.seconds(10).toSeconds(),
    KmsDataKeyReusePeriodSeconds: cdk.Duration.hours(1).toSeconds(),
    MaximumMessageSize: cdk.Size.kibibytes(256).toBytes(),
    ReceiveMessageWaitTimeSeconds: cdk.Duration.millis(20000).toSeconds(),
    RedrivePolicy: cdk.Lazy.any(new Redrive(deadLetters)),
    Tags: cdk.Lazy.any(new TagList([]), { omitEmptyArray: true }),
    VisibilityTimeout: cdk.Duration.minutes(5).toSeconds(),
  },
});
queueNames.names.push('work');
queue.addDeletionOverride('Properties.DelaySeconds');
queue.addOverride('Properties.RedrivePolicy.maxReceiveCount', 5);
queue.addPropertyOverride('QueueName', cdk.Fn.join('-', [cdk.Aws.STACK_NAME, 'work']));
queue.addDependency(topic);

const bucket = new cdk.CfnResource(producer, 'Bucket', {
  type: 'AWS::S3::Bucket',
  properties: {
    LifecycleConfiguration: {
      Rules: [{ ExpirationInDays: cdk.Duration.days(30).toDays(), Id: 'expire', Status: 'Enabled' }],
    },
    Tags: [{ Key: 'raw', Value: 'tag' }],
    VersioningConfiguration: { Status: 'Enabled' },
  },
});
bucket.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
bucket.overrideLogicalId('DataBucket');
bucket.addMetadata('Purpose', 'parity');

const volume = new cdk.CfnResource(producer, 'Volume', {
  type: 'AWS::EC2::Volume',
  properties: {
    AvailabilityZone: cdk.Fn.select(0, cdk.Fn.getAzs()),
    Encrypted: true,
    Size: cdk.Size.gibibytes(20).toGibibytes(),
    VolumeType: volumeClasses.findInMap('standard', 'type'),
  },
});
volume.applyRemovalPolicy(cdk.RemovalPolicy.SNAPSHOT);

const backupQueue = new cdk.CfnResource(producer, 'BackupQueue', {
  type: 'AWS::SQS::Queue',
  properties: {
    QueueName: `${cdk.Aws.STACK_NAME}-backup`,
  },
});
backupQueue.cfnOptions.condition = createBackup;
backupQueue.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY, { applyToUpdateReplacePolicy: false });
queueNames.names.push('backup');

const secret = new cdk.CfnResource(producer, 'ApiSecret', {
  type: 'AWS::SecretsManager::Secret',
  properties: {
    Description: cdk.Fn.conditionIf(longLived.logicalId, 'long-lived API token', 'API token'),
    SecretString: apiToken.valueAsString,
  },
});
secret.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);

const policy = new cdk.CfnResource(producer, 'PublishPolicy', {
  type: 'AWS::IAM::ManagedPolicy',
  properties: {
    Description: cdk.Lazy.string(queueNames),
    PolicyDocument: {
      Statement: [
        { Action: ['sns:Publish'], Effect: 'Allow', Resource: topic.ref },
        {
          Action: ['s3:GetObject', 's3:PutObject'],
          Effect: 'Allow',
          Resource: [
            `${bucket.getAtt('Arn', cdk.ResolutionTypeHint.STRING).toString()}/*`,
            producer.formatArn({
              account: '',
              region: '',
              resource: 'strata-archive',
              resourceName: '*',
              service: 's3',
            }),
          ],
        },
        {
          Action: 'sqs:SendMessage',
          Effect: 'Allow',
          Resource: `arn:${producer.partition}:sqs:${producer.region}:${producer.account}:${queue.getAtt('QueueName', cdk.ResolutionTypeHint.STRING).toString()}`,
        },
      ],
      Version: '2012-10-17',
    },
  },
});
queueNames.names.push('policy');

const cidrs = cdk.Fn.cidr('10.0.0.0/16', 4, '8');
const settings = [
  ['TopicArn', cdk.Fn.sub('arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${Name}', {
    Name: topic.getAtt('TopicName', cdk.ResolutionTypeHint.STRING).toString(),
  })],
  ['Encoded', cdk.Fn.base64(`${envName.valueAsString}:${cdk.Aws.ACCOUNT_ID}`)],
  ['Second', cdk.Fn.select(1, cdk.Fn.split(',', 'alpha,beta,gamma'))],
  ['TopicSuffix', cdk.Fn.select(5, cdk.Fn.split(':', topic.ref, 6))],
  ['Subnets', cdk.Fn.join(',', subnetIds.valueAsList)],
  ['FirstSubnet', cdk.Fn.select(0, subnetIds.valueAsList)],
  ['Cidrs', cdk.Fn.join(',', cidrs)],
  ['ThirdCidr', cdk.Fn.select(2, cidrs)],
  ['Zone', cdk.Fn.select(1, cdk.Fn.getAzs(cdk.Aws.REGION))],
  ['SharedVpc', cdk.Fn.importValue('strata-shared-vpc-id')],
  ['Ami', regionMap.findInMap(cdk.Aws.REGION, 'ami')],
  ['Size', cdk.Fn.findInMap('RegionMap', cdk.Aws.REGION, 'size')],
  ['QueueName', cdk.Token.asString(cdk.Fn.getAtt(queue.logicalId, 'QueueName'))],
  ['Endpoint', `https://sqs.${producer.region}.${producer.urlSuffix}/${producer.account}`],
  ['Pseudo', cdk.Fn.join('|', [cdk.Aws.ACCOUNT_ID, cdk.Aws.REGION, cdk.Aws.PARTITION, cdk.Aws.URL_SUFFIX, cdk.Aws.STACK_NAME, cdk.Aws.STACK_ID])],
  ['Json', producer.toJsonString({ region: cdk.Aws.REGION, retention: retentionDays.valueAsNumber, topic: topic.ref })],
  ['UniqueId', cdk.Names.uniqueId(queue)],
  ['UniqueName', cdk.Names.uniqueResourceName(deadLetters, { maxLength: 32, separator: '-' })],
  ['Timing', `${cdk.Duration.parse('PT1H30M').toHumanString()} / ${cdk.Duration.minutes(90).toIsoString()} / ${cdk.Size.mebibytes(2048).toGibibytes()} GiB`],
  ['Lazy', cdk.Lazy.uncachedString(new ScopePath('resolved-in:'))],
];
const config = new Construct(producer, 'Config');
for (const [name, value] of settings) {
  new cdk.CfnResource(config, name, {
    type: 'AWS::SSM::Parameter',
    properties: {
      Name: `/strata/core/${name}`,
      Type: 'String',
      Value: value,
    },
  });
}

new cdk.CfnRule(producer, 'ProdRetention', {
  assertions: [{
    assert: cdk.Fn.conditionContains(['7', '14'], retentionDays.valueAsString),
    assertDescription: 'prod keeps backups 7 or 14 days',
  }],
  ruleCondition: cdk.Fn.conditionEquals(envName.valueAsString, 'prod'),
});

new cdk.CfnOutput(producer, 'TopicArnOutput', {
  description: 'The events topic',
  exportName: 'strata-core-topic-arn',
  value: topic.ref,
});
new cdk.CfnOutput(producer, 'BackupQueueUrl', {
  condition: createBackup,
  value: backupQueue.ref,
});
producer.exportValue(bucket.getAtt('Arn', cdk.ResolutionTypeHint.STRING).toString(), { name: 'strata-core-bucket-arn' });

// ---------------------------------------------------------------- consumer (env-agnostic)
const consumer = new cdk.Stack(app, 'CoreConsumer', {
  description: 'Strata parity: core features, consumer side',
});

new cdk.CfnResource(consumer, 'Subscription', {
  type: 'AWS::SNS::Subscription',
  properties: {
    Endpoint: queue.getAtt('Arn', cdk.ResolutionTypeHint.STRING).toString(),
    Protocol: 'sqs',
    TopicArn: topic.ref,
  },
});
new cdk.CfnResource(consumer, 'QueuePolicy', {
  type: 'AWS::SQS::QueuePolicy',
  properties: {
    PolicyDocument: {
      Statement: [{
        Action: 'sqs:SendMessage',
        Condition: { ArnEquals: { 'aws:SourceArn': topic.ref } },
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Resource: queue.getAtt('Arn', cdk.ResolutionTypeHint.STRING).toString(),
      }],
      Version: '2012-10-17',
    },
    Queues: [queue.ref],
  },
});
new cdk.CfnResource(consumer, 'Imported', {
  type: 'AWS::SSM::Parameter',
  properties: {
    Name: '/strata/core/imported',
    Type: 'String',
    Value: cdk.Fn.join(' ', [cdk.Fn.importValue('strata-core-topic-arn'), `bucket=${bucket.ref}`]),
  },
});

// ---------------------------------------------------------------- regional (env-specific)
const regional = new cdk.Stack(app, 'CoreRegional', {
  env: { account: '123456789012', region: 'us-east-1' },
  stackName: 'strata-core-regional',
});
const logs = new cdk.CfnResource(regional, 'Logs', {
  type: 'AWS::Logs::LogGroup',
  properties: {
    LogGroupName: `/strata/${regional.region}/${regional.account}`,
    RetentionInDays: cdk.Duration.days(14).toDays(),
  },
});
logs.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
new cdk.CfnResource(regional, 'Where', {
  type: 'AWS::SSM::Parameter',
  properties: {
    Name: '/strata/core/where',
    Type: 'String',
    Value: [
      regional.partition,
      regional.urlSuffix,
      cdk.Fn.select(0, cdk.Fn.getAzs(regional.region)),
      regional.formatArn({ resource: 'log-group', resourceName: '/strata/*', service: 'logs', arnFormat: cdk.ArnFormat.COLON_RESOURCE_NAME }),
      logs.getAtt('Arn', cdk.ResolutionTypeHint.STRING).toString(),
    ].join(' '),
  },
});

consumer.addDependency(regional, 'regional logs come first');

// ---------------------------------------------------------------- app-wide
cdk.Aspects.of(app).add(new QueueRetention(cdk.Duration.days(4).toSeconds()));
cdk.Aspects.of(producer).add(new BucketOwner('strata'), { priority: cdk.AspectPriority.MUTATING });
cdk.Tags.of(app).add('project', 'strata');
cdk.Tags.of(app).add('suite', 'parity', { includeResourceTypes: ['aws:cdk:stack'] });
cdk.Tags.of(producer).add('team', 'core', { includeResourceTypes: ['aws:cdk:stack'], priority: 50 });
cdk.Tags.of(regional).add('team', 'edge', { includeResourceTypes: ['aws:cdk:stack'], priority: 300 });
cdk.Tags.of(consumer).add('scope', 'consumer', { excludeResourceTypes: ['AWS::SNS::Subscription'], includeResourceTypes: ['aws:cdk:stack'] });

app.synth();
