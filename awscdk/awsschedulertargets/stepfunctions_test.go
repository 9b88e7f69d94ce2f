package awsschedulertargets_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsscheduler"
	"github.com/strata-cdk/strata/awscdk/awsschedulertargets"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the StepFunctions stack in testdata/twins.js.
var stepFunctionsCases = map[string]func(s awscdk.Stack){
	"StepFunctions": func(s awscdk.Stack) {
		sm := awsstepfunctions.NewStateMachine(s, jsii.String("SM"), &awsstepfunctions.StateMachineProps{
			DefinitionBody: awsstepfunctions.DefinitionBody_FromChainable(awsstepfunctions.NewPass(s, jsii.String("Pass"), nil))})
		schedule(s, "ToMachine", every(5), awsschedulertargets.NewStepFunctionsStartExecution(sm, &awsschedulertargets.ScheduleTargetBaseProps{
			Input: awsscheduler.ScheduleTargetInput_FromObject(map[string]interface{}{"k": "v"}), RetryAttempts: jsii.Number(3)}))
		imported := awsstepfunctions.StateMachine_FromStateMachineArn(s, jsii.String("Imported"), jsii.String("arn:aws:states:us-east-1:111111111111:stateMachine:other"))
		schedule(s, "ToImported", every(10), awsschedulertargets.NewStepFunctionsStartExecution(imported, &awsschedulertargets.ScheduleTargetBaseProps{}))
	},
}

func TestStepFunctionsTemplates(t *testing.T) { checkTemplates(t, stepFunctionsCases, nil) }
