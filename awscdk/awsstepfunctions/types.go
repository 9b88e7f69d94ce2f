package awsstepfunctions

import "github.com/strata-cdk/strata/jsii"

// JitterType says how a retry spreads its delays.
type JitterType string

const (
	JitterType_FULL JitterType = "FULL"
	JitterType_NONE JitterType = "NONE"
)

// LogLevel is how much a state machine logs.
type LogLevel string

const (
	LogLevel_OFF   LogLevel = "OFF"
	LogLevel_ALL   LogLevel = "ALL"
	LogLevel_ERROR LogLevel = "ERROR"
	LogLevel_FATAL LogLevel = "FATAL"
)

// ProcessorMode says whether a Map state runs inline or as child executions.
type ProcessorMode string

const (
	ProcessorMode_INLINE      ProcessorMode = "INLINE"
	ProcessorMode_DISTRIBUTED ProcessorMode = "DISTRIBUTED"
)

// ProcessorType is the kind of child workflow a distributed Map runs.
type ProcessorType string

const (
	ProcessorType_STANDARD ProcessorType = "STANDARD"
	ProcessorType_EXPRESS  ProcessorType = "EXPRESS"
)

// QueryLanguage is the language a state's fields are written in.
type QueryLanguage string

const (
	QueryLanguage_JSON_PATH QueryLanguage = "JSON_PATH"
	QueryLanguage_JSONATA   QueryLanguage = "JSONATA"
)

// aslQueryLanguage is the name the Amazon States Language gives ql (Go's
// constants hold aws-cdk-go's member names).
func aslQueryLanguage(ql QueryLanguage) string {
	switch ql {
	case QueryLanguage_JSONATA, "JSONata":
		return "JSONata"
	case QueryLanguage_JSON_PATH, "JSONPath":
		return "JSONPath"
	}
	return string(ql)
}

// normQL folds the ASL spellings onto the Go constants, so comparisons work
// whichever a caller used.
func normQL(ql QueryLanguage) QueryLanguage {
	switch ql {
	case "JSONata":
		return QueryLanguage_JSONATA
	case "JSONPath":
		return QueryLanguage_JSON_PATH
	}
	return ql
}

// StateMachineType is STANDARD or EXPRESS.
type StateMachineType string

const (
	StateMachineType_EXPRESS  StateMachineType = "EXPRESS"
	StateMachineType_STANDARD StateMachineType = "STANDARD"
)

// InputType says whether a TaskInput is text or an object.
type InputType string

const (
	InputType_TEXT   InputType = "TEXT"
	InputType_OBJECT InputType = "OBJECT"
)

// IntegrationPattern is how a task waits for the service it calls.
type IntegrationPattern string

const (
	IntegrationPattern_REQUEST_RESPONSE    IntegrationPattern = "REQUEST_RESPONSE"
	IntegrationPattern_RUN_JOB             IntegrationPattern = "RUN_JOB"
	IntegrationPattern_WAIT_FOR_TASK_TOKEN IntegrationPattern = "WAIT_FOR_TASK_TOKEN"
)

// ServiceIntegrationPattern is the older name of IntegrationPattern.
type ServiceIntegrationPattern string

const (
	ServiceIntegrationPattern_FIRE_AND_FORGET     ServiceIntegrationPattern = "FIRE_AND_FORGET"
	ServiceIntegrationPattern_SYNC                ServiceIntegrationPattern = "SYNC"
	ServiceIntegrationPattern_WAIT_FOR_TASK_TOKEN ServiceIntegrationPattern = "WAIT_FOR_TASK_TOKEN"
)

// Errors names the predefined error codes of the States language.
type Errors interface{}

type errorsNames struct{}

// NewErrors returns an Errors value; the names are its static functions.
func NewErrors() Errors { return &errorsNames{} }

// Errors_ALL matches any error.
func Errors_ALL() *string { return jsii.String("States.ALL") }

// Errors_HEARTBEAT_TIMEOUT: a task sent no heartbeat in time.
func Errors_HEARTBEAT_TIMEOUT() *string { return jsii.String("States.HeartbeatTimeout") }

// Errors_TIMEOUT: a task ran longer than its timeout.
func Errors_TIMEOUT() *string { return jsii.String("States.Timeout") }

// Errors_TASKS_FAILED: a task failed.
func Errors_TASKS_FAILED() *string { return jsii.String("States.TaskFailed") }

// Errors_PERMISSIONS: a task lacked the privileges to run.
func Errors_PERMISSIONS() *string { return jsii.String("States.Permissions") }

// Errors_RESULT_PATH_MATCH_FAILURE: ResultPath could not be applied.
func Errors_RESULT_PATH_MATCH_FAILURE() *string { return jsii.String("States.ResultPathMatchFailure") }

// Errors_PARAMETER_PATH_FAILURE: a path in Parameters could not be resolved.
func Errors_PARAMETER_PATH_FAILURE() *string { return jsii.String("States.ParameterPathFailure") }

// Errors_BRANCH_FAILED: a Parallel branch failed.
func Errors_BRANCH_FAILED() *string { return jsii.String("States.BranchFailed") }

// Errors_NO_CHOICE_MATCHED: no Choice rule matched and there is no default.
func Errors_NO_CHOICE_MATCHED() *string { return jsii.String("States.NoChoiceMatched") }

const errorsAll = "States.ALL"
