// Command core is the parity case for Strata's core: an aws-cdk-go v2 program (imports
// rewritten to Strata) that uses only the core package: raw CfnResources, parameters,
// conditions, mappings, rules, outputs and exports, intrinsics, pseudo parameters, tokens
// inside formatted strings, lazies, tags, aspects, removal policies and overrides, three
// stacks with weak cross-stack references and an explicit stack dependency, one of them
// bound to an account and region.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh turns it into
// expected/. Keep the two in step: same ids, same order, same values.
package main

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// queueRetention is an aspect: every SQS queue keeps its messages for the same time,
// whatever it was built with.
type queueRetention struct {
	seconds *float64
}

func (a *queueRetention) Visit(node constructs.IConstruct) {
	res, ok := node.(awscdk.CfnResource)
	if !ok || *res.CfnResourceType() != "AWS::SQS::Queue" {
		return
	}
	res.AddPropertyOverride(jsii.String("MessageRetentionPeriod"), a.seconds)
}

// bucketOwner is an aspect that records an owner in every S3 bucket's resource metadata.
type bucketOwner struct {
	owner string
}

func (a *bucketOwner) Visit(node constructs.IConstruct) {
	if res, ok := node.(awscdk.CfnResource); ok && *res.CfnResourceType() == "AWS::S3::Bucket" {
		res.AddOverride(jsii.String("Metadata.Owner"), a.owner)
	}
}

// nameList is a stable string producer: the names registered up to synthesis.
type nameList struct {
	names []string
}

func (p *nameList) Produce() *string {
	return jsii.String(strings.Join(p.names, ","))
}

// scopePath is an uncached string producer that reads its resolve context.
type scopePath struct {
	prefix string
}

func (p *scopePath) Produce(context awscdk.IResolveContext) *string {
	return jsii.String(p.prefix + *context.Scope().Node().Path())
}

// redrive is a stable any producer: a redrive policy built at synthesis time.
type redrive struct {
	target awscdk.CfnResource
}

func (p *redrive) Produce() interface{} {
	return map[string]interface{}{
		"deadLetterTargetArn": p.target.GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING),
		"maxReceiveCount":     3,
	}
}

// tagList is a stable any producer of the tags collected up to synthesis (none here).
type tagList struct {
	tags []interface{}
}

func (p *tagList) Produce() interface{} {
	return p.tags
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	// ------------------------------------------------------------ producer (env-agnostic)
	producer := awscdk.NewStack(app, jsii.String("CoreProducer"), &awscdk.StackProps{
		Description: jsii.String("Strata parity: core features, producer side"),
		StackName:   jsii.String("strata-core-producer"),
		Tags: &map[string]*string{
			"team":        jsii.String("platform"),
			"cost-center": jsii.String("1234"),
		},
		TerminationProtection: jsii.Bool(true),
	})
	producer.TemplateOptions().SetMetadata(&map[string]interface{}{"Purpose": "parity"})

	envName := awscdk.NewCfnParameter(producer, jsii.String("EnvName"), &awscdk.CfnParameterProps{
		AllowedValues: jsii.Strings("dev", "staging", "prod"),
		Default:       jsii.String("dev"),
		Description:   jsii.String("Deployment environment"),
		Type:          jsii.String("String"),
	})
	retentionDays := awscdk.NewCfnParameter(producer, jsii.String("RetentionDays"), &awscdk.CfnParameterProps{
		Default:     jsii.Number(7),
		Description: jsii.String("Days to keep backups"),
		MaxValue:    jsii.Number(14),
		MinValue:    jsii.Number(1),
		Type:        jsii.String("Number"),
	})
	apiToken := awscdk.NewCfnParameter(producer, jsii.String("ApiToken"), &awscdk.CfnParameterProps{
		AllowedPattern:        jsii.String("[A-Za-z0-9]+"),
		ConstraintDescription: jsii.String("letters and digits only"),
		Description:           jsii.String("Token handed to the API"),
		MaxLength:             jsii.Number(64),
		MinLength:             jsii.Number(8),
		NoEcho:                jsii.Bool(true),
		Type:                  jsii.String("String"),
	})
	subnetIds := awscdk.NewCfnParameter(producer, jsii.String("SubnetIds"), &awscdk.CfnParameterProps{
		Description: jsii.String("Subnets for the workers"),
		Type:        jsii.String("List<AWS::EC2::Subnet::Id>"),
	})

	isProd := awscdk.NewCfnCondition(producer, jsii.String("IsProd"), &awscdk.CfnConditionProps{
		Expression: awscdk.Fn_ConditionEquals(envName.ValueAsString(), jsii.String("prod")),
	})
	inUsEast1 := awscdk.NewCfnCondition(producer, jsii.String("InUsEast1"), &awscdk.CfnConditionProps{
		Expression: awscdk.Fn_ConditionEquals(awscdk.Aws_REGION(), jsii.String("us-east-1")),
	})
	createBackup := awscdk.NewCfnCondition(producer, jsii.String("CreateBackup"), &awscdk.CfnConditionProps{
		Expression: awscdk.Fn_ConditionAnd(isProd, awscdk.Fn_ConditionNot(inUsEast1)),
	})
	longLived := awscdk.NewCfnCondition(producer, jsii.String("LongLived"), &awscdk.CfnConditionProps{
		Expression: awscdk.Fn_ConditionOr(isProd, awscdk.Fn_ConditionEquals(envName.ValueAsString(), jsii.String("staging"))),
	})

	regionMap := awscdk.NewCfnMapping(producer, jsii.String("RegionMap"), &awscdk.CfnMappingProps{
		Mapping: &map[string]*map[string]interface{}{
			"us-east-1": {"ami": "ami-0aaaa", "size": "large"},
			"us-west-2": {"ami": "ami-0bbbb", "size": "small"},
			"eu-west-1": {"ami": "ami-0eeee", "size": "medium"},
		},
	})
	volumeClasses := awscdk.NewCfnMapping(producer, jsii.String("VolumeClasses"), &awscdk.CfnMappingProps{
		Lazy: jsii.Bool(true),
		Mapping: &map[string]*map[string]interface{}{
			"standard": {"type": "gp3"},
			"fast":     {"type": "io2"},
		},
	})

	queueNames := &nameList{}

	messaging := constructs.NewConstruct(producer, jsii.String("Messaging"))
	topic := awscdk.NewCfnResource(messaging, jsii.String("Topic"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SNS::Topic"),
		Properties: &map[string]interface{}{
			"DisplayName":    fmt.Sprintf("Strata events in %s", *awscdk.Aws_REGION()),
			"KmsMasterKeyId": awscdk.Fn_ConditionIf(isProd.LogicalId(), jsii.String("alias/aws/sns"), awscdk.Aws_NO_VALUE()),
			"TopicName":      awscdk.Fn_Join(jsii.String("-"), &[]*string{jsii.String("strata"), envName.ValueAsString(), jsii.String("events")}),
		},
	})
	deadLetters := awscdk.NewCfnResource(messaging, jsii.String("DeadLetters"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SQS::Queue"),
		Properties: &map[string]interface{}{
			"MessageRetentionPeriod": awscdk.Duration_Days(jsii.Number(14)).ToSeconds(nil),
			"QueueName":              jsii.String("strata-dead-letters"),
		},
	})
	queueNames.names = append(queueNames.names, "strata-dead-letters")
	queue := awscdk.NewCfnResource(messaging, jsii.String("Default"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SQS::Queue"),
		Properties: &map[string]interface{}{
			"DelaySeconds":                  awscdk.Duration_Seconds(jsii.Number(10)).ToSeconds(nil),
			"KmsDataKeyReusePeriodSeconds":  awscdk.Duration_Hours(jsii.Number(1)).ToSeconds(nil),
			"MaximumMessageSize":            awscdk.Size_Kibibytes(jsii.Number(256)).ToBytes(nil),
			"ReceiveMessageWaitTimeSeconds": awscdk.Duration_Millis(jsii.Number(20000)).ToSeconds(nil),
			"RedrivePolicy":                 awscdk.Lazy_Any(&redrive{target: deadLetters}, nil),
			"Tags":                          awscdk.Lazy_Any(&tagList{tags: []interface{}{}}, &awscdk.LazyAnyValueOptions{OmitEmptyArray: jsii.Bool(true)}),
			"VisibilityTimeout":             awscdk.Duration_Minutes(jsii.Number(5)).ToSeconds(nil),
		},
	})
	queueNames.names = append(queueNames.names, "work")
	queue.AddDeletionOverride(jsii.String("Properties.DelaySeconds"))
	queue.AddOverride(jsii.String("Properties.RedrivePolicy.maxReceiveCount"), jsii.Number(5))
	queue.AddPropertyOverride(jsii.String("QueueName"), awscdk.Fn_Join(jsii.String("-"), &[]*string{awscdk.Aws_STACK_NAME(), jsii.String("work")}))
	queue.AddDependency(topic)

	bucket := awscdk.NewCfnResource(producer, jsii.String("Bucket"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::S3::Bucket"),
		Properties: &map[string]interface{}{
			"LifecycleConfiguration": map[string]interface{}{
				"Rules": []interface{}{
					map[string]interface{}{
						"ExpirationInDays": awscdk.Duration_Days(jsii.Number(30)).ToDays(nil),
						"Id":               "expire",
						"Status":           "Enabled",
					},
				},
			},
			"Tags":                    []map[string]string{{"Key": "raw", "Value": "tag"}},
			"VersioningConfiguration": map[string]interface{}{"Status": "Enabled"},
		},
	})
	bucket.ApplyRemovalPolicy(awscdk.RemovalPolicy_RETAIN, nil)
	bucket.OverrideLogicalId(jsii.String("DataBucket"))
	bucket.AddMetadata(jsii.String("Purpose"), jsii.String("parity"))

	volume := awscdk.NewCfnResource(producer, jsii.String("Volume"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::EC2::Volume"),
		Properties: &map[string]interface{}{
			"AvailabilityZone": awscdk.Fn_Select(jsii.Number(0), awscdk.Fn_GetAzs(nil)),
			"Encrypted":        true,
			"Size":             awscdk.Size_Gibibytes(jsii.Number(20)).ToGibibytes(nil),
			"VolumeType":       volumeClasses.FindInMap(jsii.String("standard"), jsii.String("type"), nil),
		},
	})
	volume.ApplyRemovalPolicy(awscdk.RemovalPolicy_SNAPSHOT, nil)

	backupQueue := awscdk.NewCfnResource(producer, jsii.String("BackupQueue"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SQS::Queue"),
		Properties: &map[string]interface{}{
			"QueueName": fmt.Sprintf("%s-backup", *awscdk.Aws_STACK_NAME()),
		},
	})
	backupQueue.CfnOptions().SetCondition(createBackup)
	backupQueue.ApplyRemovalPolicy(awscdk.RemovalPolicy_DESTROY, &awscdk.RemovalPolicyOptions{
		ApplyToUpdateReplacePolicy: jsii.Bool(false),
	})
	queueNames.names = append(queueNames.names, "backup")

	secret := awscdk.NewCfnResource(producer, jsii.String("ApiSecret"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SecretsManager::Secret"),
		Properties: &map[string]interface{}{
			"Description":  awscdk.Fn_ConditionIf(longLived.LogicalId(), jsii.String("long-lived API token"), jsii.String("API token")),
			"SecretString": apiToken.ValueAsString(),
		},
	})
	secret.ApplyRemovalPolicy(awscdk.RemovalPolicy_RETAIN_ON_UPDATE_OR_DELETE, nil)

	awscdk.NewCfnResource(producer, jsii.String("PublishPolicy"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::IAM::ManagedPolicy"),
		Properties: &map[string]interface{}{
			"Description": awscdk.Lazy_String(queueNames, nil),
			"PolicyDocument": map[string]interface{}{
				"Statement": []interface{}{
					map[string]interface{}{
						"Action":   []string{"sns:Publish"},
						"Effect":   "Allow",
						"Resource": topic.Ref(),
					},
					map[string]interface{}{
						"Action": jsii.Strings("s3:GetObject", "s3:PutObject"),
						"Effect": "Allow",
						"Resource": []*string{
							jsii.String(fmt.Sprintf("%s/*", *bucket.GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING).ToString())),
							producer.FormatArn(&awscdk.ArnComponents{
								Account:      jsii.String(""),
								Region:       jsii.String(""),
								Resource:     jsii.String("strata-archive"),
								ResourceName: jsii.String("*"),
								Service:      jsii.String("s3"),
							}),
						},
					},
					map[string]interface{}{
						"Action": "sqs:SendMessage",
						"Effect": "Allow",
						"Resource": fmt.Sprintf("arn:%s:sqs:%s:%s:%s",
							*producer.Partition(), *producer.Region(), *producer.Account(),
							*queue.GetAtt(jsii.String("QueueName"), awscdk.ResolutionTypeHint_STRING).ToString()),
					},
				},
				"Version": "2012-10-17",
			},
		},
	})
	queueNames.names = append(queueNames.names, "policy")

	cidrs := awscdk.Fn_Cidr(jsii.String("10.0.0.0/16"), jsii.Number(4), jsii.String("8"))
	settings := []struct {
		name  string
		value *string
	}{
		{"TopicArn", awscdk.Fn_Sub(jsii.String("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${Name}"), &map[string]*string{
			"Name": topic.GetAtt(jsii.String("TopicName"), awscdk.ResolutionTypeHint_STRING).ToString(),
		})},
		{"Encoded", awscdk.Fn_Base64(jsii.String(fmt.Sprintf("%s:%s", *envName.ValueAsString(), *awscdk.Aws_ACCOUNT_ID())))},
		{"Second", awscdk.Fn_Select(jsii.Number(1), awscdk.Fn_Split(jsii.String(","), jsii.String("alpha,beta,gamma"), nil))},
		{"TopicSuffix", awscdk.Fn_Select(jsii.Number(5), awscdk.Fn_Split(jsii.String(":"), topic.Ref(), jsii.Number(6)))},
		{"Subnets", awscdk.Fn_Join(jsii.String(","), subnetIds.ValueAsList())},
		{"FirstSubnet", awscdk.Fn_Select(jsii.Number(0), subnetIds.ValueAsList())},
		{"Cidrs", awscdk.Fn_Join(jsii.String(","), cidrs)},
		{"ThirdCidr", awscdk.Fn_Select(jsii.Number(2), cidrs)},
		{"Zone", awscdk.Fn_Select(jsii.Number(1), awscdk.Fn_GetAzs(awscdk.Aws_REGION()))},
		{"SharedVpc", awscdk.Fn_ImportValue(jsii.String("strata-shared-vpc-id"))},
		{"Ami", regionMap.FindInMap(awscdk.Aws_REGION(), jsii.String("ami"), nil)},
		{"Size", awscdk.Fn_FindInMap(jsii.String("RegionMap"), awscdk.Aws_REGION(), jsii.String("size"), nil)},
		{"QueueName", awscdk.Token_AsString(awscdk.Fn_GetAtt(queue.LogicalId(), jsii.String("QueueName")), nil)},
		{"Endpoint", jsii.String(fmt.Sprintf("https://sqs.%s.%s/%s", *producer.Region(), *producer.UrlSuffix(), *producer.Account()))},
		{"Pseudo", awscdk.Fn_Join(jsii.String("|"), &[]*string{
			awscdk.Aws_ACCOUNT_ID(), awscdk.Aws_REGION(), awscdk.Aws_PARTITION(),
			awscdk.Aws_URL_SUFFIX(), awscdk.Aws_STACK_NAME(), awscdk.Aws_STACK_ID(),
		})},
		{"Json", producer.ToJsonString(map[string]interface{}{
			"topic":     topic.Ref(),
			"region":    awscdk.Aws_REGION(),
			"retention": retentionDays.ValueAsNumber(),
		}, nil)},
		{"UniqueId", awscdk.Names_UniqueId(queue)},
		{"UniqueName", awscdk.Names_UniqueResourceName(deadLetters, &awscdk.UniqueResourceNameOptions{
			MaxLength: jsii.Number(32),
			Separator: jsii.String("-"),
		})},
		{"Timing", jsii.String(fmt.Sprintf("%s / %s / %v GiB",
			*awscdk.Duration_Parse(jsii.String("PT1H30M")).ToHumanString(),
			*awscdk.Duration_Minutes(jsii.Number(90)).ToIsoString(),
			*awscdk.Size_Mebibytes(jsii.Number(2048)).ToGibibytes(nil)))},
		{"Lazy", awscdk.Lazy_UncachedString(&scopePath{prefix: "resolved-in:"}, nil)},
	}
	config := constructs.NewConstruct(producer, jsii.String("Config"))
	for _, s := range settings {
		awscdk.NewCfnResource(config, jsii.String(s.name), &awscdk.CfnResourceProps{
			Type: jsii.String("AWS::SSM::Parameter"),
			Properties: &map[string]interface{}{
				"Name":  jsii.String("/strata/core/" + s.name),
				"Type":  jsii.String("String"),
				"Value": s.value,
			},
		})
	}

	awscdk.NewCfnRule(producer, jsii.String("ProdRetention"), &awscdk.CfnRuleProps{
		Assertions: &[]*awscdk.CfnRuleAssertion{{
			Assert:            awscdk.Fn_ConditionContains(jsii.Strings("7", "14"), retentionDays.ValueAsString()),
			AssertDescription: jsii.String("prod keeps backups 7 or 14 days"),
		}},
		RuleCondition: awscdk.Fn_ConditionEquals(envName.ValueAsString(), jsii.String("prod")),
	})

	awscdk.NewCfnOutput(producer, jsii.String("TopicArnOutput"), &awscdk.CfnOutputProps{
		Value:       topic.Ref(),
		Description: jsii.String("The events topic"),
		ExportName:  jsii.String("strata-core-topic-arn"),
	})
	awscdk.NewCfnOutput(producer, jsii.String("BackupQueueUrl"), &awscdk.CfnOutputProps{
		Value:     backupQueue.Ref(),
		Condition: createBackup,
	})
	producer.ExportValue(bucket.GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING).ToString(), &awscdk.ExportValueOptions{
		Name: jsii.String("strata-core-bucket-arn"),
	})

	// ------------------------------------------------------------ consumer (env-agnostic)
	consumer := awscdk.NewStack(app, jsii.String("CoreConsumer"), &awscdk.StackProps{
		Description: jsii.String("Strata parity: core features, consumer side"),
	})

	awscdk.NewCfnResource(consumer, jsii.String("Subscription"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SNS::Subscription"),
		Properties: &map[string]interface{}{
			"Endpoint": queue.GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING).ToString(),
			"Protocol": "sqs",
			"TopicArn": topic.Ref(),
		},
	})
	awscdk.NewCfnResource(consumer, jsii.String("QueuePolicy"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SQS::QueuePolicy"),
		Properties: &map[string]interface{}{
			"PolicyDocument": map[string]interface{}{
				"Statement": []interface{}{
					map[string]interface{}{
						"Action": "sqs:SendMessage",
						"Condition": map[string]interface{}{
							"ArnEquals": map[string]interface{}{"aws:SourceArn": topic.Ref()},
						},
						"Effect":    "Allow",
						"Principal": map[string]interface{}{"Service": "sns.amazonaws.com"},
						"Resource":  queue.GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING).ToString(),
					},
				},
				"Version": "2012-10-17",
			},
			"Queues": &[]*string{queue.Ref()},
		},
	})
	awscdk.NewCfnResource(consumer, jsii.String("Imported"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SSM::Parameter"),
		Properties: &map[string]interface{}{
			"Name": "/strata/core/imported",
			"Type": "String",
			"Value": awscdk.Fn_Join(jsii.String(" "), &[]*string{
				awscdk.Fn_ImportValue(jsii.String("strata-core-topic-arn")),
				jsii.String("bucket=" + *bucket.Ref()),
			}),
		},
	})

	// ------------------------------------------------------------ regional (env-specific)
	regional := awscdk.NewStack(app, jsii.String("CoreRegional"), &awscdk.StackProps{
		Env: &awscdk.Environment{
			Account: jsii.String("123456789012"),
			Region:  jsii.String("us-east-1"),
		},
		StackName: jsii.String("strata-core-regional"),
	})
	logs := awscdk.NewCfnResource(regional, jsii.String("Logs"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::Logs::LogGroup"),
		Properties: &map[string]interface{}{
			"LogGroupName":    fmt.Sprintf("/strata/%s/%s", *regional.Region(), *regional.Account()),
			"RetentionInDays": awscdk.Duration_Days(jsii.Number(14)).ToDays(nil),
		},
	})
	logs.ApplyRemovalPolicy(awscdk.RemovalPolicy_DESTROY, nil)
	awscdk.NewCfnResource(regional, jsii.String("Where"), &awscdk.CfnResourceProps{
		Type: jsii.String("AWS::SSM::Parameter"),
		Properties: &map[string]interface{}{
			"Name": "/strata/core/where",
			"Type": "String",
			"Value": strings.Join([]string{
				*regional.Partition(),
				*regional.UrlSuffix(),
				*awscdk.Fn_Select(jsii.Number(0), awscdk.Fn_GetAzs(regional.Region())),
				*regional.FormatArn(&awscdk.ArnComponents{
					ArnFormat:    awscdk.ArnFormat_COLON_RESOURCE_NAME,
					Resource:     jsii.String("log-group"),
					ResourceName: jsii.String("/strata/*"),
					Service:      jsii.String("logs"),
				}),
				*logs.GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING).ToString(),
			}, " "),
		},
	})

	consumer.AddDependency(regional, jsii.String("regional logs come first"))

	// ------------------------------------------------------------ app-wide
	awscdk.Aspects_Of(app).Add(&queueRetention{seconds: awscdk.Duration_Days(jsii.Number(4)).ToSeconds(nil)}, nil)
	awscdk.Aspects_Of(producer).Add(&bucketOwner{owner: "strata"}, &awscdk.AspectOptions{Priority: awscdk.AspectPriority_MUTATING()})
	awscdk.Tags_Of(app).Add(jsii.String("project"), jsii.String("strata"), nil)
	awscdk.Tags_Of(app).Add(jsii.String("suite"), jsii.String("parity"), &awscdk.TagProps{
		IncludeResourceTypes: jsii.Strings("aws:cdk:stack"),
	})
	awscdk.Tags_Of(producer).Add(jsii.String("team"), jsii.String("core"), &awscdk.TagProps{
		IncludeResourceTypes: jsii.Strings("aws:cdk:stack"),
		Priority:             jsii.Number(50),
	})
	awscdk.Tags_Of(regional).Add(jsii.String("team"), jsii.String("edge"), &awscdk.TagProps{
		IncludeResourceTypes: jsii.Strings("aws:cdk:stack"),
		Priority:             jsii.Number(300),
	})
	awscdk.Tags_Of(consumer).Add(jsii.String("scope"), jsii.String("consumer"), &awscdk.TagProps{
		ExcludeResourceTypes: jsii.Strings("AWS::SNS::Subscription"),
		IncludeResourceTypes: jsii.Strings("aws:cdk:stack"),
	})

	app.Synth(nil)
}
