package awsdynamodb_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	ddb "github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/jsii"
)

func scaling(min, max float64) *ddb.EnableScalingProps {
	return &ddb.EnableScalingProps{MinCapacity: jsii.Number(min), MaxCapacity: jsii.Number(max)}
}

func init() {
	templateCases["Scaling"] = func(s awscdk.Stack) {
		t := ddb.NewTable(s, jsii.String("Table"), &ddb.TableProps{PartitionKey: pk, ReadCapacity: jsii.Number(4)})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("byName"), PartitionKey: attr("name", ddb.AttributeType_STRING)})
		r := t.AutoScaleReadCapacity(scaling(2, 50))
		r.ScaleOnUtilization(&ddb.UtilizationScalingProps{TargetUtilizationPercent: jsii.Number(75),
			ScaleInCooldown: awscdk.Duration_Seconds(jsii.Number(60)), PolicyName: jsii.String("readPolicy")})
		r.ScaleOnSchedule(jsii.String("Morning"), &awsapplicationautoscaling.ScalingSchedule{
			Schedule:    awsapplicationautoscaling.Schedule_Cron(&awsapplicationautoscaling.CronOptions{Hour: jsii.String("8"), Minute: jsii.String("0")}),
			MinCapacity: jsii.Number(10)})
		w := t.AutoScaleWriteCapacity(scaling(1, 20))
		w.ScaleOnUtilization(&ddb.UtilizationScalingProps{TargetUtilizationPercent: jsii.Number(50), DisableScaleIn: jsii.Bool(true),
			ScaleOutCooldown: awscdk.Duration_Minutes(jsii.Number(2))})
		t.AutoScaleGlobalSecondaryIndexReadCapacity(jsii.String("byName"), scaling(1, 5)).
			ScaleOnUtilization(&ddb.UtilizationScalingProps{TargetUtilizationPercent: jsii.Number(60)})
		t.AutoScaleGlobalSecondaryIndexWriteCapacity(jsii.String("byName"), scaling(3, 9)).
			ScaleOnSchedule(jsii.String("Night"), &awsapplicationautoscaling.ScalingSchedule{
				Schedule: awsapplicationautoscaling.Schedule_Rate(awscdk.Duration_Hours(jsii.Number(12))), MaxCapacity: jsii.Number(4)})
	}

	onDemand := func(s awscdk.Stack) ddb.Table {
		return ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk, BillingMode: ddb.BillingMode_PAY_PER_REQUEST})
	}
	withIndex := func(s awscdk.Stack) ddb.Table {
		t := ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("g"), PartitionKey: attr("g", ddb.AttributeType_STRING)})
		return t
	}
	plain := func(s awscdk.Stack) ddb.Table {
		return ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk})
	}
	for name, build := range map[string]func(s awscdk.Stack){
		"ScaleOnDemand": func(s awscdk.Stack) { onDemand(s).AutoScaleReadCapacity(scaling(1, 2)) },
		"ScaleIndexOnDemand": func(s awscdk.Stack) {
			onDemand(s).AutoScaleGlobalSecondaryIndexWriteCapacity(jsii.String("x"), scaling(1, 2))
		},
		"ScaleReadTwice": func(s awscdk.Stack) {
			t := plain(s)
			t.AutoScaleReadCapacity(scaling(1, 2))
			t.AutoScaleReadCapacity(scaling(1, 2))
		},
		"ScaleWriteTwice": func(s awscdk.Stack) {
			t := plain(s)
			t.AutoScaleWriteCapacity(scaling(1, 2))
			t.AutoScaleWriteCapacity(scaling(1, 2))
		},
		"ScaleNoIndex": func(s awscdk.Stack) {
			plain(s).AutoScaleGlobalSecondaryIndexReadCapacity(jsii.String("nope"), scaling(1, 2))
		},
		"ScaleIndexReadTwice": func(s awscdk.Stack) {
			t := withIndex(s)
			t.AutoScaleGlobalSecondaryIndexReadCapacity(jsii.String("g"), scaling(1, 2))
			t.AutoScaleGlobalSecondaryIndexReadCapacity(jsii.String("g"), scaling(1, 2))
		},
		"ScaleIndexWriteTwice": func(s awscdk.Stack) {
			t := withIndex(s)
			t.AutoScaleGlobalSecondaryIndexWriteCapacity(jsii.String("g"), scaling(1, 2))
			t.AutoScaleGlobalSecondaryIndexWriteCapacity(jsii.String("g"), scaling(1, 2))
		},
		"ScaleUtilizationLow": func(s awscdk.Stack) {
			plain(s).AutoScaleReadCapacity(scaling(1, 2)).ScaleOnUtilization(&ddb.UtilizationScalingProps{TargetUtilizationPercent: jsii.Number(5)})
		},
		"ScaleUtilizationHigh": func(s awscdk.Stack) {
			plain(s).AutoScaleWriteCapacity(scaling(1, 2)).ScaleOnUtilization(&ddb.UtilizationScalingProps{TargetUtilizationPercent: jsii.Number(90.5)})
		},
		"ScaleMinAboveMax": func(s awscdk.Stack) { plain(s).AutoScaleWriteCapacity(scaling(5, 2)) },
	} {
		errorCases[name] = build
	}
}

// TestScalingNilProps: nil scaling props end in diagnostics, not crashes.
func TestScalingNilProps(t *testing.T) {
	for _, build := range []func(tb ddb.Table){
		func(tb ddb.Table) { tb.AutoScaleReadCapacity(nil) },
		func(tb ddb.Table) { tb.AutoScaleReadCapacity(scaling(1, 2)).ScaleOnUtilization(nil) },
		func(tb ddb.Table) { tb.AutoScaleGlobalSecondaryIndexReadCapacity(nil, scaling(1, 2)) },
	} {
		err := synthErr(t, func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			build(ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk}))
		})
		if err == nil {
			t.Error("want an error")
		}
	}
}
