// Package awsroute53patterns holds Route 53 patterns, mirroring aws-cdk-go's
// awsroute53patterns: HttpsRedirect sends every request for a set of domain
// names to another domain over HTTPS, with an S3 website bucket doing the
// redirect behind a CloudFront distribution, an ACM certificate (created in
// us-east-1, as CloudFront needs, or given) and A/AAAA alias records.
package awsroute53patterns
