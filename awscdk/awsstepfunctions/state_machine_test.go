package awsstepfunctions_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/sfntask"
	"github.com/strata-cdk/strata/jsii"
)

func str(s string) *string   { return jsii.String(s) }
func num(f float64) *float64 { return jsii.Number(f) }

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, str(id), &awscdk.CfnOutputProps{Value: v})
}

func fromChain(c sfn.IChainable) sfn.DefinitionBody { return sfn.DefinitionBody_FromChainable(c) }

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Simple": func(s awscdk.Stack) {
		start := sfn.NewPass(s, str("Start"), &sfn.PassProps{Result: sfn.Result_FromObject(&map[string]interface{}{"b": 1, "a": "x"}), ResultPath: str("$.res")})
		wait := sfn.NewWait(s, str("Wait"), &sfn.WaitProps{Time: sfn.WaitTime_Duration(awscdk.Duration_Minutes(num(2)))})
		done := sfn.NewSucceed(s, str("Done"), &sfn.SucceedProps{Comment: str("all good")})
		sm := sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(start.Next(wait).Next(done))})
		out(s, "Arn", sm.StateMachineArn())
		out(s, "Name", sm.StateMachineName())
		out(s, "Rev", sm.StateMachineRevisionId())
		out(s, "Type", str(string(sm.StateMachineType())))
	},
	"Choice": func(s awscdk.Stack) {
		choice := sfn.NewChoice(s, str("Is it?"), &sfn.ChoiceProps{Comment: str("decide"), InputPath: str("$.in"), OutputPath: str("$.out")})
		a := sfn.NewPass(s, str("A"), nil)
		b := sfn.NewPass(s, str("B"), &sfn.PassProps{Parameters: &map[string]interface{}{
			"x": sfn.JsonPath_StringAt(str("$.x")), "n": sfn.JsonPath_NumberAt(str("$.n")), "lit": "v", "list": sfn.JsonPath_ListAt(str("$.l")),
			"obj": map[string]interface{}{"inner": sfn.JsonPath_StringAt(str("$$.Execution.Id")), "arr": []interface{}{1, "two", map[string]interface{}{"deep": sfn.JsonPath_EntirePayload()}}},
		}})
		c := sfn.NewPass(s, str("C"), &sfn.PassProps{StateName: str("Renamed C")})
		f := sfn.NewFail(s, str("Failed"), &sfn.FailProps{Error: str("Oops"), Cause: str("bad input")})
		f2 := sfn.NewFail(s, str("FailedPath"), &sfn.FailProps{ErrorPath: str("$.err"), CausePath: sfn.JsonPath_Format(str("cause {}"), sfn.JsonPath_StringAt(str("$.c")))})
		choice.
			When(sfn.Condition_StringEquals(str("$.kind"), str("a")), a, &sfn.ChoiceTransitionOptions{Comment: str("to a")}).
			When(sfn.Condition_And(sfn.Condition_NumberGreaterThan(str("$.n"), num(3)), sfn.Condition_Not(sfn.Condition_IsNull(str("$.m")))), b, nil).
			When(sfn.Condition_Or(sfn.Condition_BooleanEquals(str("$.flag"), jsii.Bool(true)), sfn.Condition_TimestampLessThanJsonPath(str("$.t"), str("$.u")), sfn.Condition_StringMatches(str("$.s"), str("a*"))), f, nil).
			When(sfn.Condition_IsPresent(str("$.p")), f2, nil).
			Otherwise(c)
		after := choice.Afterwards(nil)
		end := sfn.NewSucceed(s, str("End"), nil)
		after.Next(end)
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{Definition: choice, Comment: str("choices")})
	},
	"Flow": func(s awscdk.Stack) {
		p := sfn.NewParallel(s, str("Par"), &sfn.ParallelProps{ResultPath: str("$.par"), ResultSelector: &map[string]interface{}{"first": sfn.JsonPath_StringAt(str("$[0]"))}})
		p.Branch(sfn.NewPass(s, str("B1"), nil).Next(sfn.NewPass(s, str("B1b"), nil)), sfn.NewPass(s, str("B2"), nil))
		p.AddRetry(&sfn.RetryProps{Errors: jsii.Strings("States.ALL"), MaxAttempts: num(2)})
		p.AddRetry(&sfn.RetryProps{Errors: jsii.Strings("Custom.Error"), Interval: awscdk.Duration_Seconds(num(5)), BackoffRate: num(1.5),
			MaxDelay: awscdk.Duration_Minutes(num(1)), JitterStrategy: sfn.JitterType_FULL})
		handler := sfn.NewFail(s, str("Handler"), nil)
		p.AddCatch(handler, &sfn.CatchProps{ResultPath: str("$.error")})
		p.AddCatch(sfn.NewPass(s, str("Timeout"), nil), &sfn.CatchProps{Errors: &[]*string{sfn.Errors_TIMEOUT()}})
		m := sfn.NewMap(s, str("Map"), &sfn.MapProps{ItemsPath: str("$.items"), MaxConcurrency: num(3),
			ItemSelector: &map[string]interface{}{"item": sfn.JsonPath_StringAt(str("$$.Map.Item.Value")), "k": "v"}, ResultPath: sfn.JsonPath_DISCARD()})
		m.ItemProcessor(sfn.NewPass(s, str("Each"), nil).Next(sfn.NewWait(s, str("Nap"), &sfn.WaitProps{Time: sfn.WaitTime_SecondsPath(str("$.secs"))})), nil)
		old := sfn.NewMap(s, str("OldMap"), &sfn.MapProps{Parameters: &map[string]interface{}{"x.$": "$.x", "y": sfn.JsonPath_StringAt(str("$.y"))}})
		old.Iterator(sfn.NewPass(s, str("Iter"), nil))
		custom := sfn.NewCustomState(s, str("Custom"), &sfn.CustomStateProps{StateJson: &map[string]interface{}{
			"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
			"Parameters": map[string]interface{}{"TableName": "T", "Item": map[string]interface{}{"id": map[string]interface{}{"S": "x"}}}, "ResultPath": awscdk.JsonNull_INSTANCE()}})
		custom.AddRetry(&sfn.RetryProps{MaxAttempts: num(1)})
		t := sfn.NewPass(s, str("Stamp"), &sfn.PassProps{Parameters: &map[string]interface{}{
			"at": sfn.JsonPath_StringAt(str("$$.State.EnteredTime")), "uuid": sfn.JsonPath_Uuid(),
			"arr": sfn.JsonPath_Array(sfn.JsonPath_StringAt(str("$.a")), str("lit")), "h": sfn.JsonPath_Hash(str("x"), str("SHA-256")),
			"sum": sfn.JsonPath_MathAdd(sfn.JsonPath_NumberAt(str("$.a")), num(2)), "range": sfn.JsonPath_ArrayRange(num(1), num(9), num(2)),
		}})
		w := sfn.NewWait(s, str("Until"), &sfn.WaitProps{Time: sfn.WaitTime_Timestamp(str("2030-01-01T00:00:00Z"))})
		def := sfn.Chain_Start(p).Next(m).Next(old).Next(custom).Next(t).Next(w)
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(def), Timeout: awscdk.Duration_Hours(num(1))})
	},
	"Props": func(s awscdk.Stack) {
		lg := awslogs.NewLogGroup(s, str("Logs"), nil)
		key := awskms.NewKey(s, str("Key"), nil)
		sfn.NewStateMachine(s, str("Express"), &sfn.StateMachineProps{
			StateMachineName:        str("my-machine"),
			StateMachineType:        sfn.StateMachineType_EXPRESS,
			DefinitionBody:          fromChain(sfn.NewPass(s, str("P"), nil)),
			Logs:                    &sfn.LogOptions{Destination: lg, Level: sfn.LogLevel_ALL, IncludeExecutionData: jsii.Bool(true)},
			TracingEnabled:          jsii.Bool(true),
			RemovalPolicy:           awscdk.RemovalPolicy_RETAIN,
			EncryptionConfiguration: sfn.NewCustomerManagedEncryptionConfiguration(key, awscdk.Duration_Seconds(num(120))),
		})
		role := awsiam.NewRole(s, str("Given"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("states.amazonaws.com"), nil)})
		sfn.NewStateMachine(s, str("FromString"), &sfn.StateMachineProps{
			Role:                    role,
			DefinitionBody:          sfn.DefinitionBody_FromString(str(`{"StartAt":"X","States":{"X":{"Type":"Succeed"}}}`)),
			DefinitionSubstitutions: &map[string]*string{"b": str("B"), "a": str("A")},
			EncryptionConfiguration: sfn.NewAwsOwnedEncryptionConfiguration(),
			TracingEnabled:          jsii.Bool(false),
			Logs:                    &sfn.LogOptions{Level: sfn.LogLevel_OFF},
		})
		sfn.NewStateMachine(s, str("Cmk"), &sfn.StateMachineProps{
			DefinitionBody:          fromChain(sfn.NewSucceed(s, str("OK"), nil)),
			EncryptionConfiguration: sfn.NewCustomerManagedEncryptionConfiguration(key, nil),
			Logs:                    &sfn.LogOptions{Destination: lg},
		})
	},
	"Grants": func(s awscdk.Stack) {
		sm := sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(sfn.NewPass(s, str("P"), nil))})
		role := awsiam.NewRole(s, str("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("lambda.amazonaws.com"), nil)})
		sm.GrantStartExecution(role)
		sm.GrantStartSyncExecution(role)
		sm.GrantRead(role)
		sm.GrantTaskResponse(role)
		sm.GrantExecution(role, str("states:StopExecution"))
		sm.GrantRedriveExecution(role)
		sm.Grant(role, str("states:ListTagsForResource"))
		byArn := sfn.StateMachine_FromStateMachineArn(s, str("ByArn"), str("arn:aws:states:us-east-1:111111111111:stateMachine:other"))
		byArn.GrantStartExecution(role)
		byArn.GrantRead(role)
		byName := sfn.StateMachine_FromStateMachineName(s, str("ByName"), str("named"))
		byName.GrantExecution(role, str("states:DescribeExecution"))
		sm.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")}))
		alarm := func(id string, m awscloudwatch.Metric) {
			awscloudwatch.NewAlarm(s, str(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: num(1), EvaluationPeriods: num(1)})
		}
		alarm("Failed", sm.MetricFailed(nil))
		alarm("Throttled", sm.MetricThrottled(nil))
		alarm("Aborted", sm.MetricAborted(nil))
		alarm("Succeeded", sm.MetricSucceeded(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(num(1))}))
		alarm("TimedOut", sm.MetricTimedOut(nil))
		alarm("Started", sm.MetricStarted(nil))
		alarm("Time", sm.MetricTime(nil))
		alarm("Custom", sm.Metric(str("Other"), &awscloudwatch.MetricOptions{Statistic: str("Maximum")}))
		alarm("Imported", byArn.MetricFailed(nil))
		out(s, "ByNameArn", byName.StateMachineArn())
	},
	"Jsonata": func(s awscdk.Stack) {
		p := sfn.Pass_Jsonata(s, str("P"), &sfn.PassJsonataProps{Outputs: map[string]interface{}{"total": "{% $states.input.a + 1 %}"}, Assign: &map[string]interface{}{"v": "{% $states.input.v %}"}})
		c := sfn.Choice_Jsonata(s, str("C"), nil)
		c.When(sfn.Condition_Jsonata(str("{% $states.input.ok %}")), sfn.Succeed_Jsonata(s, str("Yes"), &sfn.SucceedJsonataProps{Outputs: map[string]interface{}{"r": "yes"}}),
			&sfn.ChoiceTransitionOptions{Outputs: map[string]interface{}{"o": 1}, Assign: &map[string]interface{}{"z": 2}})
		c.Otherwise(sfn.Fail_Jsonata(s, str("No"), &sfn.FailJsonataProps{Error: str("E"), Cause: str(`{% "c" %}`)}))
		m := sfn.Map_Jsonata(s, str("M"), &sfn.MapJsonataProps{Items: sfn.ProvideItems_Jsonata(str("{% $states.input.list %}")), JsonataMaxConcurrency: str("{% 2 %}")})
		m.ItemProcessor(sfn.Pass_Jsonata(s, str("Item"), nil), nil)
		sfn.NewStateMachine(s, str("All"), &sfn.StateMachineProps{QueryLanguage: sfn.QueryLanguage_JSONATA, DefinitionBody: fromChain(p.Next(m).Next(c))})
		mixed := sfn.Pass_JsonPath(s, str("PathPass"), &sfn.PassJsonPathProps{Assign: &map[string]interface{}{"x": sfn.JsonPath_StringAt(str("$.x"))}})
		mixed.Next(sfn.Wait_Jsonata(s, str("JWait"), &sfn.WaitJsonataProps{Time: sfn.WaitTime_Seconds(str("{% 3 %}"))}))
		sfn.NewStateMachine(s, str("Mixed"), &sfn.StateMachineProps{DefinitionBody: fromChain(mixed)})
	},
	"Activity": func(s awscdk.Stack) {
		key := awskms.NewKey(s, str("Key"), nil)
		a := sfn.NewActivity(s, str("Act"), nil)
		named := sfn.NewActivity(s, str("Named"), &sfn.ActivityProps{ActivityName: str("named-activity"), EncryptionConfiguration: sfn.NewCustomerManagedEncryptionConfiguration(key, nil)})
		sfn.NewActivity(s, str("Owned"), &sfn.ActivityProps{EncryptionConfiguration: sfn.NewAwsOwnedEncryptionConfiguration()})
		byArn := sfn.Activity_FromActivityArn(s, str("ByArn"), str("arn:aws:states:us-east-1:111111111111:activity:other"))
		byName := sfn.Activity_FromActivityName(s, str("ByName"), str("mine"))
		role := awsiam.NewRole(s, str("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("lambda.amazonaws.com"), nil)})
		a.Grant(role, str("states:SendTaskSuccess"))
		named.Grant(role, str("states:GetActivityTask"))
		for _, x := range []struct {
			id string
			a  sfn.IActivity
		}{{"A", a}, {"Named", named}, {"ByArn", byArn}, {"ByName", byName}} {
			out(s, x.id+"Arn", x.a.ActivityArn())
			out(s, x.id+"Name", x.a.ActivityName())
		}
		alarm := func(id string, m awscloudwatch.Metric) {
			awscloudwatch.NewAlarm(s, str(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: num(1), EvaluationPeriods: num(1)})
		}
		alarm("RunTime", a.MetricRunTime(nil))
		alarm("ScheduleTime", a.MetricScheduleTime(nil))
		alarm("Time", a.MetricTime(nil))
		alarm("Scheduled", a.MetricScheduled(nil))
		alarm("TimedOut", a.MetricTimedOut(nil))
		alarm("Started", a.MetricStarted(nil))
		alarm("Succeeded", a.MetricSucceeded(nil))
		alarm("Failed", a.MetricFailed(nil))
		alarm("Heartbeat", a.MetricHeartbeatTimedOut(nil))
		alarm("Custom", a.Metric(str("Other"), nil))
		alarm("Bucket", sfn.StateTransitionMetric_MetricProvisionedBucketSize(nil))
		alarm("Refill", sfn.StateTransitionMetric_MetricProvisionedRefillRate(nil))
		alarm("Consumed", sfn.StateTransitionMetric_MetricConsumedCapacity(nil))
		alarm("Throttled", sfn.StateTransitionMetric_MetricThrottledEvents(nil))
	},
	"Distributed": func(s awscdk.Stack) {
		bucket := awss3.NewBucket(s, str("Bucket"), nil)
		csv := sfn.NewDistributedMap(s, str("Csv"), &sfn.DistributedMapProps{
			ItemReader: sfn.NewS3CsvItemReader(&sfn.S3CsvItemReaderProps{Bucket: bucket, Key: str("data.csv"), CsvHeaders: sfn.CsvHeaders_Use(jsii.Strings("a", "b")),
				CsvDelimiter: sfn.CsvDelimiter_SEMICOLON, MaxItems: num(10)}),
			ResultWriterV2: sfn.NewResultWriterV2(&sfn.ResultWriterV2Props{Bucket: bucket, Prefix: str("out"),
				WriterConfig: sfn.NewWriterConfig(&sfn.WriterConfigProps{OutputType: sfn.OutputType_JSONL, Transformation: sfn.Transformation_COMPACT})}),
			ItemBatcher: sfn.NewItemBatcher(&sfn.ItemBatcherProps{MaxItemsPerBatch: num(5), BatchInput: &map[string]interface{}{"k": "v"}}),
			Label:       str("csvLabel"), ToleratedFailurePercentage: num(5), ToleratedFailureCount: num(2), MaxConcurrency: num(10),
			MapExecutionType: sfn.StateMachineType_EXPRESS,
		})
		csv.ItemProcessor(pass(s, "Row"), nil)
		objects := sfn.NewDistributedMap(s, str("Objects"), &sfn.DistributedMapProps{
			ItemReader: sfn.NewS3ObjectsItemReader(&sfn.S3ObjectsItemReaderProps{BucketNamePath: sfn.JsonPath_StringAt(str("$.bucket")), Prefix: str("in/")}),
			ResultWriterV2: sfn.NewResultWriterV2(&sfn.ResultWriterV2Props{
				WriterConfig: sfn.NewWriterConfig(&sfn.WriterConfigProps{OutputType: sfn.OutputType_JSON, Transformation: sfn.Transformation_NONE})}),
			ToleratedFailurePercentagePath: str("$.pct"),
		})
		objects.ItemProcessor(pass(s, "Obj"), &sfn.ProcessorConfig{Mode: sfn.ProcessorMode_DISTRIBUTED, ExecutionType: sfn.ProcessorType_STANDARD})
		json := sfn.DistributedMap_Jsonata(s, str("Json"), &sfn.DistributedMapJsonataProps{ItemReader: sfn.NewS3JsonItemReader(&sfn.S3FileItemReaderProps{Bucket: bucket, Key: str("items.json")})})
		json.ItemProcessor(sfn.Pass_Jsonata(s, str("JItem"), nil), nil)
		lines := sfn.NewDistributedMap(s, str("Lines"), &sfn.DistributedMapProps{ItemReader: sfn.NewS3JsonLItemReader(&sfn.S3FileItemReaderProps{BucketNamePath: str("$.b"), Key: str("x.jsonl")})})
		lines.ItemProcessor(pass(s, "Line"), nil)
		manifest := sfn.NewDistributedMap(s, str("Manifest"), &sfn.DistributedMapProps{ItemReader: sfn.NewS3ManifestItemReader(&sfn.S3FileItemReaderProps{Bucket: bucket, Key: str("manifest.json")})})
		manifest.ItemProcessor(pass(s, "Entry"), nil)
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(csv.Next(objects).Next(json).Next(lines).Next(manifest))})
		labeled := sfn.NewDistributedMap(s, str("Labeled"), &sfn.DistributedMapProps{Label: str("one")})
		labeled.ItemProcessor(pass(s, "L1"), nil)
		labeled2 := sfn.NewDistributedMap(s, str("Labeled2"), &sfn.DistributedMapProps{Label: str("two"), ItemsPath: str("$.list")})
		labeled2.ItemProcessor(pass(s, "L2"), nil)
		sfn.NewStateMachine(s, str("Labels"), &sfn.StateMachineProps{DefinitionBody: fromChain(sfn.NewParallel(s, str("Par"), nil).Branch(labeled, labeled2))})
	},
	"Fragment": func(s awscdk.Stack) {
		a := newMyJob(s, "JobA").PrefixStates(nil)
		b := newMyJob(s, "JobB").ToSingleState(&sfn.SingleStateOptions{ResultPath: str("$.b")})
		c := newMyJob(s, "JobC")
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(a.Next(b).Next(c))})
	},
	"Fields": func(s awscdk.Stack) {
		p := sfn.NewPass(s, str("Intrinsics"), &sfn.PassProps{Parameters: &map[string]interface{}{
			"base64": sfn.JsonPath_Base64Encode(sfn.JsonPath_StringAt(str("$.s"))), "contains": sfn.JsonPath_ArrayContains(sfn.JsonPath_ListAt(str("$.l")), str("x")),
			"decoded": sfn.JsonPath_Base64Decode(str("aGk=")), "format": sfn.JsonPath_Format(str(`{} and \{} it's`), sfn.JsonPath_StringAt(str("$.a")), sfn.JsonPath_StringAt(str("$.b"))),
			"item": sfn.JsonPath_ArrayGetItem(sfn.JsonPath_ListAt(str("$.l")), num(2)), "len": sfn.JsonPath_ArrayLength(sfn.JsonPath_ListAt(str("$.l"))),
			"merged": sfn.JsonPath_JsonMerge(sfn.JsonPath_ObjectAt(str("$.o1")), sfn.JsonPath_ObjectAt(str("$.o2"))), "parsed": sfn.JsonPath_StringToJson(sfn.JsonPath_StringAt(str("$.j"))),
			"part": sfn.JsonPath_ArrayPartition(sfn.JsonPath_ListAt(str("$.l")), num(4)), "random": sfn.JsonPath_MathRandom(num(1), num(100)),
			"split": sfn.JsonPath_StringSplit(sfn.JsonPath_StringAt(str("$.csv")), str(",")), "str": sfn.JsonPath_JsonToString(sfn.JsonPath_ObjectAt(str("$.o"))),
			"uniq": sfn.JsonPath_ArrayUnique(sfn.JsonPath_ListAt(str("$.l"))),
			"ctx":  sfn.JsonPath_ExecutionName(), "ctx2": sfn.JsonPath_StateMachineName(), "ctx3": sfn.JsonPath_TaskToken(), "ctx4": sfn.JsonPath_StateRetryCount(),
			"ctx5": sfn.JsonPath_ExecutionStartTime(), "ctx6": sfn.JsonPath_EntireContext(),
		}})
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(p)})
		obj := &map[string]interface{}{"a": sfn.JsonPath_StringAt(str("$.a")), "n": 3, "nested": map[string]interface{}{"t": sfn.JsonPath_TaskToken(),
			"list": []interface{}{1, map[string]interface{}{"x": sfn.JsonPath_StringAt(str("$.x"))}}}, "fmt": sfn.JsonPath_Format(str("{}"), sfn.JsonPath_StringAt(str("$.f")))}
		rendered, _ := json.Marshal(sfn.FieldUtils_RenderObject(obj))
		out(s, "Rendered", str(string(rendered)))
		out(s, "Paths", str(strings.Join(derefs(sfn.FieldUtils_FindReferencedPaths(obj)), " ")))
		out(s, "HasToken", str(fmt.Sprint(*sfn.FieldUtils_ContainsTaskToken(obj))+fmt.Sprint(*sfn.FieldUtils_ContainsTaskToken(&map[string]interface{}{"a": sfn.JsonPath_StringAt(str("$.a"))}))+
			fmt.Sprint(*sfn.FieldUtils_ContainsTaskToken(&map[string]interface{}{"a": "{% $states.context.Task.Token %}"}))))
		out(s, "Encoded", str(fmt.Sprint(*sfn.JsonPath_IsEncodedJsonPath(sfn.JsonPath_StringAt(str("$.a"))))+fmt.Sprint(*sfn.JsonPath_IsEncodedJsonPath(str("plain")))))
		t1, t2, t3 := sfn.Timeout_Duration(awscdk.Duration_Minutes(num(1))), sfn.Timeout_At(str("$.t")), sfn.Timeout_Jsonata(str("{% 5 %}"))
		out(s, "Timeouts", str(fmt.Sprintf("%v|%s|%s", *t1.Seconds(), *t2.Path(), *t3.JsonataExpression())))
		role := awsiam.NewRole(s, str("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("states.amazonaws.com"), nil)})
		r1, r2 := sfn.TaskRole_FromRole(role), sfn.TaskRole_FromRoleArnJsonPath(str("$.role"))
		out(s, "Roles", str(*r1.RoleArn()+"|"+*r1.Resource()+"|"+*r2.Resource()))
		ti, tt := sfn.TaskInput_FromObject(&map[string]interface{}{"k": "v"}), sfn.TaskInput_FromText(str("hi"))
		tiv, _ := json.Marshal(ti.Value())
		out(s, "Inputs", str(string(ti.Type())+"|"+string(tt.Type())+"|"+*tt.Value().(*string)+"|"+string(tiv)))
	},
	"More": func(s awscdk.Stack) {
		sfn.NewStateMachine(s, str("FromFile"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromFile(str(filepath.Join("testdata", "definition.asl.json")), nil)})
		par := sfn.Parallel_Jsonata(s, str("JPar"), &sfn.ParallelJsonataProps{Outputs: map[string]interface{}{"r": "{% $states.result %}"}, Arguments: &map[string]interface{}{"a": "{% 1 %}"}})
		par.Branch(sfn.Pass_Jsonata(s, str("JB1"), nil))
		par.AddCatch(sfn.Fail_Jsonata(s, str("JFail"), nil), &sfn.CatchProps{Outputs: map[string]interface{}{"e": "{% $states.errorOutput %}"}, Assign: &map[string]interface{}{"failed": true}})
		par.AddRetry(&sfn.RetryProps{MaxAttempts: num(3), JitterStrategy: sfn.JitterType_NONE})
		m := sfn.Map_Jsonata(s, str("JMap"), &sfn.MapJsonataProps{Items: sfn.ProvideItems_JsonArray(&[]interface{}{1, 2, 3}), JsonataItemSelector: str(`{% {"v": $states.context.Map.Item.Value} %}`)})
		m.ItemProcessor(sfn.Pass_Jsonata(s, str("JItem2"), nil), nil)
		choice := sfn.NewChoice(s, str("PathChoice"), &sfn.ChoiceProps{Assign: &map[string]interface{}{"seen": sfn.JsonPath_StringAt(str("$.s"))}})
		choice.When(sfn.Condition_NumberLessThanEquals(str("$.n"), num(1.5)), sfn.NewSucceed(s, str("Small"), nil), &sfn.ChoiceTransitionOptions{Assign: &map[string]interface{}{"small": sfn.JsonPath_NumberAt(str("$.n"))}})
		choice.Otherwise(sfn.NewPass(s, str("Big"), &sfn.PassProps{InputPath: sfn.JsonPath_StringAt(str("$.big")), OutputPath: str("$.o")}))
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(par.Next(m).Next(choice)), QueryLanguage: sfn.QueryLanguage_JSON_PATH, Comment: str("mixed")})
	},
	"Task": func(s awscdk.Stack) {
		role := awsiam.NewRole(s, str("TaskRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
		t := newInvoke(s, "Invoke", &sfn.TaskStateBaseProps{Comment: str("call"), Credentials: &sfn.Credentials{Role: sfn.TaskRole_FromRoleArnJsonPath(str("$.role"))},
			HeartbeatTimeout: sfn.Timeout_At(str("$.hb")), Timeout: awscdk.Duration_Minutes(num(5)), ResultPath: str("$.r"),
			ResultSelector: &map[string]interface{}{"p": sfn.JsonPath_StringAt(str("$.Payload"))}})
		t.AddRetry(&sfn.RetryProps{Errors: jsii.Strings("Lambda.ServiceException"), MaxAttempts: num(2)})
		t.AddCatch(sfn.NewFail(s, str("Oops"), nil), nil)
		t2 := newInvoke(s, "Plain", &sfn.TaskStateBaseProps{Credentials: &sfn.Credentials{Role: sfn.TaskRole_FromRole(role)},
			TaskTimeout: sfn.Timeout_Duration(awscdk.Duration_Seconds(num(30)))})
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(t.Next(t2).Next(sfn.NewSucceed(s, str("Done"), nil)))})
		alarm := func(id string, m awscloudwatch.Metric) {
			awscloudwatch.NewAlarm(s, str(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: num(1), EvaluationPeriods: num(1)})
		}
		alarm("RunTime", t.MetricRunTime(nil))
		alarm("Failed", t.MetricFailed(nil))
		alarm("Custom", t.Metric(str("Other"), nil))
	},
}

// invoke is a task state built on TaskStateBase, as Strata's task types are.
type invoke struct {
	sfn.TaskStateBase
	*sfntask.Hook
}

func (i *invoke) TaskMetrics() *sfn.TaskMetricsConfig {
	return &sfn.TaskMetricsConfig{MetricDimensions: &map[string]interface{}{"LambdaArn": "arn:aws:lambda:us-east-1:111111111111:function:x"}, MetricPrefixPlural: str("Lambdas"), MetricPrefixSingular: str("Lambda")}
}

func (i *invoke) TaskPolicies() *[]awsiam.PolicyStatement {
	return &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("lambda:InvokeFunction"), Resources: jsii.Strings("arn:aws:lambda:us-east-1:111111111111:function:x")})}
}

func newInvoke(s awscdk.Stack, id string, props *sfn.TaskStateBaseProps) *invoke {
	i := &invoke{Hook: &sfntask.Hook{}}
	sfn.NewTaskStateBase_Override(i, s, str(id), props)
	i.Hook.Render = func(string) interface{} {
		o := ojson.New()
		o.Set("Resource", "arn:aws:states:::lambda:invoke")
		o.Set("Parameters", *sfn.FieldUtils_RenderObject(&map[string]interface{}{"FunctionName": "arn:aws:lambda:us-east-1:111111111111:function:x", "Payload": sfn.JsonPath_EntirePayload()}))
		return o
	}
	return i
}

type myJob struct {
	sfn.StateMachineFragment
	start sfn.State
	ends  []sfn.INextable
}

func (j *myJob) StartState() sfn.State       { return j.start }
func (j *myJob) EndStates() *[]sfn.INextable { return &j.ends }

func newMyJob(s awscdk.Stack, id string) *myJob {
	j := &myJob{}
	sfn.NewStateMachineFragment_Override(j, s, str(id))
	first := sfn.NewPass(j, str("First"), nil)
	second := sfn.NewPass(j, str("Second"), nil)
	first.Next(second)
	j.start, j.ends = first, []sfn.INextable{second}
	return j
}

func derefs(p *[]*string) []string {
	var out []string
	for _, s := range *p {
		out = append(out, *s)
	}
	return out
}

func TestTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Grants" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: str("111111111111"), Region: str("us-east-1")}}
		}
		return nil
	})
}

func pass(s awscdk.Stack, id string) sfn.Pass { return sfn.NewPass(s, str(id), nil) }

var errorCases = map[string]func(s awscdk.Stack){
	"NoDefinition": func(s awscdk.Stack) { sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{}) },
	"BothDefinitions": func(s awscdk.Stack) {
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{Definition: pass(s, "P"), DefinitionBody: sfn.DefinitionBody_FromString(str("{}"))})
	},
	"BadName": func(s awscdk.Stack) {
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{StateMachineName: str("bad name"), DefinitionBody: sfn.DefinitionBody_FromString(str("{}"))})
	},
	"LongName": func(s awscdk.Stack) {
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{StateMachineName: str(strings.Repeat("x", 81)), DefinitionBody: sfn.DefinitionBody_FromString(str("{}"))})
	},
	"LogsWithoutDestination": func(s awscdk.Stack) {
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{Logs: &sfn.LogOptions{Level: sfn.LogLevel_ALL}, DefinitionBody: sfn.DefinitionBody_FromString(str("{}"))})
	},
	"DuplicateStateIds": func(s awscdk.Stack) {
		a := sfn.NewPass(s, str("A"), &sfn.PassProps{StateName: str("Same")})
		b := sfn.NewPass(s, str("B"), &sfn.PassProps{StateName: str("Same")})
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(a.Next(b))})
	},
	"NextTwice": func(s awscdk.Stack) {
		a := pass(s, "A")
		a.Next(pass(s, "B"))
		a.Next(pass(s, "C"))
	},
	"ChainAfterSucceed": func(s awscdk.Stack) {
		sfn.Chain_Start(sfn.NewSucceed(s, str("Done"), nil)).Next(pass(s, "P"))
	},
	"ParallelWithoutBranches": func(s awscdk.Stack) {
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(sfn.NewParallel(s, str("Par"), nil))})
	},
	"MapWithoutIterator": func(s awscdk.Stack) {
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(sfn.NewMap(s, str("M"), nil))})
	},
	"FailBothErrors": func(s awscdk.Stack) {
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(sfn.NewFail(s, str("F"), &sfn.FailProps{Error: str("x"), ErrorPath: str("$.e")}))})
	},
	"StateInTwoGraphs": func(s awscdk.Stack) {
		p := pass(s, "P")
		sfn.NewStateMachine(s, str("SM1"), &sfn.StateMachineProps{DefinitionBody: fromChain(p)})
		sfn.NewStateMachine(s, str("SM2"), &sfn.StateMachineProps{DefinitionBody: fromChain(p)})
	},
	"BadVariable": func(s awscdk.Stack) { sfn.Condition_StringEquals(str("kind"), str("a")) },
	"BadJsonPath": func(s awscdk.Stack) { sfn.JsonPath_StringAt(str("kind")) },
	"BadResultPath": func(s awscdk.Stack) {
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(sfn.NewPass(s, str("P"), &sfn.PassProps{ResultPath: str("res")}))})
	},
	"AllNotAlone": func(s awscdk.Stack) {
		sfn.NewParallel(s, str("Par"), nil).AddRetry(&sfn.RetryProps{Errors: jsii.Strings("States.ALL", "X")})
	},
	"EmptyAnd":   func(s awscdk.Stack) { sfn.Condition_And() },
	"BadJsonata": func(s awscdk.Stack) { sfn.Condition_Jsonata(str("$.x")) },
	"ConcatPath": func(s awscdk.Stack) {
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(sfn.NewPass(s, str("P"), &sfn.PassProps{
			Parameters: &map[string]interface{}{"x": "a" + *sfn.JsonPath_StringAt(str("$.x"))}}))})
	},
	"DefaultTwice": func(s awscdk.Stack) {
		sfn.NewChoice(s, str("C"), nil).Otherwise(pass(s, "A")).Otherwise(pass(s, "B"))
	},
	"DistributedInline": func(s awscdk.Stack) {
		m := sfn.NewDistributedMap(s, str("M"), &sfn.DistributedMapProps{Label: str("has space"), ToleratedFailurePercentage: num(101), ItemBatcher: sfn.NewItemBatcher(&sfn.ItemBatcherProps{})})
		m.ItemProcessor(pass(s, "P"), &sfn.ProcessorConfig{Mode: sfn.ProcessorMode_INLINE})
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(m)})
	},
	"ReaderWithoutBucket": func(s awscdk.Stack) {
		m := sfn.NewDistributedMap(s, str("M"), &sfn.DistributedMapProps{ItemReader: sfn.NewS3JsonItemReader(&sfn.S3FileItemReaderProps{Key: str("k")})})
		m.ItemProcessor(pass(s, "P"), nil)
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: fromChain(m)})
	},
	"ReusePeriod": func(s awscdk.Stack) {
		sfn.NewCustomerManagedEncryptionConfiguration(awskms.NewKey(s, str("K"), nil), awscdk.Duration_Seconds(num(30)))
	},
}

var tokenString = regexp.MustCompile(`\$\{Token\[[^\]]*\]\}`)

func TestErrors(t *testing.T) {
	// Token numbers differ between runs and implementations: compare up to
	// the first token.
	checkErrors(t, errorCases, func(msg string) string {
		if loc := tokenString.FindStringIndex(msg); loc != nil {
			return msg[:loc[0]]
		}
		return msg
	})
}
