package awslogs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

// The statics aws-cdk-go gives every construct class of this package.

// CrossAccountDestination_IsConstruct reports whether x is a construct.
func CrossAccountDestination_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// CrossAccountDestination_IsResource reports whether construct is a Resource.
func CrossAccountDestination_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// CrossAccountDestination_IsOwnedResource reports whether construct is a Resource this app created.
func CrossAccountDestination_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// CrossAccountDestination_PROPERTY_INJECTION_ID is the id property injectors use for CrossAccountDestination.
func CrossAccountDestination_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-logs.CrossAccountDestination")
}

// LogGroup_IsConstruct reports whether x is a construct.
func LogGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// LogGroup_IsResource reports whether construct is a Resource.
func LogGroup_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// LogGroup_IsOwnedResource reports whether construct is a Resource this app created.
func LogGroup_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// LogGroup_PROPERTY_INJECTION_ID is the id property injectors use for LogGroup.
func LogGroup_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-log.LogGroup") }

// LogStream_IsConstruct reports whether x is a construct.
func LogStream_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// LogStream_IsResource reports whether construct is a Resource.
func LogStream_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// LogStream_IsOwnedResource reports whether construct is a Resource this app created.
func LogStream_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// LogStream_PROPERTY_INJECTION_ID is the id property injectors use for LogStream.
func LogStream_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-logs.LogStream") }

// MetricFilter_IsConstruct reports whether x is a construct.
func MetricFilter_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// MetricFilter_IsResource reports whether construct is a Resource.
func MetricFilter_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// MetricFilter_IsOwnedResource reports whether construct is a Resource this app created.
func MetricFilter_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// MetricFilter_PROPERTY_INJECTION_ID is the id property injectors use for MetricFilter.
func MetricFilter_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-logs.MetricFilter") }

// QueryDefinition_IsConstruct reports whether x is a construct.
func QueryDefinition_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// QueryDefinition_IsResource reports whether construct is a Resource.
func QueryDefinition_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// QueryDefinition_IsOwnedResource reports whether construct is a Resource this app created.
func QueryDefinition_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// QueryDefinition_PROPERTY_INJECTION_ID is the id property injectors use for QueryDefinition.
func QueryDefinition_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-logs.QueryDefinition")
}

// ResourcePolicy_IsConstruct reports whether x is a construct.
func ResourcePolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ResourcePolicy_IsResource reports whether construct is a Resource.
func ResourcePolicy_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ResourcePolicy_IsOwnedResource reports whether construct is a Resource this app created.
func ResourcePolicy_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ResourcePolicy_PROPERTY_INJECTION_ID is the id property injectors use for ResourcePolicy.
func ResourcePolicy_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-logs.ResourcePolicy")
}

// SubscriptionFilter_IsConstruct reports whether x is a construct.
func SubscriptionFilter_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// SubscriptionFilter_IsResource reports whether construct is a Resource.
func SubscriptionFilter_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// SubscriptionFilter_IsOwnedResource reports whether construct is a Resource this app created.
func SubscriptionFilter_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// SubscriptionFilter_PROPERTY_INJECTION_ID is the id property injectors use for SubscriptionFilter.
func SubscriptionFilter_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-logs.SubscriptionFilter")
}

// Transformer_IsConstruct reports whether x is a construct.
func Transformer_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Transformer_IsResource reports whether construct is a Resource.
func Transformer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Transformer_IsOwnedResource reports whether construct is a Resource this app created.
func Transformer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Transformer_PROPERTY_INJECTION_ID is the id property injectors use for Transformer.
func Transformer_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-logs.Transformer") }
