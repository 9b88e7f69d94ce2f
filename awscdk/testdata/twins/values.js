// Twin of values_test.go: value types rendered into outputs, so that their
// text forms come from aws-cdk-lib (Size.toString/toHumanString, Bitrate
// conversions, TimeZone names, Stack.env).
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const s = new cdk.Stack(app, 'Values', { env: { region: 'eu-west-1' } });
new cdk.CfnResource(s, 'Topic', { type: 'AWS::SNS::Topic' });
const out = (id, v) => new cdk.CfnOutput(s, id, { value: String(v) });
const sizes = [cdk.Size.bytes(0), cdk.Size.bytes(1023), cdk.Size.kibibytes(1536), cdk.Size.mebibytes(512),
  cdk.Size.gibibytes(1.125), cdk.Size.tebibytes(3), cdk.Size.pebibytes(2), cdk.Size.bytes(1234567),
  cdk.Size.mebibytes(cdk.Token.asNumber(cdk.Fn.ref('AWS::NoValue')))];
sizes.forEach((z, i) => { out(`SizeStr${i}`, z.toString()); out(`SizeHuman${i}`, z.toHumanString()); });
const rates = [cdk.Bitrate.bps(1500), cdk.Bitrate.kbps(3), cdk.Bitrate.mbps(2.5), cdk.Bitrate.gbps(1)];
rates.forEach((b, i) => out(`Rate${i}`, [b.toBps(), b.toKbps(), b.toMbps(), b.toGbps(), b.isUnresolved()].join(',')));
out('ZoneParis', cdk.TimeZone.EUROPE_PARIS.timezoneName);
out('ZoneOf', cdk.TimeZone.of('Mars/Olympus').timezoneName);
out('ZoneGmt', cdk.TimeZone.ETC_GMT_PLUS_5.timezoneName);
out('EnvAccount', s.env.account);
out('EnvRegion', s.env.region);
app.synth();
