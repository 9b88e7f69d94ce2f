package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"strings"
)

// HttpInvoke calls an HTTPS API through an EventBridge connection.
type HttpInvoke interface {
	awsstepfunctions.TaskStateBase
	// BuildTaskPolicyStatements are the statements the state machine's
	// role needs: the connection's credentials and secret, and invoking
	// HTTP endpoints under the API root.
	BuildTaskPolicyStatements() *[]awsiam.PolicyStatement
}

// httpInvoke is the task with what its policy statements are made of.
type httpInvoke struct {
	*task
	conn awsevents.IConnection
	root string
}

// BuildTaskPolicyStatements makes new statements on every call, as
// aws-cdk-lib does.
func (h *httpInvoke) BuildTaskPolicyStatements() *[]awsiam.PolicyStatement {
	endpointCondition := h.root + "*"
	if isJsonata(h.root) {
		endpointCondition = "*"
	}
	return &[]awsiam.PolicyStatement{
		statement([]string{"events:RetrieveConnectionCredentials"}, h.conn.ConnectionArn()),
		statement([]string{"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"}, h.conn.ConnectionSecretArn()),
		awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: str1("states:InvokeHTTPEndpoint"), Resources: str1("*"),
			Conditions: &map[string]interface{}{"StringLike": map[string]interface{}{"states:HTTPEndpoint": endpointCondition}}}),
	}
}

// NewHttpInvoke builds the task at scope/id.
func NewHttpInvoke(scope constructs.Construct, id *string, props *HttpInvokeProps) HttpInvoke {
	return newHttpInvoke(scope, id, props)
}

// NewHttpInvoke_Override initializes t, a Go type embedding HttpInvoke, as the task.
func NewHttpInvoke_Override(t HttpInvoke, scope constructs.Construct, id *string, props *HttpInvokeProps) {
	l2.Override[HttpInvoke](t, newHttpInvoke(scope, id, props))
}

// HttpInvoke_JsonPath builds the task with JSONPath fields.
func HttpInvoke_JsonPath(scope constructs.Construct, id *string, props *HttpInvokeJsonPathProps) HttpInvoke {
	if props == nil {
		return newHttpInvoke(scope, id, nil)
	}
	p := &HttpInvokeProps{}
	copyFields(p, props)
	return newHttpInvoke(scope, id, p)
}

// HttpInvoke_Jsonata builds the task with JSONata fields: its query language is JSONata.
func HttpInvoke_Jsonata(scope constructs.Construct, id *string, props *HttpInvokeJsonataProps) HttpInvoke {
	if props == nil {
		return newHttpInvoke(scope, id, nil)
	}
	p := &HttpInvokeProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newHttpInvoke(scope, id, p)
}

// HttpInvoke_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func HttpInvoke_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// HttpInvoke_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func HttpInvoke_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// HttpInvoke_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func HttpInvoke_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// HttpInvoke_IsConstruct reports whether x is a construct.
func HttpInvoke_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HttpInvoke_PrefixStates prefixes the names of the states under root.
func HttpInvoke_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// HttpInvokeProps configures a HttpInvoke task.
type HttpInvokeProps struct {
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
	ApiEndpoint           awsstepfunctions.TaskInput          `field:"required" json:"apiEndpoint" yaml:"apiEndpoint"`
	ApiRoot               *string                             `field:"required" json:"apiRoot" yaml:"apiRoot"`
	Connection            awsevents.IConnection               `field:"required" json:"connection" yaml:"connection"`
	Method                awsstepfunctions.TaskInput          `field:"required" json:"method" yaml:"method"`
	Body                  awsstepfunctions.TaskInput          `field:"optional" json:"body" yaml:"body"`
	Headers               awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryStringParameters awsstepfunctions.TaskInput          `field:"optional" json:"queryStringParameters" yaml:"queryStringParameters"`
	UrlEncodingFormat     URLEncodingFormat                   `field:"optional" json:"urlEncodingFormat" yaml:"urlEncodingFormat"`
}

// HttpInvokeJsonPathProps configures a HttpInvoke task with JSONPath fields.
type HttpInvokeJsonPathProps struct {
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
	ApiEndpoint           awsstepfunctions.TaskInput          `field:"required" json:"apiEndpoint" yaml:"apiEndpoint"`
	ApiRoot               *string                             `field:"required" json:"apiRoot" yaml:"apiRoot"`
	Connection            awsevents.IConnection               `field:"required" json:"connection" yaml:"connection"`
	Method                awsstepfunctions.TaskInput          `field:"required" json:"method" yaml:"method"`
	Body                  awsstepfunctions.TaskInput          `field:"optional" json:"body" yaml:"body"`
	Headers               awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryStringParameters awsstepfunctions.TaskInput          `field:"optional" json:"queryStringParameters" yaml:"queryStringParameters"`
	UrlEncodingFormat     URLEncodingFormat                   `field:"optional" json:"urlEncodingFormat" yaml:"urlEncodingFormat"`
}

// HttpInvokeJsonataProps configures a HttpInvoke task with JSONata fields.
type HttpInvokeJsonataProps struct {
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
	ApiEndpoint           awsstepfunctions.TaskInput          `field:"required" json:"apiEndpoint" yaml:"apiEndpoint"`
	ApiRoot               *string                             `field:"required" json:"apiRoot" yaml:"apiRoot"`
	Connection            awsevents.IConnection               `field:"required" json:"connection" yaml:"connection"`
	Method                awsstepfunctions.TaskInput          `field:"required" json:"method" yaml:"method"`
	Body                  awsstepfunctions.TaskInput          `field:"optional" json:"body" yaml:"body"`
	Headers               awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryStringParameters awsstepfunctions.TaskInput          `field:"optional" json:"queryStringParameters" yaml:"queryStringParameters"`
	UrlEncodingFormat     URLEncodingFormat                   `field:"optional" json:"urlEncodingFormat" yaml:"urlEncodingFormat"`
}

// URLEncodingFormat is how HttpInvoke URL-encodes a request body's arrays.
type URLEncodingFormat string

const (
	URLEncodingFormat_BRACKETS URLEncodingFormat = "BRACKETS"
	URLEncodingFormat_COMMAS   URLEncodingFormat = "COMMAS"
	URLEncodingFormat_DEFAULT  URLEncodingFormat = "DEFAULT"
	URLEncodingFormat_INDICES  URLEncodingFormat = "INDICES"
	URLEncodingFormat_NONE     URLEncodingFormat = "NONE"
	URLEncodingFormat_REPEAT   URLEncodingFormat = "REPEAT"
)

const httpInvokeDynamicEndpointFlag = "@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint"

func newHttpInvoke(scope constructs.Construct, id *string, props *HttpInvokeProps) HttpInvoke {
	required(scope, id, "HttpInvoke", props, "ApiEndpoint", "ApiRoot", "Connection", "Method")
	t := newTask(scope, id, props)
	root := *props.ApiRoot
	h := &httpInvoke{task: t, conn: props.Connection, root: root}
	host.Set(t.TaskStateBase, h)
	t.policies = *h.BuildTaskPolicyStatements()
	t.Hook.Render = func(top string) interface{} {
		// As aws-cdk-lib, the state's own language decides, not the machine's.
		jsonata := t.ql == awsstepfunctions.QueryLanguage_JSONATA || t.ql == "JSONata"
		unwrap := func(v string) string {
			return strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(v, "{%"), "%}"))
		}
		quoted := func(v string) string {
			if jsonata && !isJsonata(v) {
				return "'" + v + "'"
			}
			return unwrap(v)
		}
		endpoint := jsString(plain(inputValue(props.ApiEndpoint)))
		var apiEndpoint interface{}
		switch {
		case jsonata:
			apiEndpoint = "{% " + quoted(root) + " & '/' & " + quoted(endpoint) + " %}"
		case *awscdk.FeatureFlags_Of(t).IsEnabled(str(httpInvokeDynamicEndpointFlag)):
			apiEndpoint = awsstepfunctions.JsonPath_Format(str("{}/{}"), str(root), str(endpoint))
		default:
			apiEndpoint = root + "/" + endpoint
		}
		headers := inputValue(props.Headers)
		var transform interface{}
		if f := props.UrlEncodingFormat; f != "" && f != URLEncodingFormat_NONE {
			h := ojson.New()
			if m, ok := plainMap(headers); ok {
				for _, k := range sortedKeys(m) {
					h.Set(k, m[k])
				}
			}
			h.Set("Content-Type", "application/x-www-form-urlencoded")
			headers = h
			tr := obj("RequestBodyEncoding", "URL_ENCODED")
			if f != URLEncodingFormat_DEFAULT {
				tr.Set("RequestEncodingOptions", obj("ArrayFormat", string(f)))
			}
			transform = tr
		}
		return t.render(top, integrationResourceArn("http", "invoke", ""), obj(
			"ApiEndpoint", apiEndpoint, "Authentication", obj("ConnectionArn", h.conn.ConnectionArn()), "Method", inputValue(props.Method),
			"Headers", headers, "RequestBody", inputValue(props.Body), "QueryParameters", inputValue(props.QueryStringParameters), "Transform", transform))
	}
	return h
}

func str1(s string) *[]*string { return &[]*string{&s} }
