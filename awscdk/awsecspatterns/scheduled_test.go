package awsecspatterns_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

var scheduledCases = map[string]func(s awscdk.Stack){
	"Scheduled": func(s awscdk.Stack) {
		v := vpc(s)
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: v})
		job := awsecspatterns.NewScheduledFargateTask(s, jsii.String("Nightly"), &awsecspatterns.ScheduledFargateTaskProps{
			Cluster:          cluster,
			Schedule:         awsapplicationautoscaling.Schedule_Expression(jsii.String("cron(0 3 * * ? *)")),
			DesiredTaskCount: jsii.Number(2),
			RuleName:         jsii.String("nightly-job"),
			SubnetSelection:  &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
			PlatformVersion:  awsecs.FargatePlatformVersion_VERSION1_4,
			PropagateTags:    awsecs.PropagatedTagSource_TASK_DEFINITION,
			Tags:             &[]*awseventstargets.Tag{{Key: jsii.String("team"), Value: jsii.String("data")}},
			ScheduledFargateTaskImageOptions: &awsecspatterns.ScheduledFargateTaskImageOptions{
				Image:          awsecs.ContainerImage_FromRegistry(jsii.String("job"), nil),
				Command:        jsii.Strings("run"),
				Environment:    &map[string]*string{"STAGE": jsii.String("prod")},
				MemoryLimitMiB: jsii.Number(1024),
			},
		})
		awscdk.NewCfnOutput(s, jsii.String("Rule"), &awscdk.CfnOutputProps{Value: job.EventRule().RuleName()})
		ec2Cluster := awsecs.Cluster_FromClusterAttributes(s, jsii.String("Ec2Cluster"), &awsecs.ClusterAttributes{
			ClusterName: jsii.String("ec2-cluster"), Vpc: v, SecurityGroups: &[]awsec2.ISecurityGroup{}, HasEc2Capacity: jsii.Bool(true),
		})
		awsecspatterns.NewScheduledEc2Task(s, jsii.String("Hourly"), &awsecspatterns.ScheduledEc2TaskProps{
			Cluster:  ec2Cluster,
			Schedule: awsapplicationautoscaling.Schedule_Rate(awscdk.Duration_Hours(jsii.Number(1))),
			Enabled:  jsii.Bool(false),
			ScheduledEc2TaskImageOptions: &awsecspatterns.ScheduledEc2TaskImageOptions{
				Image: awsecs.ContainerImage_FromRegistry(jsii.String("cron"), nil), MemoryLimitMiB: jsii.Number(256),
			},
		})
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("Td"), nil)
		td.AddContainer(jsii.String("main"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("main"), nil)})
		role := awsiam.NewRole(s, jsii.String("OverrideRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("ecs-tasks.amazonaws.com"), nil)})
		dlq := awssqs.NewQueue(s, jsii.String("Dlq"), nil)
		rule := awsevents.NewRule(s, jsii.String("Manual"), &awsevents.RuleProps{Schedule: awsevents.Schedule_Rate(awscdk.Duration_Minutes(jsii.Number(30)))})
		rule.AddTarget(awseventstargets.NewEcsTask(&awseventstargets.EcsTaskProps{
			Cluster:        cluster,
			TaskDefinition: td,
			ContainerOverrides: &[]*awseventstargets.ContainerOverride{{
				ContainerName: jsii.String("main"), Command: jsii.Strings("go"),
				Environment: &[]*awseventstargets.TaskEnvironmentVariable{{Name: jsii.String("X"), Value: jsii.String("1")}}, MemoryLimit: jsii.Number(256),
			}},
			Cpu:                  jsii.String("512"),
			Memory:               jsii.String("1024"),
			TaskRole:             role,
			EphemeralStorage:     &awseventstargets.EphemeralStorageOverride{SizeInGiB: jsii.Number(30)},
			RetryAttempts:        jsii.Number(2),
			DeadLetterQueue:      dlq,
			EnableExecuteCommand: jsii.Bool(true),
		}))
	},
}

func TestScheduledTaskTemplates(t *testing.T) {
	golden.CheckTemplates(t, scheduledCases, nil, ownHandler)
}
