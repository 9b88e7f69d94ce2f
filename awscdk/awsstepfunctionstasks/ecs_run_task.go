package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/sfntask"
	"strings"
)

// EcsRunTask runs a task on an ECS cluster.
type EcsRunTask interface {
	awsstepfunctions.TaskStateBase
	awsec2.IConnectable
}

// NewEcsRunTask builds the task at scope/id.
func NewEcsRunTask(scope constructs.Construct, id *string, props *EcsRunTaskProps) EcsRunTask {
	return newEcsRunTask(scope, id, props)
}

// NewEcsRunTask_Override initializes t, a Go type embedding EcsRunTask, as the task.
func NewEcsRunTask_Override(t EcsRunTask, scope constructs.Construct, id *string, props *EcsRunTaskProps) {
	l2.Override[EcsRunTask](t, newEcsRunTask(scope, id, props))
}

// EcsRunTask_JsonPath builds the task with JSONPath fields.
func EcsRunTask_JsonPath(scope constructs.Construct, id *string, props *EcsRunTaskJsonPathProps) EcsRunTask {
	if props == nil {
		return newEcsRunTask(scope, id, nil)
	}
	p := &EcsRunTaskProps{}
	copyFields(p, props)
	return newEcsRunTask(scope, id, p)
}

// EcsRunTask_Jsonata builds the task with JSONata fields: its query language is JSONata.
func EcsRunTask_Jsonata(scope constructs.Construct, id *string, props *EcsRunTaskJsonataProps) EcsRunTask {
	if props == nil {
		return newEcsRunTask(scope, id, nil)
	}
	p := &EcsRunTaskProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newEcsRunTask(scope, id, p)
}

// EcsRunTask_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EcsRunTask_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EcsRunTask_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EcsRunTask_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EcsRunTask_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EcsRunTask_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EcsRunTask_IsConstruct reports whether x is a construct.
func EcsRunTask_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EcsRunTask_PrefixStates prefixes the names of the states under root.
func EcsRunTask_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EcsRunTaskProps configures a EcsRunTask task.
type EcsRunTaskProps struct {
	Comment              *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage        awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName            *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials          *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat            awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout     awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern   awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout          awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout              awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign               *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath            *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath           *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs              interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath           *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector       *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Cluster              awsecs.ICluster                     `field:"required" json:"cluster" yaml:"cluster"`
	LaunchTarget         IEcsLaunchTarget                    `field:"required" json:"launchTarget" yaml:"launchTarget"`
	TaskDefinition       awsecs.TaskDefinition               `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	AssignPublicIp       *bool                               `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	ContainerOverrides   *[]*ContainerOverride               `field:"optional" json:"containerOverrides" yaml:"containerOverrides"`
	Cpu                  *string                             `field:"optional" json:"cpu" yaml:"cpu"`
	EnableExecuteCommand *bool                               `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	MemoryMiB            *string                             `field:"optional" json:"memoryMiB" yaml:"memoryMiB"`
	PropagatedTagSource  awsecs.PropagatedTagSource          `field:"optional" json:"propagatedTagSource" yaml:"propagatedTagSource"`
	RevisionNumber       *float64                            `field:"optional" json:"revisionNumber" yaml:"revisionNumber"`
	SecurityGroups       *[]awsec2.ISecurityGroup            `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	Subnets              *awsec2.SubnetSelection             `field:"optional" json:"subnets" yaml:"subnets"`
}

// EcsRunTaskJsonPathProps configures a EcsRunTask task with JSONPath fields.
type EcsRunTaskJsonPathProps struct {
	Comment              *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage        awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName            *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials          *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat            awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout     awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern   awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout          awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout              awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign               *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath            *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath           *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath           *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector       *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Cluster              awsecs.ICluster                     `field:"required" json:"cluster" yaml:"cluster"`
	LaunchTarget         IEcsLaunchTarget                    `field:"required" json:"launchTarget" yaml:"launchTarget"`
	TaskDefinition       awsecs.TaskDefinition               `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	AssignPublicIp       *bool                               `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	ContainerOverrides   *[]*ContainerOverride               `field:"optional" json:"containerOverrides" yaml:"containerOverrides"`
	Cpu                  *string                             `field:"optional" json:"cpu" yaml:"cpu"`
	EnableExecuteCommand *bool                               `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	MemoryMiB            *string                             `field:"optional" json:"memoryMiB" yaml:"memoryMiB"`
	PropagatedTagSource  awsecs.PropagatedTagSource          `field:"optional" json:"propagatedTagSource" yaml:"propagatedTagSource"`
	RevisionNumber       *float64                            `field:"optional" json:"revisionNumber" yaml:"revisionNumber"`
	SecurityGroups       *[]awsec2.ISecurityGroup            `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	Subnets              *awsec2.SubnetSelection             `field:"optional" json:"subnets" yaml:"subnets"`
}

// EcsRunTaskJsonataProps configures a EcsRunTask task with JSONata fields.
type EcsRunTaskJsonataProps struct {
	Comment              *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage        awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName            *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials          *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat            awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout     awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern   awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout          awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout              awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign               *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs              interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	Cluster              awsecs.ICluster                     `field:"required" json:"cluster" yaml:"cluster"`
	LaunchTarget         IEcsLaunchTarget                    `field:"required" json:"launchTarget" yaml:"launchTarget"`
	TaskDefinition       awsecs.TaskDefinition               `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	AssignPublicIp       *bool                               `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	ContainerOverrides   *[]*ContainerOverride               `field:"optional" json:"containerOverrides" yaml:"containerOverrides"`
	Cpu                  *string                             `field:"optional" json:"cpu" yaml:"cpu"`
	EnableExecuteCommand *bool                               `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	MemoryMiB            *string                             `field:"optional" json:"memoryMiB" yaml:"memoryMiB"`
	PropagatedTagSource  awsecs.PropagatedTagSource          `field:"optional" json:"propagatedTagSource" yaml:"propagatedTagSource"`
	RevisionNumber       *float64                            `field:"optional" json:"revisionNumber" yaml:"revisionNumber"`
	SecurityGroups       *[]awsec2.ISecurityGroup            `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	Subnets              *awsec2.SubnetSelection             `field:"optional" json:"subnets" yaml:"subnets"`
}

// ContainerOverride overrides a container of the task definition.
type ContainerOverride struct {
	ContainerDefinition awsecs.ContainerDefinition  `field:"required" json:"containerDefinition" yaml:"containerDefinition"`
	Command             *[]*string                  `field:"optional" json:"command" yaml:"command"`
	Cpu                 *float64                    `field:"optional" json:"cpu" yaml:"cpu"`
	Environment         *[]*TaskEnvironmentVariable `field:"optional" json:"environment" yaml:"environment"`
	MemoryLimit         *float64                    `field:"optional" json:"memoryLimit" yaml:"memoryLimit"`
	MemoryReservation   *float64                    `field:"optional" json:"memoryReservation" yaml:"memoryReservation"`
}

// TaskEnvironmentVariable is an environment variable a container override sets.
type TaskEnvironmentVariable struct {
	Name  *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

// EcsFargateLaunchTargetOptions configures the Fargate launch target.
type EcsFargateLaunchTargetOptions struct {
	PlatformVersion         awsecs.FargatePlatformVersion `field:"required" json:"platformVersion" yaml:"platformVersion"`
	CapacityProviderOptions CapacityProviderOptions       `field:"optional" json:"capacityProviderOptions" yaml:"capacityProviderOptions"`
}

// EcsEc2LaunchTargetOptions configures the EC2 launch target.
type EcsEc2LaunchTargetOptions struct {
	CapacityProviderOptions CapacityProviderOptions       `field:"optional" json:"capacityProviderOptions" yaml:"capacityProviderOptions"`
	PlacementConstraints    *[]awsecs.PlacementConstraint `field:"optional" json:"placementConstraints" yaml:"placementConstraints"`
	PlacementStrategies     *[]awsecs.PlacementStrategy   `field:"optional" json:"placementStrategies" yaml:"placementStrategies"`
}

// EcsLaunchTargetConfig is what a launch target adds to the task's parameters.
type EcsLaunchTargetConfig struct {
	Parameters *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
}

// LaunchTargetBindOptions is what a launch target is bound with.
type LaunchTargetBindOptions struct {
	TaskDefinition awsecs.ITaskDefinition `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	Cluster        awsecs.ICluster        `field:"optional" json:"cluster" yaml:"cluster"`
}

// IEcsLaunchTarget is where an ECS task runs: Fargate or EC2.
type IEcsLaunchTarget interface {
	// Bind is the parameters the target adds to the task.
	Bind(task EcsRunTask, launchTargetOptions *LaunchTargetBindOptions) *EcsLaunchTargetConfig
}

// CapacityProviderOptions is the capacity provider strategy a task runs with.
type CapacityProviderOptions interface{}

type capacityProviders struct {
	strategy []*awsecs.CapacityProviderStrategy
}

// CapacityProviderOptions_Custom is a strategy of 1 to 20 capacity providers.
func CapacityProviderOptions_Custom(capacityProviderStrategy *[]*awsecs.CapacityProviderStrategy) CapacityProviderOptions {
	var l []*awsecs.CapacityProviderStrategy
	if capacityProviderStrategy != nil {
		l = *capacityProviderStrategy
	}
	if len(l) < 1 || len(l) > 20 {
		diag.Panic("", "Capacity provider strategy must contain between 1 and 20 capacity providers, got %d", len(l))
	}
	return &capacityProviders{l}
}

// CapacityProviderOptions_Default is the cluster's default strategy.
func CapacityProviderOptions_Default() CapacityProviderOptions { return &capacityProviders{} }

func renderCapacity(o CapacityProviderOptions) (launchTypeOff bool, strategy interface{}) {
	c, ok := o.(*capacityProviders)
	if o == nil {
		return false, nil
	}
	if !ok || len(c.strategy) == 0 {
		return true, nil
	}
	l := []interface{}{}
	for _, s := range c.strategy {
		if s != nil {
			l = append(l, obj("CapacityProvider", s.CapacityProvider, "Weight", s.Weight, "Base", s.Base))
		}
	}
	return true, l
}

// EcsFargateLaunchTarget runs the task on Fargate.
type EcsFargateLaunchTarget interface {
	IEcsLaunchTarget
}

type fargateTarget struct {
	options *EcsFargateLaunchTargetOptions
}

// NewEcsFargateLaunchTarget is the Fargate launch target.
func NewEcsFargateLaunchTarget(options *EcsFargateLaunchTargetOptions) EcsFargateLaunchTarget {
	return &fargateTarget{options}
}

// NewEcsFargateLaunchTarget_Override initializes e, a Go type embedding
// EcsFargateLaunchTarget, as the Fargate launch target.
func NewEcsFargateLaunchTarget_Override(e EcsFargateLaunchTarget, options *EcsFargateLaunchTargetOptions) {
	l2.Override[EcsFargateLaunchTarget](e, &fargateTarget{options})
}

func (f *fargateTarget) Bind(task EcsRunTask, o *LaunchTargetBindOptions) *EcsLaunchTargetConfig {
	if o == nil || o.TaskDefinition == nil || !*o.TaskDefinition.IsFargateCompatible() {
		throw(task, "Supplied TaskDefinition is not compatible with Fargate")
	}
	opts := f.options
	if opts == nil {
		opts = &EcsFargateLaunchTargetOptions{}
	}
	off, strategy := renderCapacity(opts.CapacityProviderOptions)
	m := map[string]interface{}{}
	if !off {
		m["LaunchType"] = string(awsecs.LaunchType_FARGATE)
	}
	if strategy != nil {
		m["CapacityProviderStrategy"] = strategy
	}
	if opts.PlatformVersion != "" {
		m["PlatformVersion"] = fargatePlatformVersion(opts.PlatformVersion)
	}
	return &EcsLaunchTargetConfig{Parameters: &m}
}

// EcsEc2LaunchTarget runs the task on the cluster's EC2 capacity.
type EcsEc2LaunchTarget interface {
	IEcsLaunchTarget
}

type ec2Target struct{ options *EcsEc2LaunchTargetOptions }

// NewEcsEc2LaunchTarget is the EC2 launch target.
func NewEcsEc2LaunchTarget(options *EcsEc2LaunchTargetOptions) EcsEc2LaunchTarget {
	return &ec2Target{options}
}

// NewEcsEc2LaunchTarget_Override initializes e, a Go type embedding
// EcsEc2LaunchTarget, as the EC2 launch target.
func NewEcsEc2LaunchTarget_Override(e EcsEc2LaunchTarget, options *EcsEc2LaunchTargetOptions) {
	l2.Override[EcsEc2LaunchTarget](e, &ec2Target{options})
}

func (e *ec2Target) Bind(task EcsRunTask, o *LaunchTargetBindOptions) *EcsLaunchTargetConfig {
	if o == nil || o.TaskDefinition == nil || !*o.TaskDefinition.IsEc2Compatible() {
		throw(task, "Supplied TaskDefinition is not compatible with EC2")
	}
	if o.Cluster == nil || !*o.Cluster.HasEc2Capacity() {
		throw(task, "Cluster for this service needs Ec2 capacity. Call addCapacity() on the cluster.")
	}
	opts := e.options
	if opts == nil {
		opts = &EcsEc2LaunchTargetOptions{}
	}
	off, strategy := renderCapacity(opts.CapacityProviderOptions)
	m := map[string]interface{}{}
	if !off {
		m["LaunchType"] = string(awsecs.LaunchType_EC2)
	}
	if strategy != nil {
		m["CapacityProviderStrategy"] = strategy
	}
	var cons, strats []interface{}
	if opts.PlacementConstraints != nil {
		for _, c := range *opts.PlacementConstraints {
			for _, j := range *c.ToJson() {
				cons = append(cons, obj("Type", j.Type, "Expression", j.Expression))
			}
		}
	}
	if opts.PlacementStrategies != nil {
		for _, s := range *opts.PlacementStrategies {
			for _, j := range *s.ToJson() {
				strats = append(strats, obj("Type", j.Type, "Field", j.Field))
			}
		}
	}
	if len(cons) > 0 {
		m["PlacementConstraints"] = cons
	}
	if len(strats) > 0 {
		m["PlacementStrategy"] = strats
	}
	return &EcsLaunchTargetConfig{Parameters: &m}
}

// launchParamOrder is the order aws-cdk-lib's launch targets write their
// parameters in; a Go map loses it.
var launchParamOrder = []string{"LaunchType", "CapacityProviderStrategy", "PlatformVersion", "PlacementConstraints", "PlacementStrategy"}

// ecsRunTask embeds the base itself (the _Override machinery finds only
// exported embedded fields) and keeps the shared task beside it.
type ecsRunTask struct {
	awsstepfunctions.TaskStateBase
	*sfntask.Hook
	t     *task
	conns awsec2.Connections
}

func (e *ecsRunTask) Connections() awsec2.Connections                  { return e.conns }
func (e *ecsRunTask) TaskMetrics() *awsstepfunctions.TaskMetricsConfig { return e.t.TaskMetrics() }
func (e *ecsRunTask) TaskPolicies() *[]awsiam.PolicyStatement          { return e.t.TaskPolicies() }

func newEcsRunTask(scope constructs.Construct, id *string, props *EcsRunTaskProps) EcsRunTask {
	props = l2.Inject(*EcsRunTask_PROPERTY_INJECTION_ID(), props, scope, id)
	required(scope, id, "EcsRunTask", props, "Cluster", "LaunchTarget", "TaskDefinition")
	base := &awsstepfunctions.TaskStateBaseProps{}
	copyFields(base, props)
	e := &ecsRunTask{Hook: &sfntask.Hook{}, t: &task{ql: base.QueryLanguage}, conns: awsec2.NewConnections(nil)}
	awsstepfunctions.NewTaskStateBase_Override(e, scope, id, base)
	t := e.t
	t.TaskStateBase, t.Hook = e.TaskStateBase, e.Hook
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB, awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN)
	if pattern == awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN {
		envs := map[string]interface{}{}
		if props.ContainerOverrides != nil {
			for i, o := range *props.ContainerOverrides {
				if o != nil && o.Environment != nil {
					l := []interface{}{}
					for _, v := range *o.Environment {
						if v != nil {
							l = append(l, map[string]interface{}{"name": v.Name, "value": v.Value})
						}
					}
					envs[jsString(float64(i))] = l
				}
			}
		}
		if !*awsstepfunctions.FieldUtils_ContainsTaskToken(&envs) {
			throw(e, "Task Token is required in at least one `containerOverrides.environment` for callback. Use JsonPath.taskToken to set the token.")
		}
	}
	td := props.TaskDefinition
	if td.DefaultContainer() == nil {
		throw(e, "A TaskDefinition must have at least one essential container")
	}
	var network interface{}
	if td.NetworkMode() == awsecs.NetworkMode_AWS_VPC {
		sel := props.Subnets
		if sel == nil {
			typ := awsec2.SubnetType_PRIVATE_WITH_EGRESS
			if props.AssignPublicIp != nil && *props.AssignPublicIp {
				typ = awsec2.SubnetType_PUBLIC
			}
			sel = &awsec2.SubnetSelection{SubnetType: typ}
		}
		var groups []awsec2.ISecurityGroup
		if props.SecurityGroups != nil {
			groups = *props.SecurityGroups
		} else {
			groups = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(e, str("SecurityGroup"), &awsec2.SecurityGroupProps{Vpc: props.Cluster.Vpc()})}
		}
		e.conns.AddSecurityGroup(groups...)
		var assign interface{}
		if props.AssignPublicIp != nil && *props.AssignPublicIp {
			assign = "ENABLED"
		}
		ids := make([]interface{}, len(groups))
		for i, g := range groups {
			ids[i] = g.SecurityGroupId()
		}
		network = obj("AwsvpcConfiguration", obj("AssignPublicIp", assign, "Subnets", props.Cluster.Vpc().SelectSubnets(sel).SubnetIds, "SecurityGroups", ids))
	} else {
		if props.Subnets != nil || props.SecurityGroups != nil {
			throw(e, "Supplied TaskDefinition must have 'networkMode' of 'AWS_VPC' to use 'vpcSubnets' and 'securityGroup'. Received: %s", string(td.NetworkMode()))
		}
		e.conns.AddSecurityGroup(*props.Cluster.Connections().SecurityGroups()...)
	}
	if props.ContainerOverrides != nil {
		for _, o := range *props.ContainerOverrides {
			if o == nil || o.ContainerDefinition == nil {
				throw(e, "a container override has no containerDefinition")
			}
			name := o.ContainerDefinition.ContainerName()
			if !*awscdk.Token_IsUnresolved(*name) && td.FindContainer(name) == nil {
				throw(e, "Overrides mention container with name '%s', but no such container in task definition", *name)
			}
		}
	}
	stack := awscdk.Stack_Of(e)
	runOn := td.TaskDefinitionArn()
	if !*awscdk.FeatureFlags_Of(e).IsEnabled(str("@aws-cdk/aws-stepfunctions-tasks:fixRunEcsTaskPolicy")) {
		c := stack.SplitArn(td.TaskDefinitionArn(), awscdk.ArnFormat_SLASH_RESOURCE_NAME)
		name := c.ResourceName
		if name != nil {
			name = str(strings.SplitN(*name, ":", 2)[0])
		}
		runOn = str(*stack.FormatArn(&awscdk.ArnComponents{Partition: c.Partition, Service: c.Service, Account: c.Account, Region: c.Region,
			Resource: c.Resource, ArnFormat: c.ArnFormat, ResourceName: name}) + ":*")
	}
	roles := []*string{td.TaskRole().RoleArn()}
	if r := td.ExecutionRole(); r != nil {
		roles = append(roles, r.RoleArn())
	}
	t.policies = []awsiam.PolicyStatement{
		statement([]string{"ecs:RunTask"}, runOn),
		statement([]string{"ecs:StopTask", "ecs:DescribeTasks"}, str("*")),
		statement([]string{"iam:PassRole"}, roles...),
	}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		t.policies = append(t.policies, statement([]string{"events:PutTargets", "events:PutRule", "events:DescribeRule"},
			stack.FormatArn(&awscdk.ArnComponents{Service: str("events"), Resource: str("rule"), ResourceName: str("StepFunctionsGetEventsForECSTaskRule")})))
	}
	t.Hook.Render = func(top string) interface{} {
		family := td.Family()
		if props.RevisionNumber != nil {
			family = str(*family + ":" + jsString(*props.RevisionNumber))
		}
		params := obj("Cluster", props.Cluster.ClusterArn(), "TaskDefinition", family, "NetworkConfiguration", network,
			"Overrides", ecsOverrides(props), "PropagateTags", enumValue(string(props.PropagatedTagSource)))
		if cfg := props.LaunchTarget.Bind(e, &LaunchTargetBindOptions{TaskDefinition: td, Cluster: props.Cluster}); cfg != nil && cfg.Parameters != nil {
			m := *cfg.Parameters
			seen := map[string]bool{}
			for _, k := range launchParamOrder {
				seen[k] = true
				if v := present(m[k]); v != nil {
					params.Set(k, v)
				}
			}
			for _, k := range sortedKeys(m) {
				if v := present(m[k]); !seen[k] && v != nil {
					params.Set(k, v)
				}
			}
		}
		if props.EnableExecuteCommand != nil {
			params.Set("EnableExecuteCommand", *props.EnableExecuteCommand)
		}
		return t.render(top, integrationResourceArn("ecs", "runTask", pattern), params)
	}
	return e
}

func ecsOverrides(props *EcsRunTaskProps) interface{} {
	none := props.ContainerOverrides == nil || len(*props.ContainerOverrides) == 0
	if none && props.Cpu == nil && props.MemoryMiB == nil {
		return nil
	}
	var list interface{}
	if !none {
		l := []interface{}{}
		for _, o := range *props.ContainerOverrides {
			var env interface{}
			if o.Environment != nil {
				el := []interface{}{}
				for _, v := range *o.Environment {
					if v != nil {
						el = append(el, obj("Name", v.Name, "Value", v.Value))
					}
				}
				env = el
			}
			l = append(l, obj("Name", o.ContainerDefinition.ContainerName(), "Command", o.Command, "Cpu", o.Cpu, "Memory", o.MemoryLimit,
				"MemoryReservation", o.MemoryReservation, "Environment", env))
		}
		list = l
	}
	return obj("Cpu", props.Cpu, "Memory", props.MemoryMiB, "ContainerOverrides", list)
}

// fargatePlatformVersion is the value ECS takes for v (LATEST, 1.4.0, …).
func fargatePlatformVersion(v awsecs.FargatePlatformVersion) string {
	if n, ok := strings.CutPrefix(string(v), "VERSION"); ok {
		return strings.ReplaceAll(n, "_", ".") + ".0"
	}
	return string(v)
}
