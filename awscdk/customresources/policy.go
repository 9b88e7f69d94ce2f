package customresources

import (
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// SdkCallsPolicyOptions are the options of AwsCustomResourcePolicy_FromSdkCalls.
type SdkCallsPolicyOptions struct {
	// The resources that the calls will have access to (all the calls).
	// AwsCustomResourcePolicy_ANY_RESOURCE allows all.
	Resources *[]*string `field:"required" json:"resources" yaml:"resources"`
}

// AwsCustomResourcePolicy is the IAM policy of an AwsCustomResource's
// function: given statements, or one statement per SDK call.
type AwsCustomResourcePolicy interface {
	// The resources the SDK calls may reach (FromSdkCalls).
	Resources() *[]*string
	// The statements of the policy (FromStatements).
	Statements() *[]awsiam.PolicyStatement
}

type customResourcePolicy struct {
	statements []awsiam.PolicyStatement
	resources  *[]*string
}

func (p *customResourcePolicy) Resources() *[]*string { return p.resources }
func (p *customResourcePolicy) Statements() *[]awsiam.PolicyStatement {
	out := append([]awsiam.PolicyStatement{}, p.statements...)
	return &out
}

// AwsCustomResourcePolicy_ANY_RESOURCE is ["*"], every resource.
func AwsCustomResourcePolicy_ANY_RESOURCE() *[]*string { return &[]*string{jsii.String("*")} }

// AwsCustomResourcePolicy_FromSdkCalls derives the policy from the SDK
// calls: one statement per call, allowing its IAM action on resources.
func AwsCustomResourcePolicy_FromSdkCalls(options *SdkCallsPolicyOptions) AwsCustomResourcePolicy {
	if options == nil {
		l2.RequireArg(nil, "AwsCustomResourcePolicy_FromSdkCalls", "options (Resources is required)")
	}
	return &customResourcePolicy{resources: options.Resources}
}

// AwsCustomResourcePolicy_FromStatements is a policy of the given statements.
func AwsCustomResourcePolicy_FromStatements(statements *[]awsiam.PolicyStatement) AwsCustomResourcePolicy {
	p := &customResourcePolicy{}
	if statements != nil {
		for _, s := range *statements {
			if s != nil {
				p.statements = append(p.statements, s)
			}
		}
	}
	return p
}
