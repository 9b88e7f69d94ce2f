package awsroute53

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsroute53"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// RecordType is a DNS record type.
type RecordType string

const (
	RecordType_A     RecordType = "A"
	RecordType_AAAA  RecordType = "AAAA"
	RecordType_CAA   RecordType = "CAA"
	RecordType_CNAME RecordType = "CNAME"
	RecordType_DS    RecordType = "DS"
	RecordType_HTTPS RecordType = "HTTPS"
	RecordType_MX    RecordType = "MX"
	RecordType_NAPTR RecordType = "NAPTR"
	RecordType_NS    RecordType = "NS"
	RecordType_PTR   RecordType = "PTR"
	RecordType_SOA   RecordType = "SOA"
	RecordType_SPF   RecordType = "SPF"
	RecordType_SRV   RecordType = "SRV"
	RecordType_SSHFP RecordType = "SSHFP"
	RecordType_SVCB  RecordType = "SVCB"
	RecordType_TLSA  RecordType = "TLSA"
	RecordType_TXT   RecordType = "TXT"
)

// CaaTag is a CAA record's property tag.
type CaaTag string

const (
	CaaTag_ISSUE     CaaTag = "ISSUE"
	CaaTag_ISSUEWILD CaaTag = "ISSUEWILD"
	CaaTag_IODEF     CaaTag = "IODEF"
)

func (t CaaTag) value() string { return strings.ToLower(string(t)) }

// Failover is a record's role in failover routing.
type Failover string

const (
	Failover_PRIMARY   Failover = "PRIMARY"
	Failover_SECONDARY Failover = "SECONDARY"
)

// Continent is a continent of geolocation routing.
type Continent string

const (
	Continent_AFRICA        Continent = "AFRICA"
	Continent_ANTARCTICA    Continent = "ANTARCTICA"
	Continent_ASIA          Continent = "ASIA"
	Continent_EUROPE        Continent = "EUROPE"
	Continent_OCEANIA       Continent = "OCEANIA"
	Continent_NORTH_AMERICA Continent = "NORTH_AMERICA"
	Continent_SOUTH_AMERICA Continent = "SOUTH_AMERICA"
)

var continentCodes = map[Continent]string{Continent_AFRICA: "AF", Continent_ANTARCTICA: "AN", Continent_ASIA: "AS", Continent_EUROPE: "EU",
	Continent_OCEANIA: "OC", Continent_NORTH_AMERICA: "NA", Continent_SOUTH_AMERICA: "SA"}

// GeoLocation is where geolocation routing sends a record's answers.
type GeoLocation interface {
	ContinentCode() Continent
	CountryCode() *string
	SubdivisionCode() *string
}

type geo struct {
	continent   Continent
	country     *string
	subdivision *string
}

func (g *geo) ContinentCode() Continent { return g.continent }
func (g *geo) CountryCode() *string     { return g.country }
func (g *geo) SubdivisionCode() *string { return g.subdivision }

var (
	countryPattern        = regexp.MustCompile(`(^[A-Z]{2}|^\*{1})$`)
	countryForSubdivision = regexp.MustCompile(`\b(?:UA|US)\b`)
	subdivisionPattern    = regexp.MustCompile(`^[A-Z0-9]{1,3}$`)
)

// GeoLocation_Continent routes by continent.
func GeoLocation_Continent(continentCode Continent) GeoLocation {
	return &geo{continent: continentCode}
}

// GeoLocation_Country routes by country (ISO 3166-1 alpha-2).
func GeoLocation_Country(countryCode *string) GeoLocation {
	if !countryPattern.MatchString(deref(countryCode)) {
		diag.Panic("", "Invalid country format for country: %s, country should be two-letter and uppercase country ISO 3166-1-alpha-2 code", deref(countryCode))
	}
	return &geo{country: countryCode}
}

// GeoLocation_Subdivision routes by subdivision of the US (default) or Ukraine.
func GeoLocation_Subdivision(subdivisionCode *string, countryCode *string) GeoLocation {
	if countryCode == nil {
		countryCode = jsii.String("US")
	}
	if !countryForSubdivision.MatchString(*countryCode) {
		diag.Panic("", "Invalid country for subdivisions geolocation: %s, only UA (Ukraine) and US (United states) are supported", *countryCode)
	}
	if !subdivisionPattern.MatchString(deref(subdivisionCode)) {
		diag.Panic("", "Invalid subdivision format for subdivision: %s, subdivision should be alphanumeric and between 1 and 3 characters", deref(subdivisionCode))
	}
	return &geo{country: countryCode, subdivision: subdivisionCode}
}

// GeoLocation_Default routes what no other geolocation record matches.
func GeoLocation_Default() GeoLocation { return &geo{country: jsii.String("*")} }

// AliasRecordTargetConfig is where an alias record points.
type AliasRecordTargetConfig struct {
	DnsName              *string `field:"required" json:"dnsName" yaml:"dnsName"`
	HostedZoneId         *string `field:"required" json:"hostedZoneId" yaml:"hostedZoneId"`
	EvaluateTargetHealth *bool   `field:"optional" json:"evaluateTargetHealth" yaml:"evaluateTargetHealth"`
}

// IAliasRecordTarget is the target of an alias record (awsroute53targets has them).
type IAliasRecordTarget interface {
	Bind(record IRecordSet, zone IHostedZone) *AliasRecordTargetConfig
}

// RecordTarget is what a record answers: values or an alias.
type RecordTarget interface {
	AliasTarget() IAliasRecordTarget
	Values() *[]*string
}

type recordTarget struct {
	values *[]*string
	alias  IAliasRecordTarget
}

func (t *recordTarget) AliasTarget() IAliasRecordTarget { return t.alias }
func (t *recordTarget) Values() *[]*string              { return t.values }

// NewRecordTarget is a target of values or an alias.
func NewRecordTarget(values *[]*string, aliasTarget IAliasRecordTarget) RecordTarget {
	return &recordTarget{values: values, alias: aliasTarget}
}

// RecordTarget_FromValues answers values.
func RecordTarget_FromValues(values ...*string) RecordTarget {
	v := append([]*string{}, values...)
	return &recordTarget{values: &v}
}

// RecordTarget_FromIpAddresses answers IP addresses.
func RecordTarget_FromIpAddresses(ipAddresses ...*string) RecordTarget {
	return RecordTarget_FromValues(ipAddresses...)
}

// RecordTarget_FromAlias points at an AWS resource.
func RecordTarget_FromAlias(aliasTarget IAliasRecordTarget) RecordTarget {
	return &recordTarget{alias: aliasTarget}
}

// IRecordSet is a DNS record set.
type IRecordSet interface {
	interfacesawsroute53.IRecordSetRef
	awscdk.IResource
	DomainName() *string
}

// RecordSetOptions are what every record takes.
type RecordSetOptions struct {
	Zone              IHostedZone       `field:"required" json:"zone" yaml:"zone"`
	CidrRoutingConfig CidrRoutingConfig `field:"optional" json:"cidrRoutingConfig" yaml:"cidrRoutingConfig"`
	Comment           *string           `field:"optional" json:"comment" yaml:"comment"`
	DeleteExisting    *bool             `field:"optional" json:"deleteExisting" yaml:"deleteExisting"`
	Failover          Failover          `field:"optional" json:"failover" yaml:"failover"`
	GeoLocation       GeoLocation       `field:"optional" json:"geoLocation" yaml:"geoLocation"`
	HealthCheck       IHealthCheck      `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	MultiValueAnswer  *bool             `field:"optional" json:"multiValueAnswer" yaml:"multiValueAnswer"`
	// Default: the zone's apex.
	RecordName    *string `field:"optional" json:"recordName" yaml:"recordName"`
	Region        *string `field:"optional" json:"region" yaml:"region"`
	SetIdentifier *string `field:"optional" json:"setIdentifier" yaml:"setIdentifier"`
	// Default: 30 minutes (none for aliases).
	Ttl    awscdk.Duration `field:"optional" json:"ttl" yaml:"ttl"`
	Weight *float64        `field:"optional" json:"weight" yaml:"weight"`
}

// RecordSetProps are the props of NewRecordSet.
type RecordSetProps struct {
	Zone              IHostedZone       `field:"required" json:"zone" yaml:"zone"`
	CidrRoutingConfig CidrRoutingConfig `field:"optional" json:"cidrRoutingConfig" yaml:"cidrRoutingConfig"`
	Comment           *string           `field:"optional" json:"comment" yaml:"comment"`
	DeleteExisting    *bool             `field:"optional" json:"deleteExisting" yaml:"deleteExisting"`
	Failover          Failover          `field:"optional" json:"failover" yaml:"failover"`
	GeoLocation       GeoLocation       `field:"optional" json:"geoLocation" yaml:"geoLocation"`
	HealthCheck       IHealthCheck      `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	MultiValueAnswer  *bool             `field:"optional" json:"multiValueAnswer" yaml:"multiValueAnswer"`
	RecordName        *string           `field:"optional" json:"recordName" yaml:"recordName"`
	Region            *string           `field:"optional" json:"region" yaml:"region"`
	SetIdentifier     *string           `field:"optional" json:"setIdentifier" yaml:"setIdentifier"`
	Ttl               awscdk.Duration   `field:"optional" json:"ttl" yaml:"ttl"`
	Weight            *float64          `field:"optional" json:"weight" yaml:"weight"`
	RecordType        RecordType        `field:"required" json:"recordType" yaml:"recordType"`
	Target            RecordTarget      `field:"required" json:"target" yaml:"target"`
}

// RecordSet is a DNS record set (AWS::Route53::RecordSet).
type RecordSet interface {
	awscdk.Resource
	IRecordSet
	RecordSetRef() *interfacesawsroute53.RecordSetReference
}

type recordSet struct {
	awscdk.Resource
	domainName *string
	recordType RecordType
	geo        GeoLocation
	weight     *float64
	region     *string
	mva        *bool
	failover   Failover
}

// RecordSet_PROPERTY_INJECTION_ID is the id property injectors use for RecordSet.
func RecordSet_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.RecordSet")
}

// NewRecordSet creates a record set.
func NewRecordSet(scope constructs.Construct, id *string, props *RecordSetProps) RecordSet {
	props = l2.Inject(*RecordSet_PROPERTY_INJECTION_ID(), props, scope, id)
	r := &recordSet{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	newRecord(r, props)
	return r
}

func newRecord(r *recordSet, props *RecordSetProps) {
	if props == nil || props.Zone == nil || props.Target == nil {
		l2.AddError(r, "a record needs a zone and a target")
		return
	}
	alias := props.Target.AliasTarget()
	if w := props.Weight; w != nil && !*awscdk.Token_IsUnresolved(*w) && (*w < 0 || *w > 255) {
		l2.Throw(r, "weight must be between 0 and 255 inclusive, got: %s", num(*w))
	}
	if s := props.SetIdentifier; s != nil && (len(utf16.Encode([]rune(*s))) < 1 || len(utf16.Encode([]rune(*s))) > 128) {
		l2.Throw(r, "setIdentifier must be between 1 and 128 characters long, got: %d", len(utf16.Encode([]rune(*s))))
	}
	if props.SetIdentifier != nil && props.Weight == nil && props.GeoLocation == nil && props.Region == nil && !(props.MultiValueAnswer != nil && *props.MultiValueAnswer) && props.CidrRoutingConfig == nil && props.Failover == "" {
		l2.Throw(r, "setIdentifier can only be specified for non-simple routing policies")
	}
	if props.MultiValueAnswer != nil && *props.MultiValueAnswer && alias != nil {
		l2.Throw(r, "multiValueAnswer cannot be specified for alias record")
	}
	if props.Failover != "" && props.MultiValueAnswer != nil && *props.MultiValueAnswer {
		l2.Throw(r, "Cannot use both failover and multiValueAnswer routing policies")
	}
	n := 0
	for _, set := range []bool{props.GeoLocation != nil, props.Region != nil, props.Weight != nil, props.MultiValueAnswer != nil, props.CidrRoutingConfig != nil, props.Failover != ""} {
		if set {
			n++
		}
	}
	if n > 1 {
		l2.Throw(r, "Only one of region, weight, multiValueAnswer, geoLocation, cidrRoutingConfig, or failover can be defined")
	}
	if props.Failover == Failover_PRIMARY && props.HealthCheck == nil && alias == nil {
		l2.Throw(r, "PRIMARY failover record sets must include a health check")
	}
	r.recordType, r.geo, r.weight, r.region, r.mva, r.failover = props.RecordType, props.GeoLocation, props.Weight, props.Region, props.MultiValueAnswer, props.Failover
	var ttl *string
	if alias == nil {
		secs := 1800.0
		if props.Ttl != nil {
			secs = *props.Ttl.ToSeconds(nil)
		}
		ttl = jsii.String(num(secs))
	} else if props.Ttl != nil {
		awscdk.Annotations_Of(r).AddWarningV2(jsii.String("aws-cdk-lib/aws-route53:ttlIgnored"), jsii.String("Ignoring ttl since 'target' uses an alias target"))
	}
	name := deref(props.RecordName)
	if name == "" {
		name = deref(props.Zone.ZoneName())
	}
	fqdn := determineFqdn(name, props.Zone)
	cfn := &CfnRecordSetProps{
		HostedZoneId: props.Zone.HostedZoneId(),
		Name:         &fqdn,
		Type:         jsii.String(string(props.RecordType)),
		Ttl:          ttl,
		Comment:      props.Comment,
		Weight:       props.Weight,
		Region:       props.Region,
	}
	if v := props.Target.Values(); v != nil {
		cfn.ResourceRecords = v
	}
	if alias != nil {
		c := alias.Bind(r, props.Zone)
		if props.Failover != "" && (c.EvaluateTargetHealth == nil || !*c.EvaluateTargetHealth) {
			l2.Throw(r, "Failover alias record sets must set EvaluateTargetHealth to true")
		}
		cfn.AliasTarget = &CfnRecordSet_AliasTargetProperty{DnsName: c.DnsName, HostedZoneId: c.HostedZoneId, EvaluateTargetHealth: c.EvaluateTargetHealth}
	}
	if g := props.GeoLocation; g != nil {
		gl := &CfnRecordSet_GeoLocationProperty{CountryCode: g.CountryCode(), SubdivisionCode: g.SubdivisionCode()}
		if c := g.ContinentCode(); c != "" {
			gl.ContinentCode = jsii.String(continentCodes[c])
		}
		cfn.GeoLocation = gl
	}
	if props.MultiValueAnswer != nil {
		cfn.MultiValueAnswer = props.MultiValueAnswer
	}
	if props.HealthCheck != nil {
		cfn.HealthCheckId = props.HealthCheck.HealthCheckId()
	}
	if c := props.CidrRoutingConfig; c != nil {
		cfn.CidrRoutingConfig = &CfnRecordSet_CidrRoutingConfigProperty{CollectionId: c.CollectionId(), LocationName: c.LocationName()}
	}
	if props.Failover != "" {
		cfn.Failover = jsii.String(string(props.Failover))
	}
	cfn.SetIdentifier = props.SetIdentifier
	if cfn.SetIdentifier == nil {
		cfn.SetIdentifier = r.setIdentifier()
	}
	rs := NewCfnRecordSet(r, jsii.String("Resource"), cfn)
	r.domainName = rs.Ref()
	if props.DeleteExisting != nil && *props.DeleteExisting {
		deleteExisting(r, rs, props.Zone, fqdn, string(props.RecordType))
	}
}

// setIdentifier is the identifier aws-cdk-lib derives for non-simple routing.
func (r *recordSet) setIdentifier() *string {
	ident := func(prefix string) *string {
		return jsii.String(prefix + *awscdk.Names_UniqueResourceName(r, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(float64(64 - len(prefix)))}))
	}
	switch {
	case r.failover != "":
		return ident("FAILOVER_" + string(r.failover) + "_ID_")
	case r.geo != nil:
		id := "GEO"
		if c := r.geo.ContinentCode(); c != "" {
			id += "_CONTINENT_" + continentCodes[c]
		}
		if c := r.geo.CountryCode(); c != nil {
			id += "_COUNTRY_" + *c
		}
		if s := r.geo.SubdivisionCode(); s != nil {
			id += "_SUBDIVISION_" + *s
		}
		return &id
	case r.weight != nil:
		if *awscdk.Token_IsUnresolved(*r.weight) {
			s := strings.Replace(*ident("WEIGHT_XXX_ID_"), "XXX", *awscdk.Token_AsString(*r.weight, nil), 1)
			return &s
		}
		return ident("WEIGHT_" + num(*r.weight) + "_ID_")
	case r.region != nil:
		return ident("REGION_" + *r.region + "_ID_")
	case r.mva != nil && *r.mva:
		return ident("MVA_ID_")
	}
	return nil
}

func (r *recordSet) DomainName() *string { return r.domainName }
func (r *recordSet) RecordSetRef() *interfacesawsroute53.RecordSetReference {
	return &interfacesawsroute53.RecordSetReference{RecordSetName: r.domainName, Type: jsii.String(string(r.recordType))}
}

func (o *RecordSetOptions) props(t RecordType, target RecordTarget) *RecordSetProps {
	if o == nil {
		return nil
	}
	return &RecordSetProps{Zone: o.Zone, CidrRoutingConfig: o.CidrRoutingConfig, HealthCheck: o.HealthCheck, DeleteExisting: o.DeleteExisting, Comment: o.Comment, Failover: o.Failover, GeoLocation: o.GeoLocation, MultiValueAnswer: o.MultiValueAnswer,
		RecordName: o.RecordName, Region: o.Region, SetIdentifier: o.SetIdentifier, Ttl: o.Ttl, Weight: o.Weight, RecordType: t, Target: target}
}

func typedRecord(scope constructs.Construct, id *string, props *RecordSetProps) *recordSet {
	r := &recordSet{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	newRecord(r, props)
	return r
}

// formatTxt splits a TXT value into quoted 255-character strings.
func formatTxt(s string) string {
	u := utf16.Encode([]rune(s))
	var b strings.Builder
	for i := 0; i < len(u); i += 255 {
		end := i + 255
		if end > len(u) {
			end = len(u)
		}
		var q bytes.Buffer
		enc := json.NewEncoder(&q)
		enc.SetEscapeHTML(false)
		enc.Encode(string(utf16.Decode(u[i:end])))
		b.WriteString(strings.TrimSuffix(q.String(), "\n"))
	}
	if len(u) == 0 {
		return ""
	}
	return b.String()
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
