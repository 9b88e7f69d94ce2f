package awsapigateway_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// TestStepFunctionsTemplates: the Go twin of the Sfn stack in testdata/twins.js.
func TestStepFunctionsTemplates(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"Sfn": func(s awscdk.Stack) {
			express := func(id, pass string, name *string) sfn.StateMachine {
				return sfn.NewStateMachine(s, jsii.String(id), &sfn.StateMachineProps{StateMachineName: name, StateMachineType: sfn.StateMachineType_EXPRESS,
					DefinitionBody: sfn.DefinitionBody_FromChainable(sfn.NewPass(s, jsii.String(pass), nil))})
			}
			sm := express("SM", "P", nil)
			awsapigateway.NewStepFunctionsRestApi(s, jsii.String("Api"), &awsapigateway.StepFunctionsRestApiProps{StateMachine: sm, Headers: jsii.Bool(true),
				RequestContext: &awsapigateway.RequestContext{AccountId: jsii.Bool(true), Caller: jsii.Bool(true), UserArn: jsii.Bool(false)}})
			api := awsapigateway.NewRestApi(s, jsii.String("Other"), nil)
			named := express("Named", "P2", jsii.String("named-sm"))
			api.Root().AddResource(jsii.String("run"), nil).AddMethod(jsii.String("POST"), awsapigateway.StepFunctionsIntegration_StartExecution(named,
				&awsapigateway.StepFunctionsExecutionIntegrationOptions{Path: jsii.Bool(false), Querystring: jsii.Bool(false), Authorizer: jsii.Bool(true)}), nil)
			role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)})
			imported := sfn.StateMachine_FromStateMachineArn(s, jsii.String("Imported"), jsii.String("arn:aws:states:us-east-1:111111111111:stateMachine:other"))
			api.Root().AddResource(jsii.String("imported"), nil).AddMethod(jsii.String("GET"), awsapigateway.StepFunctionsIntegration_StartExecution(imported,
				&awsapigateway.StepFunctionsExecutionIntegrationOptions{CredentialsRole: role, UseDefaultMethodResponses: jsii.Bool(false), RequestContext: &awsapigateway.RequestContext{}}), nil)
		},
	}, nil, nil)
}

// A STANDARD state machine cannot back a StepFunctionsRestApi.
func TestStepFunctionsRestApiNeedsExpress(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		sm := sfn.NewStateMachine(s, jsii.String("SM"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(sfn.NewPass(s, jsii.String("P"), nil))})
		awsapigateway.NewStepFunctionsRestApi(s, jsii.String("Api"), &awsapigateway.StepFunctionsRestApiProps{StateMachine: sm})
	})
	if err == nil {
		t.Fatal("want an error for a STANDARD state machine")
	}
	if nil == golden.SynthErr(t, func(app awscdk.App) {
		awsapigateway.NewStepFunctionsRestApi(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("Api"), nil)
	}) {
		t.Fatal("want an error for nil props")
	}
}
