package awsecs_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/jsii"
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"ClusterDefault": func(s awscdk.Stack) {
		awsecs.NewCluster(s, jsii.String("Cluster"), nil)
	},
	"ClusterProps": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
		c := awsecs.NewCluster(s, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: vpc, ClusterName: jsii.String("my-cluster"),
			ContainerInsightsV2: awsecs.ContainerInsights_ENHANCED, EnableFargateCapacityProviders: jsii.Bool(true)})
		awsecs.NewCluster(s, jsii.String("V1"), &awsecs.ClusterProps{Vpc: vpc, ContainerInsights: jsii.Bool(true)})
		later := awsecs.NewCluster(s, jsii.String("Later"), &awsecs.ClusterProps{Vpc: vpc, ContainerInsights: jsii.Bool(false)})
		later.EnableFargateCapacityProviders()
		imp := awsecs.Cluster_FromClusterAttributes(s, jsii.String("Imported"), &awsecs.ClusterAttributes{ClusterName: jsii.String("other"), Vpc: vpc})
		arn := awsecs.Cluster_FromClusterArn(s, jsii.String("ByArn"), jsii.String("arn:aws:ecs:us-east-1:111111111111:cluster/third"))
		out(s, "Name", c.ClusterName())
		out(s, "Arn", c.ClusterArn())
		out(s, "ImpArn", imp.ClusterArn())
		out(s, "ArnName", arn.ClusterName())
	},
	"TaskDefinition": func(s awscdk.Stack) {
		secret := awssecretsmanager.NewSecret(s, jsii.String("Secret"), nil)
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), &awsecs.FargateTaskDefinitionProps{
			Cpu: jsii.Number(512), MemoryLimitMiB: jsii.Number(1024), Family: jsii.String("web"),
			RuntimePlatform:     &awsecs.RuntimePlatform{CpuArchitecture: awsecs.CpuArchitecture_ARM64(), OperatingSystemFamily: awsecs.OperatingSystemFamily_LINUX()},
			EphemeralStorageGiB: jsii.Number(30),
		})
		web := td.AddContainer(jsii.String("web"), &awsecs.ContainerDefinitionOptions{
			Image:                  awsecs.ContainerImage_FromRegistry(jsii.String("nginx:1.27"), nil),
			ContainerName:          jsii.String("web-app"),
			Essential:              jsii.Bool(true),
			Cpu:                    jsii.Number(256),
			MemoryLimitMiB:         jsii.Number(512),
			ReadonlyRootFilesystem: jsii.Bool(true),
			Command:                jsii.Strings("nginx", "-g", "daemon off;"),
			EntryPoint:             jsii.Strings("/docker-entrypoint.sh"),
			Environment:            &map[string]*string{"A_FIRST": jsii.String("1"), "B_SECOND": jsii.String("two"), "LOG_LEVEL": jsii.String("info")},
			Secrets: &map[string]awsecs.Secret{"DB_PASSWORD": awsecs.Secret_FromSecretsManager(secret, jsii.String("password")),
				"WHOLE": awsecs.Secret_FromSecretsManager(secret, nil)},
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80)}},
			HealthCheck: &awsecs.HealthCheck{Command: jsii.Strings("curl -f http://localhost/ || exit 1"), Interval: awscdk.Duration_Seconds(jsii.Number(10)),
				Retries: jsii.Number(5), StartPeriod: awscdk.Duration_Seconds(jsii.Number(30)), Timeout: awscdk.Duration_Seconds(jsii.Number(3))},
			Logging: awsecs.LogDrivers_AwsLogs(&awsecs.AwsLogDriverProps{StreamPrefix: jsii.String("web"), LogRetention: awslogs.RetentionDays_ONE_WEEK}),
		})
		web.AddPortMappings(&awsecs.PortMapping{ContainerPort: jsii.Number(443), Protocol: awsecs.Protocol_TCP},
			&awsecs.PortMapping{ContainerPort: jsii.Number(8125), Protocol: awsecs.Protocol_UDP, Name: jsii.String("statsd")})
		web.AddEnvironment(jsii.String("ADDED"), jsii.String("later"))
		td.AddContainer(jsii.String("sidecar"), &awsecs.ContainerDefinitionOptions{
			Image:       awsecs.ContainerImage_FromRegistry(jsii.String("amazon/aws-xray-daemon"), nil),
			Essential:   jsii.Bool(false),
			HealthCheck: &awsecs.HealthCheck{Command: jsii.Strings("CMD", "true")},
			Logging:     awsecs.NewAwsLogDriver(&awsecs.AwsLogDriverProps{StreamPrefix: jsii.String("xray")}),
		})
		td.AddToTaskRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("arn:aws:s3:::bucket/*")}))
		td.AddToExecutionRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("ecr:GetAuthorizationToken"), Resources: jsii.Strings("*")}))
		td.AddVolume(&awsecs.Volume{Name: jsii.String("scratch")})
		out(s, "Arn", td.TaskDefinitionArn())
	},
	"TaskDefinitionMinimal": func(s awscdk.Stack) {
		awsecs.NewFargateTaskDefinition(s, jsii.String("Empty"), nil)
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("ecs-tasks.amazonaws.com"), nil)})
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("Given"), &awsecs.FargateTaskDefinitionProps{TaskRole: role, ExecutionRole: role,
			Cpu: jsii.Number(1024), MemoryLimitMiB: jsii.Number(2048)})
		td.AddContainer(jsii.String("app"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromRegistry(jsii.String("public.ecr.aws/x/y:latest"), nil),
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(8080), HostPort: jsii.Number(8080)}}})
	},
}

func TestTemplates(t *testing.T) { checkTemplates(t, templateCases) }

var image = awsecs.ContainerImage_FromRegistry(jsii.String("nginx"), nil)

func fargate(s awscdk.Stack, props *awsecs.FargateTaskDefinitionProps) awsecs.FargateTaskDefinition {
	return awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), props)
}

var errorCases = map[string]func(s awscdk.Stack){
	"BothInsights": func(s awscdk.Stack) {
		awsecs.NewCluster(s, jsii.String("C"), &awsecs.ClusterProps{ContainerInsights: jsii.Bool(true), ContainerInsightsV2: awsecs.ContainerInsights_ENABLED})
	},
	"MemoryBelowReservation": func(s awscdk.Stack) {
		fargate(s, nil).AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image, MemoryLimitMiB: jsii.Number(256), MemoryReservationMiB: jsii.Number(512)})
	},
	"HealthCheckInterval": func(s awscdk.Stack) {
		fargate(s, nil).AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image,
			HealthCheck: &awsecs.HealthCheck{Command: jsii.Strings("true"), Interval: awscdk.Duration_Seconds(jsii.Number(1))}})
	},
	"EphemeralStorage": func(s awscdk.Stack) {
		fargate(s, &awsecs.FargateTaskDefinitionProps{EphemeralStorageGiB: jsii.Number(10)})
	},
	"ContainerCpuOverTask": func(s awscdk.Stack) {
		fargate(s, &awsecs.FargateTaskDefinitionProps{Cpu: jsii.Number(256), MemoryLimitMiB: jsii.Number(512)}).
			AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image, Cpu: jsii.Number(512)})
	},
	"HostPortMismatch": func(s awscdk.Stack) {
		fargate(s, nil).AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image,
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80), HostPort: jsii.Number(8080)}}})
	},
	"DuplicatePortName": func(s awscdk.Stack) {
		fargate(s, nil).AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image,
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80), Name: jsii.String("http")}, {ContainerPort: jsii.Number(81), Name: jsii.String("http")}}})
	},
	"ImportArnNoName": func(s awscdk.Stack) {
		awsecs.Cluster_FromClusterArn(s, jsii.String("C"), jsii.String("arn:aws:ecs:us-east-1:111111111111:cluster"))
	},
	"FargateCpuMemory": func(s awscdk.Stack) {
		fargate(s, &awsecs.FargateTaskDefinitionProps{Cpu: jsii.Number(256), MemoryLimitMiB: jsii.Number(4096)}).
			AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image})
	},
	"FargateCpuMemoryLarge": func(s awscdk.Stack) {
		fargate(s, &awsecs.FargateTaskDefinitionProps{Cpu: jsii.Number(8192), MemoryLimitMiB: jsii.Number(18432)}).
			AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image})
	},
	"DuplicatePortMapping": func(s awscdk.Stack) {
		c := fargate(s, nil).AddContainer(jsii.String("c"), &awsecs.ContainerDefinitionOptions{Image: image,
			PortMappings: &[]*awsecs.PortMapping{{ContainerPort: jsii.Number(80)}}})
		c.AddPortMappings(&awsecs.PortMapping{ContainerPort: jsii.Number(80)})
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases) }
