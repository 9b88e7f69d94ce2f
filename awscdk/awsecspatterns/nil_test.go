package awsecspatterns_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// TestNilProps: every constructor given nil props fails the way aws-cdk-lib
// does with `{}` (no image or task definition, no schedule): a user error
// naming the construct, never a Go runtime panic.
func TestNilProps(t *testing.T) {
	id := jsii.String("P")
	for name, c := range map[string]struct {
		build func(s awscdk.Stack)
		want  string
	}{
		"ApplicationLoadBalancedFargateService": {func(s awscdk.Stack) { awsecspatterns.NewApplicationLoadBalancedFargateService(s, id, nil) }, "taskDefinition or image"},
		"ApplicationLoadBalancedEc2Service":     {func(s awscdk.Stack) { awsecspatterns.NewApplicationLoadBalancedEc2Service(s, id, nil) }, "taskDefinition or image"},
		"NetworkLoadBalancedFargateService":     {func(s awscdk.Stack) { awsecspatterns.NewNetworkLoadBalancedFargateService(s, id, nil) }, "taskDefinition or image"},
		"NetworkLoadBalancedEc2Service":         {func(s awscdk.Stack) { awsecspatterns.NewNetworkLoadBalancedEc2Service(s, id, nil) }, "taskDefinition or image"},
		"ApplicationMultipleTargetGroupsFargateService": {func(s awscdk.Stack) {
			awsecspatterns.NewApplicationMultipleTargetGroupsFargateService(s, id, nil)
		}, "taskDefinition or image"},
		"ApplicationMultipleTargetGroupsEc2Service": {func(s awscdk.Stack) {
			awsecspatterns.NewApplicationMultipleTargetGroupsEc2Service(s, id, nil)
		}, "taskDefinition or image"},
		"NetworkMultipleTargetGroupsFargateService": {func(s awscdk.Stack) {
			awsecspatterns.NewNetworkMultipleTargetGroupsFargateService(s, id, nil)
		}, "taskDefinition or image"},
		"NetworkMultipleTargetGroupsEc2Service": {func(s awscdk.Stack) {
			awsecspatterns.NewNetworkMultipleTargetGroupsEc2Service(s, id, nil)
		}, "taskDefinition or image"},
		"QueueProcessingFargateService": {func(s awscdk.Stack) { awsecspatterns.NewQueueProcessingFargateService(s, id, nil) }, "taskDefinition or image"},
		"QueueProcessingEc2Service":     {func(s awscdk.Stack) { awsecspatterns.NewQueueProcessingEc2Service(s, id, nil) }, "image must be specified"},
		"ScheduledFargateTask":          {func(s awscdk.Stack) { awsecspatterns.NewScheduledFargateTask(s, id, nil) }, "schedule is required"},
		"ScheduledEc2Task":              {func(s awscdk.Stack) { awsecspatterns.NewScheduledEc2Task(s, id, nil) }, "schedule is required"},
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), "[S/P]") || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v; want one at S/P containing %q", err, c.want)
			}
		})
	}
}

// base embeds an abstract pattern base the way aws-cdk-go programs subclass it.
type base struct {
	awsecspatterns.ApplicationLoadBalancedServiceBase
}

// TestOverrideBase: a Go type embedding ApplicationLoadBalancedServiceBase
// gets the load balancer, listener, target group and outputs, and the tree
// hands out the Go type.
func TestOverrideBase(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	b := &base{}
	awsecspatterns.NewApplicationLoadBalancedServiceBase_Override(b, s, jsii.String("B"), nil)
	if b.LoadBalancer() == nil || b.Listener() == nil || b.TargetGroup() == nil || b.Cluster() == nil {
		t.Fatal("the base did not build its load balancer, listener, target group and cluster")
	}
	if got, ok := s.Node().FindChild(jsii.String("B")).(*base); !ok || got != b {
		t.Fatalf("tree hands out %T, want *base", s.Node().FindChild(jsii.String("B")))
	}
}
