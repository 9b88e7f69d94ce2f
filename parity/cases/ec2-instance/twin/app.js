// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0, construct for
// construct, with the same ids, order and values. The App reads
// CDK_OUTDIR and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

class WebServerStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Vpc');

    const userData = ec2.UserData.forLinux();
    userData.addCommands(
      'dnf install -y nginx',
      "echo '<h1>Hello from Strata</h1>' > /usr/share/nginx/html/index.html",
      'systemctl enable --now nginx',
    );

    const key = new ec2.KeyPair(this, 'Key', { type: ec2.KeyPairType.ED25519 });

    const web = new ec2.Instance(this, 'Web', {
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      userData,
      keyPair: key,
      blockDevices: [{
        deviceName: '/dev/xvda',
        volume: ec2.BlockDeviceVolume.ebs(16, { volumeType: ec2.EbsDeviceVolumeType.GP3, encrypted: true }),
      }],
      ssmSessionPermissions: true,
      httpTokens: ec2.HttpTokens.REQUIRED,
    });
    web.connections.allowFromAnyIpv4(ec2.Port.HTTP, 'HTTP from anywhere');

    new cdk.CfnOutput(this, 'PublicDnsName', { value: web.instancePublicDnsName });
    new cdk.CfnOutput(this, 'KeyParameter', { value: cdk.Fn.join('', ['/ec2/keypair/', key.keyPairId]) });
  }
}

const app = new cdk.App();
new WebServerStack(app, 'Ec2Instance', {});
app.synth();
