package customresources

import (
	"strings"

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

// awsSdkToIamAction is the IAM action of an SDK call, the way aws-cdk-lib
// maps service and action names: the service (v3 package, v3 client name
// or v2 constructor name) to its v3 client and that client's IAM prefix;
// the action (getObject, GetObject or GetObjectCommand) to PascalCase
// without the Command suffix, unless the API's own name ends in Command.
func awsSdkToIamAction(service, action string) string {
	v3 := strings.TrimPrefix(strings.ToLower(service), "@aws-sdk/client-")
	if m, ok := sdkV2ToV3[v3]; ok {
		v3 = m
	}
	prefix := v3
	if p, ok := sdkV3IamPrefix[v3]; ok {
		prefix = p
	}
	return prefix + ":" + iamActionName(v3, action)
}

func iamActionName(v3, action string) string {
	if action == "" {
		return action
	}
	first := action[:1]
	if strings.ToLower(first) == first {
		return strings.ToUpper(first) + action[1:]
	}
	for _, c := range sdkV3CommandsEndingInCommand[v3] {
		if c == action {
			return action
		}
	}
	return strings.TrimSuffix(action, "Command")
}
