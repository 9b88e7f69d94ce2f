package awsecs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IExternalTaskDefinition is a task definition for ECS Anywhere, owned or imported.
type IExternalTaskDefinition interface {
	ITaskDefinition
}

// ExternalTaskDefinitionProps are the props of NewExternalTaskDefinition.
type ExternalTaskDefinitionProps struct {
	EnableFaultInjection *bool              `field:"optional" json:"enableFaultInjection" yaml:"enableFaultInjection"`
	ExecutionRole        awsiam.IRole       `field:"optional" json:"executionRole" yaml:"executionRole"`
	Family               *string            `field:"optional" json:"family" yaml:"family"`
	ProxyConfiguration   ProxyConfiguration `field:"optional" json:"proxyConfiguration" yaml:"proxyConfiguration"`
	TaskRole             awsiam.IRole       `field:"optional" json:"taskRole" yaml:"taskRole"`
	Volumes              *[]*Volume         `field:"optional" json:"volumes" yaml:"volumes"`
	// Default: BRIDGE.
	NetworkMode NetworkMode `field:"optional" json:"networkMode" yaml:"networkMode"`
}

// ExternalTaskDefinitionAttributes identify an external task definition to import.
type ExternalTaskDefinitionAttributes struct {
	TaskDefinitionArn *string      `field:"required" json:"taskDefinitionArn" yaml:"taskDefinitionArn"`
	ExecutionRole     awsiam.IRole `field:"optional" json:"executionRole" yaml:"executionRole"`
	NetworkMode       NetworkMode  `field:"optional" json:"networkMode" yaml:"networkMode"`
	TaskRole          awsiam.IRole `field:"optional" json:"taskRole" yaml:"taskRole"`
}

// ExternalTaskDefinition is a task definition for ECS Anywhere (on-premises instances).
type ExternalTaskDefinition interface {
	TaskDefinition
	IExternalTaskDefinition
}

type externalTaskDefinition struct{ taskDefinition }

// ExternalTaskDefinition_PROPERTY_INJECTION_ID is the id property injectors use for ExternalTaskDefinition.
func ExternalTaskDefinition_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs.ExternalTaskDefinition")
}

// NewExternalTaskDefinition creates a task definition for ECS Anywhere.
func NewExternalTaskDefinition(scope constructs.Construct, id *string, props *ExternalTaskDefinitionProps) ExternalTaskDefinition {
	props = l2.Inject(*ExternalTaskDefinition_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ExternalTaskDefinitionProps{}
	}
	nm := props.NetworkMode
	if nm == "" {
		nm = NetworkMode_BRIDGE
	}
	t := &externalTaskDefinition{}
	t.self = t
	t.init(scope, id, &TaskDefinitionProps{EnableFaultInjection: props.EnableFaultInjection, ExecutionRole: props.ExecutionRole,
		Family: props.Family, ProxyConfiguration: props.ProxyConfiguration, TaskRole: props.TaskRole, Volumes: props.Volumes,
		Compatibility: Compatibility_EXTERNAL, NetworkMode: nm})
	return t
}

// AddInferenceAccelerator is not available on ECS Anywhere.
func (t *externalTaskDefinition) AddInferenceAccelerator(*InferenceAccelerator) {
	l2.Throw(t, "Cannot use inference accelerators on tasks that run on External service")
}

// ExternalTaskDefinition_FromEc2TaskDefinitionArn imports an external task definition by ARN.
func ExternalTaskDefinition_FromEc2TaskDefinitionArn(scope constructs.Construct, id *string, externalTaskDefinitionArn *string) IExternalTaskDefinition {
	return importTaskDefinition(scope, id, externalTaskDefinitionArn, "", "", nil, nil)
}

// ExternalTaskDefinition_FromExternalTaskDefinitionAttributes imports an external task definition with its roles and network mode.
func ExternalTaskDefinition_FromExternalTaskDefinitionAttributes(scope constructs.Construct, id *string, attrs *ExternalTaskDefinitionAttributes) IExternalTaskDefinition {
	if attrs == nil {
		attrs = &ExternalTaskDefinitionAttributes{}
	}
	return importTaskDefinition(scope, id, attrs.TaskDefinitionArn, Compatibility_EXTERNAL, attrs.NetworkMode, attrs.TaskRole, attrs.ExecutionRole)
}

// ExternalTaskDefinition_FromTaskDefinitionArn is TaskDefinition_FromTaskDefinitionArn.
func ExternalTaskDefinition_FromTaskDefinitionArn(scope constructs.Construct, id *string, taskDefinitionArn *string) ITaskDefinition {
	return TaskDefinition_FromTaskDefinitionArn(scope, id, taskDefinitionArn)
}

// ExternalTaskDefinition_FromTaskDefinitionAttributes is TaskDefinition_FromTaskDefinitionAttributes.
func ExternalTaskDefinition_FromTaskDefinitionAttributes(scope constructs.Construct, id *string, attrs *TaskDefinitionAttributes) ITaskDefinition {
	return TaskDefinition_FromTaskDefinitionAttributes(scope, id, attrs)
}

func ExternalTaskDefinition_IsConstruct(x interface{}) *bool          { return isConstruct(x) }
func ExternalTaskDefinition_IsResource(c constructs.IConstruct) *bool { return isResource(c) }
func ExternalTaskDefinition_IsOwnedResource(c constructs.IConstruct) *bool {
	return isOwnedResource(c)
}

// IExternalService is an ECS Anywhere service, owned or imported.
type IExternalService interface {
	IService
}

// ExternalServiceProps are the props of NewExternalService.
type ExternalServiceProps struct {
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
	TaskDefinition              TaskDefinition                    `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	// One task on every external instance; no desired count.
	Daemon         *bool                    `field:"optional" json:"daemon" yaml:"daemon"`
	SecurityGroups *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
}

// ExternalServiceAttributes identify an external service to import (ServiceArn or ServiceName).
type ExternalServiceAttributes struct {
	Cluster     ICluster `field:"required" json:"cluster" yaml:"cluster"`
	ServiceArn  *string  `field:"optional" json:"serviceArn" yaml:"serviceArn"`
	ServiceName *string  `field:"optional" json:"serviceName" yaml:"serviceName"`
}

// ExternalService is an ECS Anywhere service (AWS::ECS::Service with launch type EXTERNAL).
type ExternalService interface {
	BaseService
	IExternalService
}

type externalService struct{ baseService }

// ExternalService_PROPERTY_INJECTION_ID is the id property injectors use for ExternalService.
func ExternalService_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs.ExternalService")
}

// NewExternalService creates an ECS Anywhere service.
func NewExternalService(scope constructs.Construct, id *string, props *ExternalServiceProps) ExternalService {
	props = l2.Inject(*ExternalService_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.TaskDefinition == nil || props.Cluster == nil {
		l2.Throw(scope, "ExternalService %s needs Cluster and TaskDefinition", sv(id))
	}
	daemon := truthy(props.Daemon)
	if daemon {
		if c := props.DeploymentController; c != nil && (c.Type == DeploymentControllerType_EXTERNAL || c.Type == DeploymentControllerType_CODE_DEPLOY) {
			l2.Throw(scope, "CODE_DEPLOY or EXTERNAL deployment controller types don't support the DAEMON scheduling strategy.")
		}
		if props.DesiredCount != nil {
			l2.Throw(scope, "Daemon mode launches one task on every instance. Cannot specify desiredCount when daemon mode is enabled.")
		}
		if props.MaxHealthyPercent != nil && *props.MaxHealthyPercent != 100 {
			l2.Throw(scope, "Maximum percent must be 100 when daemon mode is enabled.")
		}
	}
	if props.MinHealthyPercent != nil && props.MaxHealthyPercent != nil && *props.MinHealthyPercent >= *props.MaxHealthyPercent {
		l2.Throw(scope, "Minimum healthy percent must be less than maximum healthy percent.")
	}
	td := props.TaskDefinition
	if td.Compatibility() != Compatibility_EXTERNAL {
		l2.Throw(scope, "Supplied TaskDefinition is not configured for compatibility with ECS Anywhere cluster")
	}
	if internalTaskDefinition(td) == nil {
		l2.Throw(scope, "the task definition of ExternalService %s must be one Strata created", sv(id))
	}
	if ns := props.Cluster.DefaultCloudMapNamespace(); ns != nil {
		l2.Throw(scope, "Cloud map integration is not supported for External service %s", *ns.Node().Path())
	}
	if props.CloudMapOptions != nil {
		l2.Throw(scope, "Cloud map options are not supported for External service")
	}
	if props.CapacityProviderStrategies != nil {
		l2.Throw(scope, "Capacity Providers are not supported for External service")
	}
	maxP, minP := props.MaxHealthyPercent, props.MinHealthyPercent
	if maxP == nil {
		maxP = num(100)
	}
	if minP == nil {
		minP = num(0)
	}
	s := &externalService{}
	s.self = s
	external := props.DeploymentController != nil && props.DeploymentController.Type == DeploymentControllerType_EXTERNAL
	s.initService(scope, id, &BaseServiceProps{
		Cluster: props.Cluster, BakeTime: props.BakeTime, CanaryConfiguration: props.CanaryConfiguration,
		CircuitBreaker: props.CircuitBreaker, DeploymentAlarms: props.DeploymentAlarms, DeploymentController: props.DeploymentController,
		DeploymentStrategy: props.DeploymentStrategy, DesiredCount: props.DesiredCount, EnableECSManagedTags: props.EnableECSManagedTags,
		EnableExecuteCommand: props.EnableExecuteCommand, ForceNewDeployment: props.ForceNewDeployment,
		HealthCheckGracePeriod: props.HealthCheckGracePeriod, LinearConfiguration: props.LinearConfiguration, LifecycleHooks: props.LifecycleHooks,
		MaxHealthyPercent: maxP, MinHealthyPercent: minP, PropagateTags: props.PropagateTags, ServiceName: props.ServiceName, ServiceConnectConfiguration: props.ServiceConnectConfiguration,
		TaskDefinitionRevision: props.TaskDefinitionRevision, VolumeConfigurations: props.VolumeConfigurations, LaunchType: LaunchType_EXTERNAL,
	}, func(c *CfnServiceProps) {
		c.Cluster = props.Cluster.ClusterName()
		if !external {
			c.TaskDefinition = td.TaskDefinitionArn()
		}
		if daemon {
			c.SchedulingStrategy = str("DAEMON")
		}
	}, td)
	s.Node().AddValidation(l2.Validation(func() []string {
		if s.td.DefaultContainer() == nil {
			return []string{"A TaskDefinition must have at least one essential container"}
		}
		return nil
	}))
	s.Node().AddValidation(l2.Validation(func() []string {
		if s.netConfig != nil {
			return []string{"Network configurations not supported for an external service"}
		}
		return nil
	}))
	if props.MinHealthyPercent == nil {
		awscdk.Annotations_Of(s).AddWarningV2(jsii.String("@aws-cdk/aws-ecs:minHealthyPercentExternal"),
			jsii.String("minHealthyPercent has not been configured so the default value of 0% for an external service is used. The number of running tasks will decrease below the desired count during deployments etc. See https://github.com/aws/aws-cdk/issues/31705"))
	}
	return s
}

func (s *externalService) AttachToApplicationTargetGroup(elbv2.IApplicationTargetGroup) *elbv2.LoadBalancerTargetProps {
	l2.Throw(s, "Application load balancer cannot be attached to an external service")
	return nil
}
func (s *externalService) LoadBalancerTarget(*LoadBalancerTargetOptions) IEcsLoadBalancerTarget {
	l2.Throw(s, "External service cannot be attached as load balancer targets")
	return nil
}
func (s *externalService) RegisterLoadBalancerTargets(...*EcsTarget) {
	l2.Throw(s, "External service cannot be registered as load balancer targets")
}
func (s *externalService) ConfigureAwsVpcNetworkingWithSecurityGroups(awsec2.IVpc, *bool, *awsec2.SubnetSelection, *[]awsec2.ISecurityGroup) {
	l2.Throw(s, "Only Bridge network mode is supported for external service")
}
func (s *externalService) AutoScaleTaskCount(*awsapplicationautoscaling.EnableScalingProps) ScalableTaskCount {
	l2.Throw(s, "Autoscaling not supported for external service")
	return nil
}

// ExternalService_FromExternalServiceArn imports an external service by ARN.
func ExternalService_FromExternalServiceArn(scope constructs.Construct, id *string, externalServiceArn *string) IExternalService {
	name := awscdk.Stack_Of(scope).SplitArn(externalServiceArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
	return newImportedService(scope, id, externalServiceArn, name, nil, false)
}

// ExternalService_FromExternalServiceAttributes imports an external service by ARN or name.
func ExternalService_FromExternalServiceAttributes(scope constructs.Construct, id *string, attrs *ExternalServiceAttributes) IBaseService {
	if attrs == nil {
		attrs = &ExternalServiceAttributes{}
	}
	return fromServiceAttributes(scope, id, serviceAttributes{cluster: attrs.Cluster, serviceArn: attrs.ServiceArn, serviceName: attrs.ServiceName})
}

// ExternalService_FromServiceArnWithCluster imports a service by an ARN in the new format.
func ExternalService_FromServiceArnWithCluster(scope constructs.Construct, id *string, serviceArn *string) IBaseService {
	return BaseService_FromServiceArnWithCluster(scope, id, serviceArn)
}

func ExternalService_IsConstruct(x interface{}) *bool               { return isConstruct(x) }
func ExternalService_IsResource(c constructs.IConstruct) *bool      { return isResource(c) }
func ExternalService_IsOwnedResource(c constructs.IConstruct) *bool { return isOwnedResource(c) }
