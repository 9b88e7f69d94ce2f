// aws-cdk-lib 2.276.0 twins of the Go cases in certificate_test.go.
const cdk = require('aws-cdk-lib');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const r53 = require('aws-cdk-lib/aws-route53');
const cw = require('aws-cdk-lib/aws-cloudwatch');
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
  new acm.Certificate(s, 'Manual', { domainName: 'manual.example.com', validation: acm.CertificateValidation.fromDns() });
  new cdk.CfnOutput(s, 'Arn', { value: c.certificateArn });
  new cw.Alarm(s, 'Expiry', { metric: c.metricDaysToExpiry(), threshold: 30, evaluationPeriods: 1, comparisonOperator: cw.ComparisonOperator.LESS_THAN_THRESHOLD });
  new cdk.CfnOutput(s, 'Imported', { value: acm.Certificate.fromCertificateArn(s, 'Imp', 'arn:aws:acm:us-east-1:111111111111:certificate/abc').certificateArn });
}

const errors = {
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
