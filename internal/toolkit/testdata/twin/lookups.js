// JavaScript twin of an app that uses context lookups: the stack's
// availability zones, an SSM parameter, the default VPC and a hosted zone,
// in a concrete environment. Run by gen-lookups.sh with the context it is
// given (none: the manifest lists what is missing).
const cdk = require(process.env.CDK_LIB || '/tmp/cdk/node_modules/aws-cdk-lib');
const ec2 = cdk.aws_ec2, ssm = cdk.aws_ssm, route53 = cdk.aws_route53, sqs = cdk.aws_sqs;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LookupStack', { env: { account: '123456789012', region: 'us-east-1' } });
const name = ssm.StringParameter.valueFromLookup(stack, '/strata/queue-name');
const vpc = ec2.Vpc.fromLookup(stack, 'Vpc', { isDefault: true });
const zone = route53.HostedZone.fromLookup(stack, 'Zone', { domainName: 'example.com' });
new sqs.Queue(stack, 'Q', { queueName: name });
new cdk.CfnOutput(stack, 'Azs', { value: cdk.Fn.join(',', stack.availabilityZones) });
new cdk.CfnOutput(stack, 'VpcId', { value: vpc.vpcId });
new cdk.CfnOutput(stack, 'ZoneId', { value: zone.hostedZoneId });
app.synth();
