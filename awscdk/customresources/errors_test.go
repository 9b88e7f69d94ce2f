package customresources_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cr "github.com/strata-cdk/strata/awscdk/customresources"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func TestErrors(t *testing.T) {
	listBuckets := func(id cr.PhysicalResourceId) *cr.AwsSdkCall {
		return &cr.AwsSdkCall{Action: s("listBuckets"), Service: s("S3"), PhysicalResourceId: id}
	}
	checkErrors(t, map[string]func(st awscdk.Stack){
		"NoCalls": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{Policy: anyResource()})
		},
		"NoPolicy": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{OnCreate: listBuckets(cr.PhysicalResourceId_Of(s("x")))})
		},
		"NoPhysicalIdOnCreate": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{OnCreate: listBuckets(nil), Policy: anyResource()})
		},
		"NoPhysicalIdOnUpdate": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{OnUpdate: listBuckets(nil), Policy: anyResource()})
		},
		"ExternalIdAlone": func(st awscdk.Stack) {
			c := listBuckets(cr.PhysicalResourceId_Of(s("x")))
			c.ExternalId = s("e")
			cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{OnCreate: c, Policy: anyResource()})
		},
		"RefInOnCreate": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{OnCreate: &cr.AwsSdkCall{
				Action: s("getObject"), Service: s("S3"),
				Parameters:         map[string]interface{}{"Key": cr.NewPhysicalResourceIdReference()},
				PhysicalResourceId: cr.PhysicalResourceId_Of(s("x")),
			}, Policy: anyResource()})
		},
		"IgnoreWithFromResponse": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{OnCreate: &cr.AwsSdkCall{
				Action: s("getObject"), Service: s("S3"), IgnoreErrorCodesMatching: s(".*"),
				PhysicalResourceId: cr.PhysicalResourceId_FromResponse(s("ETag")),
			}, Policy: anyResource()})
		},
		"GetDataWithIgnore": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{OnCreate: &cr.AwsSdkCall{
				Action: s("getObject"), Service: s("S3"), IgnoreErrorCodesMatching: s(".*"),
				PhysicalResourceId: cr.PhysicalResourceId_Of(s("x")),
			}, Policy: anyResource()}).GetResponseField(s("Body"))
		},
		"IntervalWithoutIsComplete": func(st awscdk.Stack) {
			cr.NewProvider(st, s("P"), &cr.ProviderProps{OnEventHandler: userFn(st, "F"), QueryInterval: awscdk.Duration_Seconds(jsii.Number(10))})
		},
		"RoleConflict": func(st awscdk.Stack) {
			cr.NewProvider(st, s("P"), &cr.ProviderProps{OnEventHandler: userFn(st, "F"), FrameworkOnEventRole: lambdaRole(st, "R1"), Role: lambdaRole(st, "R2")})
		},
		"CompleteRoleWithoutIsComplete": func(st awscdk.Stack) {
			cr.NewProvider(st, s("P"), &cr.ProviderProps{OnEventHandler: userFn(st, "F"), FrameworkCompleteAndTimeoutRole: lambdaRole(st, "R1")})
		},
		"RetryCount": func(st awscdk.Stack) {
			cr.NewProvider(st, s("P"), &cr.ProviderProps{
				OnEventHandler: userFn(st, "F"), IsCompleteHandler: userFn(st, "C"),
				QueryInterval: awscdk.Duration_Seconds(jsii.Number(7)), TotalTimeout: awscdk.Duration_Minutes(jsii.Number(1)),
			})
		},
	})
}

// TestNilProps checks that nil props and missing required fields end in
// a user error naming the construct path, never a Go panic trace.
func TestNilProps(t *testing.T) {
	cases := map[string]struct {
		build func(st awscdk.Stack)
		want  string
	}{
		"AwsCustomResource": {func(st awscdk.Stack) { cr.NewAwsCustomResource(st, s("Cr"), nil) }, "[S/Cr] AwsCustomResource needs props"},
		"Provider":          {func(st awscdk.Stack) { cr.NewProvider(st, s("P"), nil) }, "[S/P] Provider needs props"},
		"ProviderNoOnEvent": {func(st awscdk.Stack) { cr.NewProvider(st, s("P"), &cr.ProviderProps{}) }, "[S/P] Provider needs OnEventHandler"},
		"Waiter":            {func(st awscdk.Stack) { cr.NewWaiterStateMachine(st, s("W"), nil) }, "[S/W] WaiterStateMachine needs props"},
		"WaiterFields": {func(st awscdk.Stack) {
			cr.NewWaiterStateMachine(st, s("W"), &cr.WaiterStateMachineProps{IsCompleteHandler: userFn(st, "F")})
		}, "[S/W] WaiterStateMachine needs [BackoffRate Interval MaxAttempts TimeoutHandler]"},
		"CallWithoutAction": {func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{OnDelete: &cr.AwsSdkCall{Service: s("S3")}, Policy: anyResource()})
		}, "[S/Cr] an AwsSdkCall needs Action and Service"},
		"FromSdkCallsNil": {func(st awscdk.Stack) { cr.AwsCustomResourcePolicy_FromSdkCalls(nil) }, "AwsCustomResourcePolicy_FromSdkCalls needs options"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, s("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want it to contain %q", err, c.want)
			}
		})
	}
}
