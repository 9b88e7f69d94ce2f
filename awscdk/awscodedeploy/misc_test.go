package awscodedeploy_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodedeploy"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// TestParallelApps builds the golden cases in parallel Apps: they share nothing.
func TestParallelApps(t *testing.T) {
	all := map[string]func(st awscdk.Stack){}
	for _, m := range []map[string]func(st awscdk.Stack){lambdaCases, serverCases} {
		for k, v := range m {
			all[k] = v
		}
	}
	golden.CheckParallelApps(t, all)
}

// TestNilProps: nil props and arguments behave as aws-cdk-lib's undefined,
// or fail with a user error naming the construct, never a Go panic trace.
func TestNilProps(t *testing.T) {
	ok := map[string]func(st awscdk.Stack){
		"LambdaApplication":      func(st awscdk.Stack) { awscodedeploy.NewLambdaApplication(st, s("X"), nil) },
		"ServerApplication":      func(st awscdk.Stack) { awscodedeploy.NewServerApplication(st, s("X"), nil) },
		"EcsApplication":         func(st awscdk.Stack) { awscodedeploy.NewEcsApplication(st, s("X"), nil) },
		"LambdaDeploymentConfig": func(st awscdk.Stack) { awscodedeploy.NewLambdaDeploymentConfig(st, s("X"), nil) },
		"EcsDeploymentConfig":    func(st awscdk.Stack) { awscodedeploy.NewEcsDeploymentConfig(st, s("X"), nil) },
		"ServerDeploymentGroup":  func(st awscdk.Stack) { awscodedeploy.NewServerDeploymentGroup(st, s("X"), nil) },
	}
	for name, build := range ok {
		t.Run(name, func(t *testing.T) {
			if err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, s("S"), nil)) }); err != nil {
				t.Fatalf("nil props failed: %v", err)
			}
		})
	}
	fail := map[string]func(st awscdk.Stack){
		"LambdaDeploymentGroup":  func(st awscdk.Stack) { awscodedeploy.NewLambdaDeploymentGroup(st, s("X"), nil) },
		"EcsDeploymentGroup":     func(st awscdk.Stack) { awscodedeploy.NewEcsDeploymentGroup(st, s("X"), nil) },
		"ServerDeploymentConfig": func(st awscdk.Stack) { awscodedeploy.NewServerDeploymentConfig(st, s("X"), nil) },
		"LambdaImport": func(st awscdk.Stack) {
			awscodedeploy.LambdaDeploymentGroup_FromLambdaDeploymentGroupAttributes(st, s("X"), nil)
		},
		"EcsImport": func(st awscdk.Stack) {
			awscodedeploy.EcsDeploymentGroup_FromEcsDeploymentGroupAttributes(st, s("X"), nil)
		},
		"ServerImport": func(st awscdk.Stack) {
			awscodedeploy.ServerDeploymentGroup_FromServerDeploymentGroupAttributes(st, s("X"), nil)
		},
		"ConfigByName": func(st awscdk.Stack) { awscodedeploy.BaseDeploymentConfig_FromDeploymentConfigName(st, s("X"), nil) },
		"AppByArn":     func(st awscdk.Stack) { awscodedeploy.LambdaApplication_FromLambdaApplicationArn(st, s("X"), nil) },
		"Canary":       func(st awscdk.Stack) { awscodedeploy.NewTimeBasedCanaryTrafficRouting(nil) },
		"PerZone":      func(st awscdk.Stack) { awscodedeploy.MinimumHealthyHostsPerZone_Count(nil) },
		"Detached": func(st awscdk.Stack) {
			awscodedeploy.LambdaDeploymentConfig_ALL_AT_ONCE().Node()
		},
	}
	for name, build := range fail {
		t.Run(name, func(t *testing.T) {
			if err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, s("S"), nil)) }); err == nil {
				t.Fatal("want a user error")
			}
		})
	}
}

type myLambdaGroup struct {
	awscodedeploy.LambdaDeploymentGroup
}

type myServerGroup struct {
	awscodedeploy.ServerDeploymentGroup
}

type myConfig struct {
	awscodedeploy.LambdaDeploymentConfig
}

func synthOne(t *testing.T, build func(st awscdk.Stack) constructs.IConstruct) (string, constructs.IConstruct, awscdk.Stack) {
	t.Helper()
	ctx := cdkctx.InitContext()
	dir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(dir)})
	st := awscdk.NewStack(app, s("S"), nil)
	c := build(st)
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(dir, "S.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b), c, st
}

// TestOverride: each New*_Override makes the template the plain constructor
// makes, and the tree hands out the user's value.
func TestOverride(t *testing.T) {
	cases := map[string]struct {
		plain, override func(st awscdk.Stack) constructs.IConstruct
	}{
		"LambdaDeploymentGroup": {
			func(st awscdk.Stack) constructs.IConstruct {
				return awscodedeploy.NewLambdaDeploymentGroup(st, s("X"), &awscodedeploy.LambdaDeploymentGroupProps{Alias: alias(st, fn(st, "Fn"))})
			},
			func(st awscdk.Stack) constructs.IConstruct {
				g := &myLambdaGroup{}
				awscodedeploy.NewLambdaDeploymentGroup_Override(g, st, s("X"), &awscodedeploy.LambdaDeploymentGroupProps{Alias: alias(st, fn(st, "Fn"))})
				return g
			},
		},
		"ServerDeploymentGroup": {
			func(st awscdk.Stack) constructs.IConstruct {
				return awscodedeploy.NewServerDeploymentGroup(st, s("X"), nil)
			},
			func(st awscdk.Stack) constructs.IConstruct {
				g := &myServerGroup{}
				awscodedeploy.NewServerDeploymentGroup_Override(g, st, s("X"), nil)
				return g
			},
		},
		"LambdaDeploymentConfig": {
			func(st awscdk.Stack) constructs.IConstruct {
				return awscodedeploy.NewLambdaDeploymentConfig(st, s("X"), nil)
			},
			func(st awscdk.Stack) constructs.IConstruct {
				c := &myConfig{}
				awscodedeploy.NewLambdaDeploymentConfig_Override(c, st, s("X"), nil)
				return c
			},
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			want, _, _ := synthOne(t, c.plain)
			got, v, st := synthOne(t, c.override)
			if got != want {
				t.Errorf("the _Override template differs:\n%s", golden.JSONDiff([]byte(want), []byte(got)))
			}
			if found := st.Node().FindChild(s("X")); found != v {
				t.Errorf("the tree hands out %T, want the user's %T", found, v)
			}
		})
	}
}

// TestPredefinedConfigs checks every predefined config's name.
func TestPredefinedConfigs(t *testing.T) {
	for name, c := range map[string]awscodedeploy.IBaseDeploymentConfig{
		"CodeDeployDefault.LambdaCanary10Percent10Minutes":      awscodedeploy.LambdaDeploymentConfig_CANARY_10PERCENT_10MINUTES(),
		"CodeDeployDefault.LambdaCanary10Percent15Minutes":      awscodedeploy.LambdaDeploymentConfig_CANARY_10PERCENT_15MINUTES(),
		"CodeDeployDefault.LambdaLinear10PercentEvery10Minutes": awscodedeploy.LambdaDeploymentConfig_LINEAR_10PERCENT_EVERY_10MINUTES(),
		"CodeDeployDefault.LambdaLinear10PercentEvery2Minutes":  awscodedeploy.LambdaDeploymentConfig_LINEAR_10PERCENT_EVERY_2MINUTES(),
		"CodeDeployDefault.ECSAllAtOnce":                        awscodedeploy.EcsDeploymentConfig_ALL_AT_ONCE(),
		"CodeDeployDefault.ECSLinear10PercentEvery1Minutes":     awscodedeploy.EcsDeploymentConfig_LINEAR_10PERCENT_EVERY_1MINUTES(),
		"CodeDeployDefault.ECSLinear10PercentEvery3Minutes":     awscodedeploy.EcsDeploymentConfig_LINEAR_10PERCENT_EVERY_3MINUTES(),
		"CodeDeployDefault.OneAtATime":                          awscodedeploy.ServerDeploymentConfig_ONE_AT_A_TIME(),
	} {
		if got := *c.DeploymentConfigName(); got != name {
			t.Errorf("got %s, want %s", got, name)
		}
		if !strings.HasSuffix(*c.DeploymentConfigArn(), ":deploymentconfig:"+name) {
			t.Errorf("%s: ARN %s", name, *c.DeploymentConfigArn())
		}
	}
}

// TestCLIContext synthesizes LambdaFull under the context the CDK CLI adds
// too (path metadata, version reporting), where the alias's UpdatePolicy
// must still come before its Metadata.
func TestCLIContext(t *testing.T) {
	ctx := cdkctx.InitContext()
	for k, v := range cdkctx.CLIContext() {
		ctx[k] = v
	}
	dir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(dir)})
	lambdaCases["LambdaFull"](awscdk.NewStack(app, s("LambdaFull"), nil))
	app.Synth(nil)
	got, err := os.ReadFile(filepath.Join(dir, "LambdaFull.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "cli", "LambdaFull.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Version reporting names Strata, not aws-cdk-lib's constructs, by design.
	theirs, ours := analytics.FindSubmatch(want), analytics.FindSubmatch(got)
	if theirs == nil || ours == nil {
		t.Fatal("no CDKMetadata analytics in one of the templates")
	}
	want = []byte(strings.Replace(string(want), string(theirs[1]), string(ours[1]), 1))
	if string(got) != string(want) {
		t.Errorf("differs from aws-cdk-lib's:\n%s", golden.JSONDiff(want, got))
	}
}

var analytics = regexp.MustCompile(`"Analytics": "([^"]+)"`)
