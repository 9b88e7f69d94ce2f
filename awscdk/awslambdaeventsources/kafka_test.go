package awslambdaeventsources_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslambdaeventsources"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// TestKafkaSources: the Kafka stack of testdata/twins.js.
func TestKafkaSources(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"Kafka": func(s awscdk.Stack) {
			secret := awssecretsmanager.Secret_FromSecretCompleteArn(s, jsii.String("Secret"), jsii.String("arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka-AbCdEf"))
			ca := awssecretsmanager.Secret_FromSecretCompleteArn(s, jsii.String("Ca"), jsii.String("arn:aws:secretsmanager:us-east-1:123456789012:secret:ca-AbCdEf"))
			msk := fn(s, "Msk")
			msk.AddEventSource(awslambdaeventsources.NewManagedKafkaEventSource(&awslambdaeventsources.ManagedKafkaEventSourceProps{
				ClusterArn: jsii.String("arn:aws:kafka:us-east-1:123456789012:cluster/c/abc"), Topic: jsii.String("orders"),
				StartingPosition: awslambda.StartingPosition_TRIM_HORIZON, Secret: secret, BatchSize: jsii.Number(500), ConsumerGroupId: jsii.String("group-1"),
				SchemaRegistryConfig: awslambdaeventsources.NewConfluentSchemaRegistry(&awslambdaeventsources.ConfluentSchemaRegistryProps{
					SchemaRegistryUri: jsii.String("https://registry.example.com"), EventRecordFormat: awslambda.EventRecordFormat_JSON(),
					AuthenticationType: awslambda.KafkaSchemaRegistryAccessConfigType_BASIC_AUTH(), Secret: secret,
					SchemaValidationConfigs: &[]*awslambda.KafkaSchemaValidationConfig{{Attribute: awslambda.KafkaSchemaValidationAttribute_KEY()},
						{Attribute: awslambda.KafkaSchemaValidationAttribute_VALUE()}},
				}),
			}))
			vpc := awsec2.Vpc_FromVpcAttributes(s, jsii.String("Vpc"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-0123456789abcdef0"),
				AvailabilityZones: jsii.Strings("us-east-1a", "us-east-1b"), PrivateSubnetIds: jsii.Strings("subnet-0123456789abcdef0", "subnet-0123456789abcdef1")})
			sg := awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("Sg"), jsii.String("sg-0123456789abcdef0"), nil)
			fn(s, "SelfManaged", awslambdaeventsources.NewSelfManagedKafkaEventSource(&awslambdaeventsources.SelfManagedKafkaEventSourceProps{
				BootstrapServers: jsii.Strings("b1.example.com:9092", "b2.example.com:9092"), Topic: jsii.String("events"),
				StartingPosition: awslambda.StartingPosition_LATEST, Vpc: vpc, SecurityGroup: sg, VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS},
				Secret: secret, AuthenticationMethod: awslambdaeventsources.AuthenticationMethod_BASIC_AUTH, RootCACertificate: ca,
				OnFailure: awslambdaeventsources.NewKafkaDlq(jsii.String("events-dlq")),
				SchemaRegistryConfig: awslambdaeventsources.NewGlueSchemaRegistry(&awslambdaeventsources.GlueSchemaRegistryProps{
					SchemaRegistryArn: jsii.String("arn:aws:glue:us-east-1:123456789012:registry/reg"), EventRecordFormat: awslambda.EventRecordFormat_SOURCE(),
					SchemaValidationConfigs: &[]*awslambda.KafkaSchemaValidationConfig{{Attribute: awslambda.KafkaSchemaValidationAttribute_VALUE()}},
				}),
			}))
		},
	}, nil, nil)
}
