// The photosky case on aws-cdk-lib 2.276.0: the same program as main.go,
// construct for construct.
const cdk = require('aws-cdk-lib');
const apigateway = require('aws-cdk-lib/aws-apigateway');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

class PhotoSkyStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const photos = new s3.Bucket(this, 'PhotosBucket', {
      cors: [{
        allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.PUT, s3.HttpMethods.POST],
        allowedOrigins: ['*'],
        allowedHeaders: ['*'],
      }],
      removalPolicy: cdk.RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    const api = new lambda.DockerImageFunction(this, 'PhotoFunction', {
      code: lambda.DockerImageCode.fromImageAsset('./src'),
      memorySize: 1024,
      timeout: cdk.Duration.seconds(30),
      environment: {
        BUCKET_NAME: photos.bucketName,
      },
    });
    photos.grantReadWrite(api);

    const restApi = new apigateway.LambdaRestApi(this, 'PhotoApi', {
      handler: api,
      defaultCorsPreflightOptions: {
        allowOrigins: apigateway.Cors.ALL_ORIGINS,
        allowMethods: apigateway.Cors.ALL_METHODS,
        allowHeaders: apigateway.Cors.DEFAULT_HEADERS,
      },
    });

    new cdk.CfnOutput(this, 'ApiUrl', {
      value: restApi.url,
      description: 'The URL of the PhotoSky API',
    });
    new cdk.CfnOutput(this, 'BucketName', {
      value: photos.bucketName,
      description: 'The bucket holding the photos',
    });
  }
}

const app = new cdk.App();
new PhotoSkyStack(app, 'PhotoSkyStack', { env: undefined });
app.synth();
