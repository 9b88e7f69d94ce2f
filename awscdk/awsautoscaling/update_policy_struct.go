package awsautoscaling

import (
	"reflect"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
)

// cfnUpdatePolicyOf is the awscdk.CfnUpdatePolicy holding the same values as
// update, the group's UpdatePolicy attribute as aws-cdk-lib orders it, so
// that CfnOptions().UpdatePolicy() reads back what the template says.
func cfnUpdatePolicyOf(update *ojson.Object) *awscdk.CfnUpdatePolicy {
	p := &awscdk.CfnUpdatePolicy{}
	if o := member(update, "AutoScalingReplacingUpdate"); o != nil {
		p.AutoScalingReplacingUpdate = &awscdk.CfnAutoScalingReplacingUpdate{WillReplace: boolAt(o, "WillReplace")}
	}
	if o := member(update, "AutoScalingRollingUpdate"); o != nil {
		p.AutoScalingRollingUpdate = &awscdk.CfnAutoScalingRollingUpdate{
			MaxBatchSize: numAt(o, "MaxBatchSize"), MinInstancesInService: numAt(o, "MinInstancesInService"),
			SuspendProcesses: strsAt(o, "SuspendProcesses"), MinSuccessfulInstancesPercent: numAt(o, "MinSuccessfulInstancesPercent"),
			WaitOnResourceSignals: boolAt(o, "WaitOnResourceSignals"), PauseTime: strAt(o, "PauseTime"),
		}
	}
	if o := member(update, "AutoScalingInstanceRefresh"); o != nil {
		r := &awscdk.CfnAutoScalingInstanceRefresh{Strategy: strAt(o, "Strategy")}
		if pr := member(o, "Preferences"); pr != nil {
			prefs := &awscdk.CfnAutoScalingInstanceRefreshPreferences{
				MinHealthyPercentage: numAt(pr, "MinHealthyPercentage"), MaxHealthyPercentage: numAt(pr, "MaxHealthyPercentage"),
				InstanceWarmup: numAt(pr, "InstanceWarmup"), SkipMatching: boolAt(pr, "SkipMatching"),
				CheckpointDelay: numAt(pr, "CheckpointDelay"), BakeTime: numAt(pr, "BakeTime"),
				ScaleInProtectedInstances: strAt(pr, "ScaleInProtectedInstances"), StandbyInstances: strAt(pr, "StandbyInstances"),
			}
			if v, ok := pr.Get("CheckpointPercentages"); ok {
				if xs, ok := v.([]*float64); ok {
					prefs.CheckpointPercentages = &xs
				}
			}
			if a := member(pr, "AlarmSpecification"); a != nil {
				prefs.AlarmSpecification = &awscdk.CfnAutoScalingInstanceRefreshAlarmSpecification{Alarms: strsAt(a, "Alarms")}
			}
			r.Preferences = prefs
		}
		p.AutoScalingInstanceRefresh = r
	}
	if o := member(update, "AutoScalingScheduledAction"); o != nil {
		p.AutoScalingScheduledAction = &awscdk.CfnAutoScalingScheduledAction{IgnoreUnmodifiedGroupSizeProperties: boolAt(o, "IgnoreUnmodifiedGroupSizeProperties")}
	}
	return p
}

// sameOrderAsFields says whether the core, which renders a struct in its
// fields' order, would write o's keys in o's order at every level.
func sameOrderAsFields(o *ojson.Object, t reflect.Type) bool {
	for t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return true
	}
	last := -1
	for _, k := range o.Keys() {
		f, ok := t.FieldByName(k)
		if !ok || len(f.Index) != 1 || f.Index[0] < last {
			return false
		}
		last = f.Index[0]
		v, _ := o.Get(k)
		if sub, ok := v.(*ojson.Object); ok && !sameOrderAsFields(sub, f.Type) {
			return false
		}
	}
	return true
}

func member(o *ojson.Object, k string) *ojson.Object {
	v, _ := o.Get(k)
	sub, _ := v.(*ojson.Object)
	return sub
}

func numAt(o *ojson.Object, k string) *float64 {
	switch v, _ := o.Get(k); x := v.(type) {
	case float64:
		return &x
	case *float64:
		return x
	}
	return nil
}

func boolAt(o *ojson.Object, k string) *bool {
	switch v, _ := o.Get(k); x := v.(type) {
	case bool:
		return &x
	case *bool:
		return x
	}
	return nil
}

func strAt(o *ojson.Object, k string) *string {
	switch v, _ := o.Get(k); x := v.(type) {
	case string:
		return &x
	case *string:
		return x
	}
	return nil
}

func strsAt(o *ojson.Object, k string) *[]*string {
	v, ok := o.Get(k)
	if !ok {
		return nil
	}
	xs, _ := v.([]interface{})
	out := make([]*string, 0, len(xs))
	for _, x := range xs {
		switch s := x.(type) {
		case string:
			out = append(out, &s)
		case *string:
			out = append(out, s)
		}
	}
	return &out
}
