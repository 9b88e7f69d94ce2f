package awsstepfunctionstasks

import (
	"encoding/json"
	"fmt"
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"strconv"
)

// SnsPublish publishes a message to an SNS topic.
type SnsPublish interface {
	awsstepfunctions.TaskStateBase
}

// NewSnsPublish builds the task at scope/id.
func NewSnsPublish(scope constructs.Construct, id *string, props *SnsPublishProps) SnsPublish {
	return newSnsPublish(scope, id, props)
}

// NewSnsPublish_Override initializes t, a Go type embedding SnsPublish, as the task.
func NewSnsPublish_Override(t SnsPublish, scope constructs.Construct, id *string, props *SnsPublishProps) {
	l2.Override[SnsPublish](t, newSnsPublish(scope, id, props))
}

// SnsPublish_JsonPath builds the task with JSONPath fields.
func SnsPublish_JsonPath(scope constructs.Construct, id *string, props *SnsPublishJsonPathProps) SnsPublish {
	if props == nil {
		return newSnsPublish(scope, id, nil)
	}
	p := &SnsPublishProps{}
	copyFields(p, props)
	return newSnsPublish(scope, id, p)
}

// SnsPublish_Jsonata builds the task with JSONata fields: its query language is JSONata.
func SnsPublish_Jsonata(scope constructs.Construct, id *string, props *SnsPublishJsonataProps) SnsPublish {
	if props == nil {
		return newSnsPublish(scope, id, nil)
	}
	p := &SnsPublishProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newSnsPublish(scope, id, p)
}

// SnsPublish_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func SnsPublish_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// SnsPublish_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func SnsPublish_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// SnsPublish_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func SnsPublish_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// SnsPublish_IsConstruct reports whether x is a construct.
func SnsPublish_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// SnsPublish_PrefixStates prefixes the names of the states under root.
func SnsPublish_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// SnsPublishProps configures a SnsPublish task.
type SnsPublishProps struct {
	Comment                    *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage              awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                  *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                  awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout           awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern         awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                    awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                     *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath                  *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                 *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                    interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath                 *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector             *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Message                    awsstepfunctions.TaskInput          `field:"required" json:"message" yaml:"message"`
	Topic                      awssns.ITopic                       `field:"required" json:"topic" yaml:"topic"`
	MessageAttributes          *map[string]*MessageAttribute       `field:"optional" json:"messageAttributes" yaml:"messageAttributes"`
	MessageDeduplicationId     *string                             `field:"optional" json:"messageDeduplicationId" yaml:"messageDeduplicationId"`
	MessageGroupId             *string                             `field:"optional" json:"messageGroupId" yaml:"messageGroupId"`
	MessagePerSubscriptionType *bool                               `field:"optional" json:"messagePerSubscriptionType" yaml:"messagePerSubscriptionType"`
	Subject                    *string                             `field:"optional" json:"subject" yaml:"subject"`
}

// SnsPublishJsonPathProps configures a SnsPublish task with JSONPath fields.
type SnsPublishJsonPathProps struct {
	Comment                    *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage              awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                  *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                  awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout           awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern         awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                    awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                     *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath                  *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath                 *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath                 *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector             *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Message                    awsstepfunctions.TaskInput          `field:"required" json:"message" yaml:"message"`
	Topic                      awssns.ITopic                       `field:"required" json:"topic" yaml:"topic"`
	MessageAttributes          *map[string]*MessageAttribute       `field:"optional" json:"messageAttributes" yaml:"messageAttributes"`
	MessageDeduplicationId     *string                             `field:"optional" json:"messageDeduplicationId" yaml:"messageDeduplicationId"`
	MessageGroupId             *string                             `field:"optional" json:"messageGroupId" yaml:"messageGroupId"`
	MessagePerSubscriptionType *bool                               `field:"optional" json:"messagePerSubscriptionType" yaml:"messagePerSubscriptionType"`
	Subject                    *string                             `field:"optional" json:"subject" yaml:"subject"`
}

// SnsPublishJsonataProps configures a SnsPublish task with JSONata fields.
type SnsPublishJsonataProps struct {
	Comment                    *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage              awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                  *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials                *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                  awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout           awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern         awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout                awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                    awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                     *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                    interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	Message                    awsstepfunctions.TaskInput          `field:"required" json:"message" yaml:"message"`
	Topic                      awssns.ITopic                       `field:"required" json:"topic" yaml:"topic"`
	MessageAttributes          *map[string]*MessageAttribute       `field:"optional" json:"messageAttributes" yaml:"messageAttributes"`
	MessageDeduplicationId     *string                             `field:"optional" json:"messageDeduplicationId" yaml:"messageDeduplicationId"`
	MessageGroupId             *string                             `field:"optional" json:"messageGroupId" yaml:"messageGroupId"`
	MessagePerSubscriptionType *bool                               `field:"optional" json:"messagePerSubscriptionType" yaml:"messagePerSubscriptionType"`
	Subject                    *string                             `field:"optional" json:"subject" yaml:"subject"`
}

// MessageAttribute is an SNS message attribute: its value and, optionally, its type.
type MessageAttribute struct {
	Value    interface{}              `field:"required" json:"value" yaml:"value"`
	DataType MessageAttributeDataType `field:"optional" json:"dataType" yaml:"dataType"`
}

// MessageAttributeDataType is the type of an SNS message attribute.
type MessageAttributeDataType string

const (
	MessageAttributeDataType_STRING       MessageAttributeDataType = "STRING"
	MessageAttributeDataType_STRING_ARRAY MessageAttributeDataType = "STRING_ARRAY"
	MessageAttributeDataType_NUMBER       MessageAttributeDataType = "NUMBER"
	MessageAttributeDataType_BINARY       MessageAttributeDataType = "BINARY"
)

// snsDataTypes are the names SNS gives each type.
var snsDataTypes = map[MessageAttributeDataType]string{
	MessageAttributeDataType_STRING:       "String",
	MessageAttributeDataType_STRING_ARRAY: "String.Array",
	MessageAttributeDataType_NUMBER:       "Number",
	MessageAttributeDataType_BINARY:       "Binary",
}

func newSnsPublish(scope constructs.Construct, id *string, props *SnsPublishProps) SnsPublish {
	required(scope, id, "SnsPublish", props, "Message", "Topic")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN)
	if pattern == awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN && !containsTaskToken(props.Message) {
		throw(t, "Task Token is required in `message` Use JsonPath.taskToken to set the token.")
	}
	topic := props.Topic
	if f := topic.Fifo(); f != nil && *f {
		switch {
		case props.MessageGroupId == nil:
			throw(t, "'messageGroupId' is required for FIFO topics")
		case len(*props.MessageGroupId) > 128:
			throw(t, "'messageGroupId' must be at most 128 characters long, got %d", len(*props.MessageGroupId))
		case (topic.ContentBasedDeduplication() == nil || !*topic.ContentBasedDeduplication()) && props.MessageDeduplicationId == nil:
			throw(t, "'messageDeduplicationId' is required for FIFO topics with 'contentBasedDeduplication' disabled")
		case props.MessageDeduplicationId != nil && len(*props.MessageDeduplicationId) > 128:
			throw(t, "'messageDeduplicationId' must be at most 128 characters long, got %d", len(*props.MessageDeduplicationId))
		}
	}
	t.policies = []awsiam.PolicyStatement{statement([]string{"sns:Publish"}, topic.TopicArn())}
	t.Hook.Render = func(top string) interface{} {
		// As aws-cdk-lib, the attributes are checked when rendered.
		var attrs interface{}
		if props.MessageAttributes != nil {
			m := ojson.New()
			for _, k := range sortedKeys(*props.MessageAttributes) {
				m.Set(k, snsAttribute(t, (*props.MessageAttributes)[k]))
			}
			attrs = m
		}
		var structure interface{}
		if props.MessagePerSubscriptionType != nil && *props.MessagePerSubscriptionType {
			structure = "json"
		}
		return t.render(top, integrationResourceArn("sns", "publish", pattern), obj(
			"TopicArn", topic.TopicArn(), "Message", inputValue(props.Message), "MessageDeduplicationId", props.MessageDeduplicationId,
			"MessageGroupId", props.MessageGroupId, "MessageStructure", structure, "MessageAttributes", attrs, "Subject", props.Subject))
	}
	return t
}

// snsAttribute renders one message attribute as aws-cdk-lib does: a
// TaskInput or a token as given, a list as a JSON string array, a number
// as a Number, anything else as a String.
func snsAttribute(t *task, a *MessageAttribute) *ojson.Object {
	if a == nil {
		a = &MessageAttribute{}
	}
	dt := snsDataTypes[a.DataType]
	orString := func() string {
		if dt == "" {
			return "String"
		}
		return dt
	}
	if in, ok := a.Value.(awsstepfunctions.TaskInput); ok {
		if a.DataType == MessageAttributeDataType_BINARY {
			return obj("DataType", dt, "BinaryValue", in.Value())
		}
		return obj("DataType", orString(), "StringValue", in.Value())
	}
	v := plain(a.Value)
	if a.DataType == MessageAttributeDataType_BINARY {
		return obj("DataType", dt, "BinaryValue", jsString(v))
	}
	if s, ok := v.(string); ok && *awscdk.Token_IsUnresolved(s) {
		return obj("DataType", orString(), "StringValue", s)
	}
	if dt != "" {
		validateSnsAttribute(t, dt, v)
	}
	switch x := v.(type) {
	case []interface{}:
		b, _ := json.Marshal(x)
		return obj("DataType", "String.Array", "StringValue", string(b))
	case float64:
		return obj("DataType", "Number", "StringValue", jsString(x))
	}
	return obj("DataType", "String", "StringValue", jsString(v))
}

func validateSnsAttribute(t *task, dt string, v interface{}) {
	if arr, ok := v.([]interface{}); ok {
		if dt != "String.Array" {
			throw(t, "Requested SNS message attribute type was %s but %s was of type Array", dt, jsString(v))
		}
		for _, e := range arr {
			// aws-cdk-lib refuses every element that is not null here.
			if e != nil {
				throw(t, "Requested SNS message attribute type was object but Array values must be one of string,boolean,number")
			}
		}
		return
	}
	bad := func(typ string) {
		diag.Panic("", "Requested SNS message attribute type was %s but %s was of type %s", dt, jsString(v), typ)
	}
	switch x := v.(type) {
	case string:
		if *awsstepfunctions.JsonPath_IsEncodedJsonPath(&x) || isJsonata(x) || dt == "String" || dt == "Binary" {
			return
		}
		bad("string")
	case float64:
		if dt != "Number" {
			bad("number")
		}
	case bool:
		if dt != "String" {
			bad("boolean")
		}
	default:
		bad("object")
	}
}

// plain turns the pointer shapes Go programs use into JSON's.
func plain(v interface{}) interface{} {
	switch x := v.(type) {
	case *string:
		if x == nil {
			return nil
		}
		return *x
	case *float64:
		if x == nil {
			return nil
		}
		return *x
	case *bool:
		if x == nil {
			return nil
		}
		return *x
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case float32:
		return float64(x)
	case *[]*string:
		if x == nil {
			return nil
		}
		out := make([]interface{}, len(*x))
		for i, s := range *x {
			out[i] = plain(s)
		}
		return out
	case []*string:
		return plain(&x)
	case []string:
		out := make([]interface{}, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	}
	return v
}

// jsString is JavaScript's `${v}`.
func jsString(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "undefined"
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []interface{}:
		s := ""
		for i, e := range x {
			if i > 0 {
				s += ","
			}
			if e != nil {
				s += jsString(e)
			}
		}
		return s
	}
	return fmt.Sprint(v)
}
