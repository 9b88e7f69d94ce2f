package awsecs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IFargateService is a Fargate service, owned or imported.
type IFargateService interface {
	IService
}

// FargateServiceProps are the props of NewFargateService.
type FargateServiceProps struct {
	Cluster                     ICluster                          `field:"required" json:"cluster" yaml:"cluster"`
	BakeTime                    awscdk.Duration                   `field:"optional" json:"bakeTime" yaml:"bakeTime"`
	CanaryConfiguration         *TrafficShiftConfig               `field:"optional" json:"canaryConfiguration" yaml:"canaryConfiguration"`
	CapacityProviderStrategies  *[]*CapacityProviderStrategy      `field:"optional" json:"capacityProviderStrategies" yaml:"capacityProviderStrategies"`
	CircuitBreaker              *DeploymentCircuitBreaker         `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	CloudMapOptions             *CloudMapOptions                  `field:"optional" json:"cloudMapOptions" yaml:"cloudMapOptions"`
	DeploymentAlarms            *DeploymentAlarmConfig            `field:"optional" json:"deploymentAlarms" yaml:"deploymentAlarms"`
	DeploymentController        *DeploymentController             `field:"optional" json:"deploymentController" yaml:"deploymentController"`
	DeploymentStrategy          DeploymentStrategy                `field:"optional" json:"deploymentStrategy" yaml:"deploymentStrategy"`
	DesiredCount                *float64                          `field:"optional" json:"desiredCount" yaml:"desiredCount"`
	EnableECSManagedTags        *bool                             `field:"optional" json:"enableECSManagedTags" yaml:"enableECSManagedTags"`
	EnableExecuteCommand        *bool                             `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	ForceNewDeployment          *ForceNewDeployment               `field:"optional" json:"forceNewDeployment" yaml:"forceNewDeployment"`
	HealthCheckGracePeriod      awscdk.Duration                   `field:"optional" json:"healthCheckGracePeriod" yaml:"healthCheckGracePeriod"`
	LifecycleHooks              *[]IDeploymentLifecycleHookTarget `field:"optional" json:"lifecycleHooks" yaml:"lifecycleHooks"`
	LinearConfiguration         *TrafficShiftConfig               `field:"optional" json:"linearConfiguration" yaml:"linearConfiguration"`
	MaxHealthyPercent           *float64                          `field:"optional" json:"maxHealthyPercent" yaml:"maxHealthyPercent"`
	MinHealthyPercent           *float64                          `field:"optional" json:"minHealthyPercent" yaml:"minHealthyPercent"`
	PropagateTags               PropagatedTagSource               `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	ServiceConnectConfiguration *ServiceConnectProps              `field:"optional" json:"serviceConnectConfiguration" yaml:"serviceConnectConfiguration"`
	ServiceName                 *string                           `field:"optional" json:"serviceName" yaml:"serviceName"`
	TaskDefinitionRevision      TaskDefinitionRevision            `field:"optional" json:"taskDefinitionRevision" yaml:"taskDefinitionRevision"`
	VolumeConfigurations        *[]ServiceManagedVolume           `field:"optional" json:"volumeConfigurations" yaml:"volumeConfigurations"`
	// The task definition (Fargate-compatible) of the service's tasks.
	TaskDefinition              TaskDefinition              `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	AssignPublicIp              *bool                       `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	AvailabilityZoneRebalancing AvailabilityZoneRebalancing `field:"optional" json:"availabilityZoneRebalancing" yaml:"availabilityZoneRebalancing"`
	PlatformVersion             FargatePlatformVersion      `field:"optional" json:"platformVersion" yaml:"platformVersion"`
	SecurityGroups              *[]awsec2.ISecurityGroup    `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	VpcSubnets                  *awsec2.SubnetSelection     `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// FargateServiceAttributes identify a Fargate service to import (ServiceArn or ServiceName).
type FargateServiceAttributes struct {
	Cluster     ICluster `field:"required" json:"cluster" yaml:"cluster"`
	ServiceArn  *string  `field:"optional" json:"serviceArn" yaml:"serviceArn"`
	ServiceName *string  `field:"optional" json:"serviceName" yaml:"serviceName"`
}

// FargateService is an ECS service on Fargate (AWS::ECS::Service).
type FargateService interface {
	BaseService
	IFargateService
}

type fargateService struct{ baseService }

// FargateService_PROPERTY_INJECTION_ID is the id property injectors use for FargateService.
func FargateService_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs.FargateService")
}

var unsupportedPlatformVersions = map[FargatePlatformVersion]bool{FargatePlatformVersion_VERSION1_0: true,
	FargatePlatformVersion_VERSION1_1: true, FargatePlatformVersion_VERSION1_2: true, FargatePlatformVersion_VERSION1_3: true}

// NewFargateService creates a Fargate service in the cluster's VPC (private subnets, a new security group, unless told).
func NewFargateService(scope constructs.Construct, id *string, props *FargateServiceProps) FargateService {
	props = l2.Inject(*FargateService_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.TaskDefinition == nil || props.Cluster == nil {
		l2.Throw(scope, "FargateService %s needs Cluster and TaskDefinition", sv(id))
	}
	td := props.TaskDefinition
	if !truthy(td.IsFargateCompatible()) && !truthy(td.IsManagedInstancesCompatible()) {
		l2.Throw(scope, "Supplied TaskDefinition is not configured for compatibility with Fargate or Managed Instances")
	}
	if internalTaskDefinition(td) == nil {
		l2.Throw(scope, "the task definition of FargateService %s must be one Strata created", sv(id))
	}
	if props.AvailabilityZoneRebalancing == AvailabilityZoneRebalancing_ENABLED && props.MaxHealthyPercent != nil &&
		!isTokenNum(props.MaxHealthyPercent) && *props.MaxHealthyPercent == 100 {
		l2.Throw(scope, "AvailabilityZoneRebalancing.ENABLED requires maxHealthyPercent > 100")
	}
	unsupported := unsupportedPlatformVersions[props.PlatformVersion]
	isWindows := false
	if rp := internalTaskDefinition(td).runtime; rp != nil && rp.OperatingSystemFamily != nil {
		isWindows = truthy(rp.OperatingSystemFamily.IsWindows())
	}
	if e := internalTaskDefinition(td).ephemeral; e != nil && *e != 0 && unsupported && !isWindows {
		l2.Throw(scope, "The ephemeralStorageGiB feature requires platform version 1.4.0 or later for Linux tasks, got %s.", fargatePlatformVersionValues[props.PlatformVersion])
	}
	if internalTaskDefinition(td).pidMode != "" && unsupported {
		l2.Throw(scope, "The pidMode feature requires platform version 1.4.0 or later, got %s.", fargatePlatformVersionValues[props.PlatformVersion])
	}
	s := &fargateService{}
	s.self = s
	external := props.DeploymentController != nil && props.DeploymentController.Type == DeploymentControllerType_EXTERNAL
	s.initService(scope, id, &BaseServiceProps{
		Cluster: props.Cluster, BakeTime: props.BakeTime, CanaryConfiguration: props.CanaryConfiguration,
		CapacityProviderStrategies: props.CapacityProviderStrategies, CircuitBreaker: props.CircuitBreaker, CloudMapOptions: props.CloudMapOptions,
		DeploymentAlarms: props.DeploymentAlarms, DeploymentController: props.DeploymentController, DeploymentStrategy: props.DeploymentStrategy,
		DesiredCount: props.DesiredCount, EnableECSManagedTags: props.EnableECSManagedTags, EnableExecuteCommand: props.EnableExecuteCommand,
		ForceNewDeployment: props.ForceNewDeployment, HealthCheckGracePeriod: props.HealthCheckGracePeriod,
		LinearConfiguration: props.LinearConfiguration, LifecycleHooks: props.LifecycleHooks, MaxHealthyPercent: props.MaxHealthyPercent, MinHealthyPercent: props.MinHealthyPercent,
		PropagateTags: props.PropagateTags, ServiceName: props.ServiceName, ServiceConnectConfiguration: props.ServiceConnectConfiguration, TaskDefinitionRevision: props.TaskDefinitionRevision, VolumeConfigurations: props.VolumeConfigurations,
		LaunchType: LaunchType_FARGATE,
	}, func(c *CfnServiceProps) {
		c.Cluster = props.Cluster.ClusterName()
		if !external {
			c.TaskDefinition = td.TaskDefinitionArn()
		}
		if props.PlatformVersion != "" {
			c.PlatformVersion = str(fargatePlatformVersionValues[props.PlatformVersion])
		}
		if props.AvailabilityZoneRebalancing != "" {
			c.AvailabilityZoneRebalancing = str(string(props.AvailabilityZoneRebalancing))
		}
	}, td)
	if !external {
		s.ConfigureAwsVpcNetworkingWithSecurityGroups(props.Cluster.Vpc(), props.AssignPublicIp, props.VpcSubnets, props.SecurityGroups)
	}
	s.Node().AddValidation(l2.Validation(func() []string {
		if truthy(s.td.ReferencesSecretJsonField()) && unsupported {
			return []string{"The task definition of this service uses at least one container that references a secret JSON field. This feature requires platform version 1.4.0 or later."}
		}
		return nil
	}))
	s.Node().AddValidation(l2.Validation(func() []string {
		if s.td.DefaultContainer() == nil {
			return []string{"A TaskDefinition must have at least one essential container"}
		}
		return nil
	}))
	return s
}

// FargateService_FromFargateServiceArn imports a Fargate service by ARN.
func FargateService_FromFargateServiceArn(scope constructs.Construct, id *string, fargateServiceArn *string) IFargateService {
	s := newImportedService(scope, id, fargateServiceArn, nil, nil, false)
	s.name = serviceNameFromArn(s, fargateServiceArn)
	return s
}

// FargateService_FromFargateServiceAttributes imports a Fargate service by ARN or name.
func FargateService_FromFargateServiceAttributes(scope constructs.Construct, id *string, attrs *FargateServiceAttributes) IBaseService {
	if attrs == nil {
		attrs = &FargateServiceAttributes{}
	}
	return fromServiceAttributes(scope, id, serviceAttributes{cluster: attrs.Cluster, serviceArn: attrs.ServiceArn, serviceName: attrs.ServiceName})
}

// FargateService_FromServiceArnWithCluster imports a service by an ARN in the new format.
func FargateService_FromServiceArnWithCluster(scope constructs.Construct, id *string, serviceArn *string) IBaseService {
	return BaseService_FromServiceArnWithCluster(scope, id, serviceArn)
}
