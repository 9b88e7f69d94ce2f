// aws-cdk-lib 2.276.0 twin of synth_session_assembly_test.go: a
// synthesizer of the program's own adds an artifact and missing context
// through its session's assembly and turns validateOnSynth on; the app is
// synthesized with validateOnSynthesis. regen.sh keeps manifest.json.
// Objects are written in the order jsii hands over Go structs (fields in
// declaration order) and maps (keys sorted).
const cdk = require('aws-cdk-lib');
const { cloud_assembly_schema: cas } = require('aws-cdk-lib');

class OwnSynth extends cdk.StackSynthesizer {
  addFileAsset() { throw new Error('no assets'); }
  addDockerImageAsset() { throw new Error('no assets'); }
  synthesize(session) {
    this.synthesizeTemplate(session);
    session.assembly.addArtifact('Extra', {
      type: cas.ArtifactType.AWS_CLOUDFORMATION_STACK,
      environment: 'aws://111111111111/eu-west-1',
      properties: { templateFile: 'Own.template.json', stackName: 'extra', tags: { A: '1', B: '2' } },
    });
    session.assembly.addMissing({
      key: 'ssm:account=111111111111:parameterName=p:region=eu-west-1',
      props: { account: '111111111111', region: 'eu-west-1', parameterName: 'p' },
      provider: cas.ContextProvider.SSM_PARAMETER_PROVIDER,
    });
    session.validateOnSynth = false;
    this.emitArtifact(session, { assumeRoleArn: 'arn:aws:iam::111111111111:role/deployer' });
  }
}

const app = new cdk.App();
const own = new cdk.Stack(app, 'Own', { synthesizer: new OwnSynth() });
new cdk.CfnResource(own, 'Topic', { type: 'AWS::SNS::Topic' });
const plain = new cdk.Stack(app, 'Plain');
new cdk.CfnResource(plain, 'Topic', { type: 'AWS::SNS::Topic' });
app.synth({ validateOnSynthesis: true });
