package awsses

import (
	"embed"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsses"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Strata's own handler code: the function's asset hash differs from
// aws-cdk-lib's, the rest of the template is the same.
//
//go:embed dropspamhandler/index.js
var dropSpamCode embed.FS

// dropSpamUUID names the singleton function every drop-spam rule of a stack shares (aws-cdk-lib's).
const dropSpamUUID = "224e77f9-a32e-4b4d-ac32-983477abba16"

// DropSpamReceiptRuleProps are the props of NewDropSpamReceiptRule.
type DropSpamReceiptRuleProps struct {
	Actions         *[]IReceiptRuleAction            `field:"optional" json:"actions" yaml:"actions"`
	After           interfacesawsses.IReceiptRuleRef `field:"optional" json:"after" yaml:"after"`
	Enabled         *bool                            `field:"optional" json:"enabled" yaml:"enabled"`
	ReceiptRuleName *string                          `field:"optional" json:"receiptRuleName" yaml:"receiptRuleName"`
	Recipients      *[]*string                       `field:"optional" json:"recipients" yaml:"recipients"`
	ScanEnabled     *bool                            `field:"optional" json:"scanEnabled" yaml:"scanEnabled"`
	TlsPolicy       TlsPolicy                        `field:"optional" json:"tlsPolicy" yaml:"tlsPolicy"`
	// The rule set the rule joins.
	RuleSet interfacesawsses.IReceiptRuleSetRef `field:"required" json:"ruleSet" yaml:"ruleSet"`
}

// DropSpamReceiptRule is a receipt rule whose Lambda function stops the rule
// set for messages with a spam indicator. As in aws-cdk-lib, only RuleSet
// of its props is used.
type DropSpamReceiptRule interface {
	constructs.Construct
	// The rule.
	Rule() ReceiptRule
}

type dropSpamReceiptRule struct {
	constructs.Construct
	rule ReceiptRule
}

func (d *dropSpamReceiptRule) Rule() ReceiptRule { return d.rule }

// DropSpamReceiptRule_PROPERTY_INJECTION_ID is the id property injectors use for DropSpamReceiptRule.
func DropSpamReceiptRule_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ses.DropSpamReceiptRule")
}

// actionFunc adapts a func to IReceiptRuleAction.
type actionFunc func(interfacesawsses.IReceiptRuleRef) *ReceiptRuleActionConfig

func (f actionFunc) Bind(r interfacesawsses.IReceiptRuleRef) *ReceiptRuleActionConfig { return f(r) }

// NewDropSpamReceiptRule creates the drop-spam rule and its function.
func NewDropSpamReceiptRule(scope constructs.Construct, id *string, props *DropSpamReceiptRuleProps) DropSpamReceiptRule {
	props = l2.Inject(*DropSpamReceiptRule_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.RuleSet == nil {
		l2.RequireProps(scope, id, "DropSpamReceiptRuleProps", "RuleSet")
	}
	d := &dropSpamReceiptRule{Construct: constructs.NewConstruct(scope, id)}
	host.Set(d.Construct, d)
	dir, err := handlers.Stage(dropSpamCode, "dropspamhandler")
	if err != nil {
		l2.Throw(d, "writing the code of the drop-spam handler: %v", err)
	}
	runtimeName := awscdk.Stack_Of(d).RegionalFact(jsii.String("LATEST_NODE_RUNTIME"), jsii.String("nodejs24.x"))
	fn := awslambda.NewSingletonFunction(d, jsii.String("Function"), &awslambda.SingletonFunctionProps{
		Uuid:    jsii.String(dropSpamUUID),
		Code:    awslambda.Code_FromAsset(jsii.String(dir), nil),
		Handler: jsii.String("index.handler"),
		Runtime: awslambda.NewRuntime(runtimeName, awslambda.RuntimeFamily_NODEJS, &awslambda.LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), IsVariable: jsii.Bool(true)}),
	})
	fn.AddMetadata(jsii.String("aws:cdk:is-custom-resource-handler-singleton"), true, nil)
	fn.AddMetadata(jsii.String("aws:cdk:is-custom-resource-handler-runtime-family"), 0, nil)
	fn.AddPermission(jsii.String("AllowSes"), &awslambda.Permission{
		Action:        jsii.String("lambda:InvokeFunction"),
		Principal:     awsiam.NewServicePrincipal(jsii.String("ses.amazonaws.com"), nil),
		SourceAccount: awscdk.Aws_ACCOUNT_ID(),
	})
	arn := fn.FunctionArn()
	d.rule = NewReceiptRule(d, jsii.String("Rule"), &ReceiptRuleProps{
		Actions: &[]IReceiptRuleAction{actionFunc(func(interfacesawsses.IReceiptRuleRef) *ReceiptRuleActionConfig {
			return &ReceiptRuleActionConfig{LambdaAction: &LambdaActionConfig{FunctionArn: arn, InvocationType: jsii.String("RequestResponse")}}
		})},
		ScanEnabled: jsii.Bool(true),
		RuleSet:     props.RuleSet,
	})
	return d
}
