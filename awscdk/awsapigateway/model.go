package awsapigateway

import (
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// JsonSchemaVersion is the JSON Schema draft a schema follows.
type JsonSchemaVersion string

const (
	JsonSchemaVersion_DRAFT4 JsonSchemaVersion = "DRAFT4"
	JsonSchemaVersion_DRAFT7 JsonSchemaVersion = "DRAFT7"
)

var schemaVersionURLs = map[JsonSchemaVersion]string{
	JsonSchemaVersion_DRAFT4: "http://json-schema.org/draft-04/schema#",
	JsonSchemaVersion_DRAFT7: "http://json-schema.org/draft-07/schema#",
}

// JsonSchemaType is a JSON Schema type.
type JsonSchemaType string

const (
	JsonSchemaType_NULL    JsonSchemaType = "NULL"
	JsonSchemaType_BOOLEAN JsonSchemaType = "BOOLEAN"
	JsonSchemaType_OBJECT  JsonSchemaType = "OBJECT"
	JsonSchemaType_ARRAY   JsonSchemaType = "ARRAY"
	JsonSchemaType_NUMBER  JsonSchemaType = "NUMBER"
	JsonSchemaType_INTEGER JsonSchemaType = "INTEGER"
	JsonSchemaType_STRING  JsonSchemaType = "STRING"
)

// JsonSchema is a JSON Schema (draft 4) describing a request or response
// body. Fields are in aws-cdk-go's order, which is the order of the keys
// in the template.
type JsonSchema struct {
	AdditionalItems      interface{}             `field:"optional" json:"additionalItems" yaml:"additionalItems"`
	AdditionalProperties interface{}             `field:"optional" json:"additionalProperties" yaml:"additionalProperties"`
	AllOf                *[]*JsonSchema          `field:"optional" json:"allOf" yaml:"allOf"`
	AnyOf                *[]*JsonSchema          `field:"optional" json:"anyOf" yaml:"anyOf"`
	Contains             interface{}             `field:"optional" json:"contains" yaml:"contains"`
	Default              interface{}             `field:"optional" json:"default" yaml:"default"`
	Definitions          *map[string]*JsonSchema `field:"optional" json:"definitions" yaml:"definitions"`
	Dependencies         *map[string]interface{} `field:"optional" json:"dependencies" yaml:"dependencies"`
	Description          *string                 `field:"optional" json:"description" yaml:"description"`
	Enum                 *[]interface{}          `field:"optional" json:"enum" yaml:"enum"`
	ExclusiveMaximum     *bool                   `field:"optional" json:"exclusiveMaximum" yaml:"exclusiveMaximum"`
	ExclusiveMinimum     *bool                   `field:"optional" json:"exclusiveMinimum" yaml:"exclusiveMinimum"`
	Format               *string                 `field:"optional" json:"format" yaml:"format"`
	Id                   *string                 `field:"optional" json:"id" yaml:"id"`
	Items                interface{}             `field:"optional" json:"items" yaml:"items"`
	Maximum              *float64                `field:"optional" json:"maximum" yaml:"maximum"`
	MaxItems             *float64                `field:"optional" json:"maxItems" yaml:"maxItems"`
	MaxLength            *float64                `field:"optional" json:"maxLength" yaml:"maxLength"`
	MaxProperties        *float64                `field:"optional" json:"maxProperties" yaml:"maxProperties"`
	Minimum              *float64                `field:"optional" json:"minimum" yaml:"minimum"`
	MinItems             *float64                `field:"optional" json:"minItems" yaml:"minItems"`
	MinLength            *float64                `field:"optional" json:"minLength" yaml:"minLength"`
	MinProperties        *float64                `field:"optional" json:"minProperties" yaml:"minProperties"`
	MultipleOf           *float64                `field:"optional" json:"multipleOf" yaml:"multipleOf"`
	Not                  **JsonSchema            `field:"optional" json:"not" yaml:"not"`
	OneOf                *[]*JsonSchema          `field:"optional" json:"oneOf" yaml:"oneOf"`
	Pattern              *string                 `field:"optional" json:"pattern" yaml:"pattern"`
	PatternProperties    *map[string]*JsonSchema `field:"optional" json:"patternProperties" yaml:"patternProperties"`
	Properties           *map[string]*JsonSchema `field:"optional" json:"properties" yaml:"properties"`
	PropertyNames        **JsonSchema            `field:"optional" json:"propertyNames" yaml:"propertyNames"`
	Ref                  *string                 `field:"optional" json:"ref" yaml:"ref"`
	Required             *[]*string              `field:"optional" json:"required" yaml:"required"`
	Schema               JsonSchemaVersion       `field:"optional" json:"schema" yaml:"schema"`
	Title                *string                 `field:"optional" json:"title" yaml:"title"`
	Type                 interface{}             `field:"optional" json:"type" yaml:"type"`
	UniqueItems          *bool                   `field:"optional" json:"uniqueItems" yaml:"uniqueItems"`
}

// schemaJSON renders a schema as CloudFormation takes it: "$schema" and
// "$ref" for schema and ref, enum values as their JSON Schema names, and
// "$schema" (draft 4) added at the top level when missing.
func schemaJSON(s *JsonSchema) *ojson.Object {
	if s == nil {
		return nil
	}
	o := schemaObject(s)
	if _, ok := o.Get("$schema"); !ok {
		o.Set("$schema", schemaVersionURLs[JsonSchemaVersion_DRAFT4])
	}
	return o
}

func schemaObject(s *JsonSchema) *ojson.Object {
	o := ojson.New()
	v := reflect.ValueOf(s).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := v.Field(i)
		if isNilValue(f) {
			continue
		}
		key := strings.Split(t.Field(i).Tag.Get("json"), ",")[0]
		switch key {
		case "schema":
			o.Set("$schema", schemaVersionURLs[s.Schema])
			continue
		case "ref":
			key = "$ref"
		}
		o.Set(key, schemaValue(f.Interface()))
	}
	return o
}

func isNilValue(f reflect.Value) bool {
	switch f.Kind() {
	case reflect.Ptr, reflect.Interface, reflect.Map, reflect.Slice:
		return f.IsNil()
	case reflect.String:
		return f.Len() == 0
	}
	return false
}

func schemaValue(x interface{}) interface{} {
	switch v := x.(type) {
	case *JsonSchema:
		return schemaObject(v)
	case **JsonSchema: // aws-cdk-go's type for Not and PropertyNames
		if *v == nil {
			return nil
		}
		return schemaObject(*v)
	case JsonSchema:
		return schemaObject(&v)
	case *[]*JsonSchema:
		out := []interface{}{}
		for _, s := range *v {
			out = append(out, schemaObject(s))
		}
		return out
	case []*JsonSchema:
		return schemaValue(&v)
	case *map[string]*JsonSchema:
		keys := make([]string, 0, len(*v))
		for k := range *v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		o := ojson.New()
		for _, k := range keys {
			o.Set(k, schemaObject((*v)[k]))
		}
		return o
	case *map[string]interface{}:
		keys := make([]string, 0, len(*v))
		for k := range *v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		o := ojson.New()
		for _, k := range keys {
			o.Set(k, schemaValue((*v)[k]))
		}
		return o
	case JsonSchemaType:
		return strings.ToLower(string(v))
	case []JsonSchemaType:
		out := []interface{}{}
		for _, t := range v {
			out = append(out, strings.ToLower(string(t)))
		}
		return out
	case *[]JsonSchemaType:
		return schemaValue(*v)
	case *[]interface{}:
		out := []interface{}{}
		for _, e := range *v {
			out = append(out, schemaValue(e))
		}
		return out
	}
	return x
}

// IModel_EMPTY is the built-in "Empty" model.
func Model_EMPTY_MODEL() IModel { return &namedModel{jsii.String("Empty")} }

// Model_ERROR_MODEL is the built-in "Error" model.
func Model_ERROR_MODEL() IModel { return &namedModel{jsii.String("Error")} }

type namedModel struct{ name *string }

func (m *namedModel) ModelId() *string { return m.name }

// ModelOptions configure a model.
type ModelOptions struct {
	Schema      *JsonSchema `field:"required" json:"schema" yaml:"schema"`
	ContentType *string     `field:"optional" json:"contentType" yaml:"contentType"`
	Description *string     `field:"optional" json:"description" yaml:"description"`
	ModelName   *string     `field:"optional" json:"modelName" yaml:"modelName"`
}

// ModelProps are the props of NewModel.
type ModelProps struct {
	Schema      *JsonSchema `field:"required" json:"schema" yaml:"schema"`
	ContentType *string     `field:"optional" json:"contentType" yaml:"contentType"`
	Description *string     `field:"optional" json:"description" yaml:"description"`
	ModelName   *string     `field:"optional" json:"modelName" yaml:"modelName"`
	RestApi     IRestApi    `field:"required" json:"restApi" yaml:"restApi"`
}

// Model is the schema of a request or response body (AWS::ApiGateway::Model).
type Model interface {
	awscdk.Resource
	IModel
}

type model struct {
	awscdk.Resource
	res CfnModel
}

// NewModel creates a model of props.RestApi.
func NewModel(scope constructs.Construct, id *string, props *ModelProps) Model {
	props = l2.Inject(*Model_PROPERTY_INJECTION_ID(), props, scope, id)
	m := &model{}
	var name *string
	if props != nil {
		name = props.ModelName
	}
	m.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(m.Resource, m)
	if props == nil || isNil(props.RestApi) || props.Schema == nil {
		l2.Throw(m, "a Model needs props.RestApi and props.Schema")
	}
	contentType := props.ContentType
	if contentType == nil {
		contentType = jsii.String("application/json")
	}
	schema := schemaJSON(props.Schema)
	m.res = NewCfnModel(m, jsii.String("Resource"), &CfnModelProps{Name: m.PhysicalName(), RestApiId: props.RestApi.RestApiId(),
		ContentType: contentType, Description: props.Description, Schema: &ordered{schema}})
	if a, ok := props.RestApi.(*restApi); ok && a.latest != nil {
		a.latest.Node().AddDependency(m.res)
		h := ojson.New()
		h.Set("name", m.PhysicalName())
		h.Set("restApiId", props.RestApi.RestApiId())
		h.Set("contentType", contentType)
		h.Set("description", props.Description)
		h.Set("schema", schema)
		w := ojson.New()
		w.Set("model", h)
		a.latest.AddToLogicalId(w)
	}
	return m
}

func (m *model) ModelId() *string { return m.GetResourceNameAttribute(m.res.Ref()) }
func (m *model) ModelRef() *interfacesawsapigateway.ModelReference {
	return &interfacesawsapigateway.ModelReference{ModelName: m.ModelId()}
}

// Model_FromModelName imports a model by name.
func Model_FromModelName(scope constructs.Construct, id *string, modelName *string) IModel {
	r := awscdk.NewResource(scope, id, nil)
	m := &importedModel{Resource: r, name: modelName}
	host.Set(r, m)
	return m
}

type importedModel struct {
	awscdk.Resource
	name *string
}

func (m *importedModel) ModelId() *string { return m.name }

// Model_IsConstruct reports whether x is a construct.
func Model_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Model_IsResource reports whether construct is a resource.
func Model_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Model_IsOwnedResource reports whether construct is a resource created in this app.
func Model_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// RequestValidatorProps are the props of NewRequestValidator.
type RequestValidatorProps struct {
	RequestValidatorName      *string  `field:"optional" json:"requestValidatorName" yaml:"requestValidatorName"`
	ValidateRequestBody       *bool    `field:"optional" json:"validateRequestBody" yaml:"validateRequestBody"`
	ValidateRequestParameters *bool    `field:"optional" json:"validateRequestParameters" yaml:"validateRequestParameters"`
	RestApi                   IRestApi `field:"required" json:"restApi" yaml:"restApi"`
}

// RequestValidator checks a request's body or parameters before the
// integration runs (AWS::ApiGateway::RequestValidator).
type RequestValidator interface {
	awscdk.Resource
	IRequestValidator
	RequestValidatorRef() *interfacesawsapigateway.RequestValidatorReference
}

type requestValidator struct {
	awscdk.Resource
	id *string
}

// NewRequestValidator creates a request validator of props.RestApi.
func NewRequestValidator(scope constructs.Construct, id *string, props *RequestValidatorProps) RequestValidator {
	props = l2.Inject(*RequestValidator_PROPERTY_INJECTION_ID(), props, scope, id)
	v := &requestValidator{}
	var name *string
	if props != nil {
		name = props.RequestValidatorName
	}
	v.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(v.Resource, v)
	if props == nil || isNil(props.RestApi) {
		l2.Throw(v, "a RequestValidator needs props.RestApi")
	}
	res := NewCfnRequestValidator(v, jsii.String("Resource"), &CfnRequestValidatorProps{Name: v.PhysicalName(),
		RestApiId: props.RestApi.RestApiId(), ValidateRequestBody: props.ValidateRequestBody, ValidateRequestParameters: props.ValidateRequestParameters})
	v.id = res.Ref()
	if a, ok := props.RestApi.(*restApi); ok && a.latest != nil {
		a.latest.Node().AddDependency(res)
		h := ojson.New()
		h.Set("name", v.PhysicalName())
		h.Set("restApiId", props.RestApi.RestApiId())
		h.Set("validateRequestBody", props.ValidateRequestBody)
		h.Set("validateRequestParameters", props.ValidateRequestParameters)
		w := ojson.New()
		w.Set("validator", h)
		a.latest.AddToLogicalId(w)
	}
	return v
}

func (v *requestValidator) RequestValidatorId() *string { return v.id }
func (v *requestValidator) RequestValidatorRef() *interfacesawsapigateway.RequestValidatorReference {
	return &interfacesawsapigateway.RequestValidatorReference{RequestValidatorId: v.id}
}

// RequestValidator_IsConstruct reports whether x is a construct.
func RequestValidator_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// AddModel adds a model to the API.
func (a *restApi) AddModel(id *string, props *ModelOptions) Model {
	p := &ModelProps{RestApi: a}
	if props != nil {
		p.Schema, p.ContentType, p.Description, p.ModelName = props.Schema, props.ContentType, props.Description, props.ModelName
	}
	return NewModel(a, id, p)
}

// AddRequestValidator adds a request validator to the API.
func (a *restApi) AddRequestValidator(id *string, props *RequestValidatorOptions) RequestValidator {
	p := &RequestValidatorProps{RestApi: a}
	if props != nil {
		p.RequestValidatorName, p.ValidateRequestBody, p.ValidateRequestParameters = props.RequestValidatorName, props.ValidateRequestBody, props.ValidateRequestParameters
	}
	return NewRequestValidator(a, id, p)
}
