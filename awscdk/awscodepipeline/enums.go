package awscodepipeline

// ActionCategory is the kind of an action; its name in a template is
// CloudFormation's capitalised form (categoryNames).
type ActionCategory string

const (
	ActionCategory_SOURCE   ActionCategory = "SOURCE"
	ActionCategory_BUILD    ActionCategory = "BUILD"
	ActionCategory_TEST     ActionCategory = "TEST"
	ActionCategory_APPROVAL ActionCategory = "APPROVAL"
	ActionCategory_DEPLOY   ActionCategory = "DEPLOY"
	ActionCategory_INVOKE   ActionCategory = "INVOKE"
	ActionCategory_COMPUTE  ActionCategory = "COMPUTE"
)

var categoryNames = map[ActionCategory]string{
	ActionCategory_SOURCE: "Source", ActionCategory_BUILD: "Build", ActionCategory_TEST: "Test",
	ActionCategory_APPROVAL: "Approval", ActionCategory_DEPLOY: "Deploy", ActionCategory_INVOKE: "Invoke",
	ActionCategory_COMPUTE: "Compute",
}

func categoryName(c ActionCategory) string {
	if n, ok := categoryNames[c]; ok {
		return n
	}
	return string(c)
}

// PipelineType is the pipeline's type (V2 adds variables, triggers and execution modes).
type PipelineType string

const (
	PipelineType_V1 PipelineType = "V1"
	PipelineType_V2 PipelineType = "V2"
)

// ExecutionMode is how a pipeline handles a new execution while one runs.
type ExecutionMode string

const (
	ExecutionMode_QUEUED     ExecutionMode = "QUEUED"
	ExecutionMode_SUPERSEDED ExecutionMode = "SUPERSEDED"
	ExecutionMode_PARALLEL   ExecutionMode = "PARALLEL"
)

// Result is what a stage condition does when its rules fail.
type Result string

const (
	Result_ROLLBACK Result = "ROLLBACK"
	Result_FAIL     Result = "FAIL"
	Result_RETRY    Result = "RETRY"
	Result_SKIP     Result = "SKIP"
)

// RetryMode is which actions a failed stage retries.
type RetryMode string

const (
	RetryMode_ALL_ACTIONS    RetryMode = "ALL_ACTIONS"
	RetryMode_FAILED_ACTIONS RetryMode = "FAILED_ACTIONS"
)

// ProviderType is the source provider of a trigger.
type ProviderType string

const (
	ProviderType_CODE_STAR_SOURCE_CONNECTION ProviderType = "CODE_STAR_SOURCE_CONNECTION"
)

// GitPullRequestEvent is a pull request event a trigger fires on.
type GitPullRequestEvent string

const (
	GitPullRequestEvent_OPEN    GitPullRequestEvent = "OPEN"
	GitPullRequestEvent_UPDATED GitPullRequestEvent = "UPDATED"
	GitPullRequestEvent_CLOSED  GitPullRequestEvent = "CLOSED"
)

// PipelineNotificationEvents are the CodeStar Notifications event types of a pipeline.
type PipelineNotificationEvents string

const (
	PipelineNotificationEvents_PIPELINE_EXECUTION_FAILED     PipelineNotificationEvents = "PIPELINE_EXECUTION_FAILED"
	PipelineNotificationEvents_PIPELINE_EXECUTION_CANCELED   PipelineNotificationEvents = "PIPELINE_EXECUTION_CANCELED"
	PipelineNotificationEvents_PIPELINE_EXECUTION_STARTED    PipelineNotificationEvents = "PIPELINE_EXECUTION_STARTED"
	PipelineNotificationEvents_PIPELINE_EXECUTION_RESUMED    PipelineNotificationEvents = "PIPELINE_EXECUTION_RESUMED"
	PipelineNotificationEvents_PIPELINE_EXECUTION_SUCCEEDED  PipelineNotificationEvents = "PIPELINE_EXECUTION_SUCCEEDED"
	PipelineNotificationEvents_PIPELINE_EXECUTION_SUPERSEDED PipelineNotificationEvents = "PIPELINE_EXECUTION_SUPERSEDED"
	PipelineNotificationEvents_STAGE_EXECUTION_STARTED       PipelineNotificationEvents = "STAGE_EXECUTION_STARTED"
	PipelineNotificationEvents_STAGE_EXECUTION_SUCCEEDED     PipelineNotificationEvents = "STAGE_EXECUTION_SUCCEEDED"
	PipelineNotificationEvents_STAGE_EXECUTION_RESUMED       PipelineNotificationEvents = "STAGE_EXECUTION_RESUMED"
	PipelineNotificationEvents_STAGE_EXECUTION_CANCELED      PipelineNotificationEvents = "STAGE_EXECUTION_CANCELED"
	PipelineNotificationEvents_STAGE_EXECUTION_FAILED        PipelineNotificationEvents = "STAGE_EXECUTION_FAILED"
	PipelineNotificationEvents_ACTION_EXECUTION_SUCCEEDED    PipelineNotificationEvents = "ACTION_EXECUTION_SUCCEEDED"
	PipelineNotificationEvents_ACTION_EXECUTION_FAILED       PipelineNotificationEvents = "ACTION_EXECUTION_FAILED"
	PipelineNotificationEvents_ACTION_EXECUTION_CANCELED     PipelineNotificationEvents = "ACTION_EXECUTION_CANCELED"
	PipelineNotificationEvents_ACTION_EXECUTION_STARTED      PipelineNotificationEvents = "ACTION_EXECUTION_STARTED"
	PipelineNotificationEvents_MANUAL_APPROVAL_FAILED        PipelineNotificationEvents = "MANUAL_APPROVAL_FAILED"
	PipelineNotificationEvents_MANUAL_APPROVAL_NEEDED        PipelineNotificationEvents = "MANUAL_APPROVAL_NEEDED"
	PipelineNotificationEvents_MANUAL_APPROVAL_SUCCEEDED     PipelineNotificationEvents = "MANUAL_APPROVAL_SUCCEEDED"
)

// notificationEventID is the CodeStar Notifications id of e:
// "codepipeline-pipeline-" and the member name in kebab case.
func notificationEventID(e PipelineNotificationEvents) string {
	b := []byte("codepipeline-pipeline-" + string(e))
	for i := len("codepipeline-pipeline-"); i < len(b); i++ {
		switch c := b[i]; {
		case c == '_':
			b[i] = '-'
		case c >= 'A' && c <= 'Z':
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
