package l2

import (
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

// RequireProps stops with a clear mistake when a constructor whose props
// aws-cdk-lib requires gets nil, before anything is added to the tree. The
// path is the one the construct would have had. (aws-cdk-lib fails the same
// way, with a JavaScript TypeError about reading a property of undefined.)
func RequireProps(scope constructs.IConstruct, id *string, typ string, required ...string) {
	path := ""
	if scope != nil {
		path = *scope.Node().Path()
	}
	if id != nil {
		if path != "" {
			path += "/"
		}
		path += *id
	}
	msg := typ + " needs props"
	if len(required) > 0 {
		msg += " (" + strings.Join(required, ", ") + " are required)"
		if len(required) == 1 {
			msg = typ + " needs props (" + required[0] + " is required)"
		}
	}
	diag.Panic(path, "%s", msg+"; got nil")
}

// RequireArg stops with a clear mistake when a function whose argument
// aws-cdk-lib requires gets nil; path is where the mistake is reported.
func RequireArg(c constructs.IConstruct, function, arg string) {
	path := ""
	if c != nil {
		path = *c.Node().Path()
	}
	diag.Panic(path, "%s needs %s; got nil", function, arg)
}
