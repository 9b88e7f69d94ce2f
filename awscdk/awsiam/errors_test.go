package awsiam_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/jsii"
)

// synthError builds a stack with build and returns the error App.Synth panics with.
func synthError(t *testing.T, build func(s awscdk.Stack)) string {
	t.Helper()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(t.TempDir(), "out"))})
	build(awscdk.NewStack(app, jsii.String("S"), nil))
	var msg string
	func() {
		defer func() {
			if r := recover(); r != nil {
				err, ok := r.(error)
				if !ok {
					t.Fatalf("panic with %v", r)
				}
				msg = err.Error()
			}
		}()
		app.Synth(nil)
	}()
	return msg
}

func TestRoleMistakes(t *testing.T) {
	svc := awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)
	cases := []struct {
		name  string
		props *awsiam.RoleProps
		want  string
	}{
		{"name too long", &awsiam.RoleProps{AssumedBy: svc, RoleName: jsii.String(strings.Repeat("r", 65))}, "Invalid roleName"},
		{"session too short", &awsiam.RoleProps{AssumedBy: svc, MaxSessionDuration: awscdk.Duration_Minutes(jsii.Number(30))}, "maxSessionDuration is set to 1800"},
		{"bad path", &awsiam.RoleProps{AssumedBy: svc, Path: jsii.String("no-slashes")}, "Role path must be either a slash"},
		{"long description", &awsiam.RoleProps{AssumedBy: svc, Description: jsii.String(strings.Repeat("d", 1001))}, "Role description must be no longer than 1000 characters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			msg := synthError(t, func(s awscdk.Stack) { awsiam.NewRole(s, jsii.String("MyRole"), c.props) })
			if !strings.Contains(msg, "[S/MyRole]") || !strings.Contains(msg, c.want) {
				t.Fatalf("error %q should name S/MyRole and say %q", msg, c.want)
			}
		})
	}
}

func TestValidRoleSynthesizes(t *testing.T) {
	msg := synthError(t, func(s awscdk.Stack) {
		awsiam.NewRole(s, jsii.String("MyRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
	})
	if msg != "" {
		t.Fatalf("unexpected error: %s", msg)
	}
}
