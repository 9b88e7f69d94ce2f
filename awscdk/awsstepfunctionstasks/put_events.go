package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"strconv"
	"strings"
)

// EventBridgePutEvents puts events on EventBridge event buses.
type EventBridgePutEvents interface {
	awsstepfunctions.TaskStateBase
}

// NewEventBridgePutEvents builds the task at scope/id.
func NewEventBridgePutEvents(scope constructs.Construct, id *string, props *EventBridgePutEventsProps) EventBridgePutEvents {
	return newEventBridgePutEvents(scope, id, props)
}

// NewEventBridgePutEvents_Override initializes t, a Go type embedding EventBridgePutEvents, as the task.
func NewEventBridgePutEvents_Override(t EventBridgePutEvents, scope constructs.Construct, id *string, props *EventBridgePutEventsProps) {
	l2.Override[EventBridgePutEvents](t, newEventBridgePutEvents(scope, id, props))
}

// EventBridgePutEvents_JsonPath builds the task with JSONPath fields.
func EventBridgePutEvents_JsonPath(scope constructs.Construct, id *string, props *EventBridgePutEventsJsonPathProps) EventBridgePutEvents {
	if props == nil {
		return newEventBridgePutEvents(scope, id, nil)
	}
	p := &EventBridgePutEventsProps{}
	copyFields(p, props)
	return newEventBridgePutEvents(scope, id, p)
}

// EventBridgePutEvents_Jsonata builds the task with JSONata fields: its query language is JSONata.
func EventBridgePutEvents_Jsonata(scope constructs.Construct, id *string, props *EventBridgePutEventsJsonataProps) EventBridgePutEvents {
	if props == nil {
		return newEventBridgePutEvents(scope, id, nil)
	}
	p := &EventBridgePutEventsProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newEventBridgePutEvents(scope, id, p)
}

// EventBridgePutEvents_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EventBridgePutEvents_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EventBridgePutEvents_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EventBridgePutEvents_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EventBridgePutEvents_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EventBridgePutEvents_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EventBridgePutEvents_IsConstruct reports whether x is a construct.
func EventBridgePutEvents_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// EventBridgePutEvents_PrefixStates prefixes the names of the states under root.
func EventBridgePutEvents_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EventBridgePutEventsProps configures a EventBridgePutEvents task.
type EventBridgePutEventsProps struct {
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
	Entries            *[]*EventBridgePutEventsEntry       `field:"required" json:"entries" yaml:"entries"`
}

// EventBridgePutEventsJsonPathProps configures a EventBridgePutEvents task with JSONPath fields.
type EventBridgePutEventsJsonPathProps struct {
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
	Entries            *[]*EventBridgePutEventsEntry       `field:"required" json:"entries" yaml:"entries"`
}

// EventBridgePutEventsJsonataProps configures a EventBridgePutEvents task with JSONata fields.
type EventBridgePutEventsJsonataProps struct {
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
	Entries            *[]*EventBridgePutEventsEntry       `field:"required" json:"entries" yaml:"entries"`
}

// EventBridgePutEventsEntry is one event EventBridgePutEvents puts.
type EventBridgePutEventsEntry struct {
	Detail     awsstepfunctions.TaskInput       `field:"required" json:"detail" yaml:"detail"`
	DetailType *string                          `field:"required" json:"detailType" yaml:"detailType"`
	Source     *string                          `field:"required" json:"source" yaml:"source"`
	EventBus   interfacesawsevents.IEventBusRef `field:"optional" json:"eventBus" yaml:"eventBus"`
}

func newEventBridgePutEvents(scope constructs.Construct, id *string, props *EventBridgePutEventsProps) EventBridgePutEvents {
	required(scope, id, "EventBridgePutEvents", props, "Entries")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN)
	entries := []*EventBridgePutEventsEntry{}
	for _, e := range *props.Entries {
		if e == nil {
			throw(t, "an entry of `entries` is nil")
		}
		entries = append(entries, e)
	}
	if pattern == awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN {
		// aws-cdk-lib looks for the token in the list of details.
		details := map[string]interface{}{}
		for i, e := range entries {
			if e.Detail != nil {
				details[strconv.Itoa(i)] = map[string]interface{}{"type": string(e.Detail.Type()), "value": e.Detail.Value()}
			}
		}
		if !*awsstepfunctions.FieldUtils_ContainsTaskToken(&details) {
			throw(t, "Task Token is required in `entries`. Use JsonPath.taskToken to set the token.")
		}
	}
	if len(entries) == 0 {
		throw(t, "Value for property `entries` must be a non-empty array.")
	}
	for _, e := range entries {
		if e.Source != nil && strings.HasPrefix(*e.Source, "aws.") {
			throw(t, "Event source cannot start with \"aws.\"")
		}
	}
	var arns []*string
	for _, e := range entries {
		if e.EventBus != nil {
			arns = append(arns, e.EventBus.EventBusRef().EventBusArn)
		} else {
			arns = append(arns, awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{Resource: str("event-bus"), ResourceName: str("default"),
				ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, Service: str("events")}))
		}
	}
	t.policies = []awsiam.PolicyStatement{statement([]string{"events:PutEvents"}, arns...)}
	t.Hook.Render = func(top string) interface{} {
		list := make([]interface{}, len(entries))
		for i, e := range entries {
			var bus interface{}
			if e.EventBus != nil {
				bus = e.EventBus.EventBusRef().EventBusArn
			}
			list[i] = obj("Detail", inputValue(e.Detail), "DetailType", e.DetailType, "EventBusName", bus, "Source", e.Source)
		}
		o := ojson.New()
		o.Set("Entries", list)
		return t.render(top, integrationResourceArn("events", "putEvents", pattern), o)
	}
	return t
}
