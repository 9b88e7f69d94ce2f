package awsroute53

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsroute53"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// INamedHostedZoneRef is a hosted zone reference with its name.
type INamedHostedZoneRef interface {
	interfacesawsroute53.IHostedZoneRef
	Name() *string
}

// IHostedZone is a hosted zone, defined in this app or imported.
type IHostedZone interface {
	INamedHostedZoneRef
	awscdk.IResource
	GrantDelegation(grantee awsiam.IGrantable, options *GrantDelegationOptions) awsiam.Grant
	HostedZoneArn() *string
	HostedZoneId() *string
	HostedZoneNameServers() *[]*string
	ZoneName() *string
}

// IPublicHostedZone is a public hosted zone.
type IPublicHostedZone interface {
	IHostedZone
}

// CommonHostedZoneProps are what every hosted zone takes.
type CommonHostedZoneProps struct {
	ZoneName             *string `field:"required" json:"zoneName" yaml:"zoneName"`
	AddTrailingDot       *bool   `field:"optional" json:"addTrailingDot" yaml:"addTrailingDot"`
	Comment              *string `field:"optional" json:"comment" yaml:"comment"`
	QueryLogsLogGroupArn *string `field:"optional" json:"queryLogsLogGroupArn" yaml:"queryLogsLogGroupArn"`
}

// HostedZoneProps are the props of NewHostedZone.
type HostedZoneProps struct {
	ZoneName             *string `field:"required" json:"zoneName" yaml:"zoneName"`
	AddTrailingDot       *bool   `field:"optional" json:"addTrailingDot" yaml:"addTrailingDot"`
	Comment              *string `field:"optional" json:"comment" yaml:"comment"`
	QueryLogsLogGroupArn *string `field:"optional" json:"queryLogsLogGroupArn" yaml:"queryLogsLogGroupArn"`
	// VPCs that make the zone private.
	Vpcs *[]awsec2.IVpc `field:"optional" json:"vpcs" yaml:"vpcs"`
}

// PublicHostedZoneProps are the props of NewPublicHostedZone.
type PublicHostedZoneProps struct {
	ZoneName                            *string           `field:"required" json:"zoneName" yaml:"zoneName"`
	AddTrailingDot                      *bool             `field:"optional" json:"addTrailingDot" yaml:"addTrailingDot"`
	Comment                             *string           `field:"optional" json:"comment" yaml:"comment"`
	QueryLogsLogGroupArn                *string           `field:"optional" json:"queryLogsLogGroupArn" yaml:"queryLogsLogGroupArn"`
	AcceleratedRecoveryEnabled          *bool             `field:"optional" json:"acceleratedRecoveryEnabled" yaml:"acceleratedRecoveryEnabled"`
	CaaAmazon                           *bool             `field:"optional" json:"caaAmazon" yaml:"caaAmazon"`
	CrossAccountZoneDelegationPrincipal awsiam.IPrincipal `field:"optional" json:"crossAccountZoneDelegationPrincipal" yaml:"crossAccountZoneDelegationPrincipal"`
	CrossAccountZoneDelegationRoleName  *string           `field:"optional" json:"crossAccountZoneDelegationRoleName" yaml:"crossAccountZoneDelegationRoleName"`
}

// HostedZoneAttributes describe a hosted zone defined outside this app.
type HostedZoneAttributes struct {
	HostedZoneId *string `field:"required" json:"hostedZoneId" yaml:"hostedZoneId"`
	ZoneName     *string `field:"required" json:"zoneName" yaml:"zoneName"`
}

// PublicHostedZoneAttributes describe a public hosted zone defined outside this app.
type PublicHostedZoneAttributes struct {
	HostedZoneId *string `field:"required" json:"hostedZoneId" yaml:"hostedZoneId"`
	ZoneName     *string `field:"required" json:"zoneName" yaml:"zoneName"`
}

// GrantDelegationOptions narrow GrantDelegation to some delegated zones.
type GrantDelegationOptions struct {
	DelegatedZoneNames *[]*string `field:"optional" json:"delegatedZoneNames" yaml:"delegatedZoneNames"`
}

// ZoneDelegationOptions are the options of PublicHostedZone.AddDelegation.
type ZoneDelegationOptions struct {
	Comment *string         `field:"optional" json:"comment" yaml:"comment"`
	Ttl     awscdk.Duration `field:"optional" json:"ttl" yaml:"ttl"`
}

// HostedZone is a Route 53 hosted zone (AWS::Route53::HostedZone).
type HostedZone interface {
	awscdk.Resource
	IHostedZone
	Grants() HostedZoneGrants
	HostedZoneRef() *interfacesawsroute53.HostedZoneReference
	// Vpcs are the VPCs the zone is associated with.
	Vpcs() *[]*CfnHostedZone_VPCProperty
	// AddVpc associates the zone with vpc (a public zone refuses).
	AddVpc(vpc awsec2.IVpc)
	// EnableDnssec signs the zone with a key-signing key on kmsKey.
	EnableDnssec(options *ZoneSigningOptions) IKeySigningKey
}

// PublicHostedZone is a public hosted zone.
type PublicHostedZone interface {
	HostedZone
	IPublicHostedZone
	// CrossAccountZoneDelegationRole is the role other accounts assume to delegate, if made.
	CrossAccountZoneDelegationRole() awsiam.Role
	AddDelegation(delegate IPublicHostedZone, opts *ZoneDelegationOptions)
}

type zoneBase struct {
	awscdk.Resource
	self        IHostedZone
	id          *string
	name        *string
	nameServers *[]*string
}

func (z *zoneBase) HostedZoneId() *string { return z.id }
func (z *zoneBase) HostedZoneRef() *interfacesawsroute53.HostedZoneReference {
	return &interfacesawsroute53.HostedZoneReference{HostedZoneId: z.id}
}
func (z *zoneBase) HostedZoneArn() *string { return makeHostedZoneArn(z, z.id) }
func (z *zoneBase) Name() *string          { return z.self.ZoneName() }
func (z *zoneBase) ZoneName() *string      { return z.name }
func (z *zoneBase) HostedZoneNameServers() *[]*string {
	return z.nameServers
}
func (z *zoneBase) Grants() HostedZoneGrants { return HostedZoneGrants_FromHostedZone(z.self) }
func (z *zoneBase) GrantDelegation(grantee awsiam.IGrantable, options *GrantDelegationOptions) awsiam.Grant {
	return HostedZoneGrants_FromHostedZone(z.self).Delegation(grantee, options)
}

type hostedZone struct {
	zoneBase
	resource CfnHostedZone
	role     awsiam.Role
	vpcs     []*CfnHostedZone_VPCProperty
	ksk      KeySigningKey
	public   bool
}

func (z *hostedZone) Vpcs() *[]*CfnHostedZone_VPCProperty {
	v := append([]*CfnHostedZone_VPCProperty{}, z.vpcs...)
	return &v
}

func (z *hostedZone) AddVpc(vpc awsec2.IVpc) {
	if z.public {
		l2.Throw(z, "Cannot associate public hosted zones with a VPC")
	}
	if vpc == nil {
		l2.Throw(z, "AddVpc: vpc is required")
	}
	region := vpc.Env().Region
	if region == nil {
		region = awscdk.Stack_Of(vpc).Region()
	}
	z.vpcs = append(z.vpcs, &CfnHostedZone_VPCProperty{VpcId: vpc.VpcId(), VpcRegion: region})
}

func (z *hostedZone) EnableDnssec(options *ZoneSigningOptions) IKeySigningKey {
	if z.ksk != nil {
		l2.Throw(z, "DNSSEC is already enabled for this hosted zone")
	}
	if options == nil {
		options = &ZoneSigningOptions{}
	}
	z.ksk = NewKeySigningKey(z, jsii.String("KeySigningKey"), &KeySigningKeyProps{HostedZone: z.self, KeySigningKeyName: options.KeySigningKeyName, KmsKey: options.KmsKey})
	NewCfnDNSSEC(z, jsii.String("DNSSEC"), &CfnDNSSECProps{HostedZoneId: z.HostedZoneId()}).AddResourceDependency(z.ksk.Node().DefaultChild().(awscdk.CfnResource), nil)
	return z.ksk
}

// HostedZone_PROPERTY_INJECTION_ID is the id property injectors use for HostedZone.
func HostedZone_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.HostedZone")
}

// PublicHostedZone_PROPERTY_INJECTION_ID is the id property injectors use for PublicHostedZone.
func PublicHostedZone_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.PublicHostedZone")
}

// NewHostedZone creates a hosted zone.
func NewHostedZone(scope constructs.Construct, id *string, props *HostedZoneProps) HostedZone {
	props = l2.Inject(*HostedZone_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &HostedZoneProps{}
	}
	z := &hostedZone{}
	newZone(z, scope, id, props.ZoneName, props.AddTrailingDot, props.Comment, props.QueryLogsLogGroupArn)
	if props.Vpcs != nil {
		for _, v := range *props.Vpcs {
			z.AddVpc(v)
		}
	}
	return z
}

func newZone(z *hostedZone, scope constructs.Construct, id *string, zoneName *string, trailingDot *bool, comment, logs *string) {
	z.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(z.Resource, z)
	z.self = z
	if zoneName == nil {
		l2.AddError(z, "zoneName is required")
		zoneName = jsii.String("")
	}
	validateZoneName(*zoneName)
	name := *zoneName
	if !(trailingDot != nil && !*trailingDot) && !strings.HasSuffix(name, ".") {
		name += "."
	}
	cfn := &CfnHostedZoneProps{Name: &name}
	if comment != nil && *comment != "" {
		cfn.HostedZoneConfig = &CfnHostedZone_HostedZoneConfigProperty{Comment: comment}
	}
	if logs != nil && *logs != "" {
		cfn.QueryLoggingConfig = &CfnHostedZone_QueryLoggingConfigProperty{CloudWatchLogsLogGroupArn: logs}
	}
	// Rendered late: AddVpc may come after the constructor.
	cfn.Vpcs = awscdk.Lazy_Any(vpcProducer{z}, &awscdk.LazyAnyValueOptions{OmitEmptyArray: jsii.Bool(true)})
	z.resource = NewCfnHostedZone(z, jsii.String("Resource"), cfn)
	z.id = z.resource.Ref()
	z.nameServers = z.resource.AttrNameServers()
	z.name = zoneName
}

func (z *hostedZone) setSelf(self IHostedZone) {
	host.Set(z.Resource, self)
	z.self = self
}

type publicHostedZone struct{ hostedZone }

// NewPublicHostedZone creates a public hosted zone.
func NewPublicHostedZone(scope constructs.Construct, id *string, props *PublicHostedZoneProps) PublicHostedZone {
	props = l2.Inject(*PublicHostedZone_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &PublicHostedZoneProps{}
	}
	z := &publicHostedZone{}
	z.public = true
	newZone(&z.hostedZone, scope, id, props.ZoneName, props.AddTrailingDot, props.Comment, props.QueryLogsLogGroupArn)
	host.Set(z.Resource, z)
	z.self = z
	if props.AcceleratedRecoveryEnabled != nil {
		z.resource.SetHostedZoneFeatures(&CfnHostedZone_HostedZoneFeaturesProperty{EnableAcceleratedRecovery: props.AcceleratedRecoveryEnabled})
	}
	if props.CaaAmazon != nil && *props.CaaAmazon {
		NewCaaAmazonRecord(z, jsii.String("CaaAmazon"), &CaaAmazonRecordProps{Zone: z})
	}
	if props.CrossAccountZoneDelegationPrincipal == nil && props.CrossAccountZoneDelegationRoleName != nil {
		l2.Throw(z, "crossAccountZoneDelegationRoleName property is not supported without crossAccountZoneDelegationPrincipal")
	}
	if props.CrossAccountZoneDelegationPrincipal != nil {
		z.role = awsiam.NewRole(z, jsii.String("CrossAccountZoneDelegationRole"), &awsiam.RoleProps{
			RoleName:  props.CrossAccountZoneDelegationRoleName,
			AssumedBy: props.CrossAccountZoneDelegationPrincipal,
			InlinePolicies: &map[string]awsiam.PolicyDocument{"delegation": awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{
				Statements: &[]awsiam.PolicyStatement{
					awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
						Actions: jsii.Strings("route53:ChangeResourceRecordSets"), Resources: &[]*string{z.HostedZoneArn()},
						Conditions: &map[string]interface{}{"ForAllValues:StringEquals": nsConditions()},
					}),
					awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("route53:ListHostedZonesByName"), Resources: jsii.Strings("*")}),
				},
			})},
		})
	}
	return z
}

func (z *publicHostedZone) CrossAccountZoneDelegationRole() awsiam.Role { return z.role }

// AddDelegation delegates delegate's zone from this one (an NS record).
func (z *publicHostedZone) AddDelegation(delegate IPublicHostedZone, opts *ZoneDelegationOptions) {
	if opts == nil {
		opts = &ZoneDelegationOptions{}
	}
	NewZoneDelegationRecord(z, jsii.String(*z.ZoneName()+" -> "+*delegate.ZoneName()), &ZoneDelegationRecordProps{
		Zone: z, RecordName: delegate.ZoneName(), NameServers: delegate.HostedZoneNameServers(), Comment: opts.Comment, Ttl: opts.Ttl,
	})
}

type importedZone struct {
	zoneBase
	noName string
}

func (z *importedZone) ZoneName() *string {
	if z.name == nil {
		l2.Throw(z, "%s", z.noName)
	}
	return z.name
}
func (z *importedZone) HostedZoneNameServers() *[]*string { return nil }

func importZone(scope constructs.Construct, id *string, zoneID, name *string, noName string) *importedZone {
	z := &importedZone{noName: noName}
	z.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(z.Resource, z)
	z.self = z
	z.id, z.name = zoneID, name
	return z
}

// HostedZone_FromHostedZoneId imports a hosted zone by id (its name is then unknown).
func HostedZone_FromHostedZoneId(scope constructs.Construct, id *string, hostedZoneId *string) IHostedZone {
	return importZone(scope, id, hostedZoneId, nil, "Cannot reference `zoneName` when using `HostedZone.fromHostedZoneId()`. A construct consuming this hosted zone may be trying to reference its `zoneName`. If this is the case, use `fromHostedZoneAttributes()` or `fromLookup()` instead.")
}

// HostedZone_FromHostedZoneAttributes imports a hosted zone by id and name.
func HostedZone_FromHostedZoneAttributes(scope constructs.Construct, id *string, attrs *HostedZoneAttributes) IHostedZone {
	if attrs == nil {
		attrs = &HostedZoneAttributes{}
	}
	return importZone(scope, id, attrs.HostedZoneId, attrs.ZoneName, "")
}

// PublicHostedZone_FromPublicHostedZoneId imports a public hosted zone by id.
func PublicHostedZone_FromPublicHostedZoneId(scope constructs.Construct, id *string, publicHostedZoneId *string) IPublicHostedZone {
	return importZone(scope, id, publicHostedZoneId, nil, "Cannot reference `zoneName` when using `PublicHostedZone.fromPublicHostedZoneId()`. A construct consuming this hosted zone may be trying to reference its `zoneName`. If this is the case, use `fromPublicHostedZoneAttributes()` instead")
}

// PublicHostedZone_FromPublicHostedZoneAttributes imports a public hosted zone by id and name.
func PublicHostedZone_FromPublicHostedZoneAttributes(scope constructs.Construct, id *string, attrs *PublicHostedZoneAttributes) IPublicHostedZone {
	if attrs == nil {
		attrs = &PublicHostedZoneAttributes{}
	}
	return importZone(scope, id, attrs.HostedZoneId, attrs.ZoneName, "")
}

// PublicHostedZone_FromHostedZoneId imports a hosted zone by id.
func PublicHostedZone_FromHostedZoneId(scope constructs.Construct, id *string, hostedZoneId *string) IHostedZone {
	return HostedZone_FromHostedZoneId(scope, id, hostedZoneId)
}

// PublicHostedZone_FromHostedZoneAttributes imports a hosted zone by id and name.
func PublicHostedZone_FromHostedZoneAttributes(scope constructs.Construct, id *string, attrs *HostedZoneAttributes) IHostedZone {
	return HostedZone_FromHostedZoneAttributes(scope, id, attrs)
}

// HostedZoneGrants grants permissions on a hosted zone.
type HostedZoneGrants interface {
	Delegation(grantee awsiam.IGrantable, delegationOptions *GrantDelegationOptions) awsiam.Grant
}

type zoneGrants struct{ zone INamedHostedZoneRef }

// HostedZoneGrants_FromHostedZone is the grants object of a hosted zone.
func HostedZoneGrants_FromHostedZone(hostedZone INamedHostedZoneRef) HostedZoneGrants {
	return &zoneGrants{zone: hostedZone}
}

// Delegation lets grantee manage the NS records that delegate subdomains of the zone.
func (g *zoneGrants) Delegation(grantee awsiam.IGrantable, options *GrantDelegationOptions) awsiam.Grant {
	cond := nsConditions()
	if options != nil && options.DelegatedZoneNames != nil {
		var names []interface{}
		for _, n := range *options.DelegatedZoneNames {
			validateDelegatedZoneName(deref(g.zone.Name()), deref(n))
			names = append(names, octalEncode(deref(n)))
		}
		cond.Set("route53:ChangeResourceRecordSetsNormalizedRecordNames", names)
	}
	g1 := awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: grantee, Actions: jsii.Strings("route53:ChangeResourceRecordSets"),
		ResourceArns: &[]*string{makeHostedZoneArn(g.zone, g.zone.HostedZoneRef().HostedZoneId)},
	})
	// The condition keys keep aws-cdk-lib's order, which a Go map (sorted) would lose.
	if st := g1.PrincipalStatement(); st != nil {
		st.AddCondition(jsii.String("ForAllValues:StringEquals"), cond)
	}
	g2 := awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings("route53:ListHostedZonesByName"), ResourceArns: jsii.Strings("*")})
	return g1.Combine(g2)
}

// nsConditions limit changes to upserting and deleting NS records.
func nsConditions() *ojson.Object {
	o := ojson.New()
	o.Set("route53:ChangeResourceRecordSetsRecordTypes", []interface{}{"NS"})
	o.Set("route53:ChangeResourceRecordSetsActions", []interface{}{"UPSERT", "DELETE"})
	return o
}

func makeHostedZoneArn(c constructs.IConstruct, id *string) *string {
	return awscdk.Stack_Of(c).FormatArn(&awscdk.ArnComponents{Account: jsii.String(""), Region: jsii.String(""),
		Service: jsii.String("route53"), Resource: jsii.String("hostedzone"), ResourceName: id})
}

var zoneNameChars = regexp.MustCompile("(?i)^[a-z0-9!\"#$%&'()*+,/:;<=>?@\\[\\\\\\]^_`{|}~.-]+$")

func validateZoneName(name string) {
	if len(name) > 255 {
		diag.Panic("", "zone name cannot be more than 255 bytes long")
	}
	for _, l := range strings.Split(name, ".") {
		if len(l) > 63 {
			diag.Panic("", "zone name labels cannot be more than 63 bytes long")
		}
	}
	if !zoneNameChars.MatchString(name) {
		diag.Panic("", "zone names can only contain a-z, 0-9, -, ! \" # $ %% & ' ( ) * + , - / : ; < = > ? @ [  ] ^ _ ` { | } ~ .")
	}
}

func validateDelegatedZoneName(parent, delegated string) {
	prefix := fmt.Sprintf("Error while validating delegate zone name '%s': ", delegated)
	if strings.HasSuffix(delegated, ".") {
		diag.Panic("", "%sdelegated zone name cannot have a trailing period", prefix)
	}
	if *awscdk.Token_IsUnresolved(delegated) {
		return
	}
	validateZoneName(delegated)
	if strings.ToLower(delegated) != delegated {
		diag.Panic("", "%sdelegated zone name cannot contain uppercase characters", prefix)
	}
	if *awscdk.Token_IsUnresolved(parent) {
		return
	}
	p := strings.TrimSuffix(parent, ".")
	if !strings.HasSuffix(delegated, p) {
		diag.Panic("", "%sdelegated zone name must be suffixed by parent zone name", prefix)
	}
	if delegated == p {
		diag.Panic("", "%sdelegated zone name cannot be the same as the parent zone name", prefix)
	}
}

var octalKeep = regexp.MustCompile(`[a-z0-9-_\\.]`)

func octalEncode(name string) string {
	if *awscdk.Token_IsUnresolved(name) {
		return name
	}
	var b strings.Builder
	for _, r := range name {
		c := string(r)
		if octalKeep.MatchString(c) {
			b.WriteString(c)
		} else {
			o := strconv.FormatInt(int64(r), 8)
			for len(o) < 3 {
				o = "0" + o
			}
			b.WriteString("\\" + o)
		}
	}
	return b.String()
}

// determineFqdn is name as a fully qualified domain name in zone.
func determineFqdn(name string, zone IHostedZone) string {
	if strings.HasSuffix(name, ".") {
		return name
	}
	zn := strings.TrimSuffix(deref(zone.ZoneName()), ".")
	if strings.HasSuffix(name, "."+zn) || name == zn {
		return name + "."
	}
	return name + "." + zn + "."
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

type vpcProducer struct{ z *hostedZone }

func (p vpcProducer) Produce() interface{} {
	out := []interface{}{}
	for _, v := range p.z.vpcs {
		o := ojson.New()
		o.Set("VPCId", v.VpcId)
		o.Set("VPCRegion", v.VpcRegion)
		out = append(out, o)
	}
	return out
}
