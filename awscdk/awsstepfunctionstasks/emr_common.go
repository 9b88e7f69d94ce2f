package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
)

// emrClusters is every EMR cluster of the stack's account and region, the
// resource aws-cdk-lib grants the EMR tasks on.
func emrClusters(t *task) *string {
	return awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{Service: str("elasticmapreduce"), Resource: str("cluster"), ResourceName: str("*")})
}

// emrRule is the statement on the EventBridge rule Step Functions manages
// for a RUN_JOB EMR task.
func emrRule(t *task, rule string) awsiam.PolicyStatement {
	return statement([]string{"events:PutTargets", "events:PutRule", "events:DescribeRule"},
		awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{Service: str("events"), Resource: str("rule"), ResourceName: str(rule)}))
}
