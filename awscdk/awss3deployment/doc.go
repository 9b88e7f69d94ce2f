// Package awss3deployment is aws-cdk-go's awss3deployment in Strata:
// BucketDeployment copies files into a bucket when the stack is deployed,
// from sources made with Source_Asset (a local directory or .zip file),
// Source_Bucket (an archive already in S3), Source_Data and Source_JsonData
// (content written by the program, where deploy-time values such as a
// topic's ARN are substituted when the files are deployed).
//
// The deployment is a Custom::CDKBucketDeployment resource, served by a
// Lambda function (one per stack and memory size, as in aws-cdk-lib) that
// runs Strata's own handler, internal/handlers/s3deployment, on python3.13.
// aws-cdk-lib's handler runs the AWS CLI, shipped in a Lambda layer
// (@aws-cdk/asset-awscli-v1); Strata's handler needs only boto3, which the
// runtime provides. The templates therefore differ from aws-cdk-lib's in
// these places, and in no others:
//
//   - there is no AWS::Lambda::LayerVersion "<deployment>/AwsCliLayer", and
//     the handler function has no Layers property;
//   - the handler function's Code.S3Key names Strata's handler asset (the
//     hash of its code);
//   - the stack's asset manifest lists neither the AWS CLI layer nor
//     aws-cdk-lib's handler, but Strata's handler asset.
//
// The handler keeps aws-cdk-lib's behaviour: Extract, Prune, Include and
// Exclude (with the AWS CLI's sync filter rules), object metadata,
// RetainOnDelete with the aws-cdk:cr-owned bucket tags, CloudFront
// invalidation, OutputObjectKeys and object version ids. Unchanged files
// are not uploaded again (compared by content, where the CLI compares size
// and time).
//
// In a VPC (Vpc, VpcSubnets, SecurityGroups) the handler runs in the VPC;
// with UseEfs it unpacks sources on an EFS access point (one file system
// per VPC, as aws-cdk-lib).
package awss3deployment
