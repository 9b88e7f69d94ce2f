package awsecspatterns_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

var queueCases = map[string]func(s awscdk.Stack){
	"QueueDefault": func(s awscdk.Stack) {
		awsecspatterns.NewQueueProcessingFargateService(s, jsii.String("Worker"), &awsecspatterns.QueueProcessingFargateServiceProps{
			Vpc: vpc(s), Image: awsecs.ContainerImage_FromRegistry(jsii.String("worker"), nil),
		})
	},
	"QueueFull": func(s awscdk.Stack) {
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc(s)})
		queue := awssqs.NewQueue(s, jsii.String("Jobs"), &awssqs.QueueProps{VisibilityTimeout: awscdk.Duration_Minutes(jsii.Number(5))})
		secret := awssecretsmanager.NewSecret(s, jsii.String("Token"), nil)
		w := awsecspatterns.NewQueueProcessingFargateService(s, jsii.String("Worker"), &awsecspatterns.QueueProcessingFargateServiceProps{
			Cluster:            cluster,
			Queue:              queue,
			Cpu:                jsii.Number(1024),
			MemoryLimitMiB:     jsii.Number(2048),
			Image:              awsecs.ContainerImage_FromRegistry(jsii.String("worker"), nil),
			ContainerName:      jsii.String("jobs"),
			Command:            jsii.Strings("run", "--fast"),
			Environment:        &map[string]*string{"ZED": jsii.String("2"), "A_FIRST": jsii.String("1")},
			Secrets:            &map[string]awsecs.Secret{"TOKEN": awsecs.Secret_FromSecretsManager(secret, nil)},
			MinScalingCapacity: jsii.Number(0),
			MaxScalingCapacity: jsii.Number(10),
			ScalingSteps: &[]*awsapplicationautoscaling.ScalingInterval{
				{Upper: jsii.Number(0), Change: jsii.Number(-2)}, {Lower: jsii.Number(10), Change: jsii.Number(2)},
			},
			Cooldown:               awscdk.Duration_Seconds(jsii.Number(120)),
			DisableCpuBasedScaling: jsii.Bool(true),
			EnableLogging:          jsii.Bool(false),
			ServiceName:            jsii.String("jobs"),
			CircuitBreaker:         &awsecs.DeploymentCircuitBreaker{Rollback: jsii.Bool(true)},
		})
		awscdk.NewCfnOutput(s, jsii.String("Bounds"), &awscdk.CfnOutputProps{Value: jsii.String(fmt.Sprintf("%v-%v", *w.MinCapacity(), *w.MaxCapacity()))})
	},
}

func TestQueueProcessingFargateServiceTemplates(t *testing.T) {
	golden.CheckTemplates(t, queueCases, nil, ownHandler)
}

func TestQueueProcessingEnvironment(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	w := awsecspatterns.NewQueueProcessingFargateService(s, jsii.String("W"), &awsecspatterns.QueueProcessingFargateServiceProps{
		Image: awsecs.ContainerImage_FromRegistry(jsii.String("worker"), nil), Environment: &map[string]*string{"A": jsii.String("1")},
	})
	env := *w.Environment()
	if len(env) != 2 || *env["A"] != "1" || env["QUEUE_NAME"] == nil {
		t.Fatalf("Environment() = %v; want A and QUEUE_NAME", env)
	}
	if w.DeadLetterQueue() == nil || w.SqsQueue() == nil || len(*w.ScalingSteps()) != 3 {
		t.Fatal("want the pattern's own queue, dead-letter queue and the three default steps")
	}
}
