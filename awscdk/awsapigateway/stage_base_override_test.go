package awsapigateway_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// myStage is a user's StageBase type, as the twin's MyStage class.
type myStage struct {
	awsapigateway.StageBase
	api awsapigateway.IRestApi
}

func (m *myStage) RestApi() awsapigateway.IRestApi { return m.api }
func (m *myStage) StageName() *string              { return jsii.String("custom") }

type halfStage struct{ awsapigateway.StageBase }

// TestStageBaseOverride: the Go twin of the StageBase stack in testdata/twins.js.
func TestStageBaseOverride(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"StageBase": func(s awscdk.Stack) {
			api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
			api.Root().AddMethod(jsii.String("GET"), nil, nil)
			st := &myStage{api: api}
			awsapigateway.NewStageBase_Override(st, s, jsii.String("Custom"), nil)
			awscdk.NewCfnOutput(s, jsii.String("Url"), &awscdk.CfnOutputProps{Value: st.UrlForPath(jsii.String("/items"))})
			awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: st.StageArn()})
			awscloudwatch.NewAlarm(s, jsii.String("Errors"), &awscloudwatch.AlarmProps{Metric: st.MetricClientError(nil),
				Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		},
	}, nil, nil)

	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		st := &halfStage{}
		awsapigateway.NewStageBase_Override(st, s, jsii.String("Half"), nil)
		st.UrlForPath(nil)
	})
	if err == nil || !strings.Contains(err.Error(), "must define RestApi") || !strings.Contains(err.Error(), "S/Half") {
		t.Fatalf("got %v", err)
	}
}
