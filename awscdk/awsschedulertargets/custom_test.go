package awsschedulertargets_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awsscheduler"
	"github.com/strata-cdk/strata/awscdk/awsschedulertargets"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// myTarget is the twin of twins.js's MyTarget: a target of the user's own
// built on ScheduleTargetBase, which calls back its AddTargetActionToRole.
type myTarget struct {
	awsschedulertargets.ScheduleTargetBase
}

func newMyTarget(props *awsschedulertargets.ScheduleTargetBaseProps) *myTarget {
	t := &myTarget{}
	awsschedulertargets.NewScheduleTargetBase_Override(t, props, jsii.String("arn:aws:sqs:us-east-1:111111111111:custom"))
	return t
}

func (t *myTarget) AddTargetActionToRole(role awsiam.IRole) {
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("sqs:SendMessage"), Resources: jsii.Strings("arn:aws:sqs:us-east-1:111111111111:custom")}))
}

// loudLambda is the twin of LoudLambda: LambdaInvoke with one more statement.
type loudLambda struct {
	awsschedulertargets.LambdaInvoke
}

func (t *loudLambda) AddTargetActionToRole(role awsiam.IRole) {
	t.LambdaInvoke.AddTargetActionToRole(role)
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("logs:PutLogEvents"), Resources: jsii.Strings("*")}))
}

func init() {
	templateCases["Custom"] = func(s awscdk.Stack) {
		awsscheduler.NewSchedule(s, jsii.String("Mine"), &awsscheduler.ScheduleProps{Schedule: every(5),
			Target: newMyTarget(&awsschedulertargets.ScheduleTargetBaseProps{RetryAttempts: jsii.Number(1)})})
		loud := &loudLambda{}
		awsschedulertargets.NewLambdaInvoke_Override(loud, fn(s, "Fn"), nil)
		awsscheduler.NewSchedule(s, jsii.String("Loud"), &awsscheduler.ScheduleProps{Schedule: every(5), Target: loud})
	}
}

// A missing required argument is a clear user error naming what is
// missing, never a nil dereference.
func TestNilArguments(t *testing.T) {
	cases := map[string]struct {
		build func(s awscdk.Stack)
		want  string
	}{
		"LambdaInvoke":     {func(s awscdk.Stack) { awsschedulertargets.NewLambdaInvoke(nil, nil) }, "LambdaInvoke needs a function"},
		"SqsSendMessage":   {func(s awscdk.Stack) { awsschedulertargets.NewSqsSendMessage(nil, nil) }, "SqsSendMessage needs a queue"},
		"EventBridgeEntry": {func(s awscdk.Stack) { awsschedulertargets.NewEventBridgePutEvents(nil, nil) }, "needs an entry"},
		"KinesisProps": {func(s awscdk.Stack) {
			awsschedulertargets.NewKinesisStreamPutRecord(awskinesis.NewStream(s, jsii.String("K"), nil), nil)
		}, "[S/K] KinesisStreamPutRecord needs props (PartitionKey is required)"},
		"UniversalProps": {func(s awscdk.Stack) { awsschedulertargets.NewUniversal(nil) }, "Universal needs props"},
		"FargateProps": {func(s awscdk.Stack) {
			awsschedulertargets.NewEcsRunFargateTask(clusterIn(s), nil)
		}, "[S/Cluster] EcsRunTask needs props (TaskDefinition is required)"},
		"ScheduleProps": {func(s awscdk.Stack) { awsscheduler.NewSchedule(s, jsii.String("Sch"), nil) }, "[S/Sch] Schedule needs props"},
		"BaseWithoutAction": {func(s awscdk.Stack) {
			t := &struct {
				awsschedulertargets.ScheduleTargetBase
			}{}
			awsschedulertargets.NewScheduleTargetBase_Override(t, nil, jsii.String("arn:aws:sqs:us-east-1:111111111111:q"))
			awsscheduler.NewSchedule(s, jsii.String("Sch"), &awsscheduler.ScheduleProps{Schedule: every(5), Target: t})
		}, "must implement AddTargetActionToRole"},
	}
	for name, c := range cases {
		c := c
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v; want it to contain %q", err, c.want)
			}
		})
	}
}

// The Ec2 target's accessors give back what it was built from.
func TestEcsAccessors(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: awsec2.NewVpc(s, jsii.String("Vpc"), nil)})
	td := ec2TD(s)
	target := awsschedulertargets.NewEcsRunEc2Task(cluster, &awsschedulertargets.Ec2TaskProps{TaskDefinition: td, TaskCount: jsii.Number(3)})
	if target.Cluster() != cluster || target.Props().TaskDefinition != td || *target.Props().TaskCount != 3 {
		t.Fatalf("accessors: %v %+v", target.Cluster(), target.Props())
	}
	if target.TargetArn() != cluster.ClusterArn() {
		t.Fatalf("TargetArn %v, want the cluster's ARN", *target.TargetArn())
	}
}

// The target's resources in one stack, the schedule and its role in
// another: weak references under the init flags.
func TestCrossStack(t *testing.T) {
	golden.CheckApp(t, []string{"Producer", "Consumer"}, func(app awscdk.App) {
		producer := awscdk.NewStack(app, jsii.String("Producer"), nil)
		f := fn(producer, "Fn")
		q := awssqs.NewQueue(producer, jsii.String("Queue"), nil)
		consumer := awscdk.NewStack(app, jsii.String("Consumer"), nil)
		schedule(consumer, "Invoke", every(5), awsschedulertargets.NewLambdaInvoke(f, &awsschedulertargets.ScheduleTargetBaseProps{DeadLetterQueue: q}))
		schedule(consumer, "Send", every(5), awsschedulertargets.NewSqsSendMessage(q, nil))
	}, ownHandler)
}
