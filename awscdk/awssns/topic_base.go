package awssns

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscodestarnotifications"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawssns"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ITopic is an SNS topic, defined in this app or imported.
type ITopic interface {
	awscdk.IResource
	interfacesawssns.ITopicRef
	// AddSubscription subscribes an endpoint to the topic.
	AddSubscription(subscription ITopicSubscription) Subscription
	// AddToResourcePolicy adds a statement to the topic's resource policy,
	// creating the TopicPolicy when the topic is owned by this app.
	AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	// GrantPublish lets identity publish to the topic.
	GrantPublish(identity awsiam.IGrantable) awsiam.Grant
	// GrantSubscribe lets identity subscribe to the topic.
	GrantSubscribe(identity awsiam.IGrantable) awsiam.Grant
	ContentBasedDeduplication() *bool
	Fifo() *bool
	MasterKey() awskms.IKey
	TopicArn() *string
	TopicName() *string
	// Metric is the topic's metricName metric (AWS/SNS, by TopicName).
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNumberOfMessagesPublished(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNumberOfNotificationsDelivered(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNumberOfNotificationsFailed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNumberOfNotificationsFilteredOut(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNumberOfNotificationsFilteredOutInvalidAttributes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNumberOfNotificationsFilteredOutNoMessageAttributes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPublishSize(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSMSMonthToDateSpentUSD(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSMSSuccessRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// ITopicSubscription is a subscriber that can bind itself to a topic (see
// awssnssubscriptions).
type ITopicSubscription interface {
	Bind(topic ITopic) *TopicSubscriptionConfig
}

// TopicBase is what Topic and imported topics share.
type TopicBase interface {
	awscdk.Resource
	ITopic
	// AutoCreatePolicy reports whether AddToResourcePolicy creates a TopicPolicy.
	AutoCreatePolicy() *bool
	// EnforceSSL reports whether the topic's policy denies publishing without TLS.
	EnforceSSL() *bool
	SetEnforceSSL(val *bool)
	// Grants is the topic's grants object.
	Grants() TopicGrants
	// GrantOnKey grants actions on the topic's KMS key, if it has one.
	GrantOnKey(grantee awsiam.IGrantable, actions ...*string) *awsiam.GrantOnKeyResult
	// AddSSLPolicy adds the statement denying publishing without TLS.
	AddSSLPolicy()
	// CreateSSLPolicyDocument returns the statement denying publishing without TLS.
	CreateSSLPolicyDocument() awsiam.PolicyStatement
	// CreateTopicPolicy creates the topic policy if the topic has none and may create one.
	CreateTopicPolicy()
	// BindAsNotificationRuleTarget makes the topic a CodeStar notification rule's target.
	BindAsNotificationRuleTarget(scope constructs.Construct) *awscodestarnotifications.NotificationRuleTargetConfig
}

type topicBase struct {
	awscdk.Resource
	self             ITopic
	policy           TopicPolicy
	autoCreatePolicy bool
	enforceSSL       *bool
	fifo             bool
	cbd              bool
	masterKey        awskms.IKey
	grants           TopicGrants
	arn, name        func() *string
}

func (t *topicBase) init(self ITopic) {
	t.self = self
	t.grants = TopicGrants_FromTopic(self)
	t.Node().AddValidation(validation(func() []string {
		if t.policy == nil {
			return nil
		}
		return strs(t.policy.Document().ValidateForResourcePolicy(nil))
	}))
}

func (t *topicBase) AutoCreatePolicy() *bool          { return jsii.Bool(t.autoCreatePolicy) }
func (t *topicBase) ContentBasedDeduplication() *bool { return jsii.Bool(t.cbd) }
func (t *topicBase) Fifo() *bool                      { return jsii.Bool(t.fifo) }
func (t *topicBase) MasterKey() awskms.IKey           { return t.masterKey }
func (t *topicBase) EnforceSSL() *bool                { return t.enforceSSL }
func (t *topicBase) SetEnforceSSL(val *bool)          { t.enforceSSL = val }
func (t *topicBase) Grants() TopicGrants              { return t.grants }
func (t *topicBase) TopicArn() *string                { return t.arn() }
func (t *topicBase) TopicName() *string               { return t.name() }

// TopicRef is the topic's reference (its ARN).
func (t *topicBase) TopicRef() *interfacesawssns.TopicReference {
	return &interfacesawssns.TopicReference{TopicArn: t.self.TopicArn()}
}

// AddSubscription binds subscription to the topic and creates the
// Subscription under the scope the subscriber chooses.
func (t *topicBase) AddSubscription(subscription ITopicSubscription) Subscription {
	if subscription == nil {
		l2.RequireArg(t.self, "AddSubscription", "a subscription")
	}
	cfg := subscription.Bind(t.self)
	var scope constructs.Construct = t.Resource
	if cfg.SubscriberScope != nil {
		scope = cfg.SubscriberScope
	}
	id := deref(cfg.SubscriberId)
	if isUnresolved(cfg.SubscriberId) {
		id = nextTokenID(scope)
	}
	if scope.Node().TryFindChild(&id) != nil {
		throw(scope, "A subscription with id %q already exists under the scope %s", id, *scope.Node().Path())
	}
	sub := NewSubscription(scope, &id, &SubscriptionProps{
		Topic:                       t.self,
		Endpoint:                    cfg.Endpoint,
		Protocol:                    cfg.Protocol,
		DeadLetterQueue:             cfg.DeadLetterQueue,
		DeliveryPolicy:              cfg.DeliveryPolicy,
		FilterPolicy:                cfg.FilterPolicy,
		FilterPolicyWithMessageBody: cfg.FilterPolicyWithMessageBody,
		RawMessageDelivery:          cfg.RawMessageDelivery,
		Region:                      cfg.Region,
		SubscriptionRoleArn:         cfg.SubscriptionRoleArn,
	})
	if cfg.SubscriptionDependency != nil {
		sub.Node().AddDependency(cfg.SubscriptionDependency)
	}
	return sub
}

var tokenSubscriptionID = regexp.MustCompile(`TokenSubscription:(\d*)`)

// nextTokenID numbers subscriptions whose subscriber id is a token. Like
// aws-cdk-lib, it runs one global regular expression over every id, so a
// match moves the start of the next search (JavaScript's lastIndex).
func nextTokenID(scope constructs.IConstruct) string {
	next := 1
	last := 0
	for _, c := range *scope.Node().FindAll("") {
		id := *c.Node().Id()
		if last > len(id) {
			last = 0
			continue
		}
		loc := tokenSubscriptionID.FindStringSubmatchIndex(id[last:])
		if loc == nil {
			last = 0
			continue
		}
		digits := id[last+loc[2] : last+loc[3]]
		last += loc[1]
		if n, err := strconv.Atoi(digits); err == nil && n >= next {
			next = n + 1
		}
	}
	return fmt.Sprintf("TokenSubscription:%d", next)
}

func (t *topicBase) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	t.CreateTopicPolicy()
	if t.policy == nil {
		return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
	}
	t.policy.Document().AddStatements(statement)
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: t.policy}
}

func (t *topicBase) AddSSLPolicy() {
	t.CreateTopicPolicy()
	if t.policy != nil {
		t.policy.Document().AddStatements(t.CreateSSLPolicyDocument())
	}
}

func (t *topicBase) CreateTopicPolicy() {
	if t.policy == nil && t.autoCreate() {
		t.policy = NewTopicPolicy(t.Resource, jsii.String("Policy"), &TopicPolicyProps{Topics: &[]ITopic{t.self}})
	}
}

func (t *topicBase) CreateSSLPolicyDocument() awsiam.PolicyStatement {
	return sslStatement(t.self.TopicArn())
}

func sslStatement(topicArn *string) awsiam.PolicyStatement {
	return awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Sid:        jsii.String("AllowPublishThroughSSLOnly"),
		Actions:    jsii.Strings("sns:Publish"),
		Effect:     awsiam.Effect_DENY,
		Resources:  &[]*string{topicArn},
		Conditions: &map[string]interface{}{"Bool": map[string]interface{}{"aws:SecureTransport": "false"}},
		Principals: &[]awsiam.IPrincipal{awsiam.NewStarPrincipal()},
	})
}

// GrantOnKey grants actions on the topic's KMS key, if it has one (the
// result's Grant is nil otherwise).
func (t *topicBase) GrantOnKey(grantee awsiam.IGrantable, actions ...*string) *awsiam.GrantOnKeyResult {
	return &awsiam.GrantOnKeyResult{Grant: t.grantOnKey(grantee, actions...)}
}

// grantOnKey grants actions on the topic's KMS key, when it has one.
func (t *topicBase) grantOnKey(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	key := t.self.MasterKey()
	if key == nil {
		return nil
	}
	return key.Grant(grantee, actions...)
}

func (t *topicBase) GrantPublish(grantee awsiam.IGrantable) awsiam.Grant {
	return t.grants.Publish(grantee)
}

func (t *topicBase) GrantSubscribe(grantee awsiam.IGrantable) awsiam.Grant {
	return t.grants.Subscribe(grantee)
}

// TopicGrants grants permissions on a topic, as aws-cdk-lib's generated
// TopicGrants class does.
type TopicGrants interface {
	// Publish lets grantee publish (and use the topic's key).
	Publish(grantee awsiam.IGrantable) awsiam.Grant
	// Subscribe lets grantee subscribe.
	Subscribe(grantee awsiam.IGrantable) awsiam.Grant
	// Resource is the topic the grants are about.
	Resource() interfacesawssns.ITopicRef
	// PolicyResource is the topic's resource policy holder, if it has one.
	PolicyResource() awsiam.IResourceWithPolicyV2
	// EncryptedResource is the topic as a holder of a KMS key, if it is one.
	EncryptedResource() awsiam.IEncryptedResource
	// Actions grants actions on the topic (or options.ResourceArns) and
	// options.KeyActions on its key.
	Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.EncryptedPermissionsOptions) awsiam.Grant
}

type topicGrants struct {
	resource  interfacesawssns.ITopicRef
	policyRes awsiam.IResourceWithPolicyV2
	keyGrant  func(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
}

// TopicGrants_FromTopic returns the grants object of a topic.
func TopicGrants_FromTopic(resource interfacesawssns.ITopicRef) TopicGrants {
	g := &topicGrants{resource: resource}
	if p, ok := resource.(awsiam.IResourceWithPolicyV2); ok {
		g.policyRes = p
	}
	if k, ok := resource.(interface {
		grantOnKey(awsiam.IGrantable, ...*string) awsiam.Grant
	}); ok {
		g.keyGrant = k.grantOnKey
	}
	return g
}

func (g *topicGrants) Resource() interfacesawssns.ITopicRef         { return g.resource }
func (g *topicGrants) PolicyResource() awsiam.IResourceWithPolicyV2 { return g.policyRes }

func (g *topicGrants) EncryptedResource() awsiam.IEncryptedResource {
	if e, ok := g.resource.(awsiam.IEncryptedResource); ok {
		return e
	}
	return nil
}

func (g *topicGrants) Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.EncryptedPermissionsOptions) awsiam.Grant {
	if options == nil {
		options = &awscdk.EncryptedPermissionsOptions{}
	}
	var acts, keys []string
	if actions != nil {
		for _, a := range *actions {
			acts = append(acts, deref(a))
		}
	}
	if options.KeyActions != nil {
		for _, a := range *options.KeyActions {
			keys = append(keys, deref(a))
		}
	}
	return g.actionsOn(grantee, acts, keys, options.ResourceArns)
}

func (g *topicGrants) actions(grantee awsiam.IGrantable, actions []string, keyActions []string) awsiam.Grant {
	return g.actionsOn(grantee, actions, keyActions, nil)
}

func (g *topicGrants) actionsOn(grantee awsiam.IGrantable, actions []string, keyActions []string, resourceArns *[]*string) awsiam.Grant {
	acts := strPtrs(actions)
	arns := resourceArns
	if arns == nil {
		arns = &[]*string{g.resource.TopicRef().TopicArn}
	}
	var result awsiam.Grant
	if g.policyRes != nil {
		result = awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
			Actions: &acts, Grantee: grantee, ResourceArns: arns, Resource: g.policyRes,
		})
	} else {
		result = awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Actions: &acts, Grantee: grantee, ResourceArns: arns})
	}
	if len(keyActions) > 0 && g.keyGrant != nil {
		g.keyGrant(grantee, strPtrs(keyActions)...)
	}
	return result
}

func (g *topicGrants) Publish(grantee awsiam.IGrantable) awsiam.Grant {
	return g.actions(grantee, []string{"sns:Publish"}, []string{"kms:Decrypt", "kms:GenerateDataKey*"})
}

func (g *topicGrants) Subscribe(grantee awsiam.IGrantable) awsiam.Grant {
	return g.actions(grantee, []string{"sns:Subscribe"}, nil)
}
