package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
)

// The ids property injectors (awscdk.PropertyInjectors) know these tasks
// by; their constructors hand their props to the nearest injector.

// EcsRunTask_PROPERTY_INJECTION_ID is the id property injectors use for EcsRunTask.
func EcsRunTask_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-stepfunctions-tasks.EcsRunTask")
}

// CallApiGatewayRestApiEndpoint_PROPERTY_INJECTION_ID is the id property injectors use for CallApiGatewayRestApiEndpoint.
func CallApiGatewayRestApiEndpoint_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayRestApiEndpoint")
}

// CallApiGatewayHttpApiEndpoint_PROPERTY_INJECTION_ID is the id property injectors use for CallApiGatewayHttpApiEndpoint.
func CallApiGatewayHttpApiEndpoint_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayHttpApiEndpoint")
}

// CommonEcsRunTaskProps is the props aws-cdk-lib's older ECS task classes
// share (the cluster, task definition, overrides and pattern), kept for
// programs that name the type.
type CommonEcsRunTaskProps struct {
	Cluster            awsecs.ICluster                            `field:"required" json:"cluster" yaml:"cluster"`
	TaskDefinition     awsecs.TaskDefinition                      `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	ContainerOverrides *[]*ContainerOverride                      `field:"optional" json:"containerOverrides" yaml:"containerOverrides"`
	IntegrationPattern awsstepfunctions.ServiceIntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
}
