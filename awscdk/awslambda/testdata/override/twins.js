// aws-cdk-lib 2.276.0 twins of the Go cases in ../../function_override_test.go:
// a program's own function class, extending the abstract FunctionBase, and
// its own alias class, extending QualifiedFunctionBase, for a function made
// elsewhere. Each stack is one template case.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

// ExternalFunction is a function deployed by another tool, known by its
// name, with an execution role this app manages.
class ExternalFunction extends lambda.FunctionBase {
  constructor(scope, id, props, name, role, canCreatePermissions) {
    super(scope, id, props);
    this.functionName = name;
    this.functionArn = cdk.Stack.of(this).formatArn({ service: 'lambda', resource: 'function', resourceName: name, arnFormat: cdk.ArnFormat.COLON_RESOURCE_NAME });
    this.role = role;
    this.grantPrincipal = role ?? new iam.AccountRootPrincipal();
    this.canCreatePermissions = canCreatePermissions;
    this.permissionsNode = this.node;
    this.resourceArnsForGrantInvoke = [this.functionArn, `${this.functionArn}:*`];
    this.architecture = lambda.Architecture.ARM_64;
  }
}

// LiveAlias is an alias of such a function, kept outside the app.
class LiveAlias extends lambda.QualifiedFunctionBase {
  constructor(scope, id, fn, aliasName) {
    super(scope, id);
    this.lambda = fn;
    this.qualifier = aliasName;
    this.functionName = `${fn.functionName}:${aliasName}`;
    this.functionArn = `${fn.functionArn}:${aliasName}`;
    this.role = fn.role;
    this.grantPrincipal = fn.grantPrincipal;
    this.canCreatePermissions = true;
    this.architecture = fn.architecture;
  }
}

const role = (s) => new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const caller = (s) => new iam.Role(s, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });

{ // OverrideFunction: grants, permissions, the role's policy, a mapping, a URL, async invocation, metrics
  const s = new cdk.Stack(app, 'OverrideFunction');
  const fn = new ExternalFunction(s, 'Ext', { physicalName: 'worker' }, 'worker', role(s), true);
  const c = caller(s);
  fn.grantInvoke(c);
  fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  fn.grantInvokeLatestVersion(c);
  fn.grantInvokeUrl(c);
  fn.addPermission('FromS3', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceAccount: '111111111111' });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::data/*'] }));
  fn.addEventSourceMapping('Jobs', { eventSourceArn: 'arn:aws:sqs:eu-west-1:111111111111:jobs', batchSize: 5 });
  fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
  fn.configureAsyncInvoke({ retryAttempts: 1, maxEventAge: cdk.Duration.minutes(5) });
  new cloudwatch.Alarm(s, 'Errors', { metric: fn.metricErrors(), threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'Arn', { value: fn.functionRef.functionArn });
  new cdk.CfnOutput(s, 'Name', { value: fn.functionRef.functionName });
  new cdk.CfnOutput(s, 'Latest', { value: fn.latestVersion.functionArn });
  new cdk.CfnOutput(s, 'Vpc', { value: String(fn.isBoundToVpc) });
}

{ // OverrideFunctionNoPermissions: permissions cannot be created, no role
  const s = new cdk.Stack(app, 'OverrideFunctionNoPermissions');
  const fn = new ExternalFunction(s, 'Ext', undefined, 'elsewhere', undefined, false);
  fn.addPermission('Ignored', { principal: new iam.ServicePrincipal('sns.amazonaws.com') });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  fn.grantInvoke(caller(s));
  new cdk.CfnOutput(s, 'Children', { value: String(fn.node.children.length) });
}

{ // OverrideAlias: a program's alias of a program's function
  const s = new cdk.Stack(app, 'OverrideAlias');
  const fn = new ExternalFunction(s, 'Ext', undefined, 'worker', role(s), true);
  const live = new LiveAlias(s, 'Live', fn, 'live');
  const c = caller(s);
  live.grantInvoke(c);
  live.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
  live.addPermission('FromSns', { principal: new iam.ServicePrincipal('sns.amazonaws.com') });
  live.addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
  live.configureAsyncInvoke({ retryAttempts: 0 });
  new cloudwatch.Alarm(s, 'Throttles', { metric: live.metricThrottles(), threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'Arn', { value: live.functionRef.functionArn });
  new cdk.CfnOutput(s, 'Latest', { value: live.latestVersion.functionArn });
  new cdk.CfnOutput(s, 'GrantArns', { value: cdk.Fn.join(',', live.resourceArnsForGrantInvoke) });
}

app.synth();
