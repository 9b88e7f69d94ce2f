package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsefs"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// FileSystem_FromEfsAccessPoint mounts an EFS access point at mountPath
// (/mnt/<name>): the function waits for the mount targets, may reach them
// through the file system's security group, and its role may mount and
// write through the access point.
func FileSystem_FromEfsAccessPoint(ap awsefs.IAccessPoint, mountPath *string) FileSystem {
	fs := ap.FileSystem()
	return NewFileSystem(&FileSystemConfig{
		LocalMountPath: mountPath,
		Arn:            ap.AccessPointArn(),
		Dependency:     &[]constructs.IDependable{fs.MountTargetsAvailable()},
		Connections:    fs.Connections(),
		Policies: &[]awsiam.PolicyStatement{
			awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Actions:    jsii.Strings("elasticfilesystem:ClientMount"),
				Resources:  jsii.Strings("*"),
				Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{"elasticfilesystem:AccessPointArn": ap.AccessPointArn()}},
			}),
			awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Actions: jsii.Strings("elasticfilesystem:ClientWrite"),
				Resources: &[]*string{awscdk.Stack_Of(ap).FormatArn(&awscdk.ArnComponents{Service: jsii.String("elasticfilesystem"),
					Resource: jsii.String("file-system"), ResourceName: fs.FileSystemId()})},
			}),
		},
	})
}
