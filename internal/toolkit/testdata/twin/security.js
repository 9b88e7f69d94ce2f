// JavaScript twin of a stack with security-sensitive resources: a role a
// Lambda service assumes, with a managed policy and a grant on a queue, and
// a security group open to the world on 443. VARIANT "sec1" is the first
// version; "sec2" narrows it (drops the ingress rule and the grant) and adds
// a warning annotation. Run by gen-security.sh; the assemblies are committed.
const cdk = require(process.env.CDK_LIB || '/tmp/cdk/node_modules/aws-cdk-lib');
const iam = cdk.aws_iam, sqs = cdk.aws_sqs, ec2 = cdk.aws_ec2;

const variant = process.env.VARIANT || 'sec1';
const app = new cdk.App();
const stack = new cdk.Stack(app, 'SecureStack');

const queue = new sqs.Queue(stack, 'Jobs');
const role = new iam.Role(stack, 'Worker', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
});
if (variant === 'sec1') {
  queue.grantConsumeMessages(role);
}
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-12345', availabilityZones: ['us-east-1a'] });
const sg = new ec2.SecurityGroup(stack, 'Web', { vpc, description: 'web', allowAllOutbound: false });
if (variant === 'sec1') {
  sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https');
}
if (variant === 'sec2') {
  cdk.Annotations.of(queue).addWarningV2('strata:test', 'queue without encryption at rest');
  cdk.Annotations.of(stack).addInfo('stack info for the user');
}
app.synth();
