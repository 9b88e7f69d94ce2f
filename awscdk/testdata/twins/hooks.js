// Twin of hooks_test.go: the template's Hooks section, from a plain CfnHook
// (with and without properties) and CfnCodeDeployBlueGreenHook (every option,
// and only the required ones).
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
// Hooks of made-up types fail CloudFormation validation; it does not change templates.
ctx['@aws-cdk/core:failSynthOnValidationErrors'] = false;
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const s = new cdk.Stack(app, 'Hooks');
s.addTransform('AWS::CodeDeployBlueGreen');
const role = new cdk.CfnResource(s, 'Role', { type: 'AWS::IAM::Role' });
new cdk.CfnHook(s, 'Plain', { type: 'AWS::Custom::Hook', properties: { Alpha: 'x', Beta: [1, true], Role: role.getAtt('Arn') } });
new cdk.CfnHook(s, 'Empty', { type: 'AWS::Custom::Empty', properties: {} });
const app1 = {
  target: { type: 'AWS::ECS::Service', logicalId: 'Service' },
  ecsAttributes: {
    taskDefinitions: ['Blue', 'Green'],
    taskSets: ['BlueSet', 'GreenSet'],
    trafficRouting: {
      prodTrafficRoute: { type: 'AWS::ElasticLoadBalancingV2::Listener', logicalId: 'Prod' },
      testTrafficRoute: { type: 'AWS::ElasticLoadBalancingV2::Listener', logicalId: 'Test' },
      targetGroups: ['TG1', 'TG2'],
    },
  },
};
new cdk.CfnCodeDeployBlueGreenHook(s, 'BlueGreen', {
  serviceRole: 'CodeDeployRole',
  applications: [app1],
  trafficRoutingConfig: { type: cdk.CfnTrafficRoutingType.TIME_BASED_CANARY, timeBasedCanary: { stepPercentage: 15, bakeTimeMins: 5 } },
  additionalOptions: { terminationWaitTimeInMinutes: 30 },
  lifecycleEventHooks: { beforeInstall: 'FnA', afterAllowTraffic: 'FnB' },
});
new cdk.CfnCodeDeployBlueGreenHook(s, 'Minimal', { serviceRole: 'R2', applications: [app1] });
new cdk.CfnCodeDeployBlueGreenHook(s, 'EmptyOptions', {
  serviceRole: 'R3', applications: [app1],
  trafficRoutingConfig: { type: cdk.CfnTrafficRoutingType.ALL_AT_ONCE, timeBasedLinear: {} },
  additionalOptions: {}, lifecycleEventHooks: {},
});
app.synth();
