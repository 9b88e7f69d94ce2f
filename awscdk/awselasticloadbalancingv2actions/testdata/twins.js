// aws-cdk-lib 2.276.0 twins of the Go cases in cognito_test.go.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const actions = require('aws-cdk-lib/aws-elasticloadbalancingv2-actions');
const cognito = require('aws-cdk-lib/aws-cognito');
const app = new cdk.App();

{ // Cognito: sign-in as the default action of an HTTPS listener, and a rule with every option
  const s = new cdk.Stack(app, 'Cognito');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  const lb = new elbv2.ApplicationLoadBalancer(s, 'Lb', { vpc, internetFacing: true });
  const pool = new cognito.UserPool(s, 'Pool');
  const client = pool.addClient('Client', {
    generateSecret: true,
    oAuth: { flows: { authorizationCodeGrant: true }, scopes: [cognito.OAuthScope.EMAIL], callbackUrls: ['https://app.example.com/oauth2/idpresponse'] },
  });
  const domain = pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'strata-test' } });
  const l = lb.addListener('Https', {
    port: 443,
    certificates: [elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111111111111:certificate/abc')],
    defaultAction: new actions.AuthenticateCognitoAction({
      userPool: pool, userPoolClient: client, userPoolDomain: domain,
      next: elbv2.ListenerAction.fixedResponse(200, { contentType: 'text/plain', messageBody: 'signed in' }),
    }),
  });
  l.addAction('Admin', {
    priority: 5,
    conditions: [elbv2.ListenerCondition.pathPatterns(['/admin/*'])],
    action: new actions.AuthenticateCognitoAction({
      userPool: pool, userPoolClient: client, userPoolDomain: domain,
      sessionTimeout: cdk.Duration.hours(1),
      onUnauthenticatedRequest: elbv2.UnauthenticatedAction.DENY,
      scope: 'openid email',
      sessionCookieName: 'admin',
      authenticationRequestExtraParams: { display: 'page' },
      allowHttpsOutbound: false,
      next: elbv2.ListenerAction.fixedResponse(403),
    }),
  });
}

app.synth();
