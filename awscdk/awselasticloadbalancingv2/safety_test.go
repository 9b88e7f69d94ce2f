package awselasticloadbalancingv2_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	targets "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2targets"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Nil props behave as aws-cdk-lib's undefined: a clear error naming the
// construct, or the defaults, never a Go panic trace.
func TestNilProps(t *testing.T) {
	cases := map[string]struct {
		build func(s awscdk.Stack)
		want  string // "" when synthesis succeeds
	}{
		"LoadBalancer": {func(s awscdk.Stack) { elbv2.NewApplicationLoadBalancer(s, jsii.String("Lb"), nil) }, "[S/Lb] ApplicationLoadBalancer: vpc is required"},
		"Listener":     {func(s awscdk.Stack) { elbv2.NewApplicationListener(s, jsii.String("L"), nil) }, "loadBalancer is required"},
		"TargetGroup":  {func(s awscdk.Stack) { elbv2.NewApplicationTargetGroup(s, jsii.String("T"), nil) }, "'vpc' is required for a non-Lambda TargetGroup"},
		"Rule":         {func(s awscdk.Stack) { elbv2.NewApplicationListenerRule(s, jsii.String("R"), nil) }, "[S/R] ApplicationListenerRule: listener and priority are required"},
		"AddListenerNil": {func(s awscdk.Stack) {
			newLb(s).AddListener(jsii.String("L"), nil)
		}, "At least one of 'port' or 'protocol' is required"},
		"AddRedirectNil": {func(s awscdk.Stack) { newLb(s).AddRedirect(nil) }, ""},
		"AddTargetsNil": {func(s awscdk.Stack) {
			l := newLb(s).AddListener(jsii.String("L"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80)})
			l.AddTargets(jsii.String("T"), nil) // an empty group: aws-cdk-lib only warns
		}, ""},
		"AddActionNil": {func(s awscdk.Stack) {
			newLb(s).AddListener(jsii.String("L"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80)}).AddAction(jsii.String("A"), nil)
		}, "addAction: an action is required"},
		"ForwardNil":   {func(s awscdk.Stack) { elbv2.ListenerAction_Forward(nil, nil) }, "Need at least one targetGroup"},
		"RedirectNil":  {func(s awscdk.Stack) { elbv2.ListenerAction_Redirect(nil) }, "To prevent redirect loops"},
		"FixedNil":     {func(s awscdk.Stack) { elbv2.ListenerAction_FixedResponse(nil, nil) }, "statusCode is required"},
		"ConditionNil": {func(s awscdk.Stack) { elbv2.ListenerCondition_PathPatterns(nil).RenderRawCondition() }, ""},
		"IpTargetNil":  {func(s awscdk.Stack) { targets.NewIpTarget(nil, nil, nil) }, "ipAddress is required"},
		"ImportNil": {func(s awscdk.Stack) {
			elbv2.ApplicationLoadBalancer_FromApplicationLoadBalancerAttributes(s, jsii.String("I"), nil)
		}, "loadBalancerArn and securityGroupId are required"},
		"TrustStoreNil": {func(s awscdk.Stack) { elbv2.NewTrustStore(s, jsii.String("T"), nil) }, "[S/T] TrustStore: bucket and key are required"},
		"RevocationNil": {func(s awscdk.Stack) { elbv2.NewTrustStoreRevocation(s, jsii.String("R"), nil) }, "[S/R] TrustStoreRevocation: trustStore and revocationContents are required"},
		"TrustStoreArnNil": {func(s awscdk.Stack) {
			elbv2.TrustStore_FromTrustStoreArn(s, jsii.String("T"), nil)
		}, "[S/T] TrustStore.fromTrustStoreArn: trustStoreArn is required"},
		"NetworkActionNil": {func(s awscdk.Stack) { elbv2.NewNetworkListenerAction(nil, nil).RenderActions() }, ""},
		"MappingNoSubnet": {func(s awscdk.Stack) {
			elbv2.NewNetworkLoadBalancer(s, jsii.String("N"), &elbv2.NetworkLoadBalancerProps{Vpc: awsec2.NewVpc(s, jsii.String("V"), nil),
				SubnetMappings: &[]*elbv2.SubnetMapping{{}}})
		}, "[S/N] subnetMappings[0] needs a subnet"},
		"LookupNil": {func(s awscdk.Stack) { elbv2.ApplicationLoadBalancer_FromLookup(s, jsii.String("L"), nil) },
			"Cannot retrieve value from context provider load-balancer since account/region are not specified"},
		"ListenerLookupNil": {func(s awscdk.Stack) { elbv2.NetworkListener_FromLookup(s, jsii.String("L"), nil) },
			"Cannot retrieve value from context provider load-balancer-listener"},
		"BaseLbNil": {func(s awscdk.Stack) { elbv2.NewBaseLoadBalancer_Override(&myLb{}, s, jsii.String("Lb"), nil, nil) },
			"[S/Lb] BaseLoadBalancer: vpc is required"},
		"BaseLbBadExtra": {func(s awscdk.Stack) {
			elbv2.NewBaseLoadBalancer_Override(&myLb{}, s, jsii.String("Lb"), &elbv2.BaseLoadBalancerProps{Vpc: awsec2.NewVpc(s, jsii.String("V"), nil)}, "network")
		}, "[S/Lb] additionalProps must be a *awselasticloadbalancingv2.CfnLoadBalancerProps or a map of its JSON keys, got string"},
		"BaseTgNil": {func(s awscdk.Stack) {
			elbv2.NewTargetGroupBase_Override(&myTg{}, s, jsii.String("T"), nil, nil)
		}, "'vpc' is required for a non-Lambda TargetGroup"},
		"HealthCheckNil": {func(s awscdk.Stack) {
			tg := elbv2.NewApplicationTargetGroup(s, jsii.String("T"), &elbv2.ApplicationTargetGroupProps{Vpc: awsec2.NewVpc(s, jsii.String("V"), nil),
				Port: jsii.Number(80), TargetType: elbv2.TargetType_IP})
			tg.ConfigureHealthCheck(nil)
		}, ""},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case c.want != "" && err == nil:
				t.Fatalf("no error, want %q", c.want)
			case c.want != "" && !strings.Contains(err.Error(), c.want):
				t.Fatalf("error %q does not mention %q", err, c.want)
			}
		})
	}
}

// Apps built in parallel share nothing.
func TestParallelApps(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(dir, strconv.Itoa(i)))})
			templateCases["Internal"](awscdk.NewStack(app, jsii.String("Internal"), nil))
			app.Synth(nil)
		}(i)
	}
	wg.Wait()
}
