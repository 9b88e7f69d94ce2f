package awscdk_test

import (
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// TestHooksMatchAwsCdkLib is the program of twins/hooks.js.
func TestHooksMatchAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, map[string]interface{}{"@aws-cdk/core:failSynthOnValidationErrors": false}) // as the twin
	s := awscdk.NewStack(app, jsii.String("Hooks"), nil)
	s.AddTransform(jsii.String("AWS::CodeDeployBlueGreen"))
	role := awscdk.NewCfnResource(s, jsii.String("Role"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::IAM::Role")})
	awscdk.NewCfnHook(s, jsii.String("Plain"), &awscdk.CfnHookProps{Type: jsii.String("AWS::Custom::Hook"),
		Properties: &map[string]interface{}{"Alpha": "x", "Beta": []interface{}{1, true}, "Role": role.GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING)}})
	awscdk.NewCfnHook(s, jsii.String("Empty"), &awscdk.CfnHookProps{Type: jsii.String("AWS::Custom::Empty"), Properties: &map[string]interface{}{}})
	listener := func(id string) *awscdk.CfnTrafficRoute {
		return &awscdk.CfnTrafficRoute{Type: jsii.String("AWS::ElasticLoadBalancingV2::Listener"), LogicalId: jsii.String(id)}
	}
	apps := &[]*awscdk.CfnCodeDeployBlueGreenApplication{{
		Target: &awscdk.CfnCodeDeployBlueGreenApplicationTarget{Type: jsii.String("AWS::ECS::Service"), LogicalId: jsii.String("Service")},
		EcsAttributes: &awscdk.CfnCodeDeployBlueGreenEcsAttributes{
			TaskDefinitions: jsii.Strings("Blue", "Green"),
			TaskSets:        jsii.Strings("BlueSet", "GreenSet"),
			TrafficRouting:  &awscdk.CfnTrafficRouting{ProdTrafficRoute: listener("Prod"), TestTrafficRoute: listener("Test"), TargetGroups: jsii.Strings("TG1", "TG2")},
		},
	}}
	awscdk.NewCfnCodeDeployBlueGreenHook(s, jsii.String("BlueGreen"), &awscdk.CfnCodeDeployBlueGreenHookProps{
		ServiceRole:  jsii.String("CodeDeployRole"),
		Applications: apps,
		TrafficRoutingConfig: &awscdk.CfnTrafficRoutingConfig{Type: awscdk.CfnTrafficRoutingType_TIME_BASED_CANARY,
			TimeBasedCanary: &awscdk.CfnTrafficRoutingTimeBasedCanary{StepPercentage: jsii.Number(15), BakeTimeMins: jsii.Number(5)}},
		AdditionalOptions:   &awscdk.CfnCodeDeployBlueGreenAdditionalOptions{TerminationWaitTimeInMinutes: jsii.Number(30)},
		LifecycleEventHooks: &awscdk.CfnCodeDeployBlueGreenLifecycleEventHooks{BeforeInstall: jsii.String("FnA"), AfterAllowTraffic: jsii.String("FnB")},
	})
	awscdk.NewCfnCodeDeployBlueGreenHook(s, jsii.String("Minimal"), &awscdk.CfnCodeDeployBlueGreenHookProps{ServiceRole: jsii.String("R2"), Applications: apps})
	h := awscdk.NewCfnCodeDeployBlueGreenHook(s, jsii.String("EmptyOptions"), &awscdk.CfnCodeDeployBlueGreenHookProps{
		ServiceRole: jsii.String("R3"), Applications: apps,
		TrafficRoutingConfig: &awscdk.CfnTrafficRoutingConfig{Type: awscdk.CfnTrafficRoutingType_ALL_AT_ONCE, TimeBasedLinear: &awscdk.CfnTrafficRoutingTimeBasedLinear{}},
		AdditionalOptions:    &awscdk.CfnCodeDeployBlueGreenAdditionalOptions{},
		LifecycleEventHooks:  &awscdk.CfnCodeDeployBlueGreenLifecycleEventHooks{},
	})
	if *h.Type() != "AWS::CodeDeploy::BlueGreen" || *h.ServiceRole() != "R3" || !*awscdk.CfnHook_IsCfnElement(h) {
		t.Fatal("hook accessors")
	}
	app.Synth(nil)
	sameFile(t, filepath.Join(outdir, "Hooks.template.json"), "testdata/expected/hooks/Hooks.template.json")
}
