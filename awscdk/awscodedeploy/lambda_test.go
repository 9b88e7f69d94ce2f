package awscodedeploy_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscodedeploy"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/jsii"
)

var s = jsii.String

func fn(st awscdk.Stack, id string) awslambda.Function {
	return awslambda.NewFunction(st, s(id), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: s("index.handler"),
		Code: awslambda.Code_FromInline(s("exports.handler = async () => {}")),
	})
}

func alias(st awscdk.Stack, f awslambda.IFunction) awslambda.Alias {
	return awslambda.NewAlias(st, s("Alias"), &awslambda.AliasProps{
		AliasName: s("live"), Version: awslambda.NewVersion(st, s("Version"), &awslambda.VersionProps{Lambda: f}),
	})
}

func alarm(st awscdk.Stack, id string) awscloudwatch.Alarm {
	return awscloudwatch.NewAlarm(st, s(id), &awscloudwatch.AlarmProps{
		Metric:    awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: s("NS"), MetricName: s("Errors")}),
		Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1),
	})
}

func out(st awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(st, s(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of the Lambda stacks in testdata/twins.js, construct for construct.
var lambdaCases = map[string]func(st awscdk.Stack){
	"LambdaDefault": func(st awscdk.Stack) {
		awscodedeploy.NewLambdaDeploymentGroup(st, s("DG"), &awscodedeploy.LambdaDeploymentGroupProps{Alias: alias(st, fn(st, "Fn"))})
	},
	"LambdaFull": func(st awscdk.Stack) {
		app := awscodedeploy.NewLambdaApplication(st, s("App"), &awscodedeploy.LambdaApplicationProps{ApplicationName: s("my-app")})
		config := awscodedeploy.NewLambdaDeploymentConfig(st, s("Config"), &awscodedeploy.LambdaDeploymentConfigProps{
			DeploymentConfigName: s("my-config"),
			TrafficRouting: awscodedeploy.TrafficRouting_TimeBasedCanary(&awscodedeploy.TimeBasedCanaryTrafficRoutingProps{
				Interval: awscdk.Duration_Minutes(jsii.Number(15)), Percentage: jsii.Number(5)}),
		})
		role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("codedeploy.amazonaws.com"), nil)})
		dg := awscodedeploy.NewLambdaDeploymentGroup(st, s("DG"), &awscodedeploy.LambdaDeploymentGroupProps{
			Alias:                   alias(st, fn(st, "Fn")),
			Application:             app,
			DeploymentGroupName:     s("my-group"),
			DeploymentConfig:        config,
			Alarms:                  &[]interfacesawscloudwatch.IAlarmRef{alarm(st, "A1")},
			AutoRollback:            &awscodedeploy.AutoRollbackConfig{StoppedDeployment: jsii.Bool(true)},
			PreHook:                 fn(st, "Pre"),
			Role:                    role,
			IgnorePollAlarmsFailure: jsii.Bool(true),
		})
		dg.AddAlarm(alarm(st, "A2"))
		dg.AddPostHook(fn(st, "Post"))
		other := awsiam.NewRole(st, s("Other"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("lambda.amazonaws.com"), nil)})
		dg.GrantPutLifecycleEventHookExecutionStatus(other)
		out(st, "GroupArn", dg.DeploymentGroupArn())
		out(st, "GroupName", dg.DeploymentGroupName())
		out(st, "AppArn", app.ApplicationArn())
		out(st, "ConfigArn", config.DeploymentConfigArn())
		out(st, "ConfigName", config.DeploymentConfigName())
	},
	"LambdaRollback": func(st awscdk.Stack) {
		awscodedeploy.NewLambdaDeploymentGroup(st, s("DG"), &awscodedeploy.LambdaDeploymentGroupProps{
			Alias:            alias(st, fn(st, "Fn")),
			DeploymentConfig: awscodedeploy.LambdaDeploymentConfig_LINEAR_10PERCENT_EVERY_1MINUTE(),
			AutoRollback: &awscodedeploy.AutoRollbackConfig{FailedDeployment: jsii.Bool(false), StoppedDeployment: jsii.Bool(false),
				DeploymentInAlarm: jsii.Bool(false)},
			IgnoreAlarmConfiguration: jsii.Bool(true),
			Alarms:                   &[]interfacesawscloudwatch.IAlarmRef{alarm(st, "A")},
		})
		awscodedeploy.NewLambdaDeploymentConfig(st, s("Default"), nil)
		awscodedeploy.NewLambdaDeploymentConfig(st, s("Linear"), &awscodedeploy.LambdaDeploymentConfigProps{
			TrafficRouting: awscodedeploy.NewTimeBasedLinearTrafficRouting(&awscodedeploy.TimeBasedLinearTrafficRoutingProps{
				Interval: awscdk.Duration_Minutes(jsii.Number(2)), Percentage: jsii.Number(20)}),
		})
		awscodedeploy.NewLambdaDeploymentConfig(st, s("AllAtOnce"), &awscodedeploy.LambdaDeploymentConfigProps{TrafficRouting: awscodedeploy.NewAllAtOnceTrafficRouting()})
	},
	"LambdaImports": func(st awscdk.Stack) {
		awscdk.NewCfnWaitConditionHandle(st, s("Handle"), nil)
		byName := awscodedeploy.LambdaApplication_FromLambdaApplicationName(st, s("ByName"), s("app-a"))
		byArn := awscodedeploy.LambdaApplication_FromLambdaApplicationArn(st, s("ByArn"), s("arn:aws:codedeploy:eu-west-1:111111111111:application:app-b"))
		dg := awscodedeploy.LambdaDeploymentGroup_FromLambdaDeploymentGroupAttributes(st, s("DG"), &awscodedeploy.LambdaDeploymentGroupAttributes{
			Application: byName, DeploymentGroupName: s("group-a")})
		dg2 := awscodedeploy.LambdaDeploymentGroup_FromLambdaDeploymentGroupAttributes(st, s("DG2"), &awscodedeploy.LambdaDeploymentGroupAttributes{
			Application: byArn, DeploymentGroupName: s("group-b"), DeploymentConfig: awscodedeploy.LambdaDeploymentConfig_ALL_AT_ONCE()})
		cfg := awscodedeploy.LambdaDeploymentConfig_FromLambdaDeploymentConfigName(st, s("Cfg"), s("cfg-a"))
		base := awscodedeploy.BaseDeploymentConfig_FromDeploymentConfigName(st, s("Base"), s("cfg-b"))
		out(st, "ByNameArn", byName.ApplicationArn())
		out(st, "ByNameName", byName.ApplicationName())
		out(st, "ByArnName", byArn.ApplicationName())
		out(st, "DGArn", dg.DeploymentGroupArn())
		out(st, "DGName", dg.DeploymentGroupName())
		out(st, "DGConfig", dg.DeploymentConfig().DeploymentConfigName())
		out(st, "DGConfigArn", dg.DeploymentConfig().DeploymentConfigArn())
		out(st, "DG2Arn", dg2.DeploymentGroupArn())
		out(st, "DG2ConfigArn", dg2.DeploymentConfig().DeploymentConfigArn())
		out(st, "CfgArn", cfg.DeploymentConfigArn())
		out(st, "BaseArn", base.DeploymentConfigArn())
		out(st, "Predefined", awscodedeploy.LambdaDeploymentConfig_CANARY_10PERCENT_30MINUTES().DeploymentConfigName())
		out(st, "PredefinedArn", awscodedeploy.LambdaDeploymentConfig_LINEAR_10PERCENT_EVERY_3MINUTES().DeploymentConfigArn())
	},
}

var lambdaErrors = map[string]func(st awscdk.Stack){
	"InAlarmWithoutAlarms": func(st awscdk.Stack) {
		awscodedeploy.NewLambdaDeploymentGroup(st, s("DG"), &awscodedeploy.LambdaDeploymentGroupProps{Alias: alias(st, fn(st, "Fn")),
			AutoRollback: &awscodedeploy.AutoRollbackConfig{DeploymentInAlarm: jsii.Bool(true)}})
	},
	"TwoPreHooks": func(st awscdk.Stack) {
		awscodedeploy.NewLambdaDeploymentGroup(st, s("DG"), &awscodedeploy.LambdaDeploymentGroupProps{Alias: alias(st, fn(st, "Fn")),
			PreHook: fn(st, "P")}).AddPreHook(fn(st, "P2"))
	},
	"TwoPostHooks": func(st awscdk.Stack) {
		awscodedeploy.NewLambdaDeploymentGroup(st, s("DG"), &awscodedeploy.LambdaDeploymentGroupProps{Alias: alias(st, fn(st, "Fn")),
			PostHook: fn(st, "P")}).AddPostHook(fn(st, "P2"))
	},
	"BadGroupName": func(st awscdk.Stack) {
		awscodedeploy.NewLambdaDeploymentGroup(st, s("DG"), &awscodedeploy.LambdaDeploymentGroupProps{Alias: alias(st, fn(st, "Fn")),
			DeploymentGroupName: s("bad name!")})
	},
	"LongAppName": func(st awscdk.Stack) {
		awscodedeploy.NewLambdaApplication(st, s("App"), &awscodedeploy.LambdaApplicationProps{ApplicationName: s(strings.Repeat("a", 101))})
	},
	"BadConfigName": func(st awscdk.Stack) {
		awscodedeploy.NewLambdaDeploymentConfig(st, s("Cfg"), &awscodedeploy.LambdaDeploymentConfigProps{DeploymentConfigName: s("bad/name")})
	},
}

func TestLambdaTemplates(t *testing.T) { checkTemplates(t, lambdaCases, nil) }

// resolutionError strips the wrapping aws-cdk-lib adds to a mistake found
// while resolving a lazy value; Strata finds it in validation.
var resolutionError = regexp.MustCompile(`^(Resolution error: )+|\.\.\.$`)

func fixMessage(m string) string { return resolutionError.ReplaceAllString(m, "") }

func TestErrors(t *testing.T) {
	all := map[string]func(st awscdk.Stack){}
	for _, m := range []map[string]func(st awscdk.Stack){lambdaErrors, ecsErrors, serverErrors} {
		for k, v := range m {
			all[k] = v
		}
	}
	checkErrors(t, all, fixMessage)
}

func init() {
	lambdaCases["LambdaCustomConfig"] = func(st awscdk.Stack) {
		canary := awscodedeploy.NewCustomLambdaDeploymentConfig(st, s("Canary"), &awscodedeploy.CustomLambdaDeploymentConfigProps{
			Type: awscodedeploy.CustomLambdaDeploymentConfigType_CANARY, Interval: awscdk.Duration_Minutes(jsii.Number(5)), Percentage: jsii.Number(10)})
		linear := awscodedeploy.NewCustomLambdaDeploymentConfig(st, s("Linear"), &awscodedeploy.CustomLambdaDeploymentConfigProps{
			Type: awscodedeploy.CustomLambdaDeploymentConfigType_LINEAR, Interval: awscdk.Duration_Minutes(jsii.Number(1)), Percentage: jsii.Number(5),
			DeploymentConfigName: s("my-linear")})
		awscodedeploy.NewLambdaDeploymentGroup(st, s("DG"), &awscodedeploy.LambdaDeploymentGroupProps{Alias: alias(st, fn(st, "Fn")), DeploymentConfig: canary})
		out(st, "LinearArn", linear.DeploymentConfigArn())
		out(st, "CanaryName", canary.DeploymentConfigName())
	}
	lambdaErrors["CustomPercentage"] = func(st awscdk.Stack) {
		awscodedeploy.NewCustomLambdaDeploymentConfig(st, s("C"), &awscodedeploy.CustomLambdaDeploymentConfigProps{
			Type: awscodedeploy.CustomLambdaDeploymentConfigType_LINEAR, Interval: awscdk.Duration_Minutes(jsii.Number(1)), Percentage: jsii.Number(100)})
	}
	lambdaErrors["CustomInterval"] = func(st awscdk.Stack) {
		awscodedeploy.NewCustomLambdaDeploymentConfig(st, s("C"), &awscodedeploy.CustomLambdaDeploymentConfigProps{
			Type: awscodedeploy.CustomLambdaDeploymentConfigType_CANARY, Interval: awscdk.Duration_Days(jsii.Number(3)), Percentage: jsii.Number(10)})
	}
}
