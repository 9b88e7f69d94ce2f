package customresources_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	cr "github.com/strata-cdk/strata/awscdk/customresources"
	"github.com/strata-cdk/strata/jsii"
)

func userFn(scope awscdk.Stack, id string) awslambda.Function {
	return awslambda.NewFunction(scope, s(id), &awslambda.FunctionProps{
		Code:    awslambda.Code_FromInline(s("exports.handler = async () => ({});")),
		Handler: s("index.handler"),
		Runtime: awslambda.Runtime_NODEJS_24_X(),
	})
}

func TestProviderTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(st awscdk.Stack){
		"ProviderBasic": func(st awscdk.Stack) {
			p := cr.NewProvider(st, s("Provider"), &cr.ProviderProps{OnEventHandler: userFn(st, "OnEvent")})
			awscdk.NewCustomResource(st, s("Res"), &awscdk.CustomResourceProps{ServiceToken: p.ServiceToken(), Properties: &map[string]interface{}{"Key": "v"}})
			awscdk.NewCfnOutput(st, s("Token"), &awscdk.CfnOutputProps{Value: p.ServiceToken()})
		},
		"ProviderComplete": func(st awscdk.Stack) {
			cr.NewProvider(st, s("Default"), &cr.ProviderProps{OnEventHandler: userFn(st, "OnEvent"), IsCompleteHandler: userFn(st, "IsComplete")})
			dest := awslogs.NewLogGroup(st, s("Dest"), nil)
			cr.NewProvider(st, s("Tuned"), &cr.ProviderProps{
				OnEventHandler:                   userFn(st, "OnEvent2"),
				IsCompleteHandler:                userFn(st, "IsComplete2"),
				DisableWaiterStateMachineLogging: jsii.Bool(false),
				LogRetention:                     awslogs.RetentionDays_ONE_WEEK,
				ProviderFunctionName:             s("my-provider"),
				QueryInterval:                    awscdk.Duration_Seconds(jsii.Number(10)),
				TotalTimeout:                     awscdk.Duration_Minutes(jsii.Number(5)),
				WaiterStateMachineLogOptions:     &cr.LogOptions{Destination: dest, IncludeExecutionData: jsii.Bool(true), Level: awsstepfunctions.LogLevel_ALL},
			})
			cr.NewProvider(st, s("DefaultLogs"), &cr.ProviderProps{
				OnEventHandler:                   userFn(st, "OnEvent3"),
				IsCompleteHandler:                userFn(st, "IsComplete3"),
				DisableWaiterStateMachineLogging: jsii.Bool(false),
			})
		},
		"ProviderRoles": func(st awscdk.Stack) {
			onEventRole := lambdaRole(st, "OnEventRole")
			completeRole := lambdaRole(st, "CompleteRole")
			key := awskms.NewKey(st, s("Key"), nil)
			lg := awslogs.NewLogGroup(st, s("Logs"), nil)
			cr.NewProvider(st, s("Split"), &cr.ProviderProps{
				OnEventHandler:                  userFn(st, "OnEvent"),
				FrameworkCompleteAndTimeoutRole: completeRole,
				FrameworkLambdaLoggingLevel:     awslambda.ApplicationLogLevel_DEBUG,
				FrameworkOnEventRole:            onEventRole,
				IsCompleteHandler:               userFn(st, "IsComplete"),
				LogGroup:                        lg,
				ProviderFunctionEnvEncryption:   key,
			})
			shared := lambdaRole(st, "Shared")
			cr.NewProvider(st, s("SharedRole"), &cr.ProviderProps{OnEventHandler: userFn(st, "OnEvent2"), Role: shared})
		},
		"Vpc": func(st awscdk.Stack) {
			vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
			sg := awsec2.NewSecurityGroup(st, s("Sg"), &awsec2.SecurityGroupProps{Vpc: vpc})
			cr.NewProvider(st, s("Provider"), &cr.ProviderProps{
				OnEventHandler: userFn(st, "OnEvent"),
				SecurityGroups: &[]awsec2.ISecurityGroup{sg},
				Vpc:            vpc,
				VpcSubnets:     &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS},
			})
			cr.NewAwsCustomResource(st, s("Sdk"), &cr.AwsCustomResourceProps{
				InstallLatestAwsSdk: jsii.Bool(false),
				OnCreate:            listCall("describeVpcs", "EC2", "v"),
				Policy:              cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
				Vpc:                 vpc,
			})
		},
		"DefaultSdk": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Sdk"), &cr.AwsCustomResourceProps{
				OnDelete: &cr.AwsSdkCall{Action: s("deleteParameter"), Service: s("SSM"),
					Parameters: map[string]interface{}{"Name": cr.NewPhysicalResourceIdReference()}},
				Policy: cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
			})
		},
		"Waiter": func(st awscdk.Stack) {
			w := cr.NewWaiterStateMachine(st, s("Waiter"), &cr.WaiterStateMachineProps{
				BackoffRate:       jsii.Number(2),
				Interval:          awscdk.Duration_Seconds(jsii.Number(30)),
				IsCompleteHandler: userFn(st, "IsComplete"),
				MaxAttempts:       jsii.Number(10),
				TimeoutHandler:    userFn(st, "Timeout"),
			})
			role := awsiam.NewRole(st, s("Starter"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("lambda.amazonaws.com"), nil)})
			w.GrantStartExecution(role)
			awscdk.NewCfnOutput(st, s("Arn"), &awscdk.CfnOutputProps{Value: w.StateMachineArn()})
			cr.NewWaiterStateMachine(st, s("Logged"), &cr.WaiterStateMachineProps{
				BackoffRate:       jsii.Number(1),
				Interval:          awscdk.Duration_Minutes(jsii.Number(1)),
				IsCompleteHandler: userFn(st, "IsComplete2"),
				MaxAttempts:       jsii.Number(3),
				TimeoutHandler:    userFn(st, "Timeout2"),
				DisableLogging:    jsii.Bool(false),
				LogOptions:        &cr.LogOptions{IncludeExecutionData: jsii.Bool(true)},
			})
		},
	})
}
