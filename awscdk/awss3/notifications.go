package awss3

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers/s3notifications"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l1"
	"github.com/strata-cdk/strata/internal/ojson"
)

// notificationsHandlerID is the id of the stack-wide function that puts
// bucket notification configurations; aws-cdk-lib uses the same id, so
// logical ids match.
const notificationsHandlerID = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834"

// bucketNotifications is the Custom::S3BucketNotifications resource of a
// bucket (construct "Notifications"), created on the first notification.
type bucketNotifications struct {
	constructs.Construct
	bucket      IBucket
	handlerRole awsiam.IRole
	skip        bool
	resource    awscdk.CfnResource
	eventBridge bool
	lambdas     []*ojson.Object
	queues      []*ojson.Object
	topics      []*ojson.Object
}

func newBucketNotifications(scope constructs.Construct, b IBucket, id string, role awsiam.IRole, skip bool) *bucketNotifications {
	n := &bucketNotifications{bucket: b, handlerRole: role, skip: skip}
	n.Construct = constructs.NewConstruct(scope, str(id))
	host.Set(n.Construct, n)
	return n
}

func (n *bucketNotifications) addNotification(event EventType, dest IBucketNotificationDestination, filters []*NotificationKeyFilter) {
	resource := n.createResourceOnce()
	target := dest.Bind(n, n.bucket)
	if target == nil {
		addError(n, "the notification destination returned no configuration")
		return
	}
	config := ojson.New()
	config.Set("Events", []interface{}{eventValue(event)})
	if f := n.renderFilters(filters); f != nil {
		config.Set("Filter", f)
	}
	if target.Dependencies != nil {
		resource.Node().AddDependency(*target.Dependencies...)
	}
	switch target.Type {
	case BucketNotificationDestinationType_LAMBDA:
		config.Set("LambdaFunctionArn", deref(target.Arn))
		n.lambdas = append(n.lambdas, config)
	case BucketNotificationDestinationType_QUEUE:
		config.Set("QueueArn", deref(target.Arn))
		n.queues = append(n.queues, config)
	case BucketNotificationDestinationType_TOPIC:
		config.Set("TopicArn", deref(target.Arn))
		n.topics = append(n.topics, config)
	default:
		addError(n, "Unsupported notification target type:%s", string(target.Type))
	}
}

func (n *bucketNotifications) enableEventBridge() {
	n.createResourceOnce()
	n.eventBridge = true
}

func (n *bucketNotifications) renderFilters(filters []*NotificationKeyFilter) interface{} {
	if len(filters) == 0 {
		return nil
	}
	var rules []interface{}
	hasPrefix, hasSuffix := false, false
	for _, f := range filters {
		if f == nil || (deref(f.Suffix) == "" && deref(f.Prefix) == "") {
			addError(n, "NotificationKeyFilter must specify `prefix` and/or `suffix`")
			return nil
		}
		if deref(f.Suffix) != "" {
			if hasSuffix {
				addError(n, "Cannot specify more than one suffix rule in a filter.")
				return nil
			}
			rules = append(rules, filterRule("suffix", f.Suffix))
			hasSuffix = true
		}
		if deref(f.Prefix) != "" {
			if hasPrefix {
				addError(n, "Cannot specify more than one prefix rule in a filter.")
				return nil
			}
			rules = append(rules, filterRule("prefix", f.Prefix))
			hasPrefix = true
		}
	}
	key := ojson.New()
	key.Set("FilterRules", rules)
	filter := ojson.New()
	filter.Set("Key", key)
	return filter
}

func filterRule(name string, v *string) *ojson.Object {
	o := ojson.New()
	o.Set("Name", name)
	o.Set("Value", deref(v))
	return o
}

// renderConfiguration is the NotificationConfiguration property, rendered
// at synthesis so that notifications added later count.
func (n *bucketNotifications) renderConfiguration() interface{} {
	o := ojson.New()
	if n.eventBridge {
		o.Set("EventBridgeConfiguration", ojson.New())
	}
	for _, part := range []struct {
		key  string
		list []*ojson.Object
	}{{"LambdaFunctionConfigurations", n.lambdas}, {"QueueConfigurations", n.queues}, {"TopicConfigurations", n.topics}} {
		if len(part.list) > 0 {
			l := make([]interface{}, len(part.list))
			for i := range part.list {
				l[i] = part.list[i]
			}
			o.Set(part.key, l)
		}
	}
	return o
}

type anyProducer func() interface{}

func (p anyProducer) Produce() interface{} { return p() }

func (n *bucketNotifications) createResourceOnce() awscdk.CfnResource {
	if n.resource != nil {
		return n.resource
	}
	handler := notificationsHandlerSingleton(n, n.handlerRole)
	_, managed := n.bucket.(*bucket)
	if featureEnabled(n, "@aws-cdk/aws-s3:keepNotificationInImportedBucket") {
		managed = false
	}
	handlerPolicy := n.addHandlerPermissions(handler, managed)
	n.resource = awscdk.NewCfnResource(n, str("Resource"), &awscdk.CfnResourceProps{Type: str("Custom::S3BucketNotifications")})
	l1.Init(n.resource, n.resource, &notificationsResourceProps{
		ServiceToken:              handler.functionArn,
		BucketName:                n.bucket.BucketName(),
		NotificationConfiguration: awscdk.Lazy_Any(anyProducer(n.renderConfiguration), nil),
		Managed:                   managed,
		SkipDestinationValidation: n.skip,
	})
	n.resource.Node().AddDependency(handlerPolicy)
	awscdk.Aspects_Of(n).Add(&dependOnBucketPolicy{n}, nil)
	return n.resource
}

// notificationsResourceProps are the properties of the
// Custom::S3BucketNotifications resource, in aws-cdk-lib's order.
type notificationsResourceProps struct {
	ServiceToken              interface{} `cfn:"ServiceToken"`
	BucketName                interface{} `cfn:"BucketName"`
	NotificationConfiguration interface{} `cfn:"NotificationConfiguration"`
	Managed                   interface{} `cfn:"Managed"`
	SkipDestinationValidation interface{} `cfn:"SkipDestinationValidation"`
}

// dependOnBucketPolicy makes the notifications wait for the bucket's
// policy (S3 checks a destination's permissions when the configuration is
// put), whenever that policy was created.
type dependOnBucketPolicy struct{ n *bucketNotifications }

func (a *dependOnBucketPolicy) Visit(node constructs.IConstruct) {
	if node.Node() != a.n.resource.Node() {
		return
	}
	if p := a.n.bucket.Policy(); p != nil && !isNil(p) {
		node.Node().AddDependency(p)
	}
}

func (n *bucketNotifications) addHandlerPermissions(h *notificationsHandler, managed bool) awsiam.Policy {
	statements := []awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: strs("s3:PutBucketNotification"), Resources: &[]*string{n.bucket.BucketArn()},
	})}
	if !managed {
		statements = append(statements, awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: strs("s3:GetBucketNotification"), Resources: &[]*string{n.bucket.BucketArn()},
		}))
	}
	policy := awsiam.NewPolicy(n, str("HandlerPolicy"), &awsiam.PolicyProps{Statements: &statements})
	h.role.AttachInlinePolicy(policy)
	return policy
}

// notificationsHandler is the stack's single function that puts bucket
// notification configurations. Its code is Strata's own handler, inlined.
type notificationsHandler struct {
	constructs.Construct
	role        awsiam.IRole
	functionArn *string
}

func notificationsHandlerSingleton(scope constructs.IConstruct, role awsiam.IRole) *notificationsHandler {
	stack := awscdk.Stack_Of(scope)
	if existing, ok := stack.Node().TryFindChild(str(notificationsHandlerID)).(*notificationsHandler); ok {
		return existing
	}
	h := &notificationsHandler{}
	h.Construct = constructs.NewConstruct(stack, str(notificationsHandlerID))
	host.Set(h.Construct, h)
	if role == nil || isNil(role) {
		role = awsiam.NewRole(h, str("Role"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(str("lambda.amazonaws.com"), nil),
		})
	}
	h.role = role
	role.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("service-role/AWSLambdaBasicExecutionRole")))
	fn := newInlineLambda(h, "Resource", &inlineLambdaProps{
		Description: "AWS CloudFormation handler for \"Custom::S3BucketNotifications\" resources (@aws-cdk/aws-s3)",
		Code:        &inlineCode{ZipFile: s3notifications.Inline()},
		Handler:     "index.handler",
		Role:        role.RoleArn(),
		Runtime:     "python3.13",
		Timeout:     300,
	})
	fn.Node().AddDependency(role)
	h.functionArn = awscdk.Token_AsString(fn.GetAtt(str("Arn"), awscdk.ResolutionTypeHint_STRING), nil)
	return h
}

// AddToRolePolicy adds a statement to the handler's role.
func (h *notificationsHandler) AddToRolePolicy(statement awsiam.PolicyStatement) {
	h.role.AddToPrincipalPolicy(statement)
}

// inlineLambda is a raw AWS::Lambda::Function that takes tags, as
// aws-cdk-lib's notifications handler does.
type inlineLambda struct {
	awscdk.CfnResource
	tags awscdk.TagManager
}

// inlineLambdaProps are the properties of the notifications function, in
// aws-cdk-lib's order.
type inlineLambdaProps struct {
	Description interface{} `cfn:"Description"`
	Code        *inlineCode `cfn:"Code"`
	Handler     interface{} `cfn:"Handler"`
	Role        interface{} `cfn:"Role"`
	Runtime     interface{} `cfn:"Runtime"`
	Timeout     interface{} `cfn:"Timeout"`
}

type inlineCode struct {
	ZipFile interface{} `cfn:"ZipFile"`
}

func newInlineLambda(scope constructs.Construct, id string, props *inlineLambdaProps) *inlineLambda {
	l := &inlineLambda{}
	l.CfnResource = awscdk.NewCfnResource(scope, str(id), &awscdk.CfnResourceProps{Type: str("AWS::Lambda::Function")})
	l1.Init(l.CfnResource, l, props)
	l.tags = awscdk.NewTagManager(awscdk.TagType_STANDARD, str("AWS::Lambda::Function"), nil, nil)
	return l
}

// Tags lets Tags_Of reach the function.
func (l *inlineLambda) Tags() awscdk.TagManager { return l.tags }
