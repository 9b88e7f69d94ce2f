// aws-cdk-lib 2.276.0 twins of the Go cases in repository_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const codecommit = require('aws-cdk-lib/aws-codecommit');
const app = new cdk.App();

{ // Default: the smallest repository and every attribute as an output
  const s = new cdk.Stack(app, 'Default');
  const r = new codecommit.Repository(s, 'Repo', { repositoryName: 'my-repo' });
  new cdk.CfnOutput(s, 'Arn', { value: r.repositoryArn });
  new cdk.CfnOutput(s, 'Name', { value: r.repositoryName });
  new cdk.CfnOutput(s, 'Http', { value: r.repositoryCloneUrlHttp });
  new cdk.CfnOutput(s, 'Ssh', { value: r.repositoryCloneUrlSsh });
  new cdk.CfnOutput(s, 'Grc', { value: r.repositoryCloneUrlGrc });
}

{ // AllProps: description, KMS key, code from a directory, triggers
  const s = new cdk.Stack(app, 'AllProps');
  const key = new kms.Key(s, 'Key');
  const topic = new sns.Topic(s, 'Topic');
  const r = new codecommit.Repository(s, 'Repo', {
    repositoryName: 'full',
    description: 'a repository',
    kmsKey: key,
    code: codecommit.Code.fromDirectory(path.join(__dirname, 'code'), 'main'),
  });
  r.notify(topic.topicArn);
  r.notify('arn:aws:sns:us-east-1:123456789012:other', {
    name: 'custom', customData: 'data', branches: ['main', 'dev'],
    events: [codecommit.RepositoryEventTrigger.CREATE_REF, codecommit.RepositoryEventTrigger.ALL],
  });
  r.notify('arn:aws:lambda:us-east-1:123456789012:function:f', {
    events: [codecommit.RepositoryEventTrigger.UPDATE_REF, codecommit.RepositoryEventTrigger.DELETE_REF],
  });
  new codecommit.Repository(s, 'Dir', { repositoryName: 'dir', code: codecommit.Code.fromDirectory(path.join(__dirname, 'code')) });
}

{ // Grants: identity grants on owned and imported repositories
  const s = new cdk.Stack(app, 'Grants', { env: { account: '111111111111', region: 'us-east-1' } });
  const r = new codecommit.Repository(s, 'Repo', { repositoryName: 'g' });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com') });
  r.grantPull(role);
  r.grantPullPush(role);
  r.grantRead(role);
  r.grant(role, 'codecommit:ListBranches');
  r.grants.actions(role, ['codecommit:GetBranch'], { resourceArns: ['arn:aws:codecommit:us-east-1:111111111111:x'] });
  const byArn = codecommit.Repository.fromRepositoryArn(s, 'ByArn', 'arn:aws:codecommit:eu-west-1:222222222222:imported');
  const byName = codecommit.Repository.fromRepositoryName(s, 'ByName', 'named');
  byArn.grantPull(role);
  byName.grantRead(role);
  new cdk.CfnOutput(s, 'ArnHttp', { value: byArn.repositoryCloneUrlHttp });
  new cdk.CfnOutput(s, 'ArnSsh', { value: byArn.repositoryCloneUrlSsh });
  new cdk.CfnOutput(s, 'ArnGrc', { value: byArn.repositoryCloneUrlGrc });
  new cdk.CfnOutput(s, 'ArnName', { value: byArn.repositoryName });
  new cdk.CfnOutput(s, 'NameArn', { value: byName.repositoryArn });
  new cdk.CfnOutput(s, 'NameHttp', { value: byName.repositoryCloneUrlHttp });
  new cdk.CfnOutput(s, 'NameGrc', { value: byName.repositoryCloneUrlGrc });
}

{ // Events: every event rule helper
  const s = new cdk.Stack(app, 'Events');
  const r = new codecommit.Repository(s, 'Repo', { repositoryName: 'ev' });
  r.onEvent('Any', { description: 'any', ruleName: 'any-rule' });
  r.onStateChange('State');
  r.onReferenceCreated('Created');
  r.onReferenceUpdated('Updated');
  r.onReferenceDeleted('Deleted');
  r.onPullRequestStateChange('PR');
  r.onCommentOnPullRequest('PRComment');
  r.onCommentOnCommit('CommitComment');
  r.onCommit('Commit');
  r.onCommit('CommitMain', { branches: ['main'], eventPattern: { account: ['123456789012'] } });
  const imp = codecommit.Repository.fromRepositoryName(s, 'Imp', 'imp');
  imp.onCommit('ImpCommit', { branches: ['dev'] });
}

{ // Notifications: notification rules to an SNS topic
  const s = new cdk.Stack(app, 'Notifications');
  const r = new codecommit.Repository(s, 'Repo', { repositoryName: 'n' });
  const topic = new sns.Topic(s, 'Topic');
  r.notifyOn('All', topic, { events: [codecommit.RepositoryNotificationEvents.COMMIT_COMMENT, codecommit.RepositoryNotificationEvents.BRANCH_OR_TAG_UPDATED, codecommit.RepositoryNotificationEvents.COMMIT_COMMENT], detailType: 'BASIC', enabled: false, notificationRuleName: 'all-events', createdBy: 'me' });
  r.notifyOnPullRequestComment('PRComment', topic);
  r.notifyOnApprovalStatusChanged('Approval', topic, { enabled: true });
  r.notifyOnApprovalRuleOverridden('Override', topic);
  r.notifyOnPullRequestCreated('PRCreated', topic);
  r.notifyOnPullRequestMerged('PRMerged', topic);
  r.notifiyOnPullRequestMerged('PRMergedOld', topic);
  r.notifyOnBranchOrTagCreated('BranchCreated', topic);
  const rule = r.notifyOnBranchOrTagDeleted('BranchDeleted', topic);
  rule.addTarget(new sns.Topic(s, 'Second'));
  const imp = codecommit.Repository.fromRepositoryArn(s, 'Imp', 'arn:aws:codecommit:us-east-1:123456789012:imp');
  imp.notifyOnPullRequestCreated('ImpPR', topic);
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  DuplicateTrigger: (s) => {
    const r = new codecommit.Repository(s, 'Repo', { repositoryName: 'x' });
    r.notify('arn:aws:sns:us-east-1:123456789012:t', { name: 'n' });
    r.notify('arn:aws:sns:us-east-1:123456789012:u', { name: 'n' });
  },
  NotADirectory: () => codecommit.Code.fromDirectory('testdata/code/README.md'),
  NotAZip: () => codecommit.Code.fromZipFile('testdata/code'),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
