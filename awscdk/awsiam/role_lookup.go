package awsiam

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// RoleLookupOptions say which role Role_FromLookup finds, and how the
// imported role behaves (as FromRoleArnOptions).
type RoleLookupOptions struct {
	AddGrantsToResources *bool   `field:"optional" json:"addGrantsToResources" yaml:"addGrantsToResources"`
	DefaultPolicyName    *string `field:"optional" json:"defaultPolicyName" yaml:"defaultPolicyName"`
	Mutable              *bool   `field:"optional" json:"mutable" yaml:"mutable"`
	// The name of the role to find.
	RoleName *string `field:"required" json:"roleName" yaml:"roleName"`
}

// Role_FromLookup imports the role named RoleName, whose ARN the CDK CLI's
// Cloud Control context provider finds at synth time (cached in
// cdk.context.json). Until the context holds it, the lookup is recorded as
// missing and a dummy role ARN (account 123456789012, role DUMMY_ARN)
// stands in. The stack needs a concrete account and region.
func Role_FromLookup(scope constructs.Construct, id *string, options *RoleLookupOptions) IRole {
	if options == nil {
		options = &RoleLookupOptions{}
	}
	if u := awscdk.Token_IsUnresolved(options.RoleName); u != nil && *u {
		diag.Panic(*scope.Node().Path(), "All arguments to look up a role must be concrete (no Tokens)")
	}
	query := ojson.New()
	query.Set("typeName", "AWS::IAM::Role")
	if options.RoleName != nil {
		query.Set("exactIdentifier", *options.RoleName)
	}
	query.Set("propertiesToReturn", []interface{}{"Arn"})
	dummy := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: str("iam"), Account: str("123456789012"),
		Resource: str("role"), ResourceName: str("DUMMY_ARN")})
	v := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{
		Provider:   str("cc-api-provider"),
		Props:      l2.OrderedContextProps(query),
		DummyValue: []interface{}{map[string]interface{}{"Arn": *dummy}},
	}).Value
	var arn string
	if list, ok := v.([]interface{}); ok && len(list) > 0 {
		if m, ok := list[0].(map[string]interface{}); ok {
			arn, _ = m["Arn"].(string)
		}
	}
	if arn == "" {
		diag.Panic(*scope.Node().Path(), "Unexpected response received from the context provider: %v. Please clear out the context key using `cdk context --remove` and try again.", v)
	}
	return roleFromArn(scope, id, &arn, &FromRoleArnOptions{AddGrantsToResources: options.AddGrantsToResources,
		DefaultPolicyName: options.DefaultPolicyName, Mutable: options.Mutable}, options.RoleName)
}
