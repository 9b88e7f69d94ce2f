// aws-cdk-lib 2.276.0 twins of the Go cases in repository_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const targets = require('aws-cdk-lib/aws-events-targets');
const ecr = require('aws-cdk-lib/aws-ecr');
const app = new cdk.App();

function outputs(s, prefix, r) {
  new cdk.CfnOutput(s, prefix + 'Name', { value: r.repositoryName });
  new cdk.CfnOutput(s, prefix + 'Arn', { value: r.repositoryArn });
  new cdk.CfnOutput(s, prefix + 'Uri', { value: r.repositoryUri });
  new cdk.CfnOutput(s, prefix + 'Registry', { value: r.registryUri });
  new cdk.CfnOutput(s, prefix + 'Tag', { value: r.repositoryUriForTag('v1') });
  new cdk.CfnOutput(s, prefix + 'Digest', { value: r.repositoryUriForDigest('sha256:abc') });
  new cdk.CfnOutput(s, prefix + 'TagOrDigest', { value: r.repositoryUriForTagOrDigest('sha256:def') });
}

{ // Default: a plain repository and a named one, with every URI
  const s = new cdk.Stack(app, 'Default');
  const r = new ecr.Repository(s, 'Repo');
  new ecr.Repository(s, 'Named', { repositoryName: 'my/app-repo' });
  outputs(s, 'Repo', r);
}

{ // AllProps: scanning, mutability, KMS, emptyOnDelete, registry id
  const s = new cdk.Stack(app, 'AllProps');
  const key = new kms.Key(s, 'Key');
  new ecr.Repository(s, 'Repo', {
    repositoryName: 'all-props',
    imageScanOnPush: true,
    imageTagMutability: ecr.TagMutability.IMMUTABLE,
    encryptionKey: key,
    emptyOnDelete: true,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    lifecycleRegistryId: '123456789012',
  });
  new ecr.Repository(s, 'AwsManaged', { encryption: ecr.RepositoryEncryption.KMS, imageScanOnPush: false });
  new ecr.Repository(s, 'Aes', { encryption: ecr.RepositoryEncryption.AES_256, removalPolicy: cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE });
  new ecr.Repository(s, 'Exclusions', {
    imageTagMutability: ecr.TagMutability.IMMUTABLE_WITH_EXCLUSION,
    imageTagMutabilityExclusionFilters: [ecr.ImageTagMutabilityExclusionFilter.wildcard('latest'), ecr.ImageTagMutabilityExclusionFilter.wildcard('dev-*')],
  });
  new ecr.Repository(s, 'RegistryOnly', { lifecycleRegistryId: '123456789012' });
}

{ // Lifecycle: the priority ordering of rules
  const s = new cdk.Stack(app, 'Lifecycle');
  const r = new ecr.Repository(s, 'Repo', {
    lifecycleRules: [
      { maxImageCount: 100 },
      { rulePriority: 5, tagPrefixList: ['prod'], maxImageCount: 9999, description: 'keep prod' },
    ],
  });
  r.addLifecycleRule({ tagStatus: ecr.TagStatus.UNTAGGED, maxImageAge: cdk.Duration.days(7) });
  r.addLifecycleRule({ tagPatternList: ['test*abc', '*dev*'], maxImageAge: cdk.Duration.days(30) });
  r.addLifecycleRule({ rulePriority: 2, tagStatus: ecr.TagStatus.TAGGED, tagPrefixList: ['a', 'b'], maxImageCount: 3 });
  const p = new ecr.Repository(s, 'Prioritized');
  p.addLifecycleRule({ rulePriority: 10, maxImageCount: 5 });
  p.addLifecycleRule({ rulePriority: 1, tagPrefixList: ['x'], maxImageCount: 2 });
}

{ // Grants: identity grants, the resource policy, imports, tokens
  const s = new cdk.Stack(app, 'Grants', { env: { account: '111111111111', region: 'us-east-1' } });
  const r = new ecr.Repository(s, 'Repo');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
  r.grantPull(role);
  r.grantRead(role);
  const pusher = new iam.Role(s, 'Pusher', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com') });
  r.grantPush(pusher);
  r.grantPullPush(new iam.Role(s, 'Both', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com') }));
  r.grant(pusher, 'ecr:ListImages');
  r.grantPull(new iam.AccountPrincipal('222222222222'));
  const added = r.addToResourcePolicy(new iam.PolicyStatement({ actions: ['ecr:DescribeImages'], principals: [new iam.ServicePrincipal('lambda.amazonaws.com')] }));
  const byName = ecr.Repository.fromRepositoryName(s, 'ByName', 'other');
  byName.grantPull(role);
  const byArn = ecr.Repository.fromRepositoryArn(s, 'ByArn', 'arn:aws:ecr:eu-west-1:333333333333:repository/ns/third');
  byArn.grantPush(role);
  const byAttrs = ecr.Repository.fromRepositoryAttributes(s, 'ByAttrs', { repositoryName: 'fourth', repositoryArn: 'arn:aws:ecr:us-east-1:111111111111:repository/fourth' });
  byAttrs.grantRead(role);
  const notAdded = byArn.addToResourcePolicy(new iam.PolicyStatement({ actions: ['ecr:*'], principals: [new iam.AnyPrincipal()] }));
  ecr.AuthorizationToken.grantRead(pusher);
  ecr.PublicGalleryAuthorizationToken.grantRead(pusher);
  outputs(s, 'ByName', byName);
  outputs(s, 'ByArn', byArn);
  new cdk.CfnOutput(s, 'Added', { value: `${added.statementAdded}|${notAdded.statementAdded}` });
  new cdk.CfnOutput(s, 'ArnForLocal', { value: ecr.Repository.arnForLocalRepository('local', s, '444444444444') });
}

{ // Events: the EventBridge helpers
  const s = new cdk.Stack(app, 'Events');
  const r = new ecr.Repository(s, 'Repo');
  const topic = new sns.Topic(s, 'Topic');
  r.onImageScanCompleted('Scanned', { target: new targets.SnsTopic(topic) });
  r.onImageScanCompleted('ScannedTags', { imageTags: ['prod', 'latest'], description: 'scans of prod', ruleName: 'scans' });
  r.onCloudTrailImagePushed('Pushed', { imageTag: 'v1', target: new targets.SnsTopic(topic) });
  r.onCloudTrailImagePushed('PushedAny');
  r.onCloudTrailEvent('Trail', { eventPattern: { account: ['111111111111'] } });
  r.onEvent('Any', { target: new targets.SnsTopic(topic) });
}

{ // AutoDelete: the auto-delete-images custom resource (twice: one provider)
  const s = new cdk.Stack(app, 'AutoDelete');
  new ecr.Repository(s, 'Repo', { autoDeleteImages: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
  new ecr.Repository(s, 'Second', { repositoryName: 'second', autoDeleteImages: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
}

{ // CrossAccount: a role of another account's stack pulls through the repository policy
  const repoStack = new cdk.Stack(app, 'RepoStack', { env: { account: '111111111111', region: 'us-east-1' } });
  const userStack = new cdk.Stack(app, 'UserStack', { env: { account: '222222222222', region: 'us-east-1' } });
  const r = new ecr.Repository(repoStack, 'Repo', { repositoryName: 'shared' });
  const role = new iam.Role(userStack, 'Role', { roleName: 'puller', assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
  r.grantPull(role);
}

{ // Lookup: a repository from the Cloud Control context provider, not in the context yet
  const s = new cdk.Stack(app, 'Lookup', { env: { account: '111111111111', region: 'eu-west-1' } });
  const r = ecr.Repository.fromLookup(s, 'Repo', { repositoryName: 'my-repo' });
  r.grantPull(new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') }));
  new cdk.CfnOutput(s, 'Arn', { value: r.repositoryArn });
  new cdk.CfnOutput(s, 'Name', { value: r.repositoryName });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  EmptyOnDeleteRetain: (s) => new ecr.Repository(s, 'R', { emptyOnDelete: true }),
  AutoDeleteRetain: (s) => new ecr.Repository(s, 'R', { autoDeleteImages: true }),
  BadName: (s) => new ecr.Repository(s, 'R', { repositoryName: 'Bad_Name' }),
  ShortName: (s) => new ecr.Repository(s, 'R', { repositoryName: 'a' }),
  AgeAndCount: (s) => new ecr.Repository(s, 'R', { lifecycleRules: [{ maxImageAge: cdk.Duration.days(3), maxImageCount: 3 }] }),
  NeitherAgeNorCount: (s) => new ecr.Repository(s, 'R', { lifecycleRules: [{ description: 'x', tagStatus: ecr.TagStatus.UNTAGGED }] }),
  TaggedWithoutList: (s) => new ecr.Repository(s, 'R', { lifecycleRules: [{ tagStatus: ecr.TagStatus.TAGGED, maxImageCount: 1 }] }),
  ListWithoutTagged: (s) => new ecr.Repository(s, 'R', { lifecycleRules: [{ tagStatus: ecr.TagStatus.UNTAGGED, tagPrefixList: ['a'], maxImageCount: 1 }] }),
  PrefixAndPattern: (s) => new ecr.Repository(s, 'R', { lifecycleRules: [{ tagPrefixList: ['a'], tagPatternList: ['b*'], maxImageCount: 1 }] }),
  TooManyWildcards: (s) => new ecr.Repository(s, 'R', { lifecycleRules: [{ tagPatternList: ['a*b*c*d*e*'], maxImageCount: 1 }] }),
  TwoAnyRules: (s) => new ecr.Repository(s, 'R', { lifecycleRules: [{ maxImageCount: 1 }, { maxImageCount: 2 }] }),
  PrioritizedAnyWithAuto: (s) => new ecr.Repository(s, 'R', { lifecycleRules: [{ rulePriority: 9, maxImageCount: 1 }, { tagPrefixList: ['a'], maxImageCount: 2 }] }),
  AnyNotLast: (s) => new ecr.Repository(s, 'R', { lifecycleRules: [{ rulePriority: 1, maxImageCount: 1 }, { rulePriority: 5, tagPrefixList: ['a'], maxImageCount: 2 }] }),
  KeyWithAes: (s) => new ecr.Repository(s, 'R', { encryption: ecr.RepositoryEncryption.AES_256, encryptionKey: new kms.Key(s, 'K') }),
  FiltersWithoutExclusion: (s) => new ecr.Repository(s, 'R', { imageTagMutability: ecr.TagMutability.IMMUTABLE, imageTagMutabilityExclusionFilters: [ecr.ImageTagMutabilityExclusionFilter.wildcard('a')] }),
  ExclusionWithoutFilters: (s) => new ecr.Repository(s, 'R', { imageTagMutability: ecr.TagMutability.MUTABLE_WITH_EXCLUSION }),
  NoFilters: (s) => new ecr.Repository(s, 'R', { imageTagMutability: ecr.TagMutability.MUTABLE_WITH_EXCLUSION, imageTagMutabilityExclusionFilters: [] }),
  BadWildcard: (s) => ecr.ImageTagMutabilityExclusionFilter.wildcard('a b'),
  EmptyWildcard: (s) => ecr.ImageTagMutabilityExclusionFilter.wildcard(''),
  BadArn: (s) => ecr.Repository.fromRepositoryArn(s, 'R', 'arn:aws:ecr:us-east-1:111111111111:other/x'),
  TokenArn: (s) => ecr.Repository.fromRepositoryArn(s, 'R', new cdk.CfnParameter(s, 'P').valueAsString),
  DsseEncryption: (s) => new ecr.Repository(s, 'R', { encryption: ecr.RepositoryEncryption.KMS_DSSE }),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false });
  const s = new cdk.Stack(a, 'S');
  try {
    build(s);
    a.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
const assembly = app.synth();
require('fs').writeFileSync('missing.json', JSON.stringify(assembly.manifest.missing, null, 1) + '\n');
