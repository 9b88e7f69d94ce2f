package awsapigatewayv2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// HttpMethod is an HTTP method of a route.
type HttpMethod string

const (
	HttpMethod_ANY     HttpMethod = "ANY"
	HttpMethod_DELETE  HttpMethod = "DELETE"
	HttpMethod_GET     HttpMethod = "GET"
	HttpMethod_HEAD    HttpMethod = "HEAD"
	HttpMethod_OPTIONS HttpMethod = "OPTIONS"
	HttpMethod_PATCH   HttpMethod = "PATCH"
	HttpMethod_POST    HttpMethod = "POST"
	HttpMethod_PUT     HttpMethod = "PUT"
)

// CorsHttpMethod is an HTTP method CORS preflight allows.
type CorsHttpMethod string

const (
	CorsHttpMethod_ANY     CorsHttpMethod = "ANY"
	CorsHttpMethod_DELETE  CorsHttpMethod = "DELETE"
	CorsHttpMethod_GET     CorsHttpMethod = "GET"
	CorsHttpMethod_HEAD    CorsHttpMethod = "HEAD"
	CorsHttpMethod_OPTIONS CorsHttpMethod = "OPTIONS"
	CorsHttpMethod_PATCH   CorsHttpMethod = "PATCH"
	CorsHttpMethod_POST    CorsHttpMethod = "POST"
	CorsHttpMethod_PUT     CorsHttpMethod = "PUT"
)

func (m CorsHttpMethod) cfn() string {
	if m == CorsHttpMethod_ANY {
		return "*"
	}
	return string(m)
}

// HttpIntegrationType is how API Gateway reaches an integration.
type HttpIntegrationType string

const (
	HttpIntegrationType_HTTP_PROXY HttpIntegrationType = "HTTP_PROXY"
	HttpIntegrationType_AWS_PROXY  HttpIntegrationType = "AWS_PROXY"
)

// HttpIntegrationSubtype is the AWS service action of an AWS_PROXY integration.
type HttpIntegrationSubtype string

const (
	HttpIntegrationSubtype_EVENTBRIDGE_PUT_EVENTS             HttpIntegrationSubtype = "EVENTBRIDGE_PUT_EVENTS"
	HttpIntegrationSubtype_SQS_SEND_MESSAGE                   HttpIntegrationSubtype = "SQS_SEND_MESSAGE"
	HttpIntegrationSubtype_SQS_RECEIVE_MESSAGE                HttpIntegrationSubtype = "SQS_RECEIVE_MESSAGE"
	HttpIntegrationSubtype_SQS_DELETE_MESSAGE                 HttpIntegrationSubtype = "SQS_DELETE_MESSAGE"
	HttpIntegrationSubtype_SQS_PURGE_QUEUE                    HttpIntegrationSubtype = "SQS_PURGE_QUEUE"
	HttpIntegrationSubtype_APPCONFIG_GET_CONFIGURATION        HttpIntegrationSubtype = "APPCONFIG_GET_CONFIGURATION"
	HttpIntegrationSubtype_KINESIS_PUT_RECORD                 HttpIntegrationSubtype = "KINESIS_PUT_RECORD"
	HttpIntegrationSubtype_STEPFUNCTIONS_START_EXECUTION      HttpIntegrationSubtype = "STEPFUNCTIONS_START_EXECUTION"
	HttpIntegrationSubtype_STEPFUNCTIONS_START_SYNC_EXECUTION HttpIntegrationSubtype = "STEPFUNCTIONS_START_SYNC_EXECUTION"
	HttpIntegrationSubtype_STEPFUNCTIONS_STOP_EXECUTION       HttpIntegrationSubtype = "STEPFUNCTIONS_STOP_EXECUTION"
)

var subtypeValues = map[HttpIntegrationSubtype]string{
	HttpIntegrationSubtype_EVENTBRIDGE_PUT_EVENTS:             "EventBridge-PutEvents",
	HttpIntegrationSubtype_SQS_SEND_MESSAGE:                   "SQS-SendMessage",
	HttpIntegrationSubtype_SQS_RECEIVE_MESSAGE:                "SQS-ReceiveMessage",
	HttpIntegrationSubtype_SQS_DELETE_MESSAGE:                 "SQS-DeleteMessage",
	HttpIntegrationSubtype_SQS_PURGE_QUEUE:                    "SQS-PurgeQueue",
	HttpIntegrationSubtype_APPCONFIG_GET_CONFIGURATION:        "AppConfig-GetConfiguration",
	HttpIntegrationSubtype_KINESIS_PUT_RECORD:                 "Kinesis-PutRecord",
	HttpIntegrationSubtype_STEPFUNCTIONS_START_EXECUTION:      "StepFunctions-StartExecution",
	HttpIntegrationSubtype_STEPFUNCTIONS_START_SYNC_EXECUTION: "StepFunctions-StartSyncExecution",
	HttpIntegrationSubtype_STEPFUNCTIONS_STOP_EXECUTION:       "StepFunctions-StopExecution",
}

// HttpConnectionType is how an HTTP integration is reached.
type HttpConnectionType string

const (
	HttpConnectionType_VPC_LINK HttpConnectionType = "VPC_LINK"
	HttpConnectionType_INTERNET HttpConnectionType = "INTERNET"
)

// HttpAuthorizerType is the kind of an HTTP API authorizer.
type HttpAuthorizerType string

const (
	HttpAuthorizerType_IAM    HttpAuthorizerType = "IAM"
	HttpAuthorizerType_JWT    HttpAuthorizerType = "JWT"
	HttpAuthorizerType_LAMBDA HttpAuthorizerType = "LAMBDA"
)

func (t HttpAuthorizerType) cfn() string {
	switch t {
	case HttpAuthorizerType_IAM:
		return "AWS_IAM"
	case HttpAuthorizerType_LAMBDA:
		return "REQUEST"
	}
	return string(t)
}

// AuthorizerPayloadVersion is the payload a Lambda authorizer receives.
type AuthorizerPayloadVersion string

const (
	AuthorizerPayloadVersion_VERSION_1_0 AuthorizerPayloadVersion = "VERSION_1_0"
	AuthorizerPayloadVersion_VERSION_2_0 AuthorizerPayloadVersion = "VERSION_2_0"
)

func (v AuthorizerPayloadVersion) cfn() *string {
	switch v {
	case AuthorizerPayloadVersion_VERSION_1_0:
		return jsii.String("1.0")
	case AuthorizerPayloadVersion_VERSION_2_0:
		return jsii.String("2.0")
	}
	return nil
}

// IpAddressType is the address type of an API's endpoint.
type IpAddressType string

const (
	IpAddressType_IPV4       IpAddressType = "IPV4"
	IpAddressType_DUAL_STACK IpAddressType = "DUAL_STACK"
)

func (t IpAddressType) cfn() *string {
	switch t {
	case IpAddressType_IPV4:
		return jsii.String("ipv4")
	case IpAddressType_DUAL_STACK:
		return jsii.String("dualstack")
	}
	return nil
}

// PayloadFormatVersion is the payload an integration receives.
type PayloadFormatVersion interface {
	Version() *string
}

type payloadVersion string

func (p payloadVersion) Version() *string { v := string(p); return &v }

func PayloadFormatVersion_VERSION_1_0() PayloadFormatVersion { return payloadVersion("1.0") }
func PayloadFormatVersion_VERSION_2_0() PayloadFormatVersion { return payloadVersion("2.0") }

// PayloadFormatVersion_Custom is a payload format version by its string.
func PayloadFormatVersion_Custom(version *string) PayloadFormatVersion {
	return payloadVersion(deref(version))
}

// IntegrationCredentials is how API Gateway authenticates to an integration.
type IntegrationCredentials interface {
	CredentialsArn() *string
}

type credentials struct{ arn *string }

func (c *credentials) CredentialsArn() *string { return c.arn }

// abstractCredentials is what NewIntegrationCredentials_Override stores:
// the user's type supplies CredentialsArn.
type abstractCredentials struct{}

func (abstractCredentials) CredentialsArn() *string {
	diag.Panic("", "IntegrationCredentials.credentialsArn is abstract: the type embedding IntegrationCredentials must define CredentialsArn")
	return nil
}

// NewIntegrationCredentials_Override initialises outer, a type embedding
// IntegrationCredentials that defines CredentialsArn.
func NewIntegrationCredentials_Override(outer IntegrationCredentials) {
	l2.Override(outer, IntegrationCredentials(abstractCredentials{}))
}

// IntegrationCredentials_FromRole uses role.
func IntegrationCredentials_FromRole(role interfacesawsiam.IRoleRef) IntegrationCredentials {
	return &credentials{arn: role.RoleRef().RoleArn}
}

// IntegrationCredentials_UseCallerIdentity passes the caller's identity through.
func IntegrationCredentials_UseCallerIdentity() IntegrationCredentials {
	return &credentials{arn: jsii.String("arn:" + *awscdk.Aws_PARTITION() + ":iam::*:user/*")}
}

// IMappingValue is a value of a parameter mapping.
type IMappingValue interface {
	Value() *string
}

// MappingValue is a parameter mapping value: a request part, a context or stage variable, or a literal.
type MappingValue interface {
	IMappingValue
}

type mappingValue string

func (m mappingValue) Value() *string { v := string(m); return &v }

// NewMappingValue is a literal mapping value.
func NewMappingValue(value *string) MappingValue { return mappingValue(deref(value)) }
func MappingValue_NONE() MappingValue            { return mappingValue("") }
func MappingValue_RequestHeader(name *string) MappingValue {
	return mappingValue("$request.header." + deref(name))
}
func MappingValue_RequestQueryString(name *string) MappingValue {
	return mappingValue("$request.querystring." + deref(name))
}
func MappingValue_RequestBody(name *string) MappingValue {
	return mappingValue("$request.body." + deref(name))
}
func MappingValue_RequestPath() MappingValue { return mappingValue("$request.path") }
func MappingValue_RequestPathParam(name *string) MappingValue {
	return mappingValue("$request.path." + deref(name))
}
func MappingValue_ContextVariable(name *string) MappingValue {
	return mappingValue("$context." + deref(name))
}
func MappingValue_StageVariable(name *string) MappingValue {
	return mappingValue("$stageVariables." + deref(name))
}
func MappingValue_Custom(value *string) MappingValue { return mappingValue(deref(value)) }

// ParameterMapping transforms requests before they reach an integration.
type ParameterMapping interface {
	Mappings() *map[string]*string
	AppendHeader(name *string, value MappingValue) ParameterMapping
	AppendQueryString(name *string, value MappingValue) ParameterMapping
	Custom(key *string, value *string) ParameterMapping
	OverwriteHeader(name *string, value MappingValue) ParameterMapping
	OverwritePath(value MappingValue) ParameterMapping
	OverwriteQueryString(name *string, value MappingValue) ParameterMapping
	RemoveHeader(name *string) ParameterMapping
	RemoveQueryString(name *string) ParameterMapping
}

type parameterMapping struct{ m *ojson.Object }

// NewParameterMapping is an empty mapping.
func NewParameterMapping() ParameterMapping { return &parameterMapping{m: ojson.New()} }

// ParameterMapping_FromObject is a mapping from keys to values (keys sorted, as jsii hands a Go map over).
func ParameterMapping_FromObject(obj *map[string]MappingValue) ParameterMapping {
	p := NewParameterMapping()
	if obj != nil {
		for _, k := range sortedKeys(*obj) {
			p.Custom(jsii.String(k), (*obj)[k].Value())
		}
	}
	return p
}

func (p *parameterMapping) set(k, v string) ParameterMapping { p.m.Set(k, v); return p }

func (p *parameterMapping) Mappings() *map[string]*string {
	out := map[string]*string{}
	p.m.Range(func(k string, v interface{}) { s := v.(string); out[k] = &s })
	return &out
}
func (p *parameterMapping) AppendHeader(name *string, value MappingValue) ParameterMapping {
	return p.set("append:header."+deref(name), deref(value.Value()))
}
func (p *parameterMapping) OverwriteHeader(name *string, value MappingValue) ParameterMapping {
	return p.set("overwrite:header."+deref(name), deref(value.Value()))
}
func (p *parameterMapping) RemoveHeader(name *string) ParameterMapping {
	return p.set("remove:header."+deref(name), "")
}
func (p *parameterMapping) AppendQueryString(name *string, value MappingValue) ParameterMapping {
	return p.set("append:querystring."+deref(name), deref(value.Value()))
}
func (p *parameterMapping) OverwriteQueryString(name *string, value MappingValue) ParameterMapping {
	return p.set("overwrite:querystring."+deref(name), deref(value.Value()))
}
func (p *parameterMapping) RemoveQueryString(name *string) ParameterMapping {
	return p.set("remove:querystring."+deref(name), "")
}
func (p *parameterMapping) OverwritePath(value MappingValue) ParameterMapping {
	return p.set("overwrite:path", deref(value.Value()))
}
func (p *parameterMapping) Custom(key *string, value *string) ParameterMapping {
	return p.set(deref(key), deref(value))
}

// rendered is the mappings in insertion order, as a resolvable the L1 accepts.
func renderMappings(pm ParameterMapping) interface{} {
	if pm == nil {
		return nil
	}
	if p, ok := pm.(*parameterMapping); ok {
		return awscdk.Lazy_Any(anyProducer(func() interface{} { return p.m }), nil)
	}
	return pm.Mappings()
}

// ThrottleSettings limit a stage's request rate.
type ThrottleSettings struct {
	BurstLimit *float64 `field:"optional" json:"burstLimit" yaml:"burstLimit"`
	RateLimit  *float64 `field:"optional" json:"rateLimit" yaml:"rateLimit"`
}

// CorsPreflightOptions configure an HTTP API's CORS.
type CorsPreflightOptions struct {
	AllowCredentials *bool             `field:"optional" json:"allowCredentials" yaml:"allowCredentials"`
	AllowHeaders     *[]*string        `field:"optional" json:"allowHeaders" yaml:"allowHeaders"`
	AllowMethods     *[]CorsHttpMethod `field:"optional" json:"allowMethods" yaml:"allowMethods"`
	AllowOrigins     *[]*string        `field:"optional" json:"allowOrigins" yaml:"allowOrigins"`
	ExposeHeaders    *[]*string        `field:"optional" json:"exposeHeaders" yaml:"exposeHeaders"`
	MaxAge           awscdk.Duration   `field:"optional" json:"maxAge" yaml:"maxAge"`
}

type anyProducer func() interface{}

func (f anyProducer) Produce() interface{} { return f() }

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func boolOr(b *bool) bool { return b != nil && *b }
