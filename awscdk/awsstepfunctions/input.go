package awsstepfunctions

import "github.com/strata-cdk/strata/internal/diag"

// TaskInput is the input a task sends: text or an object.
type TaskInput interface {
	Type() InputType
	Value() interface{}
}

type taskInput struct {
	typ   InputType
	value interface{}
}

func (t *taskInput) Type() InputType    { return t.typ }
func (t *taskInput) Value() interface{} { return t.value }

// TaskInput_FromText is text input.
func TaskInput_FromText(text *string) TaskInput { return &taskInput{InputType_TEXT, text} }

// TaskInput_FromObject is an object input; its path references are resolved at run time.
func TaskInput_FromObject(obj *map[string]interface{}) TaskInput {
	return &taskInput{InputType_OBJECT, obj}
}

// TaskInput_FromJsonPathAt is the value at a path of the state's input.
func TaskInput_FromJsonPathAt(path *string) TaskInput {
	return &taskInput{InputType_TEXT, JsonPath_StringAt(path)}
}

// throwPath stops with a mistake about the construct at path.
func throwPath(path, format string, args ...interface{}) {
	diag.Panic(path, format, args...)
}
