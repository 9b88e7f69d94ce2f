package awscdk

import (
	"path"
	"reflect"
	"unicode"
	"unicode/utf8"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/jsiifqn"
)

// l2Fqn names the jsii class of a construct that is not one of the core
// types fqnOf knows, from its Go type: Strata's L2 for aws-cdk-lib's
// aws_sqs.Queue is the type queue of package awssqs. Other constructs, a
// program's own included, are constructs.Construct, as aws-cdk-lib reports
// a JavaScript class without jsii type information.
func l2Fqn(c constructs.IConstruct) string {
	t := reflect.TypeOf(c)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Name() == "" {
		return "constructs.Construct"
	}
	r, n := utf8.DecodeRuneInString(t.Name())
	name := string(unicode.ToUpper(r)) + t.Name()[n:]
	sub, ok := jsiifqn.Submodule(path.Base(t.PkgPath()), name)
	switch {
	case !ok:
		return "constructs.Construct"
	case sub == "":
		return "aws-cdk-lib." + name
	}
	return "aws-cdk-lib." + sub + "." + name
}
