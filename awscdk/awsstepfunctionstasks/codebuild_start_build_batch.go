package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodebuild"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodebuild"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// CodeBuildStartBuildBatch starts a batch build of a CodeBuild project.
type CodeBuildStartBuildBatch interface {
	awsstepfunctions.TaskStateBase
}

// NewCodeBuildStartBuildBatch builds the task at scope/id.
func NewCodeBuildStartBuildBatch(scope constructs.Construct, id *string, props *CodeBuildStartBuildBatchProps) CodeBuildStartBuildBatch {
	return newCodeBuildStartBuildBatch(scope, id, props)
}

// NewCodeBuildStartBuildBatch_Override initializes t, a Go type embedding CodeBuildStartBuildBatch, as the task.
func NewCodeBuildStartBuildBatch_Override(t CodeBuildStartBuildBatch, scope constructs.Construct, id *string, props *CodeBuildStartBuildBatchProps) {
	l2.Override[CodeBuildStartBuildBatch](t, newCodeBuildStartBuildBatch(scope, id, props))
}

// CodeBuildStartBuildBatch_JsonPath builds the task with JSONPath fields.
func CodeBuildStartBuildBatch_JsonPath(scope constructs.Construct, id *string, props *CodeBuildStartBuildBatchJsonPathProps) CodeBuildStartBuildBatch {
	if props == nil {
		return newCodeBuildStartBuildBatch(scope, id, nil)
	}
	p := &CodeBuildStartBuildBatchProps{}
	copyFields(p, props)
	return newCodeBuildStartBuildBatch(scope, id, p)
}

// CodeBuildStartBuildBatch_Jsonata builds the task with JSONata fields: its query language is JSONata.
func CodeBuildStartBuildBatch_Jsonata(scope constructs.Construct, id *string, props *CodeBuildStartBuildBatchJsonataProps) CodeBuildStartBuildBatch {
	if props == nil {
		return newCodeBuildStartBuildBatch(scope, id, nil)
	}
	p := &CodeBuildStartBuildBatchProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newCodeBuildStartBuildBatch(scope, id, p)
}

// CodeBuildStartBuildBatch_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func CodeBuildStartBuildBatch_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// CodeBuildStartBuildBatch_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func CodeBuildStartBuildBatch_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// CodeBuildStartBuildBatch_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func CodeBuildStartBuildBatch_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// CodeBuildStartBuildBatch_IsConstruct reports whether x is a construct.
func CodeBuildStartBuildBatch_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// CodeBuildStartBuildBatch_PrefixStates prefixes the names of the states under root.
func CodeBuildStartBuildBatch_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// CodeBuildStartBuildBatchProps configures a CodeBuildStartBuildBatch task.
type CodeBuildStartBuildBatchProps struct {
	Comment                      *string                                            `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                awsstepfunctions.QueryLanguage                     `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                    *string                                            `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                  *awsstepfunctions.Credentials                      `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                    awscdk.Duration                                    `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout             awsstepfunctions.Timeout                           `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern           awsstepfunctions.IntegrationPattern                `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                  awsstepfunctions.Timeout                           `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                      awscdk.Duration                                    `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                       *map[string]interface{}                            `field:"optional" json:"assign" yaml:"assign"`
	InputPath                    *string                                            `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                   *string                                            `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                      interface{}                                        `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath                   *string                                            `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector               *map[string]interface{}                            `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Project                      interfacesawscodebuild.IProjectRef                 `field:"required" json:"project" yaml:"project"`
	EnvironmentVariablesOverride *map[string]*awscodebuild.BuildEnvironmentVariable `field:"optional" json:"environmentVariablesOverride" yaml:"environmentVariablesOverride"`
}

// CodeBuildStartBuildBatchJsonPathProps configures a CodeBuildStartBuildBatch task with JSONPath fields.
type CodeBuildStartBuildBatchJsonPathProps struct {
	Comment                      *string                                            `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                awsstepfunctions.QueryLanguage                     `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                    *string                                            `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                  *awsstepfunctions.Credentials                      `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                    awscdk.Duration                                    `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout             awsstepfunctions.Timeout                           `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern           awsstepfunctions.IntegrationPattern                `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                  awsstepfunctions.Timeout                           `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                      awscdk.Duration                                    `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                       *map[string]interface{}                            `field:"optional" json:"assign" yaml:"assign"`
	InputPath                    *string                                            `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                   *string                                            `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath                   *string                                            `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector               *map[string]interface{}                            `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Project                      interfacesawscodebuild.IProjectRef                 `field:"required" json:"project" yaml:"project"`
	EnvironmentVariablesOverride *map[string]*awscodebuild.BuildEnvironmentVariable `field:"optional" json:"environmentVariablesOverride" yaml:"environmentVariablesOverride"`
}

// CodeBuildStartBuildBatchJsonataProps configures a CodeBuildStartBuildBatch task with JSONata fields.
type CodeBuildStartBuildBatchJsonataProps struct {
	Comment                      *string                                            `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage                awsstepfunctions.QueryLanguage                     `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                    *string                                            `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                  *awsstepfunctions.Credentials                      `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                    awscdk.Duration                                    `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout             awsstepfunctions.Timeout                           `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern           awsstepfunctions.IntegrationPattern                `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                  awsstepfunctions.Timeout                           `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                      awscdk.Duration                                    `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                       *map[string]interface{}                            `field:"optional" json:"assign" yaml:"assign"`
	Outputs                      interface{}                                        `field:"optional" json:"outputs" yaml:"outputs"`
	Project                      interfacesawscodebuild.IProjectRef                 `field:"required" json:"project" yaml:"project"`
	EnvironmentVariablesOverride *map[string]*awscodebuild.BuildEnvironmentVariable `field:"optional" json:"environmentVariablesOverride" yaml:"environmentVariablesOverride"`
}

func newCodeBuildStartBuildBatch(scope constructs.Construct, id *string, props *CodeBuildStartBuildBatchProps) CodeBuildStartBuildBatch {
	required(scope, id, "CodeBuildStartBuildBatch", props, "Project")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	ref := props.Project.ProjectRef()
	dims := map[string]interface{}{"ProjectArn": ref.ProjectArn}
	t.metrics = &awsstepfunctions.TaskMetricsConfig{MetricPrefixSingular: str("CodeBuildProject"), MetricPrefixPlural: str("CodeBuildProjects"), MetricDimensions: &dims}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		t.policies = []awsiam.PolicyStatement{
			statement([]string{"codebuild:StartBuildBatch", "codebuild:StopBuildBatch", "codebuild:BatchGetBuildBatches"}, ref.ProjectArn),
			statement([]string{"events:PutTargets", "events:PutRule", "events:DescribeRule"},
				awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{Service: str("events"), Resource: str("rule/StepFunctionsGetEventForCodeBuildStartBuildBatchRule")})),
		}
	} else {
		t.policies = []awsiam.PolicyStatement{statement([]string{"codebuild:StartBuildBatch"}, ref.ProjectArn)}
	}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("codebuild", "startBuildBatch", pattern), obj("ProjectName", ref.ProjectName,
			"EnvironmentVariablesOverride", codebuildEnv(props.EnvironmentVariablesOverride)))
	}
	return t
}
