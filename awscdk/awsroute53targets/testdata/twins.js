// aws-cdk-lib 2.276.0 twins of the Go cases in targets_test.go.
const cdk = require('aws-cdk-lib');
const cf = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const r53 = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const cognito = require('aws-cdk-lib/aws-cognito');
const apigw = require('aws-cdk-lib/aws-apigateway');
const s3 = require('aws-cdk-lib/aws-s3');
const ec2 = require('aws-cdk-lib/aws-ec2');
const app = new cdk.App();

{ // Aliases: A and AAAA to a distribution, a record alias, a user pool domain and an API Gateway v2 domain
  const s = new cdk.Stack(app, 'Aliases');
  const zone = new r53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
  const d = new cf.Distribution(s, 'Cdn', { defaultBehavior: { origin: new origins.HttpOrigin('origin.example.com') } });
  const a = new r53.ARecord(s, 'Site', { zone, recordName: 'www', target: r53.RecordTarget.fromAlias(new targets.CloudFrontTarget(d)) });
  new r53.AaaaRecord(s, 'Site6', { zone, recordName: 'www', target: r53.RecordTarget.fromAlias(new targets.CloudFrontTarget(d)) });
  new r53.ARecord(s, 'Apex', { zone, target: r53.RecordTarget.fromAlias(new targets.Route53RecordTarget(a)) });
  const pool = new cognito.UserPool(s, 'Pool');
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
  const dom = pool.addDomain('Domain', { customDomain: { domainName: 'auth.example.com', certificate: cert } });
  new r53.ARecord(s, 'Auth', { zone, recordName: 'auth', target: r53.RecordTarget.fromAlias(new targets.UserPoolDomainTarget(dom)) });
  new r53.ARecord(s, 'Api', { zone, recordName: 'api', target: r53.RecordTarget.fromAlias(new targets.ApiGatewayv2DomainProperties('d-abc.execute-api.us-east-1.amazonaws.com', 'Z1UJRXOUMOOFQ8')) });
  new cdk.CfnOutput(s, 'ZoneId', { value: targets.CloudFrontTarget.CLOUDFRONT_ZONE_ID });
}

{ // More: REST API domains, a bucket website, Elastic Beanstalk, Global Accelerator and an interface VPC endpoint, in an env-specific stack
  const s = new cdk.Stack(app, 'More', { env: { account: '111111111111', region: 'eu-west-1' } });
  const zone = r53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z123', zoneName: 'example.com' });
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:eu-west-1:111111111111:certificate/abc');
  const api = new apigw.RestApi(s, 'Api', { domainName: { domainName: 'api.example.com', certificate: cert } });
  api.root.addMethod('GET');
  new r53.ARecord(s, 'ApiAlias', { zone, recordName: 'api', target: r53.RecordTarget.fromAlias(new targets.ApiGateway(api)) });
  const dn = new apigw.DomainName(s, 'Dn', { domainName: 'edge.example.com', certificate: cert, endpointType: apigw.EndpointType.EDGE });
  new r53.ARecord(s, 'DomainAlias', { zone, recordName: 'edge', target: r53.RecordTarget.fromAlias(new targets.ApiGatewayDomain(dn)) });
  const site = new s3.Bucket(s, 'Site', { bucketName: 'www.example.com', websiteIndexDocument: 'index.html' });
  new r53.ARecord(s, 'Website', { zone, recordName: 'www', target: r53.RecordTarget.fromAlias(new targets.BucketWebsiteTarget(site)) });
  new r53.ARecord(s, 'Beanstalk', { zone, recordName: 'eb', target: r53.RecordTarget.fromAlias(new targets.ElasticBeanstalkEnvironmentEndpointTarget('my-env.us-east-2.elasticbeanstalk.com')) });
  new r53.ARecord(s, 'BeanstalkZone', { zone, recordName: 'eb2', target: r53.RecordTarget.fromAlias(new targets.ElasticBeanstalkEnvironmentEndpointTarget('my-env.example', { hostedZoneId: 'ZEB', evaluateTargetHealth: true })) });
  new r53.ARecord(s, 'Accelerator', { zone, recordName: 'ga', target: r53.RecordTarget.fromAlias(new targets.GlobalAcceleratorDomainTarget('a123.awsglobalaccelerator.com')) });
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-12345678', availabilityZones: ['eu-west-1a'], privateSubnetIds: ['subnet-1'], vpcCidrBlock: '10.0.0.0/16' });
  const ep = new ec2.InterfaceVpcEndpoint(s, 'Endpoint', { vpc, service: new ec2.InterfaceVpcEndpointService('com.amazonaws.vpce.eu-west-1.vpce-svc-123', 443) });
  new r53.ARecord(s, 'EndpointAlias', { zone, recordName: 'svc', target: r53.RecordTarget.fromAlias(new targets.InterfaceVpcEndpointTarget(ep)) });
  new cdk.CfnOutput(s, 'GaZone', { value: targets.GlobalAcceleratorTarget.GLOBAL_ACCELERATOR_ZONE_ID });
}

{ // ClassicLb: A records aliased to a classic load balancer, with and without health evaluation
  const elb = require('aws-cdk-lib/aws-elasticloadbalancing');
  const s = new cdk.Stack(app, 'ClassicLb');
  const zone = new r53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
    vpcId: 'vpc-0a1b2c3d', availabilityZones: ['us-east-1a', 'us-east-1b'],
    publicSubnetIds: ['subnet-0aa11111', 'subnet-0aa22222'], privateSubnetIds: ['subnet-0bb11111', 'subnet-0bb22222'],
  });
  const lb = new elb.LoadBalancer(s, 'Lb', { vpc, internetFacing: true, listeners: [{ externalPort: 80 }] });
  new r53.ARecord(s, 'Alias', { zone, recordName: 'lb', target: r53.RecordTarget.fromAlias(new targets.ClassicLoadBalancerTarget(lb)) });
  new r53.ARecord(s, 'Healthy', { zone, recordName: 'hc', target: r53.RecordTarget.fromAlias(new targets.ClassicLoadBalancerTarget(lb, { evaluateTargetHealth: true })) });
}

{ // AppSync: an A record aliased to a GraphQL API's custom domain
  const appsync = require('aws-cdk-lib/aws-appsync');
  const s = new cdk.Stack(app, 'AppSync');
  const zone = new r53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/abc');
  const api = new appsync.GraphqlApi(s, 'Api', {
    name: 'api', definition: appsync.Definition.fromFile(require('path').join(__dirname, '../../awsappsync/testdata/schema.graphql')),
    domainName: { certificate: cert, domainName: 'api.example.com' },
  });
  new r53.ARecord(s, 'Alias', { zone, recordName: 'api', target: r53.RecordTarget.fromAlias(new targets.AppSyncTarget(api)) });
}

app.synth();
