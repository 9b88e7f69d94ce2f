package awsevents_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

func fn(s awscdk.Stack, id string) awslambda.Function {
	return awslambda.NewFunction(s, jsii.String(id), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => {}")),
	})
}

func rate(d awscdk.Duration) *awsevents.RuleProps {
	return &awsevents.RuleProps{Schedule: awsevents.Schedule_Rate(d)}
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Schedules": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("Minutes"), rate(awscdk.Duration_Minutes(jsii.Number(5))))
		awsevents.NewRule(s, jsii.String("OneHour"), rate(awscdk.Duration_Hours(jsii.Number(1))))
		awsevents.NewRule(s, jsii.String("Days"), rate(awscdk.Duration_Days(jsii.Number(2))))
		awsevents.NewRule(s, jsii.String("NinetyMinutes"), rate(awscdk.Duration_Minutes(jsii.Number(90))))
		awsevents.NewRule(s, jsii.String("Cron"), &awsevents.RuleProps{
			Schedule:    awsevents.Schedule_Cron(&awsevents.CronOptions{Minute: jsii.String("0"), Hour: jsii.String("4")}),
			Description: jsii.String("nightly"), RuleName: jsii.String("nightly-job"), Enabled: jsii.Bool(false),
		})
		awsevents.NewRule(s, jsii.String("WeekDay"), &awsevents.RuleProps{Schedule: awsevents.Schedule_Cron(&awsevents.CronOptions{Minute: jsii.String("15"), WeekDay: jsii.String("MON-FRI")})})
		awsevents.NewRule(s, jsii.String("Expression"), &awsevents.RuleProps{Schedule: awsevents.Schedule_Expression(jsii.String("rate(10 minutes)"))})
	},
	"ScheduledLambda": func(s awscdk.Stack) {
		f := fn(s, "Fn")
		dlq := awssqs.NewQueue(s, jsii.String("DLQ"), nil)
		rule := awsevents.NewRule(s, jsii.String("Every5"), rate(awscdk.Duration_Minutes(jsii.Number(5))))
		rule.AddTarget(awseventstargets.NewLambdaFunction(f, &awseventstargets.LambdaFunctionProps{
			Event: awsevents.RuleTargetInput_FromObject(map[string]interface{}{
				"job": "cleanup", "count": 3, "nested": map[string]interface{}{"ok": true},
			}),
			DeadLetterQueue: dlq, RetryAttempts: jsii.Number(2), MaxEventAge: awscdk.Duration_Hours(jsii.Number(2)),
		}))
		awsevents.NewRule(s, jsii.String("Also"), &awsevents.RuleProps{
			Schedule: awsevents.Schedule_Rate(awscdk.Duration_Hours(jsii.Number(6))),
			Targets:  &[]awsevents.IRuleTarget{awseventstargets.NewLambdaFunction(f, nil)},
		})
		awscdk.NewCfnOutput(s, jsii.String("RuleArn"), &awscdk.CfnOutputProps{Value: rule.RuleArn()})
		awscdk.NewCfnOutput(s, jsii.String("RuleName"), &awscdk.CfnOutputProps{Value: rule.RuleName()})
	},
	"PatternToQueue": func(s awscdk.Stack) {
		q := awssqs.NewQueue(s, jsii.String("Queue"), nil)
		rule := awsevents.NewRule(s, jsii.String("Rule"), &awsevents.RuleProps{EventPattern: &awsevents.EventPattern{
			Source:     jsii.Strings("aws.ec2"),
			DetailType: jsii.Strings("EC2 Instance State-change Notification"),
			Detail:     &map[string]interface{}{"state": []string{"running"}},
		}})
		rule.AddEventPattern(&awsevents.EventPattern{
			Source:  jsii.Strings("aws.autoscaling"),
			Detail:  &map[string]interface{}{"state": []string{"stopped"}, "instance-id": []string{"i-1"}},
			Account: jsii.Strings("111111111111"),
		})
		text := "Instance " + *awsevents.EventField_FromPath(jsii.String("$.detail.instance-id")) + " is " +
			*awsevents.EventField_FromPath(jsii.String("$.detail.state")) + " in " + *awsevents.EventField_Region()
		rule.AddTarget(awseventstargets.NewSqsQueue(q, &awseventstargets.SqsQueueProps{Message: awsevents.RuleTargetInput_FromText(&text)}))
		rule.AddTarget(awseventstargets.NewSqsQueue(q, &awseventstargets.SqsQueueProps{Message: awsevents.RuleTargetInput_FromEventPath(jsii.String("$.detail"))}))
		fifo := awssqs.NewQueue(s, jsii.String("Fifo"), &awssqs.QueueProps{Fifo: jsii.Bool(true)})
		rule.AddTarget(awseventstargets.NewSqsQueue(fifo, &awseventstargets.SqsQueueProps{MessageGroupId: jsii.String("group")}))
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		enc := awssqs.NewQueue(s, jsii.String("Encrypted"), &awssqs.QueueProps{EncryptionMasterKey: key})
		rule.AddTarget(awseventstargets.NewSqsQueue(enc, nil))
	},
	"Topic": func(s awscdk.Stack) {
		t := awssns.NewTopic(s, jsii.String("Topic"), nil)
		rule := awsevents.NewRule(s, jsii.String("Rule"), &awsevents.RuleProps{EventPattern: &awsevents.EventPattern{Source: jsii.Strings("my.app")}})
		rule.AddTarget(awseventstargets.NewSnsTopic(t, &awseventstargets.SnsTopicProps{
			Message: awsevents.RuleTargetInput_FromObject(map[string]interface{}{
				"id": awsevents.EventField_EventId(), "type": awsevents.EventField_DetailType(), "when": awsevents.EventField_Time(),
				"arn": t.TopicArn(), "fixed": "x",
			}),
		}))
		rule.AddTarget(awseventstargets.NewSnsTopic(t, &awseventstargets.SnsTopicProps{AuthorizeUsingRole: jsii.Bool(true),
			Message: awsevents.RuleTargetInput_FromMultilineText(jsii.String("line one\nline \"two\""))}))
	},
	"Bus": func(s awscdk.Stack) {
		bus := awsevents.NewEventBus(s, jsii.String("Bus"), &awsevents.EventBusProps{EventBusName: jsii.String("orders")})
		rule := awsevents.NewRule(s, jsii.String("OnBus"), &awsevents.RuleProps{EventBus: bus, EventPattern: &awsevents.EventPattern{Source: jsii.Strings("orders")}})
		rule.AddTarget(awseventstargets.NewSqsQueue(awssqs.NewQueue(s, jsii.String("Q"), nil), nil))
		imported := awsevents.EventBus_FromEventBusName(s, jsii.String("Imported"), jsii.String("other"))
		awsevents.NewRule(s, jsii.String("OnImported"), &awsevents.RuleProps{EventBus: imported, EventPattern: &awsevents.EventPattern{DetailType: jsii.Strings("x")}})
		awscdk.NewCfnOutput(s, jsii.String("BusArn"), &awscdk.CfnOutputProps{Value: bus.EventBusArn()})
		awscdk.NewCfnOutput(s, jsii.String("BusName"), &awscdk.CfnOutputProps{Value: bus.EventBusName()})
		bus.GrantPutEventsTo(awsiam.NewRole(s, jsii.String("Putter"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}), nil)
	},
}

func TestRuleTemplates(t *testing.T) {
	checkTemplates(t, templateCases, nil)
}

var errorCases = map[string]func(s awscdk.Stack){
	"NoPatternNoSchedule": func(s awscdk.Stack) { awsevents.NewRule(s, jsii.String("R"), nil) },
	"TooManyTargets": func(s awscdk.Stack) {
		q := awssqs.NewQueue(s, jsii.String("Q"), nil)
		r := awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{EventPattern: &awsevents.EventPattern{Source: jsii.Strings("x")}})
		for i := 0; i < 6; i++ {
			r.AddTarget(awseventstargets.NewSqsQueue(q, nil))
		}
	},
	"BadRuleName": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{RuleName: jsii.String("has space"), Schedule: awsevents.Schedule_Rate(awscdk.Duration_Minutes(jsii.Number(1)))})
	},
	"ScheduleOnBus": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{EventBus: awsevents.NewEventBus(s, jsii.String("B"), nil), Schedule: awsevents.Schedule_Rate(awscdk.Duration_Minutes(jsii.Number(1)))})
	},
	"ZeroRate": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("R"), rate(awscdk.Duration_Minutes(jsii.Number(0))))
	},
	"DayAndWeekDay": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{Schedule: awsevents.Schedule_Cron(&awsevents.CronOptions{Day: jsii.String("1"), WeekDay: jsii.String("MON")})})
	},
	"BadBusName": func(s awscdk.Stack) {
		awsevents.NewEventBus(s, jsii.String("B"), &awsevents.EventBusProps{EventBusName: jsii.String("bad/name")})
	},
	"SecondsRate": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("R"), rate(awscdk.Duration_Seconds(jsii.Number(30))))
	},
	"PolicyWithoutSid": func(s awscdk.Stack) {
		awsevents.NewEventBus(s, jsii.String("B"), nil).AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("events:PutEvents"), Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
	},
	"BadCidr": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{EventPattern: &awsevents.EventPattern{Detail: &map[string]interface{}{"ip": awsevents.Match_Cidr(jsii.String("not-an-ip"))}}})
	},
	"EmptyAnythingBut": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{EventPattern: &awsevents.EventPattern{Detail: &map[string]interface{}{"x": awsevents.Match_AnythingBut()}}})
	},
	"MixedAnythingBut": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{EventPattern: &awsevents.EventPattern{Detail: &map[string]interface{}{"x": awsevents.Match_AnythingBut(jsii.String("a"), jsii.Number(1))}}})
	},
	"BadInterval": func(s awscdk.Stack) {
		awsevents.NewRule(s, jsii.String("R"), &awsevents.RuleProps{EventPattern: &awsevents.EventPattern{Detail: &map[string]interface{}{"x": awsevents.Match_Interval(jsii.Number(5), jsii.Number(1))}}})
	},
	"OAuthMethod": func(s awscdk.Stack) {
		awsevents.Authorization_Oauth(&awsevents.OAuthAuthorizationProps{AuthorizationEndpoint: jsii.String("https://a"), ClientId: jsii.String("i"),
			ClientSecret: awscdk.SecretValue_UnsafePlainText(jsii.String("s")), HttpMethod: awsevents.HttpMethod_DELETE})
	},
	"ImportDestNoName": func(s awscdk.Stack) {
		awsevents.ApiDestination_FromApiDestinationAttributes(s, jsii.String("D"), &awsevents.ApiDestinationAttributes{
			ApiDestinationArn: jsii.String("arn:aws:events:us-east-1:111111111111:api-destination"),
			Connection: awsevents.Connection_FromConnectionAttributes(s, jsii.String("C"), &awsevents.ConnectionAttributes{
				ConnectionArn: jsii.String("arn:aws:events:us-east-1:111111111111:connection/c"), ConnectionName: jsii.String("c"), ConnectionSecretArn: jsii.String("s")}),
		})
	},
}

func TestRuleErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}
