// aws-cdk-lib 2.276.0 twins of the Go cases in hooktargets_test.go: one
// stack per template case.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const autoscaling = require('aws-cdk-lib/aws-autoscaling');
const hooks = require('aws-cdk-lib/aws-autoscaling-hooktargets');
const app = new cdk.App();

{ // Hooks: a topic, a queue (with the hook's own role) and a function behind an encrypted topic
  const s = new cdk.Stack(app, 'Hooks');
  const asg = autoscaling.AutoScalingGroup.fromAutoScalingGroupName(s, 'Asg', 'fleet');
  const topic = new sns.Topic(s, 'Topic');
  asg.addLifecycleHook('ToTopic', { lifecycleTransition: autoscaling.LifecycleTransition.INSTANCE_LAUNCHING, notificationTarget: new hooks.TopicHook(topic) });
  const queue = new sqs.Queue(s, 'Queue');
  const role = new iam.Role(s, 'HookRole', { assumedBy: new iam.ServicePrincipal('autoscaling.amazonaws.com') });
  asg.addLifecycleHook('ToQueue', { lifecycleTransition: autoscaling.LifecycleTransition.INSTANCE_TERMINATING, notificationTarget: new hooks.QueueHook(queue), role });
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });
  const key = new kms.Key(s, 'Key');
  const hook = asg.addLifecycleHook('ToFn', { lifecycleTransition: autoscaling.LifecycleTransition.INSTANCE_LAUNCHING, notificationTarget: new hooks.FunctionHook(fn, key) });
  new cdk.CfnOutput(s, 'HookName', { value: hook.lifecycleHookName });
  new cdk.CfnOutput(s, 'HookRoleArn', { value: hook.role.roleArn });
}
app.synth();
