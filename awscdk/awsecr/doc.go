// Package awsecr is Amazon ECR for Strata, with aws-cdk-go's API: the L1s
// (CfnRepository and the others, generated) and the hand-written L2 —
// Repository (lifecycle rules with aws-cdk-lib's priority ordering, scan on
// push, tag mutability and its exclusion filters, AES-256/KMS encryption,
// EmptyOnDelete, AutoDeleteImages through Strata's own handler, removal
// policy, resource policy), imports by name, ARN and attributes, the
// grants, the image URIs, the EventBridge helpers (OnEvent,
// OnCloudTrailEvent, OnCloudTrailImagePushed, OnImageScanCompleted), and
// AuthorizationToken / PublicGalleryAuthorizationToken.
//
// Templates match aws-cdk-lib 2.276.0's except for the code asset of the
// auto-delete-images handler, which is Strata's own.
package awsecr
