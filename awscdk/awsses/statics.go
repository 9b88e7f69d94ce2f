package awsses

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewAllowListReceiptFilter_Override initialises outer, a type embedding AllowListReceiptFilter (how Go programs
// subclass it).
func NewAllowListReceiptFilter_Override(outer AllowListReceiptFilter, scope constructs.Construct, id *string, props *AllowListReceiptFilterProps) {
	l2.Override(outer, NewAllowListReceiptFilter(scope, id, props))
}

// AllowListReceiptFilter_IsConstruct reports whether x is a construct.
func AllowListReceiptFilter_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewConfigurationSet_Override initialises outer, a type embedding ConfigurationSet (how Go programs
// subclass it).
func NewConfigurationSet_Override(outer ConfigurationSet, scope constructs.Construct, id *string, props *ConfigurationSetProps) {
	l2.Override(outer, NewConfigurationSet(scope, id, props))
}

// ConfigurationSet_IsConstruct reports whether x is a construct.
func ConfigurationSet_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ConfigurationSet_IsOwnedResource reports whether construct is a Resource this app created.
func ConfigurationSet_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ConfigurationSet_IsResource reports whether construct is a Resource.
func ConfigurationSet_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewConfigurationSetEventDestination_Override initialises outer, a type embedding ConfigurationSetEventDestination (how Go programs
// subclass it).
func NewConfigurationSetEventDestination_Override(outer ConfigurationSetEventDestination, scope constructs.Construct, id *string, props *ConfigurationSetEventDestinationProps) {
	l2.Override(outer, NewConfigurationSetEventDestination(scope, id, props))
}

// ConfigurationSetEventDestination_IsConstruct reports whether x is a construct.
func ConfigurationSetEventDestination_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// ConfigurationSetEventDestination_IsOwnedResource reports whether construct is a Resource this app created.
func ConfigurationSetEventDestination_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ConfigurationSetEventDestination_IsResource reports whether construct is a Resource.
func ConfigurationSetEventDestination_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewDedicatedIpPool_Override initialises outer, a type embedding DedicatedIpPool (how Go programs
// subclass it).
func NewDedicatedIpPool_Override(outer DedicatedIpPool, scope constructs.Construct, id *string, props *DedicatedIpPoolProps) {
	l2.Override(outer, NewDedicatedIpPool(scope, id, props))
}

// DedicatedIpPool_IsConstruct reports whether x is a construct.
func DedicatedIpPool_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DedicatedIpPool_IsOwnedResource reports whether construct is a Resource this app created.
func DedicatedIpPool_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// DedicatedIpPool_IsResource reports whether construct is a Resource.
func DedicatedIpPool_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewDropSpamReceiptRule_Override initialises outer, a type embedding DropSpamReceiptRule (how Go programs
// subclass it).
func NewDropSpamReceiptRule_Override(outer DropSpamReceiptRule, scope constructs.Construct, id *string, props *DropSpamReceiptRuleProps) {
	l2.Override(outer, NewDropSpamReceiptRule(scope, id, props))
}

// DropSpamReceiptRule_IsConstruct reports whether x is a construct.
func DropSpamReceiptRule_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NewEmailIdentity_Override initialises outer, a type embedding EmailIdentity (how Go programs
// subclass it).
func NewEmailIdentity_Override(outer EmailIdentity, scope constructs.Construct, id *string, props *EmailIdentityProps) {
	l2.Override(outer, NewEmailIdentity(scope, id, props))
}

// EmailIdentity_IsConstruct reports whether x is a construct.
func EmailIdentity_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EmailIdentity_IsOwnedResource reports whether construct is a Resource this app created.
func EmailIdentity_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// EmailIdentity_IsResource reports whether construct is a Resource.
func EmailIdentity_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewReceiptFilter_Override initialises outer, a type embedding ReceiptFilter (how Go programs
// subclass it).
func NewReceiptFilter_Override(outer ReceiptFilter, scope constructs.Construct, id *string, props *ReceiptFilterProps) {
	l2.Override(outer, NewReceiptFilter(scope, id, props))
}

// ReceiptFilter_IsConstruct reports whether x is a construct.
func ReceiptFilter_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ReceiptFilter_IsOwnedResource reports whether construct is a Resource this app created.
func ReceiptFilter_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ReceiptFilter_IsResource reports whether construct is a Resource.
func ReceiptFilter_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewReceiptRule_Override initialises outer, a type embedding ReceiptRule (how Go programs
// subclass it).
func NewReceiptRule_Override(outer ReceiptRule, scope constructs.Construct, id *string, props *ReceiptRuleProps) {
	l2.Override(outer, NewReceiptRule(scope, id, props))
}

// ReceiptRule_IsConstruct reports whether x is a construct.
func ReceiptRule_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ReceiptRule_IsOwnedResource reports whether construct is a Resource this app created.
func ReceiptRule_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ReceiptRule_IsResource reports whether construct is a Resource.
func ReceiptRule_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewReceiptRuleSet_Override initialises outer, a type embedding ReceiptRuleSet (how Go programs
// subclass it).
func NewReceiptRuleSet_Override(outer ReceiptRuleSet, scope constructs.Construct, id *string, props *ReceiptRuleSetProps) {
	l2.Override(outer, NewReceiptRuleSet(scope, id, props))
}

// ReceiptRuleSet_IsConstruct reports whether x is a construct.
func ReceiptRuleSet_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ReceiptRuleSet_IsOwnedResource reports whether construct is a Resource this app created.
func ReceiptRuleSet_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ReceiptRuleSet_IsResource reports whether construct is a Resource.
func ReceiptRuleSet_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewVdmAttributes_Override initialises outer, a type embedding VdmAttributes (how Go programs
// subclass it).
func NewVdmAttributes_Override(outer VdmAttributes, scope constructs.Construct, id *string, props *VdmAttributesProps) {
	l2.Override(outer, NewVdmAttributes(scope, id, props))
}

// VdmAttributes_IsConstruct reports whether x is a construct.
func VdmAttributes_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// VdmAttributes_IsOwnedResource reports whether construct is a Resource this app created.
func VdmAttributes_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// VdmAttributes_IsResource reports whether construct is a Resource.
func VdmAttributes_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
