// aws-cdk-lib 2.276.0 twins of the Go cases in ../../resource_override_test.go:
// a program's own resource class, extending the abstract ResourceBase, for
// a path made with the L1 under an L2 API. Each stack is one template case.
const cdk = require('aws-cdk-lib');
const apigw = require('aws-cdk-lib/aws-apigateway');
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

app.synth();
