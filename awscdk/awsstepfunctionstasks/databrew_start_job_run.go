package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// GlueDataBrewStartJobRun starts a run of a Glue DataBrew job.
type GlueDataBrewStartJobRun interface {
	awsstepfunctions.TaskStateBase
}

// NewGlueDataBrewStartJobRun builds the task at scope/id.
func NewGlueDataBrewStartJobRun(scope constructs.Construct, id *string, props *GlueDataBrewStartJobRunProps) GlueDataBrewStartJobRun {
	return newGlueDataBrewStartJobRun(scope, id, props)
}

// NewGlueDataBrewStartJobRun_Override initializes t, a Go type embedding GlueDataBrewStartJobRun, as the task.
func NewGlueDataBrewStartJobRun_Override(t GlueDataBrewStartJobRun, scope constructs.Construct, id *string, props *GlueDataBrewStartJobRunProps) {
	l2.Override[GlueDataBrewStartJobRun](t, newGlueDataBrewStartJobRun(scope, id, props))
}

// GlueDataBrewStartJobRun_JsonPath builds the task with JSONPath fields.
func GlueDataBrewStartJobRun_JsonPath(scope constructs.Construct, id *string, props *GlueDataBrewStartJobRunJsonPathProps) GlueDataBrewStartJobRun {
	if props == nil {
		return newGlueDataBrewStartJobRun(scope, id, nil)
	}
	p := &GlueDataBrewStartJobRunProps{}
	copyFields(p, props)
	return newGlueDataBrewStartJobRun(scope, id, p)
}

// GlueDataBrewStartJobRun_Jsonata builds the task with JSONata fields: its query language is JSONata.
func GlueDataBrewStartJobRun_Jsonata(scope constructs.Construct, id *string, props *GlueDataBrewStartJobRunJsonataProps) GlueDataBrewStartJobRun {
	if props == nil {
		return newGlueDataBrewStartJobRun(scope, id, nil)
	}
	p := &GlueDataBrewStartJobRunProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newGlueDataBrewStartJobRun(scope, id, p)
}

// GlueDataBrewStartJobRun_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func GlueDataBrewStartJobRun_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// GlueDataBrewStartJobRun_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func GlueDataBrewStartJobRun_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// GlueDataBrewStartJobRun_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func GlueDataBrewStartJobRun_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// GlueDataBrewStartJobRun_IsConstruct reports whether x is a construct.
func GlueDataBrewStartJobRun_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// GlueDataBrewStartJobRun_PrefixStates prefixes the names of the states under root.
func GlueDataBrewStartJobRun_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// GlueDataBrewStartJobRunProps configures a GlueDataBrewStartJobRun task.
type GlueDataBrewStartJobRunProps struct {
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
	Name               *string                             `field:"required" json:"name" yaml:"name"`
}

// GlueDataBrewStartJobRunJsonPathProps configures a GlueDataBrewStartJobRun task with JSONPath fields.
type GlueDataBrewStartJobRunJsonPathProps struct {
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
	Name               *string                             `field:"required" json:"name" yaml:"name"`
}

// GlueDataBrewStartJobRunJsonataProps configures a GlueDataBrewStartJobRun task with JSONata fields.
type GlueDataBrewStartJobRunJsonataProps struct {
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
	Name               *string                             `field:"required" json:"name" yaml:"name"`
}

func newGlueDataBrewStartJobRun(scope constructs.Construct, id *string, props *GlueDataBrewStartJobRunProps) GlueDataBrewStartJobRun {
	required(scope, id, "GlueDataBrewStartJobRun", props, "Name")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	actions := []string{"databrew:startJobRun"}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		actions = append(actions, "databrew:stopJobRun", "databrew:listJobRuns")
	}
	name := props.Name
	if *awsstepfunctions.JsonPath_IsEncodedJsonPath(name) || isJsonata(*name) {
		name = str("*")
	}
	t.policies = []awsiam.PolicyStatement{statement(actions, awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{Service: str("databrew"), Resource: str("job"), ResourceName: name}))}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("databrew", "startJobRun", pattern), obj("Name", props.Name))
	}
	return t
}
