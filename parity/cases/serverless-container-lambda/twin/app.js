// The serverless-container-lambda case on aws-cdk-lib 2.276.0: the same
// program as main.go, construct for construct.
const cdk = require('aws-cdk-lib');
const ecr = require('aws-cdk-lib/aws-ecr');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ContainerStack');
const web = new lambda.DockerImageFunction(stack, 'Web', {
  code: lambda.DockerImageCode.fromImageAsset('./image', {
    buildArgs: { BASE: 'public.ecr.aws/lambda/nodejs:22' },
    target: 'runtime',
  }),
  architecture: lambda.Architecture.ARM_64,
  memorySize: 512,
  timeout: cdk.Duration.seconds(15),
});
const url = web.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: { allowedOrigins: ['*'], allowedMethods: [lambda.HttpMethod.GET] },
});
const repo = ecr.Repository.fromRepositoryName(stack, 'Worker', 'worker');
new lambda.DockerImageFunction(stack, 'FromEcr', {
  code: lambda.DockerImageCode.fromEcr(repo, { tagOrDigest: 'v1.2.3' }),
});
new cdk.CfnOutput(stack, 'WebUrl', { value: url.url });
app.synth();
