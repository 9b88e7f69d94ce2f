// Twin of awscdk's TestValidationReportGoldens/schema-findings: schema
// findings (required, enum, bounds, length), a hardcoded zone, an unused
// parameter and condition, annotations (one acknowledged, one from
// Validations), and acknowledgements of CloudFormation Validate findings at
// two scopes. Property keys are sorted, as jsii hands a Go map over.
const { App, Stack, CfnResource, CfnParameter, CfnCondition, Fn, Annotations, Validations } = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new App();
const stack = new Stack(app, 'Bad');
new CfnParameter(stack, 'Unused', { type: 'String' });
new CfnCondition(stack, 'Never', { expression: Fn.conditionEquals('a', 'b') });
const group = new Construct(stack, 'Group');
new CfnResource(group, 'Queue', { type: 'AWS::SQS::Queue', properties: { DelaySeconds: 1000, MessageRetentionPeriod: 30 } });
new CfnResource(group, 'Logs', { type: 'AWS::Logs::LogGroup', properties: { LogGroupClass: 'COLD', RetentionInDays: 2 } });
new CfnResource(stack, 'Role', { type: 'AWS::IAM::Role', properties: { Description: 'no trust policy' } });
new CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic', properties: { TopicName: '' } });
const subnet = new CfnResource(stack, 'Subnet', { type: 'AWS::EC2::Subnet',
  properties: { AvailabilityZone: 'us-east-1a', CidrBlock: '10.0.0.0/24', VpcId: 'vpc-12345678' } });
new CfnResource(stack, 'Subnet2', { type: 'AWS::EC2::Subnet',
  properties: { AvailabilityZone: 'us-east-1a', CidrBlock: '10.0.1.0/24', VpcId: 'vpc-12345678' } });
Validations.of(subnet).acknowledge({ id: 'CloudFormation-Validate::W3010', reason: 'pinned on purpose' });
Validations.of(group).acknowledge({ id: 'CloudFormation Validate::W3030', reason: 'testing' });
Annotations.of(group).addWarningV2('my-lib:beta', 'Group is in beta');
Annotations.of(stack).addWarningV2('my-lib:ignored', 'Ignored everywhere');
Annotations.of(stack).acknowledgeWarning('my-lib:ignored');
Validations.of(group).addWarning('custom-rule', 'a custom finding');
Annotations.of(group).addWarning('a plain warning');
app.synth();
