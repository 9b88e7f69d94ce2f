package awsappsync

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsappsync"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HandlerBehavior says whether a channel handler runs code or calls its data source directly.
type HandlerBehavior string

const (
	HandlerBehavior_CODE   HandlerBehavior = "CODE"
	HandlerBehavior_DIRECT HandlerBehavior = "DIRECT"
)

// HandlerConfig is how a channel namespace handles publish or subscribe.
type HandlerConfig struct {
	// The data source the handler uses.
	DataSource AppSyncBackedDataSource `field:"optional" json:"dataSource" yaml:"dataSource"`
	// Call a Lambda data source directly instead of running code.
	Direct *bool `field:"optional" json:"direct" yaml:"direct"`
	// Direct handlers only. Default: REQUEST_RESPONSE.
	LambdaInvokeType LambdaInvokeType `field:"optional" json:"lambdaInvokeType" yaml:"lambdaInvokeType"`
}

// NamespaceAuthConfig are the modes a channel namespace accepts.
type NamespaceAuthConfig struct {
	PublishAuthModeTypes   *[]AppSyncAuthorizationType `field:"optional" json:"publishAuthModeTypes" yaml:"publishAuthModeTypes"`
	SubscribeAuthModeTypes *[]AppSyncAuthorizationType `field:"optional" json:"subscribeAuthModeTypes" yaml:"subscribeAuthModeTypes"`
}

// BaseChannelNamespaceProps are the props a channel namespace takes besides its API.
type BaseChannelNamespaceProps struct {
	AuthorizationConfig *NamespaceAuthConfig `field:"optional" json:"authorizationConfig" yaml:"authorizationConfig"`
	// 1 to 50 characters. Default: the construct id.
	ChannelNamespaceName   *string        `field:"optional" json:"channelNamespaceName" yaml:"channelNamespaceName"`
	Code                   Code           `field:"optional" json:"code" yaml:"code"`
	PublishHandlerConfig   *HandlerConfig `field:"optional" json:"publishHandlerConfig" yaml:"publishHandlerConfig"`
	SubscribeHandlerConfig *HandlerConfig `field:"optional" json:"subscribeHandlerConfig" yaml:"subscribeHandlerConfig"`
}

// ChannelNamespaceOptions are the options of EventApi.AddChannelNamespace.
type ChannelNamespaceOptions struct {
	AuthorizationConfig    *NamespaceAuthConfig `field:"optional" json:"authorizationConfig" yaml:"authorizationConfig"`
	ChannelNamespaceName   *string              `field:"optional" json:"channelNamespaceName" yaml:"channelNamespaceName"`
	Code                   Code                 `field:"optional" json:"code" yaml:"code"`
	PublishHandlerConfig   *HandlerConfig       `field:"optional" json:"publishHandlerConfig" yaml:"publishHandlerConfig"`
	SubscribeHandlerConfig *HandlerConfig       `field:"optional" json:"subscribeHandlerConfig" yaml:"subscribeHandlerConfig"`
}

// ChannelNamespaceProps are the props of NewChannelNamespace.
type ChannelNamespaceProps struct {
	AuthorizationConfig    *NamespaceAuthConfig `field:"optional" json:"authorizationConfig" yaml:"authorizationConfig"`
	ChannelNamespaceName   *string              `field:"optional" json:"channelNamespaceName" yaml:"channelNamespaceName"`
	Code                   Code                 `field:"optional" json:"code" yaml:"code"`
	PublishHandlerConfig   *HandlerConfig       `field:"optional" json:"publishHandlerConfig" yaml:"publishHandlerConfig"`
	SubscribeHandlerConfig *HandlerConfig       `field:"optional" json:"subscribeHandlerConfig" yaml:"subscribeHandlerConfig"`
	// The Event API.
	Api IEventApi `field:"required" json:"api" yaml:"api"`
}

// IChannelNamespace is a channel namespace, defined in this app or imported.
type IChannelNamespace interface {
	interfacesawsappsync.IChannelNamespaceRef
	awscdk.IResource
	ChannelNamespaceArn() *string
}

// ChannelNamespace is a channel namespace of an Event API (AWS::AppSync::ChannelNamespace).
type ChannelNamespace interface {
	awscdk.Resource
	IChannelNamespace
	GrantPublish(grantee awsiam.IGrantable) awsiam.Grant
	GrantPublishAndSubscribe(grantee awsiam.IGrantable) awsiam.Grant
	GrantSubscribe(grantee awsiam.IGrantable) awsiam.Grant
}

type channelNamespace struct {
	awscdk.Resource
	resource CfnChannelNamespace
	api      IEventApi
}

// ChannelNamespace_PROPERTY_INJECTION_ID is the id property injectors use.
func ChannelNamespace_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-appsync.ChannelNamespace")
}

// NewChannelNamespace creates a channel namespace with its handlers and modes.
func NewChannelNamespace(scope constructs.Construct, id *string, props *ChannelNamespaceProps) ChannelNamespace {
	props = l2.Inject(*ChannelNamespace_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Api == nil {
		l2.RequireProps(scope, id, "ChannelNamespace", "api")
	}
	if n := props.ChannelNamespaceName; n != nil && !*awscdk.Token_IsUnresolved(*n) && (len([]rune(*n)) < 1 || len([]rune(*n)) > 50) {
		l2.Throw(scope, "`channelNamespaceName` must be between 1 and 50 characters, got: %d characters.", len([]rune(*n)))
	}
	name := props.ChannelNamespaceName
	if name == nil {
		name = id
	}
	c := &channelNamespace{Resource: awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name}), api: props.Api}
	host.Set(c.Resource, c)
	c.validateHandlers(props)
	code := &CodeConfig{}
	if props.Code != nil {
		code = props.Code.Bind(c)
	}
	handlers := &CfnChannelNamespace_HandlerConfigsProperty{}
	handlers.OnPublish = handlerConfig(props.PublishHandlerConfig)
	handlers.OnSubscribe = handlerConfig(props.SubscribeHandlerConfig)
	var publish, subscribe interface{}
	if ac := props.AuthorizationConfig; ac != nil {
		c.validateModes(ac.PublishAuthModeTypes)
		c.validateModes(ac.SubscribeAuthModeTypes)
		publish, subscribe = namespaceModes(ac.PublishAuthModeTypes), namespaceModes(ac.SubscribeAuthModeTypes)
	}
	c.resource = NewCfnChannelNamespace(c, jsii.String("Resource"), &CfnChannelNamespaceProps{
		Name: c.PhysicalName(), ApiId: props.Api.ApiId(), CodeHandlers: code.InlineCode, CodeS3Location: code.S3Location,
		HandlerConfigs: handlers, PublishAuthModes: publish, SubscribeAuthModes: subscribe,
	})
	for _, h := range []*HandlerConfig{props.PublishHandlerConfig, props.SubscribeHandlerConfig} {
		if h != nil && h.DataSource != nil {
			c.resource.AddResourceDependency(h.DataSource.Resource(), nil)
		}
	}
	return c
}

func handlerConfig(h *HandlerConfig) interface{} {
	if h == nil {
		return nil
	}
	behavior := HandlerBehavior_CODE
	if h.Direct != nil && *h.Direct {
		behavior = HandlerBehavior_DIRECT
	}
	dsName := ""
	if h.DataSource != nil && h.DataSource.Name() != nil {
		dsName = *h.DataSource.Name()
	}
	integration := &CfnChannelNamespace_IntegrationProperty{DataSourceName: jsii.String(dsName)}
	if behavior == HandlerBehavior_DIRECT {
		invoke := h.LambdaInvokeType
		if invoke == "" {
			invoke = LambdaInvokeType_REQUEST_RESPONSE
		}
		integration.LambdaConfig = &CfnChannelNamespace_LambdaConfigProperty{InvokeType: jsii.String(string(invoke))}
	}
	return &CfnChannelNamespace_HandlerConfigProperty{Behavior: jsii.String(string(behavior)), Integration: integration}
}

func namespaceModes(t *[]AppSyncAuthorizationType) interface{} {
	if t == nil {
		return nil
	}
	out := []interface{}{}
	for _, m := range *t {
		out = append(out, &CfnChannelNamespace_AuthModeProperty{AuthType: authValue(m)})
	}
	return out
}

func (c *channelNamespace) validateModes(t *[]AppSyncAuthorizationType) {
	if t == nil {
		return
	}
	for _, m := range *t {
		found := false
		for _, p := range *c.api.AuthProviderTypes() {
			found = found || p == m
		}
		if !found {
			l2.Throw(c, "API is missing authorization configuration for %s", *authValue(m))
		}
	}
}

func isDirect(h *HandlerConfig) bool { return h != nil && h.Direct != nil && *h.Direct }

func (c *channelNamespace) validateHandlers(props *ChannelNamespaceProps) {
	if props.PublishHandlerConfig == nil && props.SubscribeHandlerConfig == nil {
		return
	}
	for _, h := range []*HandlerConfig{props.PublishHandlerConfig, props.SubscribeHandlerConfig} {
		if !isDirect(h) {
			continue
		}
		if h.DataSource == nil {
			l2.Throw(c, "No data source provided. AWS_LAMBDA data source is required for Direct handler behavior type")
		}
		if t := h.DataSource.Resource().Type(); t == nil || *t != "AWS_LAMBDA" {
			l2.Throw(c, "Direct integration is only supported for AWS_LAMBDA data sources.")
		}
	}
	if isDirect(props.PublishHandlerConfig) && isDirect(props.SubscribeHandlerConfig) && props.Code != nil {
		l2.Throw(c, "Code handlers are not supported when both publish and subscribe use the Direct data source behavior")
	}
	for _, h := range []*HandlerConfig{props.PublishHandlerConfig, props.SubscribeHandlerConfig} {
		if h != nil && !isDirect(h) && h.LambdaInvokeType != "" {
			l2.Throw(c, "LambdaInvokeType is only supported for Direct handler behavior type")
		}
	}
}

func (c *channelNamespace) ChannelNamespaceArn() *string { return c.resource.AttrChannelNamespaceArn() }
func (c *channelNamespace) ChannelNamespaceRef() *interfacesawsappsync.ChannelNamespaceReference {
	return &interfacesawsappsync.ChannelNamespaceReference{ChannelNamespaceArn: c.ChannelNamespaceArn()}
}

func (c *channelNamespace) grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return c.api.Grant(grantee, AppSyncEventResource_OfChannelNamespace(c.resource.Name()), actions...)
}

func (c *channelNamespace) GrantSubscribe(grantee awsiam.IGrantable) awsiam.Grant {
	return c.grant(grantee, jsii.String("appsync:EventSubscribe"))
}

func (c *channelNamespace) GrantPublish(grantee awsiam.IGrantable) awsiam.Grant {
	return c.grant(grantee, jsii.String("appsync:EventPublish"))
}

func (c *channelNamespace) GrantPublishAndSubscribe(grantee awsiam.IGrantable) awsiam.Grant {
	return c.grant(grantee, jsii.String("appsync:EventPublish"), jsii.String("appsync:EventSubscribe"))
}

type importedChannelNamespace struct {
	awscdk.Resource
	arn *string
}

// ChannelNamespace_FromChannelNamespaceArn imports an existing channel namespace.
func ChannelNamespace_FromChannelNamespaceArn(scope constructs.Construct, id *string, channelNamespaceArn *string) IChannelNamespace {
	c := &importedChannelNamespace{Resource: awscdk.NewResource(scope, id, nil), arn: channelNamespaceArn}
	host.Set(c.Resource, c)
	return c
}

func (c *importedChannelNamespace) ChannelNamespaceArn() *string { return c.arn }
func (c *importedChannelNamespace) ChannelNamespaceRef() *interfacesawsappsync.ChannelNamespaceReference {
	return &interfacesawsappsync.ChannelNamespaceReference{ChannelNamespaceArn: c.arn}
}
