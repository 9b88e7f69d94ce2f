// aws-cdk-lib 2.276.0 twins of the Go cases in certificate_test.go.
const cdk = require('aws-cdk-lib');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const r53 = require('aws-cdk-lib/aws-route53');
const cw = require('aws-cdk-lib/aws-cloudwatch');
const iam = require('aws-cdk-lib/aws-iam');
const acmpca = require('aws-cdk-lib/aws-acmpca');
const app = new cdk.App();

{ // Certificates: DNS in one zone with SANs, per-domain zones, email with domains, options, an import
  const s = new cdk.Stack(app, 'Certificates');
  const zone = new r53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
  const other = r53.HostedZone.fromHostedZoneAttributes(s, 'Other', { hostedZoneId: 'Z9', zoneName: 'example.net' });
  const c = new acm.Certificate(s, 'Site', {
    domainName: 'example.com', subjectAlternativeNames: ['*.example.com', 'api.example.com'],
    validation: acm.CertificateValidation.fromDns(zone),
  });
  new acm.Certificate(s, 'Multi', {
    certificateName: 'multi', domainName: 'app.example.com', subjectAlternativeNames: ['app.example.net'],
    keyAlgorithm: acm.KeyAlgorithm.EC_PRIME256V1, transparencyLoggingEnabled: false, allowExport: true,
    validation: acm.CertificateValidation.fromDnsMultiZone({ 'app.example.com': zone, 'app.example.net': other }),
  });
  new acm.Certificate(s, 'Email', { domainName: 'mail.example.org', validation: acm.CertificateValidation.fromEmail({ 'mail.example.org': 'example.org' }) });
  new acm.Certificate(s, 'EmailDefault', { domainName: 'www.example.co.uk', subjectAlternativeNames: ['shop.example.com', 'a.b.s3.amazonaws.com', 'localhost'] });
  new acm.Certificate(s, 'Manual', { domainName: 'manual.example.com', validation: acm.CertificateValidation.fromDns() });
  new cdk.CfnOutput(s, 'Arn', { value: c.certificateArn });
  new cw.Alarm(s, 'Expiry', { metric: c.metricDaysToExpiry(), threshold: 30, evaluationPeriods: 1, comparisonOperator: cw.ComparisonOperator.LESS_THAN_THRESHOLD });
  new cdk.CfnOutput(s, 'Imported', { value: acm.Certificate.fromCertificateArn(s, 'Imp', 'arn:aws:acm:us-east-1:111111111111:certificate/abc').certificateArn });
}

{ // Validated: the deprecated DnsValidatedCertificate (custom resource), options, a removal policy, tags; a private certificate
  const s = new cdk.Stack(app, 'Validated');
  const zone = r53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z123', zoneName: 'example.com' });
  const c = new acm.DnsValidatedCertificate(s, 'Cert', { domainName: 'www.example.com', hostedZone: zone, region: 'us-east-1' });
  new cdk.CfnOutput(s, 'Arn', { value: c.certificateArn });
  const role = new iam.Role(s, 'CrRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const d = new acm.DnsValidatedCertificate(s, 'Full', {
    domainName: 'example.com', subjectAlternativeNames: ['*.example.com', 'api.example.com'], hostedZone: zone,
    cleanupRoute53Records: true, transparencyLoggingEnabled: false, route53Endpoint: 'https://route53.amazonaws.com', customResourceRole: role,
  });
  d.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
  cdk.Tags.of(d).add('team', 'web');
  new cdk.CfnOutput(s, 'Region', { value: d.region || 'none' });
  const ca = acmpca.CertificateAuthority.fromCertificateAuthorityArn(s, 'CA', 'arn:aws:acm-pca:us-east-1:111111111111:certificate-authority/abc');
  const p = new acm.PrivateCertificate(s, 'Private', { domainName: 'internal.example.com', subjectAlternativeNames: ['a.internal.example.com'], certificateAuthority: ca, keyAlgorithm: acm.KeyAlgorithm.RSA_4096, allowExport: true });
  new cdk.CfnOutput(s, 'PrivArn', { value: p.certificateArn });
  new cdk.CfnOutput(s, 'PrivImp', { value: acm.PrivateCertificate.fromCertificateArn(s, 'PImp', 'arn:aws:acm:us-east-1:111111111111:certificate/def').certificateArn });
  new cdk.CfnOutput(s, 'Custom', { value: new acm.KeyAlgorithm('RSA_8192').name });
}

const errors = {
  OutsideZone: (s) => new acm.DnsValidatedCertificate(s, 'C', { domainName: 'www.example.org', hostedZone: r53.HostedZone.fromHostedZoneAttributes(s, 'Z', { hostedZoneId: 'Z1', zoneName: 'example.com' }) }),
  LongName: (s) => new acm.Certificate(s, 'C', { domainName: 'a'.repeat(65), validation: acm.CertificateValidation.fromDns() }),
};
const outErr = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(a, 'S');
  try { build(s); a.synth(); outErr[name] = null; } catch (e) { outErr[name] = { path: e.constructPath || '', message: e.message }; }
}
console.log(JSON.stringify(outErr, null, 2));
app.synth();
