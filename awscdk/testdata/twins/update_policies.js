// Twin of update_policies_test.go: resource update and creation policies on a
// raw Auto Scaling group, every update policy kind with its options (keys in
// the order of aws-cdk-go's struct fields, which jsii keeps).
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
ctx['@aws-cdk/core:failSynthOnValidationErrors'] = false;
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const s = new cdk.Stack(app, 'Policies');
const asg = new cdk.CfnResource(s, 'Group', { type: 'AWS::AutoScaling::AutoScalingGroup', properties: { MaxSize: '2', MinSize: '1' } });
asg.cfnOptions.updatePolicy = {
  autoScalingInstanceRefresh: {
    strategy: 'Rolling',
    preferences: {
      alarmSpecification: { alarms: ['HighErrors'] },
      bakeTime: 60,
      checkpointDelay: 120,
      checkpointPercentages: [50, 100],
      instanceWarmup: 30,
      maxHealthyPercentage: 150,
      minHealthyPercentage: 90,
      scaleInProtectedInstances: 'Ignore',
      skipMatching: true,
      standbyInstances: 'Wait',
    },
  },
  autoScalingReplacingUpdate: { willReplace: false },
  autoScalingRollingUpdate: { maxBatchSize: 2, minInstancesInService: 1, pauseTime: 'PT5M', waitOnResourceSignals: true },
  autoScalingScheduledAction: { ignoreUnmodifiedGroupSizeProperties: true },
};
asg.cfnOptions.creationPolicy = { resourceSignal: { count: 2, timeout: 'PT10M' } };
const bare = new cdk.CfnResource(s, 'Bare', { type: 'AWS::AutoScaling::AutoScalingGroup', properties: { MaxSize: '1', MinSize: '1' } });
bare.cfnOptions.updatePolicy = { autoScalingInstanceRefresh: { strategy: 'ReplaceRootVolume' } };
app.synth();
