package awsstepfunctionstasks_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	tasks "github.com/strata-cdk/strata/awscdk/awsstepfunctionstasks"
	"github.com/strata-cdk/strata/jsii"
)

func str(s string) *string   { return jsii.String(s) }
func num(f float64) *float64 { return jsii.Number(f) }

func machine(s awscdk.Stack, c sfn.IChainable, props *sfn.StateMachineProps) sfn.StateMachine {
	if props == nil {
		props = &sfn.StateMachineProps{}
	}
	props.DefinitionBody = sfn.DefinitionBody_FromChainable(c)
	return sfn.NewStateMachine(s, str("SM"), props)
}

func fn(s awscdk.Stack) awslambda.Function {
	return awslambda.NewFunction(s, str("Fn"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: str("index.handler"),
		Code: awslambda.Code_FromInline(str("exports.handler = async () => 1;"))})
}

func alarm(s awscdk.Stack, id string, m awscloudwatch.Metric) {
	awscloudwatch.NewAlarm(s, str(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: num(1), EvaluationPeriods: num(1)})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Lambda": func(s awscdk.Stack) {
		f := fn(s)
		imported := awslambda.Function_FromFunctionArn(s, str("Imported"), str("arn:aws:lambda:us-east-1:111111111111:function:other"))
		a := tasks.NewLambdaInvoke(s, str("Default"), &tasks.LambdaInvokeProps{LambdaFunction: f})
		b := tasks.NewLambdaInvoke(s, str("Full"), &tasks.LambdaInvokeProps{
			LambdaFunction: f, Payload: sfn.TaskInput_FromObject(&map[string]interface{}{"a": sfn.JsonPath_StringAt(str("$.a")), "lit": "x", "n": 1}),
			InvocationType: tasks.LambdaInvocationType_EVENT, ClientContext: str("ctx"), Qualifier: str("1"), RetryOnServiceExceptions: jsii.Bool(false),
			ResultPath: str("$.r"), Comment: str("full"), Timeout: awscdk.Duration_Seconds(num(30)),
		})
		c := tasks.NewLambdaInvoke(s, str("Only"), &tasks.LambdaInvokeProps{LambdaFunction: imported, PayloadResponseOnly: jsii.Bool(true), Payload: sfn.TaskInput_FromJsonPathAt(str("$.in"))})
		d := tasks.NewLambdaInvoke(s, str("Callback"), &tasks.LambdaInvokeProps{LambdaFunction: f, IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN,
			Payload: sfn.TaskInput_FromObject(&map[string]interface{}{"token": sfn.JsonPath_TaskToken()})})
		e := tasks.LambdaInvoke_JsonPath(s, str("Path"), &tasks.LambdaInvokeJsonPathProps{LambdaFunction: imported, Payload: sfn.TaskInput_FromText(str("hello")), OutputPath: str("$.Payload")})
		g := tasks.LambdaInvoke_Jsonata(s, str("Nata"), &tasks.LambdaInvokeJsonataProps{LambdaFunction: f, Outputs: "{% $states.result.Payload %}"})
		h := tasks.LambdaInvoke_Jsonata(s, str("NataPayload"), &tasks.LambdaInvokeJsonataProps{LambdaFunction: imported,
			Payload: sfn.TaskInput_FromObject(&map[string]interface{}{"x": "{% $states.input.x %}"}), InvocationType: tasks.LambdaInvocationType_DRY_RUN})
		i := tasks.NewLambdaInvoke(s, str("OnlyDefault"), &tasks.LambdaInvokeProps{LambdaFunction: f, PayloadResponseOnly: jsii.Bool(true)})
		machine(s, a.Next(b).Next(c).Next(d).Next(e).Next(g).Next(h).Next(i), nil)
		alarm(s, "RunTime", b.MetricRunTime(nil))
		alarm(s, "Failed", a.MetricFailed(nil))
	},
	"LambdaJsonata": func(s awscdk.Stack) {
		f := fn(s)
		a := tasks.NewLambdaInvoke(s, str("A"), &tasks.LambdaInvokeProps{LambdaFunction: f})
		b := tasks.LambdaInvoke_JsonPath(s, str("B"), &tasks.LambdaInvokeJsonPathProps{LambdaFunction: f,
			Payload: sfn.TaskInput_FromObject(&map[string]interface{}{"k": "{% $states.input.k %}"})})
		machine(s, a.Next(b), &sfn.StateMachineProps{QueryLanguage: sfn.QueryLanguage_JSONATA})
	},
}

// The Go twins of the bad-input cases in testdata/twins.js.
var errorCases = map[string]func(s awscdk.Stack){
	"LambdaRunJob": func(s awscdk.Stack) {
		tasks.NewLambdaInvoke(s, str("T"), &tasks.LambdaInvokeProps{LambdaFunction: fn(s), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
	},
	"LambdaNoToken": func(s awscdk.Stack) {
		tasks.NewLambdaInvoke(s, str("T"), &tasks.LambdaInvokeProps{LambdaFunction: fn(s), IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN})
	},
	"LambdaPayloadOnly": func(s awscdk.Stack) {
		tasks.NewLambdaInvoke(s, str("T"), &tasks.LambdaInvokeProps{LambdaFunction: fn(s), PayloadResponseOnly: jsii.Bool(true), Qualifier: str("1")})
	},
}
