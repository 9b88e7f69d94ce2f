package awsses_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsses"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsses"
	"github.com/strata-cdk/strata/jsii"
)

// action is an inline IReceiptRuleAction, as the twin's object literals.
type action func() *awsses.ReceiptRuleActionConfig

func (a action) Bind(interfacesawsses.IReceiptRuleRef) *awsses.ReceiptRuleActionConfig { return a() }

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func ruleSets(s awscdk.Stack) {
	rs := awsses.NewReceiptRuleSet(s, jsii.String("RuleSet"), &awsses.ReceiptRuleSetProps{
		ReceiptRuleSetName: jsii.String("my-rule-set"),
		Rules: &[]*awsses.ReceiptRuleOptions{
			{Recipients: jsii.Strings("hello@aws.com"), Actions: &[]awsses.IReceiptRuleAction{action(func() *awsses.ReceiptRuleActionConfig {
				return &awsses.ReceiptRuleActionConfig{StopAction: &awsses.StopActionConfig{Scope: jsii.String("RuleSet")}}
			})}},
			{ReceiptRuleName: jsii.String("second"), Enabled: jsii.Bool(false), ScanEnabled: jsii.Bool(true), TlsPolicy: awsses.TlsPolicy_REQUIRE},
		},
	})
	third := rs.AddRule(jsii.String("Third"), &awsses.ReceiptRuleOptions{Recipients: jsii.Strings("a.com", "b.com")})
	third.AddAction(action(func() *awsses.ReceiptRuleActionConfig {
		return &awsses.ReceiptRuleActionConfig{AddHeaderAction: &awsses.AddHeaderActionConfig{HeaderName: jsii.String("X-Test"), HeaderValue: jsii.String("v")}}
	}))
	out(s, "RuleName", third.ReceiptRuleName())
	out(s, "SetName", rs.ReceiptRuleSetName())
	imported := awsses.ReceiptRuleSet_FromReceiptRuleSetName(s, jsii.String("Imported"), jsii.String("other-set"))
	imported.AddRule(jsii.String("First"), nil)
	imported.AddRule(jsii.String("Second"), &awsses.ReceiptRuleOptions{Enabled: jsii.Bool(true)})
	importedRule := awsses.ReceiptRule_FromReceiptRuleAttributes(s, jsii.String("ImportedRule"), &awsses.ReceiptRuleAttributes{ReceiptRuleName: jsii.String("existing"), RuleSet: imported})
	awsses.NewReceiptRule(s, jsii.String("Standalone"), &awsses.ReceiptRuleProps{RuleSet: rs, After: importedRule, ReceiptRuleName: jsii.String("standalone")})
	byName := awsses.ReceiptRule_FromReceiptRuleName(s, jsii.String("ByName"), jsii.String("by-name"))
	awsses.NewReceiptRule(s, jsii.String("AfterByName"), &awsses.ReceiptRuleProps{RuleSet: imported, After: byName})
	awsses.NewReceiptRuleSet(s, jsii.String("Empty"), nil)
	awsses.NewReceiptFilter(s, jsii.String("BlockAll"), nil)
	awsses.NewReceiptFilter(s, jsii.String("Allow"), &awsses.ReceiptFilterProps{Ip: jsii.String("10.0.0.1"), Policy: awsses.ReceiptFilterPolicy_ALLOW, ReceiptFilterName: jsii.String("allow-one")})
	awsses.NewAllowListReceiptFilter(s, jsii.String("AllowList"), &awsses.AllowListReceiptFilterProps{Ips: jsii.Strings("10.0.0.0/16", "1.2.3.4")})
}

func TestTemplates(t *testing.T) {
	checkTemplates(t, templateCases, stackProps)
}
