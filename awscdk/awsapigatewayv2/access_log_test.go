package awsapigatewayv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/jsii"
)

// logSettings is how a Go program writes the object literal
// { destination, format } of a JavaScript one.
type logSettings struct {
	dest   v2.IAccessLogDestination
	format awsapigateway.AccessLogFormat
}

func (l *logSettings) Destination() v2.IAccessLogDestination { return l.dest }
func (l *logSettings) Format() awsapigateway.AccessLogFormat { return l.format }

// The Go twin of the AccessLogs stack in testdata/twins.js.
func accessLogsCase(s awscdk.Stack) {
	group := awslogs.NewLogGroup(s, jsii.String("Logs"), nil)
	api := v2.NewHttpApi(s, jsii.String("Api"), &v2.HttpApiProps{CreateDefaultStage: jsii.Bool(false)})
	api.AddStage(jsii.String("Clf"), &v2.HttpStageOptions{StageName: jsii.String("clf"), AccessLogSettings: &logSettings{dest: v2.NewLogGroupLogDestination(group)}})
	v2.NewHttpStage(s, jsii.String("Json"), &v2.HttpStageProps{HttpApi: api, StageName: jsii.String("json"), AccessLogSettings: &logSettings{
		dest: v2.NewLogGroupLogDestination(group), format: awsapigateway.AccessLogFormat_JsonWithStandardFields(nil)}})
	ws := v2.NewWebSocketApi(s, jsii.String("Ws"), nil)
	v2.NewWebSocketStage(s, jsii.String("WsStage"), &v2.WebSocketStageProps{StageName: jsii.String("dev"), WebSocketApi: ws,
		AccessLogSettings: &logSettings{dest: v2.NewLogGroupLogDestination(group)}})
}

func TestAccessLogTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"AccessLogs": accessLogsCase}, nil)
}

func init() {
	errorCases["AccessLogWithoutRequestId"] = func(s awscdk.Stack) {
		v2.NewHttpApi(s, jsii.String("A"), nil).AddStage(jsii.String("St"), &v2.HttpStageOptions{StageName: jsii.String("x"), AccessLogSettings: &logSettings{
			dest: v2.NewLogGroupLogDestination(awslogs.NewLogGroup(s, jsii.String("L"), nil)), format: awsapigateway.AccessLogFormat_Custom(jsii.String("$context.status"))}})
	}
}
