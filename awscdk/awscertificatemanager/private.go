package awscertificatemanager

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsacmpca"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// PrivateCertificateProps are the props of NewPrivateCertificate.
type PrivateCertificateProps struct {
	CertificateAuthority    interfacesawsacmpca.ICertificateAuthorityRef `field:"required" json:"certificateAuthority" yaml:"certificateAuthority"`
	DomainName              *string                                      `field:"required" json:"domainName" yaml:"domainName"`
	AllowExport             *bool                                        `field:"optional" json:"allowExport" yaml:"allowExport"`
	KeyAlgorithm            KeyAlgorithm                                 `field:"optional" json:"keyAlgorithm" yaml:"keyAlgorithm"`
	SubjectAlternativeNames *[]*string                                   `field:"optional" json:"subjectAlternativeNames" yaml:"subjectAlternativeNames"`
}

// PrivateCertificate is a certificate issued by a private certificate
// authority (AWS Private CA).
type PrivateCertificate interface {
	awscdk.Resource
	ICertificate
	CertificateRef() *interfacesawscertificatemanager.CertificateReference
	// Region is unset: a private certificate lives in its stack's region.
	Region() *string
}

// PrivateCertificate_PROPERTY_INJECTION_ID is the id property injectors use for PrivateCertificate.
func PrivateCertificate_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-certificatemanager.PrivateCertificate")
}

// NewPrivateCertificate requests a certificate from a private CA.
func NewPrivateCertificate(scope constructs.Construct, id *string, props *PrivateCertificateProps) PrivateCertificate {
	props = l2.Inject(*PrivateCertificate_PROPERTY_INJECTION_ID(), props, scope, id)
	c := &certificate{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	if props == nil || props.DomainName == nil || props.CertificateAuthority == nil {
		l2.Throw(c, "PrivateCertificate: domainName and certificateAuthority are required")
	}
	cfn := &CfnCertificateProps{
		DomainName:              props.DomainName,
		SubjectAlternativeNames: props.SubjectAlternativeNames,
		CertificateAuthorityArn: props.CertificateAuthority.CertificateAuthorityRef().CertificateAuthorityArn,
	}
	if props.KeyAlgorithm != nil {
		cfn.KeyAlgorithm = props.KeyAlgorithm.Name()
	}
	if props.AllowExport != nil && *props.AllowExport {
		cfn.CertificateExport = jsii.String("ENABLED")
	}
	c.arn = NewCfnCertificate(c, jsii.String("Resource"), cfn).Ref()
	return c
}

// PrivateCertificate_FromCertificateArn imports a certificate.
func PrivateCertificate_FromCertificateArn(scope constructs.Construct, id *string, certificateArn *string) ICertificate {
	return Certificate_FromCertificateArn(scope, id, certificateArn)
}
