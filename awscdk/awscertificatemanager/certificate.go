package awscertificatemanager

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ValidationMethod is how ACM checks that the account owns a domain.
type ValidationMethod string

const (
	ValidationMethod_EMAIL ValidationMethod = "EMAIL"
	ValidationMethod_DNS   ValidationMethod = "DNS"
)

// CertificationValidationProps are the settings of a CertificateValidation.
type CertificationValidationProps struct {
	HostedZone        awsroute53.IHostedZone             `field:"optional" json:"hostedZone" yaml:"hostedZone"`
	HostedZones       *map[string]awsroute53.IHostedZone `field:"optional" json:"hostedZones" yaml:"hostedZones"`
	Method            ValidationMethod                   `field:"optional" json:"method" yaml:"method"`
	ValidationDomains *map[string]*string                `field:"optional" json:"validationDomains" yaml:"validationDomains"`
}

// CertificateValidation is how a certificate is validated.
type CertificateValidation interface {
	Method() ValidationMethod
	Props() *CertificationValidationProps
}

type validation struct{ props *CertificationValidationProps }

func (v *validation) Props() *CertificationValidationProps { return v.props }
func (v *validation) Method() ValidationMethod {
	if v.props.Method == "" {
		return ValidationMethod_EMAIL
	}
	return v.props.Method
}

// CertificateValidation_FromDns validates every domain with records in hostedZone
// (or records you add yourself, without a zone).
func CertificateValidation_FromDns(hostedZone awsroute53.IHostedZone) CertificateValidation {
	return &validation{props: &CertificationValidationProps{Method: ValidationMethod_DNS, HostedZone: hostedZone}}
}

// CertificateValidation_FromDnsMultiZone validates each domain in its own zone.
func CertificateValidation_FromDnsMultiZone(hostedZones *map[string]awsroute53.IHostedZone) CertificateValidation {
	return &validation{props: &CertificationValidationProps{Method: ValidationMethod_DNS, HostedZones: hostedZones}}
}

// CertificateValidation_FromEmail validates by email to each domain's validation domain.
func CertificateValidation_FromEmail(validationDomains *map[string]*string) CertificateValidation {
	return &validation{props: &CertificationValidationProps{Method: ValidationMethod_EMAIL, ValidationDomains: validationDomains}}
}

// KeyAlgorithm is a certificate's key algorithm.
type KeyAlgorithm interface {
	Name() *string
}

type keyAlgorithm string

func (k keyAlgorithm) Name() *string {
	if k == "" {
		return nil
	}
	s := string(k)
	return &s
}

// NewKeyAlgorithm is a key algorithm by name.
func NewKeyAlgorithm(name *string) KeyAlgorithm { return keyAlgorithm(deref(name)) }

func KeyAlgorithm_RSA_2048() KeyAlgorithm      { return keyAlgorithm("RSA_2048") }
func KeyAlgorithm_RSA_1024() KeyAlgorithm      { return keyAlgorithm("RSA_1024") }
func KeyAlgorithm_RSA_3072() KeyAlgorithm      { return keyAlgorithm("RSA_3072") }
func KeyAlgorithm_RSA_4096() KeyAlgorithm      { return keyAlgorithm("RSA_4096") }
func KeyAlgorithm_EC_PRIME256V1() KeyAlgorithm { return keyAlgorithm("EC_prime256v1") }
func KeyAlgorithm_EC_SECP384R1() KeyAlgorithm  { return keyAlgorithm("EC_secp384r1") }
func KeyAlgorithm_EC_SECP521R1() KeyAlgorithm  { return keyAlgorithm("EC_secp521r1") }

// CertificateProps are the props of NewCertificate.
type CertificateProps struct {
	DomainName  *string `field:"required" json:"domainName" yaml:"domainName"`
	AllowExport *bool   `field:"optional" json:"allowExport" yaml:"allowExport"`
	// The Name tag. Default: the construct path.
	CertificateName            *string      `field:"optional" json:"certificateName" yaml:"certificateName"`
	KeyAlgorithm               KeyAlgorithm `field:"optional" json:"keyAlgorithm" yaml:"keyAlgorithm"`
	SubjectAlternativeNames    *[]*string   `field:"optional" json:"subjectAlternativeNames" yaml:"subjectAlternativeNames"`
	TransparencyLoggingEnabled *bool        `field:"optional" json:"transparencyLoggingEnabled" yaml:"transparencyLoggingEnabled"`
	// Default: email validation.
	Validation CertificateValidation `field:"optional" json:"validation" yaml:"validation"`
}

// ICertificate is an ACM certificate, defined in this app or imported.
type ICertificate interface {
	interfacesawscertificatemanager.ICertificateRef
	awscdk.IResource
	MetricDaysToExpiry(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	CertificateArn() *string
}

// Certificate is an ACM certificate (AWS::CertificateManager::Certificate).
type Certificate interface {
	awscdk.Resource
	ICertificate
	CertificateRef() *interfacesawscertificatemanager.CertificateReference
	Region() *string
}

type certificate struct {
	awscdk.Resource
	arn    *string
	region *string
}

func (c *certificate) CertificateArn() *string { return c.arn }
func (c *certificate) Region() *string         { return c.region }
func (c *certificate) CertificateRef() *interfacesawscertificatemanager.CertificateReference {
	return &interfacesawscertificatemanager.CertificateReference{CertificateArn: c.arn}
}

// MetricDaysToExpiry is the days until the certificate expires (minimum, daily).
func (c *certificate) MetricDaysToExpiry(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	p := &awscloudwatch.MetricProps{Period: awscdk.Duration_Days(jsii.Number(1))}
	cwmetric.Overlay(p, props)
	// These aws-cdk-lib sets after the options: they always win.
	p.DimensionsMap = &map[string]*string{"CertificateArn": c.arn}
	p.MetricName, p.Namespace, p.Region, p.Statistic = jsii.String("DaysToExpiry"), jsii.String("AWS/CertificateManager"), c.region, jsii.String("Minimum")
	return awscloudwatch.NewMetric(p)
}

// Certificate_PROPERTY_INJECTION_ID is the id property injectors use for Certificate.
func Certificate_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-certificatemanager.Certificate")
}

// NewCertificate requests a certificate.
func NewCertificate(scope constructs.Construct, id *string, props *CertificateProps) Certificate {
	props = l2.Inject(*Certificate_PROPERTY_INJECTION_ID(), props, scope, id)
	c := &certificate{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	if props == nil || props.DomainName == nil {
		l2.AddError(c, "Certificate: domainName is required")
		return c
	}
	v := props.Validation
	if v == nil {
		v = CertificateValidation_FromEmail(nil)
	}
	if !*awscdk.Token_IsUnresolved(*props.DomainName) && len(*props.DomainName) > 64 {
		l2.Throw(c, "Domain name must be 64 characters or less")
	}
	all := []*string{props.DomainName}
	if props.SubjectAlternativeNames != nil {
		all = append(all, *props.SubjectAlternativeNames...)
	}
	// aws-cdk-lib acknowledges validation rule F3037 for duplicate names
	// here; Strata's synth does not run that validation yet.
	cfn := &CfnCertificateProps{
		DomainName:              props.DomainName,
		SubjectAlternativeNames: props.SubjectAlternativeNames,
		DomainValidationOptions: c.domainValidation(v, all),
		ValidationMethod:        jsii.String(string(v.Method())),
	}
	if props.AllowExport != nil && *props.AllowExport {
		cfn.CertificateExport = jsii.String("ENABLED")
	}
	if props.TransparencyLoggingEnabled != nil {
		cfn.CertificateTransparencyLoggingPreference = jsii.String(map[bool]string{true: "ENABLED", false: "DISABLED"}[*props.TransparencyLoggingEnabled])
	}
	if props.KeyAlgorithm != nil {
		cfn.KeyAlgorithm = props.KeyAlgorithm.Name()
	}
	cert := NewCfnCertificate(c, jsii.String("Resource"), cfn)
	name := props.CertificateName
	if name == nil {
		p := *c.Node().Path()
		if len(p) > 255 {
			p = p[:255]
		}
		name = &p
	}
	awscdk.Tags_Of(cert).Add(jsii.String("Name"), name, nil)
	c.arn = cert.Ref()
	return c
}

func (c *certificate) domainValidation(v CertificateValidation, domains []*string) *[]*CfnCertificate_DomainValidationOptionProperty {
	var out []*CfnCertificate_DomainValidationOptionProperty
	p := v.Props()
	switch v.Method() {
	case ValidationMethod_DNS:
		for _, d := range uniqueDnsDomains(domains) {
			zone := p.HostedZone
			if p.HostedZones != nil {
				if z, ok := (*p.HostedZones)[deref(d)]; ok && z != nil {
					zone = z
				}
			}
			if zone != nil {
				out = append(out, &CfnCertificate_DomainValidationOptionProperty{DomainName: d, HostedZoneId: zone.HostedZoneId()})
			}
		}
	case ValidationMethod_EMAIL:
		for _, d := range domains {
			var vd *string
			if p.ValidationDomains != nil {
				vd = (*p.ValidationDomains)[deref(d)]
			}
			if vd == nil && *awscdk.Token_IsUnresolved(deref(d)) {
				l2.Throw(c, "When using Tokens for domain names, 'validationDomains' needs to be supplied")
			}
			if vd == nil {
				vd = jsii.String(apexDomain(deref(d)))
			}
			out = append(out, &CfnCertificate_DomainValidationOptionProperty{DomainName: d, ValidationDomain: vd})
		}
	default:
		l2.Throw(c, "Unknown validation method %s", v.Method())
	}
	if len(out) == 0 {
		return nil
	}
	return &out
}

// uniqueDnsDomains drops "*.x" when x is validated too: one record covers both.
func uniqueDnsDomains(domains []*string) []*string {
	set := map[string]bool{}
	for _, d := range domains {
		set[deref(d)] = true
	}
	var out []*string
	for _, d := range domains {
		s := deref(d)
		if *awscdk.Token_IsUnresolved(s) || !strings.HasPrefix(s, "*.") || !set[strings.Replace(s, "*.", "", 1)] {
			out = append(out, d)
		}
	}
	return out
}

type importedCertificate struct{ certificate }

// Certificate_FromCertificateArn imports a certificate.
func Certificate_FromCertificateArn(scope constructs.Construct, id *string, certificateArn *string) ICertificate {
	c := &importedCertificate{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	c.arn = certificateArn
	return c
}

// Certificate_IsConstruct reports whether x is a construct.
func Certificate_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Certificate_IsResource reports whether c is a Resource.
func Certificate_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// Certificate_IsOwnedResource reports whether c is a Resource defined in this app.
func Certificate_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// apexDomain is the registrable domain of name: the labels of its public
// suffix and one more (www.example.co.uk -> example.co.uk).
func apexDomain(name string) string {
	labels := strings.Split(name, ".")
	acc := ""
	for i := len(labels) - 1; i >= 0; i-- {
		if acc == "" {
			acc = labels[i]
		} else {
			acc = labels[i] + "." + acc
		}
		if _, ok := publicSuffixes[acc]; !ok {
			break
		}
	}
	return acc
}
