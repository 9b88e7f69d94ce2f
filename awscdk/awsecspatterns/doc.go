// Package awsecspatterns is aws-cdk-go's ECS patterns in Strata: L3
// constructs that put an ECS service together with what usually goes with
// it. ApplicationLoadBalancedFargateService builds a Fargate task
// definition (or takes one), a service, an Application Load Balancer with a
// listener and target group, optionally a certificate, an HTTP→HTTPS
// redirect listener and a Route 53 record, and the LoadBalancerDNS and
// ServiceURL outputs.
//
// The package has no L1 of its own: it composes awsecs,
// awselasticloadbalancingv2, awsroute53 and awscertificatemanager, in the
// order aws-cdk-lib 2.276.0 does, so templates and logical IDs are the same
// (testdata holds aws-cdk-lib's templates for the JavaScript twins of the
// tests). Bad combinations (a certificate with HTTP, a domain name without
// a zone, …) are reported with the construct path and aws-cdk-lib's
// message.
package awsecspatterns
