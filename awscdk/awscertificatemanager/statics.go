package awscertificatemanager

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the value in the user's struct.

// NewCertificate_Override initialises outer, a type embedding Certificate.
func NewCertificate_Override(outer Certificate, scope constructs.Construct, id *string, props *CertificateProps) {
	l2.Override(outer, NewCertificate(scope, id, props))
}

// NewDnsValidatedCertificate_Override initialises outer, a type embedding DnsValidatedCertificate.
func NewDnsValidatedCertificate_Override(outer DnsValidatedCertificate, scope constructs.Construct, id *string, props *DnsValidatedCertificateProps) {
	l2.Override(outer, NewDnsValidatedCertificate(scope, id, props))
}

// NewPrivateCertificate_Override initialises outer, a type embedding PrivateCertificate.
func NewPrivateCertificate_Override(outer PrivateCertificate, scope constructs.Construct, id *string, props *PrivateCertificateProps) {
	l2.Override(outer, NewPrivateCertificate(scope, id, props))
}

// NewKeyAlgorithm_Override initialises outer, a type embedding KeyAlgorithm.
func NewKeyAlgorithm_Override(outer KeyAlgorithm, name *string) {
	l2.Override(outer, NewKeyAlgorithm(name))
}

// DnsValidatedCertificate_IsConstruct reports whether x is a construct.
func DnsValidatedCertificate_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// DnsValidatedCertificate_IsOwnedResource reports whether construct is a Resource this app created.
func DnsValidatedCertificate_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// DnsValidatedCertificate_IsResource reports whether construct is a Resource.
func DnsValidatedCertificate_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// PrivateCertificate_IsConstruct reports whether x is a construct.
func PrivateCertificate_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// PrivateCertificate_IsOwnedResource reports whether construct is a Resource this app created.
func PrivateCertificate_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// PrivateCertificate_IsResource reports whether construct is a Resource.
func PrivateCertificate_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
