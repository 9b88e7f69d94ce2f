package awsappsync

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsappsync"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CachingConfig caches a resolver's results.
type CachingConfig struct {
	// How long results are cached, 1 to 3600 seconds.
	Ttl awscdk.Duration `field:"required" json:"ttl" yaml:"ttl"`
	// The keys results are cached by ($context.arguments..., $context.source..., $context.identity...).
	CachingKeys *[]*string `field:"optional" json:"cachingKeys" yaml:"cachingKeys"`
}

// BaseResolverProps are the props of a resolver on a data source.
type BaseResolverProps struct {
	FieldName               *string                                           `field:"required" json:"fieldName" yaml:"fieldName"`
	TypeName                *string                                           `field:"required" json:"typeName" yaml:"typeName"`
	CachingConfig           *CachingConfig                                    `field:"optional" json:"cachingConfig" yaml:"cachingConfig"`
	Code                    Code                                              `field:"optional" json:"code" yaml:"code"`
	MaxBatchSize            *float64                                          `field:"optional" json:"maxBatchSize" yaml:"maxBatchSize"`
	MetricsConfig           ResolverMetricsConfig                             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	PipelineConfig          *[]interfacesawsappsync.IFunctionConfigurationRef `field:"optional" json:"pipelineConfig" yaml:"pipelineConfig"`
	RequestMappingTemplate  MappingTemplate                                   `field:"optional" json:"requestMappingTemplate" yaml:"requestMappingTemplate"`
	ResponseMappingTemplate MappingTemplate                                   `field:"optional" json:"responseMappingTemplate" yaml:"responseMappingTemplate"`
	Runtime                 FunctionRuntime                                   `field:"optional" json:"runtime" yaml:"runtime"`
}

// ExtendedResolverProps are BaseResolverProps with a data source.
type ExtendedResolverProps struct {
	FieldName               *string                                           `field:"required" json:"fieldName" yaml:"fieldName"`
	TypeName                *string                                           `field:"required" json:"typeName" yaml:"typeName"`
	CachingConfig           *CachingConfig                                    `field:"optional" json:"cachingConfig" yaml:"cachingConfig"`
	Code                    Code                                              `field:"optional" json:"code" yaml:"code"`
	MaxBatchSize            *float64                                          `field:"optional" json:"maxBatchSize" yaml:"maxBatchSize"`
	MetricsConfig           ResolverMetricsConfig                             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	PipelineConfig          *[]interfacesawsappsync.IFunctionConfigurationRef `field:"optional" json:"pipelineConfig" yaml:"pipelineConfig"`
	RequestMappingTemplate  MappingTemplate                                   `field:"optional" json:"requestMappingTemplate" yaml:"requestMappingTemplate"`
	ResponseMappingTemplate MappingTemplate                                   `field:"optional" json:"responseMappingTemplate" yaml:"responseMappingTemplate"`
	Runtime                 FunctionRuntime                                   `field:"optional" json:"runtime" yaml:"runtime"`
	// The data source (none for a pipeline resolver).
	DataSource BaseDataSource `field:"optional" json:"dataSource" yaml:"dataSource"`
}

// ResolverProps are the props of NewResolver.
type ResolverProps struct {
	FieldName               *string                                           `field:"required" json:"fieldName" yaml:"fieldName"`
	TypeName                *string                                           `field:"required" json:"typeName" yaml:"typeName"`
	CachingConfig           *CachingConfig                                    `field:"optional" json:"cachingConfig" yaml:"cachingConfig"`
	Code                    Code                                              `field:"optional" json:"code" yaml:"code"`
	MaxBatchSize            *float64                                          `field:"optional" json:"maxBatchSize" yaml:"maxBatchSize"`
	MetricsConfig           ResolverMetricsConfig                             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	PipelineConfig          *[]interfacesawsappsync.IFunctionConfigurationRef `field:"optional" json:"pipelineConfig" yaml:"pipelineConfig"`
	RequestMappingTemplate  MappingTemplate                                   `field:"optional" json:"requestMappingTemplate" yaml:"requestMappingTemplate"`
	ResponseMappingTemplate MappingTemplate                                   `field:"optional" json:"responseMappingTemplate" yaml:"responseMappingTemplate"`
	Runtime                 FunctionRuntime                                   `field:"optional" json:"runtime" yaml:"runtime"`
	DataSource              BaseDataSource                                    `field:"optional" json:"dataSource" yaml:"dataSource"`
	// The API.
	Api IGraphqlApi `field:"required" json:"api" yaml:"api"`
}

// Resolver resolves one field of the API (AWS::AppSync::Resolver).
type Resolver interface {
	constructs.Construct
	Arn() *string
}

type resolver struct {
	constructs.Construct
	resource CfnResolver
}

var baseCachingKeys = []string{"$context.arguments", "$context.source", "$context.identity"}

// NewResolver creates a unit resolver on a data source, or a pipeline
// resolver when PipelineConfig lists functions.
func NewResolver(scope constructs.Construct, id *string, props *ResolverProps) Resolver {
	if props == nil || props.Api == nil {
		l2.RequireProps(scope, id, "Resolver", "api", "fieldName", "typeName")
	}
	r := &resolver{Construct: constructs.NewConstruct(scope, id)}
	host.Set(r.Construct, r)
	var pipeline interface{}
	if pc := props.PipelineConfig; pc != nil && len(*pc) > 0 {
		var ids []*string
		for _, f := range *pc {
			ids = append(ids, functionIDOf(f))
		}
		pipeline = &CfnResolver_PipelineConfigProperty{Functions: &ids}
	}
	// aws-cdk-lib reports these against the scope, not the resolver.
	if props.Runtime != nil && props.Code == nil {
		l2.Throw(scope, "Code is required when specifying a runtime")
	}
	if props.Code != nil && (props.RequestMappingTemplate != nil || props.ResponseMappingTemplate != nil) {
		l2.Throw(scope, "Mapping templates cannot be used alongside code")
	}
	if pipeline != nil && props.DataSource != nil {
		l2.Throw(scope, "Pipeline Resolver cannot have data source. Received: %s", s(props.DataSource.Name()))
	}
	if cc := props.CachingConfig; cc != nil && cc.Ttl != nil {
		if t := *cc.Ttl.ToSeconds(nil); t < 1 || t > 3600 {
			l2.Throw(scope, "Caching config TTL must be between 1 and 3600 seconds. Received: %v", t)
		}
	}
	if cc := props.CachingConfig; cc != nil && cc.CachingKeys != nil {
		for _, k := range *cc.CachingKeys {
			if k == nil || *awscdk.Token_IsUnresolved(*k) {
				continue
			}
			ok := false
			for _, b := range baseCachingKeys {
				ok = ok || strings.HasPrefix(*k, b)
			}
			if !ok {
				var keys []string
				for _, k := range *cc.CachingKeys {
					keys = append(keys, s(k))
				}
				l2.Throw(scope, "Caching config keys must begin with $context.arguments, $context.source or $context.identity. Received: %s", strings.Join(keys, ","))
			}
		}
	}
	var code *CodeConfig
	if props.Code != nil {
		code = props.Code.Bind(r)
	} else {
		code = &CodeConfig{}
	}
	kind := "UNIT"
	if pipeline != nil {
		kind = "PIPELINE"
	}
	var dsName *string
	if props.DataSource != nil {
		dsName = props.DataSource.Name()
	}
	var caching interface{}
	if cc := props.CachingConfig; cc != nil {
		c := &CfnResolver_CachingConfigProperty{CachingKeys: cc.CachingKeys}
		if cc.Ttl != nil {
			c.Ttl = cc.Ttl.ToSeconds(nil)
		}
		caching = c
	}
	var runtime interface{}
	if props.Runtime != nil {
		rc := props.Runtime.ToProperties()
		runtime = &CfnResolver_AppSyncRuntimeProperty{Name: rc.Name, RuntimeVersion: rc.RuntimeVersion}
	}
	r.resource = NewCfnResolver(r, jsii.String("Resource"), &CfnResolverProps{
		ApiId: props.Api.ApiId(), TypeName: props.TypeName, FieldName: props.FieldName, DataSourceName: dsName,
		Kind: jsii.String(kind), Runtime: runtime, CodeS3Location: code.S3Location, Code: code.InlineCode,
		PipelineConfig: pipeline, RequestMappingTemplate: render(props.RequestMappingTemplate),
		ResponseMappingTemplate: render(props.ResponseMappingTemplate), CachingConfig: caching,
		MaxBatchSize: props.MaxBatchSize, MetricsConfig: str(props.MetricsConfig),
	})
	props.Api.AddSchemaDependency(r.resource)
	if props.DataSource != nil {
		r.resource.AddResourceDependency(props.DataSource.Ds(), nil)
	}
	return r
}

func (r *resolver) Arn() *string { return r.resource.AttrResolverArn() }

func render(t MappingTemplate) *string {
	if t == nil {
		return nil
	}
	return t.RenderTemplate()
}

// functionIDOf is a function's id: FunctionId when it has one, else the
// id taken from its ARN (arn:...:apis/<api>/functions/<id>).
func functionIDOf(f interfacesawsappsync.IFunctionConfigurationRef) *string {
	if f == nil {
		return nil
	}
	if fn, ok := f.(IAppsyncFunction); ok && fn.FunctionId() != nil {
		return fn.FunctionId()
	}
	return awscdk.Fn_Select(jsii.Number(3), awscdk.Fn_Split(jsii.String("/"), f.FunctionConfigurationRef().FunctionArn, nil))
}

// BaseAppsyncFunctionProps are the props of a function on a data source.
type BaseAppsyncFunctionProps struct {
	// The function's name.
	Name                    *string         `field:"required" json:"name" yaml:"name"`
	Code                    Code            `field:"optional" json:"code" yaml:"code"`
	Description             *string         `field:"optional" json:"description" yaml:"description"`
	MaxBatchSize            *float64        `field:"optional" json:"maxBatchSize" yaml:"maxBatchSize"`
	RequestMappingTemplate  MappingTemplate `field:"optional" json:"requestMappingTemplate" yaml:"requestMappingTemplate"`
	ResponseMappingTemplate MappingTemplate `field:"optional" json:"responseMappingTemplate" yaml:"responseMappingTemplate"`
	Runtime                 FunctionRuntime `field:"optional" json:"runtime" yaml:"runtime"`
}

// AppsyncFunctionProps are the props of NewAppsyncFunction.
type AppsyncFunctionProps struct {
	Name                    *string         `field:"required" json:"name" yaml:"name"`
	Code                    Code            `field:"optional" json:"code" yaml:"code"`
	Description             *string         `field:"optional" json:"description" yaml:"description"`
	MaxBatchSize            *float64        `field:"optional" json:"maxBatchSize" yaml:"maxBatchSize"`
	RequestMappingTemplate  MappingTemplate `field:"optional" json:"requestMappingTemplate" yaml:"requestMappingTemplate"`
	ResponseMappingTemplate MappingTemplate `field:"optional" json:"responseMappingTemplate" yaml:"responseMappingTemplate"`
	Runtime                 FunctionRuntime `field:"optional" json:"runtime" yaml:"runtime"`
	// The API.
	Api IGraphqlApi `field:"required" json:"api" yaml:"api"`
	// The data source the function uses.
	DataSource BaseDataSource `field:"required" json:"dataSource" yaml:"dataSource"`
}

// AppsyncFunctionAttributes describe an existing function to import.
type AppsyncFunctionAttributes struct {
	// arn:...:apis/<api>/functions/<id>.
	FunctionArn *string `field:"required" json:"functionArn" yaml:"functionArn"`
}

// IAppsyncFunction is a pipeline function, defined in this app or imported.
type IAppsyncFunction interface {
	interfacesawsappsync.IFunctionConfigurationRef
	awscdk.IResource
	FunctionArn() *string
	FunctionId() *string
}

// AppsyncFunction is a pipeline function (AWS::AppSync::FunctionConfiguration).
type AppsyncFunction interface {
	awscdk.Resource
	IAppsyncFunction
	DataSource() BaseDataSource
	FunctionName() *string
}

type appsyncFunction struct {
	awscdk.Resource
	resource   CfnFunctionConfiguration
	dataSource BaseDataSource
}

// AppsyncFunction_PROPERTY_INJECTION_ID is the id property injectors use.
func AppsyncFunction_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-appsync.AppsyncFunction")
}

// NewAppsyncFunction creates a pipeline function on a data source.
func NewAppsyncFunction(scope constructs.Construct, id *string, props *AppsyncFunctionProps) AppsyncFunction {
	props = l2.Inject(*AppsyncFunction_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Api == nil || props.DataSource == nil {
		l2.RequireProps(scope, id, "AppsyncFunction", "name", "api", "dataSource")
	}
	f := &appsyncFunction{Resource: awscdk.NewResource(scope, id, nil), dataSource: props.DataSource}
	host.Set(f.Resource, f)
	if props.Runtime != nil && props.Code == nil {
		l2.Throw(scope, "Code is required when specifying a runtime")
	}
	if props.Code != nil && (props.RequestMappingTemplate != nil || props.ResponseMappingTemplate != nil) {
		l2.Throw(scope, "Mapping templates cannot be used alongside code")
	}
	if props.MaxBatchSize != nil && *props.MaxBatchSize != 0 {
		if !isLambdaDataSource(props.DataSource) {
			l2.Throw(scope, "maxBatchSize can only be set for the data source of type LambdaDataSource'")
		}
	}
	code := &CodeConfig{}
	if props.Code != nil {
		code = props.Code.Bind(f)
	}
	var runtime interface{}
	if props.Runtime != nil {
		rc := props.Runtime.ToProperties()
		runtime = &CfnFunctionConfiguration_AppSyncRuntimeProperty{Name: rc.Name, RuntimeVersion: rc.RuntimeVersion}
	}
	f.resource = NewCfnFunctionConfiguration(f, jsii.String("Resource"), &CfnFunctionConfigurationProps{
		Name: props.Name, Description: props.Description, ApiId: props.Api.ApiId(), DataSourceName: props.DataSource.Name(),
		Runtime: runtime, CodeS3Location: code.S3Location, Code: code.InlineCode, FunctionVersion: jsii.String("2018-05-29"),
		RequestMappingTemplate: render(props.RequestMappingTemplate), ResponseMappingTemplate: render(props.ResponseMappingTemplate),
		MaxBatchSize: props.MaxBatchSize,
	})
	f.resource.AddResourceDependency(props.DataSource.Ds(), nil)
	props.Api.AddSchemaDependency(f.resource)
	return f
}

// isLambdaDataSource stands for aws-cdk-lib's instanceof LambdaDataSource:
// a Go program's own LambdaDataSource embeds ours, so the type of the
// CloudFormation data source is what tells them apart.
func isLambdaDataSource(d BaseDataSource) bool {
	if _, ok := d.(*lambdaDataSource); ok {
		return true
	}
	t := d.Ds().Type()
	return t != nil && *t == "AWS_LAMBDA"
}

func (f *appsyncFunction) DataSource() BaseDataSource { return f.dataSource }
func (f *appsyncFunction) FunctionArn() *string       { return f.resource.AttrFunctionArn() }
func (f *appsyncFunction) FunctionId() *string        { return f.resource.AttrFunctionId() }
func (f *appsyncFunction) FunctionName() *string      { return f.resource.AttrName() }
func (f *appsyncFunction) FunctionConfigurationRef() *interfacesawsappsync.FunctionConfigurationReference {
	return &interfacesawsappsync.FunctionConfigurationReference{FunctionArn: f.FunctionArn()}
}

type importedFunction struct {
	awscdk.Resource
	arn *string
	id  *string
}

// AppsyncFunction_FromAppsyncFunctionAttributes imports an existing function.
func AppsyncFunction_FromAppsyncFunctionAttributes(scope constructs.Construct, id *string, attrs *AppsyncFunctionAttributes) IAppsyncFunction {
	if attrs == nil || attrs.FunctionArn == nil {
		l2.RequireProps(scope, id, "AppsyncFunction.fromAppsyncFunctionAttributes", "functionArn")
	}
	f := &importedFunction{Resource: awscdk.NewResource(scope, id, nil), arn: attrs.FunctionArn}
	host.Set(f.Resource, f)
	f.id = awscdk.Fn_Select(jsii.Number(3), awscdk.Fn_Split(jsii.String("/"), attrs.FunctionArn, nil))
	return f
}

func (f *importedFunction) FunctionArn() *string { return f.arn }
func (f *importedFunction) FunctionId() *string  { return f.id }
func (f *importedFunction) FunctionConfigurationRef() *interfacesawsappsync.FunctionConfigurationReference {
	return &interfacesawsappsync.FunctionConfigurationReference{FunctionArn: f.arn}
}
