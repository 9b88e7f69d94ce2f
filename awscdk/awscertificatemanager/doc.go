// Package awscertificatemanager is aws-cdk-go's awscertificatemanager: the
// generated L1s and Certificate — DNS validation in one hosted zone or one
// per domain (wildcards validated with their base domain), email
// validation with explicit validation domains, subject alternative names,
// key algorithms, transparency logging, export, the Name tag, imports and
// MetricDaysToExpiry — templates identical to aws-cdk-lib 2.276.0's
// (testdata/, from twins.js).
//
// Not yet: email validation that derives the validation domain from the
// public suffix list (set CertificateValidation_FromEmail's domains),
// DnsValidatedCertificate and PrivateCertificate.
package awscertificatemanager
