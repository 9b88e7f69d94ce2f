package awscdk

import (
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/tokens"
)

// Pseudo parameters are constants in aws-cdk-lib (Aws.REGION is one
// string), which matters when policies compare or merge values: each is a
// shared constant token (app_state.go), the same string in every App.
func pseudo(name string) *string {
	s := tokens.StringKey(tokens.Const(pseudoConst(name)), strings.Replace(name, "::", ".", 1))
	return &s
}

func pseudoList(name string) *[]*string {
	s := tokens.ListKey(tokens.Const(pseudoConst(name)), strings.Replace(name, "::", ".", 1))
	return &[]*string{&s}
}

func pseudoConst(name string) int {
	switch name {
	case "AWS::AccountId":
		return constAccountID
	case "AWS::NotificationARNs":
		return constNotificationARNs
	case "AWS::NoValue":
		return constNoValue
	case "AWS::Partition":
		return constPartition
	case "AWS::Region":
		return constRegion
	case "AWS::StackId":
		return constStackID
	case "AWS::StackName":
		return constStackName
	}
	return constURLSuffix
}

// Aws_ACCOUNT_ID is the AWS::AccountId pseudo parameter.
func Aws_ACCOUNT_ID() *string { return pseudo("AWS::AccountId") }

// Aws_NOTIFICATION_ARNS is the AWS::NotificationARNs pseudo parameter.
func Aws_NOTIFICATION_ARNS() *[]*string { return pseudoList("AWS::NotificationARNs") }

// Aws_NO_VALUE is the AWS::NoValue pseudo parameter.
func Aws_NO_VALUE() *string { return pseudo("AWS::NoValue") }

// Aws_PARTITION is the AWS::Partition pseudo parameter.
func Aws_PARTITION() *string { return pseudo("AWS::Partition") }

// Aws_REGION is the AWS::Region pseudo parameter.
func Aws_REGION() *string { return pseudo("AWS::Region") }

// Aws_STACK_ID is the AWS::StackId pseudo parameter.
func Aws_STACK_ID() *string { return pseudo("AWS::StackId") }

// Aws_STACK_NAME is the AWS::StackName pseudo parameter.
func Aws_STACK_NAME() *string { return pseudo("AWS::StackName") }

// Aws_URL_SUFFIX is the AWS::URLSuffix pseudo parameter.
func Aws_URL_SUFFIX() *string { return pseudo("AWS::URLSuffix") }

// ScopedAws gives pseudo parameters that stay bound to one stack when
// referenced from another.
type ScopedAws interface {
	AccountId() *string
	NotificationArns() *[]*string
	Partition() *string
	Region() *string
	StackId() *string
	StackName() *string
	UrlSuffix() *string
}

type scopedAws struct{ scope constructs.Construct }

// NewScopedAws returns the pseudo parameters of scope's stack.
func NewScopedAws(scope constructs.Construct) ScopedAws { return &scopedAws{scope: scope} }

func (s *scopedAws) ref(name string) *string {
	return Token_AsString(&scopedPseudo{scope: s.scope, name: name}, &EncodingOptions{DisplayHint: str(strings.Replace(name, "::", ".", 1))})
}

// scopedPseudo is a pseudo parameter tied to the stack of scope; from
// another stack it is a cross-stack reference.
type scopedPseudo struct {
	scope constructs.Construct
	name  string
}

func (p *scopedPseudo) Resolve(ctx IResolveContext) interface{} { return obj("Ref", p.name) }
func (p *scopedPseudo) tokenScope() constructs.IConstruct       { return p.scope }

func (s *scopedAws) AccountId() *string { return s.ref("AWS::AccountId") }
func (s *scopedAws) Partition() *string { return s.ref("AWS::Partition") }
func (s *scopedAws) Region() *string    { return s.ref("AWS::Region") }
func (s *scopedAws) StackId() *string   { return s.ref("AWS::StackId") }
func (s *scopedAws) StackName() *string { return s.ref("AWS::StackName") }
func (s *scopedAws) UrlSuffix() *string { return s.ref("AWS::URLSuffix") }
func (s *scopedAws) NotificationArns() *[]*string {
	return Token_AsList(&scopedPseudo{scope: s.scope, name: "AWS::NotificationARNs"}, nil)
}
