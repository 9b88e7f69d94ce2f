package awsroute53

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewARecord_Override initialises outer, a type embedding ARecord (how Go programs
// subclass it).
func NewARecord_Override(outer ARecord, scope constructs.Construct, id *string, props *ARecordProps) {
	l2.Override(outer, NewARecord(scope, id, props))
}

// ARecord_IsConstruct reports whether x is a construct.
func ARecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ARecord_IsOwnedResource reports whether construct is a Resource this app created.
func ARecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ARecord_IsResource reports whether construct is a Resource.
func ARecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewAaaaRecord_Override initialises outer, a type embedding AaaaRecord (how Go programs
// subclass it).
func NewAaaaRecord_Override(outer AaaaRecord, scope constructs.Construct, id *string, props *AaaaRecordProps) {
	l2.Override(outer, NewAaaaRecord(scope, id, props))
}

// AaaaRecord_IsConstruct reports whether x is a construct.
func AaaaRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// AaaaRecord_IsOwnedResource reports whether construct is a Resource this app created.
func AaaaRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// AaaaRecord_IsResource reports whether construct is a Resource.
func AaaaRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewCaaAmazonRecord_Override initialises outer, a type embedding CaaAmazonRecord (how Go programs
// subclass it).
func NewCaaAmazonRecord_Override(outer CaaAmazonRecord, scope constructs.Construct, id *string, props *CaaAmazonRecordProps) {
	l2.Override(outer, NewCaaAmazonRecord(scope, id, props))
}

// CaaAmazonRecord_IsConstruct reports whether x is a construct.
func CaaAmazonRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CaaAmazonRecord_IsOwnedResource reports whether construct is a Resource this app created.
func CaaAmazonRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// CaaAmazonRecord_IsResource reports whether construct is a Resource.
func CaaAmazonRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewCaaRecord_Override initialises outer, a type embedding CaaRecord (how Go programs
// subclass it).
func NewCaaRecord_Override(outer CaaRecord, scope constructs.Construct, id *string, props *CaaRecordProps) {
	l2.Override(outer, NewCaaRecord(scope, id, props))
}

// CaaRecord_IsConstruct reports whether x is a construct.
func CaaRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CaaRecord_IsOwnedResource reports whether construct is a Resource this app created.
func CaaRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// CaaRecord_IsResource reports whether construct is a Resource.
func CaaRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewCnameRecord_Override initialises outer, a type embedding CnameRecord (how Go programs
// subclass it).
func NewCnameRecord_Override(outer CnameRecord, scope constructs.Construct, id *string, props *CnameRecordProps) {
	l2.Override(outer, NewCnameRecord(scope, id, props))
}

// CnameRecord_IsConstruct reports whether x is a construct.
func CnameRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CnameRecord_IsOwnedResource reports whether construct is a Resource this app created.
func CnameRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// CnameRecord_IsResource reports whether construct is a Resource.
func CnameRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewDsRecord_Override initialises outer, a type embedding DsRecord (how Go programs
// subclass it).
func NewDsRecord_Override(outer DsRecord, scope constructs.Construct, id *string, props *DsRecordProps) {
	l2.Override(outer, NewDsRecord(scope, id, props))
}

// DsRecord_IsConstruct reports whether x is a construct.
func DsRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DsRecord_IsOwnedResource reports whether construct is a Resource this app created.
func DsRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// DsRecord_IsResource reports whether construct is a Resource.
func DsRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewHealthCheck_Override initialises outer, a type embedding HealthCheck (how Go programs
// subclass it).
func NewHealthCheck_Override(outer HealthCheck, scope constructs.Construct, id *string, props *HealthCheckProps) {
	l2.Override(outer, NewHealthCheck(scope, id, props))
}

// HealthCheck_IsConstruct reports whether x is a construct.
func HealthCheck_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HealthCheck_IsOwnedResource reports whether construct is a Resource this app created.
func HealthCheck_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// HealthCheck_IsResource reports whether construct is a Resource.
func HealthCheck_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewHostedZone_Override initialises outer, a type embedding HostedZone (how Go programs
// subclass it).
func NewHostedZone_Override(outer HostedZone, scope constructs.Construct, id *string, props *HostedZoneProps) {
	l2.Override(outer, NewHostedZone(scope, id, props))
}

// HostedZone_IsConstruct reports whether x is a construct.
func HostedZone_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HostedZone_IsOwnedResource reports whether construct is a Resource this app created.
func HostedZone_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// HostedZone_IsResource reports whether construct is a Resource.
func HostedZone_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewHttpsRecord_Override initialises outer, a type embedding HttpsRecord (how Go programs
// subclass it).
func NewHttpsRecord_Override(outer HttpsRecord, scope constructs.Construct, id *string, props *HttpsRecordProps) {
	l2.Override(outer, NewHttpsRecord(scope, id, props))
}

// HttpsRecord_IsConstruct reports whether x is a construct.
func HttpsRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HttpsRecord_IsOwnedResource reports whether construct is a Resource this app created.
func HttpsRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// HttpsRecord_IsResource reports whether construct is a Resource.
func HttpsRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewKeySigningKey_Override initialises outer, a type embedding KeySigningKey (how Go programs
// subclass it).
func NewKeySigningKey_Override(outer KeySigningKey, scope constructs.Construct, id *string, props *KeySigningKeyProps) {
	l2.Override(outer, NewKeySigningKey(scope, id, props))
}

// KeySigningKey_IsConstruct reports whether x is a construct.
func KeySigningKey_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// KeySigningKey_IsOwnedResource reports whether construct is a Resource this app created.
func KeySigningKey_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// KeySigningKey_IsResource reports whether construct is a Resource.
func KeySigningKey_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewMxRecord_Override initialises outer, a type embedding MxRecord (how Go programs
// subclass it).
func NewMxRecord_Override(outer MxRecord, scope constructs.Construct, id *string, props *MxRecordProps) {
	l2.Override(outer, NewMxRecord(scope, id, props))
}

// MxRecord_IsConstruct reports whether x is a construct.
func MxRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// MxRecord_IsOwnedResource reports whether construct is a Resource this app created.
func MxRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// MxRecord_IsResource reports whether construct is a Resource.
func MxRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewNsRecord_Override initialises outer, a type embedding NsRecord (how Go programs
// subclass it).
func NewNsRecord_Override(outer NsRecord, scope constructs.Construct, id *string, props *NsRecordProps) {
	l2.Override(outer, NewNsRecord(scope, id, props))
}

// NsRecord_IsConstruct reports whether x is a construct.
func NsRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NsRecord_IsOwnedResource reports whether construct is a Resource this app created.
func NsRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NsRecord_IsResource reports whether construct is a Resource.
func NsRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewPrivateHostedZone_Override initialises outer, a type embedding PrivateHostedZone (how Go programs
// subclass it).
func NewPrivateHostedZone_Override(outer PrivateHostedZone, scope constructs.Construct, id *string, props *PrivateHostedZoneProps) {
	l2.Override(outer, NewPrivateHostedZone(scope, id, props))
}

// PrivateHostedZone_IsConstruct reports whether x is a construct.
func PrivateHostedZone_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// PrivateHostedZone_IsOwnedResource reports whether construct is a Resource this app created.
func PrivateHostedZone_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// PrivateHostedZone_IsResource reports whether construct is a Resource.
func PrivateHostedZone_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewPublicHostedZone_Override initialises outer, a type embedding PublicHostedZone (how Go programs
// subclass it).
func NewPublicHostedZone_Override(outer PublicHostedZone, scope constructs.Construct, id *string, props *PublicHostedZoneProps) {
	l2.Override(outer, NewPublicHostedZone(scope, id, props))
}

// PublicHostedZone_IsConstruct reports whether x is a construct.
func PublicHostedZone_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// PublicHostedZone_IsOwnedResource reports whether construct is a Resource this app created.
func PublicHostedZone_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// PublicHostedZone_IsResource reports whether construct is a Resource.
func PublicHostedZone_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewRecordSet_Override initialises outer, a type embedding RecordSet (how Go programs
// subclass it).
func NewRecordSet_Override(outer RecordSet, scope constructs.Construct, id *string, props *RecordSetProps) {
	l2.Override(outer, NewRecordSet(scope, id, props))
}

// RecordSet_IsConstruct reports whether x is a construct.
func RecordSet_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// RecordSet_IsOwnedResource reports whether construct is a Resource this app created.
func RecordSet_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// RecordSet_IsResource reports whether construct is a Resource.
func RecordSet_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewSrvRecord_Override initialises outer, a type embedding SrvRecord (how Go programs
// subclass it).
func NewSrvRecord_Override(outer SrvRecord, scope constructs.Construct, id *string, props *SrvRecordProps) {
	l2.Override(outer, NewSrvRecord(scope, id, props))
}

// SrvRecord_IsConstruct reports whether x is a construct.
func SrvRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// SrvRecord_IsOwnedResource reports whether construct is a Resource this app created.
func SrvRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// SrvRecord_IsResource reports whether construct is a Resource.
func SrvRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewSvcbRecord_Override initialises outer, a type embedding SvcbRecord (how Go programs
// subclass it).
func NewSvcbRecord_Override(outer SvcbRecord, scope constructs.Construct, id *string, props *SvcbRecordProps) {
	l2.Override(outer, NewSvcbRecord(scope, id, props))
}

// SvcbRecord_IsConstruct reports whether x is a construct.
func SvcbRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// SvcbRecord_IsOwnedResource reports whether construct is a Resource this app created.
func SvcbRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// SvcbRecord_IsResource reports whether construct is a Resource.
func SvcbRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewTxtRecord_Override initialises outer, a type embedding TxtRecord (how Go programs
// subclass it).
func NewTxtRecord_Override(outer TxtRecord, scope constructs.Construct, id *string, props *TxtRecordProps) {
	l2.Override(outer, NewTxtRecord(scope, id, props))
}

// TxtRecord_IsConstruct reports whether x is a construct.
func TxtRecord_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// TxtRecord_IsOwnedResource reports whether construct is a Resource this app created.
func TxtRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// TxtRecord_IsResource reports whether construct is a Resource.
func TxtRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewZoneDelegationRecord_Override initialises outer, a type embedding ZoneDelegationRecord (how Go programs
// subclass it).
func NewZoneDelegationRecord_Override(outer ZoneDelegationRecord, scope constructs.Construct, id *string, props *ZoneDelegationRecordProps) {
	l2.Override(outer, NewZoneDelegationRecord(scope, id, props))
}

// ZoneDelegationRecord_IsConstruct reports whether x is a construct.
func ZoneDelegationRecord_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// ZoneDelegationRecord_IsOwnedResource reports whether construct is a Resource this app created.
func ZoneDelegationRecord_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ZoneDelegationRecord_IsResource reports whether construct is a Resource.
func ZoneDelegationRecord_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewCrossAccountZoneDelegationRecord_Override initialises outer, a type
// embedding CrossAccountZoneDelegationRecord (how Go programs subclass it).
func NewCrossAccountZoneDelegationRecord_Override(outer CrossAccountZoneDelegationRecord, scope constructs.Construct, id *string, props *CrossAccountZoneDelegationRecordProps) {
	l2.Override(outer, NewCrossAccountZoneDelegationRecord(scope, id, props))
}

// NewRecordTarget_Override initialises outer, a type embedding RecordTarget.
func NewRecordTarget_Override(outer RecordTarget, values *[]*string, aliasTarget IAliasRecordTarget) {
	l2.Override(outer, NewRecordTarget(values, aliasTarget))
}
