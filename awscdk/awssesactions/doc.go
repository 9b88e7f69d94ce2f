// Package awssesactions holds the actions an SES receipt rule
// (awsses.ReceiptRule) takes on incoming mail: AddHeader, Bounce (with a
// BounceTemplate), Lambda, S3, Sns, Stop and WorkMail, as aws-cdk-lib's
// aws-ses-actions. Each is an awsses.IReceiptRuleAction; Lambda and S3
// also grant SES what it needs (an invoke permission, a bucket policy
// statement, a KMS key policy statement) when they are bound to a rule.
package awssesactions
