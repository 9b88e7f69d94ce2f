// Package awsefs is Amazon EFS in Strata, with aws-cdk-go's names: the
// generated L1s (CfnFileSystem, CfnAccessPoint, CfnMountTarget; files
// *_gen.go) and the hand-written L2s: FileSystem (a mount target per
// selected subnet behind a security group, encryption, lifecycle and
// throughput settings, replication, the file system policy and the client
// grants), AccessPoint, and the imports FileSystem_FromFileSystemAttributes,
// AccessPoint_FromAccessPointAttributes and AccessPoint_FromAccessPointId.
//
// The L2s render what aws-cdk-lib 2.276.0 renders, logical IDs and
// validation messages included; a mistake is reported with the construct
// path.
package awsefs
