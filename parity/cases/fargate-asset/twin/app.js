// The fargate-asset case on aws-cdk-lib 2.276.0: the same program as
// main.go, construct for construct.
'use strict';

const cdk = require('aws-cdk-lib');
const ecs = require('aws-cdk-lib/aws-ecs');
const ecsPatterns = require('aws-cdk-lib/aws-ecs-patterns');

class ServiceStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const svc = new ecsPatterns.ApplicationLoadBalancedFargateService(this, 'Web', {
      cpu: 256,
      memoryLimitMiB: 512,
      desiredCount: 1,
      minHealthyPercent: 100,
      taskImageOptions: {
        image: ecs.ContainerImage.fromAsset('./image'),
        containerPort: 8080,
        environment: { GREETING: 'hello' },
      },
      publicLoadBalancer: true,
    });
    svc.targetGroup.configureHealthCheck({ path: '/' });
  }
}

const app = new cdk.App();
new ServiceStack(app, 'FargateAssetStack');
app.synth();
