package awsautoscalinghooktargets_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsautoscalinghooktargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

var s = jsii.String

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(st awscdk.Stack){
	"Hooks": func(st awscdk.Stack) {
		asg := awsautoscaling.AutoScalingGroup_FromAutoScalingGroupName(st, s("Asg"), s("fleet"))
		topic := awssns.NewTopic(st, s("Topic"), nil)
		asg.AddLifecycleHook(s("ToTopic"), &awsautoscaling.BasicLifecycleHookProps{LifecycleTransition: awsautoscaling.LifecycleTransition_INSTANCE_LAUNCHING,
			NotificationTarget: awsautoscalinghooktargets.NewTopicHook(topic)})
		queue := awssqs.NewQueue(st, s("Queue"), nil)
		role := awsiam.NewRole(st, s("HookRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("autoscaling.amazonaws.com"), nil)})
		asg.AddLifecycleHook(s("ToQueue"), &awsautoscaling.BasicLifecycleHookProps{LifecycleTransition: awsautoscaling.LifecycleTransition_INSTANCE_TERMINATING,
			NotificationTarget: awsautoscalinghooktargets.NewQueueHook(queue), Role: role})
		fn := awslambda.NewFunction(st, s("Fn"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: s("index.handler"),
			Code: awslambda.Code_FromInline(s("exports.handler = async () => {}"))})
		key := awskms.NewKey(st, s("Key"), nil)
		hook := asg.AddLifecycleHook(s("ToFn"), &awsautoscaling.BasicLifecycleHookProps{LifecycleTransition: awsautoscaling.LifecycleTransition_INSTANCE_LAUNCHING,
			NotificationTarget: awsautoscalinghooktargets.NewFunctionHook(fn, key)})
		awscdk.NewCfnOutput(st, s("HookName"), &awscdk.CfnOutputProps{Value: hook.LifecycleHookName()})
		awscdk.NewCfnOutput(st, s("HookRoleArn"), &awscdk.CfnOutputProps{Value: hook.Role().RoleArn()})
	},
}

func TestTemplates(t *testing.T) { golden.CheckTemplates(t, templateCases, nil, nil) }

// TestNilTargets: a hook target built with nil fails with the hook's path.
func TestNilTargets(t *testing.T) {
	for name, target := range map[string]awsautoscaling.ILifecycleHookTarget{
		"Topic": awsautoscalinghooktargets.NewTopicHook(nil), "Queue": awsautoscalinghooktargets.NewQueueHook(nil),
		"Function": awsautoscalinghooktargets.NewFunctionHook(nil, nil),
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) {
				st := awscdk.NewStack(app, s("S"), nil)
				awsautoscaling.AutoScalingGroup_FromAutoScalingGroupName(st, s("Asg"), s("fleet")).AddLifecycleHook(s("H"),
					&awsautoscaling.BasicLifecycleHookProps{LifecycleTransition: awsautoscaling.LifecycleTransition_INSTANCE_LAUNCHING, NotificationTarget: target})
			})
			if err == nil {
				t.Fatal("synth succeeded with a nil target")
			}
		})
	}
}
