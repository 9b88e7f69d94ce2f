// Package sfntask lets a package that builds Step Functions task states on
// awsstepfunctions.TaskStateBase (aws-cdk-lib's aws-stepfunctions-tasks)
// give the base the part of the state only the task knows — aws-cdk-lib's
// protected _renderTask — without exported methods beyond aws-cdk-go's: the
// task type embeds a *Hook, whose unexported method the base finds.
package sfntask

// Hook carries a task's own rendering.
type Hook struct {
	// Render is the task's fields (Resource, Parameters or Arguments, …)
	// as an ordered object (internal/ojson), for the state machine's query
	// language: "", "JSON_PATH" or "JSONATA".
	Render func(topLevelQueryLanguage string) interface{}
}

func (h *Hook) sfnTaskHook() *Hook { return h }

type hooked interface{ sfnTaskHook() *Hook }

// Of is the hook x embeds, or nil.
func Of(x interface{}) *Hook {
	if h, ok := x.(hooked); ok {
		return h.sfnTaskHook()
	}
	return nil
}
