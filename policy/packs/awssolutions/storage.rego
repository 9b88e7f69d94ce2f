package awssolutions.storage

import data.awssolutions.lib
import rego.v1

# METADATA
# title: SQS queue without encryption at rest
# custom:
#   id: STRATA-SQS-1
deny contains lib.result("STRATA-SQS-1", name, sprintf("queue %s turns off server-side encryption", [name])) if {
	some name, q in lib.resources("AWS::SQS::Queue")
	q.Properties.SqsManagedSseEnabled == false
	not q.Properties.KmsMasterKeyId
}

# METADATA
# title: SNS topic without a KMS key
# custom:
#   id: STRATA-SNS-1
warn contains lib.result("STRATA-SNS-1", name, sprintf("topic %s is not encrypted with a KMS key", [name])) if {
	some name, t in lib.resources("AWS::SNS::Topic")
	not t.Properties.KmsMasterKeyId
}

# METADATA
# title: RDS storage not encrypted
# custom:
#   id: STRATA-RDS-1
deny contains lib.result("STRATA-RDS-1", name, sprintf("database %s does not encrypt its storage", [name])) if {
	some name, db in lib.resources("AWS::RDS::DBInstance")
	not db.Properties.SourceDBInstanceIdentifier # replicas inherit their source's encryption
	not db.Properties.DBClusterIdentifier # cluster members inherit the cluster's
	not db.Properties.StorageEncrypted == true
}

deny contains lib.result("STRATA-RDS-1", name, sprintf("database cluster %s does not encrypt its storage", [name])) if {
	some name, db in lib.resources("AWS::RDS::DBCluster")
	not db.Properties.StorageEncrypted == true
}

# METADATA
# title: RDS instance reachable from the internet
# custom:
#   id: STRATA-RDS-2
deny contains lib.result("STRATA-RDS-2", name, sprintf("database %s is publicly accessible", [name])) if {
	some name, db in lib.resources("AWS::RDS::DBInstance")
	db.Properties.PubliclyAccessible == true
}

# METADATA
# title: RDS without deletion protection
# custom:
#   id: STRATA-RDS-3
warn contains lib.result("STRATA-RDS-3", name, sprintf("database %s has no deletion protection", [name])) if {
	some t in {"AWS::RDS::DBCluster", "AWS::RDS::DBInstance"}
	some name, db in lib.resources(t)
	not db.Properties.DBClusterIdentifier
	not db.Properties.DeletionProtection == true
}

# METADATA
# title: EBS volume not encrypted
# custom:
#   id: STRATA-EBS-1
deny contains lib.result("STRATA-EBS-1", name, sprintf("volume %s is not encrypted", [name])) if {
	some name, v in lib.resources("AWS::EC2::Volume")
	not v.Properties.Encrypted == true
}

warn contains lib.result("STRATA-EBS-1", name, sprintf("instance %s has an unencrypted EBS block device %s", [name, m.DeviceName])) if {
	some name, i in lib.resources("AWS::EC2::Instance")
	some m in i.Properties.BlockDeviceMappings
	m.Ebs
	not m.Ebs.Encrypted == true
}

# METADATA
# title: DynamoDB table without point-in-time recovery
# custom:
#   id: STRATA-DDB-1
warn contains lib.result("STRATA-DDB-1", name, sprintf("table %s has no point-in-time recovery", [name])) if {
	some name, t in lib.resources("AWS::DynamoDB::Table")
	not t.Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled == true
}
