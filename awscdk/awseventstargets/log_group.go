package awseventstargets

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

//go:embed awsapihandler/index.js
var awsAPIHandler embed.FS

// LogGroupProps are the props of NewCloudWatchLogGroup.
type LogGroupProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// Deprecated upstream in favour of LogEvent.
	Event awsevents.RuleTargetInput `field:"optional" json:"event" yaml:"event"`
	// Install the latest AWS SDK in the policy's custom resource handler.
	// Default: the @aws-cdk/customresources:installLatestAwsSdkDefault context, else true.
	InstallLatestAwsSdk *bool `field:"optional" json:"installLatestAwsSdk" yaml:"installLatestAwsSdk"`
	// The log event ({timestamp, message}). Default: the event.
	LogEvent LogGroupTargetInput `field:"optional" json:"logEvent" yaml:"logEvent"`
}

// LogGroupTargetInput is the input of a CloudWatchLogGroup target: a log
// event {timestamp, message}.
type LogGroupTargetInput interface {
	awsevents.RuleTargetInput
	Bind(rule interfacesawsevents.IRuleRef) *awsevents.RuleTargetInputProperties
}

// LogGroupTargetInputOptions are the fields of a log event; each a value
// or an EventField. Default: the event's time and detail-type.
type LogGroupTargetInputOptions struct {
	Message   interface{} `field:"optional" json:"message" yaml:"message"`
	Timestamp interface{} `field:"optional" json:"timestamp" yaml:"timestamp"`
}

type logGroupInput struct{ awsevents.RuleTargetInput }

// logEventObject is {timestamp, message} in that order, with defaults.
func logEventObject(o *LogGroupTargetInputOptions) *ojson.Object {
	obj := ojson.New()
	var ts, msg interface{}
	if o != nil {
		ts, msg = o.Timestamp, o.Message
	}
	if ts == nil {
		ts = awsevents.EventField_Time()
	}
	if msg == nil {
		msg = awsevents.EventField_DetailType()
	}
	obj.Set("timestamp", ts)
	obj.Set("message", msg)
	return obj
}

// LogGroupTargetInput_FromObjectV2 is a log event built from options.
func LogGroupTargetInput_FromObjectV2(options *LogGroupTargetInputOptions) LogGroupTargetInput {
	return &logGroupInput{awsevents.RuleTargetInput_FromObject(logEventObject(options))}
}

// LogGroupTargetInput_FromObject is the deprecated form of FromObjectV2;
// obj is a LogGroupTargetInputOptions (or a pointer to one).
func LogGroupTargetInput_FromObject(obj interface{}) awsevents.RuleTargetInput {
	var o *LogGroupTargetInputOptions
	switch x := obj.(type) {
	case *LogGroupTargetInputOptions:
		o = x
	case LogGroupTargetInputOptions:
		o = &x
	}
	return awsevents.RuleTargetInput_FromObject(logEventObject(o))
}

// LogGroupTargetInput_FromEventPath is awsevents.RuleTargetInput_FromEventPath.
func LogGroupTargetInput_FromEventPath(path *string) awsevents.RuleTargetInput {
	return awsevents.RuleTargetInput_FromEventPath(path)
}

// LogGroupTargetInput_FromText is awsevents.RuleTargetInput_FromText.
func LogGroupTargetInput_FromText(text *string) awsevents.RuleTargetInput {
	return awsevents.RuleTargetInput_FromText(text)
}

// LogGroupTargetInput_FromMultilineText is awsevents.RuleTargetInput_FromMultilineText.
func LogGroupTargetInput_FromMultilineText(text *string) awsevents.RuleTargetInput {
	return awsevents.RuleTargetInput_FromMultilineText(text)
}

// CloudWatchLogGroup writes events to a CloudWatch Logs log group. The
// group's resource policy, which lets EventBridge write, is set by a
// custom resource (Custom::CloudwatchLogResourcePolicy) whose handler is
// Strata's own code: its asset hash is the one difference from aws-cdk-lib.
type CloudWatchLogGroup interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type cloudWatchLogGroup struct {
	logGroup interfacesawslogs.ILogGroupRef
	props    *LogGroupProps
}

// NewCloudWatchLogGroup makes a log group a rule target.
func NewCloudWatchLogGroup(logGroup interfacesawslogs.ILogGroupRef, props *LogGroupProps) CloudWatchLogGroup {
	if props == nil {
		props = &LogGroupProps{}
	}
	return &cloudWatchLogGroup{logGroup: logGroup, props: props}
}

// NewCloudWatchLogGroup_Override initialises outer, a type embedding CloudWatchLogGroup.
func NewCloudWatchLogGroup_Override(outer CloudWatchLogGroup, logGroup interfacesawslogs.ILogGroupRef, props *LogGroupProps) {
	l2.Override(outer, NewCloudWatchLogGroup(logGroup, props))
}

// Bind sets up the log group's resource policy, once per rule.
func (c *cloudWatchLogGroup) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if c.logGroup == nil {
		l2.Throw(rule, "CloudWatchLogGroup target: the log group is required")
	}
	p := c.props
	if p.Event != nil && p.LogEvent != nil {
		l2.Throw(rule, "Only one of \"event\" or \"logEvent\" can be specified")
	}
	var bound *awsevents.RuleTargetInputProperties
	if p.Event != nil {
		bound = p.Event.Bind(rule)
		if bound != nil && (bound.InputPath != nil || bound.Input != nil) {
			l2.Throw(rule, "CloudWatchLogGroup targets does not support input or inputPath")
		}
	}
	rule.Node().AddValidation(l2.Validation(func() []string { return c.validateInputTemplate(bound) }))
	stack := awscdk.Stack_Of(c.logGroup)
	id := "EventsLogGroupPolicy" + *awscdk.Names_NodeUniqueId(rule.Node())
	if stack.Node().TryFindChild(jsii.String(id)) == nil {
		newLogGroupResourcePolicy(stack, id, p.InstallLatestAwsSdk, awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Effect:     awsiam.Effect_ALLOW,
			Actions:    jsii.Strings("logs:PutLogEvents", "logs:CreateLogStream"),
			Resources:  &[]*string{c.logGroup.LogGroupRef().LogGroupArn},
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil)},
		}))
	}
	cfg := baseConfig(p.DeadLetterQueue, p.MaxEventAge, p.RetryAttempts)
	cfg.Arn = stack.FormatArn(&awscdk.ArnComponents{
		Service: jsii.String("logs"), Resource: jsii.String("log-group"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
		ResourceName: c.logGroup.LogGroupRef().LogGroupName,
	})
	cfg.Input = p.Event
	if p.LogEvent != nil {
		cfg.Input = p.LogEvent
	}
	cfg.TargetResource = c.logGroup
	return cfg
}

var placeholder = regexp.MustCompile(`(<[^<>]*?>)`)

// validateInputTemplate checks that an event's input template is a log
// event, {timestamp, message}.
func (c *cloudWatchLogGroup) validateInputTemplate(bound *awsevents.RuleTargetInputProperties) []string {
	if bound == nil || bound.InputTemplate == nil {
		return nil
	}
	resolved, ok := awscdk.Stack_Of(c.logGroup).Resolve(bound.InputTemplate).(string)
	if !ok {
		return nil
	}
	var obj map[string]interface{}
	if err := json.Unmarshal([]byte(placeholder.ReplaceAllString(resolved, `"$1"`)), &obj); err != nil {
		return []string{"Could not parse input template as JSON.\nCloudWatchLogGroup targets only support input templates in the format {timestamp: <timestamp>, message: <message>}"}
	}
	_, ts := obj["timestamp"]
	_, msg := obj["message"]
	if len(obj) != 2 || !ts || !msg {
		return []string{"CloudWatchLogGroup targets only support input templates in the format {timestamp: <timestamp>, message: <message>}"}
	}
	return nil
}

// The AwsCustomResource provider function aws-cdk-lib shares per stack.
const awsCustomResourceUUID = "679f53fa-c002-430c-b0da-5b7982bd2287"

// newLogGroupResourcePolicy builds what aws-cdk-lib's LogGroupResourcePolicy
// (an AwsCustomResource) writes: the shared provider function, a
// Custom::CloudwatchLogResourcePolicy that puts (and on delete removes)
// the policy, and the IAM policy letting the provider do so.
// It does not go through customresources.AwsCustomResource: aws-cdk-lib
// writes these calls from object literals (service, action, parameters in
// that order, policyName first), while AwsCustomResource renders a Go
// AwsSdkCall in aws-cdk-go's field order with sorted parameters, which
// would change the Create, Update and Delete strings.
func newLogGroupResourcePolicy(scope constructs.Construct, id string, installLatest *bool, statements ...awsiam.PolicyStatement) {
	c := constructs.NewConstruct(scope, jsii.String(id))
	doc := awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &statements})
	policyName := awscdk.Lazy_String(stringProducer(func() *string { return awscdk.Names_UniqueId(c) }), nil)

	install := installLatest
	if install == nil {
		if v, ok := c.Node().TryGetContext(jsii.String("@aws-cdk/customresources:installLatestAwsSdkDefault")).(bool); ok {
			install = jsii.Bool(v)
		} else {
			install = jsii.Bool(true)
			awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/custom-resources:installLatestAwsSdkNotSpecified"),
				jsii.String("installLatestAwsSdk was not specified, and defaults to true. You probably do not want this. Set the global context flag '@aws-cdk/customresources:installLatestAwsSdkDefault' to false to switch this behavior off project-wide, or set the property explicitly to true if you know you need to call APIs that are not in Lambda's built-in SDK version."))
		}
	}
	var memory *float64
	if installLatest != nil && *installLatest {
		memory = jsii.Number(512)
	}
	dir, err := handlers.Stage(awsAPIHandler, "awsapihandler")
	if err != nil {
		l2.Throw(c, "writing the code of the log group resource policy handler: %v", err)
	}
	provider := awslambda.NewSingletonFunction(c, jsii.String("Provider"), &awslambda.SingletonFunctionProps{
		Uuid:          jsii.String(awsCustomResourceUUID),
		LambdaPurpose: jsii.String("AWS"),
		Code:          awslambda.Code_FromAsset(jsii.String(dir), nil),
		Handler:       jsii.String("index.handler"),
		Runtime:       awslambda.Runtime_NODEJS_24_X(),
		Timeout:       awscdk.Duration_Minutes(jsii.Number(2)),
		MemorySize:    memory,
	})

	put := ojson.New()
	put.Set("service", "CloudWatchLogs")
	put.Set("action", "putResourcePolicy")
	params := ojson.New()
	params.Set("policyName", policyName)
	params.Set("policyDocument", jsonStringify(doc.ToJSON()))
	put.Set("parameters", params)
	phys := ojson.New()
	phys.Set("id", id)
	put.Set("physicalResourceId", phys)

	del := ojson.New()
	del.Set("service", "CloudWatchLogs")
	del.Set("action", "deleteResourcePolicy")
	delParams := ojson.New()
	delParams.Set("policyName", policyName)
	del.Set("parameters", delParams)
	del.Set("ignoreErrorCodesMatching", "ResourceNotFoundException")

	stack := awscdk.Stack_Of(c)
	res := awscdk.NewCustomResource(c, jsii.String("Resource"), &awscdk.CustomResourceProps{
		ResourceType:         jsii.String("Custom::CloudwatchLogResourcePolicy"),
		ServiceToken:         provider.FunctionArn(),
		PascalCaseProperties: jsii.Bool(true),
		Properties:           &map[string]interface{}{"create": stack.ToJsonString(put, nil)},
	})
	// aws-cdk-lib writes Create, Update, Delete, InstallLatestAwsSdk in
	// that order; a Go map would sort them, overrides keep their order.
	cfn := res.Node().DefaultChild().(awscdk.CfnResource)
	cfn.AddPropertyOverride(jsii.String("Update"), stack.ToJsonString(put, nil))
	cfn.AddPropertyOverride(jsii.String("Delete"), stack.ToJsonString(del, nil))
	cfn.AddPropertyOverride(jsii.String("InstallLatestAwsSdk"), install)
	policy := awsiam.NewPolicy(c, jsii.String("CustomResourcePolicy"), &awsiam.PolicyProps{Statements: &[]awsiam.PolicyStatement{
		awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("logs:PutResourcePolicy"), Resources: jsii.Strings("*")}),
		awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("logs:DeleteResourcePolicy"), Resources: jsii.Strings("*")}),
	}})
	if role := provider.Role(); role != nil {
		policy.AttachToRole(role)
	}
	res.Node().AddDependency(policy)
}

// jsonStringify is JSON.stringify of a rendered document: no spaces, no
// HTML escapes, tokens left as their string encodings.
func jsonStringify(v interface{}) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return string(bytes.TrimRight(b.Bytes(), "\n"))
}

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }
