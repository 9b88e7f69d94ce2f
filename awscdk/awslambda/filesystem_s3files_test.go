package awslambda_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3files"
	"github.com/strata-cdk/strata/jsii"
)

// The S3Files stack of testdata/twins.js (TestFunctionTemplates): each
// DirectS3Read mode and none, the access point's file system, mount targets
// and their security groups found in the tree (an L2 group, an L1 one and
// an id not in the app), the policies, the NFS ingress rules, the
// dependencies and S3FilesConfig. The errors: no file system, no mount
// targets, a mount target without security groups (TestFunctionErrors).
func init() {
	templateCases["S3Files"] = func(s awscdk.Stack) {
		vpc := awsec2.Vpc_FromVpcAttributes(s, jsii.String("Vpc"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-0123456789abcdef0"),
			AvailabilityZones: jsii.Strings("us-east-1a", "us-east-1b"), PrivateSubnetIds: jsii.Strings("subnet-0123456789abcdef0", "subnet-0123456789abcdef1")})
		bucket := awss3.NewBucket(s, jsii.String("Bucket"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		fsys := awss3files.NewCfnFileSystem(s, jsii.String("FileSystem"), &awss3files.CfnFileSystemProps{Bucket: bucket.BucketArn(), RoleArn: jsii.String("arn:aws:iam::123456789012:role/s3files")})
		sgA := awsec2.NewSecurityGroup(s, jsii.String("MountSgA"), &awsec2.SecurityGroupProps{Vpc: vpc})
		sgB := awsec2.NewCfnSecurityGroup(s, jsii.String("MountSgB"), &awsec2.CfnSecurityGroupProps{GroupDescription: jsii.String("mount targets"), VpcId: jsii.String("vpc-0123456789abcdef0")})
		awss3files.NewCfnMountTarget(s, jsii.String("TargetA"), &awss3files.CfnMountTargetProps{FileSystemId: fsys.AttrFileSystemId(), SubnetId: jsii.String("subnet-0123456789abcdef0"),
			SecurityGroups: &[]*string{sgA.SecurityGroupId(), sgB.Ref()}})
		awss3files.NewCfnMountTarget(s, jsii.String("TargetB"), &awss3files.CfnMountTargetProps{FileSystemId: fsys.AttrFileSystemId(), SubnetId: jsii.String("subnet-0123456789abcdef1"),
			SecurityGroups: &[]*string{sgA.SecurityGroupId(), jsii.String("sg-0123456789abcdef0")}})
		modes := []struct {
			name    string
			options *awslambda.S3FilesOptions
		}{
			{"Enabled", &awslambda.S3FilesOptions{DirectS3Read: awslambda.DirectS3Read_Enabled(bucket)}},
			{"WithoutGrant", &awslambda.S3FilesOptions{DirectS3Read: awslambda.DirectS3Read_EnabledWithoutGrant()}},
			{"Auto", &awslambda.S3FilesOptions{DirectS3Read: awslambda.DirectS3Read_Auto()}},
			{"Disabled", &awslambda.S3FilesOptions{DirectS3Read: awslambda.DirectS3Read_Disabled()}},
			{"Unset", nil},
		}
		for _, m := range modes {
			ap := awss3files.NewCfnAccessPoint(s, jsii.String(m.name+"Ap"), &awss3files.CfnAccessPointProps{FileSystemId: fsys.AttrFileSystemId()})
			fn(s, m.name, &awslambda.FunctionProps{Vpc: vpc,
				Filesystem: awslambda.FileSystem_FromS3FilesAccessPoint(ap, jsii.String("/mnt/"+lower(m.name)), m.options)})
		}
	}
	errorCases["S3FilesNoFileSystem"] = func(s awscdk.Stack) {
		awslambda.FileSystem_FromS3FilesAccessPoint(awss3files.NewCfnAccessPoint(s, jsii.String("Ap"), &awss3files.CfnAccessPointProps{FileSystemId: jsii.String("fs-1")}), jsii.String("/mnt/x"), nil)
	}
	errorCases["S3FilesNoMountTargets"] = func(s awscdk.Stack) {
		f := awss3files.NewCfnFileSystem(s, jsii.String("Fs"), &awss3files.CfnFileSystemProps{Bucket: jsii.String("arn:aws:s3:::b"), RoleArn: jsii.String("r")})
		awslambda.FileSystem_FromS3FilesAccessPoint(awss3files.NewCfnAccessPoint(s, jsii.String("Ap"), &awss3files.CfnAccessPointProps{FileSystemId: f.Ref()}), jsii.String("/mnt/x"), nil)
	}
	errorCases["S3FilesTargetWithoutGroups"] = func(s awscdk.Stack) {
		f := awss3files.NewCfnFileSystem(s, jsii.String("Fs"), &awss3files.CfnFileSystemProps{Bucket: jsii.String("arn:aws:s3:::b"), RoleArn: jsii.String("r")})
		awss3files.NewCfnMountTarget(s, jsii.String("T"), &awss3files.CfnMountTargetProps{FileSystemId: f.AttrFileSystemId(), SubnetId: jsii.String("subnet-1")})
		awslambda.FileSystem_FromS3FilesAccessPoint(awss3files.NewCfnAccessPoint(s, jsii.String("Ap"), &awss3files.CfnAccessPointProps{FileSystemId: f.AttrFileSystemId()}), jsii.String("/mnt/x"), nil)
	}
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// A nil access point is a clear error, not a Go panic.
func TestS3FilesNilAccessPoint(t *testing.T) {
	if err := synthErr(t, func(app awscdk.App) { awslambda.FileSystem_FromS3FilesAccessPoint(nil, jsii.String("/mnt/x"), nil) }); err == nil {
		t.Fatal("no error for a nil access point")
	}
}
