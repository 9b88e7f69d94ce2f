package awsroute53

import (
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IPrivateHostedZone is a private hosted zone.
type IPrivateHostedZone interface {
	IHostedZone
}

// PrivateHostedZoneProps are the props of NewPrivateHostedZone.
type PrivateHostedZoneProps struct {
	ZoneName             *string `field:"required" json:"zoneName" yaml:"zoneName"`
	AddTrailingDot       *bool   `field:"optional" json:"addTrailingDot" yaml:"addTrailingDot"`
	Comment              *string `field:"optional" json:"comment" yaml:"comment"`
	QueryLogsLogGroupArn *string `field:"optional" json:"queryLogsLogGroupArn" yaml:"queryLogsLogGroupArn"`
	// The first VPC the zone answers in (AddVpc adds more).
	Vpc awsec2.IVpc `field:"required" json:"vpc" yaml:"vpc"`
}

// PrivateHostedZoneAttributes describe a private hosted zone defined outside this app.
type PrivateHostedZoneAttributes struct {
	HostedZoneId *string `field:"required" json:"hostedZoneId" yaml:"hostedZoneId"`
	ZoneName     *string `field:"required" json:"zoneName" yaml:"zoneName"`
}

// PrivateHostedZone is a hosted zone that answers only inside its VPCs.
type PrivateHostedZone interface {
	HostedZone
	IPrivateHostedZone
}

type privateHostedZone struct{ hostedZone }

// PrivateHostedZone_PROPERTY_INJECTION_ID is the id property injectors use for PrivateHostedZone.
func PrivateHostedZone_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.PrivateHostedZone")
}

// NewPrivateHostedZone creates a private hosted zone associated with props.Vpc.
func NewPrivateHostedZone(scope constructs.Construct, id *string, props *PrivateHostedZoneProps) PrivateHostedZone {
	props = l2.Inject(*PrivateHostedZone_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &PrivateHostedZoneProps{}
	}
	z := &privateHostedZone{}
	newZone(&z.hostedZone, scope, id, props.ZoneName, props.AddTrailingDot, props.Comment, props.QueryLogsLogGroupArn)
	z.setSelf(z)
	z.AddVpc(props.Vpc)
	return z
}

// PrivateHostedZone_FromPrivateHostedZoneId imports a private hosted zone by id.
func PrivateHostedZone_FromPrivateHostedZoneId(scope constructs.Construct, id *string, privateHostedZoneId *string) IPrivateHostedZone {
	return importZone(scope, id, privateHostedZoneId, nil, "Cannot reference `zoneName` when using `PrivateHostedZone.fromPrivateHostedZoneId()`. A construct consuming this hosted zone may be trying to reference its `zoneName`")
}

// PrivateHostedZone_FromPrivateHostedZoneAttributes imports a private hosted zone by id and name.
func PrivateHostedZone_FromPrivateHostedZoneAttributes(scope constructs.Construct, id *string, attrs *PrivateHostedZoneAttributes) IPrivateHostedZone {
	if attrs == nil {
		attrs = &PrivateHostedZoneAttributes{}
	}
	return importZone(scope, id, attrs.HostedZoneId, attrs.ZoneName, "")
}

// PrivateHostedZone_FromHostedZoneId imports a hosted zone by id.
func PrivateHostedZone_FromHostedZoneId(scope constructs.Construct, id *string, hostedZoneId *string) IHostedZone {
	return HostedZone_FromHostedZoneId(scope, id, hostedZoneId)
}

// PrivateHostedZone_FromHostedZoneAttributes imports a hosted zone by id and name.
func PrivateHostedZone_FromHostedZoneAttributes(scope constructs.Construct, id *string, attrs *HostedZoneAttributes) IHostedZone {
	return HostedZone_FromHostedZoneAttributes(scope, id, attrs)
}

// PrivateHostedZone_FromLookup is HostedZone_FromLookup.
func PrivateHostedZone_FromLookup(scope constructs.Construct, id *string, query *HostedZoneProviderProps) IHostedZone {
	return HostedZone_FromLookup(scope, id, query)
}
