// Package ctxproviders performs the context lookups an app asks for in its
// cloud assembly's "missing" list (Vpc.fromLookup, StringParameter
// .valueFromLookup, Stack.availabilityZones, HostedZone.fromLookup,
// ApplicationLoadBalancer/ApplicationListener.fromLookup and their network
// twins, DatabaseInstance/DatabaseCluster.fromLookup through Cloud Control),
// with the AWS SDK for Go v2, returning values in the keys and shapes the
// CDK CLI's context providers write to cdk.context.json, so that a project
// moves between cdk and strata without losing its cache.
package ctxproviders
