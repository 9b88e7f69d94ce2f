package awsecs_test

import (
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// TestParallelApps builds every template case in its own App, all at once:
// no state is shared between Apps (run with -race to check it).
func TestParallelApps(t *testing.T) {
	var wg sync.WaitGroup
	for name, build := range templateCases {
		name, build := name, build
		wg.Add(1)
		go func() {
			defer wg.Done()
			app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
			build(awscdk.NewStack(app, jsii.String(name), nil))
			app.Synth(nil)
		}()
	}
	wg.Wait()
}

// TestUnscopedErrors: mistakes outside any construct are user errors with aws-cdk-lib's messages.
func TestUnscopedErrors(t *testing.T) {
	for _, c := range []struct {
		name, want string
		f          func()
	}{
		{"revision", "A task definition revision must be 'latest' or a positive number, got 0", func() { awsecs.TaskDefinitionRevision_Of(jsii.Number(0)) }},
		{"spread", "spreadAcross: give at least one field to spread by", func() { awsecs.PlacementStrategy_SpreadAcross() }},
		{"gelf", "`12` must be within range -1:9", func() {
			awsecs.NewGelfLogDriver(&awsecs.GelfLogDriverProps{Address: jsii.String("x"), CompressionLevel: jsii.Number(12)})
		}},
		{"appmesh", "At least one of ignoredUID or ignoredGID should be specified.", func() {
			awsecs.NewAppMeshProxyConfiguration(&awsecs.AppMeshProxyConfigurationConfigProps{ContainerName: jsii.String("envoy"),
				Properties: &awsecs.AppMeshProxyConfigurationProps{AppPorts: &[]*float64{jsii.Number(80)}, ProxyEgressPort: jsii.Number(1), ProxyIngressPort: jsii.Number(2)}})
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := golden.SynthErr(t, func(awscdk.App) { c.f() })
			if err == nil || err.Error() != c.want {
				t.Fatalf("got %v, want %q", err, c.want)
			}
		})
	}
}

// TestTemplateRulesFollowFlags: like aws-cdk-lib, the CloudFormation rules
// stop synthesis only under the `cdk init` flags, and not when the CDK
// CLI's context says failSynthOnValidationErrors: false.
func TestTemplateRulesFollowFlags(t *testing.T) {
	bad := func(s awscdk.Stack) {
		awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), &awsecs.FargateTaskDefinitionProps{Cpu: jsii.Number(256), MemoryLimitMiB: jsii.Number(4096)}).
			AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image})
	}
	cli := cdkctx.InitContext()
	cli["@aws-cdk/core:failSynthOnValidationErrors"] = false
	for name, ctx := range map[string]map[string]interface{}{"no flags": {}, "cli context": cli} {
		t.Run(name, func(t *testing.T) {
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
			bad(awscdk.NewStack(app, jsii.String("S"), nil))
			app.Synth(nil)
		})
	}
}
