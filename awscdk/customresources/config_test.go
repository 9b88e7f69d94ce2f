package customresources_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	cr "github.com/strata-cdk/strata/awscdk/customresources"
	"github.com/strata-cdk/strata/jsii"
)

func listCall(action, service, id string) *cr.AwsSdkCall {
	return &cr.AwsSdkCall{Action: s(action), Service: s(service), PhysicalResourceId: cr.PhysicalResourceId_Of(s(id))}
}

func TestCustomResourceConfigTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(st awscdk.Stack){
		"Config": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("A"), &cr.AwsCustomResourceProps{
				InstallLatestAwsSdk: jsii.Bool(false),
				OnCreate:            listCall("listQueues", "SQS", "q"),
				Policy:              cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
			})
			cr.CustomResourceConfig_Of(st).AddLogRetentionLifetime(awslogs.RetentionDays_TEN_YEARS)
			cr.CustomResourceConfig_Of(st).AddRemovalPolicy(awscdk.RemovalPolicy_DESTROY)
			cr.CustomResourceConfig_Of(st).AddLambdaRuntime(awslambda.Runtime_NODEJS_22_X())
		},
	})
	checkApp(t, []string{"ConfigLogs", "ConfigRetention"}, func(app awscdk.App) {
		st := awscdk.NewStack(app, s("ConfigLogs"), nil)
		cr.NewAwsCustomResource(st, s("B"), &cr.AwsCustomResourceProps{
			InstallLatestAwsSdk: jsii.Bool(false),
			LogGroup:            awslogs.NewLogGroup(st, s("Logs"), nil),
			OnCreate:            listCall("listTopics", "SNS", "t"),
			Policy:              cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
		})
		other := awscdk.NewStack(app, s("ConfigRetention"), nil)
		cr.NewAwsCustomResource(other, s("C"), &cr.AwsCustomResourceProps{
			InstallLatestAwsSdk: jsii.Bool(false),
			LogRetention:        awslogs.RetentionDays_ONE_DAY,
			OnCreate:            listCall("listTopics", "SNS", "t"),
			Policy:              cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
		})
		for _, x := range []awscdk.Stack{st, other} {
			cr.CustomResourceConfig_Of(x).AddLogRetentionLifetime(awslogs.RetentionDays_TEN_YEARS)
			cr.CustomResourceConfig_Of(x).AddRemovalPolicy(awscdk.RemovalPolicy_DESTROY)
		}
	})
}
