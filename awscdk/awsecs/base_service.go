package awsecs

import (
	"fmt"
	"strings"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elb "github.com/strata-cdk/strata/awscdk/awselasticloadbalancing"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsservicediscovery"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsecs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IService is an ECS service, owned or imported.
type IService interface {
	awscdk.IResource
	interfacesawsecs.IServiceRef
	ServiceArn() *string
	ServiceName() *string
}

// IBaseService is an ECS service with its cluster.
type IBaseService interface {
	IService
	Cluster() ICluster
}

// DeploymentCircuitBreaker stops (and optionally rolls back) a failing deployment.
type DeploymentCircuitBreaker struct {
	// Default: true.
	Enable *bool `field:"optional" json:"enable" yaml:"enable"`
	// Default: false.
	Rollback *bool `field:"optional" json:"rollback" yaml:"rollback"`
}

// DeploymentController says who deploys a service's tasks.
type DeploymentController struct {
	Type DeploymentControllerType `field:"optional" json:"type" yaml:"type"`
}

// AlarmBehavior is what a deployment alarm does.
type AlarmBehavior string

const (
	AlarmBehavior_ROLLBACK_ON_ALARM AlarmBehavior = "ROLLBACK_ON_ALARM"
	AlarmBehavior_FAIL_ON_ALARM     AlarmBehavior = "FAIL_ON_ALARM"
)

// DeploymentAlarmConfig names the alarms that stop a deployment.
type DeploymentAlarmConfig struct {
	Behavior   AlarmBehavior `field:"optional" json:"behavior" yaml:"behavior"`
	AlarmNames *[]*string    `field:"required" json:"alarmNames" yaml:"alarmNames"`
}

// DeploymentAlarmOptions are the options of EnableDeploymentAlarms.
type DeploymentAlarmOptions struct {
	Behavior AlarmBehavior `field:"optional" json:"behavior" yaml:"behavior"`
}

// DeploymentStrategy is how ECS replaces a service's tasks.
type DeploymentStrategy string

const (
	DeploymentStrategy_ROLLING    DeploymentStrategy = "ROLLING"
	DeploymentStrategy_BLUE_GREEN DeploymentStrategy = "BLUE_GREEN"
	DeploymentStrategy_LINEAR     DeploymentStrategy = "LINEAR"
	DeploymentStrategy_CANARY     DeploymentStrategy = "CANARY"
)

// TrafficShiftConfig is a linear or canary traffic shift.
type TrafficShiftConfig struct {
	StepBakeTime awscdk.Duration `field:"optional" json:"stepBakeTime" yaml:"stepBakeTime"`
	StepPercent  *float64        `field:"optional" json:"stepPercent" yaml:"stepPercent"`
}

// ForceNewDeployment forces a deployment on every stack update (or when the nonce changes).
type ForceNewDeployment struct {
	Enabled *bool   `field:"required" json:"enabled" yaml:"enabled"`
	Nonce   *string `field:"optional" json:"nonce" yaml:"nonce"`
}

// AvailabilityZoneRebalancing says whether ECS rebalances tasks across AZs.
type AvailabilityZoneRebalancing string

const (
	AvailabilityZoneRebalancing_ENABLED  AvailabilityZoneRebalancing = "ENABLED"
	AvailabilityZoneRebalancing_DISABLED AvailabilityZoneRebalancing = "DISABLED"
)

// TaskDefinitionRevision pins the task definition revision a service runs.
type TaskDefinitionRevision interface {
	Revision() *string
}

type taskDefinitionRevision string

func (r taskDefinitionRevision) Revision() *string { return str(string(r)) }

// TaskDefinitionRevision_LATEST is the latest ACTIVE revision.
func TaskDefinitionRevision_LATEST() TaskDefinitionRevision { return taskDefinitionRevision("latest") }

// TaskDefinitionRevision_Of is a given revision (1 or more).
func TaskDefinitionRevision_Of(revision *float64) TaskDefinitionRevision {
	if revision == nil || *revision < 1 {
		v := 0.0
		if revision != nil {
			v = *revision
		}
		diag.Panic("", "A task definition revision must be 'latest' or a positive number, got %v", v)
	}
	return taskDefinitionRevision(fmtNum(*revision))
}

// BaseServiceOptions are the props every kind of service takes.
type BaseServiceOptions struct {
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
}

// BaseServiceProps are BaseServiceOptions with the launch type.
type BaseServiceProps struct {
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
	LaunchType                  LaunchType                        `field:"required" json:"launchType" yaml:"launchType"`
	PropagateTaskTagsFrom       PropagatedTagSource               `field:"optional" json:"propagateTaskTagsFrom" yaml:"propagateTaskTagsFrom"`
}

// LoadBalancerTargetOptions pick the container and port a load balancer sends traffic to.
type LoadBalancerTargetOptions struct {
	ContainerName   *string          `field:"required" json:"containerName" yaml:"containerName"`
	AlternateTarget IAlternateTarget `field:"optional" json:"alternateTarget" yaml:"alternateTarget"`
	ContainerPort   *float64         `field:"optional" json:"containerPort" yaml:"containerPort"`
	Protocol        Protocol         `field:"optional" json:"protocol" yaml:"protocol"`
}

// IEcsLoadBalancerTarget is a container of a service, as a load balancer target.
type IEcsLoadBalancerTarget interface {
	elbv2.IApplicationLoadBalancerTarget
	elb.ILoadBalancerTarget
	elbv2.INetworkLoadBalancerTarget
	awsec2.IConnectable
}

// ListenerConfig adds a service's container to a listener (RegisterLoadBalancerTargets).
type ListenerConfig interface {
	AddTargets(id *string, target *LoadBalancerTargetOptions, service BaseService)
}

type appListenerConfig struct {
	listener elbv2.ApplicationListener
	props    elbv2.AddApplicationTargetsProps
}

// ListenerConfig_ApplicationListener adds targets to an application listener, with props for their target group.
func ListenerConfig_ApplicationListener(listener elbv2.ApplicationListener, props *elbv2.AddApplicationTargetsProps) ListenerConfig {
	c := &appListenerConfig{listener: listener}
	if props != nil {
		c.props = *props
	}
	return c
}

func (c *appListenerConfig) AddTargets(id *string, target *LoadBalancerTargetOptions, service BaseService) {
	p := c.props
	if p.Port == nil {
		p.Port = num(80)
		if p.Protocol == elbv2.ApplicationProtocol_HTTPS {
			p.Port = num(443)
		}
	}
	p.Targets = &[]elbv2.IApplicationLoadBalancerTarget{service.LoadBalancerTarget(target)}
	c.listener.AddTargets(id, &p)
}

type netListenerConfig struct {
	listener elbv2.NetworkListener
	props    elbv2.AddNetworkTargetsProps
}

// ListenerConfig_NetworkListener adds targets to a network listener, with props for their target group.
func ListenerConfig_NetworkListener(listener elbv2.NetworkListener, props *elbv2.AddNetworkTargetsProps) ListenerConfig {
	c := &netListenerConfig{listener: listener}
	if props != nil {
		c.props = *props
	}
	return c
}

func (c *netListenerConfig) AddTargets(id *string, target *LoadBalancerTargetOptions, service BaseService) {
	p := c.props
	if p.Port == nil {
		p.Port = num(80)
	}
	p.Targets = &[]elbv2.INetworkLoadBalancerTarget{service.LoadBalancerTarget(target)}
	c.listener.AddTargets(id, &p)
}

// EcsTarget registers a container of a service with a listener.
type EcsTarget struct {
	ContainerName    *string        `field:"required" json:"containerName" yaml:"containerName"`
	Listener         ListenerConfig `field:"required" json:"listener" yaml:"listener"`
	NewTargetGroupId *string        `field:"required" json:"newTargetGroupId" yaml:"newTargetGroupId"`
	ContainerPort    *float64       `field:"optional" json:"containerPort" yaml:"containerPort"`
	Protocol         Protocol       `field:"optional" json:"protocol" yaml:"protocol"`
}

// BaseService is what every kind of ECS service shares.
type BaseService interface {
	awscdk.Resource
	IBaseService
	elb.ILoadBalancerTarget
	cloudMapMethods
	elbv2.IApplicationLoadBalancerTarget
	elbv2.INetworkLoadBalancerTarget
	Connections() awsec2.Connections
	DeploymentAlarms() *CfnService_DeploymentAlarmsProperty
	SetDeploymentAlarms(val *CfnService_DeploymentAlarmsProperty)
	LoadBalancers() *[]*CfnService_LoadBalancerProperty
	SetLoadBalancers(val *[]*CfnService_LoadBalancerProperty)
	NetworkConfiguration() *CfnService_NetworkConfigurationProperty
	SetNetworkConfiguration(val *CfnService_NetworkConfigurationProperty)
	ServiceRegistries() *[]*CfnService_ServiceRegistryProperty
	SetServiceRegistries(val *[]*CfnService_ServiceRegistryProperty)
	TaskDefinition() TaskDefinition
	ConfigureAwsVpcNetworkingWithSecurityGroups(vpc awsec2.IVpc, assignPublicIp *bool, vpcSubnets *awsec2.SubnetSelection, securityGroups *[]awsec2.ISecurityGroup)
	EnableDeploymentAlarms(alarmNames *[]*string, options *DeploymentAlarmOptions)
	EnableServiceConnect(config *ServiceConnectProps)
	AddLifecycleHook(target IDeploymentLifecycleHookTarget)
	AddVolume(volume ServiceManagedVolume)
	ForceNewDeployment(nonce *string)
	IsUsingECSDeploymentController() *bool
	LoadBalancerTarget(options *LoadBalancerTargetOptions) IEcsLoadBalancerTarget
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCpuUtilization(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricMemoryUtilization(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	RegisterLoadBalancerTargets(targets ...*EcsTarget)
	AutoScaleTaskCount(props *awsapplicationautoscaling.EnableScalingProps) ScalableTaskCount
}

type baseService struct {
	awscdk.Resource
	self           BaseService
	res            CfnService
	td             TaskDefinition
	tdi            *taskDefinition
	cluster        ICluster
	conns          awsec2.Connections
	ecsController  bool
	lbs            []*CfnService_LoadBalancerProperty
	grace          awscdk.Duration
	netConfig      *CfnService_NetworkConfigurationProperty
	alarms         *CfnService_DeploymentAlarmsProperty
	registries     []*CfnService_ServiceRegistryProperty
	deployConfig   *CfnService_DeploymentConfigurationProperty
	scaling        ScalableTaskCount
	serviceConnect bool
	volumes        []ServiceManagedVolume
	hooks          []IDeploymentLifecycleHookTarget
	cloudmap       awsservicediscovery.Service
}

// initService is aws-cdk-lib's BaseService constructor; extra sets the
// properties the concrete service adds.
func (s *baseService) initService(scope constructs.Construct, id *string, props *BaseServiceProps, extra func(*CfnServiceProps), td TaskDefinition) {
	s.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ServiceName})
	host.Set(s.Resource, s.self)
	if props.PropagateTags != "" && props.PropagateTaskTagsFrom != "" {
		l2.Throw(s, "You can only specify either propagateTags or propagateTaskTagsFrom. Alternatively, you can leave both blank")
	}
	s.td = td
	s.tdi = internalTaskDefinition(td)
	s.cluster = props.Cluster
	s.conns = awsec2.NewConnections(nil)
	external := props.DeploymentController != nil && props.DeploymentController.Type == DeploymentControllerType_EXTERNAL
	var launchType *string
	if !external && props.CapacityProviderStrategies == nil && props.LaunchType != "" {
		launchType = str(string(props.LaunchType))
	}
	tagSource := props.PropagateTaskTagsFrom
	if tagSource == "" {
		tagSource = props.PropagateTags
	}
	controller := props.DeploymentController
	if controller == nil && props.CircuitBreaker != nil &&
		!*awscdk.FeatureFlags_Of(s).IsEnabled(jsii.String("@aws-cdk/aws-ecs:disableExplicitDeploymentControllerForCircuitBreaker")) {
		controller = &DeploymentController{Type: DeploymentControllerType_ECS}
	}
	s.ecsController = controller == nil || controller.Type == DeploymentControllerType_ECS || controller.Type == ""
	dc := &CfnService_DeploymentConfigurationProperty{MaximumPercent: props.MaxHealthyPercent, MinimumHealthyPercent: props.MinHealthyPercent}
	if dc.MaximumPercent == nil || *dc.MaximumPercent == 0 {
		dc.MaximumPercent = num(200)
	}
	if dc.MinimumHealthyPercent == nil {
		dc.MinimumHealthyPercent = num(50)
	}
	if cb := props.CircuitBreaker; cb != nil {
		dc.DeploymentCircuitBreaker = &CfnService_DeploymentCircuitBreakerProperty{Enable: boolp(cb.Enable == nil || *cb.Enable), Rollback: boolp(truthy(cb.Rollback))}
	}
	if props.DeploymentStrategy != "" {
		dc.Strategy = str(string(props.DeploymentStrategy))
	}
	if props.BakeTime != nil {
		dc.BakeTimeInMinutes = props.BakeTime.ToMinutes(nil)
	}
	if lc := props.LinearConfiguration; lc != nil {
		r := &CfnService_LinearConfigurationProperty{StepPercent: lc.StepPercent}
		if lc.StepBakeTime != nil {
			r.StepBakeTimeInMinutes = lc.StepBakeTime.ToMinutes(nil)
		}
		dc.LinearConfiguration = r
	}
	if cc := props.CanaryConfiguration; cc != nil {
		r := &CfnService_CanaryConfigurationProperty{CanaryPercent: cc.StepPercent}
		if cc.StepBakeTime != nil {
			r.CanaryBakeTimeInMinutes = cc.StepBakeTime.ToMinutes(nil)
		}
		dc.CanaryConfiguration = r
	}
	dc.LifecycleHooks = lazyAny(s.renderLifecycleHooks)
	s.deployConfig = dc
	cfn := &CfnServiceProps{
		DesiredCount: props.DesiredCount, ServiceName: s.PhysicalName(), DeploymentConfiguration: dc,
		LoadBalancers: []*CfnService_LoadBalancerProperty{}, EnableEcsManagedTags: boolp(truthy(props.EnableECSManagedTags)),
		LaunchType: launchType, EnableExecuteCommand: props.EnableExecuteCommand,
	}
	if tagSource != "" && tagSource != PropagatedTagSource_NONE {
		cfn.PropagateTags = str(string(props.PropagateTags))
		if props.PropagateTags == "" {
			cfn.PropagateTags = nil
		}
	}
	if controller != nil {
		cfn.DeploymentController = &CfnService_DeploymentControllerProperty{Type: str(string(controller.Type))}
	}
	if props.CapacityProviderStrategies != nil {
		var strategies []*CfnService_CapacityProviderStrategyItemProperty
		for _, c := range *props.CapacityProviderStrategies {
			strategies = append(strategies, &CfnService_CapacityProviderStrategyItemProperty{CapacityProvider: c.CapacityProvider, Base: c.Base, Weight: c.Weight})
		}
		cfn.CapacityProviderStrategy = strategies
	}
	s.grace = props.HealthCheckGracePeriod
	if s.grace != nil {
		cfn.HealthCheckGracePeriodSeconds = s.grace.ToSeconds(nil)
	}
	extra(cfn)
	s.res = NewCfnService(s, jsii.String("Service"), cfn)
	s.Node().AddDependency(td.TaskRole())
	if props.DeploymentController != nil && external {
		awscdk.Annotations_Of(s).AddWarningV2(jsii.String("@aws-cdk/aws-ecs:externalDeploymentController"),
			jsii.String("taskDefinition and launchType are blanked out when using external deployment controller."))
	}
	if props.CircuitBreaker != nil && !s.ecsController {
		l2.AddError(s, "Deployment circuit breaker requires the ECS deployment controller.")
	}
	if props.CircuitBreaker == nil && s.ecsController {
		awscdk.Annotations_Of(s).AddWarningV2(jsii.String("@aws-cdk/aws-ecs:shouldUseCircuitBreaker"),
			jsii.String("Enable the 'circuitBreaker' property to trigger a quicker deployment failure if tasks are failing to start up (without this setting deployments may take up to 3 hours to fail)."))
	}
	if props.DeploymentAlarms != nil && !s.ecsController {
		l2.Throw(s, "Deployment alarms requires the ECS deployment controller.")
	}
	if f := props.ForceNewDeployment; f != nil {
		if !s.ecsController {
			l2.Throw(s, "forceNewDeployment requires the ECS deployment controller.")
		}
		if f.Nonce != nil && !isToken(f.Nonce) && (len(*f.Nonce) < 1 || len(*f.Nonce) > 255) {
			l2.Throw(s, "forceNewDeployment nonce must be between 1 and 255 characters, got %d", len(*f.Nonce))
		}
		s.res.SetForceNewDeployment(&CfnService_ForceNewDeploymentProperty{EnableForceNewDeployment: f.Enabled, ForceNewDeploymentNonce: f.Nonce})
	}
	rev := props.TaskDefinitionRevision
	codeDeploy := props.DeploymentController != nil && props.DeploymentController.Type == DeploymentControllerType_CODE_DEPLOY
	if codeDeploy && rev != nil && sv(rev.Revision()) != "latest" {
		l2.Throw(s, "CODE_DEPLOY deploymentController can only be used with the `latest` task definition revision")
	}
	if props.MinHealthyPercent == nil {
		awscdk.Annotations_Of(s).AddWarningV2(jsii.String("@aws-cdk/aws-ecs:minHealthyPercent"),
			jsii.String("minHealthyPercent has not been configured so the default value of 50% is used. The number of running tasks will decrease below the desired count during deployments etc. See https://github.com/aws/aws-cdk/issues/31705"))
	}
	if codeDeploy {
		s.res.SetTaskDefinition(td.Family())
		s.Node().AddDependency(td)
	} else if rev != nil {
		name := sv(td.Family())
		if sv(rev.Revision()) != "latest" {
			name += ":" + sv(rev.Revision())
		}
		s.res.SetTaskDefinition(str(name))
		s.Node().AddDependency(td)
	}
	if props.CloudMapOptions != nil {
		s.self.EnableCloudMap(props.CloudMapOptions)
	}
	if props.ServiceConnectConfiguration != nil {
		s.EnableServiceConnect(props.ServiceConnectConfiguration)
	}
	if props.VolumeConfigurations != nil {
		for _, v := range *props.VolumeConfigurations {
			s.AddVolume(v)
		}
	}
	if truthy(props.EnableExecuteCommand) {
		s.enableExecuteCommand()
	}
	if da := props.DeploymentAlarms; da != nil {
		if da.AlarmNames == nil || len(*da.AlarmNames) == 0 {
			l2.Throw(s, "at least one alarm name is required when specifying deploymentAlarms, received empty array")
		}
		s.SetDeploymentAlarms(&CfnService_DeploymentAlarmsProperty{AlarmNames: da.AlarmNames, Enable: boolp(true), Rollback: boolp(da.Behavior != AlarmBehavior_FAIL_ON_ALARM)})
	} else if s.ecsController && s.deploymentAlarmsAvailable() &&
		!*awscdk.FeatureFlags_Of(s).IsEnabled(jsii.String("@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm")) {
		s.SetDeploymentAlarms(&CfnService_DeploymentAlarmsProperty{AlarmNames: &[]*string{}, Enable: boolp(false), Rollback: boolp(false)})
	}
	if props.LifecycleHooks != nil {
		if !s.ecsController {
			l2.Throw(s, "Deployment lifecycle hooks requires the ECS deployment controller.")
		}
		for _, h := range *props.LifecycleHooks {
			s.AddLifecycleHook(h)
		}
	}
	s.Node().SetDefaultChild(s.res)
}

// deploymentAlarmsAvailable: deployment alarms exist outside the China, GovCloud and ISO partitions.
func (s *baseService) deploymentAlarmsAvailable() bool {
	region := sv(awscdk.Stack_Of(s).Region())
	if isToken(&region) {
		return true
	}
	for _, p := range []string{"cn-", "us-gov-", "us-iso-", "us-isob-"} {
		if strings.HasPrefix(region, p) {
			return false
		}
	}
	return true
}

func (s *baseService) enableExecuteCommand() {
	s.td.AddToTaskRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"),
		Resources: jsii.Strings("*")}))
	logging := ExecuteCommandLogging_DEFAULT
	ec := s.cluster.ExecuteCommandConfiguration()
	if ec != nil && ec.Logging != "" {
		logging = ec.Logging
	}
	if ec != nil && ec.KmsKey != nil {
		s.enableExecuteCommandEncryption(ec, logging)
	}
	if logging != ExecuteCommandLogging_NONE {
		s.executeCommandLogConfiguration(ec)
	}
}

func (s *baseService) addTaskPolicy(actions []string, resources ...*string) {
	s.td.AddToTaskRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings(actions...), Resources: &resources}))
}

func (s *baseService) executeCommandLogConfiguration(ec *ExecuteCommandConfiguration) {
	reduce := *awscdk.FeatureFlags_Of(s).IsEnabled(jsii.String("@aws-cdk/aws-ecs:reduceEc2FargateCloudWatchPermissions"))
	var lc *ExecuteCommandLogConfiguration
	if ec != nil {
		lc = ec.LogConfiguration
	}
	stack := awscdk.Stack_Of(s)
	if !reduce || (lc != nil && lc.CloudWatchLogGroup != nil) {
		s.addTaskPolicy([]string{"logs:DescribeLogGroups"}, str("*"))
		arn := str("*")
		if lc != nil && lc.CloudWatchLogGroup != nil {
			arn = str(fmt.Sprintf("arn:%s:logs:%s:%s:log-group:%s:*", sv(stack.Partition()), sv(s.Env().Region), sv(s.Env().Account),
				sv(lc.CloudWatchLogGroup.LogGroupRef().LogGroupName)))
		}
		s.addTaskPolicy([]string{"logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"}, arn)
	}
	if lc != nil && lc.S3Bucket != nil {
		name := sv(lc.S3Bucket.BucketName())
		s.addTaskPolicy([]string{"s3:GetBucketLocation"}, str("*"))
		s.addTaskPolicy([]string{"s3:PutObject"}, str(fmt.Sprintf("arn:%s:s3:::%s/*", sv(stack.Partition()), name)))
		if truthy(lc.S3EncryptionEnabled) {
			s.addTaskPolicy([]string{"s3:GetEncryptionConfiguration"}, str(fmt.Sprintf("arn:%s:s3:::%s", sv(stack.Partition()), name)))
		}
	}
}

func (s *baseService) enableExecuteCommandEncryption(ec *ExecuteCommandConfiguration, logging ExecuteCommandLogging) {
	s.addTaskPolicy([]string{"kms:Decrypt", "kms:GenerateDataKey"}, ec.KmsKey.KeyArn())
	ec.KmsKey.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("kms:*"), Resources: jsii.Strings("*"),
		Principals: &[]awsiam.IPrincipal{awsiam.NewArnPrincipal(str(fmt.Sprintf("arn:%s:iam::%s:root", sv(awscdk.Stack_Of(s).Partition()), sv(s.Env().Account))))}}), nil)
	if logging == ExecuteCommandLogging_OVERRIDE && ec.LogConfiguration != nil && truthy(ec.LogConfiguration.CloudWatchEncryptionEnabled) {
		ec.KmsKey.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"), Resources: jsii.Strings("*"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(str(fmt.Sprintf("logs.%s.amazonaws.com", sv(s.Env().Region))), nil)},
			Conditions: &map[string]interface{}{"ArnLike": map[string]interface{}{"kms:EncryptionContext:aws:logs:arn": fmt.Sprintf("arn:%s:logs:%s:%s:*",
				sv(awscdk.Stack_Of(s).Partition()), sv(s.Env().Region), sv(s.Env().Account))}}}), nil)
	}
}

func (s *baseService) ServiceArn() *string {
	return s.GetResourceArnAttribute(s.res.Ref(), &awscdk.ArnComponents{Service: str("ecs"), Resource: str("service"),
		ResourceName: str(sv(s.cluster.ClusterName()) + "/" + sv(s.PhysicalName()))})
}
func (s *baseService) ServiceName() *string { return s.GetResourceNameAttribute(s.res.AttrName()) }
func (s *baseService) ServiceRef() *interfacesawsecs.ServiceReference {
	return &interfacesawsecs.ServiceReference{ServiceArn: s.ServiceArn()}
}
func (s *baseService) Cluster() ICluster                     { return s.cluster }
func (s *baseService) Connections() awsec2.Connections       { return s.conns }
func (s *baseService) TaskDefinition() TaskDefinition        { return s.td }
func (s *baseService) IsUsingECSDeploymentController() *bool { return boolp(s.ecsController) }

func (s *baseService) DeploymentAlarms() *CfnService_DeploymentAlarmsProperty { return s.alarms }
func (s *baseService) SetDeploymentAlarms(val *CfnService_DeploymentAlarmsProperty) {
	s.alarms = val
	dc := *s.deployConfig
	if val != nil {
		dc.Alarms = val
	}
	s.res.SetDeploymentConfiguration(&dc)
}
func (s *baseService) LoadBalancers() *[]*CfnService_LoadBalancerProperty {
	out := append([]*CfnService_LoadBalancerProperty{}, s.lbs...)
	return &out
}
func (s *baseService) SetLoadBalancers(val *[]*CfnService_LoadBalancerProperty) {
	s.lbs = nil
	if val != nil {
		s.lbs = append(s.lbs, *val...)
	}
	s.syncLoadBalancers()
}

func (s *baseService) syncLoadBalancers() {
	s.res.SetLoadBalancers(append([]*CfnService_LoadBalancerProperty{}, s.lbs...))
	if s.grace == nil {
		if len(s.lbs) > 0 {
			s.res.SetHealthCheckGracePeriodSeconds(num(60))
		} else {
			s.res.SetHealthCheckGracePeriodSeconds(nil)
		}
	}
}

func (s *baseService) NetworkConfiguration() *CfnService_NetworkConfigurationProperty {
	return s.netConfig
}
func (s *baseService) SetNetworkConfiguration(val *CfnService_NetworkConfigurationProperty) {
	s.netConfig = val
	if val == nil {
		s.res.SetNetworkConfiguration(nil)
		return
	}
	s.res.SetNetworkConfiguration(val)
}
func (s *baseService) ServiceRegistries() *[]*CfnService_ServiceRegistryProperty {
	out := append([]*CfnService_ServiceRegistryProperty{}, s.registries...)
	return &out
}
func (s *baseService) SetServiceRegistries(val *[]*CfnService_ServiceRegistryProperty) {
	s.registries = nil
	if val != nil {
		s.registries = append(s.registries, *val...)
	}
	if len(s.registries) == 0 {
		s.res.SetServiceRegistries(nil)
		return
	}
	s.res.SetServiceRegistries(append([]*CfnService_ServiceRegistryProperty{}, s.registries...))
}

// ConfigureAwsVpcNetworkingWithSecurityGroups sets the service's subnets and
// security groups (a new one when none is given).
func (s *baseService) ConfigureAwsVpcNetworkingWithSecurityGroups(vpc awsec2.IVpc, assignPublicIp *bool, vpcSubnets *awsec2.SubnetSelection, securityGroups *[]awsec2.ISecurityGroup) {
	if vpc == nil {
		l2.Throw(s, "the cluster has no VPC: give the cluster a VPC (or import it with Cluster_FromClusterAttributes)")
	}
	if vpcSubnets == nil {
		vpcSubnets = &awsec2.SubnetSelection{}
		if truthy(assignPublicIp) {
			vpcSubnets.SubnetType = awsec2.SubnetType_PUBLIC
		}
	}
	var groups []awsec2.ISecurityGroup
	if securityGroups != nil {
		groups = *securityGroups
	}
	if len(groups) == 0 {
		groups = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(s, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{Vpc: vpc})}
	}
	var ids []*string
	for _, g := range groups {
		s.conns.AddSecurityGroup(g)
		ids = append(ids, g.SecurityGroupId())
	}
	public := "DISABLED"
	if truthy(assignPublicIp) {
		public = "ENABLED"
	}
	s.SetNetworkConfiguration(&CfnService_NetworkConfigurationProperty{AwsvpcConfiguration: &CfnService_AwsVpcConfigurationProperty{
		AssignPublicIp: str(public), Subnets: vpc.SelectSubnets(vpcSubnets).SubnetIds, SecurityGroups: &ids}})
}

// EnableDeploymentAlarms stops (or rolls back) deployments when any of the alarms fires.
func (s *baseService) EnableDeploymentAlarms(alarmNames *[]*string, options *DeploymentAlarmOptions) {
	if alarmNames == nil || len(*alarmNames) == 0 {
		l2.Throw(s, "at least one alarm name is required when calling enableDeploymentAlarms(), received empty array")
	}
	var behavior AlarmBehavior
	if options != nil {
		behavior = options.Behavior
	}
	if a := s.alarms; a != nil && truthy(asBool(a.Enable)) && behavior != "" {
		rollback, _ := a.Rollback.(*bool)
		if (behavior == AlarmBehavior_ROLLBACK_ON_ALARM && !truthy(rollback)) || (behavior == AlarmBehavior_FAIL_ON_ALARM && truthy(rollback)) {
			prev := AlarmBehavior_FAIL_ON_ALARM
			if truthy(rollback) {
				prev = AlarmBehavior_ROLLBACK_ON_ALARM
			}
			l2.Throw(s, "all deployment alarms on an ECS service must have the same AlarmBehavior. Attempted to enable deployment alarms with %s, but alarms were previously enabled with %s", behavior, prev)
		}
	}
	if a := s.alarms; a != nil && truthy(asBool(a.Enable)) {
		// aws-cdk-lib concatenates without keeping the result: the earlier names stay.
		return
	}
	s.SetDeploymentAlarms(&CfnService_DeploymentAlarmsProperty{Enable: boolp(true), AlarmNames: alarmNames, Rollback: boolp(behavior != AlarmBehavior_FAIL_ON_ALARM)})
}

func asBool(v interface{}) *bool {
	b, _ := v.(*bool)
	return b
}

// ForceNewDeployment makes every deployment of the stack start a new service deployment.
func (s *baseService) ForceNewDeployment(nonce *string) {
	if !s.ecsController {
		l2.Throw(s, "forceNewDeployment requires the ECS deployment controller.")
	}
	if nonce == nil {
		nonce = str(time.Now().UTC().Format("2006-01-02T15:04:05.000Z"))
	}
	if !isToken(nonce) && (len(*nonce) < 1 || len(*nonce) > 255) {
		l2.Throw(s, "forceNewDeployment nonce must be between 1 and 255 characters, got %d", len(*nonce))
	}
	s.res.SetForceNewDeployment(&CfnService_ForceNewDeploymentProperty{EnableForceNewDeployment: boolp(true), ForceNewDeploymentNonce: nonce})
}

// ecsLoadBalancerTarget is one container port of a service, as a load balancer target.
type ecsLoadBalancerTarget struct {
	s    *baseService
	name *string
	pm   *PortMapping
	alt  IAlternateTarget
}

func (t *ecsLoadBalancerTarget) Connections() awsec2.Connections { return t.s.conns }
func (t *ecsLoadBalancerTarget) AttachToApplicationTargetGroup(tg elbv2.IApplicationTargetGroup) *elbv2.LoadBalancerTargetProps {
	tg.RegisterConnectable(t.s.self, t.s.tdi.portRangeFor(t.pm))
	return t.s.attachToELBv2(tg, t.name, t.pm.ContainerPort, t.alt)
}
func (t *ecsLoadBalancerTarget) AttachToNetworkTargetGroup(tg elbv2.INetworkTargetGroup) *elbv2.LoadBalancerTargetProps {
	return t.s.attachToELBv2(tg, t.name, t.pm.ContainerPort, t.alt)
}

// LoadBalancerTarget is a container port of the service, for a load balancer.
func (s *baseService) LoadBalancerTarget(options *LoadBalancerTargetOptions) IEcsLoadBalancerTarget {
	if options == nil {
		options = &LoadBalancerTargetOptions{}
	}
	if options.AlternateTarget != nil && !s.ecsController {
		l2.Throw(s, "Deployment lifecycle hooks requires the ECS deployment controller.")
	}
	c := s.td.FindContainer(options.ContainerName)
	if c == nil {
		l2.Throw(s.td, "No container named '%s'. Did you call \"addContainer()\"?", sv(options.ContainerName))
	}
	protocol := options.Protocol
	if protocol == "" {
		protocol = Protocol_TCP
	}
	port := options.ContainerPort
	if port == nil || *port == 0 {
		port = c.ContainerPort()
	}
	pm := c.FindPortMapping(port, protocol)
	if pm == nil {
		l2.Throw(s.td, "Container '%s' has no mapping for port %s and protocol %s. Did you call \"container.addPortMappings()\"?",
			*c.Node().Path(), undefNum(options.ContainerPort), protocol.value())
	}
	return &ecsLoadBalancerTarget{s: s, name: options.ContainerName, pm: pm, alt: options.AlternateTarget}
}

func undefNum(f *float64) string {
	if f == nil {
		return "undefined"
	}
	return fmtNum(*f)
}

func (s *baseService) defaultTarget() *ecsLoadBalancerTarget {
	dc := s.td.DefaultContainer()
	if dc == nil {
		l2.Throw(s, "A TaskDefinition must have at least one essential container")
	}
	return s.LoadBalancerTarget(&LoadBalancerTargetOptions{ContainerName: dc.ContainerName()}).(*ecsLoadBalancerTarget)
}

// AttachToApplicationTargetGroup registers the default container's first port with an application target group.
func (s *baseService) AttachToApplicationTargetGroup(tg elbv2.IApplicationTargetGroup) *elbv2.LoadBalancerTargetProps {
	return s.defaultTarget().AttachToApplicationTargetGroup(tg)
}

// AttachToNetworkTargetGroup registers the default container's first port with a network target group.
func (s *baseService) AttachToNetworkTargetGroup(tg elbv2.INetworkTargetGroup) *elbv2.LoadBalancerTargetProps {
	return s.defaultTarget().AttachToNetworkTargetGroup(tg)
}

func (s *baseService) attachToELBv2(tg elbv2.ITargetGroup, containerName *string, containerPort *float64, alt IAlternateTarget) *elbv2.LoadBalancerTargetProps {
	if s.tdi.networkMode == NetworkMode_NONE {
		l2.Throw(s, "Cannot use a load balancer if NetworkMode is None. Use Bridge, Host or AwsVpc instead.")
	}
	lb := &CfnService_LoadBalancerProperty{TargetGroupArn: tg.TargetGroupArn(), ContainerName: containerName, ContainerPort: containerPort}
	if alt != nil {
		c := alt.Bind(s.self)
		lb.AdvancedConfiguration = &CfnService_AdvancedConfigurationProperty{AlternateTargetGroupArn: c.AlternateTargetGroupArn, RoleArn: c.RoleArn,
			ProductionListenerRule: c.ProductionListenerRule, TestListenerRule: c.TestListenerRule}
	}
	s.lbs = append(s.lbs, lb)
	s.syncLoadBalancers()
	s.res.Node().AddDependency(tg.LoadBalancerAttached())
	tt := elbv2.TargetType_INSTANCE
	if s.tdi.networkMode == NetworkMode_AWS_VPC {
		tt = elbv2.TargetType_IP
	}
	return &elbv2.LoadBalancerTargetProps{TargetType: tt}
}

// RegisterLoadBalancerTargets adds containers of the service to listeners, each in a new target group.
func (s *baseService) RegisterLoadBalancerTargets(targets ...*EcsTarget) {
	for _, t := range targets {
		t.Listener.AddTargets(t.NewTargetGroupId, &LoadBalancerTargetOptions{ContainerName: t.ContainerName, ContainerPort: t.ContainerPort, Protocol: t.Protocol}, s.self)
	}
}

// Metric is one of the service's AWS/ECS metrics.
func (s *baseService) Metric(metricName *string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return awscloudwatch.NewMetric(cwmetric.Overlay(&awscloudwatch.MetricProps{Namespace: str("AWS/ECS"), MetricName: metricName,
		DimensionsMap: &map[string]*string{"ClusterName": s.cluster.ClusterName(), "ServiceName": s.ServiceName()}}, o)).AttachTo(s)
}
func (s *baseService) MetricCpuUtilization(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.Metric(str("CPUUtilization"), o)
}
func (s *baseService) MetricMemoryUtilization(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.Metric(str("MemoryUtilization"), o)
}

type importedService struct {
	awscdk.Resource
	arn, name *string
	cluster   ICluster
}

func (s *importedService) ServiceArn() *string  { return s.arn }
func (s *importedService) ServiceName() *string { return s.name }
func (s *importedService) Cluster() ICluster    { return s.cluster }
func (s *importedService) ServiceRef() *interfacesawsecs.ServiceReference {
	return &interfacesawsecs.ServiceReference{ServiceArn: s.arn}
}

func newImportedService(scope constructs.Construct, id *string, arn, name *string, cluster ICluster, envFromArn bool) *importedService {
	s := &importedService{arn: arn, name: name, cluster: cluster}
	var props *awscdk.ResourceProps
	if envFromArn {
		props = &awscdk.ResourceProps{EnvironmentFromArn: arn}
	}
	s.Resource = awscdk.NewResource(scope, id, props)
	host.Set(s.Resource, s)
	return s
}

// serviceNameFromArn is the service name in a service ARN, old format or new (with the cluster name).
func serviceNameFromArn(scope constructs.IConstruct, arn *string) *string {
	stack := awscdk.Stack_Of(scope)
	if isToken(arn) {
		if *awscdk.FeatureFlags_Of(scope).IsEnabled(jsii.String("@aws-cdk/aws-ecs:arnFormatIncludesClusterName")) {
			parts := awscdk.Fn_Split(str(":"), arn, nil)
			last := awscdk.Fn_Split(str("/"), awscdk.Fn_Select(num(5), parts), nil)
			return awscdk.Fn_Select(num(2), last)
		}
		return stack.SplitArn(arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
	}
	rn := sv(stack.SplitArn(arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName)
	parts := strings.Split(rn, "/")
	if len(parts) == 1 {
		return str(rn)
	}
	return str(parts[1])
}

type serviceAttributes struct {
	cluster     ICluster
	serviceArn  *string
	serviceName *string
}

func fromServiceAttributes(scope constructs.Construct, id *string, a serviceAttributes) IBaseService {
	if (a.serviceArn != nil) == (a.serviceName != nil) {
		l2.Throw(scope, "You can only specify either serviceArn or serviceName.")
	}
	stack := awscdk.Stack_Of(scope)
	var arn, name *string
	if a.serviceName != nil {
		name = a.serviceName
		rn := sv(a.serviceName)
		if *awscdk.FeatureFlags_Of(scope).IsEnabled(jsii.String("@aws-cdk/aws-ecs:arnFormatIncludesClusterName")) {
			rn = sv(a.cluster.ClusterName()) + "/" + rn
		}
		arn = stack.FormatArn(&awscdk.ArnComponents{Partition: stack.Partition(), Service: str("ecs"), Region: stack.Region(),
			Account: stack.Account(), Resource: str("service"), ResourceName: str(rn)})
	} else {
		arn = a.serviceArn
		name = serviceNameFromArn(scope, arn)
	}
	return newImportedService(scope, id, arn, name, a.cluster, true)
}

// BaseService_FromServiceArnWithCluster imports a service by an ARN in the new format (with the cluster name).
func BaseService_FromServiceArnWithCluster(scope constructs.Construct, id *string, serviceArn *string) IBaseService {
	stack := awscdk.Stack_Of(scope)
	parts := stack.SplitArn(serviceArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	rn := awscdk.Arn_ExtractResourceName(serviceArn, str("service"))
	var clusterName, serviceName *string
	if isToken(rn) {
		clusterName = awscdk.Fn_Select(num(0), awscdk.Fn_Split(str("/"), rn, nil))
		serviceName = awscdk.Fn_Select(num(1), awscdk.Fn_Split(str("/"), rn, nil))
	} else {
		p := strings.Split(sv(rn), "/")
		if len(p) != 2 {
			l2.Throw(scope, "resource name %s from service ARN: %s is not using the ARN cluster format", sv(rn), sv(serviceArn))
		}
		clusterName, serviceName = str(p[0]), str(p[1])
	}
	clusterArn := stack.FormatArn(&awscdk.ArnComponents{Partition: parts.Partition, Region: parts.Region, Account: parts.Account,
		Service: str("ecs"), Resource: str("cluster"), ResourceName: clusterName})
	cluster := Cluster_FromClusterArn(scope, str(sv(id)+"Cluster"), clusterArn)
	return newImportedService(scope, id, serviceArn, serviceName, cluster, true)
}
