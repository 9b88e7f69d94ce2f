package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// MediaConvertCreateJob creates an AWS Elemental MediaConvert job.
type MediaConvertCreateJob interface {
	awsstepfunctions.TaskStateBase
}

// NewMediaConvertCreateJob builds the task at scope/id.
func NewMediaConvertCreateJob(scope constructs.Construct, id *string, props *MediaConvertCreateJobProps) MediaConvertCreateJob {
	return newMediaConvertCreateJob(scope, id, props)
}

// NewMediaConvertCreateJob_Override initializes t, a Go type embedding MediaConvertCreateJob, as the task.
func NewMediaConvertCreateJob_Override(t MediaConvertCreateJob, scope constructs.Construct, id *string, props *MediaConvertCreateJobProps) {
	l2.Override[MediaConvertCreateJob](t, newMediaConvertCreateJob(scope, id, props))
}

// MediaConvertCreateJob_JsonPath builds the task with JSONPath fields.
func MediaConvertCreateJob_JsonPath(scope constructs.Construct, id *string, props *MediaConvertCreateJobJsonPathProps) MediaConvertCreateJob {
	if props == nil {
		return newMediaConvertCreateJob(scope, id, nil)
	}
	p := &MediaConvertCreateJobProps{}
	copyFields(p, props)
	return newMediaConvertCreateJob(scope, id, p)
}

// MediaConvertCreateJob_Jsonata builds the task with JSONata fields: its query language is JSONata.
func MediaConvertCreateJob_Jsonata(scope constructs.Construct, id *string, props *MediaConvertCreateJobJsonataProps) MediaConvertCreateJob {
	if props == nil {
		return newMediaConvertCreateJob(scope, id, nil)
	}
	p := &MediaConvertCreateJobProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newMediaConvertCreateJob(scope, id, p)
}

// MediaConvertCreateJob_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func MediaConvertCreateJob_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// MediaConvertCreateJob_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func MediaConvertCreateJob_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// MediaConvertCreateJob_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func MediaConvertCreateJob_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// MediaConvertCreateJob_IsConstruct reports whether x is a construct.
func MediaConvertCreateJob_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// MediaConvertCreateJob_PrefixStates prefixes the names of the states under root.
func MediaConvertCreateJob_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// MediaConvertCreateJobProps configures a MediaConvertCreateJob task.
type MediaConvertCreateJobProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	CreateJobRequest   *map[string]interface{}             `field:"required" json:"createJobRequest" yaml:"createJobRequest"`
}

// MediaConvertCreateJobJsonPathProps configures a MediaConvertCreateJob task with JSONPath fields.
type MediaConvertCreateJobJsonPathProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	CreateJobRequest   *map[string]interface{}             `field:"required" json:"createJobRequest" yaml:"createJobRequest"`
}

// MediaConvertCreateJobJsonataProps configures a MediaConvertCreateJob task with JSONata fields.
type MediaConvertCreateJobJsonataProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	CreateJobRequest   *map[string]interface{}             `field:"required" json:"createJobRequest" yaml:"createJobRequest"`
}

func newMediaConvertCreateJob(scope constructs.Construct, id *string, props *MediaConvertCreateJobProps) MediaConvertCreateJob {
	required(scope, id, "MediaConvertCreateJob", props, "CreateJobRequest")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	req := *props.CreateJobRequest
	for _, k := range []string{"Role", "Settings"} {
		if present(req[k]) == nil {
			throw(t, "%s is missing required property: %s", *t.Node().Path(), k)
		}
	}
	role, _ := plain(req["Role"]).(string)
	t.policies = []awsiam.PolicyStatement{
		awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: str1("iam:PassRole"), Resources: str1(role),
			Conditions: &map[string]interface{}{"StringLike": map[string]interface{}{"iam:PassedToService": "mediaconvert.amazonaws.com"}}}),
		statement([]string{"mediaconvert:CreateJob"}, str("*")),
	}
	// aws-cdk-lib checks the pattern as given, not its default.
	if props.IntegrationPattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		t.policies = append(t.policies, statement([]string{"mediaconvert:GetJob", "mediaconvert:CancelJob"}, str("*")),
			statement([]string{"events:PutTargets", "events:PutRule", "events:DescribeRule"}, awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{
				Service: str("events"), Resource: str("rule"), ResourceName: str("StepFunctionsGetEventsForMediaConvertJobRule")})))
	}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("mediaconvert", "createJob", props.IntegrationPattern), req)
	}
	return t
}
