package customresources

import (
	"encoding/json"
	"reflect"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers/awscustomresource"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/sdkcallorder"
	"github.com/strata-cdk/strata/internal/sdkiam"
	"github.com/strata-cdk/strata/jsii"
)

// AwsSdkCall is one AWS SDK call of an AwsCustomResource.
type AwsSdkCall struct {
	// The service action to call: GetObject, getObject or GetObjectCommand.
	Action *string `field:"required" json:"action" yaml:"action"`
	// The service to call: @aws-sdk/client-api-gateway, api-gateway,
	// APIGateway or apigateway.
	Service *string `field:"required" json:"service" yaml:"service"`
	// API version to use for the service.
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
	// A role to assume for the call (cross-account calls).
	AssumedRoleArn *string `field:"optional" json:"assumedRoleArn" yaml:"assumedRoleArn"`
	// External ID to use when assuming AssumedRoleArn.
	ExternalId *string `field:"optional" json:"externalId" yaml:"externalId"`
	// A regex of API error codes that do not fail the call.
	IgnoreErrorCodesMatching *string `field:"optional" json:"ignoreErrorCodesMatching" yaml:"ignoreErrorCodesMatching"`
	// What the handler logs. Default: Logging_All().
	Logging Logging `field:"optional" json:"logging" yaml:"logging"`
	// Restrict the data returned by the custom resource to these paths of
	// the API response.
	OutputPaths *[]*string `field:"optional" json:"outputPaths" yaml:"outputPaths"`
	// The parameters for the service action.
	Parameters interface{} `field:"optional" json:"parameters" yaml:"parameters"`
	// The physical resource id of the custom resource for this call;
	// required for onCreate (and onUpdate without onCreate).
	PhysicalResourceId PhysicalResourceId `field:"optional" json:"physicalResourceId" yaml:"physicalResourceId"`
	// The region to send service requests to. Default: the stack's.
	Region *string `field:"optional" json:"region" yaml:"region"`
}

// AwsCustomResourceProps are the props of NewAwsCustomResource.
type AwsCustomResourceProps struct {
	// A name for the singleton Lambda function implementing this custom resource.
	FunctionName *string `field:"optional" json:"functionName" yaml:"functionName"`
	// Whether to install the latest AWS SDK v3 at run time. Default: the
	// @aws-cdk/customresources:installLatestAwsSdkDefault context, else true.
	InstallLatestAwsSdk *bool `field:"optional" json:"installLatestAwsSdk" yaml:"installLatestAwsSdk"`
	// The log group of the singleton function.
	LogGroup interfacesawslogs.ILogGroupRef `field:"optional" json:"logGroup" yaml:"logGroup"`
	// The log retention of the singleton function (legacy; prefer LogGroup).
	LogRetention awslogs.RetentionDays `field:"optional" json:"logRetention" yaml:"logRetention"`
	// The memory size of the singleton function. Default: 512 when
	// InstallLatestAwsSdk is true, else Lambda's default.
	MemorySize *float64 `field:"optional" json:"memorySize" yaml:"memorySize"`
	// The AWS SDK call to make when the resource is created.
	OnCreate *AwsSdkCall `field:"optional" json:"onCreate" yaml:"onCreate"`
	// The AWS SDK call to make when the resource is deleted.
	OnDelete *AwsSdkCall `field:"optional" json:"onDelete" yaml:"onDelete"`
	// The AWS SDK call to make when the resource is updated (and created,
	// without OnCreate).
	OnUpdate *AwsSdkCall `field:"optional" json:"onUpdate" yaml:"onUpdate"`
	// The policy added to the singleton function's role; required without Role.
	Policy AwsCustomResourcePolicy `field:"optional" json:"policy" yaml:"policy"`
	// The policy to apply when this resource is removed. Default: DESTROY.
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// CloudFormation resource type. Default: Custom::AWS.
	ResourceType *string `field:"optional" json:"resourceType" yaml:"resourceType"`
	// The execution role of the singleton function (shared by every
	// AwsCustomResource of the stack).
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// The maximum time a custom resource operation may take.
	ServiceTimeout awscdk.Duration `field:"optional" json:"serviceTimeout" yaml:"serviceTimeout"`
	// The timeout of the singleton function. Default: 2 minutes.
	Timeout awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
	// The VPC to run the singleton function in.
	Vpc awsec2.IVpc `field:"optional" json:"vpc" yaml:"vpc"`
	// Which subnets of Vpc to use.
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// AwsCustomResource is a custom resource whose create, update and delete
// are AWS SDK calls, made by a singleton Lambda function of the stack.
type AwsCustomResource interface {
	constructs.Construct
	awsiam.IGrantable
	// GetResponseField is a field of the API response (dotted path, e.g.
	// "Parameter.Value") as a string token.
	GetResponseField(dataPath *string) *string
	// GetResponseFieldReference is a field of the API response as a reference.
	GetResponseFieldReference(dataPath *string) awscdk.Reference
}

type awsCustomResource struct {
	constructs.Construct
	grantPrincipal awsiam.IPrincipal
	resource       awscdk.CustomResource
	props          *AwsCustomResourceProps
}

// AwsCustomResource_PROVIDER_FUNCTION_UUID is the UUID of the singleton
// function every AwsCustomResource of a stack shares.
func AwsCustomResource_PROVIDER_FUNCTION_UUID() *string {
	return jsii.String("679f53fa-c002-430c-b0da-5b7982bd2287")
}

// AwsCustomResource_PROPERTY_INJECTION_ID is the id property injectors use.
func AwsCustomResource_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-custom-resources.AwsCustomResource")
}

// AwsCustomResource_IsConstruct reports whether x is a construct.
func AwsCustomResource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NewAwsCustomResource_Override initialises outer, a type embedding AwsCustomResource.
func NewAwsCustomResource_Override(a AwsCustomResource, scope constructs.Construct, id *string, props *AwsCustomResourceProps) {
	l2.Override(a, NewAwsCustomResource(scope, id, props))
}

const (
	installLatestContext    = "@aws-cdk/customresources:installLatestAwsSdkDefault"
	metaSingleton           = "aws:cdk:is-custom-resource-handler-singleton"
	metaRuntimeFamily       = "aws:cdk:is-custom-resource-handler-runtime-family"
	metaSingletonLogGroup   = "aws:cdk:is-custom-resource-handler-logGroup"
	metaSingletonRetention  = "aws:cdk:is-custom-resource-handler-logRetention"
	latestNodeRuntimeFact   = "LATEST_NODE_RUNTIME"
	latestNodeRuntimeBackup = "nodejs24.x"
)

// NewAwsCustomResource defines the custom resource, the stack's singleton
// function (once) and the policy letting it make the calls.
func NewAwsCustomResource(scope constructs.Construct, id *string, props *AwsCustomResourceProps) AwsCustomResource {
	props = l2.Inject(*AwsCustomResource_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "AwsCustomResource", "OnCreate, OnUpdate or OnDelete", "Policy or Role")
	}
	a := &awsCustomResource{Construct: constructs.NewConstruct(scope, id), props: props}
	host.Set(a.Construct, a)
	if props.OnCreate == nil && props.OnUpdate == nil && props.OnDelete == nil {
		l2.Throw(a, "At least `onCreate`, `onUpdate` or `onDelete` must be specified.")
	}
	if props.Role == nil && props.Policy == nil {
		l2.Throw(a, "At least one of `policy` or `role` (or both) must be specified.")
	}
	if props.OnCreate != nil && props.OnCreate.PhysicalResourceId == nil {
		l2.Throw(a, "'physicalResourceId' must be specified for 'onCreate' call.")
	}
	if props.OnCreate == nil && props.OnUpdate != nil && props.OnUpdate.PhysicalResourceId == nil {
		l2.Throw(a, "'physicalResourceId' must be specified for 'onUpdate' call when 'onCreate' is omitted.")
	}
	calls := []*AwsSdkCall{props.OnCreate, props.OnUpdate, props.OnDelete}
	for _, c := range calls {
		if c == nil {
			continue
		}
		if c.Action == nil || c.Service == nil {
			l2.Throw(a, "an AwsSdkCall needs Action and Service")
		}
		if c.PhysicalResourceId != nil && c.PhysicalResourceId.ResponsePath() != nil {
			breakIgnoreErrorsCircuit(a, []*AwsSdkCall{c}, "PhysicalResourceId.fromResponse")
		}
	}
	for _, c := range calls {
		if c != nil && c.ExternalId != nil && c.AssumedRoleArn == nil {
			l2.Throw(a, "ExternalId can only be provided when assumedRoleArn is specified.")
		}
	}
	if props.OnCreate != nil && includesPhysicalIDReference(reflect.ValueOf(callParameters(props.OnCreate))) {
		l2.Throw(a, "`PhysicalResourceIdReference` must not be specified in `onCreate` parameters.")
	}

	memory := props.MemorySize
	if props.InstallLatestAwsSdk != nil && *props.InstallLatestAwsSdk && memory == nil {
		memory = jsii.Number(512)
	}
	timeout := props.Timeout
	if timeout == nil {
		timeout = awscdk.Duration_Minutes(jsii.Number(2))
	}
	dir, err := awscustomresource.Dir()
	if err != nil {
		l2.Throw(a, "writing the code of the AwsCustomResource handler: %v", err)
	}
	runtime := latestNodeRuntime(a)
	provider := awslambda.NewSingletonFunction(a, jsii.String("Provider"), &awslambda.SingletonFunctionProps{
		Uuid:          AwsCustomResource_PROVIDER_FUNCTION_UUID(),
		LambdaPurpose: jsii.String("AWS"),
		MemorySize:    memory,
		Timeout:       timeout,
		Role:          props.Role,
		LogRetention:  props.LogRetention,
		LogGroup:      props.LogGroup,
		FunctionName:  props.FunctionName,
		Vpc:           props.Vpc,
		VpcSubnets:    props.VpcSubnets,
		Code:          awslambda.Code_FromAsset(jsii.String(dir), nil),
		Handler:       jsii.String("index.handler"),
		Runtime:       runtime,
	})
	provider.AddMetadata(jsii.String(metaSingleton), true, nil)
	provider.AddMetadata(jsii.String(metaRuntimeFamily), familyOrdinal(provider.Runtime().Family()), nil)
	if props.LogGroup != nil {
		if lg := provider.LogGroup(); lg != nil {
			lg.Node().AddMetadata(jsii.String(metaSingletonLogGroup), true, nil)
		}
	}
	if props.LogRetention != "" {
		if fn := awscdk.Stack_Of(a).Node().TryFindChild(provider.ConstructName()); fn != nil {
			if lr := fn.Node().TryFindChild(jsii.String("LogRetention")); lr != nil {
				lr.Node().AddMetadata(jsii.String(metaSingletonRetention), true, nil)
			}
		}
	}
	a.grantPrincipal = provider.GrantPrincipal()

	install := props.InstallLatestAwsSdk
	if install == nil {
		if v, ok := a.Node().TryGetContext(jsii.String(installLatestContext)).(bool); ok {
			install = jsii.Bool(v)
		} else {
			install = jsii.Bool(true)
		}
	}
	if *install && props.InstallLatestAwsSdk == nil {
		awscdk.Annotations_Of(a).AddWarningV2(jsii.String("@aws-cdk/custom-resources:installLatestAwsSdkNotSpecified"),
			jsii.String("installLatestAwsSdk was not specified, and defaults to true. You probably do not want this. "+
				"Set the global context flag '"+installLatestContext+"' to false to switch this behavior off project-wide, "+
				"or set the property explicitly to true if you know you need to call APIs that are not in Lambda's built-in SDK version."))
	}

	create := props.OnCreate
	if create == nil {
		create = props.OnUpdate
	}
	resourceType := props.ResourceType
	if resourceType == nil || *resourceType == "" {
		resourceType = jsii.String("Custom::AWS")
	}
	a.resource = awscdk.NewCustomResource(a, jsii.String("Resource"), &awscdk.CustomResourceProps{
		ResourceType:         resourceType,
		ServiceToken:         provider.FunctionArn(),
		ServiceTimeout:       props.ServiceTimeout,
		PascalCaseProperties: jsii.Bool(true),
		RemovalPolicy:        props.RemovalPolicy,
	})
	// aws-cdk-lib writes Create, Update, Delete, InstallLatestAwsSdk in
	// that order; overrides keep it (a Go map would sort them).
	cfn := a.resource.Node().DefaultChild().(awscdk.CfnResource)
	for _, p := range []struct {
		name string
		call *AwsSdkCall
	}{{"Create", create}, {"Update", props.OnUpdate}, {"Delete", props.OnDelete}} {
		if p.call != nil {
			cfn.AddPropertyOverride(jsii.String(p.name), a.formatSdkCall(p.call))
		}
	}
	cfn.AddPropertyOverride(jsii.String("InstallLatestAwsSdk"), *install)

	if props.Policy != nil {
		var statements []awsiam.PolicyStatement
		if given := *props.Policy.Statements(); len(given) != 0 {
			statements = given
		} else {
			for _, c := range calls {
				if c == nil {
					continue
				}
				if c.AssumedRoleArn == nil {
					statements = append(statements, awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
						Actions:   &[]*string{jsii.String(sdkiam.Action(*c.Service, *c.Action))},
						Resources: props.Policy.Resources(),
					}))
				} else {
					statements = append(statements, awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
						Actions:   jsii.Strings("sts:AssumeRole"),
						Resources: &[]*string{c.AssumedRoleArn},
					}))
				}
			}
		}
		policy := awsiam.NewPolicy(a, jsii.String("CustomResourcePolicy"), &awsiam.PolicyProps{Statements: &statements})
		if role := provider.Role(); role != nil {
			policy.AttachToRole(role)
		}
		a.resource.Node().AddDependency(policy)
	}
	return a
}

// formatSdkCall renders a call as aws-cdk-lib does: a JSON string (tokens
// resolved into Fn::Join) of the call's set fields in aws-cdk-go's field
// order, or in the order an aws-cdk-lib caller's literal has (see
// internal/sdkcallorder), the logging setting last.
func (a *awsCustomResource) formatSdkCall(c *AwsSdkCall) *string {
	fields := ojson.New()
	set := func(k string, v *string) {
		if v != nil {
			fields.Set(k, *v)
		}
	}
	params, order := sdkcallorder.Unwrap(c.Parameters)
	set("action", c.Action)
	set("service", c.Service)
	set("apiVersion", c.ApiVersion)
	set("assumedRoleArn", c.AssumedRoleArn)
	set("externalId", c.ExternalId)
	set("ignoreErrorCodesMatching", c.IgnoreErrorCodesMatching)
	if c.OutputPaths != nil {
		fields.Set("outputPaths", c.OutputPaths)
	}
	if params != nil {
		fields.Set("parameters", params)
	}
	if c.PhysicalResourceId != nil {
		p := ojson.New()
		if r := c.PhysicalResourceId.ResponsePath(); r != nil {
			p.Set("responsePath", *r)
		}
		if id := c.PhysicalResourceId.Id(); id != nil {
			p.Set("id", *id)
		}
		fields.Set("physicalResourceId", p)
	}
	set("region", c.Region)
	o := fields
	if order != nil {
		o = ojson.New()
		for _, k := range order {
			if v, ok := fields.Get(k); ok {
				o.Set(k, v)
			}
		}
		for _, k := range fields.Keys() {
			if _, done := o.Get(k); !done {
				v, _ := fields.Get(k)
				o.Set(k, v)
			}
		}
	}
	if l := renderLogging(a, c.Logging); l != nil {
		o.Set("logApiResponseData", *l)
	}
	return awscdk.Stack_Of(a).ToJsonString(o, nil)
}

// callParameters returns a call's parameters without the key order an
// internal caller may have wrapped them in.
func callParameters(c *AwsSdkCall) interface{} {
	p, _ := sdkcallorder.Unwrap(c.Parameters)
	return p
}

func (a *awsCustomResource) GrantPrincipal() awsiam.IPrincipal { return a.grantPrincipal }

func (a *awsCustomResource) GetResponseFieldReference(dataPath *string) awscdk.Reference {
	breakIgnoreErrorsCircuit(a, []*AwsSdkCall{a.props.OnCreate, a.props.OnUpdate}, "getData")
	return a.resource.GetAtt(dataPath)
}

func (a *awsCustomResource) GetResponseField(dataPath *string) *string {
	breakIgnoreErrorsCircuit(a, []*AwsSdkCall{a.props.OnCreate, a.props.OnUpdate}, "getDataString")
	return a.resource.GetAttString(dataPath)
}

// breakIgnoreErrorsCircuit refuses a response-dependent feature on calls
// whose errors may be ignored: the response may then be missing.
func breakIgnoreErrorsCircuit(c constructs.IConstruct, calls []*AwsSdkCall, caller string) {
	for _, call := range calls {
		if call != nil && call.IgnoreErrorCodesMatching != nil {
			l2.Throw(c, "`%s` cannot be called along with `ignoreErrorCodesMatching`.", caller)
		}
	}
}

// includesPhysicalIDReference reports whether v holds a
// PhysicalResourceIdReference (or its marker) anywhere.
func includesPhysicalIDReference(v reflect.Value) bool {
	if !v.IsValid() {
		return false
	}
	if v.CanInterface() {
		switch x := v.Interface().(type) {
		case PhysicalResourceIdReference:
			return true
		case string:
			return x == physicalIDReference
		case *ojson.Object:
			if x == nil {
				return false
			}
			for _, k := range x.Keys() {
				val, _ := x.Get(k)
				if includesPhysicalIDReference(reflect.ValueOf(val)) {
					return true
				}
			}
			return false
		case json.Marshaler:
			// Other values render as themselves.
		}
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		return !v.IsNil() && includesPhysicalIDReference(v.Elem())
	case reflect.Map:
		for _, k := range v.MapKeys() {
			if includesPhysicalIDReference(v.MapIndex(k)) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if includesPhysicalIDReference(v.Index(i)) {
				return true
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() && includesPhysicalIDReference(v.Field(i)) {
				return true
			}
		}
	}
	return false
}

// latestNodeRuntime is aws-cdk-lib's determineLatestNodeRuntime: the
// region's latest Node.js runtime, nodejs24.x by default.
func latestNodeRuntime(scope constructs.IConstruct) awslambda.Runtime {
	name := awscdk.Stack_Of(scope).RegionalFact(jsii.String(latestNodeRuntimeFact), jsii.String(latestNodeRuntimeBackup))
	return awslambda.NewRuntime(name, awslambda.RuntimeFamily_NODEJS, &awslambda.LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), IsVariable: jsii.Bool(true)})
}

// familyOrdinal is a runtime family as aws-cdk-lib's enum numbers it, the
// data of the runtime-family metadata in the assembly.
func familyOrdinal(f awslambda.RuntimeFamily) int {
	for i, x := range []awslambda.RuntimeFamily{awslambda.RuntimeFamily_NODEJS, awslambda.RuntimeFamily_JAVA, awslambda.RuntimeFamily_PYTHON,
		awslambda.RuntimeFamily_DOTNET_CORE, awslambda.RuntimeFamily_GO, awslambda.RuntimeFamily_RUBY} {
		if f == x {
			return i
		}
	}
	return 6 // OTHER
}
