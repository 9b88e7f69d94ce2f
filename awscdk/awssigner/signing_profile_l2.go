package awssigner

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawssigner"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Platform is what a signing profile signs for.
type Platform interface {
	PlatformId() *string
}

type platform struct{ id *string }

func (p *platform) PlatformId() *string { return p.id }

// Platform_Of is the platform with id platformId.
func Platform_Of(platformId *string) Platform { return &platform{id: platformId} }

func Platform_AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA() Platform {
	return Platform_Of(jsii.String("AWSIoTDeviceManagement-SHA256-ECDSA"))
}
func Platform_AWS_LAMBDA_SHA384_ECDSA() Platform {
	return Platform_Of(jsii.String("AWSLambda-SHA384-ECDSA"))
}
func Platform_AMAZON_FREE_RTOS_TI_CC3220SF() Platform {
	return Platform_Of(jsii.String("AmazonFreeRTOS-TI-CC3220SF"))
}
func Platform_AMAZON_FREE_RTOS_DEFAULT() Platform {
	return Platform_Of(jsii.String("AmazonFreeRTOS-Default"))
}
func Platform_NOTATION_OCI_SHA384_ECDSA() Platform {
	return Platform_Of(jsii.String("Notation-OCI-SHA384-ECDSA"))
}

// SigningProfileProps are the props of NewSigningProfile.
type SigningProfileProps struct {
	Platform Platform `field:"required" json:"platform" yaml:"platform"`
	// Default: 135 months.
	SignatureValidity awscdk.Duration `field:"optional" json:"signatureValidity" yaml:"signatureValidity"`
	// Passed to CloudFormation under @aws-cdk/aws-signer:signingProfileNamePassedToCfn.
	SigningProfileName *string `field:"optional" json:"signingProfileName" yaml:"signingProfileName"`
}

// SigningProfileAttributes describe a signing profile defined elsewhere.
type SigningProfileAttributes struct {
	SigningProfileName    *string `field:"required" json:"signingProfileName" yaml:"signingProfileName"`
	SigningProfileVersion *string `field:"required" json:"signingProfileVersion" yaml:"signingProfileVersion"`
}

// ISigningProfile is an AWS Signer signing profile.
type ISigningProfile interface {
	awscdk.IResource
	interfacesawssigner.ISigningProfileRef
	SigningProfileArn() *string
	SigningProfileName() *string
	SigningProfileVersion() *string
	SigningProfileVersionArn() *string
}

// SigningProfile is a signing profile of this app (AWS::Signer::SigningProfile).
type SigningProfile interface {
	awscdk.Resource
	ISigningProfile
}

type signingProfile struct {
	awscdk.Resource
	arn, name, version, versionArn *string
}

func (p *signingProfile) SigningProfileArn() *string        { return p.arn }
func (p *signingProfile) SigningProfileName() *string       { return p.name }
func (p *signingProfile) SigningProfileVersion() *string    { return p.version }
func (p *signingProfile) SigningProfileVersionArn() *string { return p.versionArn }
func (p *signingProfile) SigningProfileRef() *interfacesawssigner.SigningProfileReference {
	return &interfacesawssigner.SigningProfileReference{SigningProfileArn: p.arn}
}

// SigningProfile_PROPERTY_INJECTION_ID is the id property injectors use for SigningProfile.
func SigningProfile_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-signer.SigningProfile")
}

// NewSigningProfile creates a signing profile for props.Platform.
func NewSigningProfile(scope constructs.Construct, id *string, props *SigningProfileProps) SigningProfile {
	props = l2.Inject(*SigningProfile_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Platform == nil {
		l2.RequireProps(scope, id, "SigningProfile", "Platform")
	}
	p := &signingProfile{Resource: awscdk.NewResource(scope, id, nil)}
	host.Set(p.Resource, p)
	cfn := &CfnSigningProfileProps{PlatformId: props.Platform.PlatformId(),
		SignatureValidityPeriod: &CfnSigningProfile_SignatureValidityPeriodProperty{Type: jsii.String("MONTHS"), Value: jsii.Number(135)}}
	if *awscdk.FeatureFlags_Of(p).IsEnabled(jsii.String("@aws-cdk/aws-signer:signingProfileNamePassedToCfn")) {
		cfn.ProfileName = props.SigningProfileName
	}
	if v := props.SignatureValidity; v != nil {
		cfn.SignatureValidityPeriod = &CfnSigningProfile_SignatureValidityPeriodProperty{Type: jsii.String("DAYS"), Value: v.ToDays(nil)}
	}
	res := NewCfnSigningProfile(p, jsii.String("Resource"), cfn)
	p.arn, p.name, p.version, p.versionArn = res.AttrArn(), res.AttrProfileName(), res.AttrProfileVersion(), res.AttrProfileVersionArn()
	return p
}

// NewSigningProfile_Override initialises outer, a type embedding SigningProfile.
func NewSigningProfile_Override(outer SigningProfile, scope constructs.Construct, id *string, props *SigningProfileProps) {
	l2.Override(outer, NewSigningProfile(scope, id, props))
}

// SigningProfile_FromSigningProfileAttributes imports a signing profile
// version of this stack's account and region.
func SigningProfile_FromSigningProfileAttributes(scope constructs.Construct, id *string, attrs *SigningProfileAttributes) ISigningProfile {
	if attrs == nil {
		l2.RequireProps(scope, id, "SigningProfile_FromSigningProfileAttributes", "SigningProfileName", "SigningProfileVersion")
	}
	stack := awscdk.Stack_Of(scope)
	name, version := *attrs.SigningProfileName, *attrs.SigningProfileVersion
	p := &signingProfile{Resource: awscdk.NewResource(scope, id, nil), name: attrs.SigningProfileName, version: attrs.SigningProfileVersion}
	host.Set(p.Resource, p)
	p.arn = stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("signer"), Resource: jsii.String(""), ResourceName: jsii.String("/signing-profiles/" + name)})
	p.versionArn = stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("signer"), Resource: jsii.String(""),
		ResourceName: jsii.String("/signing-profiles/" + name + "/" + version)})
	return p
}

// SigningProfile_IsConstruct reports whether x is a construct.
func SigningProfile_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// SigningProfile_IsOwnedResource reports whether construct is a Resource this app created.
func SigningProfile_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// SigningProfile_IsResource reports whether construct is a Resource.
func SigningProfile_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
