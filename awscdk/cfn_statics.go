package awscdk

import "github.com/strata-cdk/strata/constructs"

// The IsConstruct/IsCfnElement statics aws-cdk-go declares on every
// template element type, and the _Override constructors of the concrete
// ones (see overrides.go for how subclassing works).

func isCfnElement(x interface{}) *bool {
	e, ok := x.(CfnElement)
	return boolp(ok && !isNilValue(e))
}

// CfnCondition_IsConstruct reports whether x is a construct.
func CfnCondition_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CfnCondition_IsCfnElement reports whether x is a template element.
func CfnCondition_IsCfnElement(x interface{}) *bool { return isCfnElement(x) }

// CfnElement_IsConstruct reports whether x is a construct.
func CfnElement_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CfnMapping_IsConstruct reports whether x is a construct.
func CfnMapping_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CfnMapping_IsCfnElement reports whether x is a template element.
func CfnMapping_IsCfnElement(x interface{}) *bool { return isCfnElement(x) }

// CfnOutput_IsConstruct reports whether x is a construct.
func CfnOutput_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CfnParameter_IsConstruct reports whether x is a construct.
func CfnParameter_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CfnParameter_IsCfnElement reports whether x is a template element.
func CfnParameter_IsCfnElement(x interface{}) *bool { return isCfnElement(x) }

// CfnRefElement_IsConstruct reports whether x is a construct.
func CfnRefElement_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CfnResource_IsConstruct reports whether x is a construct.
func CfnResource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CfnResource_IsCfnElement reports whether x is a template element.
func CfnResource_IsCfnElement(x interface{}) *bool { return isCfnElement(x) }

// CfnRule_IsConstruct reports whether x is a construct.
func CfnRule_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CfnRule_IsCfnElement reports whether x is a template element.
func CfnRule_IsCfnElement(x interface{}) *bool { return isCfnElement(x) }

// NewCfnCondition_Override creates a CfnCondition for c, a pointer to the program's struct
// that embeds CfnCondition.
func NewCfnCondition_Override(c CfnCondition, scope constructs.Construct, id *string, props *CfnConditionProps) {
	overrideConstruct(c, NewCfnCondition(scope, id, props))
}

// NewCfnJson_Override creates a CfnJson for c, a pointer to the program's struct
// that embeds CfnJson.
func NewCfnJson_Override(c CfnJson, scope constructs.Construct, id *string, props *CfnJsonProps) {
	overrideConstruct(c, NewCfnJson(scope, id, props))
}

// NewCfnMapping_Override creates a CfnMapping for c, a pointer to the program's struct
// that embeds CfnMapping.
func NewCfnMapping_Override(c CfnMapping, scope constructs.Construct, id *string, props *CfnMappingProps) {
	overrideConstruct(c, NewCfnMapping(scope, id, props))
}

// NewCfnOutput_Override creates a CfnOutput for c, a pointer to the program's struct
// that embeds CfnOutput.
func NewCfnOutput_Override(c CfnOutput, scope constructs.Construct, id *string, props *CfnOutputProps) {
	overrideConstruct(c, NewCfnOutput(scope, id, props))
}

// NewCfnParameter_Override creates a CfnParameter for c, a pointer to the program's struct
// that embeds CfnParameter.
func NewCfnParameter_Override(c CfnParameter, scope constructs.Construct, id *string, props *CfnParameterProps) {
	overrideConstruct(c, NewCfnParameter(scope, id, props))
}

// NewCfnResource_Override creates a CfnResource for c, a pointer to the program's struct
// that embeds CfnResource.
func NewCfnResource_Override(c CfnResource, scope constructs.Construct, id *string, props *CfnResourceProps) {
	overrideConstruct(c, NewCfnResource(scope, id, props))
}

// NewCfnRule_Override creates a CfnRule for c, a pointer to the program's struct
// that embeds CfnRule.
func NewCfnRule_Override(c CfnRule, scope constructs.Construct, id *string, props *CfnRuleProps) {
	overrideConstruct(c, NewCfnRule(scope, id, props))
}

// NewCfnDynamicReference_Override creates a CfnDynamicReference for c.
func NewCfnDynamicReference_Override(c CfnDynamicReference, service CfnDynamicReferenceService, key *string) {
	overrideValue(c, NewCfnDynamicReference(service, key))
}
