// Package awsses is Amazon Simple Email Service: the generated L1s
// (Cfn*, AWS::SES::*) and the hand-written L2s of aws-cdk-lib's aws-ses.
//
// Sending: EmailIdentity (a domain, an address, or a Route 53 public hosted
// zone, whose DKIM and MAIL FROM records it writes), ConfigurationSet with
// its event destinations (SNS, CloudWatch, Firehose, EventBridge),
// DedicatedIpPool and VdmAttributes. Receiving: ReceiptRuleSet, ReceiptRule
// (its actions are in awssesactions), DropSpamReceiptRule, ReceiptFilter
// and AllowListReceiptFilter.
package awsses
