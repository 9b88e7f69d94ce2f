package awsssm

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// StringParameterProps are the props of NewStringParameter.
type StringParameterProps struct {
	AllowedPattern *string       `field:"optional" json:"allowedPattern" yaml:"allowedPattern"`
	Description    *string       `field:"optional" json:"description" yaml:"description"`
	ParameterName  *string       `field:"optional" json:"parameterName" yaml:"parameterName"`
	SimpleName     *bool         `field:"optional" json:"simpleName" yaml:"simpleName"`
	Tier           ParameterTier `field:"optional" json:"tier" yaml:"tier"`
	// The value (not empty; up to 4 KB, or 8 KB in the advanced tier).
	StringValue *string `field:"required" json:"stringValue" yaml:"stringValue"`
	// Default: TEXT (CloudFormation's default).
	DataType ParameterDataType `field:"optional" json:"dataType" yaml:"dataType"`
	// Deprecated in aws-cdk-lib: only STRING. Default: STRING.
	Type ParameterType `field:"optional" json:"type" yaml:"type"`
}

// CommonStringParameterAttributes name a parameter defined outside this app.
type CommonStringParameterAttributes struct {
	ParameterName *string `field:"required" json:"parameterName" yaml:"parameterName"`
	SimpleName    *bool   `field:"optional" json:"simpleName" yaml:"simpleName"`
}

// StringParameterAttributes describe a String parameter defined outside this app.
type StringParameterAttributes struct {
	ParameterName *string `field:"required" json:"parameterName" yaml:"parameterName"`
	SimpleName    *bool   `field:"optional" json:"simpleName" yaml:"simpleName"`
	// Read the value through a dynamic reference, not a template parameter. Default: false.
	ForceDynamicReference *bool `field:"optional" json:"forceDynamicReference" yaml:"forceDynamicReference"`
	// Deprecated in aws-cdk-lib for ValueType: STRING or AWS_EC2_IMAGE_ID.
	Type ParameterType `field:"optional" json:"type" yaml:"type"`
	// The type the template parameter reads the value as. Default: STRING.
	ValueType ParameterValueType `field:"optional" json:"valueType" yaml:"valueType"`
	// A version to read (through a dynamic reference). Default: the latest.
	Version *float64 `field:"optional" json:"version" yaml:"version"`
}

// SecureStringParameterAttributes describe a SecureString parameter defined outside this app.
type SecureStringParameterAttributes struct {
	ParameterName *string `field:"required" json:"parameterName" yaml:"parameterName"`
	SimpleName    *bool   `field:"optional" json:"simpleName" yaml:"simpleName"`
	// The key the value is encrypted with. Default: the AWS managed key.
	EncryptionKey awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	// Default: the latest.
	Version *float64 `field:"optional" json:"version" yaml:"version"`
}

// StringParameterLookupOptions are the options of StringParameter_ValueFromLookup.
type StringParameterLookupOptions struct {
	// A key telling apart lookups of the same parameter. Default: none.
	AdditionalCacheKey *string `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
}

// StringParameter is a String parameter defined in this app (AWS::SSM::Parameter).
type StringParameter interface {
	awscdk.Resource
	awsiam.IEncryptedResource
	IStringParameter
	EncryptionKey() awskms.IKey
}

type stringParameter struct {
	parameterBase
	value func() *string
}

func (p *stringParameter) StringValue() *string { return p.value() }

// StringParameter_PROPERTY_INJECTION_ID is the id property injectors use for StringParameter.
func StringParameter_PROPERTY_INJECTION_ID() *string {
	return strp("aws-cdk-lib.aws-ssm.StringParameter")
}

// NewStringParameter defines a String parameter.
func NewStringParameter(scope constructs.Construct, id *string, props *StringParameterProps) StringParameter {
	props = l2.Inject(*StringParameter_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "StringParameterProps", "StringValue")
	}
	p := &stringParameter{}
	p.init(scope, id, &awscdk.ResourceProps{PhysicalName: props.ParameterName}, p)
	if props.AllowedPattern != nil && *props.AllowedPattern != "" {
		assertValidValue(p, props.StringValue, props.AllowedPattern)
	}
	validateParameterName(p, p.PhysicalName())
	if props.Description != nil && len(*props.Description) > 1024 {
		throw(p, "Description cannot be longer than 1024 characters.")
	}
	if props.Type == ParameterType_AWS_EC2_IMAGE_ID {
		throw(p, "The type must either be ParameterType.STRING or ParameterType.STRING_LIST. Did you mean to set dataType: ParameterDataType.AWS_EC2_IMAGE instead?")
	}
	typ := props.Type
	if typ == "" {
		typ = ParameterType_STRING
	}
	cfn := &CfnParameterProps{
		AllowedPattern: props.AllowedPattern,
		Description:    props.Description,
		Name:           p.PhysicalName(),
		Type:           strp(enumValue(parameterTypeValues, typ)),
		Value:          props.StringValue,
	}
	if props.Tier != "" {
		cfn.Tier = strp(enumValue(tierValues, props.Tier))
	}
	if props.DataType != "" {
		cfn.DataType = strp(enumValue(dataTypeValues, props.DataType))
	}
	res := NewCfnParameter(p, jsii.String("Resource"), cfn)
	p.name = p.GetResourceNameAttribute(res.Ref())
	physical := props.ParameterName
	if physical == nil || *physical == "" {
		physical = strp(autogenMarker)
	}
	p.arn = arnForParameterName(p, p.name, physical, props.SimpleName)
	p.typ = res.AttrType()
	v := res.AttrValue()
	p.value = func() *string { return v }
	return p
}

// importedStringParameter is a parameter defined elsewhere; its value is
// either known up front (a dynamic reference) or a template parameter
// added the first time it is read.
type importedStringParameter struct {
	parameterBase
	value func() *string
}

func (p *importedStringParameter) StringValue() *string { return p.value() }

func newImportedString(scope constructs.Construct, id *string, props *awscdk.ResourceProps) *importedStringParameter {
	p := &importedStringParameter{}
	p.init(scope, id, props, p)
	return p
}

// templateParameter returns a func adding, once, a template parameter of
// the given type whose default is def, and returning its value.
func templateParameter(scope constructs.Construct, id *string, typ string, def *string) func() awscdk.CfnParameter {
	var param awscdk.CfnParameter
	return func() awscdk.CfnParameter {
		if param == nil {
			param = awscdk.NewCfnParameter(scope, strp(deref(id)+".Parameter"), &awscdk.CfnParameterProps{
				Type: strp("AWS::SSM::Parameter::Value<" + typ + ">"), Default: def,
			})
		}
		return param
	}
}

// StringParameter_FromStringParameterName imports a String parameter by name.
func StringParameter_FromStringParameterName(scope constructs.Construct, id *string, stringParameterName *string) IStringParameter {
	return StringParameter_FromStringParameterAttributes(scope, id, &StringParameterAttributes{ParameterName: stringParameterName})
}

// StringParameter_FromStringParameterArn imports a String parameter, of
// this or another account in the stack's region, by ARN.
func StringParameter_FromStringParameterArn(scope constructs.Construct, id *string, stringParameterArn *string) IStringParameter {
	if stringParameterArn == nil {
		l2.RequireArg(scope, "StringParameter_FromStringParameterArn", "stringParameterArn")
	}
	if isUnresolved(stringParameterArn) {
		throw(scope, "stringParameterArn cannot be an unresolved token")
	}
	arn := *stringParameterArn
	parts := strings.Split(arn, ":")
	region := awscdk.Stack_Of(scope).Region()
	if len(parts) != 6 {
		throw(scope, "unexpected StringParameterArn format")
	}
	if isUnresolved(region) {
		awscdk.Annotations_Of(scope).AddWarningV2(strp("aws-cdk-lib/aws-ssm:crossAccountReferenceSameRegion"),
			strp("Cross-account references will only work within the same region"))
	} else if parts[3] != *region {
		throw(scope, "stringParameterArn must be in the same region as the stack")
	}
	slash := strings.Split(arn, "/")
	name := strings.TrimSuffix(slash[len(slash)-1], "parameter/")
	p := newImportedString(scope, id, nil)
	p.name, p.arn, p.typ = &name, stringParameterArn, strp("String")
	param := templateParameter(scope, id, "String", stringParameterArn)
	p.value = func() *string { return param().ValueAsString() }
	return p
}

// StringParameter_FromStringParameterAttributes imports a String parameter.
func StringParameter_FromStringParameterAttributes(scope constructs.Construct, id *string, attrs *StringParameterAttributes) IStringParameter {
	if attrs == nil || attrs.ParameterName == nil || *attrs.ParameterName == "" {
		throw(scope, "parameterName cannot be an empty string")
	}
	if attrs.Type != "" && attrs.Type != ParameterType_STRING && attrs.Type != ParameterType_AWS_EC2_IMAGE_ID {
		throw(scope, "fromStringParameterAttributes does not support %s. Please use ParameterType.STRING or ParameterType.AWS_EC2_IMAGE_ID",
			enumValue(parameterTypeValues, attrs.Type))
	}
	typ := "String"
	switch {
	case attrs.Type != "":
		typ = enumValue(parameterTypeValues, attrs.Type)
	case attrs.ValueType != "":
		typ = enumValue(valueTypeValues, attrs.ValueType)
	}
	name := attrs.ParameterName
	p := newImportedString(scope, id, nil)
	p.name, p.typ = name, strp("String")
	p.arn = arnForParameterName(p, name, nil, attrs.SimpleName)
	dynamic := func(key string) func() *string {
		v := awscdk.NewCfnDynamicReference(awscdk.CfnDynamicReferenceService_SSM, &key).ToString()
		return func() *string { return v }
	}
	switch {
	case attrs.Version != nil && *attrs.Version != 0:
		p.value = dynamic(*name + ":" + *awscdk.Tokenization_StringifyNumber(attrs.Version))
	case attrs.ForceDynamicReference != nil && *attrs.ForceDynamicReference:
		p.value = dynamic(*name)
	case isIntrinsicToken(name):
		p.value = dynamic(*name)
	default:
		param := templateParameter(scope, id, typ, name)
		p.value = func() *string { return param().ValueAsString() }
	}
	return p
}

// isIntrinsicToken reports whether s is a token standing for an intrinsic
// function (Fn_Join, Fn_ImportValue, ...), which a template parameter's
// default cannot hold.
func isIntrinsicToken(s *string) bool {
	if !isUnresolved(s) {
		return false
	}
	first := awscdk.Tokenization_ReverseString(s).FirstToken()
	_, fn := first.(interface{ Disambiguator() *bool })
	return fn
}

// StringParameter_FromSecureStringParameterAttributes imports a
// SecureString parameter, read through a dynamic reference.
func StringParameter_FromSecureStringParameterAttributes(scope constructs.Construct, id *string, attrs *SecureStringParameterAttributes) IStringParameter {
	if attrs == nil {
		l2.RequireProps(scope, id, "SecureStringParameterAttributes", "ParameterName")
	}
	key := deref(attrs.ParameterName)
	if attrs.Version != nil && *attrs.Version != 0 {
		key += ":" + *awscdk.Tokenization_StringifyNumber(attrs.Version)
	}
	v := awscdk.NewCfnDynamicReference(awscdk.CfnDynamicReferenceService_SSM_SECURE, &key).ToString()
	p := newImportedString(scope, id, nil)
	p.name, p.typ, p.encryptionKey = attrs.ParameterName, strp("SecureString"), attrs.EncryptionKey
	p.arn = arnForParameterName(p, attrs.ParameterName, nil, attrs.SimpleName)
	p.value = func() *string { return v }
	return p
}

// StringParameter_ValueFromLookup reads a parameter at synthesis through
// the CDK CLI's context (a dummy value until the context holds it; without
// defaultValue, a missing parameter fails the lookup).
func StringParameter_ValueFromLookup(scope constructs.Construct, parameterName *string, defaultValue *string, options *StringParameterLookupOptions) *string {
	dummy := "dummy-value-for-" + deref(parameterName)
	if defaultValue != nil && *defaultValue != "" {
		dummy = *defaultValue
	}
	opts := &awscdk.GetContextValueOptions{
		Provider:   strp("ssm"),
		Props:      &map[string]interface{}{"parameterName": deref(parameterName)},
		DummyValue: dummy,
		MustExist:  jsii.Bool(defaultValue == nil),
	}
	if options != nil {
		opts.AdditionalCacheKey = options.AdditionalCacheKey
	}
	v := awscdk.ContextProvider_GetValue(scope, opts).Value
	if s, ok := v.(string); ok {
		return &s
	}
	if s, ok := v.(*string); ok {
		return s
	}
	return awscdk.Token_AsString(v, nil)
}

// StringParameter_ValueForStringParameter is a String parameter's value at
// deploy time (a template parameter, or with version a dynamic reference).
func StringParameter_ValueForStringParameter(scope constructs.Construct, parameterName *string, version *float64) *string {
	return StringParameter_ValueForTypedStringParameterV2(scope, parameterName, ParameterValueType_STRING, version)
}

// StringParameter_ValueForTypedStringParameterV2 is a parameter's value at
// deploy time, read as type_.
func StringParameter_ValueForTypedStringParameterV2(scope constructs.Construct, parameterName *string, type_ ParameterValueType, version *float64) *string {
	if type_ == "" {
		type_ = ParameterValueType_STRING
	}
	return importedValue(scope, parameterName, func(stack awscdk.Stack, id *string) IStringParameter {
		return StringParameter_FromStringParameterAttributes(stack, id, &StringParameterAttributes{ParameterName: parameterName, Version: version, ValueType: type_})
	})
}

// StringParameter_ValueForTypedStringParameter is the older form of
// StringParameter_ValueForTypedStringParameterV2.
func StringParameter_ValueForTypedStringParameter(scope constructs.Construct, parameterName *string, type_ ParameterType, version *float64) *string {
	if type_ == ParameterType_STRING_LIST {
		throw(scope, "valueForTypedStringParameter does not support STRING_LIST, use valueForTypedListParameter instead")
	}
	if type_ == "" {
		type_ = ParameterType_STRING
	}
	return importedValue(scope, parameterName, func(stack awscdk.Stack, id *string) IStringParameter {
		return StringParameter_FromStringParameterAttributes(stack, id, &StringParameterAttributes{ParameterName: parameterName, Version: version, Type: type_})
	})
}

// StringParameter_ValueForSecureStringParameter is a SecureString
// parameter's value at deploy time, through a dynamic reference.
func StringParameter_ValueForSecureStringParameter(scope constructs.Construct, parameterName *string, version *float64) *string {
	return importedValue(scope, parameterName, func(stack awscdk.Stack, id *string) IStringParameter {
		return StringParameter_FromSecureStringParameterAttributes(stack, id, &SecureStringParameterAttributes{ParameterName: parameterName, Version: version})
	})
}

// importedValue reuses the stack's import of the parameter, if any.
func importedValue(scope constructs.Construct, name *string, create func(awscdk.Stack, *string) IStringParameter) *string {
	stack := awscdk.Stack_Of(scope)
	id := strp(importedValueID(name))
	if exists, ok := stack.Node().TryFindChild(id).(IStringParameter); ok {
		return exists.StringValue()
	}
	return create(stack, id).StringValue()
}

// StringParameter_IsConstruct reports whether x is a construct.
func StringParameter_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// StringParameter_IsResource reports whether construct is a Resource.
func StringParameter_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// StringParameter_IsOwnedResource reports whether construct is a Resource this app created.
func StringParameter_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewStringParameter_Override initialises s, a type embedding StringParameter.
func NewStringParameter_Override(s StringParameter, scope constructs.Construct, id *string, props *StringParameterProps) {
	l2.Override(s, NewStringParameter(scope, id, props))
}
