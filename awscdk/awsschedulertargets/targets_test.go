package awsschedulertargets_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodebuild"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsinspector"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssagemaker"
	"github.com/strata-cdk/strata/awscdk/awsscheduler"
	"github.com/strata-cdk/strata/awscdk/awsschedulertargets"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawssagemaker"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func every(n float64) awsscheduler.ScheduleExpression {
	return awsscheduler.ScheduleExpression_Rate(awscdk.Duration_Minutes(jsii.Number(n)))
}

func fn(s constructs.Construct, id string) awslambda.Function {
	return awslambda.NewFunction(s, jsii.String(id), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => {}")),
	})
}

func schedule(s constructs.Construct, id string, e awsscheduler.ScheduleExpression, t awsscheduler.IScheduleTarget) awsscheduler.Schedule {
	return awsscheduler.NewSchedule(s, jsii.String(id), &awsscheduler.ScheduleProps{Schedule: e, Target: t})
}

// fakePipeline is the twin of twins.js's FakePipeline: a SageMaker
// pipeline of the user's own.
type fakePipeline struct{ awscdk.Resource }

func newFakePipeline(s constructs.Construct, id string) awssagemaker.IPipeline {
	return &fakePipeline{awscdk.NewResource(s, jsii.String(id), nil)}
}

func (p *fakePipeline) PipelineArn() *string {
	return jsii.String("arn:aws:sagemaker:us-east-1:111111111111:pipeline/p1")
}
func (p *fakePipeline) PipelineName() *string { return jsii.String("p1") }
func (p *fakePipeline) PipelineRef() *interfacesawssagemaker.PipelineReference {
	return &interfacesawssagemaker.PipelineReference{PipelineName: p.PipelineName()}
}
func (p *fakePipeline) GrantStartPipelineExecution(grantee awsiam.IGrantable) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee,
		Actions: jsii.Strings("sagemaker:StartPipelineExecution"), ResourceArns: &[]*string{p.PipelineArn()}})
}

func container(td awsecs.TaskDefinition, mem float64) {
	td.AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil), MemoryLimitMiB: jsii.Number(mem)})
}

var templateCases = map[string]func(s awscdk.Stack){
	"Lambda": func(s awscdk.Stack) {
		f := fn(s, "Fn")
		schedule(s, "Default", every(5), awsschedulertargets.NewLambdaInvoke(f, nil))
		group := awsscheduler.NewScheduleGroup(s, jsii.String("Group"), &awsscheduler.ScheduleGroupProps{ScheduleGroupName: jsii.String("g1")})
		awsscheduler.NewSchedule(s, jsii.String("Again"), &awsscheduler.ScheduleProps{Schedule: every(10), Target: awsschedulertargets.NewLambdaInvoke(f, &awsschedulertargets.ScheduleTargetBaseProps{}), ScheduleGroup: group})
		dlq := awssqs.NewQueue(s, jsii.String("DLQ"), nil)
		role := awsiam.NewRole(s, jsii.String("Given"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("scheduler.amazonaws.com"), nil)})
		schedule(s, "AllProps", every(15), awsschedulertargets.NewLambdaInvoke(f, &awsschedulertargets.ScheduleTargetBaseProps{
			Role: role, DeadLetterQueue: dlq, MaxEventAge: awscdk.Duration_Hours(jsii.Number(2)), RetryAttempts: jsii.Number(7),
			Input: awsscheduler.ScheduleTargetInput_FromObject(map[string]interface{}{"attempt": awsscheduler.ContextAttribute_AttemptNumber()}),
		}))
		schedule(s, "ZeroRetries", every(20), awsschedulertargets.NewLambdaInvoke(f, &awsschedulertargets.ScheduleTargetBaseProps{
			RetryAttempts: jsii.Number(0), MaxEventAge: awscdk.Duration_Minutes(jsii.Number(1))}))
		imported := awslambda.Function_FromFunctionAttributes(s, jsii.String("Imported"), &awslambda.FunctionAttributes{
			FunctionArn: jsii.String("arn:aws:lambda:us-east-1:111111111111:function:other"), SameEnvironment: jsii.Bool(true)})
		schedule(s, "ImportedFn", every(30), awsschedulertargets.NewLambdaInvoke(imported, nil))
	},
	"Messaging": func(s awscdk.Stack) {
		q := awssqs.NewQueue(s, jsii.String("Queue"), nil)
		schedule(s, "ToQueue", every(5), awsschedulertargets.NewSqsSendMessage(q, &awsschedulertargets.SqsSendMessageProps{Input: awsscheduler.ScheduleTargetInput_FromText(jsii.String("hi"))}))
		fifo := awssqs.NewQueue(s, jsii.String("Fifo"), &awssqs.QueueProps{Fifo: jsii.Bool(true), ContentBasedDeduplication: jsii.Bool(true)})
		schedule(s, "ToFifo", every(5), awsschedulertargets.NewSqsSendMessage(fifo, &awsschedulertargets.SqsSendMessageProps{MessageGroupId: jsii.String("group-1")}))
		kq := awssqs.NewQueue(s, jsii.String("Encrypted"), &awssqs.QueueProps{Encryption: awssqs.QueueEncryption_KMS})
		schedule(s, "ToEncrypted", every(5), awsschedulertargets.NewSqsSendMessage(kq, nil))
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		schedule(s, "ToTopic", every(5), awsschedulertargets.NewSnsPublish(topic, &awsschedulertargets.ScheduleTargetBaseProps{RetryAttempts: jsii.Number(2)}))
		bus := awsevents.NewEventBus(s, jsii.String("Bus"), nil)
		schedule(s, "ToBus", every(5), awsschedulertargets.NewEventBridgePutEvents(&awsschedulertargets.EventBridgePutEventsEntry{
			EventBus: bus, Source: jsii.String("my.source"), DetailType: jsii.String("Tick"),
			Detail: awsscheduler.ScheduleTargetInput_FromObject(map[string]interface{}{"k": "v"}),
		}, nil))
	},
	"Streams": func(s awscdk.Stack) {
		st := awskinesis.NewStream(s, jsii.String("Stream"), nil)
		schedule(s, "ToStream", every(5), awsschedulertargets.NewKinesisStreamPutRecord(st, &awsschedulertargets.KinesisStreamPutRecordProps{PartitionKey: jsii.String("pk")}))
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		est := awskinesis.NewStream(s, jsii.String("EncStream"), &awskinesis.StreamProps{Encryption: awskinesis.StreamEncryption_KMS, EncryptionKey: key})
		schedule(s, "ToEncStream", every(5), awsschedulertargets.NewKinesisStreamPutRecord(est, &awsschedulertargets.KinesisStreamPutRecordProps{PartitionKey: jsii.String("x")}))
		ds := awskinesisfirehose.DeliveryStream_FromDeliveryStreamArn(s, jsii.String("Delivery"), jsii.String("arn:aws:firehose:us-east-1:111111111111:deliverystream/ds"))
		schedule(s, "ToFirehose", every(5), awsschedulertargets.NewFirehosePutRecord(ds, nil))
	},
	"Services": func(s awscdk.Stack) {
		project := awscodebuild.NewCfnProject(s, jsii.String("Project"), &awscodebuild.CfnProjectProps{
			Artifacts: &awscodebuild.CfnProject_ArtifactsProperty{Type: jsii.String("NO_ARTIFACTS")},
			Environment: &awscodebuild.CfnProject_EnvironmentProperty{ComputeType: jsii.String("BUILD_GENERAL1_SMALL"),
				Image: jsii.String("aws/codebuild/standard:7.0"), Type: jsii.String("LINUX_CONTAINER")},
			ServiceRole: jsii.String("arn:aws:iam::111111111111:role/cb"),
			Source:      &awscodebuild.CfnProject_SourceProperty{Type: jsii.String("NO_SOURCE"), BuildSpec: jsii.String("version: 0.2")},
		})
		schedule(s, "Build", every(60), awsschedulertargets.NewCodeBuildStartBuild(project, nil))
		schedule(s, "BuildImported", every(60), awsschedulertargets.NewCodeBuildStartBuild(awscodebuild.CfnProject_FromProjectName(s, jsii.String("Other"), jsii.String("other")), nil))
		pipeline := awscodepipeline.CfnPipeline_FromPipelineName(s, jsii.String("Pipeline"), jsii.String("my-pipe"))
		schedule(s, "Pipe", every(60), awsschedulertargets.NewCodePipelineStartPipelineExecution(pipeline, nil))
		tmpl := awsinspector.NewCfnAssessmentTemplate(s, jsii.String("Template"), &awsinspector.CfnAssessmentTemplateProps{
			AssessmentTargetArn: jsii.String("arn:aws:inspector:us-east-1:111111111111:target/0-abc"), DurationInSeconds: jsii.Number(3600),
			RulesPackageArns: jsii.Strings("arn:aws:inspector:us-east-1:316112463485:rulespackage/0-gEjTy7T7")})
		schedule(s, "Inspect", every(60), awsschedulertargets.NewInspectorStartAssessmentRun(tmpl, nil))
		sm := newFakePipeline(s, "SageMaker")
		schedule(s, "Train", every(60), awsschedulertargets.NewSageMakerStartPipelineExecution(sm, &awsschedulertargets.SageMakerStartPipelineExecutionProps{
			PipelineParameterList: &[]*awsschedulertargets.SageMakerPipelineParameter{{Name: jsii.String("a"), Value: jsii.String("1")}, {Name: jsii.String("b"), Value: jsii.String("2")}}}))
		schedule(s, "TrainPlain", every(90), awsschedulertargets.NewSageMakerStartPipelineExecution(sm, nil))
		schedule(s, "Universal", every(60), awsschedulertargets.NewUniversal(&awsschedulertargets.UniversalTargetProps{Service: jsii.String("sqs"), Action: jsii.String("createQueue"),
			Input: awsscheduler.ScheduleTargetInput_FromObject(map[string]interface{}{"QueueName": "q"})}))
		schedule(s, "UniversalSfn", every(60), awsschedulertargets.NewUniversal(&awsschedulertargets.UniversalTargetProps{Service: jsii.String("sfn"), Action: jsii.String("startExecution")}))
		schedule(s, "UniversalPolicy", every(60), awsschedulertargets.NewUniversal(&awsschedulertargets.UniversalTargetProps{Service: jsii.String("s3"), Action: jsii.String("putObject"),
			PolicyStatements: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:PutObject"), Resources: jsii.Strings("arn:aws:s3:::b/*")})}}))
	},
	"Ecs": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
		cluster := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc})
		ftd := awsecs.NewFargateTaskDefinition(s, jsii.String("FargateTD"), nil)
		container(ftd, 512)
		schedule(s, "Fargate", every(5), awsschedulertargets.NewEcsRunFargateTask(cluster, &awsschedulertargets.FargateTaskProps{TaskDefinition: ftd}))
		sg := awsec2.NewSecurityGroup(s, jsii.String("SG"), &awsec2.SecurityGroupProps{Vpc: vpc})
		schedule(s, "FargateAll", every(5), awsschedulertargets.NewEcsRunFargateTask(cluster, &awsschedulertargets.FargateTaskProps{
			TaskDefinition: ftd, AssignPublicIp: jsii.Bool(true), VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
			SecurityGroups: &[]awsec2.ISecurityGroup{sg}, PlatformVersion: awsecs.FargatePlatformVersion_VERSION1_4, TaskCount: jsii.Number(2),
			Group: jsii.String("grp"), ReferenceId: jsii.String("ref"), EnableEcsManagedTags: jsii.Bool(true), EnableExecuteCommand: jsii.Bool(false),
			PropagateTags: jsii.Bool(true), Tags: &[]*awsschedulertargets.Tag{{Key: jsii.String("k"), Value: jsii.String("v")}},
		}))
		schedule(s, "FargatePublic", every(5), awsschedulertargets.NewEcsRunFargateTask(cluster, &awsschedulertargets.FargateTaskProps{
			TaskDefinition: ftd, VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
			CapacityProviderStrategies: &[]*awsecs.CapacityProviderStrategy{{CapacityProvider: jsii.String("FARGATE_SPOT"), Weight: jsii.Number(2), Base: jsii.Number(1)}},
		}))
		etd := awsecs.NewEc2TaskDefinition(s, jsii.String("Ec2TD"), nil)
		container(etd, 256)
		schedule(s, "Ec2", every(5), awsschedulertargets.NewEcsRunEc2Task(cluster, &awsschedulertargets.Ec2TaskProps{
			TaskDefinition: etd,
			PlacementConstraints: &[]awsecs.PlacementConstraint{awsecs.PlacementConstraint_DistinctInstances(),
				awsecs.PlacementConstraint_MemberOf(jsii.String("attribute:ecs.instance-type =~ t2.*"))},
			PlacementStrategies: &[]awsecs.PlacementStrategy{awsecs.PlacementStrategy_SpreadAcrossInstances(), awsecs.PlacementStrategy_PackedByCpu()},
		}))
		vtd := awsecs.NewEc2TaskDefinition(s, jsii.String("AwsVpcTD"), &awsecs.Ec2TaskDefinitionProps{NetworkMode: awsecs.NetworkMode_AWS_VPC})
		container(vtd, 256)
		schedule(s, "Ec2AwsVpc", every(5), awsschedulertargets.NewEcsRunEc2Task(cluster, &awsschedulertargets.Ec2TaskProps{
			TaskDefinition: vtd, SecurityGroups: &[]awsec2.ISecurityGroup{sg}, Tags: &[]*awsschedulertargets.Tag{{Key: jsii.String("a"), Value: jsii.String("b")}},
		}))
	},
}

func TestTemplates(t *testing.T) { checkTemplates(t, templateCases, nil) }

func fargateTD(s awscdk.Stack) awsecs.TaskDefinition {
	t := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
	container(t, 512)
	return t
}

func ec2TD(s awscdk.Stack) awsecs.TaskDefinition {
	t := awsecs.NewEc2TaskDefinition(s, jsii.String("TD"), nil)
	container(t, 512)
	return t
}

func clusterIn(s awscdk.Stack) awsecs.ICluster {
	return awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(1)})})
}

func fifoQueue(s awscdk.Stack, dedup bool) awssqs.IQueue {
	p := &awssqs.QueueProps{Fifo: jsii.Bool(true)}
	if dedup {
		p.ContentBasedDeduplication = jsii.Bool(true)
	}
	return awssqs.NewQueue(s, jsii.String("Q"), p)
}

var errorCases = map[string]func(s awscdk.Stack){
	"FifoWithoutGroup": func(s awscdk.Stack) { awsschedulertargets.NewSqsSendMessage(fifoQueue(s, true), nil) },
	"GroupOnStandard": func(s awscdk.Stack) {
		awsschedulertargets.NewSqsSendMessage(awssqs.NewQueue(s, jsii.String("Q"), nil), &awsschedulertargets.SqsSendMessageProps{MessageGroupId: jsii.String("g")})
	},
	"GroupTooLong": func(s awscdk.Stack) {
		awsschedulertargets.NewSqsSendMessage(fifoQueue(s, true), &awsschedulertargets.SqsSendMessageProps{MessageGroupId: jsii.String(strings.Repeat("g", 129))})
	},
	"FifoWithoutDedup": func(s awscdk.Stack) {
		awsschedulertargets.NewSqsSendMessage(fifoQueue(s, false), &awsschedulertargets.SqsSendMessageProps{MessageGroupId: jsii.String("g")})
	},
	"EventAgeTooLong": func(s awscdk.Stack) {
		schedule(s, "Sch", every(5), awsschedulertargets.NewLambdaInvoke(fn(s, "Fn"), &awsschedulertargets.ScheduleTargetBaseProps{MaxEventAge: awscdk.Duration_Days(jsii.Number(2))}))
	},
	"EventAgeTooShort": func(s awscdk.Stack) {
		schedule(s, "Sch", every(5), awsschedulertargets.NewLambdaInvoke(fn(s, "Fn"), &awsschedulertargets.ScheduleTargetBaseProps{MaxEventAge: awscdk.Duration_Seconds(jsii.Number(59))}))
	},
	"RetriesNegative": func(s awscdk.Stack) {
		schedule(s, "Sch", every(5), awsschedulertargets.NewLambdaInvoke(fn(s, "Fn"), &awsschedulertargets.ScheduleTargetBaseProps{RetryAttempts: jsii.Number(-1)}))
	},
	"RetriesTooMany": func(s awscdk.Stack) {
		schedule(s, "Sch", every(5), awsschedulertargets.NewLambdaInvoke(fn(s, "Fn"), &awsschedulertargets.ScheduleTargetBaseProps{RetryAttempts: jsii.Number(186)}))
	},
	"BusWithInput": func(s awscdk.Stack) {
		awsschedulertargets.NewEventBridgePutEvents(&awsschedulertargets.EventBridgePutEventsEntry{
			EventBus: awsevents.NewEventBus(s, jsii.String("B"), nil), Source: jsii.String("s"), DetailType: jsii.String("d"),
			Detail: awsscheduler.ScheduleTargetInput_FromText(jsii.String("x"))},
			&awsschedulertargets.ScheduleTargetBaseProps{Input: awsscheduler.ScheduleTargetInput_FromText(jsii.String("y"))})
	},
	"PartitionKeyEmpty": func(s awscdk.Stack) {
		awsschedulertargets.NewKinesisStreamPutRecord(awskinesis.NewStream(s, jsii.String("K"), nil), &awsschedulertargets.KinesisStreamPutRecordProps{PartitionKey: jsii.String("")})
	},
	"UniversalUpperService": func(s awscdk.Stack) {
		awsschedulertargets.NewUniversal(&awsschedulertargets.UniversalTargetProps{Service: jsii.String("SQS"), Action: jsii.String("sendMessage")})
	},
	"UniversalPascalAction": func(s awscdk.Stack) {
		awsschedulertargets.NewUniversal(&awsschedulertargets.UniversalTargetProps{Service: jsii.String("sqs"), Action: jsii.String("SendMessage")})
	},
	"UniversalReadOnly": func(s awscdk.Stack) {
		awsschedulertargets.NewUniversal(&awsschedulertargets.UniversalTargetProps{Service: jsii.String("sqs"), Action: jsii.String("listQueues")})
	},
	"SageMakerTooManyParams": func(s awscdk.Stack) {
		params := []*awsschedulertargets.SageMakerPipelineParameter{}
		for i := 0; i < 201; i++ {
			params = append(params, &awsschedulertargets.SageMakerPipelineParameter{Name: jsii.String(fmt.Sprint("n", i)), Value: jsii.String("v")})
		}
		awsschedulertargets.NewSageMakerStartPipelineExecution(newFakePipeline(s, "P"), &awsschedulertargets.SageMakerStartPipelineExecutionProps{PipelineParameterList: &params})
	},
	"FargateWithEc2TD": func(s awscdk.Stack) {
		schedule(s, "Sch", every(5), awsschedulertargets.NewEcsRunFargateTask(clusterIn(s), &awsschedulertargets.FargateTaskProps{TaskDefinition: ec2TD(s)}))
	},
	"FargatePublicIpPrivate": func(s awscdk.Stack) {
		schedule(s, "Sch", every(5), awsschedulertargets.NewEcsRunFargateTask(clusterIn(s), &awsschedulertargets.FargateTaskProps{TaskDefinition: fargateTD(s), AssignPublicIp: jsii.Bool(true)}))
	},
	"Ec2WithFargateTD": func(s awscdk.Stack) {
		schedule(s, "Sch", every(5), awsschedulertargets.NewEcsRunEc2Task(clusterIn(s), &awsschedulertargets.Ec2TaskProps{TaskDefinition: fargateTD(s)}))
	},
	"Ec2BridgeWithSubnets": func(s awscdk.Stack) {
		schedule(s, "Sch", every(5), awsschedulertargets.NewEcsRunEc2Task(clusterIn(s), &awsschedulertargets.Ec2TaskProps{TaskDefinition: ec2TD(s),
			VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}}))
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases, nil) }
