// The yoctogram case on aws-cdk-lib 2.276.0: the same program as
// examples/yoctogram, construct for construct, with the same ids, order
// and values.
'use strict';

const cdk = require('aws-cdk-lib');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const ecsPatterns = require('aws-cdk-lib/aws-ecs-patterns');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const rds = require('aws-cdk-lib/aws-rds');
const route53 = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');
const s3 = require('aws-cdk-lib/aws-s3');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const DOMAIN = 'yoctogram.example.com';

class DnsStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.zone = new route53.PublicHostedZone(this, 'Zone', { zoneName: DOMAIN });
    this.certificate = new acm.Certificate(this, 'Certificate', {
      domainName: DOMAIN,
      subjectAlternativeNames: ['*.' + DOMAIN],
      validation: acm.CertificateValidation.fromDns(this.zone),
    });
  }
}

class NetworkStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
      maxAzs: 2,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
        { name: 'Database', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
    });
  }
}

class DataStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.database = new rds.DatabaseCluster(this, 'Database', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      credentials: rds.Credentials.fromGeneratedSecret('yoctogram'),
      defaultDatabaseName: 'yoctogram',
      writer: rds.ClusterInstance.serverlessV2('Writer'),
      readers: [rds.ClusterInstance.serverlessV2('Reader', { scaleWithWriter: true })],
      serverlessV2MinCapacity: 0.5,
      serverlessV2MaxCapacity: 4,
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      storageEncrypted: true,
    });
    this.images = new s3.Bucket(this, 'Images', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      cors: [{
        allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.PUT],
        allowedOrigins: ['https://' + DOMAIN],
        allowedHeaders: ['*'],
      }],
    });
  }
}

class AppStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const secretKey = new secretsmanager.Secret(this, 'SecretKey', {
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    const dbSecret = props.database.secret;

    const cluster = new ecs.Cluster(this, 'Cluster', { vpc: props.vpc, containerInsightsV2: ecs.ContainerInsights.ENABLED });
    const api = new ecsPatterns.ApplicationLoadBalancedFargateService(this, 'Api', {
      cluster,
      cpu: 512,
      memoryLimitMiB: 1024,
      desiredCount: 2,
      minHealthyPercent: 100,
      taskImageOptions: {
        image: ecs.ContainerImage.fromRegistry('public.ecr.aws/yoctogram/api:latest'),
        containerPort: 8000,
        // Keys in Go's order: aws-cdk-go hands a Go map to aws-cdk-lib
        // with its keys sorted (encoding/json).
        environment: {
          DB_HOST: props.database.clusterEndpoint.hostname,
          DB_NAME: 'yoctogram',
          IMAGES_BUCKET: props.images.bucketName,
        },
        secrets: {
          DB_PASSWORD: ecs.Secret.fromSecretsManager(dbSecret, 'password'),
          DB_USER: ecs.Secret.fromSecretsManager(dbSecret, 'username'),
          SECRET_KEY: ecs.Secret.fromSecretsManager(secretKey),
        },
      },
      certificate: props.certificate,
      domainName: 'api.' + DOMAIN,
      domainZone: props.zone,
      protocol: elbv2.ApplicationProtocol.HTTPS,
      redirectHTTP: true,
      circuitBreaker: { rollback: true },
      publicLoadBalancer: true,
    });
    api.targetGroup.configureHealthCheck({ path: '/api/v1/health', healthyHttpCodes: '200' });
    const scaling = api.service.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 6 });
    scaling.scaleOnCpuUtilization('CpuScaling', { targetUtilizationPercent: 60 });
    api.service.connections.allowToDefaultPort(props.database, 'to the database');
    props.images.grantReadWrite(api.taskDefinition.taskRole);

    const web = new s3.Bucket(this, 'Web', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
    });
    const cdn = new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(web),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new origins.LoadBalancerV2Origin(api.loadBalancer, {
            protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
          }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER,
        },
      },
      domainNames: [DOMAIN],
      certificate: props.certificate,
      defaultRootObject: 'index.html',
      errorResponses: [
        { httpStatus: 403, responseHttpStatus: 200, responsePagePath: '/index.html', ttl: cdk.Duration.minutes(5) },
        { httpStatus: 404, responseHttpStatus: 200, responsePagePath: '/index.html', ttl: cdk.Duration.minutes(5) },
      ],
    });
    const target = route53.RecordTarget.fromAlias(new targets.CloudFrontTarget(cdn));
    new route53.ARecord(this, 'Alias', { zone: props.zone, target });
    new route53.AaaaRecord(this, 'AliasV6', { zone: props.zone, target });

    new cdk.CfnOutput(this, 'CdnDomain', { value: cdn.distributionDomainName });
  }
}

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const dns = new DnsStack(app, 'YoctogramDnsStack', { env });
const network = new NetworkStack(app, 'YoctogramNetworkStack', { env });
const data = new DataStack(app, 'YoctogramDataStack', { env, vpc: network.vpc });
new AppStack(app, 'YoctogramAppStack', {
  env,
  vpc: network.vpc,
  zone: dns.zone,
  certificate: dns.certificate,
  database: data.database,
  images: data.images,
});
app.synth();
