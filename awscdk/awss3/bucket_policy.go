package awss3

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// BucketPolicyProps are the props of NewBucketPolicy.
type BucketPolicyProps struct {
	Bucket        IBucket               `field:"required" json:"bucket" yaml:"bucket"`
	Document      awsiam.PolicyDocument `field:"optional" json:"document" yaml:"document"`
	RemovalPolicy awscdk.RemovalPolicy  `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
}

// BucketPolicy is the resource policy of a bucket. Buckets create theirs
// when a statement is first added; create one yourself only for imported
// buckets.
type BucketPolicy interface {
	awscdk.Resource
	interfacesawss3.IBucketPolicyRef
	Bucket() IBucket
	Document() awsiam.PolicyDocument
	ToString() *string
}

type bucketPolicy struct {
	awscdk.Resource
	bucket   IBucket
	document awsiam.PolicyDocument
	res      CfnBucketPolicy
}

// BucketPolicy_PROPERTY_INJECTION_ID is the id property injectors use for BucketPolicy.
func BucketPolicy_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-s3.BucketPolicy") }

// NewBucketPolicy creates the policy of props.Bucket.
func NewBucketPolicy(scope constructs.Construct, id *string, props *BucketPolicyProps) BucketPolicy {
	props = l2.Inject(*BucketPolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &BucketPolicyProps{}
	}
	p := &bucketPolicy{bucket: props.Bucket, document: props.Document}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	if p.document == nil || isNil(p.document) {
		p.document = awsiam.NewPolicyDocument(nil)
	}
	var bucketName interface{}
	if props.Bucket == nil || isNil(props.Bucket) {
		addError(p, "BucketPolicy: the 'bucket' property is required")
	} else {
		bucketName = props.Bucket.BucketName()
	}
	p.res = NewCfnBucketPolicy(p, str("Resource"), &CfnBucketPolicyProps{Bucket: bucketName, PolicyDocument: p.document})
	p.Node().SetDefaultChild(p.res)
	if props.RemovalPolicy != "" {
		p.res.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	}
	return p
}

// BucketPolicy_IsConstruct reports whether x is a construct.
func BucketPolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BucketPolicy_IsResource reports whether construct is a Resource.
func BucketPolicy_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// BucketPolicy_IsOwnedResource reports whether construct is a Resource of this app.
func BucketPolicy_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

func (p *bucketPolicy) Bucket() IBucket                 { return p.bucket }
func (p *bucketPolicy) Document() awsiam.PolicyDocument { return p.document }
func (p *bucketPolicy) ToString() *string               { return p.Node().Path() }
func (p *bucketPolicy) BucketPolicyRef() *interfacesawss3.BucketPolicyReference {
	return p.res.BucketPolicyRef()
}

// ApplyRemovalPolicy sets what happens to the policy when it leaves the stack.
func (p *bucketPolicy) ApplyRemovalPolicy(policy awscdk.RemovalPolicy) {
	p.res.ApplyRemovalPolicy(policy, nil)
}
