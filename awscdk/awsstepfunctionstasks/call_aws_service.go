package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"strings"
)

// CallAwsService calls any AWS SDK API (an AWS SDK service integration).
type CallAwsService interface {
	awsstepfunctions.TaskStateBase
}

// NewCallAwsService builds the task at scope/id.
func NewCallAwsService(scope constructs.Construct, id *string, props *CallAwsServiceProps) CallAwsService {
	return newCallAwsService(scope, id, props)
}

// NewCallAwsService_Override initializes t, a Go type embedding CallAwsService, as the task.
func NewCallAwsService_Override(t CallAwsService, scope constructs.Construct, id *string, props *CallAwsServiceProps) {
	l2.Override[CallAwsService](t, newCallAwsService(scope, id, props))
}

// CallAwsService_JsonPath builds the task with JSONPath fields.
func CallAwsService_JsonPath(scope constructs.Construct, id *string, props *CallAwsServiceJsonPathProps) CallAwsService {
	if props == nil {
		return newCallAwsService(scope, id, nil)
	}
	p := &CallAwsServiceProps{}
	copyFields(p, props)
	return newCallAwsService(scope, id, p)
}

// CallAwsService_Jsonata builds the task with JSONata fields: its query language is JSONata.
func CallAwsService_Jsonata(scope constructs.Construct, id *string, props *CallAwsServiceJsonataProps) CallAwsService {
	if props == nil {
		return newCallAwsService(scope, id, nil)
	}
	p := &CallAwsServiceProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newCallAwsService(scope, id, p)
}

// CallAwsService_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func CallAwsService_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// CallAwsService_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func CallAwsService_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// CallAwsService_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func CallAwsService_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// CallAwsService_IsConstruct reports whether x is a construct.
func CallAwsService_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CallAwsService_PrefixStates prefixes the names of the states under root.
func CallAwsService_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// CallAwsServiceProps configures a CallAwsService task.
type CallAwsServiceProps struct {
	Comment                 *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage           awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName               *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials             *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat               awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout        awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern      awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout             awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                 awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                  *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath               *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath              *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                 interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath              *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector          *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Action                  *string                             `field:"required" json:"action" yaml:"action"`
	IamResources            *[]*string                          `field:"required" json:"iamResources" yaml:"iamResources"`
	Service                 *string                             `field:"required" json:"service" yaml:"service"`
	AdditionalIamStatements *[]awsiam.PolicyStatement           `field:"optional" json:"additionalIamStatements" yaml:"additionalIamStatements"`
	IamAction               *string                             `field:"optional" json:"iamAction" yaml:"iamAction"`
	Parameters              *map[string]interface{}             `field:"optional" json:"parameters" yaml:"parameters"`
}

// CallAwsServiceJsonPathProps configures a CallAwsService task with JSONPath fields.
type CallAwsServiceJsonPathProps struct {
	Comment                 *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage           awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName               *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials             *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat               awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout        awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern      awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout             awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                 awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                  *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath               *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath              *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath              *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector          *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Action                  *string                             `field:"required" json:"action" yaml:"action"`
	IamResources            *[]*string                          `field:"required" json:"iamResources" yaml:"iamResources"`
	Service                 *string                             `field:"required" json:"service" yaml:"service"`
	AdditionalIamStatements *[]awsiam.PolicyStatement           `field:"optional" json:"additionalIamStatements" yaml:"additionalIamStatements"`
	IamAction               *string                             `field:"optional" json:"iamAction" yaml:"iamAction"`
	Parameters              *map[string]interface{}             `field:"optional" json:"parameters" yaml:"parameters"`
}

// CallAwsServiceJsonataProps configures a CallAwsService task with JSONata fields.
type CallAwsServiceJsonataProps struct {
	Comment                 *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage           awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName               *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials             *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat               awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout        awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern      awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout             awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                 awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                  *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                 interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	Action                  *string                             `field:"required" json:"action" yaml:"action"`
	IamResources            *[]*string                          `field:"required" json:"iamResources" yaml:"iamResources"`
	Service                 *string                             `field:"required" json:"service" yaml:"service"`
	AdditionalIamStatements *[]awsiam.PolicyStatement           `field:"optional" json:"additionalIamStatements" yaml:"additionalIamStatements"`
	IamAction               *string                             `field:"optional" json:"iamAction" yaml:"iamAction"`
	Parameters              *map[string]interface{}             `field:"optional" json:"parameters" yaml:"parameters"`
}

// iamServices are the IAM prefixes of the SDK services whose names differ.
var iamServices = map[string]string{
	"bedrockagent": "bedrock", "cloudwatchlogs": "logs", "efs": "elasticfilesystem", "elasticloadbalancingv2": "elasticloadbalancing",
	"mediapackagevod": "mediapackage-vod", "mwaa": "airflow", "sfn": "states",
}

func newCallAwsService(scope constructs.Construct, id *string, props *CallAwsServiceProps) CallAwsService {
	required(scope, id, "CallAwsService", props, "Action", "IamResources", "Service")
	t := newTask(scope, id, props)
	if props.IntegrationPattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		throw(t, "The RUN_JOB integration pattern is not supported for CallAwsService")
	}
	action := *props.Action
	if !*awscdk.Token_IsUnresolved(action) && (action == "" || action[:1] != strings.ToLower(action[:1])) {
		throw(t, "action must be camelCase, got: %s", action)
	}
	if props.Parameters != nil {
		var bad []string
		for _, k := range sortedKeys(*props.Parameters) {
			if k == "" || k[:1] != strings.ToUpper(k[:1]) {
				bad = append(bad, k)
			}
		}
		if len(bad) > 0 {
			throw(t, "parameter names must be PascalCase, got: %s", strings.Join(bad, ", "))
		}
	}
	service := *props.Service
	iamService := service
	if s, ok := iamServices[service]; ok {
		iamService = s
	}
	iamAction := iamService + ":" + action
	if props.IamAction != nil {
		iamAction = *props.IamAction
	}
	t.policies = []awsiam.PolicyStatement{statement([]string{iamAction}, *props.IamResources...)}
	if props.AdditionalIamStatements != nil {
		t.policies = append(t.policies, *props.AdditionalIamStatements...)
	}
	t.Hook.Render = func(top string) interface{} {
		svc := service
		if !*awscdk.Token_IsUnresolved(svc) {
			svc = strings.ToLower(svc)
		}
		params := map[string]interface{}{}
		if props.Parameters != nil {
			params = *props.Parameters
		}
		return t.render(top, integrationResourceArn("aws-sdk", svc+":"+action, props.IntegrationPattern), params)
	}
	return t
}
