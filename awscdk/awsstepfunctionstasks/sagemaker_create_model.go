package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"strings"
)

// SageMakerCreateModel creates a SageMaker model from its containers.
type SageMakerCreateModel interface {
	awsstepfunctions.TaskStateBase
	awsec2.IConnectable
	awsiam.IGrantable
	Connections() awsec2.Connections
	GrantPrincipal() awsiam.IPrincipal
	Role() awsiam.IRole
	AddSecurityGroup(securityGroup awsec2.ISecurityGroup)
}

// NewSageMakerCreateModel builds the task at scope/id.
func NewSageMakerCreateModel(scope constructs.Construct, id *string, props *SageMakerCreateModelProps) SageMakerCreateModel {
	return newSageMakerCreateModel(scope, id, props)
}

// NewSageMakerCreateModel_Override initializes t, a Go type embedding SageMakerCreateModel, as the task.
func NewSageMakerCreateModel_Override(t SageMakerCreateModel, scope constructs.Construct, id *string, props *SageMakerCreateModelProps) {
	l2.Override[SageMakerCreateModel](t, newSageMakerCreateModel(scope, id, props))
}

// SageMakerCreateModel_JsonPath builds the task with JSONPath fields.
func SageMakerCreateModel_JsonPath(scope constructs.Construct, id *string, props *SageMakerCreateModelJsonPathProps) SageMakerCreateModel {
	if props == nil {
		return newSageMakerCreateModel(scope, id, nil)
	}
	p := &SageMakerCreateModelProps{}
	copyFields(p, props)
	return newSageMakerCreateModel(scope, id, p)
}

// SageMakerCreateModel_Jsonata builds the task with JSONata fields: its query language is JSONata.
func SageMakerCreateModel_Jsonata(scope constructs.Construct, id *string, props *SageMakerCreateModelJsonataProps) SageMakerCreateModel {
	if props == nil {
		return newSageMakerCreateModel(scope, id, nil)
	}
	p := &SageMakerCreateModelProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newSageMakerCreateModel(scope, id, p)
}

// SageMakerCreateModel_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func SageMakerCreateModel_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// SageMakerCreateModel_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func SageMakerCreateModel_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// SageMakerCreateModel_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func SageMakerCreateModel_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// SageMakerCreateModel_IsConstruct reports whether x is a construct.
func SageMakerCreateModel_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// SageMakerCreateModel_PrefixStates prefixes the names of the states under root.
func SageMakerCreateModel_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// SageMakerCreateModel_PROPERTY_INJECTION_ID is the id property injectors use for SageMakerCreateModel.
func SageMakerCreateModel_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateModel")
}

// SageMakerCreateModelProps configures a SageMakerCreateModel task.
type SageMakerCreateModelProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath              *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath             *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath             *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector         *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ModelName              *string                             `field:"required" json:"modelName" yaml:"modelName"`
	PrimaryContainer       IContainerDefinition                `field:"required" json:"primaryContainer" yaml:"primaryContainer"`
	Containers             *[]IContainerDefinition             `field:"optional" json:"containers" yaml:"containers"`
	EnableNetworkIsolation *bool                               `field:"optional" json:"enableNetworkIsolation" yaml:"enableNetworkIsolation"`
	Role                   awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	SubnetSelection        *awsec2.SubnetSelection             `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Tags                   awsstepfunctions.TaskInput          `field:"optional" json:"tags" yaml:"tags"`
	Vpc                    awsec2.IVpc                         `field:"optional" json:"vpc" yaml:"vpc"`
}

// SageMakerCreateModelJsonPathProps configures a SageMakerCreateModel task with JSONPath fields.
type SageMakerCreateModelJsonPathProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath              *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath             *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath             *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector         *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	ModelName              *string                             `field:"required" json:"modelName" yaml:"modelName"`
	PrimaryContainer       IContainerDefinition                `field:"required" json:"primaryContainer" yaml:"primaryContainer"`
	Containers             *[]IContainerDefinition             `field:"optional" json:"containers" yaml:"containers"`
	EnableNetworkIsolation *bool                               `field:"optional" json:"enableNetworkIsolation" yaml:"enableNetworkIsolation"`
	Role                   awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	SubnetSelection        *awsec2.SubnetSelection             `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Tags                   awsstepfunctions.TaskInput          `field:"optional" json:"tags" yaml:"tags"`
	Vpc                    awsec2.IVpc                         `field:"optional" json:"vpc" yaml:"vpc"`
}

// SageMakerCreateModelJsonataProps configures a SageMakerCreateModel task with JSONata fields.
type SageMakerCreateModelJsonataProps struct {
	Comment                *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage          awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName              *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials            *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat              awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout       awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern     awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout            awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                 *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ModelName              *string                             `field:"required" json:"modelName" yaml:"modelName"`
	PrimaryContainer       IContainerDefinition                `field:"required" json:"primaryContainer" yaml:"primaryContainer"`
	Containers             *[]IContainerDefinition             `field:"optional" json:"containers" yaml:"containers"`
	EnableNetworkIsolation *bool                               `field:"optional" json:"enableNetworkIsolation" yaml:"enableNetworkIsolation"`
	Role                   awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	SubnetSelection        *awsec2.SubnetSelection             `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Tags                   awsstepfunctions.TaskInput          `field:"optional" json:"tags" yaml:"tags"`
	Vpc                    awsec2.IVpc                         `field:"optional" json:"vpc" yaml:"vpc"`
}

func newSageMakerCreateModel(scope constructs.Construct, id *string, props *SageMakerCreateModelProps) SageMakerCreateModel {
	props = l2.Inject(*SageMakerCreateModel_PROPERTY_INJECTION_ID(), props, scope, id)
	required(scope, id, "SageMakerCreateModel", props, "ModelName", "PrimaryContainer")
	s := newSageMakerTask(scope, id, props)
	pattern := patternOr(props.IntegrationPattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE)
	var subnets interface{}
	if props.Vpc != nil {
		sel := props.SubnetSelection
		if sel == nil {
			sel = &awsec2.SubnetSelection{}
		}
		subnets = props.Vpc.SelectSubnets(sel).SubnetIds
	}
	s.role = props.Role
	if s.role == nil {
		role := awsiam.NewRole(s, str("SagemakerRole"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(str("sagemaker.amazonaws.com"), nil),
			InlinePolicies: &map[string]awsiam.PolicyDocument{"CreateModel": awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{
				Statements: &[]awsiam.PolicyStatement{statement([]string{"cloudwatch:PutMetricData", "logs:CreateLogStream", "logs:CreateLogGroup",
					"logs:PutLogEvents", "logs:DescribeLogStreams", "ecr:GetAuthorizationToken"}, str("*"))}})},
		})
		if props.Vpc != nil {
			role.AddToPrincipalPolicy(statement(sageMakerENIActions, str("*")))
		}
		s.role = role
	}
	name := "*"
	if !isJsonPathOrJsonata(*props.ModelName) {
		name = strings.ToLower(*props.ModelName) + "*"
	}
	stack := awscdk.Stack_Of(s)
	s.t.policies = []awsiam.PolicyStatement{
		statement([]string{"sagemaker:CreateModel"}, stack.FormatArn(&awscdk.ArnComponents{Service: str("sagemaker"), Resource: str("model"), ResourceName: str(name)})),
		statement([]string{"sagemaker:ListTags"}, str("*")),
		sageMakerPassRole(s.role),
	}
	var sg awsec2.ISecurityGroup
	s.Hook.Render = func(top string) interface{} {
		var containers interface{}
		if props.Containers != nil {
			l := []interface{}{}
			for _, c := range *props.Containers {
				if c == nil {
					throw(s, "SageMakerCreateModel: a container is nil")
				}
				// aws-cdk-lib puts each bound config itself (not its
				// parameters) in the list.
				l = append(l, obj("parameters", containerParams(c, c.Bind(s))))
			}
			containers = l
		}
		var vpc interface{}
		if props.Vpc != nil {
			if sg == nil {
				sg = awsec2.NewSecurityGroup(s, str("ModelSecurityGroup"), &awsec2.SecurityGroupProps{Vpc: props.Vpc})
				s.conns.AddSecurityGroup(sg)
				s.groups = append(s.groups, sg)
			}
			vpc = s.vpcConfig(subnets)
		}
		return s.t.render(top, integrationResourceArn("sagemaker", "createModel", pattern), obj(
			"EnableNetworkIsolation", props.EnableNetworkIsolation, "ExecutionRoleArn", s.role.RoleArn(), "ModelName", props.ModelName,
			"Tags", inputValue(props.Tags), "PrimaryContainer", containerParams(props.PrimaryContainer, props.PrimaryContainer.Bind(s)),
			"Containers", containers, "VpcConfig", vpc))
	}
	return s
}
