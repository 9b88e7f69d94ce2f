package cloudassemblyschema

// ContextProvider names a context provider of the CDK CLI. As in aws-cdk-go,
// the Go value is the constant's name; the manifest carries the provider's
// wire name (ContextProvider_AVAILABILITY_ZONE_PROVIDER is written as
// "availability-zones").
type ContextProvider string

const (
	ContextProvider_AMI_PROVIDER                                ContextProvider = "AMI_PROVIDER"
	ContextProvider_AVAILABILITY_ZONE_PROVIDER                  ContextProvider = "AVAILABILITY_ZONE_PROVIDER"
	ContextProvider_HOSTED_ZONE_PROVIDER                        ContextProvider = "HOSTED_ZONE_PROVIDER"
	ContextProvider_SSM_PARAMETER_PROVIDER                      ContextProvider = "SSM_PARAMETER_PROVIDER"
	ContextProvider_VPC_PROVIDER                                ContextProvider = "VPC_PROVIDER"
	ContextProvider_ENDPOINT_SERVICE_AVAILABILITY_ZONE_PROVIDER ContextProvider = "ENDPOINT_SERVICE_AVAILABILITY_ZONE_PROVIDER"
	ContextProvider_LOAD_BALANCER_PROVIDER                      ContextProvider = "LOAD_BALANCER_PROVIDER"
	ContextProvider_LOAD_BALANCER_LISTENER_PROVIDER             ContextProvider = "LOAD_BALANCER_LISTENER_PROVIDER"
	ContextProvider_SECURITY_GROUP_PROVIDER                     ContextProvider = "SECURITY_GROUP_PROVIDER"
	ContextProvider_KEY_PROVIDER                                ContextProvider = "KEY_PROVIDER"
	ContextProvider_CC_API_PROVIDER                             ContextProvider = "CC_API_PROVIDER"
	ContextProvider_PLUGIN                                      ContextProvider = "PLUGIN"
)

// MissingContext is a context value the app needs and the context does not
// hold: the CLI looks it up with Provider and Props and runs the app again.
type MissingContext struct {
	// The key under which the value is stored in cdk.context.json.
	Key *string `field:"required" json:"key" yaml:"key"`
	// The provider's query (account, region and provider-specific props).
	Props interface{} `field:"required" json:"props" yaml:"props"`
	// Which provider performs the lookup.
	Provider ContextProvider `field:"required" json:"provider" yaml:"provider"`
}
