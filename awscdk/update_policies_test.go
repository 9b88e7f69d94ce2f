package awscdk_test

import (
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// TestUpdatePoliciesMatchAwsCdkLib is the program of twins/update_policies.js.
func TestUpdatePoliciesMatchAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, map[string]interface{}{"@aws-cdk/core:failSynthOnValidationErrors": false})
	s := awscdk.NewStack(app, jsii.String("Policies"), nil)
	asg := awscdk.NewCfnResource(s, jsii.String("Group"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::AutoScaling::AutoScalingGroup"),
		Properties: &map[string]interface{}{"MaxSize": "2", "MinSize": "1"}})
	asg.CfnOptions().SetUpdatePolicy(&awscdk.CfnUpdatePolicy{
		AutoScalingInstanceRefresh: &awscdk.CfnAutoScalingInstanceRefresh{
			Strategy: jsii.String("Rolling"),
			Preferences: &awscdk.CfnAutoScalingInstanceRefreshPreferences{
				AlarmSpecification:        &awscdk.CfnAutoScalingInstanceRefreshAlarmSpecification{Alarms: jsii.Strings("HighErrors")},
				BakeTime:                  jsii.Number(60),
				CheckpointDelay:           jsii.Number(120),
				CheckpointPercentages:     jsii.Numbers(50, 100),
				InstanceWarmup:            jsii.Number(30),
				MaxHealthyPercentage:      jsii.Number(150),
				MinHealthyPercentage:      jsii.Number(90),
				ScaleInProtectedInstances: jsii.String("Ignore"),
				SkipMatching:              jsii.Bool(true),
				StandbyInstances:          jsii.String("Wait"),
			},
		},
		AutoScalingReplacingUpdate: &awscdk.CfnAutoScalingReplacingUpdate{WillReplace: jsii.Bool(false)},
		AutoScalingRollingUpdate: &awscdk.CfnAutoScalingRollingUpdate{MaxBatchSize: jsii.Number(2), MinInstancesInService: jsii.Number(1),
			PauseTime: jsii.String("PT5M"), WaitOnResourceSignals: jsii.Bool(true)},
		AutoScalingScheduledAction: &awscdk.CfnAutoScalingScheduledAction{IgnoreUnmodifiedGroupSizeProperties: jsii.Bool(true)},
	})
	asg.CfnOptions().SetCreationPolicy(&awscdk.CfnCreationPolicy{ResourceSignal: &awscdk.CfnResourceSignal{Count: jsii.Number(2), Timeout: jsii.String("PT10M")}})
	bare := awscdk.NewCfnResource(s, jsii.String("Bare"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::AutoScaling::AutoScalingGroup"),
		Properties: &map[string]interface{}{"MaxSize": "1", "MinSize": "1"}})
	bare.CfnOptions().SetUpdatePolicy(&awscdk.CfnUpdatePolicy{AutoScalingInstanceRefresh: &awscdk.CfnAutoScalingInstanceRefresh{Strategy: jsii.String("ReplaceRootVolume")}})
	app.Synth(nil)
	sameFile(t, filepath.Join(outdir, "Policies.template.json"), "testdata/expected/update_policies/Policies.template.json")
}
