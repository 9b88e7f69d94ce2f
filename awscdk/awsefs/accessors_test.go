package awsefs_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsefs"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/jsii"
)

// The accessors the templates do not show: references, the replication
// configuration's getters and the statics.
func TestAccessors(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	fs := awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s)})
	ap := fs.AddAccessPoint(jsii.String("Ap"), nil)
	if fs.FileSystemRef().FileSystemId != fs.FileSystemId() || fs.FileSystemRef().FileSystemArn != fs.FileSystemArn() {
		t.Error("FileSystemRef does not match the id and ARN")
	}
	if ap.AccessPointRef().AccessPointId != ap.AccessPointId() || ap.AccessPointRef().AccessPointArn != ap.AccessPointArn() {
		t.Error("AccessPointRef does not match the id and ARN")
	}
	if ap.FileSystem() != awsefs.IFileSystem(fs) {
		t.Error("the access point's FileSystem is not the file system it was added to")
	}
	if !*awsefs.FileSystem_IsResource(fs) || !*awsefs.FileSystem_IsOwnedResource(fs) || !*awsefs.AccessPoint_IsConstruct(ap) {
		t.Error("statics disagree")
	}
	if *awsefs.FileSystem_DEFAULT_PORT() != 2049 {
		t.Error("DEFAULT_PORT")
	}
	key := awskms.NewKey(s, jsii.String("Key"), nil)
	oz := awsefs.ReplicationConfiguration_OneZoneFileSystem(jsii.String("us-east-1"), jsii.String("us-east-1a"), key)
	if *oz.Region() != "us-east-1" || *oz.AvailabilityZone() != "us-east-1a" || oz.KmsKey() != key || oz.DestinationFileSystem() != nil {
		t.Error("OneZoneFileSystem getters")
	}
	if awsefs.ReplicationConfiguration_ExistingFileSystem(fs).DestinationFileSystem() != awsefs.IFileSystem(fs) {
		t.Error("ExistingFileSystem's DestinationFileSystem")
	}
	type myReplication struct {
		awsefs.ReplicationConfiguration
	}
	mine := &myReplication{}
	awsefs.NewReplicationConfiguration_Override(mine, &awsefs.ReplicationConfigurationProps{Region: jsii.String("eu-west-1")})
	if *mine.Region() != "eu-west-1" {
		t.Error("NewReplicationConfiguration_Override")
	}
}
