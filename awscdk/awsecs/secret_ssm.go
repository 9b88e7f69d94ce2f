package awsecs

import (
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsssm"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// ssmSecret is an SSM parameter given to a container as a secret; like
// aws-cdk-lib it says nothing about fields (HasField is nil).
type ssmSecret struct{ parameter awsssm.IParameter }

func (s *ssmSecret) Arn() *string    { return s.parameter.ParameterArn() }
func (s *ssmSecret) HasField() *bool { return nil }
func (s *ssmSecret) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	return s.parameter.GrantRead(grantee)
}

// Secret_FromSsmParameter is an SSM parameter (String or SecureString)
// given to a container as a secret; the task's execution role may read it.
func Secret_FromSsmParameter(parameter awsssm.IParameter) Secret {
	requireParameter(parameter, "Secret_FromSsmParameter")
	return &ssmSecret{parameter: parameter}
}

// CredentialSpec_ArnForSsmParameter is the ARN of a credential spec kept
// in an SSM parameter.
func CredentialSpec_ArnForSsmParameter(parameter awsssm.IParameter) *string {
	requireParameter(parameter, "CredentialSpec_ArnForSsmParameter")
	return parameter.ParameterArn()
}

// DomainJoinedCredentialSpec_ArnForSsmParameter is CredentialSpec_ArnForSsmParameter.
func DomainJoinedCredentialSpec_ArnForSsmParameter(parameter awsssm.IParameter) *string {
	return CredentialSpec_ArnForSsmParameter(parameter)
}

// DomainJoinedCredentialSpec_FromSsmParameter is the domain-joined credential spec in an SSM parameter.
func DomainJoinedCredentialSpec_FromSsmParameter(parameter awsssm.IParameter) DomainJoinedCredentialSpec {
	return NewDomainJoinedCredentialSpec(CredentialSpec_ArnForSsmParameter(parameter))
}

// DomainlessCredentialSpec_ArnForSsmParameter is CredentialSpec_ArnForSsmParameter.
func DomainlessCredentialSpec_ArnForSsmParameter(parameter awsssm.IParameter) *string {
	return CredentialSpec_ArnForSsmParameter(parameter)
}

// DomainlessCredentialSpec_FromSsmParameter is the domainless credential spec in an SSM parameter.
func DomainlessCredentialSpec_FromSsmParameter(parameter awsssm.IParameter) DomainlessCredentialSpec {
	return NewDomainlessCredentialSpec(CredentialSpec_ArnForSsmParameter(parameter))
}

// requireParameter turns a nil parameter into a user error rather than a
// nil dereference later.
func requireParameter(parameter awsssm.IParameter, function string) {
	if parameter == nil {
		panic(&diag.UserError{Err: diag.Errorf("", "%s needs a parameter", function)})
	}
}

// abstractSecret is what a Go subclass of Secret inherits: no field, and
// an Arn and GrantRead it must define itself.
type abstractSecret struct{}

func (abstractSecret) Arn() *string    { return mustDefine("Arn") }
func (abstractSecret) HasField() *bool { return nil }
func (abstractSecret) GrantRead(awsiam.IGrantable) awsiam.Grant {
	mustDefine("GrantRead")
	return nil
}

func mustDefine(method string) *string {
	panic(&diag.UserError{Err: diag.Errorf("", "a Secret subclass must define %s", method)})
}

// NewSecret_Override initialises outer, a type embedding Secret that
// defines Arn and GrantRead (how Go programs write secrets of their own).
func NewSecret_Override(outer Secret) { l2.Override(outer, Secret(abstractSecret{})) }
