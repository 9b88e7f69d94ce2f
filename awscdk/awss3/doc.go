// Package awss3 is Amazon S3 in Strata, with aws-cdk-go's names: the
// generated L1s (CfnBucket, CfnBucketPolicy, ...; files *_gen.go) and the
// hand-written L2s:
//
//   - Bucket: encryption (S3, KMS with a created or given key, DSSE, bucket
//     keys, blocked encryption types), versioning, lifecycle rules, website
//     hosting (index and error documents, redirects, routing rules), CORS,
//     Block Public Access (under @aws-cdk/aws-s3:publicAccessBlockedByDefault
//     unset switches render true), public read access, enforceSSL and a
//     minimum TLS version, removal policies (RETAIN by default),
//     autoDeleteObjects, event notifications and EventBridge, server access
//     logs, object ownership and ACLs, replication, inventories, metrics,
//     intelligent tiering, object lock, transfer acceleration;
//   - imported buckets: Bucket_FromBucketName, Bucket_FromBucketArn,
//     Bucket_FromBucketAttributes, and L1 buckets wrapped with
//     Bucket_FromCfnBucket;
//   - BucketPolicy, AddToResourcePolicy, and the grants (GrantRead,
//     GrantWrite, GrantReadWrite, GrantPut, GrantPutAcl, GrantDelete,
//     GrantPublicAccess, GrantReplicationPermission; Grants() for
//     BucketGrants);
//   - the URL helpers (UrlForObject, S3UrlForObject, VirtualHostedUrlForObject,
//     TransferAccelerationUrlForObject, ArnForObjects) and attributes
//     (BucketWebsiteUrl, BucketDomainName, ...).
//
// The L2s render what aws-cdk-lib 2.276.0 renders: the same logical IDs,
// properties and validation messages, reported with the construct path at
// synthesis (every mistake at once, where aws-cdk-lib stops at the first).
//
// Two features run Lambda functions that ship with Strata, written for the
// runtimes aws-cdk-lib uses; their code is Strata's own, so the templates
// differ from aws-cdk-lib's in exactly these values:
//
//   - autoDeleteObjects: the Custom::S3AutoDeleteObjects provider
//     (nodejs24.x, internal/handlers/s3autodelete) is a code asset, named in
//     the template by the hash of its contents (Code.S3Key);
//   - notifications: the Custom::S3BucketNotifications handler (python3.13,
//     internal/handlers/s3notifications) is inlined (Code.ZipFile).
//
// Not provided yet: OnCloudTrailEvent, OnCloudTrailPutObject and
// OnCloudTrailWriteObject (they return awsevents.Rule, and Strata has no
// EventBridge L2 so far), BucketPolicy_FromCfnBucketPolicy, the KMS key of
// a bucket wrapped with Bucket_FromCfnBucket (awskms has no Key_FromCfnKey
// yet), and the bucket metrics of aws-cdk-lib's metric* methods.
package awss3
