package awss3

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
)

// The actions each grant gives, as aws-cdk-lib lists them.
var (
	bucketReadActions         = []string{"s3:GetObject*", "s3:GetBucket*", "s3:List*"}
	bucketReadMetadataActions = []string{"s3:GetBucket*", "s3:List*"}
	// aws-cdk-lib's @aws-cdk/aws-s3:grantWriteWithoutAcl flag has expired:
	// in v2 it is always on, so the put actions never include s3:PutObjectAcl.
	bucketPutActions = []string{
		"s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention",
		"s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*",
	}
	bucketPutACLActions    = []string{"s3:PutObjectAcl", "s3:PutObjectVersionAcl"}
	bucketPutPolicyActions = []string{"s3:PutBucketPolicy"}
	bucketDeleteActions    = []string{"s3:DeleteObject*"}
	keyReadActions         = []string{"kms:Decrypt", "kms:DescribeKey"}
	keyWriteActions        = []string{"kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Decrypt"}
)

// BucketGrants grants permissions on a bucket and its objects.
type BucketGrants interface {
	ActionsOnBucketAndObjectKeys(identity awsiam.IGrantable, objectsKeyPattern *string, actions ...*string) awsiam.Grant
	ActionsOnObjectKeys(identity awsiam.IGrantable, objectsKeyPattern *string, actions ...*string) awsiam.Grant
	Delete(grantee awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant
	PublicAccess(keyPrefix *string, allowedActions ...*string) awsiam.Grant
	Put(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant
	PutAcl(identity awsiam.IGrantable, objectsKeyPattern *string) awsiam.Grant
	Read(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant
	ReadWrite(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant
	ReplicationPermission(identity awsiam.IGrantable, props *GrantReplicationPermissionProps) awsiam.Grant
	Write(identity awsiam.IGrantable, objectsKeyPattern interface{}, allowedActionPatterns *[]*string) awsiam.Grant
}

type bucketGrants struct {
	bucket    interfacesawss3.IBucketRef
	encrypted awsiam.IEncryptedResource
	policy    awsiam.IResourceWithPolicyV2
}

// BucketGrants_FromBucket returns the grants of a bucket. Grants on a
// bucket with a resource policy go to that policy when the grantee is in
// another account; grants on its KMS key follow the bucket's.
func BucketGrants_FromBucket(bucket interfacesawss3.IBucketRef) BucketGrants {
	g := &bucketGrants{bucket: bucket}
	if e, ok := bucket.(awsiam.IEncryptedResource); ok {
		g.encrypted = e
	}
	if p, ok := bucket.(awsiam.IResourceWithPolicyV2); ok {
		g.policy = p
	}
	return g
}

func (g *bucketGrants) arn() *string { return g.bucket.BucketRef().BucketArn }

func (g *bucketGrants) arnForObjects(pattern string) *string { return arnForObjects(g.arn(), pattern) }

func (g *bucketGrants) Read(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant {
	return g.onBucketAndObjects(identity, keyPattern(objectsKeyPattern), concat(bucketReadActions, keyReadActions))
}

func (g *bucketGrants) Write(identity awsiam.IGrantable, objectsKeyPattern interface{}, allowedActionPatterns *[]*string) awsiam.Grant {
	actions := writeActions()
	if allowedActionPatterns != nil && len(*allowedActionPatterns) > 0 {
		actions = derefs(*allowedActionPatterns)
	}
	return g.onBucketAndObjects(identity, keyPattern(objectsKeyPattern), concat(actions, keyWriteActions))
}

func (g *bucketGrants) Delete(grantee awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant {
	return g.onObjects(grantee, keyPattern(objectsKeyPattern), bucketDeleteActions)
}

func (g *bucketGrants) PublicAccess(keyPrefix *string, allowedActions ...*string) awsiam.Grant {
	if d, ok := g.bucket.(interface{ DisallowPublicAccess() *bool }); ok && isTrue(d.DisallowPublicAccess()) {
		addError(g.bucket, "Cannot grant public access when 'blockPublicPolicy' is enabled")
		return awsiam.Grant_Drop(awsiam.NewAnyPrincipal(), nil)
	}
	actions := derefs(allowedActions)
	if len(actions) == 0 {
		actions = []string{"s3:GetObject"}
	}
	prefix := "*"
	if keyPrefix != nil {
		prefix = *keyPrefix
	}
	return g.onObjects(awsiam.NewAnyPrincipal(), prefix, actions)
}

func (g *bucketGrants) Put(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant {
	return g.onObjects(identity, keyPattern(objectsKeyPattern), concat(bucketPutActions, keyWriteActions))
}

func (g *bucketGrants) PutAcl(identity awsiam.IGrantable, objectsKeyPattern *string) awsiam.Grant {
	return g.onObjects(identity, keyPattern(objectsKeyPattern), bucketPutACLActions)
}

func (g *bucketGrants) ReadWrite(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant {
	bucketActions := concat(bucketReadActions, writeActions())
	keyActions := unique(concat(keyReadActions, keyWriteActions))
	return g.onBucketAndObjects(identity, keyPattern(objectsKeyPattern), concat(bucketActions, keyActions))
}

func (g *bucketGrants) ActionsOnObjectKeys(identity awsiam.IGrantable, objectsKeyPattern *string, actions ...*string) awsiam.Grant {
	return g.onObjects(identity, keyPattern(objectsKeyPattern), derefs(actions))
}

func (g *bucketGrants) ActionsOnBucketAndObjectKeys(identity awsiam.IGrantable, objectsKeyPattern *string, actions ...*string) awsiam.Grant {
	return g.onBucketAndObjects(identity, keyPattern(objectsKeyPattern), derefs(actions))
}

func (g *bucketGrants) onObjects(identity awsiam.IGrantable, pattern string, actions []string) awsiam.Grant {
	return g.grantActions(identity, actions, g.arnForObjects(pattern))
}

func (g *bucketGrants) onBucketAndObjects(identity awsiam.IGrantable, pattern string, actions []string) awsiam.Grant {
	return g.grantActions(identity, actions, g.arn(), g.arnForObjects(pattern))
}

// grantActions grants the S3 actions on the resources and the kms: ones on
// the bucket's key.
func (g *bucketGrants) grantActions(identity awsiam.IGrantable, actions []string, resources ...*string) awsiam.Grant {
	var bucketActions, keyActions []string
	for _, a := range actions {
		if len(a) >= 4 && a[:4] == "kms:" {
			keyActions = append(keyActions, a)
		} else {
			bucketActions = append(bucketActions, a)
		}
	}
	return g.grant(identity, bucketActions, keyActions, resources)
}

func (g *bucketGrants) grant(grantee awsiam.IGrantable, bucketActions, keyActions []string, resources []*string) awsiam.Grant {
	var result awsiam.Grant
	if g.policy != nil {
		result = awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
			Actions: strs(bucketActions...), Grantee: grantee, ResourceArns: &resources, Resource: g.policy,
		})
	} else {
		result = awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
			Actions: strs(bucketActions...), Grantee: grantee, ResourceArns: &resources,
		})
	}
	if len(keyActions) > 0 && g.encrypted != nil {
		g.encrypted.GrantOnKey(grantee, *strs(keyActions...)...)
	}
	return result
}

// ReplicationPermission grants what S3 replication needs: reading the
// source objects, replicating into each destination and using their keys.
func (g *bucketGrants) ReplicationPermission(identity awsiam.IGrantable, props *GrantReplicationPermissionProps) awsiam.Grant {
	if props == nil || props.Destinations == nil || len(*props.Destinations) == 0 {
		addError(g.bucket, "At least one destination bucket must be specified in the destinations array")
		return awsiam.Grant_Drop(identity, nil)
	}
	result := g.grant(identity, []string{"s3:GetReplicationConfiguration", "s3:ListBucket"}, nil,
		[]*string{awscdk.Lazy_String(stringProducer(func() *string { return g.arn() }), nil)})
	result = result.Combine(g.grant(identity, []string{"s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"}, nil,
		[]*string{awscdk.Lazy_String(stringProducer(func() *string { return g.arnForObjects("*") }), nil)}))
	var arns []*string
	for _, d := range *props.Destinations {
		dest := d.Bucket
		arns = append(arns, awscdk.Lazy_String(stringProducer(func() *string { return dest.ArnForObjects(str("*")) }), nil))
	}
	actions := strs("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags", "s3:ObjectOwnerOverrideToBucketOwner")
	if g.policy != nil {
		result = result.Combine(awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
			Actions: actions, Grantee: identity, ResourceArns: &arns, Resource: g.policy,
		}))
	} else {
		result = result.Combine(awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
			Actions: actions, Grantee: identity, ResourceArns: &arns,
		}))
	}
	for _, d := range *props.Destinations {
		if d.EncryptionKey != nil && !isNil(d.EncryptionKey) {
			result = result.Combine(d.EncryptionKey.GrantEncrypt(identity))
		}
	}
	if g.encrypted != nil {
		if r := g.encrypted.GrantOnKey(identity, str("kms:Decrypt")); r != nil && r.Grant != nil {
			result = result.Combine(r.Grant)
		}
	}
	return result
}

type stringProducer func() *string

func (p stringProducer) Produce() *string { return p() }

func writeActions() []string { return concat(bucketDeleteActions, bucketPutActions) }

func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

func unique(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func derefs(xs []*string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, deref(x))
	}
	return out
}
