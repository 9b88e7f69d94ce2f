// aws-cdk-lib 2.276.0 twins of the Go cases in project_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecr = require('aws-cdk-lib/aws-ecr');
const logs = require('aws-cdk-lib/aws-logs');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const codecommit = require('aws-cdk-lib/aws-codecommit');
const codebuild = require('aws-cdk-lib/aws-codebuild');
const app = new cdk.App();

// Map keys in sorted order: jsii hands Go maps to aws-cdk-lib sorted.
const spec = () => codebuild.BuildSpec.fromObject({ phases: { build: { commands: ['echo hello', 'make'] } }, version: '0.2' });

{ // Default: the smallest Project and PipelineProject
  const s = new cdk.Stack(app, 'Default');
  const p = new codebuild.Project(s, 'Project', { buildSpec: spec() });
  new codebuild.PipelineProject(s, 'Pipeline');
  new cdk.CfnOutput(s, 'Arn', { value: p.projectArn });
  new cdk.CfnOutput(s, 'Name', { value: p.projectName });
}

{ // Sources: every source type, secondary sources and artifacts, badges, webhooks
  const s = new cdk.Stack(app, 'Sources');
  const bucket = new s3.Bucket(s, 'Bucket');
  const repo = new codecommit.Repository(s, 'Repo', { repositoryName: 'src' });
  new codebuild.Project(s, 'S3', {
    source: codebuild.Source.s3({ bucket, path: 'src/app.zip', version: 'v1' }),
    artifacts: codebuild.Artifacts.s3({ bucket, path: 'out', name: 'art.zip', includeBuildId: false, packageZip: true, encryption: false }),
  });
  const cc = new codebuild.Project(s, 'CodeCommit', {
    source: codebuild.Source.codeCommit({ repository: repo, branchOrRef: 'main', cloneDepth: 1, fetchSubmodules: true }),
    badge: true,
    artifacts: codebuild.Artifacts.s3({ bucket, identifier: 'primary' }),
    secondarySources: [codebuild.Source.s3({ bucket, path: 'extra.zip', identifier: 'extra', version: 'v2' })],
    secondaryArtifacts: [codebuild.Artifacts.s3({ bucket, identifier: 'second', name: 'second' })],
  });
  cc.addSecondarySource(codebuild.Source.codeCommit({ repository: repo, identifier: 'more' }));
  new codebuild.Project(s, 'GitHub', {
    source: codebuild.Source.gitHub({
      owner: 'awslabs', repo: 'aws-cdk', webhook: true, webhookTriggersBatchBuild: true,
      branchOrRef: 'main', buildStatusContext: 'ctx', buildStatusUrl: 'https://example.com/$CODEBUILD_BUILD_ID',
      webhookFilters: [
        codebuild.FilterGroup.inEventOf(codebuild.EventAction.PUSH).andBranchIs('main').andCommitMessageIs('the commit message'),
        codebuild.FilterGroup.inEventOf(codebuild.EventAction.PULL_REQUEST_CREATED, codebuild.EventAction.PULL_REQUEST_UPDATED)
          .andBaseBranchIsNot('dev').andHeadRefIs('refs/heads/feature/*').andFilePathIsNot('README.md').andActorAccountIs('123').andTagIsNot('v*')
          .andBaseRefIs('refs/heads/x').andRepositoryNameIs('r').andFilePathIs('src/*').andTagIs('t').andBranchIsNot('b').andHeadRefIsNot('h')
          .andActorAccountIsNot('9').andCommitMessageIsNot('skip').andBaseBranchIs('main').andBaseRefIsNot('y').andRepositoryNameIsNot('q'),
      ],
    }),
  });
  new codebuild.Project(s, 'GitHubOrg', { source: codebuild.Source.gitHub({ owner: 'my-org' }) });
  new codebuild.Project(s, 'GitHubNoStatus', { source: codebuild.Source.gitHub({ owner: 'o', repo: 'r', reportBuildStatus: false, webhook: false }) });
  new codebuild.Project(s, 'Enterprise', {
    source: codebuild.Source.gitHubEnterprise({
      httpsCloneUrl: 'https://github.example.com/o/r.git', ignoreSslErrors: true, buildStatusContext: 'c',
      webhookFilters: [codebuild.FilterGroup.inEventOf(codebuild.EventAction.PUSH).andFilePathIs('x/*')],
    }),
  });
  new codebuild.Project(s, 'Bitbucket', {
    source: codebuild.Source.bitBucket({
      owner: 'o', repo: 'r', buildStatusName: 'n', buildStatusUrl: 'https://u', cloneDepth: 5,
      webhookFilters: [codebuild.FilterGroup.inEventOf(codebuild.EventAction.PULL_REQUEST_MERGED, codebuild.EventAction.PUSH)],
    }),
    buildSpec: codebuild.BuildSpec.fromSourceFilename('ci/buildspec.yml'),
  });
}

{ // Environment: build images, env vars with secrets and parameters, timeouts and the rest
  const s = new cdk.Stack(app, 'Environment');
  const key = new kms.Key(s, 'Key');
  const certBucket = new s3.Bucket(s, 'CertBucket');
  const secret = new secretsmanager.Secret(s, 'Secret');
  const ecrRepo = new ecr.Repository(s, 'Ecr');
  new codebuild.Project(s, 'Full', {
    projectName: 'full-project',
    description: 'all the things',
    buildSpec: spec(),
    timeout: cdk.Duration.minutes(90),
    queuedTimeout: cdk.Duration.hours(2),
    concurrentBuildLimit: 3,
    autoRetryLimit: 2,
    visibility: codebuild.ProjectVisibility.PUBLIC_READ,
    ssmSessionPermissions: true,
    encryptionKey: key,
    environment: {
      buildImage: codebuild.LinuxBuildImage.STANDARD_6_0,
      computeType: codebuild.ComputeType.LARGE,
      privileged: true,
      certificate: { bucket: certBucket, objectKey: 'cert.pem' },
      environmentVariables: { FROM_ENV: { value: 'env' } },
    },
    environmentVariables: {
      NUM: { value: 42 },
      PARAM: { type: codebuild.BuildEnvironmentVariableType.PARAMETER_STORE, value: '/my/param' },
      PARAM2: { type: codebuild.BuildEnvironmentVariableType.PARAMETER_STORE, value: 'other' },
      PLAIN: { value: 'v' },
      SECRET_ARN: { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'arn:aws:secretsmanager:us-east-1:222222222222:secret:other-AbCdEf:field' },
      SECRET_NAME: { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'my-secret:key' },
      SECRET_TOKEN: { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: secret.secretArn },
    },
  });
  new codebuild.Project(s, 'Docker', {
    buildSpec: spec(), grantReportGroupPermissions: false,
    environment: { buildImage: codebuild.LinuxBuildImage.fromDockerRegistry('my/image:1', { secretsManagerCredentials: secret }) },
  });
  new codebuild.Project(s, 'FromEcr', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxBuildImage.fromEcrRepository(ecrRepo, 'v1') } });
  new codebuild.Project(s, 'Windows', { buildSpec: spec(), environment: { buildImage: codebuild.WindowsBuildImage.WIN_SERVER_CORE_2019_BASE_3_0 } });
  new codebuild.Project(s, 'WindowsEcr', { buildSpec: spec(), environment: { buildImage: codebuild.WindowsBuildImage.fromEcrRepository(ecrRepo, undefined, codebuild.WindowsImageType.SERVER_2022) } });
  new codebuild.Project(s, 'Arm', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxArmBuildImage.AMAZON_LINUX_2_STANDARD_3_0 } });
  new codebuild.Project(s, 'ArmDocker', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxArmBuildImage.fromDockerRegistry('arm/img') } });
  new codebuild.Project(s, 'Lambda', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxLambdaBuildImage.AMAZON_LINUX_2023_NODE_22, computeType: codebuild.ComputeType.LAMBDA_2GB } });
  new codebuild.Project(s, 'ArmLambda', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxArmLambdaBuildImage.AMAZON_LINUX_2_PYTHON_3_11 } });
  new codebuild.Project(s, 'Mac', { buildSpec: codebuild.BuildSpec.fromObjectToYaml({ env: { variables: { A: 'true', B: '1' } }, phases: { build: { commands: ['echo "hi: there"', 'ls -la'] } }, version: '0.2' }), environment: { buildImage: codebuild.LinuxBuildImage.AMAZON_LINUX_2_5 } });
}

{ // Vpc: security groups, connections, logging, caches, file systems
  const s = new cdk.Stack(app, 'Vpc');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const bucket = new s3.Bucket(s, 'Bucket');
  const logGroup = new logs.LogGroup(s, 'Logs');
  const p = new codebuild.Project(s, 'InVpc', {
    buildSpec: spec(), vpc, allowAllOutbound: false,
    logging: { cloudWatch: { logGroup, prefix: 'pre' }, s3: { bucket, prefix: 'logs', encrypted: false } },
    cache: codebuild.Cache.local(codebuild.LocalCacheMode.DOCKER_LAYER, codebuild.LocalCacheMode.CUSTOM),
    fileSystemLocations: [codebuild.FileSystemLocation.efs({ identifier: 'myefs', location: 'fs-123.efs.us-east-1.amazonaws.com:/', mountPoint: '/mnt/efs', mountOptions: 'nfsvers=4.1' })],
  });
  const sg = new ec2.SecurityGroup(s, 'Sg', { vpc });
  const p2 = new codebuild.Project(s, 'WithSg', {
    buildSpec: spec(), vpc, securityGroups: [sg], subnetSelection: { subnetType: ec2.SubnetType.PUBLIC },
    cache: codebuild.Cache.bucket(bucket, { prefix: 'cache', cacheNamespace: 'ns' }),
    logging: { cloudWatch: { enabled: false }, s3: { bucket, enabled: false } },
  });
  p.connections.allowTo(sg, ec2.Port.tcp(443));
  p2.addFileSystemLocation(codebuild.FileSystemLocation.efs({ identifier: 'other', location: 'fs-456:/', mountPoint: '/mnt/o' }));
  new codebuild.Project(s, 'BucketCache', { buildSpec: spec(), cache: codebuild.Cache.bucket(bucket), environment: { buildImage: codebuild.LinuxBuildImage.STANDARD_7_0 } });
  new codebuild.Project(s, 'NoCache', { buildSpec: spec(), cache: codebuild.Cache.none() });
}

{ // Reports: report groups, their grants and imports
  const s = new cdk.Stack(app, 'Reports');
  const bucket = new s3.Bucket(s, 'Bucket');
  const p = new codebuild.PipelineProject(s, 'Project');
  const rg = new codebuild.ReportGroup(s, 'Default');
  const full = new codebuild.ReportGroup(s, 'Full', {
    reportGroupName: 'my-reports', exportBucket: bucket, zipExport: true,
    type: codebuild.ReportGroupType.CODE_COVERAGE, deleteReports: true, removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  new codebuild.ReportGroup(s, 'NoZip', { exportBucket: bucket });
  rg.grantWrite(p);
  full.grantWrite(p);
  const imp = codebuild.ReportGroup.fromReportGroupName(s, 'Imported', 'imported-group');
  imp.grantWrite(p);
  new cdk.CfnOutput(s, 'Arn', { value: rg.reportGroupArn });
  new cdk.CfnOutput(s, 'Name', { value: rg.reportGroupName });
  new cdk.CfnOutput(s, 'ImpArn', { value: imp.reportGroupArn });
}

{ // Events: rules, metrics, imports, roles and batch builds
  const s = new cdk.Stack(app, 'Events');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com') });
  const p = new codebuild.Project(s, 'Project', { buildSpec: spec(), role });
  p.onEvent('Any', { description: 'd' });
  p.onStateChange('State');
  p.onPhaseChange('Phase');
  p.onBuildStarted('Started');
  p.onBuildFailed('Failed');
  p.onBuildSucceeded('Succeeded', { eventPattern: { account: ['1'] } });
  p.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] }));
  p.enableBatchBuilds();
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('Builds', p.metricBuilds());
  alarm('Duration', p.metricDuration({ period: cdk.Duration.minutes(10) }));
  alarm('Succeeded', p.metricSucceededBuilds());
  alarm('FailedBuilds', p.metricFailedBuilds({ statistic: 'Maximum' }));
  alarm('Custom', p.metric('Custom', {}));
  const byArn = codebuild.Project.fromProjectArn(s, 'ByArn', 'arn:aws:codebuild:eu-west-1:222222222222:project/other');
  const byName = codebuild.Project.fromProjectName(s, 'ByName', 'named');
  byArn.onBuildFailed('ArnFailed');
  byName.onStateChange('NameState');
  byName.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
  alarm('ByNameBuilds', byName.metricBuilds());
  new cdk.CfnOutput(s, 'ArnName', { value: byArn.projectName });
  new cdk.CfnOutput(s, 'NameArn', { value: byName.projectArn });
  new cdk.CfnOutput(s, 'Status', { value: codebuild.StateChangeEvent.buildStatus });
}

{ // Extras: source credentials, the untrusted-code boundary, fleets
  const s = new cdk.Stack(app, 'Extras');
  new codebuild.GitHubSourceCredentials(s, 'GitHubCreds', { accessToken: cdk.SecretValue.secretsManager('gh-token') });
  new codebuild.GitHubEnterpriseSourceCredentials(s, 'GheCreds', { accessToken: cdk.SecretValue.unsafePlainText('t0ken') });
  new codebuild.BitBucketSourceCredentials(s, 'BbCreds', { username: cdk.SecretValue.unsafePlainText('me'), password: cdk.SecretValue.secretsManager('bb', { jsonField: 'pw' }) });
  const boundary = new codebuild.UntrustedCodeBoundaryPolicy(s, 'Boundary');
  new codebuild.UntrustedCodeBoundaryPolicy(s, 'Named', { managedPolicyName: 'untrusted', additionalStatements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] });
  new codebuild.Project(s, 'Bounded', { buildSpec: spec(), role: new iam.Role(s, 'BoundedRole', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com'), permissionsBoundary: boundary }) });
  const fleet = new codebuild.Fleet(s, 'Fleet', { baseCapacity: 1, computeType: codebuild.FleetComputeType.SMALL, environmentType: codebuild.EnvironmentType.LINUX_CONTAINER });
  new codebuild.Fleet(s, 'Attr', { fleetName: 'attr-fleet', baseCapacity: 2, computeType: codebuild.FleetComputeType.ATTRIBUTE_BASED, environmentType: codebuild.EnvironmentType.ARM_CONTAINER,
    computeConfiguration: { vCpu: 4, memory: cdk.Size.gibibytes(8), disk: cdk.Size.gibibytes(64), machineType: codebuild.MachineType.GENERAL }, overflowBehavior: codebuild.FleetOverflowBehavior.ON_DEMAND });
  new codebuild.Fleet(s, 'Custom', { baseCapacity: 1, computeType: codebuild.FleetComputeType.CUSTOM_INSTANCE_TYPE, environmentType: codebuild.EnvironmentType.LINUX_EC2,
    computeConfiguration: { instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.LARGE), disk: cdk.Size.gibibytes(100) } });
  new codebuild.Project(s, 'OnFleet', { buildSpec: spec(), environment: { fleet, buildImage: codebuild.LinuxBuildImage.STANDARD_7_0 } });
  const imported = codebuild.Fleet.fromFleetArn(s, 'ImportedFleet', 'arn:aws:codebuild:us-east-1:123456789012:fleet/shared:abc');
  new codebuild.Project(s, 'OnImported', { buildSpec: spec(), environment: { fleet: imported } });
  new codebuild.Project(s, 'Kernel', { buildSpec: spec(), environment: { hostKernel: codebuild.HostKernel.LINUX_KERNEL_6 } });
  new cdk.CfnOutput(s, 'FleetArn', { value: fleet.fleetArn });
  new cdk.CfnOutput(s, 'FleetName', { value: fleet.fleetName });
  new cdk.CfnOutput(s, 'ImportedName', { value: imported.fleetName });
}

{ // VpcFleet: a fleet in a VPC with its generated role and security group
  const s = new cdk.Stack(app, 'VpcFleet');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'pub', subnetType: ec2.SubnetType.PUBLIC }] });
  const f = new codebuild.Fleet(s, 'Fleet', { baseCapacity: 1, computeType: codebuild.FleetComputeType.MEDIUM, environmentType: codebuild.EnvironmentType.LINUX_CONTAINER, vpc });
  f.connections.allowToAnyIpv4(ec2.Port.tcp(443));
}

{ // Notify: notification rules of owned and imported projects
  const s = new cdk.Stack(app, 'Notify');
  const sns = require('aws-cdk-lib/aws-sns');
  const topic = new sns.Topic(s, 'Topic');
  const p = new codebuild.Project(s, 'Project', { buildSpec: spec() });
  p.notifyOn('Many', topic, { events: [codebuild.ProjectNotificationEvents.BUILD_IN_PROGRESS, codebuild.ProjectNotificationEvents.BUILD_STOPPED, codebuild.ProjectNotificationEvents.BUILD_PHASE_FAILED, codebuild.ProjectNotificationEvents.BUILD_PHASE_SUCCEEDED], detailType: 'BASIC' });
  p.notifyOnBuildSucceeded('Succeeded', topic);
  p.notifyOnBuildFailed('Failed', topic, { notificationRuleName: 'failed', enabled: false });
  codebuild.Project.fromProjectName(s, 'Imp', 'imp').notifyOnBuildFailed('ImpFailed', topic);
}

{ // Gpu: Deep Learning Containers images, looked up per region
  const s = new cdk.Stack(app, 'Gpu');
  new codebuild.Project(s, 'Dlc', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxGpuBuildImage.DLC_TENSORFLOW_2_1_0_TRAINING } });
  new codebuild.Project(s, 'Explicit', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxGpuBuildImage.awsDeepLearningContainersImage('pytorch-training', '1.0', '123456789012'), computeType: codebuild.ComputeType.SMALL } });
}

{ // GpuRegion: a stack with a region, an image from an ECR repository
  const s = new cdk.Stack(app, 'GpuRegion', { env: { account: '111111111111', region: 'eu-south-1' } });
  new codebuild.Project(s, 'Dlc', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxGpuBuildImage.DLC_PYTORCH_1_5_0_INFERENCE } });
  const repo = new ecr.Repository(s, 'Repo');
  new codebuild.Project(s, 'FromEcr', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxGpuBuildImage.fromEcrRepository(repo) } });
}

{ // More: a role shared by VPC projects, pipeline bucket keys, assets
  const s = new cdk.Stack(app, 'More');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'pub', subnetType: ec2.SubnetType.PUBLIC }] });
  const role = new iam.Role(s, 'SharedRole', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com') });
  new codebuild.Project(s, 'First', { buildSpec: spec(), vpc, role });
  new codebuild.Project(s, 'Second', { buildSpec: spec(), vpc, role });
  const key = new kms.Key(s, 'ArtifactKey');
  const bucket = new s3.Bucket(s, 'Artifacts', { encryptionKey: key });
  const pp = new codebuild.PipelineProject(s, 'InPipeline');
  pp.bindToCodePipeline(s, { artifactBucket: bucket });
  pp.bindToCodePipeline(s, { artifactBucket: new s3.Bucket(s, 'Other', { encryptionKey: new kms.Key(s, 'OtherKey') }) });
  new codebuild.Project(s, 'AssetSpec', { buildSpec: codebuild.BuildSpec.fromAsset('testdata/buildspec.yml') });
  new codebuild.Project(s, 'DockerAsset', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxBuildImage.fromAsset(s, 'Image', { directory: 'testdata/image' }) } });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  NoSourceNoSpec: (s) => new codebuild.Project(s, 'P', {}),
  NoSourceFileSpec: (s) => new codebuild.Project(s, 'P', { buildSpec: codebuild.BuildSpec.fromSourceFilename('b.yml') }),
  BadgeNoSource: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), badge: true }),
  SgWithoutVpc: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), allowAllOutbound: true }),
  AutoRetry: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), autoRetryLimit: 11 }),
  ConnectionsWithoutVpc: (s) => new codebuild.Project(s, 'P', { buildSpec: spec() }).connections,
  LambdaTimeout: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), timeout: cdk.Duration.minutes(5), badge: false, environment: { buildImage: codebuild.LinuxLambdaBuildImage.AMAZON_LINUX_2_NODE_18 } }),
  WindowsPrivileged: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), environment: { privileged: true, computeType: codebuild.ComputeType.SMALL, buildImage: codebuild.WindowsBuildImage.WINDOWS_BASE_2_0 } }),
  LinuxLambdaCompute: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), environment: { computeType: codebuild.ComputeType.LAMBDA_1GB } }),
  CloudWatchNoGroup: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), logging: { cloudWatch: {} } }),
  SecondaryNoId: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), secondarySources: [codebuild.Source.s3({ bucket: new s3.Bucket(s, 'B'), path: 'x' })] }),
  PlaintextSecret: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), environmentVariables: { S: { value: cdk.SecretValue.unsafePlainText('x') } } }),
  WebhookFiltersNoWebhook: (s) => new codebuild.Project(s, 'P', { source: codebuild.Source.gitHub({ owner: 'o', repo: 'r', webhook: false, webhookFilters: [codebuild.FilterGroup.inEventOf(codebuild.EventAction.PUSH)] }) }),
  BaseRefOnPush: () => codebuild.FilterGroup.inEventOf(codebuild.EventAction.PUSH).andBaseBranchIs('main'),
  EmptyFilterGroup: () => codebuild.FilterGroup.inEventOf(),
  BitbucketReopened: (s) => new codebuild.Project(s, 'P', { source: codebuild.Source.bitBucket({ owner: 'o', repo: 'r', webhookFilters: [codebuild.FilterGroup.inEventOf(codebuild.EventAction.PULL_REQUEST_REOPENED)] }) }),
  EnterpriseCommitMessage: (s) => new codebuild.Project(s, 'P', { source: codebuild.Source.gitHubEnterprise({ httpsCloneUrl: 'https://x', webhookFilters: [codebuild.FilterGroup.inEventOf(codebuild.EventAction.PULL_REQUEST_CREATED).andCommitMessageIs('m')] }) }),
  FleetNameShort: (s) => new codebuild.Fleet(s, 'F', { fleetName: 'x', baseCapacity: 1, computeType: codebuild.FleetComputeType.SMALL, environmentType: codebuild.EnvironmentType.LINUX_CONTAINER }),
  FleetCapacity: (s) => new codebuild.Fleet(s, 'F', { baseCapacity: 0, computeType: codebuild.FleetComputeType.SMALL, environmentType: codebuild.EnvironmentType.LINUX_CONTAINER }),
  FleetAttrEmpty: (s) => new codebuild.Fleet(s, 'F', { baseCapacity: 1, computeType: codebuild.FleetComputeType.ATTRIBUTE_BASED, environmentType: codebuild.EnvironmentType.LINUX_CONTAINER }),
  FleetConfigOnSmall: (s) => new codebuild.Fleet(s, 'F', { baseCapacity: 1, computeType: codebuild.FleetComputeType.SMALL, environmentType: codebuild.EnvironmentType.LINUX_CONTAINER, computeConfiguration: { vCpu: 2 } }),
  FleetImageMismatch: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), environment: { buildImage: codebuild.WindowsBuildImage.WIN_SERVER_CORE_2019_BASE, fleet: new codebuild.Fleet(s, 'F', { baseCapacity: 1, computeType: codebuild.FleetComputeType.SMALL, environmentType: codebuild.EnvironmentType.LINUX_CONTAINER }) } }),
  GpuCompute: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), environment: { buildImage: codebuild.LinuxGpuBuildImage.DLC_MXNET_1_6_0, computeType: codebuild.ComputeType.MEDIUM } }),
  WindowsKernel: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), environment: { hostKernel: codebuild.HostKernel.LINUX_KERNEL_4, buildImage: codebuild.WindowsBuildImage.WIN_SERVER_CORE_2019_BASE } }),
  MacWithoutFleet: (s) => new codebuild.Project(s, 'P', { buildSpec: spec(), environment: { buildImage: codebuild.MacBuildImage.BASE_14 } }),
  DeleteReportsRetain: (s) => new codebuild.ReportGroup(s, 'R', { deleteReports: true }),
  PipelineSecondary: (s) => new codebuild.PipelineProject(s, 'P').addSecondarySource(codebuild.Source.s3({ bucket: new s3.Bucket(s, 'B'), path: 'p', identifier: 'id' })),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false, outdir: require('fs').mkdtempSync(require('os').tmpdir() + '/cb-') });
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
app.synth();
