package awseventstargets_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Sfn stack in testdata/twins.js.
func init() {
	templateCases["Sfn"] = func(s awscdk.Stack) {
		sm := awsstepfunctions.NewStateMachine(s, jsii.String("SM"), &awsstepfunctions.StateMachineProps{
			DefinitionBody: awsstepfunctions.DefinitionBody_FromChainable(awsstepfunctions.NewPass(s, jsii.String("P"), nil))})
		dlq := awssqs.NewQueue(s, jsii.String("DLQ"), nil)
		every5(s, "Rule").AddTarget(awseventstargets.NewSfnStateMachine(sm, &awseventstargets.SfnStateMachineProps{
			Input: awsevents.RuleTargetInput_FromObject(map[string]interface{}{"a": 1}), DeadLetterQueue: dlq, RetryAttempts: jsii.Number(2),
			MaxEventAge: awscdk.Duration_Hours(jsii.Number(1))}))
		every5(s, "Again").AddTarget(awseventstargets.NewSfnStateMachine(sm, nil))
		role := awsiam.NewRole(s, jsii.String("Given"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil)})
		imported := awsstepfunctions.StateMachine_FromStateMachineArn(s, jsii.String("Imported"), jsii.String("arn:aws:states:us-east-1:111111111111:stateMachine:other"))
		every5(s, "ToImported").AddTarget(awseventstargets.NewSfnStateMachine(imported, &awseventstargets.SfnStateMachineProps{Role: role}))
	}
}

// A state machine target made from nil is a clear error naming the rule.
func TestNilSfnStateMachine(t *testing.T) {
	if err := synthErr(t, func(app awscdk.App) {
		every5(awscdk.NewStack(app, jsii.String("S"), nil), "R").AddTarget(awseventstargets.NewSfnStateMachine(nil, nil))
	}); err == nil {
		t.Fatal("want an error")
	}
}

// A rule in one stack starting a state machine of another: the Go twin of
// the SfnProducer and SfnConsumer stacks in testdata/twins.js.
func TestSfnAcrossStacks(t *testing.T) {
	golden.CheckApp(t, []string{"SfnProducer", "SfnConsumer"}, func(app awscdk.App) {
		producer := awscdk.NewStack(app, jsii.String("SfnProducer"), nil)
		sm := awsstepfunctions.NewStateMachine(producer, jsii.String("SM"), &awsstepfunctions.StateMachineProps{
			DefinitionBody: awsstepfunctions.DefinitionBody_FromChainable(awsstepfunctions.NewPass(producer, jsii.String("P"), nil))})
		consumer := awscdk.NewStack(app, jsii.String("SfnConsumer"), nil)
		every5(consumer, "Rule").AddTarget(awseventstargets.NewSfnStateMachine(sm, nil))
	}, nil)
}
