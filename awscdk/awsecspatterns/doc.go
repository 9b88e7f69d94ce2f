// Package awsecspatterns is aws-cdk-go's ECS patterns in Strata: L3
// constructs that put an ECS service together with what usually goes with
// it, on Fargate or on EC2:
//
//   - ApplicationLoadBalancedFargateService / …Ec2Service: a task definition
//     (or the given one), a service, an Application Load Balancer with a
//     listener and target group, optionally a certificate (given, or
//     DNS-validated in the zone), an HTTP→HTTPS redirect listener and a
//     Route 53 A or CNAME record, and the LoadBalancerDNS and ServiceURL
//     outputs. TargetGroup().ConfigureHealthCheck and
//     Service().AutoScaleTaskCount work on what it made.
//   - NetworkLoadBalancedFargateService / …Ec2Service: the same behind a
//     Network Load Balancer (TLS with a listener certificate).
//   - ApplicationMultipleTargetGroups… and NetworkMultipleTargetGroups…:
//     several load balancers and named listeners, a target group per
//     container port, routed by host header or path.
//   - QueueProcessingFargateService / …Ec2Service: an SQS queue with a
//     dead-letter queue (or the given queue), a worker service with
//     QUEUE_NAME in its environment, CPU and step scaling on the backlog.
//   - ScheduledFargateTask / ScheduledEc2Task: an EventBridge rule that runs
//     the task on a schedule (through awseventstargets.EcsTask).
//
// The package has no L1 of its own: it composes awsecs,
// awselasticloadbalancingv2, awsroute53, awscertificatemanager, awssqs,
// awsapplicationautoscaling and awsevents in the order aws-cdk-lib 2.276.0
// does, so templates and logical IDs are the same (testdata holds
// aws-cdk-lib's templates for the JavaScript twins of the tests, under the
// `cdk init` context and, in testdata/cli, the CDK CLI's). Bad combinations
// (a certificate with HTTP, a domain name without a zone, …) are reported
// with the construct path and aws-cdk-lib's message.
// The load-balanced patterns register their service in Cloud Map when
// given CloudMapOptions, as aws-cdk-lib does.
package awsecspatterns
