package awsstepfunctionstasks_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscodebuild"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
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
	"Messaging": func(s awscdk.Stack) {
		topic := awssns.NewTopic(s, str("Topic"), nil)
		fifo := awssns.NewTopic(s, str("Fifo"), &awssns.TopicProps{Fifo: jsii.Bool(true), ContentBasedDeduplication: jsii.Bool(true)})
		q := awssqs.NewQueue(s, str("Queue"), nil)
		encrypted := awssqs.NewQueue(s, str("Encrypted"), &awssqs.QueueProps{EncryptionMasterKey: awskms.NewKey(s, str("Key"), nil)})
		a := tasks.NewSnsPublish(s, str("Publish"), &tasks.SnsPublishProps{Topic: topic, Message: sfn.TaskInput_FromJsonPathAt(str("$.msg")), Subject: str("hi"),
			MessageAttributes: &map[string]*tasks.MessageAttribute{
				"arr": {Value: jsii.Strings("a", "b")}, "bin": {Value: "aGk=", DataType: tasks.MessageAttributeDataType_BINARY},
				"flag": {Value: true}, "input": {Value: sfn.TaskInput_FromJsonPathAt(str("$.x"))}, "n": {Value: 3.5},
				"num": {Value: 2, DataType: tasks.MessageAttributeDataType_NUMBER}, "path": {Value: sfn.JsonPath_StringAt(str("$.p")), DataType: tasks.MessageAttributeDataType_NUMBER},
				"s": {Value: str("plain"), DataType: tasks.MessageAttributeDataType_STRING},
			}})
		b := tasks.NewSnsPublish(s, str("PublishFifo"), &tasks.SnsPublishProps{Topic: fifo, Message: sfn.TaskInput_FromObject(&map[string]interface{}{"token": sfn.JsonPath_TaskToken(), "v": 1}),
			MessageGroupId: str("g"), IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN, MessagePerSubscriptionType: jsii.Bool(true)})
		c := tasks.SnsPublish_Jsonata(s, str("PublishNata"), &tasks.SnsPublishJsonataProps{Topic: topic, Message: sfn.TaskInput_FromText(str("{% $states.input.m %}"))})
		d := tasks.NewSqsSendMessage(s, str("Send"), &tasks.SqsSendMessageProps{Queue: q, MessageBody: sfn.TaskInput_FromText(str("hello")), Delay: awscdk.Duration_Minutes(num(1))})
		e := tasks.NewSqsSendMessage(s, str("SendEncrypted"), &tasks.SqsSendMessageProps{Queue: encrypted, MessageBody: sfn.TaskInput_FromObject(&map[string]interface{}{"t": sfn.JsonPath_TaskToken()}),
			IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN, MessageGroupId: str("g"), MessageDeduplicationId: str("d")})
		f := tasks.SqsSendMessage_Jsonata(s, str("SendNata"), &tasks.SqsSendMessageJsonataProps{Queue: q, MessageBody: sfn.TaskInput_FromObject(&map[string]interface{}{"a": "{% $states.input %}"})})
		machine(s, a.Next(b).Next(c).Next(d).Next(e).Next(f), nil)
	},
	"Dynamo": func(s awscdk.Stack) {
		table := awsdynamodb.NewTable(s, str("Table"), &awsdynamodb.TableProps{PartitionKey: &awsdynamodb.Attribute{Name: str("pk"), Type: awsdynamodb.AttributeType_STRING}})
		imported := awsdynamodb.Table_FromTableName(s, str("Imported"), str("other"))
		type D = map[string]tasks.DynamoAttributeValue
		get := tasks.NewDynamoGetItem(s, str("Get"), &tasks.DynamoGetItemProps{Table: table,
			Key:            &D{"pk": tasks.DynamoAttributeValue_FromString(sfn.JsonPath_StringAt(str("$.id"))), "sk": tasks.DynamoAttributeValue_FromNumber(num(42))},
			ConsistentRead: jsii.Bool(true), ExpressionAttributeNames: &map[string]*string{"#n": str("name")}, ReturnConsumedCapacity: tasks.DynamoConsumedCapacity_TOTAL,
			ProjectionExpression: &[]tasks.DynamoProjectionExpression{tasks.NewDynamoProjectionExpression().WithAttribute(str("a")).WithAttribute(str("b")).AtIndex(num(2)),
				tasks.NewDynamoProjectionExpression().WithAttribute(str("c"))},
			ResultPath: str("$.item")})
		put := tasks.NewDynamoPutItem(s, str("Put"), &tasks.DynamoPutItemProps{Table: imported, Item: &D{
			"b": tasks.DynamoAttributeValue_FromBinary(str("aGk=")), "bool": tasks.DynamoAttributeValue_FromBoolean(jsii.Bool(false)),
			"bs": tasks.DynamoAttributeValue_FromBinarySet(jsii.Strings("aGk=")),
			"l":  tasks.DynamoAttributeValue_FromList(&[]tasks.DynamoAttributeValue{tasks.DynamoAttributeValue_FromString(str("x")), tasks.DynamoAttributeValue_FromNumber(num(1.5))}),
			"lp": tasks.DynamoAttributeValue_ListFromJsonPath(str("$.list")),
			"m":  tasks.DynamoAttributeValue_FromMap(&D{"z": tasks.DynamoAttributeValue_FromString(str("z")), "a": tasks.DynamoAttributeValue_NumberFromString(str("7"))}),
			"mp": tasks.DynamoAttributeValue_MapFromJsonPath(str("$.map")), "n": tasks.DynamoAttributeValue_FromNull(jsii.Bool(true)),
			"ns": tasks.DynamoAttributeValue_FromNumberSet(&[]*float64{num(1), num(2.5)}), "nss": tasks.DynamoAttributeValue_NumberSetFromStrings(jsii.Strings("3")),
			"pk": tasks.DynamoAttributeValue_FromString(str("k")), "ss": tasks.DynamoAttributeValue_FromStringSet(jsii.Strings("a", "b")),
			"bp": tasks.DynamoAttributeValue_BooleanFromJsonPath(str("$.flag")),
		}, ConditionExpression: str("attribute_not_exists(pk)"), ReturnValues: tasks.DynamoReturnValues_ALL_OLD, ReturnItemCollectionMetrics: tasks.DynamoItemCollectionMetrics_SIZE})
		update := tasks.NewDynamoUpdateItem(s, str("Update"), &tasks.DynamoUpdateItemProps{Table: table, Key: &D{"pk": tasks.DynamoAttributeValue_FromString(str("k"))},
			UpdateExpression: str("SET #v = :v"), ExpressionAttributeNames: &map[string]*string{"#v": str("v")},
			ExpressionAttributeValues: &D{":v": tasks.DynamoAttributeValue_FromNumber(num(1))}, ReturnValues: tasks.DynamoReturnValues_UPDATED_NEW})
		del := tasks.NewDynamoDeleteItem(s, str("Delete"), &tasks.DynamoDeleteItemProps{Table: table, Key: &D{"pk": tasks.DynamoAttributeValue_FromString(sfn.JsonPath_StringAt(str("$.id")))},
			ResultPath: sfn.JsonPath_DISCARD()})
		nata := tasks.DynamoGetItem_Jsonata(s, str("GetNata"), &tasks.DynamoGetItemJsonataProps{Table: table, Key: &D{"pk": tasks.DynamoAttributeValue_FromString(str("{% $states.input.id %}"))}})
		nataPut := tasks.DynamoPutItem_Jsonata(s, str("PutNata"), &tasks.DynamoPutItemJsonataProps{Table: table, Item: &D{"pk": tasks.DynamoAttributeValue_FromString(str("x")),
			"m": tasks.DynamoAttributeValue_MapFromJsonata(str("{% $states.input.m %}")), "l": tasks.DynamoAttributeValue_ListFromJsonata(str("{% $l %}")),
			"b": tasks.DynamoAttributeValue_BooleanFromJsonata(str("{% true %}"))}})
		machine(s, get.Next(put).Next(update).Next(del).Next(nata).Next(nataPut), nil)
	},
	"Integrations": func(s awscdk.Stack) {
		child := sfn.NewStateMachine(s, str("Child"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(sfn.NewPass(s, str("ChildPass"), nil))})
		importedSm := sfn.StateMachine_FromStateMachineArn(s, str("ImportedSm"), str("arn:aws:states:us-east-1:111111111111:stateMachine:other"))
		a := tasks.NewStepFunctionsStartExecution(s, str("Start"), &tasks.StepFunctionsStartExecutionProps{StateMachine: child})
		b := tasks.NewStepFunctionsStartExecution(s, str("StartSync"), &tasks.StepFunctionsStartExecutionProps{StateMachine: child, IntegrationPattern: sfn.IntegrationPattern_RUN_JOB,
			Input: sfn.TaskInput_FromObject(&map[string]interface{}{"k": sfn.JsonPath_StringAt(str("$.k")), "lit": 1}), AssociateWithParent: jsii.Bool(true), Name: str("run")})
		c := tasks.NewStepFunctionsStartExecution(s, str("StartCallback"), &tasks.StepFunctionsStartExecutionProps{StateMachine: importedSm, IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN,
			Input: sfn.TaskInput_FromObject(&map[string]interface{}{"token": sfn.JsonPath_TaskToken()})})
		d := tasks.StepFunctionsStartExecution_Jsonata(s, str("StartNata"), &tasks.StepFunctionsStartExecutionJsonataProps{StateMachine: importedSm, AssociateWithParent: jsii.Bool(true)})
		bus := awsevents.NewEventBus(s, str("Bus"), nil)
		e := tasks.NewEventBridgePutEvents(s, str("Put"), &tasks.EventBridgePutEventsProps{Entries: &[]*tasks.EventBridgePutEventsEntry{
			{Detail: sfn.TaskInput_FromObject(&map[string]interface{}{"m": sfn.JsonPath_StringAt(str("$.m"))}), DetailType: str("MyType"), Source: str("my.source")},
			{Detail: sfn.TaskInput_FromJsonPathAt(str("$.d")), DetailType: str("Other"), Source: str("my.other"), EventBus: bus},
		}})
		f := tasks.NewEventBridgePutEvents(s, str("PutCallback"), &tasks.EventBridgePutEventsProps{IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN,
			Entries: &[]*tasks.EventBridgePutEventsEntry{{Detail: sfn.TaskInput_FromObject(&map[string]interface{}{"t": sfn.JsonPath_TaskToken()}), DetailType: str("T"), Source: str("my.source"), EventBus: bus}}})
		g := tasks.NewCallAwsService(s, str("List"), &tasks.CallAwsServiceProps{Service: str("s3"), Action: str("listObjectsV2"),
			Parameters: &map[string]interface{}{"Bucket": "b", "Prefix": sfn.JsonPath_StringAt(str("$.p"))}, IamResources: jsii.Strings("arn:aws:s3:::b")})
		h := tasks.NewCallAwsService(s, str("Logs"), &tasks.CallAwsServiceProps{Service: str("cloudwatchlogs"), Action: str("describeLogGroups"), IamResources: jsii.Strings("*"),
			AdditionalIamStatements: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("logs:Extra"), Resources: jsii.Strings("*")})},
			ResultSelector:          &map[string]interface{}{"groups": sfn.JsonPath_ListAt(str("$.LogGroups"))}})
		i := tasks.NewCallAwsService(s, str("Sfn"), &tasks.CallAwsServiceProps{Service: str("SFN"), Action: str("listExecutions"), IamResources: jsii.Strings("*"), IamAction: str("states:ListExecutions"),
			IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN, Parameters: &map[string]interface{}{"Token": sfn.JsonPath_TaskToken()}})
		j := tasks.CallAwsService_Jsonata(s, str("Nata"), &tasks.CallAwsServiceJsonataProps{Service: str("dynamodb"), Action: str("scan"), IamResources: jsii.Strings("*"),
			Parameters: &map[string]interface{}{"TableName": "{% $t %}"}})
		k := tasks.EventBridgePutEvents_Jsonata(s, str("PutNata"), &tasks.EventBridgePutEventsJsonataProps{Entries: &[]*tasks.EventBridgePutEventsEntry{
			{Detail: sfn.TaskInput_FromText(str("{% $d %}")), DetailType: str("T"), Source: str("src")}}})
		machine(s, a.Next(b).Next(c).Next(d).Next(e).Next(f).Next(g).Next(h).Next(i).Next(j).Next(k), nil)
	},
	"Jobs": func(s awscdk.Stack) {
		a := tasks.NewGlueStartJobRun(s, str("Glue"), &tasks.GlueStartJobRunProps{GlueJobName: str("job")})
		b := tasks.NewGlueStartJobRun(s, str("GlueSync"), &tasks.GlueStartJobRunProps{GlueJobName: str("job"), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB,
			Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{"--k": sfn.JsonPath_StringAt(str("$.k"))}), Timeout: awscdk.Duration_Minutes(num(30)),
			NotifyDelayAfter: awscdk.Duration_Minutes(num(5)), SecurityConfiguration: str("sec"),
			WorkerConfiguration: &tasks.WorkerConfigurationProperty{WorkerType: tasks.WorkerType_G_1X, NumberOfWorkers: num(2)}, ExecutionClass: tasks.ExecutionClass_FLEX})
		c := tasks.NewGlueStartJobRun(s, str("GlueV2"), &tasks.GlueStartJobRunProps{GlueJobName: str("job"),
			WorkerConfiguration: &tasks.WorkerConfigurationProperty{WorkerTypeV2: tasks.WorkerTypeV2_Of(str("G.16X")), NumberOfWorkers: num(1)},
			TaskTimeout:         sfn.Timeout_Duration(awscdk.Duration_Hours(num(1)))})
		d := tasks.NewGlueStartJobRun(s, str("GluePath"), &tasks.GlueStartJobRunProps{GlueJobName: str("job"), TaskTimeout: sfn.Timeout_At(str("$.t"))})
		project := awscodebuild.NewProject(s, str("Project"), &awscodebuild.ProjectProps{BuildSpec: awscodebuild.BuildSpec_FromObject(&map[string]interface{}{
			"version": "0.2", "phases": map[string]interface{}{"build": map[string]interface{}{"commands": []interface{}{"echo hi"}}}})})
		e := tasks.NewCodeBuildStartBuild(s, str("Build"), &tasks.CodeBuildStartBuildProps{Project: project})
		f := tasks.NewCodeBuildStartBuild(s, str("BuildSync"), &tasks.CodeBuildStartBuildProps{Project: project, IntegrationPattern: sfn.IntegrationPattern_RUN_JOB,
			EnvironmentVariablesOverride: &map[string]*awscodebuild.BuildEnvironmentVariable{"A": {Value: "a"},
				"B": {Value: sfn.JsonPath_StringAt(str("$.b")), Type: awscodebuild.BuildEnvironmentVariableType_PARAMETER_STORE}}})
		g := tasks.NewAthenaStartQueryExecution(s, str("Query"), &tasks.AthenaStartQueryExecutionProps{QueryString: str("SELECT 1")})
		h := tasks.NewAthenaStartQueryExecution(s, str("QueryFull"), &tasks.AthenaStartQueryExecutionProps{QueryString: sfn.JsonPath_StringAt(str("$.q")),
			IntegrationPattern: sfn.IntegrationPattern_RUN_JOB, ClientRequestToken: str("tok"),
			QueryExecutionContext: &tasks.QueryExecutionContext{CatalogName: str("cat"), DatabaseName: str("db")},
			ResultConfiguration: &tasks.ResultConfiguration{EncryptionConfiguration: &tasks.EncryptionConfiguration{EncryptionOption: tasks.EncryptionOption_S3_MANAGED},
				OutputLocation: &awss3.Location{BucketName: str("out"), ObjectKey: str("results")}},
			WorkGroup: str("wg"), ExecutionParameters: jsii.Strings("a", "b"), ResultReuseConfigurationMaxAge: awscdk.Duration_Minutes(num(60))})
		i := tasks.GlueStartJobRun_Jsonata(s, str("GlueNata"), &tasks.GlueStartJobRunJsonataProps{GlueJobName: str("job"),
			Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{"--x": "{% $x %}"})})
		machine(s, a.Next(b).Next(c).Next(d).Next(e).Next(f).Next(g).Next(h).Next(i), nil)
		alarm(s, "GlueFailed", a.MetricFailed(nil))
		alarm(s, "BuildStarted", e.MetricStarted(nil))
	},
	"More": func(s awscdk.Stack) {
		conn := awsevents.NewConnection(s, str("Conn"), &awsevents.ConnectionProps{Authorization: awsevents.Authorization_ApiKey(str("key"), awscdk.SecretValue_UnsafePlainText(str("v")))})
		a := tasks.NewHttpInvoke(s, str("Http"), &tasks.HttpInvokeProps{ApiRoot: str("https://api.example.com"), ApiEndpoint: sfn.TaskInput_FromText(str("path/to")), Connection: conn,
			Method: sfn.TaskInput_FromText(str("POST")), Body: sfn.TaskInput_FromObject(&map[string]interface{}{"k": sfn.JsonPath_StringAt(str("$.k"))}),
			Headers: sfn.TaskInput_FromObject(&map[string]interface{}{"A": "b"}), QueryStringParameters: sfn.TaskInput_FromObject(&map[string]interface{}{"q": "1"}),
			UrlEncodingFormat: tasks.URLEncodingFormat_BRACKETS})
		b := tasks.NewHttpInvoke(s, str("HttpDefault"), &tasks.HttpInvokeProps{ApiRoot: str("https://api.example.com"), ApiEndpoint: sfn.TaskInput_FromJsonPathAt(str("$.ep")), Connection: conn,
			Method: sfn.TaskInput_FromText(str("GET")), UrlEncodingFormat: tasks.URLEncodingFormat_DEFAULT})
		c := tasks.HttpInvoke_Jsonata(s, str("HttpNata"), &tasks.HttpInvokeJsonataProps{ApiRoot: str("https://api.example.com"), ApiEndpoint: sfn.TaskInput_FromText(str("{% $states.input.p %}")),
			Connection: conn, Method: sfn.TaskInput_FromText(str("GET"))})
		d := tasks.NewAthenaGetQueryExecution(s, str("GetExec"), &tasks.AthenaGetQueryExecutionProps{QueryExecutionId: sfn.JsonPath_StringAt(str("$.id"))})
		e := tasks.NewAthenaGetQueryResults(s, str("GetResults"), &tasks.AthenaGetQueryResultsProps{QueryExecutionId: str("id"), MaxResults: num(10), NextToken: sfn.JsonPath_StringAt(str("$.next"))})
		f := tasks.NewAthenaStopQueryExecution(s, str("Stop"), &tasks.AthenaStopQueryExecutionProps{QueryExecutionId: str("id")})
		g := tasks.NewGlueStartCrawlerRun(s, str("Crawl"), &tasks.GlueStartCrawlerRunProps{CrawlerName: str("crawler")})
		h := tasks.NewGlueDataBrewStartJobRun(s, str("Brew"), &tasks.GlueDataBrewStartJobRunProps{Name: str("job"), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
		i := tasks.NewGlueDataBrewStartJobRun(s, str("BrewPath"), &tasks.GlueDataBrewStartJobRunProps{Name: sfn.JsonPath_StringAt(str("$.job"))})
		project := awscodebuild.Project_FromProjectName(s, str("Project"), str("proj"))
		j := tasks.NewCodeBuildStartBuildBatch(s, str("Batch"), &tasks.CodeBuildStartBuildBatchProps{Project: project, IntegrationPattern: sfn.IntegrationPattern_RUN_JOB,
			EnvironmentVariablesOverride: &map[string]*awscodebuild.BuildEnvironmentVariable{"X": {Value: "x"}}})
		k := tasks.NewCodeBuildStartBuildBatch(s, str("BatchPlain"), &tasks.CodeBuildStartBuildBatchProps{Project: project})
		machine(s, a.Next(b).Next(c).Next(d).Next(e).Next(f).Next(g).Next(h).Next(i).Next(j).Next(k), nil)
	},
	"Batch": func(s awscdk.Stack) {
		a := tasks.NewBatchSubmitJob(s, str("Submit"), &tasks.BatchSubmitJobProps{JobDefinitionArn: str("arn:aws:batch:us-east-1:111111111111:job-definition/def"), JobName: str("job"),
			JobQueueArn: str("arn:aws:batch:us-east-1:111111111111:job-queue/q")})
		b := tasks.NewBatchSubmitJob(s, str("SubmitFull"), &tasks.BatchSubmitJobProps{JobDefinitionArn: str("def"), JobName: sfn.JsonPath_StringAt(str("$.name")), JobQueueArn: str("arn:aws:batch:us-east-1:111111111111:job-queue/q2"),
			IntegrationPattern: sfn.IntegrationPattern_REQUEST_RESPONSE, ArraySize: num(5), Attempts: num(3), Timeout: awscdk.Duration_Minutes(num(5)),
			Payload:   sfn.TaskInput_FromObject(&map[string]interface{}{"p": sfn.JsonPath_StringAt(str("$.p"))}),
			DependsOn: &[]*tasks.BatchJobDependency{{JobId: str("j1"), Type: str("N_TO_N")}, {JobId: str("j2")}},
			Tags:      &map[string]*string{"a": str("1"), "b": str("2")},
			ContainerOverrides: &tasks.BatchContainerOverrides{Command: jsii.Strings("echo", "hi"), Environment: &map[string]*string{"A": str("x"), "B": str("y")}, GpuCount: num(1),
				InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_M5, awsec2.InstanceSize_LARGE), Memory: awscdk.Size_Gibibytes(num(2)), Vcpus: num(2)}})
		c := tasks.NewBatchSubmitJob(s, str("SubmitPath"), &tasks.BatchSubmitJobProps{JobDefinitionArn: str("def"), JobName: str("n"), JobQueueArn: sfn.JsonPath_StringAt(str("$.queue")),
			TaskTimeout: sfn.Timeout_At(str("$.t"))})
		machine(s, a.Next(b).Next(c), nil)
	},
	"Ecs": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, str("Vpc"), &awsec2.VpcProps{MaxAzs: num(2)})
		cluster := awsecs.NewCluster(s, str("Cluster"), &awsecs.ClusterProps{Vpc: vpc})
		td := awsecs.NewFargateTaskDefinition(s, str("TD"), &awsecs.FargateTaskDefinitionProps{Cpu: num(256), MemoryLimitMiB: num(512)})
		app1 := td.AddContainer(str("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(str("nginx"), nil), MemoryLimitMiB: num(256)})
		a := tasks.NewEcsRunTask(s, str("Run"), &tasks.EcsRunTaskProps{Cluster: cluster, TaskDefinition: td, LaunchTarget: tasks.NewEcsFargateLaunchTarget(nil),
			IntegrationPattern: sfn.IntegrationPattern_RUN_JOB, AssignPublicIp: jsii.Bool(true),
			ContainerOverrides: &[]*tasks.ContainerOverride{{ContainerDefinition: app1, Command: jsii.Strings("run"), Cpu: num(128), MemoryLimit: num(256), MemoryReservation: num(128),
				Environment: &[]*tasks.TaskEnvironmentVariable{{Name: str("A"), Value: sfn.JsonPath_StringAt(str("$.a"))}, {Name: str("B"), Value: str("b")}}}},
			Cpu: str("256"), MemoryMiB: str("512"), PropagatedTagSource: awsecs.PropagatedTagSource_TASK_DEFINITION, EnableExecuteCommand: jsii.Bool(true)})
		sg := awsec2.NewSecurityGroup(s, str("SG"), &awsec2.SecurityGroupProps{Vpc: vpc})
		b := tasks.NewEcsRunTask(s, str("RunGiven"), &tasks.EcsRunTaskProps{Cluster: cluster, TaskDefinition: td, SecurityGroups: &[]awsec2.ISecurityGroup{sg},
			Subnets:      &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
			LaunchTarget: tasks.NewEcsFargateLaunchTarget(&tasks.EcsFargateLaunchTargetOptions{PlatformVersion: awsecs.FargatePlatformVersion_LATEST}), RevisionNumber: num(3)})
		c := tasks.NewEcsRunTask(s, str("RunCallback"), &tasks.EcsRunTaskProps{Cluster: cluster, TaskDefinition: td, IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN,
			LaunchTarget: tasks.NewEcsFargateLaunchTarget(&tasks.EcsFargateLaunchTargetOptions{PlatformVersion: awsecs.FargatePlatformVersion_VERSION1_4,
				CapacityProviderOptions: tasks.CapacityProviderOptions_Custom(&[]*awsecs.CapacityProviderStrategy{{CapacityProvider: str("FARGATE_SPOT"), Weight: num(2), Base: num(1)}})}),
			ContainerOverrides: &[]*tasks.ContainerOverride{{ContainerDefinition: app1, Environment: &[]*tasks.TaskEnvironmentVariable{{Name: str("TOKEN"), Value: sfn.JsonPath_TaskToken()}}}}})
		machine(s, a.Next(b).Next(c), nil)
	},
	"Emr": func(s awscdk.Stack) {
		a := tasks.NewEmrAddStep(s, str("AddStep"), &tasks.EmrAddStepProps{ClusterId: str("c-1"), Name: str("step"), Jar: str("command-runner.jar"),
			Args: jsii.Strings("spark-submit", "x.py"), MainClass: str("Main"), Properties: &map[string]*string{"a": str("1"), "b": str("2")},
			ActionOnFailure: tasks.ActionOnFailure_TERMINATE_CLUSTER, ExecutionRoleArn: str("arn:aws:iam::111111111111:role/r")})
		b := tasks.NewEmrAddStep(s, str("AddStepPlain"), &tasks.EmrAddStepProps{ClusterId: sfn.JsonPath_StringAt(str("$.cluster")), Name: str("step"), Jar: str("x.jar"),
			IntegrationPattern: sfn.IntegrationPattern_REQUEST_RESPONSE})
		c := tasks.NewEmrCancelStep(s, str("Cancel"), &tasks.EmrCancelStepProps{ClusterId: str("c-1"), StepId: sfn.JsonPath_StringAt(str("$.step"))})
		d := tasks.NewEmrSetClusterTerminationProtection(s, str("Protect"), &tasks.EmrSetClusterTerminationProtectionProps{ClusterId: str("c-1"), TerminationProtected: jsii.Bool(false)})
		e := tasks.NewEmrTerminateCluster(s, str("Terminate"), &tasks.EmrTerminateClusterProps{ClusterId: str("c-1")})
		f := tasks.NewEmrTerminateCluster(s, str("TerminateNow"), &tasks.EmrTerminateClusterProps{ClusterId: str("c-1"), IntegrationPattern: sfn.IntegrationPattern_REQUEST_RESPONSE})
		g := tasks.NewEmrModifyInstanceGroupByName(s, str("Modify"), &tasks.EmrModifyInstanceGroupByNameProps{ClusterId: str("c-1"), InstanceGroupName: sfn.JsonPath_StringAt(str("$.group")),
			InstanceGroup: &tasks.EmrModifyInstanceGroupByName_InstanceGroupModifyConfigProperty{
				Configurations: &[]*tasks.EmrCreateCluster_ConfigurationProperty{{Classification: str("spark"), Properties: &map[string]*string{"a": str("1")},
					Configurations: &[]*tasks.EmrCreateCluster_ConfigurationProperty{{Classification: str("inner")}}}},
				EC2InstanceIdsToTerminate: jsii.Strings("i-1"), InstanceCount: num(2),
				ShrinkPolicy: &tasks.EmrModifyInstanceGroupByName_ShrinkPolicyProperty{InstanceResizePolicy: &tasks.EmrModifyInstanceGroupByName_InstanceResizePolicyProperty{
					InstancesToProtect: jsii.Strings("i-2"), InstancesToTerminate: jsii.Strings("i-3")}}}})
		machine(s, a.Next(b).Next(c).Next(d).Next(e).Next(f).Next(g), nil)
	},
	"ApiGateway": func(s awscdk.Stack) {
		api := awsapigateway.NewRestApi(s, str("Api"), nil)
		api.Root().AddMethod(str("GET"), nil, nil)
		a := tasks.NewCallApiGatewayRestApiEndpoint(s, str("Rest"), &tasks.CallApiGatewayRestApiEndpointProps{Api: api, StageName: str("prod"), Method: tasks.HttpMethod_GET,
			ApiPath: str("/items"), AuthType: tasks.AuthType_IAM_ROLE, Headers: sfn.TaskInput_FromObject(&map[string]interface{}{"h": []string{"v"}}),
			QueryParameters: sfn.TaskInput_FromObject(&map[string]interface{}{"q": []string{"1"}}),
			RequestBody:     sfn.TaskInput_FromObject(&map[string]interface{}{"b": sfn.JsonPath_StringAt(str("$.b"))})})
		b := tasks.NewCallApiGatewayRestApiEndpoint(s, str("RestCallback"), &tasks.CallApiGatewayRestApiEndpointProps{Api: api, StageName: str("prod"), Method: tasks.HttpMethod_POST,
			Region: str("eu-west-1"), IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN,
			Headers: sfn.TaskInput_FromObject(&map[string]interface{}{"TaskToken": sfn.JsonPath_Array(sfn.JsonPath_TaskToken())}), AuthType: tasks.AuthType_NO_AUTH})
		c := tasks.NewCallApiGatewayHttpApiEndpoint(s, str("Http"), &tasks.CallApiGatewayHttpApiEndpointProps{ApiId: str("abc123"), ApiStack: s, Method: tasks.HttpMethod_PUT,
			ApiPath: str("/x"), StageName: str("dev")})
		d := tasks.NewCallApiGatewayHttpApiEndpoint(s, str("HttpNoStage"), &tasks.CallApiGatewayHttpApiEndpointProps{ApiId: str("abc123"), ApiStack: s, Method: tasks.HttpMethod_DELETE,
			AuthType: tasks.AuthType_RESOURCE_POLICY})
		machine(s, a.Next(b).Next(c).Next(d), nil)
	},
	"MediaConvert": func(s awscdk.Stack) {
		req := &map[string]interface{}{"Role": "arn:aws:iam::111111111111:role/mc", "Settings": map[string]interface{}{"OutputGroups": []interface{}{map[string]interface{}{"Name": "g"}}},
			"Queue": sfn.JsonPath_StringAt(str("$.queue"))}
		a := tasks.NewMediaConvertCreateJob(s, str("Job"), &tasks.MediaConvertCreateJobProps{CreateJobRequest: req})
		b := tasks.NewMediaConvertCreateJob(s, str("JobSync"), &tasks.MediaConvertCreateJobProps{CreateJobRequest: req, IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
		machine(s, a.Next(b), nil)
	},
	"SageMaker": func(s awscdk.Stack) {
		a := tasks.NewSageMakerCreateEndpoint(s, str("Create"), &tasks.SageMakerCreateEndpointProps{EndpointName: str("MyEndpoint"), EndpointConfigName: str("MyConfig"),
			Tags: sfn.TaskInput_FromObject(&map[string]interface{}{"k": "v"})})
		b := tasks.NewSageMakerUpdateEndpoint(s, str("Update"), &tasks.SageMakerUpdateEndpointProps{EndpointName: sfn.JsonPath_StringAt(str("$.ep")), EndpointConfigName: str("cfg")})
		machine(s, a.Next(b), nil)
	},
	"Activity": func(s awscdk.Stack) {
		key := awskms.NewKey(s, str("Key"), nil)
		act := sfn.NewActivity(s, str("Act"), &sfn.ActivityProps{EncryptionConfiguration: sfn.NewCustomerManagedEncryptionConfiguration(key, nil)})
		plain := sfn.NewActivity(s, str("Plain"), nil)
		a := tasks.NewStepFunctionsInvokeActivity(s, str("Invoke"), &tasks.StepFunctionsInvokeActivityProps{Activity: act,
			Parameters: &map[string]interface{}{"a": sfn.JsonPath_StringAt(str("$.a")), "b": "x"}, Heartbeat: awscdk.Duration_Minutes(num(1))})
		b := tasks.NewStepFunctionsInvokeActivity(s, str("InvokePlain"), &tasks.StepFunctionsInvokeActivityProps{Activity: plain})
		c := tasks.StepFunctionsInvokeActivity_Jsonata(s, str("InvokeNata"), &tasks.StepFunctionsInvokeActivityJsonataProps{Activity: plain,
			Arguments: map[string]interface{}{"k": "{% $x %}"}, Comment: str("c")})
		machine(s, a.Next(b).Next(c), nil)
		alarm(s, "Failed", b.MetricFailed(nil))
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
	"SnsRunJob": func(s awscdk.Stack) {
		tasks.NewSnsPublish(s, str("T"), &tasks.SnsPublishProps{Topic: awssns.NewTopic(s, str("X"), nil), Message: sfn.TaskInput_FromText(str("m")), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
	},
	"SnsNoToken": func(s awscdk.Stack) {
		tasks.NewSnsPublish(s, str("T"), &tasks.SnsPublishProps{Topic: awssns.NewTopic(s, str("X"), nil), Message: sfn.TaskInput_FromText(str("m")), IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN})
	},
	"SnsFifoNoGroup": func(s awscdk.Stack) {
		tasks.NewSnsPublish(s, str("T"), &tasks.SnsPublishProps{Topic: awssns.NewTopic(s, str("X"), &awssns.TopicProps{Fifo: jsii.Bool(true)}), Message: sfn.TaskInput_FromText(str("m"))})
	},
	"SnsFifoNoDedup": func(s awscdk.Stack) {
		tasks.NewSnsPublish(s, str("T"), &tasks.SnsPublishProps{Topic: awssns.NewTopic(s, str("X"), &awssns.TopicProps{Fifo: jsii.Bool(true)}), Message: sfn.TaskInput_FromText(str("m")), MessageGroupId: str("g")})
	},
	"SnsAttributeType": func(s awscdk.Stack) {
		machine(s, tasks.NewSnsPublish(s, str("T"), &tasks.SnsPublishProps{Topic: awssns.NewTopic(s, str("X"), nil), Message: sfn.TaskInput_FromText(str("m")),
			MessageAttributes: &map[string]*tasks.MessageAttribute{"a": {Value: "x", DataType: tasks.MessageAttributeDataType_NUMBER}}}).Next(sfn.NewPass(s, str("P"), nil)), nil)
	},
	"SnsAttributeArray": func(s awscdk.Stack) {
		machine(s, tasks.NewSnsPublish(s, str("T"), &tasks.SnsPublishProps{Topic: awssns.NewTopic(s, str("X"), nil), Message: sfn.TaskInput_FromText(str("m")),
			MessageAttributes: &map[string]*tasks.MessageAttribute{"a": {Value: []string{"x"}, DataType: tasks.MessageAttributeDataType_STRING}}}).Next(sfn.NewPass(s, str("P"), nil)), nil)
	},
	"SqsNoToken": func(s awscdk.Stack) {
		tasks.NewSqsSendMessage(s, str("T"), &tasks.SqsSendMessageProps{Queue: awssqs.NewQueue(s, str("X"), nil), MessageBody: sfn.TaskInput_FromText(str("m")), IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN})
	},
	"DynamoJsonPath":   func(s awscdk.Stack) { tasks.DynamoAttributeValue_MapFromJsonPath(str("x")) },
	"DynamoJsonata":    func(s awscdk.Stack) { tasks.DynamoAttributeValue_ListFromJsonata(str("$.x")) },
	"DynamoProjection": func(s awscdk.Stack) { tasks.NewDynamoProjectionExpression().AtIndex(num(1)) },
	"StartNoToken": func(s awscdk.Stack) {
		tasks.NewStepFunctionsStartExecution(s, str("T"), &tasks.StepFunctionsStartExecutionProps{StateMachine: sfn.StateMachine_FromStateMachineName(s, str("X"), str("x")),
			IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN})
	},
	"StartAssociatePath": func(s awscdk.Stack) {
		tasks.NewStepFunctionsStartExecution(s, str("T"), &tasks.StepFunctionsStartExecutionProps{StateMachine: sfn.StateMachine_FromStateMachineName(s, str("X"), str("x")),
			AssociateWithParent: jsii.Bool(true), Input: sfn.TaskInput_FromJsonPathAt(str("$.i"))})
	},
	"EventsEmpty": func(s awscdk.Stack) {
		tasks.NewEventBridgePutEvents(s, str("T"), &tasks.EventBridgePutEventsProps{Entries: &[]*tasks.EventBridgePutEventsEntry{}})
	},
	"EventsAwsSource": func(s awscdk.Stack) {
		tasks.NewEventBridgePutEvents(s, str("T"), &tasks.EventBridgePutEventsProps{Entries: &[]*tasks.EventBridgePutEventsEntry{{Detail: sfn.TaskInput_FromText(str("x")), DetailType: str("d"), Source: str("aws.ec2")}}})
	},
	"EventsNoToken": func(s awscdk.Stack) {
		tasks.NewEventBridgePutEvents(s, str("T"), &tasks.EventBridgePutEventsProps{IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN,
			Entries: &[]*tasks.EventBridgePutEventsEntry{{Detail: sfn.TaskInput_FromText(str("x")), DetailType: str("d"), Source: str("s")}}})
	},
	"SdkRunJob": func(s awscdk.Stack) {
		tasks.NewCallAwsService(s, str("T"), &tasks.CallAwsServiceProps{Service: str("s3"), Action: str("listBuckets"), IamResources: jsii.Strings("*"), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
	},
	"SdkAction": func(s awscdk.Stack) {
		tasks.NewCallAwsService(s, str("T"), &tasks.CallAwsServiceProps{Service: str("s3"), Action: str("ListBuckets"), IamResources: jsii.Strings("*")})
	},
	"SdkParams": func(s awscdk.Stack) {
		tasks.NewCallAwsService(s, str("T"), &tasks.CallAwsServiceProps{Service: str("s3"), Action: str("listBuckets"), IamResources: jsii.Strings("*"),
			Parameters: &map[string]interface{}{"Ok": 1, "bad": 2, "worse": 3}})
	},
	"GlueBothWorkers": func(s awscdk.Stack) {
		machine(s, tasks.NewGlueStartJobRun(s, str("T"), &tasks.GlueStartJobRunProps{GlueJobName: str("j"), WorkerConfiguration: &tasks.WorkerConfigurationProperty{
			WorkerType: tasks.WorkerType_G_1X, WorkerTypeV2: tasks.WorkerTypeV2_G_2X(), NumberOfWorkers: num(1)}}).Next(sfn.NewPass(s, str("P"), nil)), nil)
	},
	"GlueNoWorker": func(s awscdk.Stack) {
		machine(s, tasks.NewGlueStartJobRun(s, str("T"), &tasks.GlueStartJobRunProps{GlueJobName: str("j"),
			WorkerConfiguration: &tasks.WorkerConfigurationProperty{NumberOfWorkers: num(1)}}).Next(sfn.NewPass(s, str("P"), nil)), nil)
	},
	"GlueCallback": func(s awscdk.Stack) {
		tasks.NewGlueStartJobRun(s, str("T"), &tasks.GlueStartJobRunProps{GlueJobName: str("j"), IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN})
	},
	"AthenaParams": func(s awscdk.Stack) {
		tasks.NewAthenaStartQueryExecution(s, str("T"), &tasks.AthenaStartQueryExecutionProps{QueryString: str("q"), ExecutionParameters: &[]*string{}})
	},
	"AthenaMaxAge": func(s awscdk.Stack) {
		tasks.NewAthenaStartQueryExecution(s, str("T"), &tasks.AthenaStartQueryExecutionProps{QueryString: str("q"), ResultReuseConfigurationMaxAge: awscdk.Duration_Seconds(num(30))})
	},
	"AthenaMaxAgeHigh": func(s awscdk.Stack) {
		tasks.NewAthenaStartQueryExecution(s, str("T"), &tasks.AthenaStartQueryExecutionProps{QueryString: str("q"), ResultReuseConfigurationMaxAge: awscdk.Duration_Days(num(8))})
	},
	"AthenaGetRunJob": func(s awscdk.Stack) {
		tasks.NewAthenaGetQueryExecution(s, str("T"), &tasks.AthenaGetQueryExecutionProps{QueryExecutionId: str("x"), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
	},
	"BrewCallback": func(s awscdk.Stack) {
		tasks.NewGlueDataBrewStartJobRun(s, str("T"), &tasks.GlueDataBrewStartJobRunProps{Name: str("x"), IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN})
	},
	"BatchArray": func(s awscdk.Stack) {
		tasks.NewBatchSubmitJob(s, str("T"), &tasks.BatchSubmitJobProps{JobDefinitionArn: str("d"), JobName: str("n"), JobQueueArn: str("q"), ArraySize: num(1)})
	},
	"BatchAttempts": func(s awscdk.Stack) {
		tasks.NewBatchSubmitJob(s, str("T"), &tasks.BatchSubmitJobProps{JobDefinitionArn: str("d"), JobName: str("n"), JobQueueArn: str("q"), Attempts: num(11)})
	},
	"BatchTimeout": func(s awscdk.Stack) {
		tasks.NewBatchSubmitJob(s, str("T"), &tasks.BatchSubmitJobProps{JobDefinitionArn: str("d"), JobName: str("n"), JobQueueArn: str("q"), Timeout: awscdk.Duration_Seconds(num(30))})
	},
	"BatchEnv": func(s awscdk.Stack) {
		tasks.NewBatchSubmitJob(s, str("T"), &tasks.BatchSubmitJobProps{JobDefinitionArn: str("d"), JobName: str("n"), JobQueueArn: str("q"),
			ContainerOverrides: &tasks.BatchContainerOverrides{Environment: &map[string]*string{"AWS_BATCH_X": str("x")}}})
	},
	"EcsNoCapacity": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, str("Vpc"), &awsec2.VpcProps{MaxAzs: num(1)})
		cluster := awsecs.NewCluster(s, str("Cluster"), &awsecs.ClusterProps{Vpc: vpc})
		td := awsecs.NewEc2TaskDefinition(s, str("TD"), nil)
		td.AddContainer(str("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(str("nginx"), nil), MemoryLimitMiB: num(256)})
		machine(s, tasks.NewEcsRunTask(s, str("T"), &tasks.EcsRunTaskProps{Cluster: cluster, TaskDefinition: td, LaunchTarget: tasks.NewEcsEc2LaunchTarget(nil)}).Next(sfn.NewPass(s, str("P"), nil)), nil)
	},
	"EcsNotFargate": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, str("Vpc"), &awsec2.VpcProps{MaxAzs: num(1)})
		cluster := awsecs.NewCluster(s, str("Cluster"), &awsecs.ClusterProps{Vpc: vpc})
		td := awsecs.NewEc2TaskDefinition(s, str("TD"), nil)
		td.AddContainer(str("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(str("nginx"), nil), MemoryLimitMiB: num(256)})
		machine(s, tasks.NewEcsRunTask(s, str("T"), &tasks.EcsRunTaskProps{Cluster: cluster, TaskDefinition: td, LaunchTarget: tasks.NewEcsFargateLaunchTarget(nil)}).Next(sfn.NewPass(s, str("P"), nil)), nil)
	},
	"EcsNoContainer": func(s awscdk.Stack) {
		tasks.NewEcsRunTask(s, str("T"), &tasks.EcsRunTaskProps{Cluster: awsecs.NewCluster(s, str("Cluster"), &awsecs.ClusterProps{Vpc: awsec2.NewVpc(s, str("Vpc"), &awsec2.VpcProps{MaxAzs: num(1)})}),
			TaskDefinition: awsecs.NewFargateTaskDefinition(s, str("TD"), nil), LaunchTarget: tasks.NewEcsFargateLaunchTarget(nil)})
	},
	"EcsCapacityEmpty": func(s awscdk.Stack) { tasks.CapacityProviderOptions_Custom(&[]*awsecs.CapacityProviderStrategy{}) },
	"EmrCallback": func(s awscdk.Stack) {
		tasks.NewEmrTerminateCluster(s, str("T"), &tasks.EmrTerminateClusterProps{ClusterId: str("c"), IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN})
	},
	"ApiNoToken": func(s awscdk.Stack) {
		tasks.NewCallApiGatewayHttpApiEndpoint(s, str("T"), &tasks.CallApiGatewayHttpApiEndpointProps{ApiId: str("a"), ApiStack: s, Method: tasks.HttpMethod_GET,
			IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN})
	},
	"MediaConvertNoRole": func(s awscdk.Stack) {
		tasks.NewMediaConvertCreateJob(s, str("T"), &tasks.MediaConvertCreateJobProps{CreateJobRequest: &map[string]interface{}{"Settings": map[string]interface{}{}}})
	},
	"SageMakerRunJob": func(s awscdk.Stack) {
		tasks.NewSageMakerUpdateEndpoint(s, str("T"), &tasks.SageMakerUpdateEndpointProps{EndpointName: str("e"), EndpointConfigName: str("c"), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
	},
}
