package awsroute53

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Alpn is an ALPN protocol id of an HTTPS or SVCB record.
type Alpn interface {
	Protocol() *string
}

type alpn string

func (a alpn) Protocol() *string { return jsii.String(string(a)) }

// Alpn_Of is the protocol id protocol.
func Alpn_Of(protocol *string) Alpn { return alpn(deref(protocol)) }

// Alpn_HTTP1_1 is HTTP/1.1.
func Alpn_HTTP1_1() Alpn { return alpn("http1.1") }

// Alpn_H2 is HTTP/2.
func Alpn_H2() Alpn { return alpn("h2") }

// Alpn_H3 is HTTP/3.
func Alpn_H3() Alpn { return alpn("h3") }

// HttpsRecordServiceModeProps are the parameters of an HTTPS record in service mode.
type HttpsRecordServiceModeProps struct {
	Alpn          *[]Alpn    `field:"optional" json:"alpn" yaml:"alpn"`
	Ipv4hint      *[]*string `field:"optional" json:"ipv4hint" yaml:"ipv4hint"`
	Ipv6hint      *[]*string `field:"optional" json:"ipv6hint" yaml:"ipv6hint"`
	Mandatory     *[]*string `field:"optional" json:"mandatory" yaml:"mandatory"`
	NoDefaultAlpn *bool      `field:"optional" json:"noDefaultAlpn" yaml:"noDefaultAlpn"`
	Port          *float64   `field:"optional" json:"port" yaml:"port"`
	// Default: 1.
	Priority *float64 `field:"optional" json:"priority" yaml:"priority"`
	// Default: "." (the record's own name).
	TargetName *string `field:"optional" json:"targetName" yaml:"targetName"`
}

// SvcbRecordServiceModeProps are the parameters of an SVCB record in service mode.
type SvcbRecordServiceModeProps struct {
	Alpn          *[]Alpn    `field:"optional" json:"alpn" yaml:"alpn"`
	Ipv4hint      *[]*string `field:"optional" json:"ipv4hint" yaml:"ipv4hint"`
	Ipv6hint      *[]*string `field:"optional" json:"ipv6hint" yaml:"ipv6hint"`
	Mandatory     *[]*string `field:"optional" json:"mandatory" yaml:"mandatory"`
	NoDefaultAlpn *bool      `field:"optional" json:"noDefaultAlpn" yaml:"noDefaultAlpn"`
	Port          *float64   `field:"optional" json:"port" yaml:"port"`
	Priority      *float64   `field:"optional" json:"priority" yaml:"priority"`
	TargetName    *string    `field:"optional" json:"targetName" yaml:"targetName"`
}

// HttpsRecordValue is one value of an HTTPS record.
type HttpsRecordValue interface {
	ToString() *string
}

// SvcbRecordValue is one value of an SVCB record.
type SvcbRecordValue interface {
	ToString() *string
}

// svcbValue renders the presentation format both record types share.
type svcbValue struct {
	priority      float64
	target        string
	alpn          []Alpn
	ipv4, ipv6    []*string
	mandatory     []*string
	noDefaultAlpn bool
	port          *float64
}

func (v *svcbValue) ToString() *string {
	parts := []string{num(v.priority), v.target}
	join := func(ss []*string) string {
		var out []string
		for _, s := range ss {
			out = append(out, deref(s))
		}
		return strings.Join(out, ",")
	}
	if len(v.mandatory) > 0 {
		parts = append(parts, `mandatory="`+join(v.mandatory)+`"`)
	}
	if len(v.alpn) > 0 {
		var ps []*string
		for _, a := range v.alpn {
			ps = append(ps, a.Protocol())
		}
		parts = append(parts, `alpn="`+join(ps)+`"`)
	}
	if v.noDefaultAlpn {
		parts = append(parts, "no-default-alpn")
	}
	if v.port != nil {
		parts = append(parts, "port="+num(*v.port))
	}
	if len(v.ipv4) > 0 {
		parts = append(parts, `ipv4hint="`+join(v.ipv4)+`"`)
	}
	if len(v.ipv6) > 0 {
		parts = append(parts, `ipv6hint="`+join(v.ipv6)+`"`)
	}
	return jsii.String(strings.Join(parts, " "))
}

func serviceValue(p *SvcbRecordServiceModeProps) *svcbValue {
	if p == nil {
		p = &SvcbRecordServiceModeProps{}
	}
	v := &svcbValue{priority: 1, target: ".", port: p.Port}
	if p.Priority != nil {
		v.priority = *p.Priority
	}
	if p.TargetName != nil {
		v.target = *p.TargetName
	}
	if p.Alpn != nil {
		v.alpn = *p.Alpn
	}
	if p.Ipv4hint != nil {
		v.ipv4 = *p.Ipv4hint
	}
	if p.Ipv6hint != nil {
		v.ipv6 = *p.Ipv6hint
	}
	if p.Mandatory != nil {
		v.mandatory = *p.Mandatory
	}
	v.noDefaultAlpn = p.NoDefaultAlpn != nil && *p.NoDefaultAlpn
	return v
}

// HttpsRecordValue_Alias is an alias-mode value (priority 0) pointing at targetName.
func HttpsRecordValue_Alias(targetName *string) HttpsRecordValue {
	return &svcbValue{target: deref(targetName)}
}

// HttpsRecordValue_Service is a service-mode value.
func HttpsRecordValue_Service(props *HttpsRecordServiceModeProps) HttpsRecordValue {
	if props == nil {
		return serviceValue(nil)
	}
	p := SvcbRecordServiceModeProps(*props)
	return serviceValue(&p)
}

// SvcbRecordValue_Alias is an alias-mode value (priority 0) pointing at targetName.
func SvcbRecordValue_Alias(targetName *string) SvcbRecordValue {
	return &svcbValue{target: deref(targetName)}
}

// SvcbRecordValue_Service is a service-mode value.
func SvcbRecordValue_Service(props *SvcbRecordServiceModeProps) SvcbRecordValue {
	return serviceValue(props)
}

// HttpsRecordProps are the props of NewHttpsRecord: values, or an alias target.
type HttpsRecordProps struct {
	Zone              IHostedZone         `field:"required" json:"zone" yaml:"zone"`
	CidrRoutingConfig CidrRoutingConfig   `field:"optional" json:"cidrRoutingConfig" yaml:"cidrRoutingConfig"`
	Comment           *string             `field:"optional" json:"comment" yaml:"comment"`
	DeleteExisting    *bool               `field:"optional" json:"deleteExisting" yaml:"deleteExisting"`
	Failover          Failover            `field:"optional" json:"failover" yaml:"failover"`
	GeoLocation       GeoLocation         `field:"optional" json:"geoLocation" yaml:"geoLocation"`
	HealthCheck       IHealthCheck        `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	MultiValueAnswer  *bool               `field:"optional" json:"multiValueAnswer" yaml:"multiValueAnswer"`
	RecordName        *string             `field:"optional" json:"recordName" yaml:"recordName"`
	Region            *string             `field:"optional" json:"region" yaml:"region"`
	SetIdentifier     *string             `field:"optional" json:"setIdentifier" yaml:"setIdentifier"`
	Ttl               awscdk.Duration     `field:"optional" json:"ttl" yaml:"ttl"`
	Weight            *float64            `field:"optional" json:"weight" yaml:"weight"`
	Target            RecordTarget        `field:"optional" json:"target" yaml:"target"`
	Values            *[]HttpsRecordValue `field:"optional" json:"values" yaml:"values"`
}

// HttpsRecord is an HTTPS record (service binding for HTTPS, or an alias).
type HttpsRecord interface{ RecordSet }

// HttpsRecord_PROPERTY_INJECTION_ID is the id property injectors use for HttpsRecord.
func HttpsRecord_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.HttpsRecord")
}

// NewHttpsRecord creates an HTTPS record.
func NewHttpsRecord(scope constructs.Construct, id *string, props *HttpsRecordProps) HttpsRecord {
	props = l2.Inject(*HttpsRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "HttpsRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	target := props.Target
	if target == nil {
		var vals []*string
		if props.Values != nil {
			for _, v := range *props.Values {
				vals = append(vals, v.ToString())
			}
		}
		target = RecordTarget_FromValues(vals...)
	}
	r := typedRecord(scope, id, o.props(RecordType_HTTPS, target))
	if (props.Values != nil) == (props.Target != nil) {
		l2.Throw(r, "Specify exactly one of either values or target.")
	}
	return r
}

// SvcbRecordProps are the props of NewSvcbRecord.
type SvcbRecordProps struct {
	Zone              IHostedZone        `field:"required" json:"zone" yaml:"zone"`
	CidrRoutingConfig CidrRoutingConfig  `field:"optional" json:"cidrRoutingConfig" yaml:"cidrRoutingConfig"`
	Comment           *string            `field:"optional" json:"comment" yaml:"comment"`
	DeleteExisting    *bool              `field:"optional" json:"deleteExisting" yaml:"deleteExisting"`
	Failover          Failover           `field:"optional" json:"failover" yaml:"failover"`
	GeoLocation       GeoLocation        `field:"optional" json:"geoLocation" yaml:"geoLocation"`
	HealthCheck       IHealthCheck       `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	MultiValueAnswer  *bool              `field:"optional" json:"multiValueAnswer" yaml:"multiValueAnswer"`
	RecordName        *string            `field:"optional" json:"recordName" yaml:"recordName"`
	Region            *string            `field:"optional" json:"region" yaml:"region"`
	SetIdentifier     *string            `field:"optional" json:"setIdentifier" yaml:"setIdentifier"`
	Ttl               awscdk.Duration    `field:"optional" json:"ttl" yaml:"ttl"`
	Weight            *float64           `field:"optional" json:"weight" yaml:"weight"`
	Values            *[]SvcbRecordValue `field:"required" json:"values" yaml:"values"`
}

// SvcbRecord is an SVCB record (general service binding).
type SvcbRecord interface{ RecordSet }

// SvcbRecord_PROPERTY_INJECTION_ID is the id property injectors use for SvcbRecord.
func SvcbRecord_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.SvcbRecord")
}

// NewSvcbRecord creates an SVCB record.
func NewSvcbRecord(scope constructs.Construct, id *string, props *SvcbRecordProps) SvcbRecord {
	props = l2.Inject(*SvcbRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "SvcbRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	var vals []*string
	if props.Values != nil {
		for _, v := range *props.Values {
			vals = append(vals, v.ToString())
		}
	}
	return typedRecord(scope, id, o.props(RecordType_SVCB, RecordTarget_FromValues(vals...)))
}

// DsRecordProps are the props of NewDsRecord.
type DsRecordProps struct {
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
	Values            *[]*string        `field:"required" json:"values" yaml:"values"`
}

// DsRecord is a DS record (the delegation signer of a DNSSEC-signed subzone).
type DsRecord interface{ RecordSet }

// DsRecord_PROPERTY_INJECTION_ID is the id property injectors use for DsRecord.
func DsRecord_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.DsRecord")
}

// NewDsRecord creates a DS record.
func NewDsRecord(scope constructs.Construct, id *string, props *DsRecordProps) DsRecord {
	props = l2.Inject(*DsRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "DsRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	var vals []*string
	if props.Values != nil {
		vals = *props.Values
	}
	return typedRecord(scope, id, o.props(RecordType_DS, RecordTarget_FromValues(vals...)))
}

// ARecordAttrs describe an A record aliased to a DNS name in a zone.
type ARecordAttrs struct {
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
	TargetDNS         *string           `field:"required" json:"targetDNS" yaml:"targetDNS"`
}

// aRecordAlias aliases to a DNS name in the record's own zone.
type aRecordAlias struct{ attrs *ARecordAttrs }

func (a *aRecordAlias) Bind(record IRecordSet, zone IHostedZone) *AliasRecordTargetConfig {
	if zone == nil {
		l2.Throw(record, "Cannot bind to record without a zone")
	}
	return &AliasRecordTargetConfig{DnsName: a.attrs.TargetDNS, HostedZoneId: a.attrs.Zone.HostedZoneId()}
}

// ARecord_FromARecordAttributes creates an A record aliased to attrs.TargetDNS.
func ARecord_FromARecordAttributes(scope constructs.Construct, id *string, attrs *ARecordAttrs) ARecord {
	if attrs == nil {
		attrs = &ARecordAttrs{}
	}
	return NewARecord(scope, id, &ARecordProps{Zone: attrs.Zone, CidrRoutingConfig: attrs.CidrRoutingConfig, Comment: attrs.Comment, Failover: attrs.Failover,
		GeoLocation: attrs.GeoLocation, HealthCheck: attrs.HealthCheck, DeleteExisting: attrs.DeleteExisting, MultiValueAnswer: attrs.MultiValueAnswer, RecordName: attrs.RecordName, Region: attrs.Region,
		SetIdentifier: attrs.SetIdentifier, Ttl: attrs.Ttl, Weight: attrs.Weight, Target: RecordTarget_FromAlias(&aRecordAlias{attrs: attrs})})
}
