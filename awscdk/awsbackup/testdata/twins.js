// aws-cdk-lib 2.276.0 twins of the Go cases in backup_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const backup = require('aws-cdk-lib/aws-backup');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const events = require('aws-cdk-lib/aws-events');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const rds = require('aws-cdk-lib/aws-rds');
const { Construct } = require('constructs');
const sns = require('aws-cdk-lib/aws-sns');
const app = new cdk.App();

{ // Vault: defaults, every prop, imports, grants
  const s = new cdk.Stack(app, 'Vault');
  new backup.BackupVault(s, 'Default');
  const topic = new sns.Topic(s, 'Topic');
  const key = new kms.Key(s, 'Key');
  const v = new backup.BackupVault(s, 'Full', {
    backupVaultName: 'my-vault',
    encryptionKey: key,
    notificationTopic: topic,
    notificationEvents: [backup.BackupVaultEvents.BACKUP_JOB_FAILED, backup.BackupVaultEvents.RESTORE_JOB_COMPLETED],
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    lockConfiguration: { minRetention: cdk.Duration.days(7), maxRetention: cdk.Duration.days(30), changeableFor: cdk.Duration.days(3) },
    accessPolicy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({
      effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['backup:DeleteBackupVault'], resources: ['*'],
    })] }),
    blockRecoveryPointDeletion: true,
  });
  new backup.BackupVault(s, 'AllEvents', { notificationTopic: topic, lockConfiguration: { minRetention: cdk.Duration.days(1) } });
  const blocked = new backup.BackupVault(s, 'Blocked');
  blocked.blockRecoveryPointDeletion();
  blocked.addToAccessPolicy(new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: ['backup:CopyIntoBackupVault'], resources: ['*'] }));
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  v.grant(role, 'backup:StartBackupJob');
  const byName = backup.BackupVault.fromBackupVaultName(s, 'ByName', 'other-vault');
  const byArn = backup.BackupVault.fromBackupVaultArn(s, 'ByArn', 'arn:aws:backup:us-east-1:123456789012:backup-vault:third');
  byArn.grant(role, 'backup:ListRecoveryPointsByBackupVault');
  new cdk.CfnOutput(s, 'Name', { value: v.backupVaultName });
  new cdk.CfnOutput(s, 'Arn', { value: v.backupVaultArn });
  new cdk.CfnOutput(s, 'ByNameArn', { value: byName.backupVaultArn });
  new cdk.CfnOutput(s, 'ByArnName', { value: byArn.backupVaultName });
}

{ // Plans: the canned plans, with a given vault and without
  const s = new cdk.Stack(app, 'Plans');
  const vault = new backup.BackupVault(s, 'Vault');
  backup.BackupPlan.daily35DayRetention(s, 'Daily');
  backup.BackupPlan.dailyMonthly1YearRetention(s, 'Monthly1', vault);
  backup.BackupPlan.dailyWeeklyMonthly5YearRetention(s, 'Five', vault);
  const seven = backup.BackupPlan.dailyWeeklyMonthly7YearRetention(s, 'Seven');
  new cdk.CfnOutput(s, 'SevenVault', { value: seven.backupVault.backupVaultName });
  new cdk.CfnOutput(s, 'SevenId', { value: seven.backupPlanId });
  new cdk.CfnOutput(s, 'SevenArn', { value: seven.backupPlanArn });
  new cdk.CfnOutput(s, 'SevenVersion', { value: seven.versionId });
  const imported = backup.BackupPlan.fromBackupPlanId(s, 'Imported', 'plan-id');
  new backup.BackupSelection(s, 'OnImported', { backupPlan: imported, resources: [backup.BackupResource.fromArn('arn:aws:dynamodb:us-east-1:123456789012:table/t')] });
}

{ // Rules: every rule prop, copy and index actions, continuous backup
  const s = new cdk.Stack(app, 'Rules');
  const vault = new backup.BackupVault(s, 'Vault');
  const other = new backup.BackupVault(s, 'Other');
  const plan = new backup.BackupPlan(s, 'Plan', {
    backupPlanName: 'my-plan',
    windowsVss: true,
    backupPlanRules: [new backup.BackupPlanRule({
      backupVault: vault,
      ruleName: 'Custom',
      completionWindow: cdk.Duration.hours(2),
      startWindow: cdk.Duration.hours(1),
      deleteAfter: cdk.Duration.days(400),
      moveToColdStorageAfter: cdk.Duration.days(30),
      scheduleExpression: events.Schedule.cron({ hour: '3', minute: '30' }),
      scheduleExpressionTimezone: cdk.TimeZone.EUROPE_PARIS,
      recoveryPointTags: { env: 'prod', team: 'storage' },
      copyActions: [{ destinationBackupVault: other, deleteAfter: cdk.Duration.days(120), moveToColdStorageAfter: cdk.Duration.days(30) }, { destinationBackupVault: other }],
      indexActions: [{ resourceTypes: [backup.IndexActionResourceType.EBS, backup.IndexActionResourceType.S3] }],
    })],
  });
  plan.addRule(new backup.BackupPlanRule({ enableContinuousBackup: true }));
  plan.addRule(new backup.BackupPlanRule({ enableContinuousBackup: true, deleteAfter: cdk.Duration.days(10) }));
  plan.addRule(new backup.BackupPlanRule({}));
  plan.addRule(backup.BackupPlanRule.weekly(other));
  plan.addRule(backup.BackupPlanRule.monthly1Year());
  plan.addRule(backup.BackupPlanRule.monthly5Year());
  plan.addRule(backup.BackupPlanRule.monthly7Year());
  plan.addRule(backup.BackupPlanRule.daily());
  const custom = new backup.IndexActionResourceType('EFS');
  plan.addRule(new backup.BackupPlanRule({ indexActions: [{ resourceTypes: [custom] }] }));
}

{ // Selections: ARNs, tags, constructs, roles
  const s = new cdk.Stack(app, 'Selections', { env: { account: '123456789012', region: 'us-east-1' } });
  const plan = backup.BackupPlan.daily35DayRetention(s, 'Plan');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, restrictDefaultSecurityGroup: false });
  const fs = new efs.FileSystem(s, 'Fs', { vpc });
  const table = new dynamodb.Table(s, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
  plan.addSelection('Arns', {
    resources: [
      backup.BackupResource.fromArn('arn:aws:s3:::my-bucket'),
      backup.BackupResource.fromDynamoDbTable(table),
      backup.BackupResource.fromEfsFileSystem(fs),
      backup.BackupResource.fromTag('stage', 'prod'),
      backup.BackupResource.fromTag('team', 'storage', backup.TagOperation.STRING_EQUALS),
    ],
  });
  plan.addSelection('Construct', { resources: [backup.BackupResource.fromConstruct(s)], allowRestores: true, backupSelectionName: 'everything' });
  const role = new iam.Role(s, 'BackupRole', { assumedBy: new iam.ServicePrincipal('backup.amazonaws.com') });
  const sel = new backup.BackupSelection(s, 'Explicit', {
    backupPlan: plan, role, disableDefaultBackupPolicy: true,
    resources: [new backup.BackupResource('arn:aws:ec2:us-east-1:123456789012:volume/*')],
  });
  new cdk.CfnOutput(s, 'SelectionId', { value: sel.selectionId });
  new cdk.CfnOutput(s, 'PlanId', { value: sel.backupPlanId });
}

{ // Resources: EC2 and RDS references, and the resources found below a construct
  const s = new cdk.Stack(app, 'Resources');
  const plan = backup.BackupPlan.daily35DayRetention(s, 'Plan');
  const group = new Construct(s, 'Group');
  const instance = new ec2.CfnInstance(group, 'Instance', { imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro' });
  new ec2.CfnVolume(group, 'Volume', { availabilityZone: 'us-east-1a', size: 10 });
  const db = new rds.CfnDBInstance(group, 'Db', { dbInstanceClass: 'db.t3.micro', engine: 'mysql', allocatedStorage: '20', masterUsername: 'admin', manageMasterUserPassword: true });
  const cluster = new rds.CfnDBCluster(group, 'Cluster', { engine: 'aurora-mysql', masterUsername: 'admin', manageMasterUserPassword: true });
  new rds.CfnDBInstance(group, 'Member', { dbInstanceClass: 'db.r6g.large', engine: 'aurora-mysql', dbClusterIdentifier: cluster.ref });
  new dynamodb.CfnTable(group, 'Table', { keySchema: [{ attributeName: 'id', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }], billingMode: 'PAY_PER_REQUEST' });
  plan.addSelection('Refs', { resources: [
    backup.BackupResource.fromEc2Instance(instance),
    backup.BackupResource.fromRdsDatabaseInstance(db),
    backup.BackupResource.fromRdsDatabaseCluster(cluster),
    backup.BackupResource.fromRdsServerlessCluster(cluster),
  ] });
  plan.addSelection('Found', { resources: [backup.BackupResource.fromConstruct(group), backup.BackupResource.fromArn('arn:aws:s3:::first')] });
}

const errors = {
  BadVaultName: (s) => new backup.BackupVault(s, 'V', { backupVaultName: 'a' }),
  LockCoolingOff: (s) => new backup.BackupVault(s, 'V', { lockConfiguration: { minRetention: cdk.Duration.days(1), changeableFor: cdk.Duration.hours(24) } }),
  LockMaxTooLong: (s) => new backup.BackupVault(s, 'V', { lockConfiguration: { minRetention: cdk.Duration.days(1), maxRetention: cdk.Duration.days(40000) } }),
  LockMaxBelowMin: (s) => new backup.BackupVault(s, 'V', { lockConfiguration: { minRetention: cdk.Duration.days(10), maxRetention: cdk.Duration.days(5) } }),
  LockMinTooShort: (s) => new backup.BackupVault(s, 'V', { lockConfiguration: { minRetention: cdk.Duration.hours(12) } }),
  GrantWildcard: (s) => new backup.BackupVault(s, 'V').grant(new iam.AccountRootPrincipal(), 'backup:*'),
  ImportArnNoName: (s) => backup.BackupVault.fromBackupVaultArn(s, 'V', 'arn:aws:backup:us-east-1:123456789012:backup-vault'),
  RuleDeleteBeforeCold: (s) => new backup.BackupPlanRule({ deleteAfter: cdk.Duration.days(10), moveToColdStorageAfter: cdk.Duration.days(20) }),
  RuleRate: (s) => new backup.BackupPlanRule({ scheduleExpression: events.Schedule.rate(cdk.Duration.hours(1)) }),
  RuleContinuousCold: (s) => new backup.BackupPlanRule({ enableContinuousBackup: true, moveToColdStorageAfter: cdk.Duration.days(1) }),
  RuleContinuousRange: (s) => new backup.BackupPlanRule({ enableContinuousBackup: true, deleteAfter: cdk.Duration.days(40) }),
  RuleCopyTooEarly: (s) => new backup.BackupPlanRule({ copyActions: [{ destinationBackupVault: new backup.BackupVault(s, 'V'), deleteAfter: cdk.Duration.days(100), moveToColdStorageAfter: cdk.Duration.days(30) }] }),
  PlanNoVault: (s) => new backup.BackupPlan(s, 'P').backupVault,
  PlanNoRules: (s) => { new backup.BackupPlan(s, 'P'); s.node.root.synth(); },
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
