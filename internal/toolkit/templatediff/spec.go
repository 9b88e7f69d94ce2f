package templatediff

// replacement_gen.go is written by specgen from the resource database the
// CDK CLI 2.1148.1 ships (see specgen/main.go for how to run it).

// UpdateBehavior tells whether changing prop of a resource type replaces
// the resource: "always", "conditional" or "" (in place), from the resource
// database the CDK CLI predicts replacements with (replacement_gen.go).
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
