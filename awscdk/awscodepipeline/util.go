package awscodepipeline

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

var (
	identifierRe = regexp.MustCompile(`^[a-zA-Z0-9.@_-]{1,100}$`)
	namespaceRe  = regexp.MustCompile(`^[A-Za-z0-9@_-]{1,100}$`)
	variableRe   = regexp.MustCompile(`^[A-Za-z0-9@\-_]{1,128}$`)
)

func regexText(re *regexp.Regexp) string {
	switch re {
	case identifierRe:
		return "/^[a-zA-Z0-9.@_-]{1,100}$/"
	case namespaceRe:
		return "/^[A-Za-z0-9@_-]{1,100}$/"
	case variableRe:
		return "/^[A-Za-z0-9@\\-_]{1,128}$/"
	case artifactNameRe:
		return "/^[a-zA-Z0-9_-]{1,100}$/"
	}
	return "/" + re.String() + "/"
}

// validateName stops when a concrete name does not match re; scope is
// where the mistake is reported (nil: nowhere in the tree).
func validateName(scope constructs.IConstruct, re *regexp.Regexp, thing string, name *string) {
	if name == nil || *awscdk.Token_IsUnresolved(*name) || re.MatchString(*name) {
		return
	}
	path := ""
	if scope != nil {
		path = *scope.Node().Path()
	}
	diag.Panic(path, "%s name must match regular expression: %s, got '%s'", thing, regexText(re), *name)
}

func override[T any](outer T, v T) { l2.Override(outer, v) }

type stringProducer func() *string

func (f stringProducer) Produce(awscdk.IResolveContext) *string { return f() }

type anyProducer func() interface{}

func (f anyProducer) Produce(awscdk.IResolveContext) interface{} { return f() }
