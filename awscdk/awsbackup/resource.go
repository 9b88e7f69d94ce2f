package awsbackup

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsdynamodb"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsefs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// TagOperation is how a tag condition compares.
type TagOperation string

const (
	TagOperation_STRING_EQUALS TagOperation = "STRING_EQUALS"
	TagOperation_DUMMY         TagOperation = "DUMMY"
)

// CloudFormation takes these values (Go's constants hold the member names).
var tagOperationValues = map[TagOperation]string{TagOperation_STRING_EQUALS: "STRINGEQUALS", TagOperation_DUMMY: "dummy"}

// TagCondition selects resources by tag.
type TagCondition struct {
	Key   *string `field:"required" json:"key" yaml:"key"`
	Value *string `field:"required" json:"value" yaml:"value"`
	// Default: TagOperation_STRING_EQUALS.
	Operation TagOperation `field:"optional" json:"operation" yaml:"operation"`
}

// BackupResource is what a backup selection picks: an ARN, a tag
// condition, or the backupable resources below a construct.
type BackupResource interface {
	Construct() constructs.Construct
	Resource() *string
	TagCondition() *TagCondition
}

type backupResource struct {
	resource  *string
	tag       *TagCondition
	construct constructs.Construct
}

func (r *backupResource) Construct() constructs.Construct { return r.construct }
func (r *backupResource) Resource() *string               { return r.resource }
func (r *backupResource) TagCondition() *TagCondition     { return r.tag }

// NewBackupResource is a resource to back up: an ARN, a tag condition or a construct.
func NewBackupResource(resource *string, tagCondition *TagCondition, construct constructs.Construct) BackupResource {
	return &backupResource{resource: resource, tag: tagCondition, construct: construct}
}

// NewBackupResource_Override initialises outer, a type embedding BackupResource.
func NewBackupResource_Override(outer BackupResource, resource *string, tagCondition *TagCondition, construct constructs.Construct) {
	l2.Override(outer, NewBackupResource(resource, tagCondition, construct))
}

// BackupResource_FromArn selects a resource by ARN (wildcards allowed).
func BackupResource_FromArn(arn *string) BackupResource { return &backupResource{resource: arn} }

// BackupResource_FromTag selects resources by a tag.
func BackupResource_FromTag(key *string, value *string, operation TagOperation) BackupResource {
	return &backupResource{tag: &TagCondition{Key: key, Value: value, Operation: operation}}
}

// BackupResource_FromConstruct selects the backupable resources below construct.
func BackupResource_FromConstruct(construct constructs.Construct) BackupResource {
	return &backupResource{construct: construct}
}

// BackupResource_FromDynamoDbTable selects a DynamoDB table.
func BackupResource_FromDynamoDbTable(table interfacesawsdynamodb.ITableRef) BackupResource {
	requireRef(table == nil, "BackupResource_FromDynamoDbTable", "table")
	return BackupResource_FromArn(table.TableRef().TableArn)
}

// BackupResource_FromEc2Instance selects an EC2 instance.
func BackupResource_FromEc2Instance(instance interfacesawsec2.IInstanceRef) BackupResource {
	requireRef(instance == nil, "BackupResource_FromEc2Instance", "instance")
	return BackupResource_FromArn(awscdk.Stack_Of(instance).FormatArn(&awscdk.ArnComponents{Service: jsii.String("ec2"),
		Resource: jsii.String("instance"), ResourceName: instance.InstanceRef().InstanceId}))
}

// BackupResource_FromEfsFileSystem selects an EFS file system.
func BackupResource_FromEfsFileSystem(fileSystem interfacesawsefs.IFileSystemRef) BackupResource {
	requireRef(fileSystem == nil, "BackupResource_FromEfsFileSystem", "fileSystem")
	return BackupResource_FromArn(awscdk.Stack_Of(fileSystem).FormatArn(&awscdk.ArnComponents{Service: jsii.String("elasticfilesystem"),
		Resource: jsii.String("file-system"), ResourceName: fileSystem.FileSystemRef().FileSystemId}))
}

// BackupResource_FromRdsDatabaseInstance selects an RDS instance.
func BackupResource_FromRdsDatabaseInstance(instance interfacesawsrds.IDBInstanceRef) BackupResource {
	requireRef(instance == nil, "BackupResource_FromRdsDatabaseInstance", "instance")
	return BackupResource_FromArn(instance.DbInstanceRef().DbInstanceArn)
}

// BackupResource_FromRdsDatabaseCluster selects an Aurora cluster.
func BackupResource_FromRdsDatabaseCluster(cluster interfacesawsrds.IDBClusterRef) BackupResource {
	requireRef(cluster == nil, "BackupResource_FromRdsDatabaseCluster", "cluster")
	stack := awscdk.Stack_Of(cluster)
	// Concatenated as aws-cdk-lib's template string is: tokens resolve into an Fn::Join.
	return BackupResource_FromArn(jsii.String("arn:" + *stack.Partition() + ":rds:" + *stack.Region() + ":" + *stack.Account() +
		":cluster:" + *cluster.DbClusterRef().DbClusterIdentifier))
}

// BackupResource_FromRdsServerlessCluster selects an Aurora Serverless cluster.
func BackupResource_FromRdsServerlessCluster(cluster interfacesawsrds.IDBClusterRef) BackupResource {
	requireRef(cluster == nil, "BackupResource_FromRdsServerlessCluster", "cluster")
	return BackupResource_FromArn(cluster.DbClusterRef().DbClusterArn)
}

// requireRef stops with a clear mistake when a BackupResource_From*
// function gets nil (there is no construct to name).
func requireRef(missing bool, function, arg string) {
	if missing {
		l2.RequireArg(nil, function, arg)
	}
}
