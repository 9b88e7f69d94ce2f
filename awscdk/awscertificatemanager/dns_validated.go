package awscertificatemanager

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers/acmdnsvalidated"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l1"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// DnsValidatedCertificateProps are the props of NewDnsValidatedCertificate.
type DnsValidatedCertificateProps struct {
	DomainName  *string `field:"required" json:"domainName" yaml:"domainName"`
	AllowExport *bool   `field:"optional" json:"allowExport" yaml:"allowExport"`
	// Ignored by this construct (as by aws-cdk-lib's).
	CertificateName *string `field:"optional" json:"certificateName" yaml:"certificateName"`
	// Ignored, with a warning (as by aws-cdk-lib's).
	KeyAlgorithm               KeyAlgorithm          `field:"optional" json:"keyAlgorithm" yaml:"keyAlgorithm"`
	SubjectAlternativeNames    *[]*string            `field:"optional" json:"subjectAlternativeNames" yaml:"subjectAlternativeNames"`
	TransparencyLoggingEnabled *bool                 `field:"optional" json:"transparencyLoggingEnabled" yaml:"transparencyLoggingEnabled"`
	Validation                 CertificateValidation `field:"optional" json:"validation" yaml:"validation"`
	// The zone the validation records are written to.
	HostedZone            awsroute53.IHostedZone `field:"required" json:"hostedZone" yaml:"hostedZone"`
	CleanupRoute53Records *bool                  `field:"optional" json:"cleanupRoute53Records" yaml:"cleanupRoute53Records"`
	CustomResourceRole    awsiam.IRole           `field:"optional" json:"customResourceRole" yaml:"customResourceRole"`
	// Region to request the certificate in. Default: the stack's.
	Region          *string `field:"optional" json:"region" yaml:"region"`
	Route53Endpoint *string `field:"optional" json:"route53Endpoint" yaml:"route53Endpoint"`
}

// DnsValidatedCertificate is a certificate requested, validated through
// Route 53 and awaited by a custom resource (deprecated in aws-cdk-lib in
// favour of Certificate with CertificateValidation_FromDns, still common).
// Its handler is Strata's own code (internal/handlers/acmdnsvalidated).
type DnsValidatedCertificate interface {
	awscdk.Resource
	ICertificate
	awscdk.ITaggable
	CertificateRef() *interfacesawscertificatemanager.CertificateReference
	Region() *string
}

type dnsValidatedCertificate struct {
	certificate
	tags          awscdk.TagManager
	removal       awscdk.RemovalPolicy
	domain, zone  string
	validatedZone *string
}

// DnsValidatedCertificate_PROPERTY_INJECTION_ID is the id property injectors use for DnsValidatedCertificate.
func DnsValidatedCertificate_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-certificatemanager.DnsValidatedCertificate")
}

// requestorProps are the custom resource's properties, in aws-cdk-lib's order.
type requestorProps struct {
	ServiceToken                             interface{} `cfn:"ServiceToken"`
	DomainName                               interface{} `cfn:"DomainName"`
	SubjectAlternativeNames                  interface{} `cfn:"SubjectAlternativeNames"`
	CertificateTransparencyLoggingPreference interface{} `cfn:"CertificateTransparencyLoggingPreference"`
	HostedZoneId                             interface{} `cfn:"HostedZoneId"`
	Region                                   interface{} `cfn:"Region"`
	Route53Endpoint                          interface{} `cfn:"Route53Endpoint"`
	RemovalPolicy                            interface{} `cfn:"RemovalPolicy"`
	CleanupRecords                           interface{} `cfn:"CleanupRecords"`
	Tags                                     interface{} `cfn:"Tags"`
}

type lazyAny func() interface{}

func (f lazyAny) Produce() interface{} { return f() }

// NewDnsValidatedCertificate requests a certificate through a custom
// resource that validates it with records in props.HostedZone.
func NewDnsValidatedCertificate(scope constructs.Construct, id *string, props *DnsValidatedCertificateProps) DnsValidatedCertificate {
	props = l2.Inject(*DnsValidatedCertificate_PROPERTY_INJECTION_ID(), props, scope, id)
	c := &dnsValidatedCertificate{tags: awscdk.NewTagManager(awscdk.TagType_MAP, jsii.String("AWS::CertificateManager::Certificate"), nil, nil)}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	if props == nil || props.DomainName == nil || props.HostedZone == nil {
		l2.Throw(c, "DnsValidatedCertificate: domainName and hostedZone are required")
	}
	if props.KeyAlgorithm != nil {
		awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/aws-certificatemanager:keyAlgorithmIgnored"), jsii.String("keyAlgorithm is ignored for DnsValidatedCertificate construct."))
	}
	c.region, c.domain = props.Region, *props.DomainName
	if !*awscdk.Token_IsUnresolved(c.domain) && len(c.domain) > 64 {
		l2.Throw(c, "Domain name must be 64 characters or less")
	}
	c.validatedZone = props.HostedZone.ZoneName()
	c.zone = strings.TrimSuffix(deref(c.validatedZone), ".")
	zoneID := strings.Replace(deref(props.HostedZone.HostedZoneId()), "/hostedzone/", "", 1)
	var ctLogging interface{}
	if props.TransparencyLoggingEnabled != nil {
		ctLogging = map[bool]string{true: "ENABLED", false: "DISABLED"}[*props.TransparencyLoggingEnabled]
	}

	fn := awslambda.NewFunction(c, jsii.String("CertificateRequestorFunction"), &awslambda.FunctionProps{
		Code:    awslambda.Code_FromAsset(jsii.String(acmdnsvalidated.Dir()), nil),
		Handler: jsii.String("index.certificateRequestHandler"),
		Runtime: awslambda.Runtime_NODEJS_LATEST(),
		Timeout: awscdk.Duration_Minutes(jsii.Number(15)),
		Role:    props.CustomResourceRole,
	})
	fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("acm:RequestCertificate", "acm:DescribeCertificate", "acm:DeleteCertificate", "acm:AddTagsToCertificate"), Resources: jsii.Strings("*")}))
	fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("route53:GetChange"), Resources: jsii.Strings("*")}))
	cleanup := props.CleanupRoute53Records != nil && *props.CleanupRoute53Records
	actions := []interface{}{"UPSERT"}
	if cleanup {
		actions = append(actions, "DELETE")
	}
	// The condition keys keep aws-cdk-lib's order, which a Go map (sorted) would lose.
	equals := ojson.New()
	equals.Set("route53:ChangeResourceRecordSetsRecordTypes", []interface{}{"CNAME"})
	equals.Set("route53:ChangeResourceRecordSetsActions", actions)
	names := []interface{}{addWildcard(c.domain)}
	if props.SubjectAlternativeNames != nil {
		for _, n := range *props.SubjectAlternativeNames {
			names = append(names, addWildcard(deref(n)))
		}
	}
	like := ojson.New()
	like.Set("route53:ChangeResourceRecordSetsNormalizedRecordNames", names)
	st := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("route53:changeResourceRecordSets"),
		Resources: jsii.Strings("arn:" + *awscdk.Stack_Of(fn).Partition() + ":route53:::hostedzone/" + zoneID)})
	st.AddCondition(jsii.String("ForAllValues:StringEquals"), equals)
	st.AddCondition(jsii.String("ForAllValues:StringLike"), like)
	fn.AddToRolePolicy(st)

	var sans interface{}
	if props.SubjectAlternativeNames != nil && len(*props.SubjectAlternativeNames) > 0 {
		sans = props.SubjectAlternativeNames
	}
	var cleanupFlag interface{}
	if cleanup {
		cleanupFlag = "true"
	}
	holder := awscdk.NewResource(c, jsii.String("CertificateRequestorResource"), nil)
	cfn := awscdk.NewCfnResource(holder, jsii.String("Default"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::CloudFormation::CustomResource")})
	l1.Init(cfn, cfn, &requestorProps{
		ServiceToken: fn.FunctionArn(), DomainName: props.DomainName, SubjectAlternativeNames: sans,
		CertificateTransparencyLoggingPreference: ctLogging, HostedZoneId: zoneID, Region: props.Region, Route53Endpoint: props.Route53Endpoint,
		// Read at synthesis: ApplyRemovalPolicy and tags may come later.
		RemovalPolicy: awscdk.Lazy_Any(lazyAny(func() interface{} {
			if c.removal == "" {
				return nil
			}
			return strings.ReplaceAll(strings.ToLower(string(c.removal)), "_", "-")
		}), nil),
		CleanupRecords: cleanupFlag,
		Tags: awscdk.Lazy_Any(lazyAny(func() interface{} {
			if !*c.tags.HasTags() {
				return nil
			}
			return c.tags.RenderTags(nil)
		}), nil),
	})
	cfn.ApplyRemovalPolicy(awscdk.RemovalPolicy_DESTROY, &awscdk.RemovalPolicyOptions{Default: awscdk.RemovalPolicy_DESTROY})
	holder.Node().SetDefaultChild(cfn)
	c.arn = cfn.GetAtt(jsii.String("Arn"), "").ToString()
	c.Node().AddValidation(dnsZoneCheck{c})
	return c
}

type dnsZoneCheck struct{ c *dnsValidatedCertificate }

func (v dnsZoneCheck) Validate() *[]*string {
	c := v.c
	var errs []*string
	if !*awscdk.Token_IsUnresolved(deref(c.validatedZone)) && c.domain != c.zone && !strings.HasSuffix(c.domain, "."+c.zone) {
		errs = append(errs, jsii.String("DNS zone "+c.zone+" is not authoritative for certificate domain name "+c.domain))
	}
	return &errs
}

func (c *dnsValidatedCertificate) Tags() awscdk.TagManager { return c.tags }

// ApplyRemovalPolicy tells the handler whether to delete the certificate
// with the resource (the custom resource itself is always deleted).
func (c *dnsValidatedCertificate) ApplyRemovalPolicy(policy awscdk.RemovalPolicy) { c.removal = policy }

func addWildcard(name string) string {
	if strings.HasPrefix(name, "*.") {
		return name
	}
	return "*." + name
}
