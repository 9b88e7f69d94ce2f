package awseventstargets_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awscodebuild"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func every5(s awscdk.Stack, id string) awsevents.Rule {
	return awsevents.NewRule(s, jsii.String(id), &awsevents.RuleProps{Schedule: awsevents.Schedule_Rate(awscdk.Duration_Minutes(jsii.Number(5)))})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Kinesis": func(s awscdk.Stack) {
		stream := awskinesis.NewStream(s, jsii.String("Stream"), nil)
		dlq := awssqs.NewQueue(s, jsii.String("DLQ"), nil)
		every5(s, "Rule").AddTarget(awseventstargets.NewKinesisStream(stream, &awseventstargets.KinesisStreamProps{
			PartitionKeyPath: jsii.String("$.id"), Message: awsevents.RuleTargetInput_FromObject(map[string]interface{}{"a": 1}),
			DeadLetterQueue: dlq, RetryAttempts: jsii.Number(2), MaxEventAge: awscdk.Duration_Hours(jsii.Number(1)),
		}))
		every5(s, "Plain").AddTarget(awseventstargets.NewKinesisStream(stream, nil))
	},
	"ApiDest": func(s awscdk.Stack) {
		conn := awsevents.NewConnection(s, jsii.String("Conn"), &awsevents.ConnectionProps{Authorization: awsevents.Authorization_ApiKey(jsii.String("k"), awscdk.SecretValue_UnsafePlainText(jsii.String("v")))})
		dest := awsevents.NewApiDestination(s, jsii.String("Dest"), &awsevents.ApiDestinationProps{Connection: conn, Endpoint: jsii.String("https://example.com/*")})
		every5(s, "Rule").AddTarget(awseventstargets.NewApiDestination(dest, &awseventstargets.ApiDestinationProps{
			HeaderParameters: &map[string]*string{"X-H": jsii.String("h")}, QueryStringParameters: &map[string]*string{"q": jsii.String("v")},
			PathParameterValues: jsii.Strings("p"), Event: awsevents.RuleTargetInput_FromText(jsii.String("hi")), RetryAttempts: jsii.Number(0),
		}))
		every5(s, "Plain").AddTarget(awseventstargets.NewApiDestination(dest, nil))
	},
	"ApiGw": func(s awscdk.Stack) {
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
		api.Root().AddResource(jsii.String("items"), nil).AddResource(jsii.String("{id}"), nil).AddMethod(jsii.String("POST"), nil, nil)
		every5(s, "Rule").AddTarget(awseventstargets.NewApiGateway(api, &awseventstargets.ApiGatewayProps{
			Method: jsii.String("POST"), Path: jsii.String("/items/*"), PathParameterValues: jsii.Strings("$.detail.id"), Stage: jsii.String("prod"),
			HeaderParameters: &map[string]*string{"h": jsii.String("v")}, QueryStringParameters: &map[string]*string{"q": jsii.String("v")},
			PostBody: awsevents.RuleTargetInput_FromObject(map[string]interface{}{"b": 1}),
		}))
		every5(s, "Plain").AddTarget(awseventstargets.NewApiGateway(api, nil))
	},
}

// delivery is a user's own IDeliveryStream, as in the twin.
type delivery struct{ awscdk.Resource }

func (*delivery) DeliveryStreamArn() *string {
	return jsii.String("arn:aws:firehose:us-east-1:111111111111:deliverystream/d")
}
func (*delivery) DeliveryStreamName() *string { return jsii.String("d") }

func init() {
	templateCases["Pipelines"] = func(s awscdk.Stack) {
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("codebuild.amazonaws.com"), nil)})
		project := awscodebuild.NewCfnProject(s, jsii.String("Project"), &awscodebuild.CfnProjectProps{
			Artifacts: &awscodebuild.CfnProject_ArtifactsProperty{Type: jsii.String("NO_ARTIFACTS")}, ServiceRole: role.RoleArn(),
			Environment: &awscodebuild.CfnProject_EnvironmentProperty{Type: jsii.String("LINUX_CONTAINER"), Image: jsii.String("aws/codebuild/standard:7.0"), ComputeType: jsii.String("BUILD_GENERAL1_SMALL")},
			Source:      &awscodebuild.CfnProject_SourceProperty{Type: jsii.String("NO_SOURCE"), BuildSpec: jsii.String("version: 0.2")},
		})
		dlq := awssqs.NewQueue(s, jsii.String("DLQ"), nil)
		every5(s, "Build").AddTarget(awseventstargets.NewCodeBuildProject(project, &awseventstargets.CodeBuildProjectProps{DeadLetterQueue: dlq,
			Event: awsevents.RuleTargetInput_FromObject(map[string]interface{}{"environmentVariablesOverride": []interface{}{}})}))
		pipeline := awscodepipeline.NewCfnPipeline(s, jsii.String("Pipeline"), &awscodepipeline.CfnPipelineProps{
			ArtifactStore: &awscodepipeline.CfnPipeline_ArtifactStoreProperty{Type: jsii.String("S3"), Location: jsii.String("b")},
			RoleArn:       role.RoleArn(),
			Stages: []interface{}{
				&awscodepipeline.CfnPipeline_StageDeclarationProperty{Name: jsii.String("Source"), Actions: []interface{}{
					&awscodepipeline.CfnPipeline_ActionDeclarationProperty{Name: jsii.String("S3"),
						ActionTypeId:    &awscodepipeline.CfnPipeline_ActionTypeIdProperty{Category: jsii.String("Source"), Owner: jsii.String("AWS"), Provider: jsii.String("S3"), Version: jsii.String("1")},
						Configuration:   map[string]interface{}{"S3Bucket": "b", "S3ObjectKey": "k"},
						OutputArtifacts: []interface{}{&awscodepipeline.CfnPipeline_OutputArtifactProperty{Name: jsii.String("src")}}}}},
				&awscodepipeline.CfnPipeline_StageDeclarationProperty{Name: jsii.String("Approve"), Actions: []interface{}{
					&awscodepipeline.CfnPipeline_ActionDeclarationProperty{Name: jsii.String("Manual"),
						ActionTypeId: &awscodepipeline.CfnPipeline_ActionTypeIdProperty{Category: jsii.String("Approval"), Owner: jsii.String("AWS"), Provider: jsii.String("Manual"), Version: jsii.String("1")}}}},
			},
		})
		every5(s, "Pipe").AddTarget(awseventstargets.NewCodePipeline(pipeline, &awseventstargets.CodePipelineTargetOptions{RetryAttempts: jsii.Number(3), EventRole: role}))
		stream := awskinesisfirehose.NewCfnDeliveryStream(s, jsii.String("Firehose"), &awskinesisfirehose.CfnDeliveryStreamProps{DeliveryStreamType: jsii.String("DirectPut"),
			S3DestinationConfiguration: &awskinesisfirehose.CfnDeliveryStream_S3DestinationConfigurationProperty{BucketArn: jsii.String("arn:aws:s3:::b"), RoleArn: role.RoleArn()}})
		every5(s, "Fire").AddTarget(awseventstargets.NewKinesisFirehoseStream(stream, &awseventstargets.KinesisFirehoseStreamProps{Message: awsevents.RuleTargetInput_FromText(jsii.String("m"))}))
		// JavaScript evaluates every5 before the Delivery argument.
		fireV2 := every5(s, "FireV2")
		fireV2.AddTarget(awseventstargets.NewKinesisFirehoseStreamV2(&delivery{awscdk.NewResource(s, jsii.String("Delivery"), nil)}, nil))
	}
}

func init() {
	templateCases["Jobs"] = func(s awscdk.Stack) {
		queueScope := constructs.NewConstruct(s, jsii.String("JobQueue"))
		defScope := constructs.NewConstruct(s, jsii.String("JobDef"))
		queueArn := jsii.String("arn:aws:batch:us-east-1:111111111111:job-queue/q")
		defArn := jsii.String("arn:aws:batch:us-east-1:111111111111:job-definition/d:1")
		every5(s, "Batch").AddTarget(awseventstargets.NewBatchJob(queueArn, queueScope, defArn, defScope, &awseventstargets.BatchJobProps{
			Attempts: jsii.Number(2), Size: jsii.Number(10), JobName: jsii.String("job"), RetryAttempts: jsii.Number(1)}))
		every5(s, "BatchDefault").AddTarget(awseventstargets.NewBatchJob(queueArn, queueScope, defArn, defScope, nil))
		cluster := jsii.String("arn:aws:redshift:us-east-1:111111111111:cluster:c")
		secret := awssecretsmanager.Secret_FromSecretCompleteArn(s, jsii.String("Secret"), jsii.String("arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf"))
		every5(s, "Query").AddTarget(awseventstargets.NewRedshiftQuery(cluster, &awseventstargets.RedshiftQueryProps{Database: jsii.String("db"), Sql: jsii.Strings("select 1"),
			Secret: secret, StatementName: jsii.String("one"), SendEventBridgeEvent: jsii.Bool(true)}))
		every5(s, "Batchq").AddTarget(awseventstargets.NewRedshiftQuery(cluster, &awseventstargets.RedshiftQueryProps{Database: jsii.String("db"), Sql: jsii.Strings("select 1", "select 2"), DbUser: jsii.String("u")}))
		http := awsapigatewayv2.NewHttpApi(s, jsii.String("Http"), nil)
		every5(s, "Http1").AddTarget(awseventstargets.NewApiGatewayV2(http, &awseventstargets.ApiGatewayProps{Method: jsii.String("GET"), Path: jsii.String("/a/*"), PathParameterValues: jsii.Strings("$.id")}))
		every5(s, "Http2").AddTarget(awseventstargets.NewApiGatewayV2(http, nil))
	}
}

func TestTemplates(t *testing.T) { checkTemplates(t, templateCases, nil) }

// The log group's resource policy runs on Strata's own handler code, so
// the provider function's asset key is the one allowed difference.
func TestLogGroupTemplate(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"LogGroup": func(s awscdk.Stack) {
			lg := awslogs.NewLogGroup(s, jsii.String("Logs"), nil)
			awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{EventPattern: &awsevents.EventPattern{Source: jsii.Strings("x")}}).
				AddTarget(awseventstargets.NewCloudWatchLogGroup(lg, &awseventstargets.LogGroupProps{RetryAttempts: jsii.Number(1)}))
			other := awslogs.NewLogGroup(s, jsii.String("Other"), &awslogs.LogGroupProps{LogGroupName: jsii.String("other")})
			every5(s, "Sched").AddTarget(awseventstargets.NewCloudWatchLogGroup(other, &awseventstargets.LogGroupProps{
				InstallLatestAwsSdk: jsii.Bool(true), MaxEventAge: awscdk.Duration_Minutes(jsii.Number(5))}))
		},
	}, nil, providerAsset)
}

func providerAsset(t *testing.T, want, got []byte) []byte {
	const fn = "AWS679f53fac002430cb0da5b7982bd22872D164C4C"
	key := func(b []byte) string {
		var doc map[string]interface{}
		if json.Unmarshal(b, &doc) != nil {
			return ""
		}
		r, _ := doc["Resources"].(map[string]interface{})[fn].(map[string]interface{})
		p, _ := r["Properties"].(map[string]interface{})
		c, _ := p["Code"].(map[string]interface{})
		k, _ := c["S3Key"].(string)
		return k
	}
	if theirs, ours := key(want), key(got); theirs != "" && ours != "" {
		return []byte(strings.ReplaceAll(string(want), theirs, ours))
	}
	return want
}

var errorCases = map[string]func(s awscdk.Stack){
	"EventAndLogEvent": func(s awscdk.Stack) {
		every5(s, "R").AddTarget(awseventstargets.NewCloudWatchLogGroup(awslogs.NewLogGroup(s, jsii.String("L"), nil), &awseventstargets.LogGroupProps{
			Event: awsevents.RuleTargetInput_FromText(jsii.String("x")), LogEvent: awseventstargets.LogGroupTargetInput_FromObjectV2(&awseventstargets.LogGroupTargetInputOptions{Message: jsii.String("m")}),
		}))
	},
	"BadTemplate": func(s awscdk.Stack) {
		every5(s, "R").AddTarget(awseventstargets.NewCloudWatchLogGroup(awslogs.NewLogGroup(s, jsii.String("L"), nil), &awseventstargets.LogGroupProps{
			Event: awsevents.RuleTargetInput_FromObject(map[string]interface{}{"msg": awsevents.EventField_FromPath(jsii.String("$.detail"))})}))
	},
	"EventWithInput": func(s awscdk.Stack) {
		every5(s, "R").AddTarget(awseventstargets.NewCloudWatchLogGroup(awslogs.NewLogGroup(s, jsii.String("L"), nil), &awseventstargets.LogGroupProps{Event: awsevents.RuleTargetInput_FromText(jsii.String("x"))}))
	},
	"PathWildcards": func(s awscdk.Stack) {
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
		api.Root().AddMethod(jsii.String("GET"), nil, nil)
		every5(s, "R").AddTarget(awseventstargets.NewApiGateway(api, &awseventstargets.ApiGatewayProps{Path: jsii.String("/a/*/b/*"), PathParameterValues: jsii.Strings("x")}))
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases, nil) }
