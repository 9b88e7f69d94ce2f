package awseventstargets

// EcsTask lives in its own file because awsecspatterns' scheduled tasks
// need it (issue 19); it was added from the patterns branch.

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// Tag is a tag of the tasks an EcsTask target starts.
type Tag struct {
	Key   *string `field:"required" json:"key" yaml:"key"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

// TaskEnvironmentVariable is an environment variable a container override sets.
type TaskEnvironmentVariable struct {
	Name  *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

// ContainerOverride changes a container of the started task.
type ContainerOverride struct {
	ContainerName     *string                     `field:"required" json:"containerName" yaml:"containerName"`
	Command           *[]*string                  `field:"optional" json:"command" yaml:"command"`
	Cpu               *float64                    `field:"optional" json:"cpu" yaml:"cpu"`
	Environment       *[]*TaskEnvironmentVariable `field:"optional" json:"environment" yaml:"environment"`
	MemoryLimit       *float64                    `field:"optional" json:"memoryLimit" yaml:"memoryLimit"`
	MemoryReservation *float64                    `field:"optional" json:"memoryReservation" yaml:"memoryReservation"`
}

// EphemeralStorageOverride sets the started task's ephemeral storage (20 to 200 GiB).
type EphemeralStorageOverride struct {
	SizeInGiB *float64 `field:"required" json:"sizeInGiB" yaml:"sizeInGiB"`
}

// InferenceAcceleratorOverride sets an inference accelerator of the started task.
type InferenceAcceleratorOverride struct {
	DeviceName *string `field:"optional" json:"deviceName" yaml:"deviceName"`
	DeviceType *string `field:"optional" json:"deviceType" yaml:"deviceType"`
}

// EcsTaskProps are the props of NewEcsTask.
type EcsTaskProps struct {
	DeadLetterQueue               awssqs.IQueue                    `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge                   awscdk.Duration                  `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts                 *float64                         `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	Cluster                       awsecs.ICluster                  `field:"required" json:"cluster" yaml:"cluster"`
	TaskDefinition                awsecs.ITaskDefinition           `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	AssignPublicIp                *bool                            `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	ContainerOverrides            *[]*ContainerOverride            `field:"optional" json:"containerOverrides" yaml:"containerOverrides"`
	Cpu                           *string                          `field:"optional" json:"cpu" yaml:"cpu"`
	EnableExecuteCommand          *bool                            `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	EphemeralStorage              *EphemeralStorageOverride        `field:"optional" json:"ephemeralStorage" yaml:"ephemeralStorage"`
	ExecutionRole                 awsiam.IRole                     `field:"optional" json:"executionRole" yaml:"executionRole"`
	InferenceAcceleratorOverrides *[]*InferenceAcceleratorOverride `field:"optional" json:"inferenceAcceleratorOverrides" yaml:"inferenceAcceleratorOverrides"`
	LaunchType                    awsecs.LaunchType                `field:"optional" json:"launchType" yaml:"launchType"`
	Memory                        *string                          `field:"optional" json:"memory" yaml:"memory"`
	PlatformVersion               awsecs.FargatePlatformVersion    `field:"optional" json:"platformVersion" yaml:"platformVersion"`
	PropagateTags                 awsecs.PropagatedTagSource       `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	Role                          awsiam.IRole                     `field:"optional" json:"role" yaml:"role"`
	SecurityGroups                *[]awsec2.ISecurityGroup         `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SubnetSelection               *awsec2.SubnetSelection          `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Tags                          *[]*Tag                          `field:"optional" json:"tags" yaml:"tags"`
	TaskCount                     *float64                         `field:"optional" json:"taskCount" yaml:"taskCount"`
	TaskRole                      awsiam.IRole                     `field:"optional" json:"taskRole" yaml:"taskRole"`
}

// EcsTask starts tasks of a task definition on a cluster.
type EcsTask interface {
	awsevents.IRuleTarget
	SecurityGroups() *[]awsec2.ISecurityGroup
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type ecsTask struct {
	props          EcsTaskProps
	role           awsiam.IRole
	taskCount      *float64
	securityGroups []awsec2.ISecurityGroup
}

// The CloudFormation values of the Fargate platform versions.
var platformVersions = map[awsecs.FargatePlatformVersion]string{
	awsecs.FargatePlatformVersion_LATEST: "LATEST", awsecs.FargatePlatformVersion_VERSION1_4: "1.4.0",
	awsecs.FargatePlatformVersion_VERSION1_3: "1.3.0", awsecs.FargatePlatformVersion_VERSION1_2: "1.2.0",
	awsecs.FargatePlatformVersion_VERSION1_1: "1.1.0", awsecs.FargatePlatformVersion_VERSION1_0: "1.0.0",
}

var revisionSuffix = regexp.MustCompile(`:[0-9]+$`)

// NewEcsTask makes an ECS task a rule target: the rule's role (the task
// definition's EventsRole unless given) may run the task and pass its
// roles; an awsvpc task gets the task definition's security group unless
// given some.
func NewEcsTask(props *EcsTaskProps) EcsTask {
	e := &ecsTask{}
	e.init(props)
	return e
}

// NewEcsTask_Override builds the target for a Go type that embeds EcsTask.
func NewEcsTask_Override(e EcsTask, props *EcsTaskProps) {
	t := &ecsTask{}
	t.init(props)
	l2.Override(e, EcsTask(t))
}

func (e *ecsTask) init(props *EcsTaskProps) {
	if props == nil || props.Cluster == nil || props.TaskDefinition == nil {
		diag.Panic("", "EcsTask: cluster and taskDefinition are required")
	}
	e.props = *props
	e.taskCount = props.TaskCount
	if e.taskCount == nil {
		e.taskCount = jsii.Number(1)
	}
	if p := props.PropagateTags; p != "" && p != awsecs.PropagatedTagSource_TASK_DEFINITION && p != awsecs.PropagatedTagSource_NONE {
		diag.Panic("", "When propagateTags is passed, it must be set to TASK_DEFINITION or NONE.")
	}
	td := props.TaskDefinition
	e.role = props.Role
	if e.role == nil {
		e.role = singletonEventRole(td)
	}
	for _, s := range e.policyStatements() {
		e.role.AddToPrincipalPolicy(s)
	}
	if td.NetworkMode() != awsecs.NetworkMode_AWS_VPC {
		if props.SecurityGroups != nil {
			awscdk.Annotations_Of(td).AddWarningV2(jsii.String("@aws-cdk/aws-events-targets:ecsTaskSecurityGroupIgnored"),
				jsii.String("security groups are ignored when network mode is not awsvpc"))
		}
		return
	}
	if props.SecurityGroups != nil {
		e.securityGroups = append(e.securityGroups, *props.SecurityGroups...)
		return
	}
	tdc, ok := td.(constructs.Construct)
	if !ok {
		diag.Panic("", "Cannot create a security group for ECS task. The task definition in ECS task is not a Construct. Please pass a taskDefinition as a Construct in EcsTaskProps.")
	}
	var sg awsec2.ISecurityGroup
	if c := td.Node().TryFindChild(jsii.String("SecurityGroup")); c != nil {
		sg, _ = c.(awsec2.ISecurityGroup)
	}
	if sg == nil {
		sg = awsec2.NewSecurityGroup(tdc, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{Vpc: props.Cluster.Vpc()})
	}
	e.securityGroups = []awsec2.ISecurityGroup{sg}
}

func (e *ecsTask) policyStatements() []awsiam.PolicyStatement {
	td, cluster := e.props.TaskDefinition, e.props.Cluster
	arn := *td.TaskDefinitionArn()
	if !*awscdk.Token_IsUnresolved(arn) && !revisionSuffix.MatchString(arn) {
		arn += ":*"
	}
	stack := awscdk.Stack_Of(cluster)
	out := []awsiam.PolicyStatement{
		awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("ecs:RunTask"), Resources: jsii.Strings(arn),
			Conditions: &map[string]interface{}{"ArnEquals": map[string]interface{}{"ecs:cluster": cluster.ClusterArn()}}}),
		awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("ecs:TagResource"),
			Resources: jsii.Strings("arn:" + *stack.Partition() + ":ecs:" + *cluster.Env().Region + ":*:task/" + *cluster.ClusterName() + "/*")}),
	}
	if r := td.ExecutionRole(); r != nil {
		out = append(out, awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("iam:PassRole"), Resources: &[]*string{r.RoleArn()}}))
	}
	if *td.IsFargateCompatible() {
		out = append(out, awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("iam:PassRole"), Resources: &[]*string{td.TaskRole().RoleArn()}}))
	}
	return out
}

func (e *ecsTask) SecurityGroups() *[]awsec2.ISecurityGroup {
	if e.securityGroups == nil {
		return nil
	}
	out := append([]awsec2.ISecurityGroup(nil), e.securityGroups...)
	return &out
}

// Bind renders the target: the cluster, the role, the ECS parameters and
// the task overrides as input.
func (e *ecsTask) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	p, td := &e.props, e.props.TaskDefinition
	input := e.input(rule)
	subnets := p.SubnetSelection
	if subnets == nil {
		subnets = &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS}
	}
	public := subnets.SubnetType == awsec2.SubnetType_PUBLIC
	if p.AssignPublicIp != nil && *p.AssignPublicIp && !public {
		l2.Throw(rule, "assignPublicIp should be set to true only for PUBLIC subnets")
	}
	assign := "DISABLED"
	if (p.AssignPublicIp != nil && *p.AssignPublicIp) || (p.AssignPublicIp == nil && public) {
		assign = "ENABLED"
	}
	launch := string(p.LaunchType)
	if launch == "" {
		launch = "FARGATE"
		if *td.IsEc2Compatible() {
			launch = "EC2"
		}
	}
	if assign == "ENABLED" && launch != "FARGATE" {
		l2.Throw(rule, "assignPublicIp is only supported for FARGATE tasks")
	}
	params := &awsevents.CfnRule_EcsParametersProperty{TaskCount: e.taskCount, TaskDefinitionArn: td.TaskDefinitionArn(),
		EnableExecuteCommand: boolOrNil(p.EnableExecuteCommand)}
	if p.PropagateTags != "" {
		params.PropagateTags = jsii.String(string(p.PropagateTags))
	}
	if p.Tags != nil {
		var tags []*awscdk.CfnTag
		for _, t := range *p.Tags {
			tags = append(tags, &awscdk.CfnTag{Key: t.Key, Value: t.Value})
		}
		params.TagList = &tags
	}
	if td.NetworkMode() == awsecs.NetworkMode_AWS_VPC {
		params.LaunchType = jsii.String(launch)
		if p.PlatformVersion != "" {
			v, ok := platformVersions[p.PlatformVersion]
			if !ok {
				v = string(p.PlatformVersion)
			}
			params.PlatformVersion = jsii.String(v)
		}
		vpcCfg := &awsevents.CfnRule_AwsVpcConfigurationProperty{
			Subnets: p.Cluster.Vpc().SelectSubnets(subnets).SubnetIds, AssignPublicIp: jsii.String(assign),
		}
		if e.securityGroups != nil {
			ids := make([]*string, len(e.securityGroups))
			for i, sg := range e.securityGroups {
				ids[i] = sg.SecurityGroupId()
			}
			vpcCfg.SecurityGroups = &ids
		}
		params.NetworkConfiguration = &awsevents.CfnRule_NetworkConfigurationProperty{AwsVpcConfiguration: vpcCfg}
	}
	addDeadLetterPolicy(rule, p.DeadLetterQueue)
	cfg := baseConfig(p.DeadLetterQueue, p.MaxEventAge, p.RetryAttempts)
	cfg.Arn = p.Cluster.ClusterArn()
	cfg.Role = e.role
	cfg.EcsParameters = params
	cfg.Input = awsevents.RuleTargetInput_FromObject(input)
	cfg.TargetResource = td
	return cfg
}

func boolOrNil(b *bool) interface{} {
	if b == nil {
		return nil
	}
	return b
}

// input is the task overrides in aws-cdk-lib's key order.
func (e *ecsTask) input(rule interfacesawsevents.IRuleRef) *ojson.Object {
	p := &e.props
	o := ojson.New()
	if p.ContainerOverrides != nil {
		var list []interface{}
		for _, c := range *p.ContainerOverrides {
			co := ojson.New()
			co.Set("name", c.ContainerName)
			setIf(co, "command", c.Command != nil, c.Command)
			setIf(co, "cpu", c.Cpu != nil, c.Cpu)
			if c.Environment != nil {
				var env []interface{}
				for _, v := range *c.Environment {
					kv := ojson.New()
					kv.Set("name", v.Name)
					kv.Set("value", v.Value)
					env = append(env, kv)
				}
				co.Set("environment", env)
			}
			setIf(co, "memoryLimit", c.MemoryLimit != nil, c.MemoryLimit)
			setIf(co, "memoryReservation", c.MemoryReservation != nil, c.MemoryReservation)
			list = append(list, co)
		}
		o.Set("containerOverrides", list)
	}
	if p.EphemeralStorage != nil {
		if s := p.EphemeralStorage.SizeInGiB; s == nil || *s < 20 || *s > 200 {
			l2.Throw(rule, "Ephemeral storage size must be between 20 GiB and 200 GiB.")
		}
	}
	setIf(o, "cpu", p.Cpu != nil && *p.Cpu != "", p.Cpu)
	if p.EphemeralStorage != nil {
		es := ojson.New()
		es.Set("sizeInGiB", p.EphemeralStorage.SizeInGiB)
		o.Set("ephemeralStorage", es)
	}
	if p.ExecutionRole != nil {
		o.Set("executionRole", p.ExecutionRole.RoleArn())
	}
	if p.InferenceAcceleratorOverrides != nil {
		var list []interface{}
		for _, a := range *p.InferenceAcceleratorOverrides {
			ao := ojson.New()
			setIf(ao, "deviceName", a.DeviceName != nil, a.DeviceName)
			setIf(ao, "deviceType", a.DeviceType != nil, a.DeviceType)
			list = append(list, ao)
		}
		o.Set("inferenceAcceleratorOverrides", list)
	}
	setIf(o, "memory", p.Memory != nil && *p.Memory != "", p.Memory)
	if p.TaskRole != nil {
		o.Set("taskRole", p.TaskRole.RoleArn())
	}
	return o
}

func setIf(o *ojson.Object, key string, ok bool, v interface{}) {
	if ok {
		o.Set(key, v)
	}
}
