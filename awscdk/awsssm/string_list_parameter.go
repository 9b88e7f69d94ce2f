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

// StringListParameterProps are the props of NewStringListParameter.
type StringListParameterProps struct {
	AllowedPattern *string       `field:"optional" json:"allowedPattern" yaml:"allowedPattern"`
	Description    *string       `field:"optional" json:"description" yaml:"description"`
	ParameterName  *string       `field:"optional" json:"parameterName" yaml:"parameterName"`
	SimpleName     *bool         `field:"optional" json:"simpleName" yaml:"simpleName"`
	Tier           ParameterTier `field:"optional" json:"tier" yaml:"tier"`
	// The values (none may contain ',').
	StringListValue *[]*string `field:"required" json:"stringListValue" yaml:"stringListValue"`
}

// ListParameterAttributes describe a StringList parameter defined outside this app.
type ListParameterAttributes struct {
	ParameterName *string `field:"required" json:"parameterName" yaml:"parameterName"`
	SimpleName    *bool   `field:"optional" json:"simpleName" yaml:"simpleName"`
	// The type of the elements. Default: STRING.
	ElementType ParameterValueType `field:"optional" json:"elementType" yaml:"elementType"`
	// A version to read (through a dynamic reference). Default: the latest.
	Version *float64 `field:"optional" json:"version" yaml:"version"`
}

// StringListParameter is a StringList parameter defined in this app (AWS::SSM::Parameter).
type StringListParameter interface {
	awscdk.Resource
	awsiam.IEncryptedResource
	IStringListParameter
	EncryptionKey() awskms.IKey
}

type stringListParameter struct {
	parameterBase
	value func() *[]*string
}

func (p *stringListParameter) StringListValue() *[]*string { return p.value() }

// StringListParameter_PROPERTY_INJECTION_ID is the id property injectors use for StringListParameter.
func StringListParameter_PROPERTY_INJECTION_ID() *string {
	return strp("aws-cdk-lib.aws-ssm.StringListParameter")
}

// NewStringListParameter defines a StringList parameter.
func NewStringListParameter(scope constructs.Construct, id *string, props *StringListParameterProps) StringListParameter {
	props = l2.Inject(*StringListParameter_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.StringListValue == nil {
		l2.RequireProps(scope, id, "StringListParameterProps", "StringListValue")
	}
	p := &stringListParameter{}
	p.init(scope, id, &awscdk.ResourceProps{PhysicalName: props.ParameterName}, p)
	for _, s := range *props.StringListValue {
		if s != nil && !isUnresolved(s) && strings.Contains(*s, ",") {
			throw(p, "Values of a StringList SSM Parameter cannot contain the ',' character. Use a string parameter instead.")
		}
	}
	if props.AllowedPattern != nil && *props.AllowedPattern != "" && !isUnresolved(props.StringListValue) {
		for _, s := range *props.StringListValue {
			assertValidValue(p, s, props.AllowedPattern)
		}
	}
	validateParameterName(p, p.PhysicalName())
	if props.Description != nil && len(*props.Description) > 1024 {
		throw(p, "Description cannot be longer than 1024 characters.")
	}
	cfn := &CfnParameterProps{
		AllowedPattern: props.AllowedPattern,
		Description:    props.Description,
		Name:           p.PhysicalName(),
		Type:           strp("StringList"),
		Value:          awscdk.Fn_Join(strp(","), props.StringListValue),
	}
	if props.Tier != "" {
		cfn.Tier = strp(enumValue(tierValues, props.Tier))
	}
	res := NewCfnParameter(p, jsii.String("Resource"), cfn)
	p.name = p.GetResourceNameAttribute(res.Ref())
	physical := props.ParameterName
	if physical == nil || *physical == "" {
		physical = strp(autogenMarker)
	}
	p.arn = arnForParameterName(p, p.name, physical, props.SimpleName)
	p.typ = res.AttrType()
	v := awscdk.Fn_Split(strp(","), res.AttrValue(), nil)
	p.value = func() *[]*string { return v }
	return p
}

// StringListParameter_FromStringListParameterName imports a StringList
// parameter by name, read through a dynamic reference.
func StringListParameter_FromStringListParameterName(scope constructs.Construct, id *string, stringListParameterName *string) IStringListParameter {
	p := &stringListParameter{}
	p.init(scope, id, nil, p)
	p.name, p.typ = stringListParameterName, strp("StringList")
	p.arn = arnForParameterName(p, stringListParameterName, nil, nil)
	ref := awscdk.NewCfnDynamicReference(awscdk.CfnDynamicReferenceService_SSM, stringListParameterName).ToString()
	v := awscdk.Fn_Split(strp(","), ref, nil)
	p.value = func() *[]*string { return v }
	return p
}

// StringListParameter_FromListParameterAttributes imports a list parameter.
func StringListParameter_FromListParameterAttributes(scope constructs.Construct, id *string, attrs *ListParameterAttributes) IStringListParameter {
	if attrs == nil || attrs.ParameterName == nil || *attrs.ParameterName == "" {
		throw(scope, "parameterName cannot be an empty string")
	}
	element := attrs.ElementType
	if element == "" {
		element = ParameterValueType_STRING
	}
	valueType := "List<" + enumValue(valueTypeValues, element) + ">"
	p := &stringListParameter{}
	p.init(scope, id, nil, p)
	p.name, p.typ = attrs.ParameterName, &valueType
	p.arn = arnForParameterName(p, attrs.ParameterName, nil, attrs.SimpleName)
	if attrs.Version != nil && *attrs.Version != 0 {
		key := *attrs.ParameterName + ":" + *awscdk.Tokenization_StringifyNumber(attrs.Version)
		v := awscdk.NewCfnDynamicReference(awscdk.CfnDynamicReferenceService_SSM, &key).ToStringList()
		p.value = func() *[]*string { return v }
	} else {
		param := templateParameter(scope, id, valueType, attrs.ParameterName)
		p.value = func() *[]*string { return param().ValueAsList() }
	}
	return p
}

// StringListParameter_ValueForTypedListParameter is a list parameter's
// value at deploy time.
func StringListParameter_ValueForTypedListParameter(scope constructs.Construct, parameterName *string, type_ ParameterValueType, version *float64) *[]*string {
	if type_ == "" {
		type_ = ParameterValueType_STRING
	}
	stack := awscdk.Stack_Of(scope)
	id := strp(importedValueID(parameterName))
	if exists, ok := stack.Node().TryFindChild(id).(IStringListParameter); ok {
		return exists.StringListValue()
	}
	return StringListParameter_FromListParameterAttributes(stack, id, &ListParameterAttributes{
		ParameterName: parameterName, ElementType: type_, Version: version,
	}).StringListValue()
}

// StringListParameter_IsConstruct reports whether x is a construct.
func StringListParameter_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// StringListParameter_IsResource reports whether construct is a Resource.
func StringListParameter_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// StringListParameter_IsOwnedResource reports whether construct is a Resource this app created.
func StringListParameter_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewStringListParameter_Override initialises s, a type embedding StringListParameter.
func NewStringListParameter_Override(s StringListParameter, scope constructs.Construct, id *string, props *StringListParameterProps) {
	l2.Override(s, NewStringListParameter(scope, id, props))
}
