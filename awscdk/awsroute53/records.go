package awsroute53

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// MxRecordValue is a mail server and its priority.
type MxRecordValue struct {
	HostName *string  `field:"required" json:"hostName" yaml:"hostName"`
	Priority *float64 `field:"required" json:"priority" yaml:"priority"`
}

// SrvRecordValue is a service location.
type SrvRecordValue struct {
	HostName *string  `field:"required" json:"hostName" yaml:"hostName"`
	Port     *float64 `field:"required" json:"port" yaml:"port"`
	Priority *float64 `field:"required" json:"priority" yaml:"priority"`
	Weight   *float64 `field:"required" json:"weight" yaml:"weight"`
}

// CaaRecordValue is a certificate authority authorization.
type CaaRecordValue struct {
	Flag  *float64 `field:"required" json:"flag" yaml:"flag"`
	Tag   CaaTag   `field:"required" json:"tag" yaml:"tag"`
	Value *string  `field:"required" json:"value" yaml:"value"`
}

// CaaAmazonRecordProps are the props of NewCaaAmazonRecord.
type CaaAmazonRecordProps struct {
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
}

// CaaAmazonRecord lets Amazon issue certificates for the zone.
type CaaAmazonRecord interface{ CaaRecord }

// CaaAmazonRecord_PROPERTY_INJECTION_ID is the id property injectors use for CaaAmazonRecord.
func CaaAmazonRecord_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.CaaAmazonRecord")
}

// NewCaaAmazonRecord creates a CAA record for amazon.com.
func NewCaaAmazonRecord(scope constructs.Construct, id *string, props *CaaAmazonRecordProps) CaaAmazonRecord {
	props = l2.Inject(*CaaAmazonRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &CaaAmazonRecordProps{}
	}
	o := &RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation,
		MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier,
		Ttl: props.Ttl, Weight: props.Weight}
	return typedRecord(scope, id, o.props(RecordType_CAA, caaTarget(&[]*CaaRecordValue{{Flag: jsii.Number(0), Tag: CaaTag_ISSUE, Value: jsii.String("amazon.com")}})))
}

func valuesTarget(v *[]*string) RecordTarget {
	if v == nil {
		return nil
	}
	return RecordTarget_FromValues(*v...)
}

func txtTarget(v *[]*string) RecordTarget {
	if v == nil {
		return nil
	}
	var out []*string
	for _, s := range *v {
		out = append(out, jsii.String(formatTxt(deref(s))))
	}
	return RecordTarget_FromValues(out...)
}

func mxTarget(v *[]*MxRecordValue) RecordTarget {
	if v == nil {
		return nil
	}
	var out []*string
	for _, m := range *v {
		out = append(out, jsii.String(num(*m.Priority)+" "+deref(m.HostName)))
	}
	return RecordTarget_FromValues(out...)
}

func srvTarget(v *[]*SrvRecordValue) RecordTarget {
	if v == nil {
		return nil
	}
	var out []*string
	for _, m := range *v {
		out = append(out, jsii.String(fmt.Sprintf("%s %s %s %s", num(*m.Priority), num(*m.Weight), num(*m.Port), deref(m.HostName))))
	}
	return RecordTarget_FromValues(out...)
}

func caaTarget(v *[]*CaaRecordValue) RecordTarget {
	if v == nil {
		return nil
	}
	var out []*string
	for _, m := range *v {
		out = append(out, jsii.String(fmt.Sprintf("%s %s \"%s\"", num(*m.Flag), m.Tag.value(), deref(m.Value))))
	}
	return RecordTarget_FromValues(out...)
}

// nsTarget writes each name server with a trailing dot.
func nsTarget(v *[]*string) RecordTarget {
	if v == nil {
		return nil
	}
	if *awscdk.Token_IsUnresolved(*v) {
		return RecordTarget_FromValues(*v...)
	}
	var out []*string
	for _, s := range *v {
		n := deref(s)
		if *awscdk.Token_IsUnresolved(n) || (len(n) > 0 && n[len(n)-1] == '.') {
			out = append(out, s)
		} else {
			out = append(out, jsii.String(n+"."))
		}
	}
	return RecordTarget_FromValues(out...)
}

// ARecordProps are the props of NewARecord.
type ARecordProps struct {
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
	Target            RecordTarget      `field:"required" json:"target" yaml:"target"`
}

// ARecord is a A record (IPv4 addresses or an alias).
type ARecord interface{ RecordSet }

// ARecord_PROPERTY_INJECTION_ID is the id property injectors use for ARecord.
func ARecord_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-route53.ARecord") }

// NewARecord creates a A record (IPv4 addresses or an alias).
func NewARecord(scope constructs.Construct, id *string, props *ARecordProps) ARecord {
	props = l2.Inject(*ARecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "ARecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	return typedRecord(scope, id, o.props(RecordType_A, props.Target))
}

// AaaaRecordProps are the props of NewAaaaRecord.
type AaaaRecordProps struct {
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
	Target            RecordTarget      `field:"required" json:"target" yaml:"target"`
}

// AaaaRecord is a AAAA record (IPv6 addresses or an alias).
type AaaaRecord interface{ RecordSet }

// AaaaRecord_PROPERTY_INJECTION_ID is the id property injectors use for AaaaRecord.
func AaaaRecord_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.AaaaRecord")
}

// NewAaaaRecord creates a AAAA record (IPv6 addresses or an alias).
func NewAaaaRecord(scope constructs.Construct, id *string, props *AaaaRecordProps) AaaaRecord {
	props = l2.Inject(*AaaaRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "AaaaRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	return typedRecord(scope, id, o.props(RecordType_AAAA, props.Target))
}

// CnameRecordProps are the props of NewCnameRecord.
type CnameRecordProps struct {
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
	DomainName        *string           `field:"required" json:"domainName" yaml:"domainName"`
}

// CnameRecord is a CNAME record.
type CnameRecord interface{ RecordSet }

// CnameRecord_PROPERTY_INJECTION_ID is the id property injectors use for CnameRecord.
func CnameRecord_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.CnameRecord")
}

// NewCnameRecord creates a CNAME record.
func NewCnameRecord(scope constructs.Construct, id *string, props *CnameRecordProps) CnameRecord {
	props = l2.Inject(*CnameRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "CnameRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	return typedRecord(scope, id, o.props(RecordType_CNAME, RecordTarget_FromValues(props.DomainName)))
}

// TxtRecordProps are the props of NewTxtRecord.
type TxtRecordProps struct {
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

// TxtRecord is a TXT record (values longer than 255 characters are split).
type TxtRecord interface{ RecordSet }

// TxtRecord_PROPERTY_INJECTION_ID is the id property injectors use for TxtRecord.
func TxtRecord_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.TxtRecord")
}

// NewTxtRecord creates a TXT record (values longer than 255 characters are split).
func NewTxtRecord(scope constructs.Construct, id *string, props *TxtRecordProps) TxtRecord {
	props = l2.Inject(*TxtRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "TxtRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	return typedRecord(scope, id, o.props(RecordType_TXT, txtTarget(props.Values)))
}

// NsRecordProps are the props of NewNsRecord.
type NsRecordProps struct {
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

// NsRecord is a NS record.
type NsRecord interface{ RecordSet }

// NsRecord_PROPERTY_INJECTION_ID is the id property injectors use for NsRecord.
func NsRecord_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-route53.NsRecord") }

// NewNsRecord creates a NS record.
func NewNsRecord(scope constructs.Construct, id *string, props *NsRecordProps) NsRecord {
	props = l2.Inject(*NsRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "NsRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	return typedRecord(scope, id, o.props(RecordType_NS, valuesTarget(props.Values)))
}

// MxRecordProps are the props of NewMxRecord.
type MxRecordProps struct {
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
	Values            *[]*MxRecordValue `field:"required" json:"values" yaml:"values"`
}

// MxRecord is a MX record.
type MxRecord interface{ RecordSet }

// MxRecord_PROPERTY_INJECTION_ID is the id property injectors use for MxRecord.
func MxRecord_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-route53.MxRecord") }

// NewMxRecord creates a MX record.
func NewMxRecord(scope constructs.Construct, id *string, props *MxRecordProps) MxRecord {
	props = l2.Inject(*MxRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "MxRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	return typedRecord(scope, id, o.props(RecordType_MX, mxTarget(props.Values)))
}

// SrvRecordProps are the props of NewSrvRecord.
type SrvRecordProps struct {
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
	Values            *[]*SrvRecordValue `field:"required" json:"values" yaml:"values"`
}

// SrvRecord is a SRV record.
type SrvRecord interface{ RecordSet }

// SrvRecord_PROPERTY_INJECTION_ID is the id property injectors use for SrvRecord.
func SrvRecord_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.SrvRecord")
}

// NewSrvRecord creates a SRV record.
func NewSrvRecord(scope constructs.Construct, id *string, props *SrvRecordProps) SrvRecord {
	props = l2.Inject(*SrvRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "SrvRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	return typedRecord(scope, id, o.props(RecordType_SRV, srvTarget(props.Values)))
}

// CaaRecordProps are the props of NewCaaRecord.
type CaaRecordProps struct {
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
	Values            *[]*CaaRecordValue `field:"required" json:"values" yaml:"values"`
}

// CaaRecord is a CAA record.
type CaaRecord interface{ RecordSet }

// CaaRecord_PROPERTY_INJECTION_ID is the id property injectors use for CaaRecord.
func CaaRecord_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.CaaRecord")
}

// NewCaaRecord creates a CAA record.
func NewCaaRecord(scope constructs.Construct, id *string, props *CaaRecordProps) CaaRecord {
	props = l2.Inject(*CaaRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "CaaRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	return typedRecord(scope, id, o.props(RecordType_CAA, caaTarget(props.Values)))
}

// ZoneDelegationRecordProps are the props of NewZoneDelegationRecord.
type ZoneDelegationRecordProps struct {
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
	NameServers       *[]*string        `field:"required" json:"nameServers" yaml:"nameServers"`
}

// ZoneDelegationRecord is a NS record that delegates a subdomain.
type ZoneDelegationRecord interface{ RecordSet }

// ZoneDelegationRecord_PROPERTY_INJECTION_ID is the id property injectors use for ZoneDelegationRecord.
func ZoneDelegationRecord_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.ZoneDelegationRecord")
}

// NewZoneDelegationRecord creates a NS record that delegates a subdomain.
func NewZoneDelegationRecord(scope constructs.Construct, id *string, props *ZoneDelegationRecordProps) ZoneDelegationRecord {
	props = l2.Inject(*ZoneDelegationRecord_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		r := typedRecord(scope, id, nil)
		l2.AddError(r, "ZoneDelegationRecord: props are required")
		return r
	}
	o := (&RecordSetOptions{Zone: props.Zone, CidrRoutingConfig: props.CidrRoutingConfig, HealthCheck: props.HealthCheck, DeleteExisting: props.DeleteExisting, Comment: props.Comment, Failover: props.Failover, GeoLocation: props.GeoLocation, MultiValueAnswer: props.MultiValueAnswer, RecordName: props.RecordName, Region: props.Region, SetIdentifier: props.SetIdentifier, Ttl: props.Ttl, Weight: props.Weight})
	if o.Ttl == nil {
		o.Ttl = awscdk.Duration_Days(jsii.Number(2))
	}
	return typedRecord(scope, id, o.props(RecordType_NS, nsTarget(props.NameServers)))
}
