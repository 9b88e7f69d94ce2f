package awscdk

import (
	"strings"

	"github.com/strata-cdk/strata/constructs"
)

// permissionsBoundaryContext is the context key a PermissionsBoundary sets
// on its stage or stack, and that `cdk synth -c` can set for a whole app.
const permissionsBoundaryContext = "@aws-cdk/core:permissionsBoundary"

// PermissionsBoundary is a managed policy, by name or ARN, applied as the
// permissions boundary of every IAM role and user below the Stage or Stack
// whose props name it.
type PermissionsBoundary interface {
	bindBoundary(scope constructs.IConstruct)
}

// PermissionsBoundaryBindOptions are reserved for future options.
type PermissionsBoundaryBindOptions struct{}

type permissionsBoundary struct{ name, arn *string }

// PermissionsBoundary_FromName names the boundary policy; its ARN is made in
// each stack's account, and the name may hold the `${Qualifier}` placeholder.
func PermissionsBoundary_FromName(name *string) PermissionsBoundary {
	return &permissionsBoundary{name: name}
}

// PermissionsBoundary_FromArn gives the boundary policy's ARN, which may hold
// the `${Qualifier}`, `${AWS::AccountId}`, `${AWS::Region}` and
// `${AWS::Partition}` placeholders.
func PermissionsBoundary_FromArn(arn *string) PermissionsBoundary {
	return &permissionsBoundary{arn: arn}
}

func (p *permissionsBoundary) bindBoundary(scope constructs.IConstruct) {
	v := map[string]interface{}{}
	if p.name != nil {
		v["name"] = *p.name
	}
	if p.arn != nil {
		v["arn"] = *p.arn
	}
	scope.Node().SetContext(str(permissionsBoundaryContext), v)
}

// bindPermissionsBoundary sets the boundary of props on scope, if any.
func bindPermissionsBoundary(scope constructs.IConstruct, b PermissionsBoundary) {
	if b != nil && !isNilValue(b) {
		b.bindBoundary(scope)
	}
}

// permissionsBoundaryArn is the boundary ARN the context in force at s asks
// for, with the placeholders the stack can fill filled in; "" when none.
func (s *stack) permissionsBoundaryArn() *string {
	var name, arn string
	switch c := s.Node().TryGetContext(str(permissionsBoundaryContext)).(type) {
	case map[string]interface{}:
		name, _ = c["name"].(string)
		arn, _ = c["arn"].(string)
	case *map[string]interface{}:
		if c != nil {
			name, _ = (*c)["name"].(string)
			arn, _ = (*c)["arn"].(string)
		}
	}
	if arn == "" && name != "" {
		arn = *s.FormatArn(&ArnComponents{Service: str("iam"), Resource: str("policy"), Region: str(""), ResourceName: str(name)})
	}
	if arn == "" {
		return nil
	}
	qualifier := defaultQualifier
	if q := s.synthesizer.BootstrapQualifier(); q != nil {
		qualifier = *q
	} else if v, ok := s.Node().TryGetContext(str("@aws-cdk/core:bootstrapQualifier")).(string); ok {
		qualifier = v
	}
	arn = strings.ReplaceAll(arn, "${Qualifier}", qualifier)
	if !isUnresolved(s.region) {
		arn = strings.ReplaceAll(arn, "${AWS::Region}", s.region)
	}
	if !isUnresolved(s.account) {
		arn = strings.ReplaceAll(arn, "${AWS::AccountId}", s.account)
	}
	for _, p := range []string{"${Qualifier}", "${AWS::AccountId}", "${AWS::Region}", "${AWS::Partition}"} {
		if strings.Contains(arn, p) {
			panicf(*s.Node().Path(), "The permissions boundary %s includes a pseudo parameter, which is not supported for environment agnostic stacks", arn)
		}
	}
	return &arn
}

// addPermissionsBoundaryAspect applies the boundary in force to the roles
// and users of the stack, as an aspect (mutating priority under the
// aspectPrioritiesMutating flag, the default priority otherwise).
func (s *stack) addPermissionsBoundaryAspect() {
	arn := s.permissionsBoundaryArn()
	if arn == nil {
		return
	}
	var opts *AspectOptions
	if v, ok := s.Node().TryGetContext(str("@aws-cdk/core:aspectPrioritiesMutating")).(bool); ok && v {
		opts = &AspectOptions{Priority: AspectPriority_MUTATING()}
	}
	Aspects_Of(s).Add(&boundaryAspect{arn: *arn}, opts)
}

type boundaryAspect struct{ arn string }

func (b *boundaryAspect) Visit(node constructs.IConstruct) {
	r, ok := node.(CfnResource)
	if !ok {
		return
	}
	if t := *r.CfnResourceType(); t == "AWS::IAM::Role" || t == "AWS::IAM::User" {
		r.AddPropertyOverride(str("PermissionsBoundary"), b.arn)
	}
}
