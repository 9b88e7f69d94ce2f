package awsiam

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// GrantOnKeyResult is the result of IEncryptedResource.GrantOnKey.
type GrantOnKeyResult struct {
	Grant Grant `field:"optional" json:"grant" yaml:"grant"`
}

// IEncryptedResource is a resource encrypted with a key that grants can reach.
type IEncryptedResource interface {
	interfaces.IEnvironmentAware
	GrantOnKey(grantee IGrantable, actions ...*string) *GrantOnKeyResult
}

// UnknownPrincipalProps are the props of NewUnknownPrincipal.
type UnknownPrincipalProps struct {
	Resource constructs.IConstruct `field:"required" json:"resource" yaml:"resource"`
}

// UnknownPrincipal stands for the identity of a resource imported without
// its role: statements added to it become warnings asking the user to add
// them to the role themselves.
type UnknownPrincipal interface {
	IPrincipal
	AddToPolicy(statement PolicyStatement) *bool
}

type unknownPrincipal struct{ resource constructs.IConstruct }

// NewUnknownPrincipal creates the principal of an imported resource whose role is unknown.
func NewUnknownPrincipal(props *UnknownPrincipalProps) UnknownPrincipal {
	if props == nil {
		l2.RequireProps(nil, nil, "UnknownPrincipal", "Resource")
	}
	return &unknownPrincipal{resource: props.Resource}
}

func (u *unknownPrincipal) GrantPrincipal() IPrincipal { return u }
func (u *unknownPrincipal) AssumeRoleAction() *string  { return jsii.String("sts:AssumeRole") }
func (u *unknownPrincipal) PrincipalAccount() *string  { return nil }
func (u *unknownPrincipal) ToString() *string          { return jsii.String("UnknownPrincipal") }

func (u *unknownPrincipal) PolicyFragment() PrincipalPolicyFragment {
	diag.Panic(*u.resource.Node().Path(), "cannot get policy fragment of %s, resource imported without a role", *u.resource.Node().Path())
	return nil
}

func (u *unknownPrincipal) AddToPrincipalPolicy(statement PolicyStatement) *AddToPrincipalPolicyResult {
	repr := awscdk.Stack_Of(u.resource).ToJsonString(statement.ToStatementJson(), nil)
	awscdk.Annotations_Of(u.resource).AddWarningV2(jsii.String("@aws-cdk/aws-iam:unknownPrincipalAddStatementToRole"),
		jsii.String("Add statement to this resource's role: "+*repr))
	return &AddToPrincipalPolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: constructs.NewDependencyGroup()}
}

// StrataWrapped returns the principal a condition wrapper stands for.
func (a *principalAdapter) StrataWrapped() IPrincipal { return a.wrapped }
