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

// CodeBuildStartBuild starts a build of a CodeBuild project.
type CodeBuildStartBuild interface {
	awsstepfunctions.TaskStateBase
}

// NewCodeBuildStartBuild builds the task at scope/id.
func NewCodeBuildStartBuild(scope constructs.Construct, id *string, props *CodeBuildStartBuildProps) CodeBuildStartBuild {
	return newCodeBuildStartBuild(scope, id, props)
}

// NewCodeBuildStartBuild_Override initializes t, a Go type embedding CodeBuildStartBuild, as the task.
func NewCodeBuildStartBuild_Override(t CodeBuildStartBuild, scope constructs.Construct, id *string, props *CodeBuildStartBuildProps) {
	l2.Override[CodeBuildStartBuild](t, newCodeBuildStartBuild(scope, id, props))
}

// CodeBuildStartBuild_JsonPath builds the task with JSONPath fields.
func CodeBuildStartBuild_JsonPath(scope constructs.Construct, id *string, props *CodeBuildStartBuildJsonPathProps) CodeBuildStartBuild {
	if props == nil {
		return newCodeBuildStartBuild(scope, id, nil)
	}
	p := &CodeBuildStartBuildProps{}
	copyFields(p, props)
	return newCodeBuildStartBuild(scope, id, p)
}

// CodeBuildStartBuild_Jsonata builds the task with JSONata fields: its query language is JSONata.
func CodeBuildStartBuild_Jsonata(scope constructs.Construct, id *string, props *CodeBuildStartBuildJsonataProps) CodeBuildStartBuild {
	if props == nil {
		return newCodeBuildStartBuild(scope, id, nil)
	}
	p := &CodeBuildStartBuildProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newCodeBuildStartBuild(scope, id, p)
}

// CodeBuildStartBuild_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func CodeBuildStartBuild_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// CodeBuildStartBuild_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func CodeBuildStartBuild_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// CodeBuildStartBuild_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func CodeBuildStartBuild_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// CodeBuildStartBuild_IsConstruct reports whether x is a construct.
func CodeBuildStartBuild_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CodeBuildStartBuild_PrefixStates prefixes the names of the states under root.
func CodeBuildStartBuild_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// CodeBuildStartBuildProps configures a CodeBuildStartBuild task.
type CodeBuildStartBuildProps struct {
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

// CodeBuildStartBuildJsonPathProps configures a CodeBuildStartBuild task with JSONPath fields.
type CodeBuildStartBuildJsonPathProps struct {
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

// CodeBuildStartBuildJsonataProps configures a CodeBuildStartBuild task with JSONata fields.
type CodeBuildStartBuildJsonataProps struct {
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

func newCodeBuildStartBuild(scope constructs.Construct, id *string, props *CodeBuildStartBuildProps) CodeBuildStartBuild {
	required(scope, id, "CodeBuildStartBuild", props, "Project")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	ref := props.Project.ProjectRef()
	dims := map[string]interface{}{"ProjectArn": ref.ProjectArn}
	t.metrics = &awsstepfunctions.TaskMetricsConfig{MetricPrefixSingular: str("CodeBuildProject"), MetricPrefixPlural: str("CodeBuildProjects"), MetricDimensions: &dims}
	t.policies = []awsiam.PolicyStatement{statement([]string{"codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds", "codebuild:BatchGetReports"}, ref.ProjectArn)}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		t.policies = append(t.policies, statement([]string{"events:PutTargets", "events:PutRule", "events:DescribeRule"},
			awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{Service: str("events"), Resource: str("rule/StepFunctionsGetEventForCodeBuildStartBuildRule")})))
	}
	t.Hook.Render = func(top string) interface{} {
		env := codebuildEnv(props.EnvironmentVariablesOverride)
		return t.render(top, integrationResourceArn("codebuild", "startBuild", pattern), obj("ProjectName", ref.ProjectName, "EnvironmentVariablesOverride", env))
	}
	return t
}

// codebuildEnv is the environment variables override as CodeBuild's API
// takes it, by name in jsii's (sorted) order.
func codebuildEnv(m *map[string]*awscodebuild.BuildEnvironmentVariable) interface{} {
	if m == nil {
		return nil
	}
	list := []interface{}{}
	for _, name := range sortedKeys(*m) {
		v := (*m)[name]
		if v == nil {
			v = &awscodebuild.BuildEnvironmentVariable{}
		}
		typ := string(v.Type)
		if typ == "" {
			typ = string(awscodebuild.BuildEnvironmentVariableType_PLAINTEXT)
		}
		list = append(list, obj("Name", name, "Type", typ, "Value", plain(v.Value)))
	}
	return list
}
