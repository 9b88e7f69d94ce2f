package templatediff

// Update behaviour of common properties, from CloudFormation's resource
// specification ("Update requires: Replacement"/"Some interruptions" ...).
// This is a hand-kept subset until the pinned spec (internal/spec) offers a
// lookup; properties not listed are taken to update in place.
var replacementProps = map[string]map[string]string{
	"AWS::S3::Bucket":                  {"BucketName": "always", "ObjectLockEnabled": "always"},
	"AWS::SQS::Queue":                  {"QueueName": "always", "FifoQueue": "always"},
	"AWS::SNS::Topic":                  {"TopicName": "always", "FifoTopic": "always"},
	"AWS::SNS::Subscription":           {"Endpoint": "always", "Protocol": "always", "TopicArn": "always"},
	"AWS::Lambda::Function":            {"FunctionName": "always", "PackageType": "always"},
	"AWS::IAM::Role":                   {"RoleName": "always", "Path": "always"},
	"AWS::IAM::User":                   {"Path": "conditional"},
	"AWS::IAM::ManagedPolicy":          {"ManagedPolicyName": "always", "Path": "always", "Description": "always"},
	"AWS::Logs::LogGroup":              {"LogGroupName": "always"},
	"AWS::KMS::Alias":                  {"AliasName": "always"},
	"AWS::DynamoDB::Table":             {"TableName": "always", "KeySchema": "always"},
	"AWS::ECR::Repository":             {"RepositoryName": "always", "EncryptionConfiguration": "always"},
	"AWS::SSM::Parameter":              {"Name": "always"},
	"AWS::EC2::VPC":                    {"CidrBlock": "always", "InstanceTenancy": "conditional"},
	"AWS::EC2::Subnet":                 {"VpcId": "always", "CidrBlock": "always", "AvailabilityZone": "always"},
	"AWS::EC2::SecurityGroup":          {"GroupDescription": "always", "GroupName": "always", "VpcId": "always"},
	"AWS::EC2::Instance":               {"ImageId": "always", "SubnetId": "always", "KeyName": "always", "AvailabilityZone": "always", "InstanceType": "conditional", "UserData": "conditional"},
	"AWS::RDS::DBInstance":             {"DBInstanceIdentifier": "always", "Engine": "conditional", "DBSnapshotIdentifier": "always", "StorageEncrypted": "always", "KmsKeyId": "always", "DBSubnetGroupName": "always", "AvailabilityZone": "conditional"},
	"AWS::RDS::DBCluster":              {"DBClusterIdentifier": "always", "Engine": "always", "StorageEncrypted": "always", "KmsKeyId": "always", "DBSubnetGroupName": "always"},
	"AWS::EFS::FileSystem":             {"Encrypted": "always", "KmsKeyId": "always", "PerformanceMode": "always"},
	"AWS::Cognito::UserPool":           {"UsernameAttributes": "always", "AliasAttributes": "always"},
	"AWS::ECS::Service":                {"ServiceName": "always", "Cluster": "always", "LaunchType": "always"},
	"AWS::ECS::TaskDefinition":         {"Family": "always", "ContainerDefinitions": "always", "Cpu": "always", "Memory": "always"},
	"AWS::StepFunctions::StateMachine": {"StateMachineName": "always"},
	"AWS::Events::Rule":                {"Name": "always"},
	"AWS::ApiGateway::RestApi":         {},
	"AWS::CloudFront::Distribution":    {},
}

// UpdateBehavior tells whether changing prop of a resource type replaces
// the resource: "always", "conditional" or "" (in place).
func UpdateBehavior(resourceType, prop string) string {
	return replacementProps[resourceType][prop]
}

// Resource types that hold data, whose replacement or removal loses it.
var stateful = map[string]bool{
	"AWS::S3::Bucket": true, "AWS::DynamoDB::Table": true, "AWS::DynamoDB::GlobalTable": true,
	"AWS::RDS::DBInstance": true, "AWS::RDS::DBCluster": true, "AWS::EFS::FileSystem": true,
	"AWS::Logs::LogGroup": true, "AWS::KMS::Key": true, "AWS::Cognito::UserPool": true,
	"AWS::SQS::Queue": true, "AWS::Kinesis::Stream": true, "AWS::ElastiCache::CacheCluster": true,
	"AWS::ElastiCache::ReplicationGroup": true, "AWS::OpenSearchService::Domain": true,
	"AWS::Elasticsearch::Domain": true, "AWS::Neptune::DBCluster": true, "AWS::DocDB::DBCluster": true,
	"AWS::ECR::Repository": true, "AWS::SecretsManager::Secret": true, "AWS::Backup::BackupVault": true,
	"AWS::EC2::Volume": true, "AWS::FSx::FileSystem": true, "AWS::Redshift::Cluster": true,
}

// IsStateful reports whether a resource type holds data.
func IsStateful(resourceType string) bool { return stateful[resourceType] }
