// Package awscloudfront is Amazon CloudFront in Strata, with aws-cdk-go's
// names: the generated L1s (CfnDistribution, CfnCachePolicy, ...; files
// *_gen.go) and the hand-written L2s:
//
//   - Distribution: default and additional behaviors (AddBehavior), origins
//     and origin groups (see awscloudfrontorigins), managed and custom
//     policies, CloudFront functions and Lambda@Edge, error responses,
//     certificate and domain names, price class, HTTP version, logging, geo
//     restriction, WAF, grants and Metric*; imports.
//   - CachePolicy, OriginRequestPolicy, ResponseHeadersPolicy (the managed
//     ones as statics, custom ones with every property, imports by id).
//   - Function, KeyValueStore (with S3, asset and inline import sources),
//     PublicKey, KeyGroup, VpcOrigin.
//   - OriginAccessIdentity and the origin access controls for S3, Lambda
//     function URLs and MediaPackage V2.
//   - CloudFrontWebDistribution, the legacy construct, with ViewerCertificate.
//
// Templates are those of aws-cdk-lib 2.276.0 (testdata, from twins.js),
// validation messages included. Where aws-cdk-lib quietly renders a
// distribution CloudFormation rejects — two behaviors with one path pattern
// — Strata reports the mistake at synthesis instead. RealtimeLogConfig
// sends real-time logs to Kinesis streams (Endpoint_FromKinesisStream).
package awscloudfront
