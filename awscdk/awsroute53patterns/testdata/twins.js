// aws-cdk-lib 2.276.0 twins of the Go cases in https_redirect_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const route53 = require('aws-cdk-lib/aws-route53');
const patterns = require('aws-cdk-lib/aws-route53-patterns');
const app = new cdk.App();
const usEast1 = { account: '123456789012', region: 'us-east-1' };

{ // Default: in us-east-1, the zone's own name redirected
  const s = new cdk.Stack(app, 'Default', { env: usEast1 });
  const zone = new route53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
  new patterns.HttpsRedirect(s, 'Redirect', { zone, targetDomain: 'www.example.org' });
}

{ // RecordNames: several names, an imported zone
  const s = new cdk.Stack(app, 'RecordNames', { env: usEast1 });
  const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z1234', zoneName: 'example.com' });
  new patterns.HttpsRedirect(s, 'Redirect', { zone, targetDomain: 'example.org', recordNames: ['example.com', 'www.example.com', 'old.example.com'] });
}

{ // GivenCertificate: an environment-agnostic stack with a us-east-1 certificate
  const s = new cdk.Stack(app, 'GivenCertificate');
  const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z1234', zoneName: 'example.com' });
  const certificate = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555');
  new patterns.HttpsRedirect(s, 'Redirect', { zone, targetDomain: 'example.org', certificate, recordNames: ['a.example.com'] });
}

{ // Legacy: both feature flags off, a CloudFrontWebDistribution and a DnsValidatedCertificate
  const s = new cdk.Stack(app, 'Legacy', { env: usEast1 });
  s.node.setContext('@aws-cdk/aws-route53-patterns:useDistribution', false);
  s.node.setContext('@aws-cdk/aws-route53-patters:useCertificate', false);
  const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z1234', zoneName: 'example.com' });
  new patterns.HttpsRedirect(s, 'Redirect', { zone, targetDomain: 'example.org' });
}

{ // CrossRegion: in eu-west-1 the certificate goes to a us-east-1 stack of its own
  const s = new cdk.Stack(app, 'CrossRegion', { env: { account: '123456789012', region: 'eu-west-1' } });
  const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z1234', zoneName: 'example.com' });
  new patterns.HttpsRedirect(s, 'Redirect', { zone, targetDomain: 'example.org', recordNames: ['a.example.com', 'b.example.com'] });
}

const errors = {
  CertificateRegion: (s) => {
    const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z1234', zoneName: 'example.com' });
    const certificate = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555');
    new patterns.HttpsRedirect(s, 'Redirect', { zone, targetDomain: 'example.org', certificate });
  },
  AgnosticWithoutCertificate: (s) => {
    const zone = route53.HostedZone.fromHostedZoneAttributes(s, 'Zone', { hostedZoneId: 'Z1234', zoneName: 'example.com' });
    new patterns.HttpsRedirect(s, 'Redirect', { zone, targetDomain: 'example.org' });
  },
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON) }), 'S');
  try {
    build(s);
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
