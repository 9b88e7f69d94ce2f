package awsstepfunctionstasks

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsbedrock"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// BedrockInvokeModel invokes a Bedrock model (the bedrock:invokeModel integration),
// its body given inline or read from S3.
type BedrockInvokeModel interface {
	awsstepfunctions.TaskStateBase
}

// NewBedrockInvokeModel builds the task at scope/id.
func NewBedrockInvokeModel(scope constructs.Construct, id *string, props *BedrockInvokeModelProps) BedrockInvokeModel {
	return newBedrockInvokeModel(scope, id, props)
}

// NewBedrockInvokeModel_Override initializes t, a Go type embedding BedrockInvokeModel, as the task.
func NewBedrockInvokeModel_Override(t BedrockInvokeModel, scope constructs.Construct, id *string, props *BedrockInvokeModelProps) {
	l2.Override[BedrockInvokeModel](t, newBedrockInvokeModel(scope, id, props))
}

// BedrockInvokeModel_JsonPath builds the task with JSONPath fields.
func BedrockInvokeModel_JsonPath(scope constructs.Construct, id *string, props *BedrockInvokeModelJsonPathProps) BedrockInvokeModel {
	if props == nil {
		return newBedrockInvokeModel(scope, id, nil)
	}
	p := &BedrockInvokeModelProps{}
	copyFields(p, props)
	return newBedrockInvokeModel(scope, id, p)
}

// BedrockInvokeModel_Jsonata builds the task with JSONata fields: its query language is JSONata.
func BedrockInvokeModel_Jsonata(scope constructs.Construct, id *string, props *BedrockInvokeModelJsonataProps) BedrockInvokeModel {
	if props == nil {
		return newBedrockInvokeModel(scope, id, nil)
	}
	p := &BedrockInvokeModelProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newBedrockInvokeModel(scope, id, p)
}

// BedrockInvokeModel_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func BedrockInvokeModel_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// BedrockInvokeModel_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func BedrockInvokeModel_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// BedrockInvokeModel_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func BedrockInvokeModel_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// BedrockInvokeModel_IsConstruct reports whether x is a construct.
func BedrockInvokeModel_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BedrockInvokeModel_PrefixStates prefixes the names of the states under root.
func BedrockInvokeModel_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// BedrockInvokeModelProps configures a BedrockInvokeModel task.
type BedrockInvokeModelProps struct {
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
	Model              awsbedrock.IModel                   `field:"required" json:"model" yaml:"model"`
	Accept             *string                             `field:"optional" json:"accept" yaml:"accept"`
	Body               awsstepfunctions.TaskInput          `field:"optional" json:"body" yaml:"body"`
	ContentType        *string                             `field:"optional" json:"contentType" yaml:"contentType"`
	Guardrail          Guardrail                           `field:"optional" json:"guardrail" yaml:"guardrail"`
	Input              *BedrockInvokeModelInputProps       `field:"optional" json:"input" yaml:"input"`
	Output             *BedrockInvokeModelOutputProps      `field:"optional" json:"output" yaml:"output"`
	TraceEnabled       *bool                               `field:"optional" json:"traceEnabled" yaml:"traceEnabled"`
}

// BedrockInvokeModelJsonPathProps configures a BedrockInvokeModel task with JSONPath fields.
type BedrockInvokeModelJsonPathProps struct {
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
	Model              awsbedrock.IModel                   `field:"required" json:"model" yaml:"model"`
	Accept             *string                             `field:"optional" json:"accept" yaml:"accept"`
	Body               awsstepfunctions.TaskInput          `field:"optional" json:"body" yaml:"body"`
	ContentType        *string                             `field:"optional" json:"contentType" yaml:"contentType"`
	Guardrail          Guardrail                           `field:"optional" json:"guardrail" yaml:"guardrail"`
	Input              *BedrockInvokeModelInputProps       `field:"optional" json:"input" yaml:"input"`
	Output             *BedrockInvokeModelOutputProps      `field:"optional" json:"output" yaml:"output"`
	TraceEnabled       *bool                               `field:"optional" json:"traceEnabled" yaml:"traceEnabled"`
}

// BedrockInvokeModelJsonataProps configures a BedrockInvokeModel task with JSONata fields.
type BedrockInvokeModelJsonataProps struct {
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
	Model              awsbedrock.IModel                   `field:"required" json:"model" yaml:"model"`
	Accept             *string                             `field:"optional" json:"accept" yaml:"accept"`
	Body               awsstepfunctions.TaskInput          `field:"optional" json:"body" yaml:"body"`
	ContentType        *string                             `field:"optional" json:"contentType" yaml:"contentType"`
	Guardrail          Guardrail                           `field:"optional" json:"guardrail" yaml:"guardrail"`
	Input              *BedrockInvokeModelInputProps       `field:"optional" json:"input" yaml:"input"`
	Output             *BedrockInvokeModelOutputProps      `field:"optional" json:"output" yaml:"output"`
	TraceEnabled       *bool                               `field:"optional" json:"traceEnabled" yaml:"traceEnabled"`
}

// BedrockInvokeModelInputProps is where the model's input is read from
// S3: an S3 URI (which may be a state path) or a bucket and key.
type BedrockInvokeModelInputProps struct {
	S3InputUri *string         `field:"optional" json:"s3InputUri" yaml:"s3InputUri"`
	S3Location *awss3.Location `field:"optional" json:"s3Location" yaml:"s3Location"`
}

// BedrockInvokeModelOutputProps is where the model's output is written in
// S3: a bucket and key, or an S3 URI (which may be a state path).
type BedrockInvokeModelOutputProps struct {
	S3Location  *awss3.Location `field:"optional" json:"s3Location" yaml:"s3Location"`
	S3OutputUri *string         `field:"optional" json:"s3OutputUri" yaml:"s3OutputUri"`
}

// Guardrail is the Bedrock guardrail a model invocation applies.
type Guardrail interface {
	GuardrailIdentifier() *string
	GuardrailVersion() *string
}

type guardrail struct{ id, version *string }

func (g *guardrail) GuardrailIdentifier() *string { return g.id }
func (g *guardrail) GuardrailVersion() *string    { return g.version }

var guardrailID = regexp.MustCompile(`^[a-z0-9]+$`)

func newGuardrail(identifier *string, version string) Guardrail {
	if identifier == nil {
		diag.Panic("", "Guardrail: identifier is required")
	}
	id := *identifier
	if !*awscdk.Token_IsUnresolved(id) {
		name := id
		if strings.HasPrefix(id, "arn:") {
			c := awscdk.Arn_Split(identifier, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
			if c.ResourceName == nil || *c.ResourceName == "" {
				diag.Panic("", "Invalid ARN format. The ARN of Guradrail should have the format: `arn:<partition>:bedrock:<region>:<account-id>:guardrail/<guardrail-name>`, got %s.", id)
			}
			name = *c.ResourceName
		}
		if !guardrailID.MatchString(name) {
			diag.Panic("", "The id of Guardrail must contain only lowercase letters and numbers, got %s.", name)
		}
		if jsLength(id) > 2048 {
			diag.Panic("", "`guardrailIdentifier` length must be between 0 and 2048, got %d.", jsLength(id))
		}
	}
	return &guardrail{id: identifier, version: jsii.String(version)}
}

// Guardrail_Enable applies version (1 to 99999999) of the guardrail
// identifier (its id or ARN).
func Guardrail_Enable(identifier *string, version *float64) Guardrail {
	if version == nil {
		diag.Panic("", "Guardrail.enable: version is required")
	}
	if !*awscdk.Token_IsUnresolved(*version) && (*version < 1 || *version > 99999999) {
		diag.Panic("", "`version` must be between 1 and 99999999, got %s.", jsNumber(*version))
	}
	v := jsNumber(*version)
	if *awscdk.Token_IsUnresolved(*version) {
		v = *awscdk.Token_AsString(*version, nil)
	}
	return newGuardrail(identifier, v)
}

// Guardrail_EnableDraft applies the working draft of the guardrail
// identifier (its id or ARN).
func Guardrail_EnableDraft(identifier *string) Guardrail {
	return newGuardrail(identifier, "DRAFT")
}

const newS3UriFlag = "@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask"

func newBedrockInvokeModel(scope constructs.Construct, id *string, props *BedrockInvokeModelProps) BedrockInvokeModel {
	required(scope, id, "BedrockInvokeModel", props, "Model")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE)
	newURIs := *awscdk.FeatureFlags_Of(t).IsEnabled(jsii.String(newS3UriFlag))
	in, out := props.Input, props.Output
	hasBody := props.Body != nil
	var hasInput bool
	if newURIs {
		hasInput = in != nil && (in.S3Location != nil || in.S3InputUri != nil)
	} else {
		hasInput = in != nil && in.S3Location != nil || props.InputPath != nil
	}
	if hasBody && hasInput {
		throw(t, "Either `body` or `input` must be specified, but not both.")
	}
	if !hasBody && !hasInput {
		throw(t, "Either `body` or `input` must be specified.")
	}
	if in != nil && in.S3Location != nil && in.S3Location.ObjectVersion != nil {
		throw(t, "Input S3 object version is not supported.")
	}
	if out != nil && out.S3Location != nil && out.S3Location.ObjectVersion != nil {
		throw(t, "Output S3 object version is not supported.")
	}
	if in != nil && in.S3InputUri != nil && *in.S3InputUri != "" && in.S3Location != nil ||
		out != nil && out.S3OutputUri != nil && *out.S3OutputUri != "" && out.S3Location != nil {
		throw(t, "Either specify S3 Uri or S3 location, but not both.")
	}
	if newURIs && (in != nil && in.S3InputUri != nil && *in.S3InputUri == "" || out != nil && out.S3OutputUri != nil && *out.S3OutputUri == "") {
		throw(t, "S3 Uri cannot be an empty string")
	}
	if props.InputPath != nil && *props.InputPath != "" || props.OutputPath != nil && *props.OutputPath != "" && !newURIs {
		awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("aws-cdk-lib/aws-stepfunctions-taks"),
			jsii.String("These props will set the value of inputPath/outputPath as s3 URI under input/output field in state machine JSON definition. To modify the behaviour set feature flag `@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask\": true` and use props input.s3InputUri/output.s3OutputUri"))
	}

	stack := awscdk.Stack_Of(t)
	anyObject := func() *string {
		return stack.FormatArn(&awscdk.ArnComponents{Region: jsii.String(""), Account: jsii.String(""), Service: jsii.String("s3"), Resource: jsii.String("*")})
	}
	object := func(l *awss3.Location) *string {
		return stack.FormatArn(&awscdk.ArnComponents{Region: jsii.String(""), Account: jsii.String(""), Service: jsii.String("s3"), Resource: l.BucketName, ResourceName: l.ObjectKey})
	}
	t.policies = []awsiam.PolicyStatement{statement([]string{"bedrock:InvokeModel"}, props.Model.ModelArn())}
	if in != nil && in.S3InputUri != nil || !newURIs && props.InputPath != nil {
		t.policies = append(t.policies, statement([]string{"s3:GetObject"}, anyObject()))
	} else if in != nil && in.S3Location != nil {
		t.policies = append(t.policies, statement([]string{"s3:GetObject"}, object(in.S3Location)))
	}
	if out != nil && out.S3OutputUri != nil || !newURIs && props.OutputPath != nil {
		t.policies = append(t.policies, statement([]string{"s3:PutObject"}, anyObject()))
	} else if out != nil && out.S3Location != nil {
		t.policies = append(t.policies, statement([]string{"s3:PutObject"}, object(out.S3Location)))
	}
	if g := props.Guardrail; g != nil {
		res := g.GuardrailIdentifier()
		if !strings.HasPrefix(*res, "arn:") {
			res = stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("bedrock"), Resource: jsii.String("guardrail"), ResourceName: g.GuardrailIdentifier()})
		}
		t.policies = append(t.policies, statement([]string{"bedrock:ApplyGuardrail"}, res))
	}

	source := func(l *awss3.Location, uri, path *string) interface{} {
		switch {
		case l != nil:
			return obj("S3Uri", "s3://"+*l.BucketName+"/"+*l.ObjectKey)
		case newURIs && uri != nil && *uri != "":
			return obj("S3Uri", *uri)
		case !newURIs && path != nil && *path != "":
			return obj("S3Uri", *path)
		}
		return nil
	}
	t.Hook.Render = func(top string) interface{} {
		var inLoc, outLoc *awss3.Location
		var inURI, outURI *string
		if in != nil {
			inLoc, inURI = in.S3Location, in.S3InputUri
		}
		if out != nil {
			outLoc, outURI = out.S3Location, out.S3OutputUri
		}
		var gID, gVersion, trace interface{}
		if g := props.Guardrail; g != nil {
			gID, gVersion = g.GuardrailIdentifier(), g.GuardrailVersion()
		}
		if props.TraceEnabled != nil {
			trace = "DISABLED"
			if *props.TraceEnabled {
				trace = "ENABLED"
			}
		}
		params := obj("ModelId", props.Model.ModelArn(), "Accept", props.Accept, "ContentType", props.ContentType, "Body", inputValue(props.Body),
			"Input", source(inLoc, inURI, props.InputPath), "Output", source(outLoc, outURI, props.OutputPath),
			"GuardrailIdentifier", gID, "GuardrailVersion", gVersion, "Trace", trace)
		return t.render(top, integrationResourceArn("bedrock", "invokeModel", ""), params)
	}
	return t
}
