package awsses

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsses"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Identity is what an EmailIdentity verifies: a domain, an address, or a
// Route 53 public hosted zone (whose records EmailIdentity then writes).
type Identity interface {
	// The hosted zone, when the identity is one.
	HostedZone() awsroute53.IPublicHostedZone
	// The domain or address.
	Value() *string
}

type identity struct {
	value *string
	zone  awsroute53.IPublicHostedZone
}

func (i *identity) HostedZone() awsroute53.IPublicHostedZone { return i.zone }
func (i *identity) Value() *string                           { return i.value }

// Identity_Email verifies an email address.
func Identity_Email(email *string) Identity { return &identity{value: email} }

// Identity_Domain verifies a domain; its DNS records are yours to add.
func Identity_Domain(domain *string) Identity { return &identity{value: domain} }

// Identity_PublicHostedZone verifies a hosted zone's domain and adds its records to the zone.
func Identity_PublicHostedZone(hostedZone awsroute53.IPublicHostedZone) Identity {
	if hostedZone == nil {
		return &identity{}
	}
	return &identity{value: hostedZone.ZoneName(), zone: hostedZone}
}

// NewIdentity_Override initialises a Go type embedding Identity, whose methods say what to verify.
func NewIdentity_Override(i Identity) { l2.Override(i, Identity(&identity{})) }

// DkimIdentityConfig is the DKIM signing configuration of an identity.
type DkimIdentityConfig struct {
	// The private key (BYO DKIM). Default: none.
	DomainSigningPrivateKey *string `field:"optional" json:"domainSigningPrivateKey" yaml:"domainSigningPrivateKey"`
	// The selector (BYO DKIM). Default: none.
	DomainSigningSelector *string `field:"optional" json:"domainSigningSelector" yaml:"domainSigningSelector"`
	// The key length of the next Easy DKIM key. Default: none.
	NextSigningKeyLength EasyDkimSigningKeyLength `field:"optional" json:"nextSigningKeyLength" yaml:"nextSigningKeyLength"`
}

// ByoDkimOptions configure Bring Your Own DKIM.
type ByoDkimOptions struct {
	// The private key that signs.
	PrivateKey awscdk.SecretValue `field:"required" json:"privateKey" yaml:"privateKey"`
	// The selector identifying the public key in DNS.
	Selector *string `field:"required" json:"selector" yaml:"selector"`
	// The public key; when set with a hosted zone, its TXT record is created. Default: none.
	PublicKey *string `field:"optional" json:"publicKey" yaml:"publicKey"`
}

// DkimRecord is a DKIM DNS record to add for an identity.
type DkimRecord struct {
	// The record's name.
	Name *string `field:"required" json:"name" yaml:"name"`
	// The record's value.
	Value *string `field:"required" json:"value" yaml:"value"`
}

// DkimIdentity is how an identity signs with DKIM: Easy DKIM or BYO DKIM.
type DkimIdentity interface {
	// Bind adds the records to hostedZone (when there is one) and returns the signing attributes.
	Bind(emailIdentity EmailIdentity, hostedZone awsroute53.IPublicHostedZone) *DkimIdentityConfig
}

type easyDkim struct{ keyLength EasyDkimSigningKeyLength }

// DkimIdentity_EasyDkim signs with keys SES manages ("" leaves the key length to SES).
func DkimIdentity_EasyDkim(signingKeyLength EasyDkimSigningKeyLength) DkimIdentity {
	return &easyDkim{keyLength: signingKeyLength}
}

func (e *easyDkim) Bind(emailIdentity EmailIdentity, hostedZone awsroute53.IPublicHostedZone) *DkimIdentityConfig {
	if hostedZone != nil {
		tokens := [][2]*string{
			{emailIdentity.DkimDnsTokenName1(), emailIdentity.DkimDnsTokenValue1()},
			{emailIdentity.DkimDnsTokenName2(), emailIdentity.DkimDnsTokenValue2()},
			{emailIdentity.DkimDnsTokenName3(), emailIdentity.DkimDnsTokenValue3()},
		}
		for i, t := range tokens {
			awsroute53.NewCfnRecordSet(emailIdentity, jsii.String("DkimDnsToken"+itoa(i+1)), &awsroute53.CfnRecordSetProps{
				HostedZoneId:    hostedZone.HostedZoneId(),
				Name:            t[0],
				Type:            jsii.String("CNAME"),
				ResourceRecords: &[]*string{t[1]},
				Ttl:             jsii.String("1800"),
			})
		}
	}
	if e.keyLength == "" {
		return nil
	}
	return &DkimIdentityConfig{NextSigningKeyLength: e.keyLength}
}

type byoDkim struct{ options *ByoDkimOptions }

// DkimIdentity_ByoDkim signs with your own key.
func DkimIdentity_ByoDkim(options *ByoDkimOptions) DkimIdentity {
	if options == nil {
		options = &ByoDkimOptions{}
	}
	return &byoDkim{options: options}
}

func (b *byoDkim) Bind(emailIdentity EmailIdentity, hostedZone awsroute53.IPublicHostedZone) *DkimIdentityConfig {
	o := b.options
	if hostedZone != nil && o.PublicKey != nil && *o.PublicKey != "" {
		awsroute53.NewTxtRecord(emailIdentity, jsii.String("DkimTxt"), &awsroute53.TxtRecordProps{
			Zone:       hostedZone,
			RecordName: jsii.String(deref(o.Selector) + "._domainkey"),
			Values:     jsii.Strings("p=" + *o.PublicKey),
		})
	}
	if o.PrivateKey == nil {
		l2.Throw(emailIdentity, "ByoDkimOptions needs PrivateKey")
	}
	return &DkimIdentityConfig{DomainSigningPrivateKey: o.PrivateKey.UnsafeUnwrap(), DomainSigningSelector: o.Selector}
}

// NewDkimIdentity_Override initialises a Go type embedding DkimIdentity, whose Bind configures signing.
func NewDkimIdentity_Override(d DkimIdentity) { l2.Override(d, DkimIdentity(&easyDkim{})) }

// EmailIdentityProps are the props of NewEmailIdentity.
type EmailIdentityProps struct {
	// What to verify.
	Identity Identity `field:"required" json:"identity" yaml:"identity"`
	// The default configuration set. Default: none.
	ConfigurationSet interfacesawsses.IConfigurationSetRef `field:"optional" json:"configurationSet" yaml:"configurationSet"`
	// How to sign with DKIM. Default: Easy DKIM.
	DkimIdentity DkimIdentity `field:"optional" json:"dkimIdentity" yaml:"dkimIdentity"`
	// Whether DKIM signing is on. Default: true.
	DkimSigning *bool `field:"optional" json:"dkimSigning" yaml:"dkimSigning"`
	// Whether bounces and complaints are forwarded by email. Default: true.
	FeedbackForwarding *bool `field:"optional" json:"feedbackForwarding" yaml:"feedbackForwarding"`
	// What happens when the MAIL FROM domain's MX record is missing. Default: USE_DEFAULT_VALUE.
	MailFromBehaviorOnMxFailure MailFromBehaviorOnMxFailure `field:"optional" json:"mailFromBehaviorOnMxFailure" yaml:"mailFromBehaviorOnMxFailure"`
	// A custom MAIL FROM domain, a subdomain of the identity's. Default: amazonses.com.
	MailFromDomain *string `field:"optional" json:"mailFromDomain" yaml:"mailFromDomain"`
}

// IEmailIdentity is an email identity, defined here or imported.
type IEmailIdentity interface {
	interfacesawsses.IEmailIdentityRef
	awscdk.IResource
	// Grant lets grantee perform actions on the identity.
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	// GrantSendEmail lets grantee send email from the identity.
	GrantSendEmail(grantee awsiam.IGrantable) awsiam.Grant
	// The identity's ARN.
	EmailIdentityArn() *string
	// The identity's name.
	EmailIdentityName() *string
}

// EmailIdentity is an SES identity (AWS::SES::EmailIdentity).
type EmailIdentity interface {
	awscdk.Resource
	IEmailIdentity
	DkimDnsTokenName1() *string
	DkimDnsTokenName2() *string
	DkimDnsTokenName3() *string
	DkimDnsTokenValue1() *string
	DkimDnsTokenValue2() *string
	DkimDnsTokenValue3() *string
	// The three DKIM records to add to the domain's DNS.
	DkimRecords() *[]*DkimRecord
}

type emailIdentityBase struct {
	awscdk.Resource
	name, arn *string
}

func (e *emailIdentityBase) EmailIdentityName() *string { return e.name }
func (e *emailIdentityBase) EmailIdentityArn() *string  { return e.arn }
func (e *emailIdentityBase) EmailIdentityRef() *interfacesawsses.EmailIdentityReference {
	return &interfacesawsses.EmailIdentityReference{EmailIdentity: e.name}
}

func (e *emailIdentityBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions, ResourceArns: &[]*string{e.arn}})
}

func (e *emailIdentityBase) GrantSendEmail(grantee awsiam.IGrantable) awsiam.Grant {
	return e.Grant(grantee, jsii.String("ses:SendEmail"), jsii.String("ses:SendRawEmail"))
}

type emailIdentity struct {
	emailIdentityBase
	res CfnEmailIdentity
}

func (e *emailIdentity) DkimDnsTokenName1() *string  { return e.res.AttrDkimDnsTokenName1() }
func (e *emailIdentity) DkimDnsTokenName2() *string  { return e.res.AttrDkimDnsTokenName2() }
func (e *emailIdentity) DkimDnsTokenName3() *string  { return e.res.AttrDkimDnsTokenName3() }
func (e *emailIdentity) DkimDnsTokenValue1() *string { return e.res.AttrDkimDnsTokenValue1() }
func (e *emailIdentity) DkimDnsTokenValue2() *string { return e.res.AttrDkimDnsTokenValue2() }
func (e *emailIdentity) DkimDnsTokenValue3() *string { return e.res.AttrDkimDnsTokenValue3() }
func (e *emailIdentity) DkimRecords() *[]*DkimRecord {
	return &[]*DkimRecord{
		{Name: e.DkimDnsTokenName1(), Value: e.DkimDnsTokenValue1()},
		{Name: e.DkimDnsTokenName2(), Value: e.DkimDnsTokenValue2()},
		{Name: e.DkimDnsTokenName3(), Value: e.DkimDnsTokenValue3()},
	}
}

// EmailIdentity_PROPERTY_INJECTION_ID is the id property injectors use for EmailIdentity.
func EmailIdentity_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ses.EmailIdentity")
}

// NewEmailIdentity creates an email identity.
func NewEmailIdentity(scope constructs.Construct, id *string, props *EmailIdentityProps) EmailIdentity {
	props = l2.Inject(*EmailIdentity_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Identity == nil {
		l2.RequireProps(scope, id, "EmailIdentityProps", "Identity")
	}
	e := &emailIdentity{}
	e.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(e.Resource, e)
	dkim := props.DkimIdentity
	if dkim == nil {
		dkim = DkimIdentity_EasyDkim("")
	}
	cfn := &CfnEmailIdentityProps{EmailIdentity: props.Identity.Value()}
	if props.ConfigurationSet != nil {
		if n := props.ConfigurationSet.ConfigurationSetRef().ConfigurationSetName; n != nil {
			cfn.ConfigurationSetAttributes = &CfnEmailIdentity_ConfigurationSetAttributesProperty{ConfigurationSetName: n}
		}
	}
	if props.DkimSigning != nil {
		cfn.DkimAttributes = &CfnEmailIdentity_DkimAttributesProperty{SigningEnabled: *props.DkimSigning}
	}
	if props.FeedbackForwarding != nil {
		cfn.FeedbackAttributes = &CfnEmailIdentity_FeedbackAttributesProperty{EmailForwardingEnabled: *props.FeedbackForwarding}
	}
	if props.MailFromDomain != nil || props.MailFromBehaviorOnMxFailure != "" {
		cfn.MailFromAttributes = &CfnEmailIdentity_MailFromAttributesProperty{MailFromDomain: props.MailFromDomain, BehaviorOnMxFailure: str(string(props.MailFromBehaviorOnMxFailure))}
	}
	e.res = NewCfnEmailIdentity(e, jsii.String("Resource"), cfn)
	zone := props.Identity.HostedZone()
	if c := dkim.Bind(e, zone); c != nil && (c.DomainSigningPrivateKey != nil || c.DomainSigningSelector != nil || c.NextSigningKeyLength != "") {
		e.res.SetDkimSigningAttributes(&CfnEmailIdentity_DkimSigningAttributesProperty{
			DomainSigningPrivateKey: c.DomainSigningPrivateKey,
			DomainSigningSelector:   c.DomainSigningSelector,
			NextSigningKeyLength:    str(string(c.NextSigningKeyLength)),
		})
	}
	if props.MailFromDomain != nil && zone != nil {
		awsroute53.NewMxRecord(e, jsii.String("MailFromMxRecord"), &awsroute53.MxRecordProps{
			Zone:       zone,
			RecordName: props.MailFromDomain,
			Values:     &[]*awsroute53.MxRecordValue{{Priority: jsii.Number(10), HostName: jsii.String("feedback-smtp." + *awscdk.Stack_Of(e).Region() + ".amazonses.com")}},
		})
		awsroute53.NewTxtRecord(e, jsii.String("MailFromTxtRecord"), &awsroute53.TxtRecordProps{
			Zone:       zone,
			RecordName: props.MailFromDomain,
			Values:     jsii.Strings("v=spf1 include:amazonses.com ~all"),
		})
	}
	e.name = e.res.Ref()
	e.arn = e.Stack().FormatArn(&awscdk.ArnComponents{Service: jsii.String("ses"), Resource: jsii.String("identity"), ResourceName: e.name})
	return e
}

// EmailIdentity_FromEmailIdentityName imports an identity of this stack's account and region by name.
func EmailIdentity_FromEmailIdentityName(scope constructs.Construct, id *string, emailIdentityName *string) IEmailIdentity {
	e := &emailIdentityBase{name: emailIdentityName}
	e.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(e.Resource, e)
	e.arn = e.Stack().FormatArn(&awscdk.ArnComponents{Service: jsii.String("ses"), Resource: jsii.String("identity"), ResourceName: emailIdentityName})
	return e
}

// EmailIdentity_FromEmailIdentityArn imports an identity by ARN.
func EmailIdentity_FromEmailIdentityArn(scope constructs.Construct, id *string, emailIdentityArn *string) IEmailIdentity {
	parsed := awscdk.Stack_Of(scope).SplitArn(emailIdentityArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	if deref(parsed.Service) != "ses" || deref(parsed.Resource) != "identity" || deref(parsed.ResourceName) == "" {
		l2.Throw(scope, "Invalid email identity ARN: %s", deref(emailIdentityArn))
	}
	e := &emailIdentityBase{name: parsed.ResourceName, arn: emailIdentityArn}
	e.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(e.Resource, e)
	return e
}
