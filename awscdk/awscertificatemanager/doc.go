// Package awscertificatemanager is aws-cdk-go's awscertificatemanager: the
// generated L1s and Certificate — DNS validation in one hosted zone or one
// per domain (wildcards validated with their base domain), email
// validation (the validation domain given, or each domain's apex under
// the public suffix list aws-cdk-lib bundles, public_suffixes_gen.go from
// testdata/gen-public-suffixes.js), subject alternative names,
// key algorithms, transparency logging, export, the Name tag, imports and
// MetricDaysToExpiry —, PrivateCertificate (AWS Private CA) and the
// deprecated but still common DnsValidatedCertificate (a custom resource
// that requests, validates through Route 53 and awaits the certificate, and
// rejects a domain outside its zone), with templates identical to
// aws-cdk-lib 2.276.0's (testdata/, from twins.js) except the code asset
// of DnsValidatedCertificate's handler, which is Strata's own
// (internal/handlers/acmdnsvalidated).
package awscertificatemanager
