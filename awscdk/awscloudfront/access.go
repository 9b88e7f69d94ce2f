package awscloudfront

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// AccessLevel is what an origin access control lets CloudFront do in a bucket.
type AccessLevel string

const (
	AccessLevel_READ           AccessLevel = "READ"
	AccessLevel_READ_VERSIONED AccessLevel = "READ_VERSIONED"
	AccessLevel_LIST           AccessLevel = "LIST"
	AccessLevel_WRITE          AccessLevel = "WRITE"
	AccessLevel_DELETE         AccessLevel = "DELETE"
)

// OriginAccessControlOriginType is the kind of origin an OAC signs for.
type OriginAccessControlOriginType string

const (
	OriginAccessControlOriginType_S3             OriginAccessControlOriginType = "s3"
	OriginAccessControlOriginType_LAMBDA         OriginAccessControlOriginType = "lambda"
	OriginAccessControlOriginType_MEDIASTORE     OriginAccessControlOriginType = "mediastore"
	OriginAccessControlOriginType_MEDIAPACKAGEV2 OriginAccessControlOriginType = "mediapackagev2"
)

// SigningBehavior is when CloudFront signs origin requests.
type SigningBehavior string

const (
	SigningBehavior_ALWAYS          SigningBehavior = "always"
	SigningBehavior_ALWAYS_AMZ_AUTH SigningBehavior = "always-amz-auth"
	SigningBehavior_NEVER           SigningBehavior = "never"
	SigningBehavior_NO_OVERRIDE     SigningBehavior = "no-override"
)

// SigningProtocol is how CloudFront signs origin requests.
type SigningProtocol string

const (
	SigningProtocol_SIGV4  SigningProtocol = "sigv4"
	SigningProtocol_SIGV4A SigningProtocol = "sigv4a"
)

// Signing is a signing protocol and behavior.
type Signing interface {
	Behavior() SigningBehavior
	Protocol() SigningProtocol
}

type signing struct {
	p SigningProtocol
	b SigningBehavior
}

func (s *signing) Behavior() SigningBehavior { return s.b }
func (s *signing) Protocol() SigningProtocol { return s.p }

// NewSigning is a signing configuration.
func NewSigning(protocol SigningProtocol, behavior SigningBehavior) Signing {
	return &signing{p: protocol, b: behavior}
}

func Signing_SIGV4_ALWAYS() Signing { return NewSigning(SigningProtocol_SIGV4, SigningBehavior_ALWAYS) }
func Signing_SIGV4_ALWAYS_AMZ_AUTH() Signing {
	return NewSigning(SigningProtocol_SIGV4, SigningBehavior_ALWAYS_AMZ_AUTH)
}
func Signing_SIGV4_NO_OVERRIDE() Signing {
	return NewSigning(SigningProtocol_SIGV4, SigningBehavior_NO_OVERRIDE)
}
func Signing_SIGV4A_ALWAYS() Signing {
	return NewSigning(SigningProtocol_SIGV4A, SigningBehavior_ALWAYS)
}
func Signing_SIGV4A_ALWAYS_AMZ_AUTH() Signing {
	return NewSigning(SigningProtocol_SIGV4A, SigningBehavior_ALWAYS_AMZ_AUTH)
}
func Signing_NEVER() Signing { return NewSigning(SigningProtocol_SIGV4, SigningBehavior_NEVER) }

// IOriginAccessControl is an origin access control.
type IOriginAccessControl interface {
	interfacesawscloudfront.IOriginAccessControlRef
	awscdk.IResource
	OriginAccessControlId() *string
}

// OriginAccessControlBaseProps are the props of the origin access controls.
type OriginAccessControlBaseProps struct {
	Description             *string `field:"optional" json:"description" yaml:"description"`
	OriginAccessControlName *string `field:"optional" json:"originAccessControlName" yaml:"originAccessControlName"`
	Signing                 Signing `field:"optional" json:"signing" yaml:"signing"`
}

// S3OriginAccessControlProps are the props of NewS3OriginAccessControl.
type S3OriginAccessControlProps struct {
	Description             *string `field:"optional" json:"description" yaml:"description"`
	OriginAccessControlName *string `field:"optional" json:"originAccessControlName" yaml:"originAccessControlName"`
	Signing                 Signing `field:"optional" json:"signing" yaml:"signing"`
}

// S3OriginAccessControl lets CloudFront sign its requests to S3 (AWS::CloudFront::OriginAccessControl).
type S3OriginAccessControl interface {
	awscdk.Resource
	IOriginAccessControl
	OriginAccessControlRef() *interfacesawscloudfront.OriginAccessControlReference
}

type originAccessControl struct {
	awscdk.Resource
	id *string
}

func (o *originAccessControl) OriginAccessControlId() *string { return o.id }
func (o *originAccessControl) OriginAccessControlRef() *interfacesawscloudfront.OriginAccessControlReference {
	return &interfacesawscloudfront.OriginAccessControlReference{OriginAccessControlId: o.id}
}

func newOriginAccessControl(scope constructs.Construct, id *string, props *OriginAccessControlBaseProps, kind OriginAccessControlOriginType) *originAccessControl {
	o := &originAccessControl{}
	o.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(o.Resource, o)
	if props == nil {
		props = &OriginAccessControlBaseProps{}
	}
	name := props.OriginAccessControlName
	if name == nil {
		name = awscdk.Names_UniqueResourceName(o, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(64)})
	}
	s := props.Signing
	if s == nil {
		s = Signing_SIGV4_ALWAYS()
	}
	r := NewCfnOriginAccessControl(o, jsii.String("Resource"), &CfnOriginAccessControlProps{
		OriginAccessControlConfig: &CfnOriginAccessControl_OriginAccessControlConfigProperty{
			Description: props.Description, Name: name,
			SigningBehavior: jsii.String(string(s.Behavior())), SigningProtocol: jsii.String(string(s.Protocol())),
			OriginAccessControlOriginType: jsii.String(string(kind)),
		},
	})
	o.id = r.AttrId()
	return o
}

func importOriginAccessControl(scope constructs.Construct, id *string, oacID *string) IOriginAccessControl {
	o := &originAccessControl{id: oacID}
	o.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(o.Resource, o)
	return o
}

// NewS3OriginAccessControl defines an origin access control for S3 origins.
func NewS3OriginAccessControl(scope constructs.Construct, id *string, props *S3OriginAccessControlProps) S3OriginAccessControl {
	props = l2.Inject(*S3OriginAccessControl_PROPERTY_INJECTION_ID(), props, scope, id)
	var p *OriginAccessControlBaseProps
	if props != nil {
		p = &OriginAccessControlBaseProps{Description: props.Description, OriginAccessControlName: props.OriginAccessControlName, Signing: props.Signing}
	}
	return newOriginAccessControl(scope, id, p, OriginAccessControlOriginType_S3)
}

// S3OriginAccessControl_FromOriginAccessControlId imports an origin access control.
func S3OriginAccessControl_FromOriginAccessControlId(scope constructs.Construct, id *string, originAccessControlId *string) IOriginAccessControl {
	return importOriginAccessControl(scope, id, originAccessControlId)
}

// S3OriginAccessControl_PROPERTY_INJECTION_ID is the id property injectors use.
func S3OriginAccessControl_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.S3OriginAccessControl")
}

// IOriginAccessIdentity is a (legacy) origin access identity.
type IOriginAccessIdentity interface {
	interfacesawscloudfront.ICloudFrontOriginAccessIdentityRef
	awsiam.IGrantable
	awscdk.IResource
	OriginAccessIdentityId() *string
	OriginAccessIdentityName() *string
}

// OriginAccessIdentityProps are the props of NewOriginAccessIdentity.
type OriginAccessIdentityProps struct {
	Comment *string `field:"optional" json:"comment" yaml:"comment"`
}

// OriginAccessIdentity is a CloudFront user S3 bucket policies can name
// (AWS::CloudFront::CloudFrontOriginAccessIdentity).
type OriginAccessIdentity interface {
	awscdk.Resource
	IOriginAccessIdentity
	CloudFrontOriginAccessIdentityS3CanonicalUserId() *string
	Arn() *string
}

type originAccessIdentity struct {
	awscdk.Resource
	id        *string
	canonical *string
	principal awsiam.IPrincipal
}

func (o *originAccessIdentity) OriginAccessIdentityId() *string   { return o.id }
func (o *originAccessIdentity) OriginAccessIdentityName() *string { return o.id }
func (o *originAccessIdentity) GrantPrincipal() awsiam.IPrincipal { return o.principal }
func (o *originAccessIdentity) CloudFrontOriginAccessIdentityS3CanonicalUserId() *string {
	return o.canonical
}
func (o *originAccessIdentity) CloudFrontOriginAccessIdentityRef() *interfacesawscloudfront.CloudFrontOriginAccessIdentityReference {
	return &interfacesawscloudfront.CloudFrontOriginAccessIdentityReference{CloudFrontOriginAccessIdentityId: o.id}
}

// Arn is the identity's IAM user ARN.
func (o *originAccessIdentity) Arn() *string {
	return awscdk.Stack_Of(o).FormatArn(&awscdk.ArnComponents{Service: jsii.String("iam"), Region: jsii.String(""),
		Account: jsii.String("cloudfront"), Resource: jsii.String("user"),
		ResourceName: jsii.String("CloudFront Origin Access Identity " + deref(o.id))})
}

// NewOriginAccessIdentity defines an origin access identity.
func NewOriginAccessIdentity(scope constructs.Construct, id *string, props *OriginAccessIdentityProps) OriginAccessIdentity {
	props = l2.Inject(*OriginAccessIdentity_PROPERTY_INJECTION_ID(), props, scope, id)
	o := &originAccessIdentity{}
	o.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(o.Resource, o)
	comment := "Allows CloudFront to reach the bucket"
	if props != nil && props.Comment != nil {
		comment = *props.Comment
	}
	if len(comment) > 128 {
		comment = comment[:128]
	}
	r := NewCfnCloudFrontOriginAccessIdentity(o, jsii.String("Resource"), &CfnCloudFrontOriginAccessIdentityProps{
		CloudFrontOriginAccessIdentityConfig: &CfnCloudFrontOriginAccessIdentity_CloudFrontOriginAccessIdentityConfigProperty{Comment: jsii.String(comment)},
	})
	o.id = o.GetResourceNameAttribute(r.Ref())
	o.canonical = r.AttrS3CanonicalUserId()
	o.principal = awsiam.NewCanonicalUserPrincipal(o.canonical)
	return o
}

// OriginAccessIdentity_FromOriginAccessIdentityId imports an origin access identity.
func OriginAccessIdentity_FromOriginAccessIdentityId(scope constructs.Construct, id *string, originAccessIdentityId *string) IOriginAccessIdentity {
	o := &originAccessIdentity{id: originAccessIdentityId}
	o.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: originAccessIdentityId})
	host.Set(o.Resource, o)
	o.principal = awsiam.NewArnPrincipal(o.Arn())
	return o
}

// OriginAccessIdentity_FromOriginAccessIdentityName imports an origin access identity (deprecated name).
func OriginAccessIdentity_FromOriginAccessIdentityName(scope constructs.Construct, id *string, originAccessIdentityName *string) IOriginAccessIdentity {
	return OriginAccessIdentity_FromOriginAccessIdentityId(scope, id, originAccessIdentityName)
}

// OriginAccessIdentity_PROPERTY_INJECTION_ID is the id property injectors use.
func OriginAccessIdentity_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.OriginAccessIdentity")
}

// FunctionUrlOriginAccessControlProps are the props of NewFunctionUrlOriginAccessControl.
type FunctionUrlOriginAccessControlProps struct {
	Description             *string `field:"optional" json:"description" yaml:"description"`
	OriginAccessControlName *string `field:"optional" json:"originAccessControlName" yaml:"originAccessControlName"`
	Signing                 Signing `field:"optional" json:"signing" yaml:"signing"`
}

// FunctionUrlOriginAccessControl lets CloudFront sign its requests to a
// Lambda function URL.
type FunctionUrlOriginAccessControl interface {
	awscdk.Resource
	IOriginAccessControl
	OriginAccessControlRef() *interfacesawscloudfront.OriginAccessControlReference
}

// NewFunctionUrlOriginAccessControl defines an origin access control for function URLs.
func NewFunctionUrlOriginAccessControl(scope constructs.Construct, id *string, props *FunctionUrlOriginAccessControlProps) FunctionUrlOriginAccessControl {
	props = l2.Inject(*FunctionUrlOriginAccessControl_PROPERTY_INJECTION_ID(), props, scope, id)
	var p *OriginAccessControlBaseProps
	if props != nil {
		p = &OriginAccessControlBaseProps{Description: props.Description, OriginAccessControlName: props.OriginAccessControlName, Signing: props.Signing}
	}
	return newOriginAccessControl(scope, id, p, OriginAccessControlOriginType_LAMBDA)
}

// FunctionUrlOriginAccessControl_FromOriginAccessControlId imports an origin access control.
func FunctionUrlOriginAccessControl_FromOriginAccessControlId(scope constructs.Construct, id *string, originAccessControlId *string) IOriginAccessControl {
	return importOriginAccessControl(scope, id, originAccessControlId)
}

// MediaPackageV2OriginAccessControlProps are the props of NewMediaPackageV2OriginAccessControl.
type MediaPackageV2OriginAccessControlProps struct {
	Description             *string `field:"optional" json:"description" yaml:"description"`
	OriginAccessControlName *string `field:"optional" json:"originAccessControlName" yaml:"originAccessControlName"`
	Signing                 Signing `field:"optional" json:"signing" yaml:"signing"`
}

// MediaPackageV2OriginAccessControl lets CloudFront sign its requests to
// MediaPackage V2.
type MediaPackageV2OriginAccessControl interface {
	awscdk.Resource
	IOriginAccessControl
	OriginAccessControlRef() *interfacesawscloudfront.OriginAccessControlReference
}

// NewMediaPackageV2OriginAccessControl defines an origin access control for MediaPackage V2.
func NewMediaPackageV2OriginAccessControl(scope constructs.Construct, id *string, props *MediaPackageV2OriginAccessControlProps) MediaPackageV2OriginAccessControl {
	props = l2.Inject(*MediaPackageV2OriginAccessControl_PROPERTY_INJECTION_ID(), props, scope, id)
	var p *OriginAccessControlBaseProps
	if props != nil {
		p = &OriginAccessControlBaseProps{Description: props.Description, OriginAccessControlName: props.OriginAccessControlName, Signing: props.Signing}
	}
	return newOriginAccessControl(scope, id, p, OriginAccessControlOriginType_MEDIAPACKAGEV2)
}

// MediaPackageV2OriginAccessControl_FromOriginAccessControlId imports an origin access control.
func MediaPackageV2OriginAccessControl_FromOriginAccessControlId(scope constructs.Construct, id *string, originAccessControlId *string) IOriginAccessControl {
	return importOriginAccessControl(scope, id, originAccessControlId)
}

func FunctionUrlOriginAccessControl_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.FunctionUrlOriginAccessControl")
}
func MediaPackageV2OriginAccessControl_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.MediaPackageV2OriginAccessControl")
}
