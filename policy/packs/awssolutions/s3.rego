package awssolutions.s3

import data.awssolutions.lib
import rego.v1

# METADATA
# title: S3 bucket readable or writable by anyone
# description: A bucket ACL or bucket policy grants access to every principal without a condition.
# custom:
#   id: STRATA-S3-1
deny contains lib.result("STRATA-S3-1", name, sprintf("bucket %s has a public ACL (%s)", [name, acl])) if {
	some name, b in lib.resources("AWS::S3::Bucket")
	acl := b.Properties.AccessControl
	acl in {"PublicRead", "PublicReadWrite", "AuthenticatedRead"}
}

deny contains lib.result("STRATA-S3-1", name, sprintf("bucket policy %s allows %v to every principal", [name, s.Action])) if {
	some name, p in lib.resources("AWS::S3::BucketPolicy")
	some s in lib.statements(p.Properties.PolicyDocument)
	s.Effect == "Allow"
	anyone(s.Principal)
	not s.Condition
}

anyone("*")

anyone(p) if p.AWS == "*"

# METADATA
# title: S3 bucket without a public access block
# description: Every bucket should set all four PublicAccessBlockConfiguration flags.
# custom:
#   id: STRATA-S3-2
warn contains lib.result("STRATA-S3-2", name, sprintf("bucket %s does not block public access", [name])) if {
	some name, b in lib.resources("AWS::S3::Bucket")
	not blocks_public_access(b)
}

blocks_public_access(b) if {
	c := b.Properties.PublicAccessBlockConfiguration
	c.BlockPublicAcls == true
	c.BlockPublicPolicy == true
	c.IgnorePublicAcls == true
	c.RestrictPublicBuckets == true
}

# METADATA
# title: S3 bucket accepts requests without TLS
# description: The bucket policy should deny requests where aws:SecureTransport is false (enforceSSL).
# custom:
#   id: STRATA-S3-3
warn contains lib.result("STRATA-S3-3", name, sprintf("bucket %s does not require TLS (enforceSSL)", [name])) if {
	some name, _ in lib.resources("AWS::S3::Bucket")
	not ssl_enforced(name)
}

ssl_enforced(bucket) if {
	some _, p in lib.resources("AWS::S3::BucketPolicy")
	p.Properties.Bucket.Ref == bucket
	some s in lib.statements(p.Properties.PolicyDocument)
	s.Effect == "Deny"
	s.Condition.Bool["aws:SecureTransport"] == "false"
}

# METADATA
# title: S3 bucket encrypted with a key the template says nothing of
# description: SSE-S3 is the AWS default; a bucket whose encryption is explicitly disabled is flagged.
# custom:
#   id: STRATA-S3-4
deny contains lib.result("STRATA-S3-4", name, sprintf("bucket %s has an encryption rule without an algorithm", [name])) if {
	some name, b in lib.resources("AWS::S3::Bucket")
	some rule in b.Properties.BucketEncryption.ServerSideEncryptionConfiguration
	not rule.ServerSideEncryptionByDefault.SSEAlgorithm
}
