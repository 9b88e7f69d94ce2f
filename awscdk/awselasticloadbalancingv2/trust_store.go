package awselasticloadbalancingv2

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ITrustStore is a trust store (the CA bundle mutual TLS checks client
// certificates against), defined here or imported.
type ITrustStore interface {
	awscdk.IResource
	interfacesawselasticloadbalancingv2.ITrustStoreRef
	TrustStoreArn() *string
	TrustStoreName() *string
}

// TrustStoreProps are the props of NewTrustStore.
type TrustStoreProps struct {
	// The bucket holding the CA certificates bundle.
	Bucket interfacesawss3.IBucketRef `field:"required" json:"bucket" yaml:"bucket"`
	// The key of the bundle in the bucket.
	Key *string `field:"required" json:"key" yaml:"key"`
	// The trust store's name. Default: a unique name of at most 32 characters.
	TrustStoreName *string `field:"optional" json:"trustStoreName" yaml:"trustStoreName"`
	// The version of the bundle object. Default: the latest.
	Version *string `field:"optional" json:"version" yaml:"version"`
}

// TrustStore is an AWS::ElasticLoadBalancingV2::TrustStore.
type TrustStore interface {
	awscdk.Resource
	ITrustStore
	NumberOfCaCertificates() *float64
	Status() *string
}

type trustStore struct {
	awscdk.Resource
	cfn CfnTrustStore
}

type produceString func() *string

func (f produceString) Produce() *string { return f() }

// trustStoreNamePattern is what the service accepts as a trust store name.
var trustStoreNamePattern = regexp.MustCompile(`^([a-zA-Z0-9]+-)*[a-zA-Z0-9]+$`)

// NewTrustStore defines a trust store loaded from a CA bundle in S3.
func NewTrustStore(scope constructs.Construct, id *string, props *TrustStoreProps) TrustStore {
	props = l2.Inject(*TrustStore_PROPERTY_INJECTION_ID(), props, scope, id)
	t := &trustStore{}
	var physical *string
	if props != nil {
		physical = props.TrustStoreName
	}
	if physical == nil {
		physical = awscdk.Lazy_String(produceString(func() *string {
			return awscdk.Names_UniqueResourceName(t, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(32)})
		}), nil)
	}
	t.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: physical})
	host.Set(t.Resource, t)
	if props == nil || props.Bucket == nil || props.Key == nil {
		l2.Throw(t, "TrustStore: bucket and key are required")
	}
	if n := props.TrustStoreName; n != nil && !*awscdk.Token_IsUnresolved(*n) {
		if len(*n) < 1 || len(*n) > 32 {
			l2.Throw(t, "trustStoreName '%s' must be 1-32 characters long.", *n)
		}
		if !trustStoreNamePattern.MatchString(*n) {
			l2.Throw(t, "trustStoreName '%s' must contain only alphanumeric characters and hyphens, and cannot begin or end with a hyphen.", *n)
		}
	}
	t.cfn = NewCfnTrustStore(t, jsii.String("Resource"), &CfnTrustStoreProps{Name: t.PhysicalName(),
		CaCertificatesBundleS3Bucket: props.Bucket.BucketRef().BucketName, CaCertificatesBundleS3Key: props.Key,
		CaCertificatesBundleS3ObjectVersion: props.Version})
	return t
}

// NewTrustStore_Override makes t, a pointer to a struct embedding TrustStore,
// a new TrustStore (jsii's way of extending a class).
func NewTrustStore_Override(t TrustStore, scope constructs.Construct, id *string, props *TrustStoreProps) {
	l2.Override[TrustStore](t, NewTrustStore(scope, id, props))
}

func (t *trustStore) TrustStoreName() *string          { return t.cfn.Ref() }
func (t *trustStore) TrustStoreArn() *string           { return t.cfn.AttrTrustStoreArn() }
func (t *trustStore) NumberOfCaCertificates() *float64 { return t.cfn.AttrNumberOfCaCertificates() }
func (t *trustStore) Status() *string                  { return t.cfn.AttrStatus() }
func (t *trustStore) TrustStoreRef() *interfacesawselasticloadbalancingv2.TrustStoreReference {
	return &interfacesawselasticloadbalancingv2.TrustStoreReference{TrustStoreArn: t.TrustStoreArn()}
}

type importedTrustStore struct {
	awscdk.Resource
	arn, name *string
}

// TrustStore_FromTrustStoreArn imports a trust store by ARN; its name is
// the ARN's resource part up to the first slash.
func TrustStore_FromTrustStoreArn(scope constructs.Construct, id *string, trustStoreArn *string) ITrustStore {
	t := &importedTrustStore{arn: trustStoreArn}
	t.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(t.Resource, t)
	if trustStoreArn == nil {
		l2.Throw(t, "TrustStore.fromTrustStoreArn: trustStoreArn is required")
	}
	t.name = awscdk.Fn_Select(jsii.Number(0), awscdk.Fn_Split(jsii.String("/"), trustStoreArn, nil))
	return t
}

func (t *importedTrustStore) TrustStoreArn() *string  { return t.arn }
func (t *importedTrustStore) TrustStoreName() *string { return t.name }
func (t *importedTrustStore) TrustStoreRef() *interfacesawselasticloadbalancingv2.TrustStoreReference {
	return &interfacesawselasticloadbalancingv2.TrustStoreReference{TrustStoreArn: t.arn}
}

// TrustStore_PROPERTY_INJECTION_ID is the id property injectors use.
func TrustStore_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-elasticloadbalancingv2.TrustStore")
}

// TrustStore_IsConstruct reports whether x is a construct.
func TrustStore_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// TrustStore_IsResource reports whether construct is a Resource.
func TrustStore_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// TrustStore_IsOwnedResource reports whether construct is a Resource owned by the app.
func TrustStore_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// RevocationType is the kind of a revocation file.
type RevocationType string

const (
	// RevocationType_CRL is a certificate revocation list.
	RevocationType_CRL RevocationType = "CRL"
)

// RevocationContent is one revocation file in S3.
type RevocationContent struct {
	// The bucket holding the revocation file.
	Bucket interfacesawss3.IBucketRef `field:"required" json:"bucket" yaml:"bucket"`
	// The key of the file in the bucket.
	Key *string `field:"required" json:"key" yaml:"key"`
	// The kind of file. Default: CRL, the service's default.
	RevocationType RevocationType `field:"optional" json:"revocationType" yaml:"revocationType"`
	// The version of the file object. Default: the latest.
	Version *string `field:"optional" json:"version" yaml:"version"`
}

// TrustStoreRevocationProps are the props of NewTrustStoreRevocation.
type TrustStoreRevocationProps struct {
	// The revocation files.
	RevocationContents *[]*RevocationContent `field:"required" json:"revocationContents" yaml:"revocationContents"`
	// The trust store they revoke certificates of.
	TrustStore interfacesawselasticloadbalancingv2.ITrustStoreRef `field:"required" json:"trustStore" yaml:"trustStore"`
}

// TrustStoreRevocation is an AWS::ElasticLoadBalancingV2::TrustStoreRevocation.
type TrustStoreRevocation interface {
	awscdk.Resource
}

type trustStoreRevocation struct {
	awscdk.Resource
}

// NewTrustStoreRevocation adds revocation files to a trust store.
func NewTrustStoreRevocation(scope constructs.Construct, id *string, props *TrustStoreRevocationProps) TrustStoreRevocation {
	props = l2.Inject(*TrustStoreRevocation_PROPERTY_INJECTION_ID(), props, scope, id)
	r := &trustStoreRevocation{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	if props == nil || props.TrustStore == nil || props.RevocationContents == nil {
		l2.Throw(r, "TrustStoreRevocation: trustStore and revocationContents are required")
	}
	contents := []interface{}{}
	for i, c := range *props.RevocationContents {
		if c == nil || c.Bucket == nil {
			l2.Throw(r, "TrustStoreRevocation: revocationContents[%d] needs a bucket", i)
		}
		p := &CfnTrustStoreRevocation_RevocationContentProperty{S3Bucket: c.Bucket.BucketRef().BucketName, S3Key: c.Key, S3ObjectVersion: c.Version}
		if c.RevocationType != "" {
			p.RevocationType = jsii.String(string(c.RevocationType))
		}
		contents = append(contents, p)
	}
	NewCfnTrustStoreRevocation(r, jsii.String("Resource"), &CfnTrustStoreRevocationProps{
		TrustStoreArn: props.TrustStore.TrustStoreRef().TrustStoreArn, RevocationContents: contents})
	return r
}

// NewTrustStoreRevocation_Override makes t, a pointer to a struct embedding
// TrustStoreRevocation, a new TrustStoreRevocation (jsii's way of extending a class).
func NewTrustStoreRevocation_Override(t TrustStoreRevocation, scope constructs.Construct, id *string, props *TrustStoreRevocationProps) {
	l2.Override[TrustStoreRevocation](t, NewTrustStoreRevocation(scope, id, props))
}

// TrustStoreRevocation_PROPERTY_INJECTION_ID is the id property injectors use.
func TrustStoreRevocation_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-elasticloadbalancingv2.TrustStoreRevocation")
}

// TrustStoreRevocation_IsConstruct reports whether x is a construct.
func TrustStoreRevocation_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// TrustStoreRevocation_IsResource reports whether construct is a Resource.
func TrustStoreRevocation_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// TrustStoreRevocation_IsOwnedResource reports whether construct is a Resource owned by the app.
func TrustStoreRevocation_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}
