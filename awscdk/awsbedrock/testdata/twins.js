// aws-cdk-lib 2.276.0 twins of the Go cases in models_test.go: the model
// references (FoundationModel, ProvisionedModel) as outputs and as the
// resources of a policy, in an environment-agnostic and a regional stack.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const bedrock = require('aws-cdk-lib/aws-bedrock');
const app = new cdk.App();

const build = (s) => {
  const claude = bedrock.FoundationModel.fromFoundationModelId(s, 'Claude', bedrock.FoundationModelIdentifier.ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0);
  const custom = bedrock.FoundationModel.fromFoundationModelId(s, 'Custom', new bedrock.FoundationModelIdentifier('meta.llama3-8b-instruct-v1:0'));
  const provisioned = bedrock.ProvisionedModel.fromProvisionedModelArn(s, 'Provisioned', 'arn:aws:bedrock:us-east-1:111111111111:provisioned-model/abc');
  new cdk.CfnOutput(s, 'ClaudeArn', { value: claude.modelArn });
  new cdk.CfnOutput(s, 'ClaudeId', { value: claude.modelId });
  new cdk.CfnOutput(s, 'CustomArn', { value: custom.modelArn });
  new cdk.CfnOutput(s, 'ProvisionedArn', { value: provisioned.modelArn });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('bedrock.amazonaws.com') });
  role.addToPolicy(new iam.PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [claude.modelArn, custom.modelArn, provisioned.modelArn] }));
};

build(new cdk.Stack(app, 'Models'));
build(new cdk.Stack(app, 'RegionalModels', { env: { region: 'eu-west-1', account: '111111111111' } }));
app.synth();
