// Package awscloudtrail is AWS CloudTrail in Strata, with aws-cdk-go's
// names: the generated L1s (CfnTrail, CfnEventDataStore, ...; files
// *_gen.go) and the hand-written L2 Trail: the S3 bucket it writes to
// (created with its bucket policy unless given), CloudWatch Logs delivery
// with its role, KMS encryption, SNS notifications, management and data
// event selectors (AddEventSelector, AddS3EventSelector,
// AddLambdaEventSelector, LogAllS3DataEvents, LogAllLambdaDataEvents),
// Insights, and Trail_OnEvent, an EventBridge rule for API calls recorded
// by CloudTrail.
//
// The Trail renders what aws-cdk-lib 2.276.0 renders, logical IDs and
// validation messages included; a mistake is reported with the construct
// path.
package awscloudtrail
