// Command logs-filters is the parity case for CloudWatch Logs beyond the
// log group: a metric filter (JSON pattern, dimensions, default value), a
// metric filter from LogGroup.AddMetricFilter, a subscription filter to a
// CrossAccountDestination with its policy, a log stream, a saved Logs
// Insights query, the log group's resource policy and grants to a role.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh
// turns it into expected/.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func NewLogsStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	group := awslogs.NewLogGroup(stack, jsii.String("AppLogs"), &awslogs.LogGroupProps{
		Retention:     awslogs.RetentionDays_ONE_MONTH,
		RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
	})

	awslogs.NewMetricFilter(stack, jsii.String("Latency"), &awslogs.MetricFilterProps{
		LogGroup: group,
		FilterPattern: awslogs.FilterPattern_All(
			awslogs.FilterPattern_Exists(jsii.String("$.latency")),
			awslogs.FilterPattern_StringValue(jsii.String("$.level"), jsii.String("="), jsii.String("INFO")),
		),
		MetricNamespace: jsii.String("App"),
		MetricName:      jsii.String("Latency"),
		MetricValue:     jsii.String("$.latency"),
		DefaultValue:    jsii.Number(0),
		Dimensions:      &map[string]*string{"Service": jsii.String("$.service")},
	})
	group.AddMetricFilter(jsii.String("Errors"), &awslogs.MetricFilterOptions{
		FilterPattern:   awslogs.FilterPattern_AnyTerm(jsii.String("ERROR"), jsii.String("Exception")),
		MetricNamespace: jsii.String("App"),
		MetricName:      jsii.String("Errors"),
	})

	role := awsiam.NewRole(stack, jsii.String("DeliveryRole"), &awsiam.RoleProps{
		AssumedBy: awsiam.NewServicePrincipal(jsii.String("logs.amazonaws.com"), nil),
	})
	dest := awslogs.NewCrossAccountDestination(stack, jsii.String("Destination"), &awslogs.CrossAccountDestinationProps{
		Role:      role,
		TargetArn: jsii.String("arn:aws:kinesis:us-east-1:111111111111:stream/central"),
	})
	dest.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:    jsii.Strings("logs:PutSubscriptionFilter"),
		Principals: &[]awsiam.IPrincipal{awsiam.NewAccountPrincipal(jsii.String("222222222222"))},
		Resources:  jsii.Strings("*"),
	}))
	group.AddSubscriptionFilter(jsii.String("ToCentral"), &awslogs.SubscriptionFilterOptions{
		Destination:   dest,
		FilterPattern: awslogs.FilterPattern_SpaceDelimited(jsii.String("ip"), jsii.String("..."), jsii.String("status")).WhereNumber(jsii.String("status"), jsii.String(">="), jsii.Number(500)),
	})

	group.AddStream(jsii.String("Audit"), &awslogs.StreamOptions{LogStreamName: jsii.String("audit")})

	awslogs.NewQueryDefinition(stack, jsii.String("SlowRequests"), &awslogs.QueryDefinitionProps{
		QueryDefinitionName: jsii.String("slow-requests"),
		QueryString: awslogs.NewQueryString(&awslogs.QueryStringProps{
			Fields:           jsii.Strings("@timestamp", "latency"),
			FilterStatements: jsii.Strings("latency > 1000"),
			Sort:             jsii.String("latency desc"),
			Limit:            jsii.Number(20),
		}),
		LogGroups: &[]interfacesawslogs.ILogGroupRef{group},
	})

	group.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:    jsii.Strings("logs:CreateLogStream", "logs:PutLogEvents"),
		Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("delivery.logs.amazonaws.com"), nil)},
		Resources:  &[]*string{group.LogGroupArn()},
	}))

	reader := awsiam.NewRole(stack, jsii.String("Reader"), &awsiam.RoleProps{
		AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil),
	})
	group.GrantRead(reader)
	group.GrantWrite(reader)

	awscdk.NewCfnOutput(stack, jsii.String("DestinationArn"), &awscdk.CfnOutputProps{Value: dest.DestinationArn()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewLogsStack(app, "LogsStack", nil)
	app.Synth(nil)
}
