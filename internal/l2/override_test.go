package l2_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// User "subclasses", as aws-cdk-go programs write them.
type (
	myQueue    struct{ awssqs.Queue }
	myTopic    struct{ awssns.Topic }
	myBucket   struct{ awss3.Bucket }
	myLogGroup struct{ awslogs.LogGroup }
	myRole     struct{ awsiam.Role }
	myKey      struct{ awskms.Key }
)

func synth(t *testing.T, build func(st awscdk.Stack) constructs.IConstruct) (string, constructs.IConstruct, awscdk.Stack) {
	t.Helper()
	ctx := cdkctx.InitContext()
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(out)})
	st := awscdk.NewStack(app, jsii.String("S"), nil)
	c := build(st)
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(out, "S.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b), c, st
}

// TestOverride checks that each New*_Override makes the same template as
// the plain constructor and that the tree hands out the user's value.
func TestOverride(t *testing.T) {
	s := jsii.String
	role := func(st awscdk.Stack) *awsiam.RoleProps {
		return &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("lambda.amazonaws.com"), nil)}
	}
	cases := map[string]struct {
		plain, override func(st awscdk.Stack) constructs.IConstruct
	}{
		"Queue": {
			func(st awscdk.Stack) constructs.IConstruct { return awssqs.NewQueue(st, s("X"), nil) },
			func(st awscdk.Stack) constructs.IConstruct {
				q := &myQueue{}
				awssqs.NewQueue_Override(q, st, s("X"), nil)
				return q
			}},
		"Topic": {
			func(st awscdk.Stack) constructs.IConstruct { return awssns.NewTopic(st, s("X"), nil) },
			func(st awscdk.Stack) constructs.IConstruct {
				x := &myTopic{}
				awssns.NewTopic_Override(x, st, s("X"), nil)
				return x
			}},
		"Bucket": {
			func(st awscdk.Stack) constructs.IConstruct { return awss3.NewBucket(st, s("X"), nil) },
			func(st awscdk.Stack) constructs.IConstruct {
				x := &myBucket{}
				awss3.NewBucket_Override(x, st, s("X"), nil)
				return x
			}},
		"LogGroup": {
			func(st awscdk.Stack) constructs.IConstruct { return awslogs.NewLogGroup(st, s("X"), nil) },
			func(st awscdk.Stack) constructs.IConstruct {
				x := &myLogGroup{}
				awslogs.NewLogGroup_Override(x, st, s("X"), nil)
				return x
			}},
		"Role": {
			func(st awscdk.Stack) constructs.IConstruct { return awsiam.NewRole(st, s("X"), role(st)) },
			func(st awscdk.Stack) constructs.IConstruct {
				x := &myRole{}
				awsiam.NewRole_Override(x, st, s("X"), role(st))
				return x
			}},
		"Key": {
			func(st awscdk.Stack) constructs.IConstruct { return awskms.NewKey(st, s("X"), nil) },
			func(st awscdk.Stack) constructs.IConstruct {
				x := &myKey{}
				awskms.NewKey_Override(x, st, s("X"), nil)
				return x
			}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			want, _, _ := synth(t, c.plain)
			got, outer, st := synth(t, c.override)
			if got != want {
				t.Errorf("template of the override differs:\n%s\nwant:\n%s", got, want)
			}
			if child := st.Node().FindChild(s("X")); child != outer {
				t.Errorf("the tree hands out %T, want the user's %T", child, outer)
			}
		})
	}
}

// TestOverrideMistakes: an outer value that is not a pointer to a struct
// embedding the interface is a clear user error.
func TestOverrideMistakes(t *testing.T) {
	for name, f := range map[string]func(){
		"nil pointer": func() {
			var q *myQueue
			awssqs.NewQueue_Override(q, awscdk.NewStack(nil, jsii.String("S"), nil), jsii.String("X"), nil)
		},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				r := recover()
				e, ok := r.(error)
				if !ok || !diag.IsUserError(e) || !strings.Contains(e.Error(), "must be a non-nil pointer to a struct that embeds awssqs.Queue") {
					t.Errorf("got %v, want a user error about the outer value", r)
				}
			}()
			f()
		})
	}
}
