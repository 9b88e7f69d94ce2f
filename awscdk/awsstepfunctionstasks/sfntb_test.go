package awsstepfunctionstasks_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsbedrock"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	tasks "github.com/strata-cdk/strata/awscdk/awsstepfunctionstasks"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the sfntb block of testdata/twins.js: EvaluateExpression,
// CallAwsServiceCrossRegion, the EventBridge Scheduler and Bedrock tasks.

const dedicatedEvalFlag = "@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction"

var sfntbTemplateCases = map[string]func(s awscdk.Stack){
	"EvalDedicated": func(s awscdk.Stack) {
		a := tasks.NewEvaluateExpression(s, str("Sum"), &tasks.EvaluateExpressionProps{Expression: str("$.a + $.b"), ResultPath: str("$.sum")})
		b := tasks.NewEvaluateExpression(s, str("Arm"), &tasks.EvaluateExpressionProps{Expression: str("`${$.name}-${$[0].x}` + $.a"),
			Runtime: awslambda.Runtime_NODEJS_20_X(), Architecture: awslambda.Architecture_ARM_64()})
		c := tasks.NewEvaluateExpression(s, str("Plain"), &tasks.EvaluateExpressionProps{Expression: str("[1, 2].map(x => x / 2)"), Comment: str("no paths")})
		machine(s, a.Next(b).Next(c), nil)
	},
	"EvalShared": func(s awscdk.Stack) {
		s.Node().SetContext(str(dedicatedEvalFlag), false)
		a := tasks.NewEvaluateExpression(s, str("A"), &tasks.EvaluateExpressionProps{Expression: str("$.x * 2")})
		b := tasks.NewEvaluateExpression(s, str("B"), &tasks.EvaluateExpressionProps{Expression: str("$.y.length")})
		c := tasks.NewEvaluateExpression(s, str("C"), &tasks.EvaluateExpressionProps{Expression: str("$.z"),
			Runtime: awslambda.Runtime_NODEJS_22_X(), Architecture: awslambda.Architecture_ARM_64()})
		machine(s, a.Next(b).Next(c), nil)
	},
	"XrCalls": func(s awscdk.Stack) {
		a := tasks.NewCallAwsServiceCrossRegion(s, str("List"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("listBuckets"),
			Region: str("us-west-2"), IamResources: jsii.Strings("*")})
		b := tasks.NewCallAwsServiceCrossRegion(s, str("Get"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("getObject"),
			Region: str("eu-west-1"), IamResources: jsii.Strings("arn:aws:s3:::b/*"),
			Parameters: &map[string]interface{}{"Bucket": "b", "Key": sfn.JsonPath_StringAt(str("$.key"))}, Endpoint: str("https://s3.eu-west-1.amazonaws.com"),
			ResultPath:              str("$.obj"),
			AdditionalIamStatements: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("kms:Decrypt"), Resources: jsii.Strings("*")})}})
		c := tasks.NewCallAwsServiceCrossRegion(s, str("Sfn"), &tasks.CallAwsServiceCrossRegionProps{Service: str("sfn"), Action: str("listExecutions"),
			Region: sfn.JsonPath_StringAt(str("$.region")), IamResources: jsii.Strings("*"), RetryOnServiceExceptions: jsii.Bool(false),
			IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN, Parameters: &map[string]interface{}{"Token": sfn.JsonPath_TaskToken()}})
		d := tasks.CallAwsServiceCrossRegion_Jsonata(s, str("Nata"), &tasks.CallAwsServiceCrossRegionJsonataProps{Service: str("cloudwatch-logs"),
			Action: str("describeLogGroups"), Region: str("{% $states.input.region %}"), IamResources: jsii.Strings("*"), IamAction: str("logs:DescribeLogGroups"),
			Parameters: &map[string]interface{}{"Limit": 5}, Outputs: "{% $states.result %}"})
		e := tasks.CallAwsServiceCrossRegion_JsonPath(s, str("Path"), &tasks.CallAwsServiceCrossRegionJsonPathProps{Service: str("mwaa"), Action: str("listEnvironments"),
			Region: str("us-east-2"), IamResources: jsii.Strings("*"), OutputPath: str("$.Environments")})
		machine(s, a.Next(b).Next(c).Next(d).Next(e), nil)
	},
	"SchedCreate": func(s awscdk.Stack) {
		role := awsiam.NewRole(s, str("SchedulerRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("scheduler.amazonaws.com"), nil)})
		q := awssqs.NewQueue(s, str("Dlq"), nil)
		key := awskms.NewKey(s, str("Key"), nil)
		full := tasks.NewEventBridgeSchedulerTarget(&tasks.EventBridgeSchedulerTargetProps{Arn: q.QueueArn(), Role: role, Input: str("hello"),
			RetryPolicy: &tasks.RetryPolicy{MaximumEventAge: awscdk.Duration_Minutes(num(5)), MaximumRetryAttempts: num(3)}, DeadLetterQueue: q})
		simple := tasks.NewEventBridgeSchedulerTarget(&tasks.EventBridgeSchedulerTargetProps{Arn: str("arn:aws:lambda:us-east-1:111111111111:function:f"), Role: role})
		start, end := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2030, 6, 1, 12, 30, 0, 250e6, time.UTC)
		once := time.Date(2031, 3, 4, 5, 6, 7, 0, time.Local)
		a := tasks.NewEventBridgeSchedulerCreateScheduleTask(s, str("Rate"), &tasks.EventBridgeSchedulerCreateScheduleTaskProps{ScheduleName: str("every"),
			Schedule: tasks.Schedule_Rate(awscdk.Duration_Hours(num(2))), Target: full})
		b := tasks.NewEventBridgeSchedulerCreateScheduleTask(s, str("Full"), &tasks.EventBridgeSchedulerCreateScheduleTaskProps{ScheduleName: str("full"),
			Schedule: tasks.Schedule_Cron(&tasks.CronOptions{Minute: str("0"), Hour: str("12"), WeekDay: str("MON")}),
			Target:   simple, ActionAfterCompletion: tasks.ActionAfterCompletion_DELETE, ClientToken: str("tok-1"), Description: str("d"), Enabled: jsii.Bool(false),
			StartDate: &start, EndDate: &end, FlexibleTimeWindow: awscdk.Duration_Minutes(num(10)),
			GroupName: str("grp.1"), KmsKey: key, Timezone: str("Europe/Paris"), ResultPath: str("$.schedule")})
		c := tasks.EventBridgeSchedulerCreateScheduleTask_Jsonata(s, str("Once"), &tasks.EventBridgeSchedulerCreateScheduleTaskJsonataProps{
			ScheduleName: str("{% $states.input.name %}"), Schedule: tasks.Schedule_OneTime(&once), Target: simple})
		d := tasks.EventBridgeSchedulerCreateScheduleTask_JsonPath(s, str("Days"), &tasks.EventBridgeSchedulerCreateScheduleTaskJsonPathProps{ScheduleName: str("days"),
			Schedule: tasks.Schedule_Rate(awscdk.Duration_Days(num(1))), Target: simple, ActionAfterCompletion: tasks.ActionAfterCompletion_NONE, Enabled: jsii.Bool(true)})
		e := tasks.NewEventBridgeSchedulerCreateScheduleTask(s, str("Minutes"), &tasks.EventBridgeSchedulerCreateScheduleTaskProps{ScheduleName: sfn.JsonPath_StringAt(str("$.name")),
			Schedule: tasks.Schedule_Rate(awscdk.Duration_Minutes(num(90))), Target: simple})
		f := tasks.NewEventBridgeSchedulerCreateScheduleTask(s, str("AnyTime"), &tasks.EventBridgeSchedulerCreateScheduleTaskProps{ScheduleName: str("any"),
			Schedule: tasks.Schedule_Cron(&tasks.CronOptions{}), Target: simple})
		g := tasks.NewEventBridgeSchedulerCreateScheduleTask(s, str("Monthly"), &tasks.EventBridgeSchedulerCreateScheduleTaskProps{ScheduleName: str("monthly"),
			Schedule: tasks.Schedule_Cron(&tasks.CronOptions{Day: str("1"), Month: str("*/2"), Year: str("2030")}), Target: simple})
		machine(s, a.Next(b).Next(c).Next(d).Next(e).Next(f).Next(g), nil)
	},
	"BedrockInvoke": func(s awscdk.Stack) {
		claude := awsbedrock.FoundationModel_FromFoundationModelId(s, str("Claude"), awsbedrock.FoundationModelIdentifier_ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0())
		provisioned := awsbedrock.ProvisionedModel_FromProvisionedModelArn(s, str("Provisioned"), str("arn:aws:bedrock:us-east-1:111111111111:provisioned-model/abc"))
		a := tasks.NewBedrockInvokeModel(s, str("Inline"), &tasks.BedrockInvokeModelProps{Model: claude,
			Body:   sfn.TaskInput_FromObject(&map[string]interface{}{"max_tokens": 100, "prompt": sfn.JsonPath_StringAt(str("$.prompt"))}),
			Accept: str("application/json"), ContentType: str("application/json"), Guardrail: tasks.Guardrail_Enable(str("abc123"), num(2)), TraceEnabled: jsii.Bool(true),
			ResultSelector: &map[string]interface{}{"text": sfn.JsonPath_StringAt(str("$.Body.completion"))}})
		b := tasks.NewBedrockInvokeModel(s, str("S3"), &tasks.BedrockInvokeModelProps{Model: provisioned,
			Input:     &tasks.BedrockInvokeModelInputProps{S3Location: &awss3.Location{BucketName: str("in"), ObjectKey: str("k.json")}},
			Output:    &tasks.BedrockInvokeModelOutputProps{S3Location: &awss3.Location{BucketName: str("out"), ObjectKey: str("o.json")}},
			Guardrail: tasks.Guardrail_EnableDraft(str("arn:aws:bedrock:us-east-1:111111111111:guardrail/xyz")), TraceEnabled: jsii.Bool(false)})
		c := tasks.BedrockInvokeModel_Jsonata(s, str("Nata"), &tasks.BedrockInvokeModelJsonataProps{Model: claude,
			Body: sfn.TaskInput_FromObject(&map[string]interface{}{"p": "{% $states.input.p %}"}), Outputs: "{% $states.result.Body %}"})
		d := tasks.NewBedrockInvokeModel(s, str("Uris"), &tasks.BedrockInvokeModelProps{Model: claude,
			Input: &tasks.BedrockInvokeModelInputProps{S3InputUri: sfn.JsonPath_StringAt(str("$.in"))}, Output: &tasks.BedrockInvokeModelOutputProps{S3OutputUri: str("s3://bucket/out")}})
		e := tasks.BedrockInvokeModel_JsonPath(s, str("Text"), &tasks.BedrockInvokeModelJsonPathProps{Model: claude, Body: sfn.TaskInput_FromText(str("hello")),
			InputPath: str("$.x"), OutputPath: str("$.Body")})
		machine(s, a.Next(b).Next(c).Next(d).Next(e), nil)
	},
	"BedrockLegacy": func(s awscdk.Stack) {
		s.Node().SetContext(str("@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask"), false)
		claude := awsbedrock.FoundationModel_FromFoundationModelId(s, str("Claude"), awsbedrock.NewFoundationModelIdentifier(str("anthropic.claude-v2")))
		a := tasks.NewBedrockInvokeModel(s, str("Paths"), &tasks.BedrockInvokeModelProps{Model: claude, InputPath: str("$.in"), OutputPath: str("$.out")})
		b := tasks.NewBedrockInvokeModel(s, str("Body"), &tasks.BedrockInvokeModelProps{Model: claude, Body: sfn.TaskInput_FromText(str("x")),
			Output: &tasks.BedrockInvokeModelOutputProps{S3OutputUri: str("s3://ignored")}})
		machine(s, a.Next(b), nil)
	},
	"BedrockCustomize": func(s awscdk.Stack) {
		model := awsbedrock.FoundationModel_FromFoundationModelId(s, str("Model"), awsbedrock.FoundationModelIdentifier_AMAZON_TITAN_TEXT_G1_EXPRESS_V1())
		train := awss3.NewBucket(s, str("Train"), nil)
		out := awss3.NewBucket(s, str("Out"), nil)
		valid := awss3.NewBucket(s, str("Valid"), nil)
		key := awskms.NewKey(s, str("Key"), nil)
		vpc := awsec2.NewVpc(s, str("Vpc"), &awsec2.VpcProps{MaxAzs: num(2), NatGateways: num(0),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{{Name: str("iso"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED}}})
		sg := awsec2.NewSecurityGroup(s, str("Sg"), &awsec2.SecurityGroupProps{Vpc: vpc})
		a := tasks.NewBedrockCreateModelCustomizationJob(s, str("Full"), &tasks.BedrockCreateModelCustomizationJobProps{BaseModel: model,
			CustomModelName: str("my-model"), JobName: str("job-1"),
			TrainingData:       &tasks.TrainingBucketConfiguration{Bucket: train, Path: str("data/train.jsonl")},
			OutputData:         &tasks.OutputBucketConfiguration{Bucket: out, Path: str("out/")},
			ValidationData:     &[]*tasks.ValidationBucketConfiguration{{Bucket: valid, Path: str("v.jsonl")}, {Bucket: train}},
			ClientRequestToken: str("tok-1"), CustomizationType: tasks.CustomizationType_FINE_TUNING, CustomModelKmsKey: key,
			CustomModelTags: &[]*tasks.CustomModelTag{{Key: str("k"), Value: str("v")}}, JobTags: &[]*tasks.CustomModelTag{{Key: str("j"), Value: str("w")}},
			HyperParameters:    &map[string]*string{"batchSize": str("8"), "epochCount": str("2")},
			VpcConfig:          &jobVpc{sgs: []awsec2.ISecurityGroup{sg}, subnets: *vpc.IsolatedSubnets()},
			IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
		role := awsiam.Role_FromRoleArn(s, str("Given"), str("arn:aws:iam::111111111111:role/bedrock"), nil)
		b := tasks.NewBedrockCreateModelCustomizationJob(s, str("GivenRole"), &tasks.BedrockCreateModelCustomizationJobProps{BaseModel: model,
			CustomModelName: str("m2"), JobName: str("j2"), Role: role,
			TrainingData: &tasks.TrainingBucketConfiguration{Bucket: train}, OutputData: &tasks.OutputBucketConfiguration{Bucket: out},
			HyperParameters: &map[string]*string{"Evaluation percentage": str("20")}, CustomizationType: tasks.CustomizationType_CONTINUED_PRE_TRAINING})
		machine(s, a.Next(b), nil)
		awscdk.NewCfnOutput(s, str("RoleArn"), &awscdk.CfnOutputProps{Value: a.Role().RoleArn()})
	},
}

// jobVpc is a program's IBedrockCreateModelCustomizationJobVpcConfig.
type jobVpc struct {
	sgs     []awsec2.ISecurityGroup
	subnets []awsec2.ISubnet
}

func (v *jobVpc) SecurityGroups() *[]awsec2.ISecurityGroup { return &v.sgs }
func (v *jobVpc) Subnets() *[]awsec2.ISubnet               { return &v.subnets }

var sfntbErrorCases = map[string]func(s awscdk.Stack){
	"EvalPlainString": func(s awscdk.Stack) {
		tasks.NewEvaluateExpression(s, str("T"), &tasks.EvaluateExpressionProps{Expression: str(`"name: $.name"`)})
	},
	"EvalTemplateText": func(s awscdk.Stack) {
		tasks.NewEvaluateExpression(s, str("T"), &tasks.EvaluateExpressionProps{Expression: str("`${$.a} and $.b`")})
	},
	"EvalRuntime": func(s awscdk.Stack) {
		tasks.NewEvaluateExpression(s, str("T"), &tasks.EvaluateExpressionProps{Expression: str("$.a"), Runtime: awslambda.Runtime_PYTHON_3_12()})
	},
	"EvalSharedRuntime": func(s awscdk.Stack) {
		s.Node().SetContext(str(dedicatedEvalFlag), false)
		tasks.NewEvaluateExpression(s, str("T"), &tasks.EvaluateExpressionProps{Expression: str("$.a"), Runtime: awslambda.Runtime_PYTHON_3_12()})
	},
	"XrRunJob": func(s awscdk.Stack) {
		tasks.NewCallAwsServiceCrossRegion(s, str("T"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("listBuckets"), Region: str("r"),
			IamResources: jsii.Strings("*"), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
	},
	"XrAction": func(s awscdk.Stack) {
		tasks.NewCallAwsServiceCrossRegion(s, str("T"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("ListBuckets"), Region: str("r"),
			IamResources: jsii.Strings("*")})
	},
	"SchedDates": func(s awscdk.Stack) {
		start, end := time.Date(2030, 1, 2, 0, 0, 0, 0, time.UTC), time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
		schedTask(s, func(p *tasks.EventBridgeSchedulerCreateScheduleTaskProps) { p.StartDate, p.EndDate = &start, &end })
	},
	"SchedToken": func(s awscdk.Stack) {
		schedTask(s, func(p *tasks.EventBridgeSchedulerCreateScheduleTaskProps) { p.ClientToken = str("a b") })
	},
	"SchedTokenLong": func(s awscdk.Stack) {
		schedTask(s, func(p *tasks.EventBridgeSchedulerCreateScheduleTaskProps) {
			p.ClientToken = str(strings.Repeat("x", 65))
		})
	},
	"SchedGroup": func(s awscdk.Stack) {
		schedTask(s, func(p *tasks.EventBridgeSchedulerCreateScheduleTaskProps) { p.GroupName = str("g/1") })
	},
	"SchedWindow": func(s awscdk.Stack) {
		schedTask(s, func(p *tasks.EventBridgeSchedulerCreateScheduleTaskProps) {
			p.FlexibleTimeWindow = awscdk.Duration_Days(num(2))
		})
	},
	"SchedDescription": func(s awscdk.Stack) {
		schedTask(s, func(p *tasks.EventBridgeSchedulerCreateScheduleTaskProps) {
			p.Description = str(strings.Repeat("d", 513))
		})
	},
	"SchedTimezone": func(s awscdk.Stack) {
		schedTask(s, func(p *tasks.EventBridgeSchedulerCreateScheduleTaskProps) { p.Timezone = str("") })
	},
	"SchedRetryAttempts": func(s awscdk.Stack) {
		tasks.NewEventBridgeSchedulerTarget(&tasks.EventBridgeSchedulerTargetProps{Arn: str("a"), Role: importedRole(s),
			RetryPolicy: &tasks.RetryPolicy{MaximumEventAge: awscdk.Duration_Minutes(num(5)), MaximumRetryAttempts: num(200)}})
	},
	"SchedEventAge": func(s awscdk.Stack) {
		tasks.NewEventBridgeSchedulerTarget(&tasks.EventBridgeSchedulerTargetProps{Arn: str("a"), Role: importedRole(s),
			RetryPolicy: &tasks.RetryPolicy{MaximumEventAge: awscdk.Duration_Seconds(num(30)), MaximumRetryAttempts: num(1)}})
	},
	"SchedInput": func(s awscdk.Stack) {
		tasks.NewEventBridgeSchedulerTarget(&tasks.EventBridgeSchedulerTargetProps{Arn: str("a"), Role: importedRole(s), Input: str("")})
	},
	"SchedRate": func(s awscdk.Stack) { tasks.Schedule_Rate(awscdk.Duration_Seconds(num(30))) },
	"SchedCron": func(s awscdk.Stack) { tasks.Schedule_Cron(&tasks.CronOptions{Day: str("1"), WeekDay: str("MON")}) },
	"BedrockBoth": func(s awscdk.Stack) {
		bedrockTask(s, &tasks.BedrockInvokeModelProps{Body: sfn.TaskInput_FromText(str("x")), Input: &tasks.BedrockInvokeModelInputProps{S3InputUri: str("s3://b/k")}})
	},
	"BedrockNone": func(s awscdk.Stack) { bedrockTask(s, &tasks.BedrockInvokeModelProps{}) },
	"BedrockInVersion": func(s awscdk.Stack) {
		bedrockTask(s, &tasks.BedrockInvokeModelProps{Input: &tasks.BedrockInvokeModelInputProps{
			S3Location: &awss3.Location{BucketName: str("b"), ObjectKey: str("k"), ObjectVersion: str("1")}}})
	},
	"BedrockOutVersion": func(s awscdk.Stack) {
		bedrockTask(s, &tasks.BedrockInvokeModelProps{Body: sfn.TaskInput_FromText(str("x")), Output: &tasks.BedrockInvokeModelOutputProps{
			S3Location: &awss3.Location{BucketName: str("b"), ObjectKey: str("k"), ObjectVersion: str("1")}}})
	},
	"BedrockUriAndLoc": func(s awscdk.Stack) {
		bedrockTask(s, &tasks.BedrockInvokeModelProps{Body: sfn.TaskInput_FromText(str("x")), Output: &tasks.BedrockInvokeModelOutputProps{
			S3OutputUri: str("s3://b/k"), S3Location: &awss3.Location{BucketName: str("b"), ObjectKey: str("k")}}})
	},
	"BedrockEmptyUri": func(s awscdk.Stack) {
		bedrockTask(s, &tasks.BedrockInvokeModelProps{Body: sfn.TaskInput_FromText(str("x")), Output: &tasks.BedrockInvokeModelOutputProps{S3OutputUri: str("")}})
	},
	"BedrockRunJob": func(s awscdk.Stack) {
		bedrockTask(s, &tasks.BedrockInvokeModelProps{Body: sfn.TaskInput_FromText(str("x")), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
	},
	"BedrockGuardrailVersion": func(s awscdk.Stack) { tasks.Guardrail_Enable(str("abc"), num(0)) },
	"BedrockGuardrailId":      func(s awscdk.Stack) { tasks.Guardrail_EnableDraft(str("ABC")) },
	"BedrockGuardrailArn": func(s awscdk.Stack) {
		tasks.Guardrail_EnableDraft(str("arn:aws:bedrock:us-east-1:111111111111:guardrail"))
	},
	"CustomizeNoValidation": func(s awscdk.Stack) { customizeTask(s, nil) },
	"CustomizeName": func(s awscdk.Stack) {
		customizeTask(s, func(p *tasks.BedrockCreateModelCustomizationJobProps) {
			p.CustomModelName, p.HyperParameters = str("bad name"), &map[string]*string{"Evaluation percentage": str("1")}
		})
	},
	"CustomizeJobLong": func(s awscdk.Stack) {
		customizeTask(s, func(p *tasks.BedrockCreateModelCustomizationJobProps) {
			p.JobName, p.HyperParameters = str(strings.Repeat("j", 64)), &map[string]*string{"Evaluation percentage": str("1")}
		})
	},
	"CustomizeValidationEmpty": func(s awscdk.Stack) {
		customizeTask(s, func(p *tasks.BedrockCreateModelCustomizationJobProps) {
			p.ValidationData = &[]*tasks.ValidationBucketConfiguration{}
		})
	},
	"CustomizeCallback": func(s awscdk.Stack) {
		customizeTask(s, func(p *tasks.BedrockCreateModelCustomizationJobProps) {
			p.IntegrationPattern = sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN
		})
	},
	"CustomizeImportedKey": func(s awscdk.Stack) {
		customizeTask(s, func(p *tasks.BedrockCreateModelCustomizationJobProps) {
			p.HyperParameters = &map[string]*string{"Evaluation percentage": str("1")}
			p.CustomModelKmsKey = awskms.Key_FromKeyArn(s, str("K"), str("arn:aws:kms:us-east-1:111111111111:key/k"))
		})
	},
}

// customizeTask is the twins' minimal customization job, changed by set.
func customizeTask(s awscdk.Stack, set func(p *tasks.BedrockCreateModelCustomizationJobProps)) {
	b := awss3.NewBucket(s, str("B"), nil)
	p := &tasks.BedrockCreateModelCustomizationJobProps{BaseModel: awsbedrock.ProvisionedModel_FromProvisionedModelArn(s, str("M"), str("arn:m")),
		CustomModelName: str("m"), JobName: str("j"), TrainingData: &tasks.TrainingBucketConfiguration{Bucket: b}, OutputData: &tasks.OutputBucketConfiguration{Bucket: b}}
	if set != nil {
		set(p)
	}
	tasks.NewBedrockCreateModelCustomizationJob(s, str("T"), p)
}

// bedrockTask is the twins' BedrockInvokeModel on model "arn:m".
func bedrockTask(s awscdk.Stack, p *tasks.BedrockInvokeModelProps) {
	p.Model = awsbedrock.ProvisionedModel_FromProvisionedModelArn(s, str("M"), str("arn:m"))
	tasks.NewBedrockInvokeModel(s, str("T"), p)
}

func importedRole(s awscdk.Stack) awsiam.IRole {
	return awsiam.Role_FromRoleArn(s, str("R"), str("arn:aws:iam::111111111111:role/r"), nil)
}

// schedTask is the twins' minimal schedule task, changed by set.
func schedTask(s awscdk.Stack, set func(p *tasks.EventBridgeSchedulerCreateScheduleTaskProps)) {
	p := &tasks.EventBridgeSchedulerCreateScheduleTaskProps{ScheduleName: str("n"), Schedule: tasks.Schedule_Rate(awscdk.Duration_Hours(num(1))),
		Target: tasks.NewEventBridgeSchedulerTarget(&tasks.EventBridgeSchedulerTargetProps{Arn: str("a"), Role: importedRole(s)})}
	set(p)
	tasks.NewEventBridgeSchedulerCreateScheduleTask(s, str("T"), p)
}

// The error cases join TestErrors, which checks every entry of the shared
// errors.json.
func init() {
	for name, build := range sfntbErrorCases {
		errorCases[name] = build
	}
}

func TestSfntbTemplates(t *testing.T) {
	golden.CheckTemplates(t, sfntbTemplateCases, func(string) *awscdk.StackProps { return nil }, ownHandlers)
}

var assetKey = regexp.MustCompile(`"S3Key": "([0-9a-f]{64})\.zip"`)

// ownHandlers puts the assets of Strata's handlers where aws-cdk-lib's
// template names its own, pairing the distinct asset keys of both
// templates in order of first appearance: the one place the templates may
// differ.
func ownHandlers(t *testing.T, want, got []byte) []byte {
	distinct := func(b []byte) []string {
		var keys []string
		seen := map[string]bool{}
		for _, m := range assetKey.FindAllSubmatch(b, -1) {
			if k := string(m[1]); !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		return keys
	}
	theirs, ours := distinct(want), distinct(got)
	if len(theirs) != len(ours) {
		return want
	}
	out := string(want)
	for i := range theirs {
		out = regexp.MustCompile(theirs[i]).ReplaceAllLiteralString(out, ours[i])
	}
	return []byte(out)
}

// Nil props (or a missing required prop) stop with an error naming the
// construct path, never a Go panic trace.
func TestSfntbNilProps(t *testing.T) {
	for name, build := range sfntbNilCases {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, str("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), "[S/T]") || !strings.Contains(err.Error(), "required") {
				t.Fatalf("got %v; want an error at S/T naming what is required", err)
			}
		})
	}
}

var sfntbNilCases = map[string]func(s awscdk.Stack){
	"EvaluateExpression":        func(s awscdk.Stack) { tasks.NewEvaluateExpression(s, str("T"), nil) },
	"EvaluateExpressionEmpty":   func(s awscdk.Stack) { tasks.NewEvaluateExpression(s, str("T"), &tasks.EvaluateExpressionProps{}) },
	"CallAwsServiceCrossRegion": func(s awscdk.Stack) { tasks.NewCallAwsServiceCrossRegion(s, str("T"), nil) },
	"CrossRegionJsonata":        func(s awscdk.Stack) { tasks.CallAwsServiceCrossRegion_Jsonata(s, str("T"), nil) },
	"Schedule":                  func(s awscdk.Stack) { tasks.NewEventBridgeSchedulerCreateScheduleTask(s, str("T"), nil) },
	"ScheduleJsonata": func(s awscdk.Stack) {
		tasks.EventBridgeSchedulerCreateScheduleTask_Jsonata(s, str("T"), &tasks.EventBridgeSchedulerCreateScheduleTaskJsonataProps{ScheduleName: str("n")})
	},
	"BedrockInvokeModel": func(s awscdk.Stack) { tasks.NewBedrockInvokeModel(s, str("T"), nil) },
	"BedrockInvokeModelJsonPath": func(s awscdk.Stack) {
		tasks.BedrockInvokeModel_JsonPath(s, str("T"), &tasks.BedrockInvokeModelJsonPathProps{Body: sfn.TaskInput_FromText(str("x"))})
	},
	"BedrockCreateModelCustomizationJob": func(s awscdk.Stack) { tasks.NewBedrockCreateModelCustomizationJob(s, str("T"), nil) },
	"CustomizationNoOutput": func(s awscdk.Stack) {
		tasks.NewBedrockCreateModelCustomizationJob(s, str("T"), &tasks.BedrockCreateModelCustomizationJobProps{CustomModelName: str("m"), JobName: str("j"),
			BaseModel: awsbedrock.ProvisionedModel_FromProvisionedModelArn(s, str("M"), str("arn:m"))})
	},
	"CrossRegionNoRegion": func(s awscdk.Stack) {
		tasks.NewCallAwsServiceCrossRegion(s, str("T"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("listBuckets"), IamResources: jsii.Strings("*")})
	},
}

func TestCrossRegionLambdaFunction(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	a := tasks.NewCallAwsServiceCrossRegion(s, str("A"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("listBuckets"), Region: str("r"), IamResources: jsii.Strings("*")})
	b := tasks.NewCallAwsServiceCrossRegion(s, str("B"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("listBuckets"), Region: str("r"), IamResources: jsii.Strings("*")})
	if a.LambdaFunction() == nil || *a.LambdaFunction().FunctionArn() != *b.LambdaFunction().FunctionArn() {
		t.Fatal("the tasks should share one function")
	}
}

type myCustomization struct {
	tasks.BedrockCreateModelCustomizationJob
}

type myCrossRegion struct {
	tasks.CallAwsServiceCrossRegion
}

// Go types embedding the tasks work through the _Override constructors,
// methods beyond TaskStateBase's included.
func TestSfntbOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	b := awss3.NewBucket(s, str("B"), nil)
	c := &myCustomization{}
	tasks.NewBedrockCreateModelCustomizationJob_Override(c, s, str("C"), &tasks.BedrockCreateModelCustomizationJobProps{
		BaseModel: awsbedrock.ProvisionedModel_FromProvisionedModelArn(s, str("M"), str("arn:m")), CustomModelName: str("m"), JobName: str("j"),
		TrainingData: &tasks.TrainingBucketConfiguration{Bucket: b}, OutputData: &tasks.OutputBucketConfiguration{Bucket: b},
		HyperParameters: &map[string]*string{"Evaluation percentage": str("10")}})
	x := &myCrossRegion{}
	tasks.NewCallAwsServiceCrossRegion_Override(x, s, str("X"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("listBuckets"),
		Region: str("r"), IamResources: jsii.Strings("*")})
	if c.Role() == nil || x.LambdaFunction() == nil {
		t.Fatal("override did not initialize the embedded task")
	}
	sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(c.Next(x))})
	app.Synth(nil)
	if p := c.TaskPolicies(); p == nil || len(*p) != 2 {
		t.Fatalf("TaskPolicies = %v; want CreateModelCustomizationJob and PassRole", p)
	}
}

// Apps built in parallel share no state (run with -race): the handler's
// code is staged once and read by all; one task works out its default
// Node.js runtime.
func TestSfntbParallelApps(t *testing.T) {
	done := make(chan struct{})
	for i := 0; i < 4; i++ {
		go func() {
			defer func() { done <- struct{}{} }()
			app := awscdk.NewApp(nil)
			for _, name := range []string{"SchedCreate", "BedrockInvoke", "BedrockCustomize"} {
				sfntbTemplateCases[name](awscdk.NewStack(app, str(name), nil))
			}
			s := awscdk.NewStack(app, str("Eval"), nil)
			e := tasks.NewEvaluateExpression(s, str("E"), &tasks.EvaluateExpressionProps{Expression: str("$.a"), Runtime: awslambda.Runtime_NODEJS_22_X()})
			d := tasks.NewEvaluateExpression(s, str("D"), &tasks.EvaluateExpressionProps{Expression: str("$.b")})
			machine(s, e.Next(d), nil)
			app.Synth(nil)
		}()
	}
	for i := 0; i < 4; i++ {
		<-done
	}
}

// aws-cdk-lib measures lengths in UTF-16 code units: 300 "é" make a
// description of 300, within the limit of 512, though 600 bytes long.
func TestScheduleDescriptionLengthInCodeUnits(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, str("S"), nil)
		schedTask(s, func(p *tasks.EventBridgeSchedulerCreateScheduleTaskProps) {
			p.Description = str(strings.Repeat("é", 300))
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}
