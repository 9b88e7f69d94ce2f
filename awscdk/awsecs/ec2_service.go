package awsecs

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// BuiltInAttributes are the attributes placement strategies and constraints can name.
type BuiltInAttributes interface{}

func BuiltInAttributes_AMI_ID() *string            { return str("attribute:ecs.ami-id") }
func BuiltInAttributes_AVAILABILITY_ZONE() *string { return str("attribute:ecs.availability-zone") }
func BuiltInAttributes_INSTANCE_ID() *string       { return str("instanceId") }
func BuiltInAttributes_INSTANCE_TYPE() *string     { return str("attribute:ecs.instance-type") }
func BuiltInAttributes_OS_TYPE() *string           { return str("attribute:ecs.os-type") }

// BinPackResource is what the binpack strategy packs by.
type BinPackResource string

const (
	BinPackResource_CPU    BinPackResource = "CPU"
	BinPackResource_MEMORY BinPackResource = "MEMORY"
)

// PlacementStrategy says how tasks are spread over instances (EC2 only).
type PlacementStrategy interface {
	ToJson() *[]*CfnService_PlacementStrategyProperty
}

type placementStrategy []*CfnService_PlacementStrategyProperty

func (p placementStrategy) ToJson() *[]*CfnService_PlacementStrategyProperty {
	out := append([]*CfnService_PlacementStrategyProperty{}, p...)
	return &out
}

// PlacementStrategy_SpreadAcrossInstances spreads tasks over instances.
func PlacementStrategy_SpreadAcrossInstances() PlacementStrategy {
	return placementStrategy{{Type: str("spread"), Field: BuiltInAttributes_INSTANCE_ID()}}
}

// PlacementStrategy_SpreadAcross spreads tasks by each field in turn.
func PlacementStrategy_SpreadAcross(fields ...*string) PlacementStrategy {
	if len(fields) == 0 {
		diag.Panic("", "spreadAcross: give at least one field to spread by")
	}
	out := placementStrategy{}
	for _, f := range fields {
		out = append(out, &CfnService_PlacementStrategyProperty{Type: str("spread"), Field: f})
	}
	return out
}

// PlacementStrategy_PackedBy packs tasks to use the least of resource.
func PlacementStrategy_PackedBy(resource BinPackResource) PlacementStrategy {
	return placementStrategy{{Type: str("binpack"), Field: str(string(resource))}}
}

// PlacementStrategy_PackedByCpu packs tasks by CPU.
func PlacementStrategy_PackedByCpu() PlacementStrategy {
	return PlacementStrategy_PackedBy(BinPackResource_CPU)
}

// PlacementStrategy_PackedByMemory packs tasks by memory.
func PlacementStrategy_PackedByMemory() PlacementStrategy {
	return PlacementStrategy_PackedBy(BinPackResource_MEMORY)
}

// PlacementStrategy_Randomly places tasks randomly.
func PlacementStrategy_Randomly() PlacementStrategy { return placementStrategy{{Type: str("random")}} }

// IEc2Service is an EC2 service, owned or imported.
type IEc2Service interface {
	IService
}

// Ec2ServiceProps are the props of NewEc2Service.
type Ec2ServiceProps struct {
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
	AssignPublicIp              *bool                             `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	AvailabilityZoneRebalancing AvailabilityZoneRebalancing       `field:"optional" json:"availabilityZoneRebalancing" yaml:"availabilityZoneRebalancing"`
	// One task on every container instance; no desired count.
	Daemon               *bool                    `field:"optional" json:"daemon" yaml:"daemon"`
	PlacementConstraints *[]PlacementConstraint   `field:"optional" json:"placementConstraints" yaml:"placementConstraints"`
	PlacementStrategies  *[]PlacementStrategy     `field:"optional" json:"placementStrategies" yaml:"placementStrategies"`
	SecurityGroups       *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	VpcSubnets           *awsec2.SubnetSelection  `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// Ec2ServiceAttributes identify an EC2 service to import (ServiceArn or ServiceName).
type Ec2ServiceAttributes struct {
	Cluster     ICluster `field:"required" json:"cluster" yaml:"cluster"`
	ServiceArn  *string  `field:"optional" json:"serviceArn" yaml:"serviceArn"`
	ServiceName *string  `field:"optional" json:"serviceName" yaml:"serviceName"`
}

// Ec2Service is an ECS service on EC2 capacity (AWS::ECS::Service).
type Ec2Service interface {
	BaseService
	IEc2Service
	AddPlacementConstraints(constraints ...PlacementConstraint)
	AddPlacementStrategies(strategies ...PlacementStrategy)
}

type ec2Service struct {
	baseService
	constraints, strategies       []interface{}
	constraintsSet, strategiesSet bool
	daemon, azRebalancing         bool
}

// Ec2Service_PROPERTY_INJECTION_ID is the id property injectors use for Ec2Service.
func Ec2Service_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-ecs.Ec2Service") }

// NewEc2Service creates a service on the cluster's EC2 capacity.
func NewEc2Service(scope constructs.Construct, id *string, props *Ec2ServiceProps) Ec2Service {
	props = l2.Inject(*Ec2Service_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.TaskDefinition == nil || props.Cluster == nil {
		l2.Throw(scope, "Ec2Service %s needs Cluster and TaskDefinition", sv(id))
	}
	daemon := truthy(props.Daemon)
	if daemon && props.DesiredCount != nil {
		l2.Throw(scope, "Daemon mode launches one task on every instance. Don't supply desiredCount.")
	}
	if daemon && props.MaxHealthyPercent != nil && *props.MaxHealthyPercent != 100 {
		l2.Throw(scope, "Maximum percent must be 100 for daemon mode.")
	}
	if props.MinHealthyPercent != nil && props.MaxHealthyPercent != nil && *props.MinHealthyPercent >= *props.MaxHealthyPercent {
		l2.Throw(scope, "Minimum healthy percent must be less than maximum healthy percent.")
	}
	td := props.TaskDefinition
	if !truthy(td.IsEc2Compatible()) {
		l2.Throw(scope, "Supplied TaskDefinition is not configured for compatibility with EC2")
	}
	if internalTaskDefinition(td) == nil {
		l2.Throw(scope, "the task definition of Ec2Service %s must be one Strata created", sv(id))
	}
	if props.AvailabilityZoneRebalancing == AvailabilityZoneRebalancing_ENABLED {
		if daemon {
			l2.Throw(scope, "AvailabilityZoneRebalancing.ENABLED cannot be used with daemon mode")
		}
		if props.MaxHealthyPercent != nil && !isTokenNum(props.MaxHealthyPercent) && *props.MaxHealthyPercent == 100 {
			l2.Throw(scope, "AvailabilityZoneRebalancing.ENABLED requires maxHealthyPercent > 100")
		}
	}
	maxP, minP := props.MaxHealthyPercent, props.MinHealthyPercent
	if daemon && maxP == nil {
		maxP = num(100)
	}
	if daemon && minP == nil {
		minP = num(0)
	}
	s := &ec2Service{daemon: daemon, azRebalancing: props.AvailabilityZoneRebalancing == AvailabilityZoneRebalancing_ENABLED}
	s.self = s
	external := props.DeploymentController != nil && props.DeploymentController.Type == DeploymentControllerType_EXTERNAL
	s.initService(scope, id, &BaseServiceProps{
		Cluster: props.Cluster, BakeTime: props.BakeTime, CanaryConfiguration: props.CanaryConfiguration,
		CapacityProviderStrategies: props.CapacityProviderStrategies, CircuitBreaker: props.CircuitBreaker, CloudMapOptions: props.CloudMapOptions,
		DeploymentAlarms: props.DeploymentAlarms, DeploymentController: props.DeploymentController, DeploymentStrategy: props.DeploymentStrategy,
		DesiredCount: props.DesiredCount, EnableECSManagedTags: props.EnableECSManagedTags, EnableExecuteCommand: props.EnableExecuteCommand,
		ForceNewDeployment: props.ForceNewDeployment, HealthCheckGracePeriod: props.HealthCheckGracePeriod,
		LinearConfiguration: props.LinearConfiguration, LifecycleHooks: props.LifecycleHooks, MaxHealthyPercent: maxP, MinHealthyPercent: minP,
		PropagateTags: props.PropagateTags, ServiceName: props.ServiceName, ServiceConnectConfiguration: props.ServiceConnectConfiguration, TaskDefinitionRevision: props.TaskDefinitionRevision, VolumeConfigurations: props.VolumeConfigurations,
		LaunchType: LaunchType_EC2,
	}, func(c *CfnServiceProps) {
		c.Cluster = props.Cluster.ClusterName()
		if !external {
			c.TaskDefinition = td.TaskDefinitionArn()
		}
		c.SchedulingStrategy = str("REPLICA")
		if daemon {
			c.SchedulingStrategy = str("DAEMON")
		}
		if props.AvailabilityZoneRebalancing != "" {
			c.AvailabilityZoneRebalancing = str(string(props.AvailabilityZoneRebalancing))
		}
	}, td)
	if s.tdi.networkMode == NetworkMode_AWS_VPC {
		s.ConfigureAwsVpcNetworkingWithSecurityGroups(props.Cluster.Vpc(), props.AssignPublicIp, props.VpcSubnets, props.SecurityGroups)
	} else {
		if props.VpcSubnets != nil || props.SecurityGroups != nil || truthy(props.AssignPublicIp) {
			l2.Throw(scope, "vpcSubnets, securityGroup(s) and assignPublicIp can only be used in AwsVpc networking mode")
		}
		stack := awscdk.Stack_Of(s)
		i := 1
		for _, g := range *props.Cluster.Connections().SecurityGroups() {
			if awscdk.Stack_Of(g) != stack {
				g = awsec2.SecurityGroup_FromSecurityGroupId(s, str(fmt.Sprintf("SecurityGroup%d", i)), g.SecurityGroupId(),
					&awsec2.SecurityGroupImportOptions{AllowAllOutbound: g.AllowAllOutbound(), Mutable: boolp(true)})
				i++
			}
			s.conns.AddSecurityGroup(g)
		}
	}
	if props.PlacementConstraints != nil {
		s.AddPlacementConstraints(*props.PlacementConstraints...)
	}
	if props.PlacementStrategies != nil {
		s.AddPlacementStrategies(*props.PlacementStrategies...)
	}
	s.Node().AddValidation(l2.Validation(func() []string {
		if s.td.DefaultContainer() == nil {
			return []string{"A TaskDefinition must have at least one essential container"}
		}
		return nil
	}))
	s.Node().AddValidation(l2.Validation(func() []string {
		if !s.daemon && !truthy(s.cluster.HasEc2Capacity()) {
			return []string{"Cluster for this service needs Ec2 capacity. Call addXxxCapacity() on the cluster."}
		}
		return nil
	}))
	if props.MinHealthyPercent == nil && daemon {
		awscdk.Annotations_Of(s).AddWarningV2(jsii.String("@aws-cdk/aws-ecs:minHealthyPercentDaemon"),
			jsii.String("minHealthyPercent has not been configured so the default value of 0% for a daemon service is used. See https://github.com/aws/aws-cdk/issues/31705"))
	}
	return s
}

// AddPlacementStrategies adds placement strategies (not for daemon services).
func (s *ec2Service) AddPlacementStrategies(strategies ...PlacementStrategy) {
	if len(strategies) > 0 && s.daemon {
		l2.Throw(s, "Can't configure placement strategies when daemon=true")
	}
	if len(strategies) > 0 && len(s.strategies) == 0 && s.azRebalancing {
		first := *strategies[0].ToJson()
		if len(first) == 0 || sv(first[0].Type) != "spread" || sv(first[0].Field) != *BuiltInAttributes_AVAILABILITY_ZONE() {
			l2.Throw(s, "AvailabilityZoneBalancing.ENABLED requires that the first placement strategy, if any, be 'spread across \"%s\"'", *BuiltInAttributes_AVAILABILITY_ZONE())
		}
	}
	s.strategiesSet = true
	for _, st := range strategies {
		for _, j := range *st.ToJson() {
			s.strategies = append(s.strategies, j)
		}
	}
	s.res.SetPlacementStrategies(append([]interface{}{}, s.strategies...))
}

// AddPlacementConstraints replaces the placement constraints with these.
func (s *ec2Service) AddPlacementConstraints(constraints ...PlacementConstraint) {
	s.constraintsSet = true
	s.constraints = nil
	for _, c := range constraints {
		for _, j := range *c.ToJson() {
			if s.azRebalancing && sv(j.Type) == "memberOf" && strings.Contains(sv(j.Expression), *BuiltInAttributes_AVAILABILITY_ZONE()) {
				l2.Throw(s, "AvailabilityZoneBalancing.ENABLED disallows usage of \"%s\"", *BuiltInAttributes_AVAILABILITY_ZONE())
			}
			s.constraints = append(s.constraints, j)
		}
	}
	s.res.SetPlacementConstraints(append([]interface{}{}, s.constraints...))
}

// Ec2Service_FromEc2ServiceArn imports an EC2 service by ARN.
func Ec2Service_FromEc2ServiceArn(scope constructs.Construct, id *string, ec2ServiceArn *string) IEc2Service {
	s := newImportedService(scope, id, ec2ServiceArn, nil, nil, false)
	s.name = serviceNameFromArn(s, ec2ServiceArn)
	return s
}

// Ec2Service_FromEc2ServiceAttributes imports an EC2 service by ARN or name.
func Ec2Service_FromEc2ServiceAttributes(scope constructs.Construct, id *string, attrs *Ec2ServiceAttributes) IBaseService {
	if attrs == nil {
		attrs = &Ec2ServiceAttributes{}
	}
	return fromServiceAttributes(scope, id, serviceAttributes{cluster: attrs.Cluster, serviceArn: attrs.ServiceArn, serviceName: attrs.ServiceName})
}

// Ec2Service_FromServiceArnWithCluster imports a service by an ARN in the new format.
func Ec2Service_FromServiceArnWithCluster(scope constructs.Construct, id *string, serviceArn *string) IBaseService {
	return BaseService_FromServiceArnWithCluster(scope, id, serviceArn)
}
