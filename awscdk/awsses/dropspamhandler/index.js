// Strata's drop-spam handler for SES receipt rules: SES invokes it
// synchronously (RequestResponse); answering STOP_RULE_SET ends the rule set
// for a message that failed any of SES's verdicts.
'use strict';
const VERDICTS = ['spfVerdict', 'dkimVerdict', 'spamVerdict', 'virusVerdict'];
exports.handler = async (event) => {
  const notification = event.Records[0].ses;
  const receipt = notification.receipt || {};
  console.log('SES notification: %j', notification);
  const failed = VERDICTS.filter((v) => receipt[v] && receipt[v].status === 'FAIL');
  if (failed.length > 0) {
    console.log('Dropping message, failed: %s', failed.join(', '));
    return { disposition: 'STOP_RULE_SET' };
  }
  return null;
};
