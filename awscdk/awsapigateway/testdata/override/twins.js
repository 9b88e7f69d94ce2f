// aws-cdk-lib 2.276.0 twins of the Go cases in ../../resource_override_test.go
// and ../../restapi_base_override_test.go: a program's own resource class,
// extending the abstract ResourceBase, for a path made with the L1 under an
// L2 API, and its own API class, extending RestApiBase, over an L1 API.
// Each stack is one template case.
const cdk = require('aws-cdk-lib');
const apigw = require('aws-cdk-lib/aws-apigateway');
const iam = require('aws-cdk-lib/aws-iam');
const ec2 = require('aws-cdk-lib/aws-ec2');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

// MountedResource is a path part the program created itself (a
// CfnResource), taken into the L2 world to add paths and methods under it.
class MountedResource extends apigw.ResourceBase {
  constructor(scope, id, parent, cfn, pathPart) {
    super(scope, id);
    this.api = parent.api;
    this.parentResource = parent;
    this.resourceId = cfn.ref;
    this.path = `${parent.path === '/' ? '' : parent.path}/${pathPart}`;
    this.defaultIntegration = new apigw.MockIntegration({ integrationResponses: [{ statusCode: '200' }], requestTemplates: { 'application/json': '{ "statusCode": 200 }' } });
    this.defaultMethodOptions = { apiKeyRequired: true, methodResponses: [{ statusCode: '200' }] };
    this.defaultCorsPreflightOptions = undefined;
  }
}

{ // OverrideResource: resources and methods under a program's resource, the deployment hash following them
  const s = new cdk.Stack(app, 'OverrideResource');
  const api = new apigw.RestApi(s, 'Api');
  api.root.addMethod('GET', new apigw.MockIntegration());
  const raw = new apigw.CfnResource(s, 'Raw', { restApiId: api.restApiId, parentId: api.restApiRootResourceId, pathPart: 'legacy' });
  const legacy = new MountedResource(s, 'Legacy', api.root, raw, 'legacy');
  legacy.addMethod('GET');
  const items = legacy.addResource('items');
  items.addMethod('POST');
  const item = legacy.resourceForPath('items/{id}');
  item.addMethod('DELETE', undefined, { apiKeyRequired: false });
  legacy.addCorsPreflight({ allowOrigins: ['https://example.com', 'https://admin.example.com'] });
  legacy.addProxy({ anyMethod: false }).addMethod('PUT');
  new cdk.CfnOutput(s, 'Id', { value: legacy.resourceRef.resourceId });
  new cdk.CfnOutput(s, 'ItemPath', { value: item.path });
  new cdk.CfnOutput(s, 'Same', { value: String(legacy.getResource('items') === items) });
}

// L1Api is an API the program defines with the L1, given the L2 API's
// methods; its resource policy goes on the L1.
class L1Api extends apigw.RestApiBase {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.cfn = new apigw.CfnRestApi(this, 'Resource', { name: this.restApiName });
    this.restApiId = this.cfn.ref;
    this.restApiRootResourceId = this.cfn.attrRootResourceId;
    this.root = apigw.Resource.fromResourceAttributes(this, 'Root', { restApi: this, resourceId: this.restApiRootResourceId, path: '/' });
    this.doc = new iam.PolicyDocument();
  }
  addToResourcePolicy(statement) {
    this.doc.addStatements(statement);
    this.cfn.policy = this.doc;
    return { statementAdded: true };
  }
}

{ // OverrideRestApi: methods, a deployment stage, usage plan, key, gateway response, VPC endpoint policy, metrics
  const s = new cdk.Stack(app, 'OverrideRestApi');
  const api = new L1Api(s, 'Api', { restApiName: 'orders-api' });
  api.root.addMethod('GET', new apigw.MockIntegration());
  const dep = new apigw.Deployment(s, 'Deployment', { api });
  const stage = new apigw.Stage(s, 'Prod', { deployment: dep, stageName: 'prod' });
  api.deploymentStage = stage;
  api.addUsagePlan('Plan', { throttle: { rateLimit: 10, burstLimit: 2 } }).addApiStage({ stage });
  api.addApiKey('Key', { apiKeyName: 'orders-key' });
  api.addGatewayResponse('NoToken', { type: apigw.ResponseType.MISSING_AUTHENTICATION_TOKEN, statusCode: '404' });
  api.grantInvokeFromVpcEndpointsOnly([ec2.InterfaceVpcEndpoint.fromInterfaceVpcEndpointAttributes(s, 'Vpce', { vpcEndpointId: 'vpce-0123', port: 443 })]);
  new cloudwatch.Alarm(s, 'Errors', { metric: api.metricServerError(), threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'Url', { value: api.urlForPath('/items') });
  new cdk.CfnOutput(s, 'Arn', { value: api.arnForExecuteApi('GET', '/items', 'prod') });
  new cdk.CfnOutput(s, 'Id', { value: api.restApiRef.restApiId });
  new cdk.CfnOutput(s, 'Name', { value: api.restApiName });
}

app.synth();
