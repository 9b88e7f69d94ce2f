// Command monitoring is the parity case for issue 17's monitoring tier: an
// SNS topic for alerts, alarms on API and queue metrics with SNS actions for
// ALARM and OK, a composite alarm over them, a dashboard of graphs, a single
// value, the alarms and a log query, and a generated database secret read
// by a role — written as an aws-cdk-go user writes it, imports rewritten to
// Strata.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh
// turns it into expected/.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscloudwatchactions"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func NewMonitoringStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	alerts := awssns.NewTopic(stack, jsii.String("Alerts"), &awssns.TopicProps{DisplayName: jsii.String("Production alerts")})

	apiErrors := awscloudwatch.NewMetric(&awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/ApiGateway"),
		MetricName:    jsii.String("5XXError"),
		DimensionsMap: &map[string]*string{"ApiName": jsii.String("orders-api")},
		Statistic:     awscloudwatch.Stats_SUM(),
		Period:        awscdk.Duration_Minutes(jsii.Number(1)),
	})
	latency := awscloudwatch.NewMetric(&awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/ApiGateway"),
		MetricName:    jsii.String("Latency"),
		DimensionsMap: &map[string]*string{"ApiName": jsii.String("orders-api")},
		Statistic:     awscloudwatch.Stats_Percentile(jsii.Number(99)),
	})
	backlog := awscloudwatch.NewMetric(&awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/SQS"),
		MetricName:    jsii.String("ApproximateNumberOfMessagesVisible"),
		DimensionsMap: &map[string]*string{"QueueName": jsii.String("orders")},
		Statistic:     awscloudwatch.Stats_MAXIMUM(),
	})

	errorsAlarm := awscloudwatch.NewAlarm(stack, jsii.String("ApiErrors"), &awscloudwatch.AlarmProps{
		Metric:            apiErrors,
		Threshold:         jsii.Number(10),
		EvaluationPeriods: jsii.Number(5),
		DatapointsToAlarm: jsii.Number(3),
		AlarmDescription:  jsii.String("The orders API returns 5XX errors"),
		TreatMissingData:  awscloudwatch.TreatMissingData_NOT_BREACHING,
	})
	errorsAlarm.AddAlarmAction(awscloudwatchactions.NewSnsAction(alerts))
	errorsAlarm.AddOkAction(awscloudwatchactions.NewSnsAction(alerts))

	latencyAlarm := latency.CreateAlarm(stack, jsii.String("ApiLatency"), &awscloudwatch.CreateAlarmOptions{
		Threshold:         jsii.Number(2000),
		EvaluationPeriods: jsii.Number(3),
		AlarmName:         jsii.String("orders-api-latency"),
	})
	latencyAlarm.AddAlarmAction(awscloudwatchactions.NewSnsAction(alerts))

	errorRate := awscloudwatch.NewMathExpression(&awscloudwatch.MathExpressionProps{
		Expression: jsii.String("100 * errors / requests"),
		UsingMetrics: &map[string]awscloudwatch.IMetric{
			"errors": apiErrors,
			"requests": awscloudwatch.NewMetric(&awscloudwatch.MetricProps{
				Namespace:     jsii.String("AWS/ApiGateway"),
				MetricName:    jsii.String("Count"),
				DimensionsMap: &map[string]*string{"ApiName": jsii.String("orders-api")},
				Statistic:     awscloudwatch.Stats_SUM(),
			}),
		},
		Label:  jsii.String("Error rate (%)"),
		Period: awscdk.Duration_Minutes(jsii.Number(1)),
	})
	rateAlarm := awscloudwatch.NewAlarm(stack, jsii.String("ErrorRate"), &awscloudwatch.AlarmProps{
		Metric:             errorRate,
		Threshold:          jsii.Number(1),
		EvaluationPeriods:  jsii.Number(5),
		ComparisonOperator: awscloudwatch.ComparisonOperator_GREATER_THAN_THRESHOLD,
	})

	backlogAlarm := backlog.CreateAlarm(stack, jsii.String("Backlog"), &awscloudwatch.CreateAlarmOptions{
		Threshold:         jsii.Number(1000),
		EvaluationPeriods: jsii.Number(2),
	})

	composite := awscloudwatch.NewCompositeAlarm(stack, jsii.String("ServiceDegraded"), &awscloudwatch.CompositeAlarmProps{
		AlarmRule: awscloudwatch.AlarmRule_AnyOf(
			awscloudwatch.AlarmRule_AllOf(errorsAlarm, rateAlarm),
			awscloudwatch.AlarmRule_FromAlarm(backlogAlarm, awscloudwatch.AlarmState_ALARM),
		),
		AlarmDescription: jsii.String("Errors with a high error rate, or a backlog"),
	})
	composite.AddAlarmAction(awscloudwatchactions.NewSnsAction(alerts))

	dashboard := awscloudwatch.NewDashboard(stack, jsii.String("Dashboard"), &awscloudwatch.DashboardProps{
		DashboardName:   jsii.String("orders-production"),
		DefaultInterval: awscdk.Duration_Hours(jsii.Number(3)),
	})
	dashboard.AddWidgets(awscloudwatch.NewTextWidget(&awscloudwatch.TextWidgetProps{
		Markdown: jsii.String("# Orders service\nAPI, queue and alarms."),
		Width:    jsii.Number(24),
		Height:   jsii.Number(1),
	}))
	dashboard.AddWidgets(
		awscloudwatch.NewGraphWidget(&awscloudwatch.GraphWidgetProps{
			Title:           jsii.String("API errors and error rate"),
			Left:            &[]awscloudwatch.IMetric{apiErrors},
			Right:           &[]awscloudwatch.IMetric{errorRate},
			LeftAnnotations: &[]*awscloudwatch.HorizontalAnnotation{errorsAlarm.ToAnnotation()},
			Width:           jsii.Number(12),
		}),
		awscloudwatch.NewGraphWidget(&awscloudwatch.GraphWidgetProps{
			Title: jsii.String("Latency p99"),
			Left:  &[]awscloudwatch.IMetric{latency},
			Width: jsii.Number(12),
		}),
	)
	dashboard.AddWidgets(
		awscloudwatch.NewSingleValueWidget(&awscloudwatch.SingleValueWidgetProps{
			Title:   jsii.String("Backlog"),
			Metrics: &[]awscloudwatch.IMetric{backlog},
		}),
		awscloudwatch.NewAlarmWidget(&awscloudwatch.AlarmWidgetProps{Title: jsii.String("Backlog alarm"), Alarm: backlogAlarm}),
		awscloudwatch.NewAlarmStatusWidget(&awscloudwatch.AlarmStatusWidgetProps{
			Alarms: &[]interfacesawscloudwatch.IAlarmRef{errorsAlarm, latencyAlarm, rateAlarm, backlogAlarm, composite},
			Width:  jsii.Number(12),
		}),
	)
	dashboard.AddWidgets(awscloudwatch.NewLogQueryWidget(&awscloudwatch.LogQueryWidgetProps{
		Title:         jsii.String("Recent errors"),
		LogGroupNames: jsii.Strings("/aws/lambda/orders-api"),
		QueryLines:    jsii.Strings("fields @timestamp, @message", "filter @message like /ERROR/", "sort @timestamp desc", "limit 50"),
		Width:         jsii.Number(24),
	}))

	credentials := awssecretsmanager.NewSecret(stack, jsii.String("DbCredentials"), &awssecretsmanager.SecretProps{
		SecretName: jsii.String("orders/db"),
		GenerateSecretString: &awssecretsmanager.SecretStringGenerator{
			SecretStringTemplate: jsii.String(`{"username":"orders"}`),
			GenerateStringKey:    jsii.String("password"),
			ExcludeCharacters:    jsii.String(`"@/\`),
		},
	})
	reader := awsiam.NewRole(stack, jsii.String("Reader"), &awsiam.RoleProps{
		AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil),
	})
	credentials.GrantRead(reader, nil)

	awscdk.NewCfnOutput(stack, jsii.String("DashboardName"), &awscdk.CfnOutputProps{Value: dashboard.DashboardName()})
	awscdk.NewCfnOutput(stack, jsii.String("SecretArn"), &awscdk.CfnOutputProps{Value: credentials.SecretArn()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewMonitoringStack(app, "MonitoringStack", nil)
	app.Synth(nil)
}
