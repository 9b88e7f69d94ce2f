# Buckets must be private, versioned and encrypted.
package course.s3

import rego.v1

buckets := {name: r | some name, r in input.Resources; r.Type == "AWS::S3::Bucket"}

deny contains msg if {
	some name, b in buckets
	not b.Properties.VersioningConfiguration.Status == "Enabled"
	msg := sprintf("S3 bucket %s must have versioning enabled", [name])
}

deny contains msg if {
	some name, b in buckets
	not b.Properties.PublicAccessBlockConfiguration.BlockPublicPolicy == true
	msg := sprintf("S3 bucket %s must block public policies", [name])
}
