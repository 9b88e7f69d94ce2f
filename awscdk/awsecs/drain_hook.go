package awsecs

import (
	"math"
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsautoscalinghooktargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func jsNumber(f *float64) string { return strconv.FormatFloat(*f, 'f', -1, 64) }

// drainHandler is Strata's own code for the instance drain hook (aws-cdk-lib
// ships its own; the function's inline code is the one place the templates
// differ). On a terminating instance's lifecycle notification it sets the
// instance's container instance to DRAINING, waits while tasks still run
// (as long as the function's time allows) and completes the lifecycle action.
const drainHandler = `import json, os, time
import boto3

ecs = boto3.client('ecs')
autoscaling = boto3.client('autoscaling')
CLUSTER = os.environ['CLUSTER']


def container_instance(instance_id):
    arns = ecs.list_container_instances(cluster=CLUSTER, filter='ec2InstanceId == ' + instance_id)['containerInstanceArns']
    return arns[0] if arns else None


def running_tasks(arn):
    found = ecs.describe_container_instances(cluster=CLUSTER, containerInstances=[arn])['containerInstances']
    return found[0]['runningTasksCount'] + found[0]['pendingTasksCount'] if found else 0


def lambda_handler(event, context):
    message = json.loads(event['Records'][0]['Sns']['Message'])
    if message.get('LifecycleTransition') != 'autoscaling:EC2_INSTANCE_TERMINATING':
        return
    arn = container_instance(message['EC2InstanceId'])
    if arn:
        ecs.update_container_instances_state(cluster=CLUSTER, containerInstances=[arn], status='DRAINING')
        while running_tasks(arn) > 0 and context.get_remaining_time_in_millis() > 15000:
            time.sleep(5)
    autoscaling.complete_lifecycle_action(
        LifecycleHookName=message['LifecycleHookName'], AutoScalingGroupName=message['AutoScalingGroupName'],
        LifecycleActionToken=message['LifecycleActionToken'], LifecycleActionResult='CONTINUE')
`

// newInstanceDrainHook drains a terminating instance's tasks before Auto
// Scaling terminates it: a function behind the group's terminate hook.
func newInstanceDrainHook(g awsautoscaling.AutoScalingGroup, c *cluster, drainTime awscdk.Duration, topicKey awskms.IKey) {
	if drainTime == nil {
		drainTime = awscdk.Duration_Minutes(num(5))
	}
	scope := constructs.NewConstruct(g, str("DrainECSHook"))
	fn := awslambda.NewFunction(scope, str("Function"), &awslambda.FunctionProps{
		Code: awslambda.Code_FromInline(str(drainHandler)), Handler: str("index.lambda_handler"),
		Runtime:     awslambda.Runtime_DetermineLatestPythonRuntime(scope),
		Timeout:     awscdk.Duration_Seconds(num(math.Min(*drainTime.ToSeconds(nil)+10, 900))),
		Environment: &map[string]*string{"CLUSTER": c.ClusterName()},
	})
	g.AddLifecycleHook(str("DrainHook"), &awsautoscaling.BasicLifecycleHookProps{
		LifecycleTransition: awsautoscaling.LifecycleTransition_INSTANCE_TERMINATING, DefaultResult: awsautoscaling.DefaultResult_CONTINUE,
		NotificationTarget: awsautoscalinghooktargets.NewFunctionHook(fn, topicKey), HeartbeatTimeout: drainTime,
	})
	arn := c.ClusterArn()
	onCluster := &map[string]interface{}{"ArnEquals": map[string]interface{}{"ecs:cluster": arn}}
	for _, st := range []*awsiam.PolicyStatementProps{
		{Actions: jsii.Strings("ec2:DescribeInstances", "ec2:DescribeInstanceAttribute", "ec2:DescribeInstanceStatus", "ec2:DescribeHosts"), Resources: jsii.Strings("*")},
		{Actions: jsii.Strings("autoscaling:CompleteLifecycleAction"), Resources: &[]*string{g.AutoScalingGroupArn()}},
		{Actions: jsii.Strings("ecs:DescribeContainerInstances", "ecs:DescribeTasks"), Resources: jsii.Strings("*"), Conditions: onCluster},
		{Actions: jsii.Strings("ecs:ListContainerInstances", "ecs:SubmitContainerStateChange", "ecs:SubmitTaskStateChange"), Resources: &[]*string{arn}},
		{Actions: jsii.Strings("ecs:UpdateContainerInstancesState", "ecs:ListTasks"), Conditions: onCluster, Resources: jsii.Strings("*")},
	} {
		fn.AddToRolePolicy(awsiam.NewPolicyStatement(st))
	}
}
