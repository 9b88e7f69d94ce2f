// aws-cdk-lib 2.276.0 twins of the Go cases in ses_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');
const events = require('aws-cdk-lib/aws-events');
const firehose = require('aws-cdk-lib/aws-kinesisfirehose');
const route53 = require('aws-cdk-lib/aws-route53');
const ses = require('aws-cdk-lib/aws-ses');
const app = new cdk.App();

{ // RuleSets: rule sets, rules in order, imports, filters
  const s = new cdk.Stack(app, 'RuleSets');
  const rs = new ses.ReceiptRuleSet(s, 'RuleSet', {
    receiptRuleSetName: 'my-rule-set',
    rules: [
      { recipients: ['hello@aws.com'], actions: [{ bind: () => ({ stopAction: { scope: 'RuleSet' } }) }] },
      { receiptRuleName: 'second', enabled: false, scanEnabled: true, tlsPolicy: ses.TlsPolicy.REQUIRE },
    ],
  });
  const third = rs.addRule('Third', { recipients: ['a.com', 'b.com'] });
  third.addAction({ bind: () => ({ addHeaderAction: { headerName: 'X-Test', headerValue: 'v' } }) });
  new cdk.CfnOutput(s, 'RuleName', { value: third.receiptRuleName });
  new cdk.CfnOutput(s, 'SetName', { value: rs.receiptRuleSetName });
  const imported = ses.ReceiptRuleSet.fromReceiptRuleSetName(s, 'Imported', 'other-set');
  imported.addRule('First');
  imported.addRule('Second', { enabled: true });
  const importedRule = ses.ReceiptRule.fromReceiptRuleAttributes(s, 'ImportedRule', { receiptRuleName: 'existing', ruleSet: imported });
  new ses.ReceiptRule(s, 'Standalone', { ruleSet: rs, after: importedRule, receiptRuleName: 'standalone' });
  const byName = ses.ReceiptRule.fromReceiptRuleName(s, 'ByName', 'by-name');
  new ses.ReceiptRule(s, 'AfterByName', { ruleSet: imported, after: byName });
  new ses.ReceiptRuleSet(s, 'Empty');
  new ses.ReceiptFilter(s, 'BlockAll');
  new ses.ReceiptFilter(s, 'Allow', { ip: '10.0.0.1', policy: ses.ReceiptFilterPolicy.ALLOW, receiptFilterName: 'allow-one' });
  new ses.AllowListReceiptFilter(s, 'AllowList', { ips: ['10.0.0.0/16', '1.2.3.4'] });
}

{ // ConfigSets: configuration sets, pools, VDM, event destinations
  const s = new cdk.Stack(app, 'ConfigSets', { env: { account: '111111111111', region: 'us-east-1' } });
  new ses.ConfigurationSet(s, 'Plain');
  const pool = new ses.DedicatedIpPool(s, 'Pool', { dedicatedIpPoolName: 'my-pool', scalingMode: ses.ScalingMode.MANAGED });
  new ses.DedicatedIpPool(s, 'Pool2');
  const cs = new ses.ConfigurationSet(s, 'Full', {
    configurationSetName: 'full',
    customTrackingRedirectDomain: 'track.example.com',
    customTrackingHttpsPolicy: ses.HttpsPolicy.REQUIRE,
    dedicatedIpPool: pool,
    maxDeliveryDuration: cdk.Duration.minutes(10),
    reputationMetrics: true,
    sendingEnabled: false,
    suppressionReasons: ses.SuppressionReasons.BOUNCES_ONLY,
    tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
    vdmOptions: { engagementMetrics: true, optimizedSharedDelivery: false },
    autoValidationThreshold: ses.AutoValidationThreshold.HIGH,
  });
  new ses.ConfigurationSet(s, 'NoSuppression', { disableSuppressionList: true, disableAutoValidation: true });
  new ses.ConfigurationSet(s, 'Complaints', { suppressionReasons: ses.SuppressionReasons.COMPLAINTS_ONLY, vdmOptions: {} });
  new ses.ConfigurationSet(s, 'Both', { suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS, disableAutoValidation: false });
  const topic = new sns.Topic(s, 'Topic');
  cs.addEventDestination('ToSns', { destination: ses.EventDestination.snsTopic(topic), configurationSetEventDestinationName: 'sns-dest' });
  cs.addEventDestination('ToCw', {
    destination: ses.EventDestination.cloudWatchDimensions([
      { name: 'ses:source-ip', source: ses.CloudWatchDimensionSource.MESSAGE_TAG, defaultValue: 'amazon' },
      { name: 'hdr', source: ses.CloudWatchDimensionSource.EMAIL_HEADER, defaultValue: 'x' },
    ]),
    events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.DELIVERY_DELAY],
    enabled: false,
  });
  const bus = events.EventBus.fromEventBusName(s, 'Bus', 'default');
  cs.addEventDestination('ToBus', { destination: ses.EventDestination.eventBus(bus) });
  const stream = firehose.DeliveryStream.fromDeliveryStreamArn(s, 'Stream', 'arn:aws:firehose:us-east-1:111111111111:deliverystream/my-stream');
  cs.addEventDestination('ToFirehose', { destination: ses.EventDestination.firehoseDeliveryStream({ deliveryStream: stream }) });
  const role = iam.Role.fromRoleArn(s, 'Role', 'arn:aws:iam::111111111111:role/firehose');
  new ses.ConfigurationSetEventDestination(s, 'FirehoseRole', {
    configurationSet: ses.ConfigurationSet.fromConfigurationSetName(s, 'ImportedSet', 'imported'),
    destination: ses.EventDestination.firehoseDeliveryStream({ deliveryStream: stream, role }),
  });
  const d = ses.ConfigurationSetEventDestination.fromConfigurationSetEventDestinationAttributes(s, 'ImportedDest', { configurationSet: cs, configurationSetEventDestinationId: 'dest-id' });
  new cdk.CfnOutput(s, 'DestId', { value: d.configurationSetEventDestinationId });
  new ses.VdmAttributes(s, 'Vdm');
  const vdm2 = new ses.VdmAttributes(s, 'Vdm2', { engagementMetrics: false, optimizedSharedDelivery: false });
  new cdk.CfnOutput(s, 'VdmId', { value: vdm2.vdmAttributesResourceId });
  new cdk.CfnOutput(s, 'VdmName', { value: vdm2.vdmAttributesName });
  new cdk.CfnOutput(s, 'PoolName', { value: ses.DedicatedIpPool.fromDedicatedIpPoolName(s, 'ImportedPool', 'p').dedicatedIpPoolName });
  new cdk.CfnOutput(s, 'ImportedVdm', { value: ses.VdmAttributes.fromVdmAttributesName(s, 'ImportedVdmAttrs', 'v').vdmAttributesName });
}

{ // Identities: domains, emails, hosted zones with DKIM and MAIL FROM, grants
  const s = new cdk.Stack(app, 'Identities', { env: { account: '111111111111', region: 'eu-west-1' } });
  const zone = new route53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
  const cs = new ses.ConfigurationSet(s, 'ConfigSet');
  const zoned = new ses.EmailIdentity(s, 'Zoned', {
    identity: ses.Identity.publicHostedZone(zone),
    mailFromDomain: 'mail.example.com',
    configurationSet: cs,
    feedbackForwarding: false,
    mailFromBehaviorOnMxFailure: ses.MailFromBehaviorOnMxFailure.REJECT_MESSAGE,
    dkimSigning: true,
    dkimIdentity: ses.DkimIdentity.easyDkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
  });
  new ses.EmailIdentity(s, 'Email', { identity: ses.Identity.email('me@example.org') });
  new ses.EmailIdentity(s, 'Domain', { identity: ses.Identity.domain('other.org'), mailFromDomain: 'bounce.other.org' });
  const zone2 = new route53.PublicHostedZone(s, 'Zone2', { zoneName: 'byo.com' });
  new ses.EmailIdentity(s, 'Byo', {
    identity: ses.Identity.publicHostedZone(zone2),
    dkimIdentity: ses.DkimIdentity.byoDkim({ privateKey: cdk.SecretValue.unsafePlainText('secret'), selector: 'sel', publicKey: 'PUB' }),
  });
  new ses.EmailIdentity(s, 'ByoNoPub', {
    identity: ses.Identity.domain('nopub.com'),
    dkimIdentity: ses.DkimIdentity.byoDkim({ privateKey: cdk.SecretValue.unsafePlainText('secret2'), selector: 'sel2' }),
  });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  zoned.grantSendEmail(role);
  zoned.grant(role, 'ses:GetEmailIdentity');
  const byName = ses.EmailIdentity.fromEmailIdentityName(s, 'ByName', 'imported.com');
  byName.grantSendEmail(role);
  const byArn = ses.EmailIdentity.fromEmailIdentityArn(s, 'ByArn', 'arn:aws:ses:us-east-1:222222222222:identity/x.com');
  byArn.grant(role, 'ses:SendEmail');
  new cdk.CfnOutput(s, 'ByArnName', { value: byArn.emailIdentityName });
  new cdk.CfnOutput(s, 'ZonedArn', { value: zoned.emailIdentityArn });
  new cdk.CfnOutput(s, 'Dkim', { value: cdk.Fn.join(',', zoned.dkimRecords.map(r => r.name + '=' + r.value)) });
}

{ // DropSpam: a rule set with the drop-spam rule (a second one in the same stack fails in aws-cdk-lib: AllowSes twice)
  const s = new cdk.Stack(app, 'DropSpam');
  new ses.ReceiptRuleSet(s, 'RuleSet', { rules: [{ recipients: ['x@example.com'] }] });
  const other = new ses.ReceiptRuleSet(s, 'Other', { dropSpam: true });
  other.addRule('First');
  other.addRule('Last');
}

{ // Agnostic: event destinations and identities in an environment-agnostic stack
  const s = new cdk.Stack(app, 'Agnostic');
  const cs = new ses.ConfigurationSet(s, 'Set');
  cs.addEventDestination('ToSns', { destination: ses.EventDestination.snsTopic(new sns.Topic(s, 'Topic')) });
  const stream = firehose.DeliveryStream.fromDeliveryStreamArn(s, 'Stream', 'arn:aws:firehose:us-east-1:111111111111:deliverystream/my-stream');
  cs.addEventDestination('ToFirehose', { destination: ses.EventDestination.firehoseDeliveryStream({ deliveryStream: stream }) });
  cs.addEventDestination('ToBus', { destination: ses.EventDestination.eventBus(events.EventBus.fromEventBusName(s, 'Bus', 'default')) });
  const zone = new route53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
  const id = new ses.EmailIdentity(s, 'Identity', { identity: ses.Identity.publicHostedZone(zone), mailFromDomain: 'mail.example.com', configurationSet: cs });
  id.grantSendEmail(new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
  new cdk.CfnOutput(s, 'ByNameArn', { value: ses.EmailIdentity.fromEmailIdentityName(s, 'ByName', 'x.com').emailIdentityArn });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  SuppressionListAndReasons: (s) => new ses.ConfigurationSet(s, 'C', { disableSuppressionList: true, suppressionReasons: ses.SuppressionReasons.BOUNCES_ONLY }),
  AutoValidationAndThreshold: (s) => new ses.ConfigurationSet(s, 'C', { disableAutoValidation: true, autoValidationThreshold: ses.AutoValidationThreshold.MEDIUM }),
  DeliveryTooShort: (s) => new ses.ConfigurationSet(s, 'C', { maxDeliveryDuration: cdk.Duration.seconds(299) }),
  DeliveryTooLong: (s) => new ses.ConfigurationSet(s, 'C', { maxDeliveryDuration: cdk.Duration.hours(15) }),
  HttpsWithoutDomain: (s) => new ses.ConfigurationSet(s, 'C', { customTrackingHttpsPolicy: ses.HttpsPolicy.OPTIONAL }),
  NotDefaultBus: (s) => new ses.ConfigurationSet(s, 'C').addEventDestination('D', { destination: ses.EventDestination.eventBus(events.EventBus.fromEventBusArn(s, 'B', 'arn:aws:events:us-east-1:111111111111:event-bus/custom')) }),
  BadIdentityArn: (s) => ses.EmailIdentity.fromEmailIdentityArn(s, 'I', 'arn:aws:sns:us-east-1:111111111111:topic'),
  ImportedRuleSetName: (s) => ses.ReceiptRule.fromReceiptRuleName(s, 'J', 'y').receiptRuleRef.ruleSetName,
  ImportedDestinationSetName: (s) => ses.ConfigurationSetEventDestination.fromConfigurationSetEventDestinationId(s, 'D', 'id').configurationSetEventDestinationRef.configurationSetName,
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
