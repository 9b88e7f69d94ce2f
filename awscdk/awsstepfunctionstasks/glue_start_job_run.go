package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// GlueStartJobRun starts a run of an AWS Glue job.
type GlueStartJobRun interface {
	awsstepfunctions.TaskStateBase
}

// NewGlueStartJobRun builds the task at scope/id.
func NewGlueStartJobRun(scope constructs.Construct, id *string, props *GlueStartJobRunProps) GlueStartJobRun {
	return newGlueStartJobRun(scope, id, props)
}

// NewGlueStartJobRun_Override initializes t, a Go type embedding GlueStartJobRun, as the task.
func NewGlueStartJobRun_Override(t GlueStartJobRun, scope constructs.Construct, id *string, props *GlueStartJobRunProps) {
	l2.Override[GlueStartJobRun](t, newGlueStartJobRun(scope, id, props))
}

// GlueStartJobRun_JsonPath builds the task with JSONPath fields.
func GlueStartJobRun_JsonPath(scope constructs.Construct, id *string, props *GlueStartJobRunJsonPathProps) GlueStartJobRun {
	if props == nil {
		return newGlueStartJobRun(scope, id, nil)
	}
	p := &GlueStartJobRunProps{}
	copyFields(p, props)
	return newGlueStartJobRun(scope, id, p)
}

// GlueStartJobRun_Jsonata builds the task with JSONata fields: its query language is JSONata.
func GlueStartJobRun_Jsonata(scope constructs.Construct, id *string, props *GlueStartJobRunJsonataProps) GlueStartJobRun {
	if props == nil {
		return newGlueStartJobRun(scope, id, nil)
	}
	p := &GlueStartJobRunProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newGlueStartJobRun(scope, id, p)
}

// GlueStartJobRun_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func GlueStartJobRun_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// GlueStartJobRun_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func GlueStartJobRun_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// GlueStartJobRun_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func GlueStartJobRun_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// GlueStartJobRun_IsConstruct reports whether x is a construct.
func GlueStartJobRun_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// GlueStartJobRun_PrefixStates prefixes the names of the states under root.
func GlueStartJobRun_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// GlueStartJobRunProps configures a GlueStartJobRun task.
type GlueStartJobRunProps struct {
	Comment               *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage         awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName             *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials           *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat             awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout      awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern    awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout           awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout               awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath             *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath            *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs               interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath            *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector        *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	GlueJobName           *string                             `field:"required" json:"glueJobName" yaml:"glueJobName"`
	Arguments             awsstepfunctions.TaskInput          `field:"optional" json:"arguments" yaml:"arguments"`
	ExecutionClass        ExecutionClass                      `field:"optional" json:"executionClass" yaml:"executionClass"`
	NotifyDelayAfter      awscdk.Duration                     `field:"optional" json:"notifyDelayAfter" yaml:"notifyDelayAfter"`
	SecurityConfiguration *string                             `field:"optional" json:"securityConfiguration" yaml:"securityConfiguration"`
	WorkerConfiguration   *WorkerConfigurationProperty        `field:"optional" json:"workerConfiguration" yaml:"workerConfiguration"`
}

// GlueStartJobRunJsonPathProps configures a GlueStartJobRun task with JSONPath fields.
type GlueStartJobRunJsonPathProps struct {
	Comment               *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage         awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName             *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials           *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat             awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout      awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern    awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout           awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout               awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath             *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath            *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath            *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector        *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	GlueJobName           *string                             `field:"required" json:"glueJobName" yaml:"glueJobName"`
	Arguments             awsstepfunctions.TaskInput          `field:"optional" json:"arguments" yaml:"arguments"`
	ExecutionClass        ExecutionClass                      `field:"optional" json:"executionClass" yaml:"executionClass"`
	NotifyDelayAfter      awscdk.Duration                     `field:"optional" json:"notifyDelayAfter" yaml:"notifyDelayAfter"`
	SecurityConfiguration *string                             `field:"optional" json:"securityConfiguration" yaml:"securityConfiguration"`
	WorkerConfiguration   *WorkerConfigurationProperty        `field:"optional" json:"workerConfiguration" yaml:"workerConfiguration"`
}

// GlueStartJobRunJsonataProps configures a GlueStartJobRun task with JSONata fields.
type GlueStartJobRunJsonataProps struct {
	Comment               *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage         awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName             *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials           *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat             awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout      awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern    awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout           awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout               awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs               interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	GlueJobName           *string                             `field:"required" json:"glueJobName" yaml:"glueJobName"`
	Arguments             awsstepfunctions.TaskInput          `field:"optional" json:"arguments" yaml:"arguments"`
	ExecutionClass        ExecutionClass                      `field:"optional" json:"executionClass" yaml:"executionClass"`
	NotifyDelayAfter      awscdk.Duration                     `field:"optional" json:"notifyDelayAfter" yaml:"notifyDelayAfter"`
	SecurityConfiguration *string                             `field:"optional" json:"securityConfiguration" yaml:"securityConfiguration"`
	WorkerConfiguration   *WorkerConfigurationProperty        `field:"optional" json:"workerConfiguration" yaml:"workerConfiguration"`
}

// WorkerConfigurationProperty is the workers a Glue job run uses.
type WorkerConfigurationProperty struct {
	NumberOfWorkers *float64     `field:"required" json:"numberOfWorkers" yaml:"numberOfWorkers"`
	WorkerType      WorkerType   `field:"optional" json:"workerType" yaml:"workerType"`
	WorkerTypeV2    WorkerTypeV2 `field:"optional" json:"workerTypeV2" yaml:"workerTypeV2"`
}

// WorkerType is the type of the workers of a Glue job run.
type WorkerType string

const (
	WorkerType_STANDARD WorkerType = "STANDARD"
	WorkerType_G_025X   WorkerType = "G_025X"
	WorkerType_G_1X     WorkerType = "G_1X"
	WorkerType_G_2X     WorkerType = "G_2X"
	WorkerType_G_4X     WorkerType = "G_4X"
	WorkerType_G_8X     WorkerType = "G_8X"
	WorkerType_Z_2X     WorkerType = "Z_2X"
)

// ExecutionClass is how a Glue job run is scheduled (FLEX or STANDARD).
type ExecutionClass string

const (
	ExecutionClass_FLEX     ExecutionClass = "FLEX"
	ExecutionClass_STANDARD ExecutionClass = "STANDARD"
)

var glueWorkerTypes = map[WorkerType]string{
	WorkerType_STANDARD: "Standard", WorkerType_G_025X: "G.025X", WorkerType_G_1X: "G.1X", WorkerType_G_2X: "G.2X",
	WorkerType_G_4X: "G.4X", WorkerType_G_8X: "G.8X", WorkerType_Z_2X: "Z.2X",
}

// WorkerTypeV2 is the type of the workers of a Glue job run, open to
// types this release does not name (WorkerTypeV2_Of).
type WorkerTypeV2 interface {
	// Name is the type's name, as Glue's API takes it.
	Name() *string
}

type workerTypeV2 struct{ name string }

func (w *workerTypeV2) Name() *string { return str(w.name) }

// WorkerTypeV2_Of is a worker type by its name.
func WorkerTypeV2_Of(workerType *string) WorkerTypeV2 {
	if workerType == nil {
		return &workerTypeV2{}
	}
	return &workerTypeV2{*workerType}
}

// WorkerTypeV2_STANDARD is the Standard worker type.
func WorkerTypeV2_STANDARD() WorkerTypeV2 { return &workerTypeV2{"Standard"} }

// WorkerTypeV2_G_025X is the G.025X worker type.
func WorkerTypeV2_G_025X() WorkerTypeV2 { return &workerTypeV2{"G.025X"} }

// WorkerTypeV2_G_1X is the G.1X worker type.
func WorkerTypeV2_G_1X() WorkerTypeV2 { return &workerTypeV2{"G.1X"} }

// WorkerTypeV2_G_2X is the G.2X worker type.
func WorkerTypeV2_G_2X() WorkerTypeV2 { return &workerTypeV2{"G.2X"} }

// WorkerTypeV2_G_4X is the G.4X worker type.
func WorkerTypeV2_G_4X() WorkerTypeV2 { return &workerTypeV2{"G.4X"} }

// WorkerTypeV2_G_8X is the G.8X worker type.
func WorkerTypeV2_G_8X() WorkerTypeV2 { return &workerTypeV2{"G.8X"} }

// WorkerTypeV2_Z_2X is the Z.2X worker type.
func WorkerTypeV2_Z_2X() WorkerTypeV2 { return &workerTypeV2{"Z.2X"} }

func newGlueStartJobRun(scope constructs.Construct, id *string, props *GlueStartJobRunProps) GlueStartJobRun {
	required(scope, id, "GlueStartJobRun", props, "GlueJobName")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	actions := []string{"glue:StartJobRun"}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		actions = append(actions, "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun")
	}
	t.policies = []awsiam.PolicyStatement{statement(actions, awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{Service: str("glue"), Resource: str("job"), ResourceName: props.GlueJobName}))}
	dims := map[string]interface{}{"GlueJobName": props.GlueJobName}
	t.metrics = &awsstepfunctions.TaskMetricsConfig{MetricPrefixSingular: str("GlueJob"), MetricPrefixPlural: str("GlueJobs"), MetricDimensions: &dims}
	t.Hook.Render = func(top string) interface{} {
		// aws-cdk-lib's null here: JSONPath rendering drops it, JSONata keeps it.
		var notify interface{}
		if t.queryLanguage(top) == awsstepfunctions.QueryLanguage_JSONATA {
			notify = ojson.Null
		}
		if props.NotifyDelayAfter != nil {
			notify = obj("NotifyDelayAfter", props.NotifyDelayAfter.ToMinutes(nil))
		}
		// The job's timeout is Glue's, in minutes, not the state's.
		var timeout interface{}
		switch tt := props.TaskTimeout; {
		case props.Timeout != nil:
			timeout = props.Timeout.ToMinutes(nil)
		case tt != nil && tt.Seconds() != nil:
			timeout = awscdk.Duration_Seconds(tt.Seconds()).ToMinutes(nil)
		case tt != nil && tt.Path() != nil:
			timeout = awsstepfunctions.JsonPath_NumberAt(tt.Path())
		}
		var workerType, workers interface{}
		if w := props.WorkerConfiguration; w != nil {
			if w.WorkerTypeV2 != nil && w.WorkerType != "" {
				throw(t, "You cannot set both 'workerType' and 'workerTypeV2' properties in 'workerConfiguration'.")
			}
			if w.WorkerTypeV2 == nil && w.WorkerType == "" {
				throw(t, "You must set either 'workerType' or 'workerTypeV2' property in 'workerConfiguration'.")
			}
			if w.WorkerType != "" {
				workerType = glueWorkerTypes[w.WorkerType]
			} else {
				workerType = w.WorkerTypeV2.Name()
			}
			workers = w.NumberOfWorkers
		}
		o := t.render(top, integrationResourceArn("glue", "startJobRun", pattern), obj(
			"JobName", props.GlueJobName, "Arguments", inputValue(props.Arguments), "Timeout", timeout,
			"SecurityConfiguration", props.SecurityConfiguration, "NotificationProperty", notify, "WorkerType", workerType,
			"NumberOfWorkers", workers, "ExecutionClass", enumValue(string(props.ExecutionClass))))
		// As aws-cdk-lib, the state carries no TimeoutSeconds of its own.
		o.Set("TimeoutSeconds", nil)
		o.Set("TimeoutSecondsPath", nil)
		return o
	}
	return t
}
