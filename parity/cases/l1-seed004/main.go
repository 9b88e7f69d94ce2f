// Command l1-seed004 builds seed 004's cache tier entirely from L1s, as that
// program does (ElastiCache has no L2), next to L1 buckets, queues, a
// security group and a role, wired together with Attr* and Ref().
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticache"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type CacheStackProps struct {
	awscdk.StackProps
	VpcId     string
	SubnetIds []string
}

func NewCacheStack(scope constructs.Construct, id string, props *CacheStackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, &props.StackProps)

	sg := awsec2.NewCfnSecurityGroup(stack, jsii.String("CacheSecurityGroup"), &awsec2.CfnSecurityGroupProps{
		GroupDescription: jsii.String("Redis access from the app tier"),
		VpcId:            jsii.String(props.VpcId),
		SecurityGroupIngress: &[]interface{}{
			&awsec2.CfnSecurityGroup_IngressProperty{
				IpProtocol:  jsii.String("tcp"),
				FromPort:    jsii.Number(6379),
				ToPort:      jsii.Number(6379),
				CidrIp:      jsii.String("10.0.0.0/16"),
				Description: jsii.String("redis"),
			},
		},
		Tags: &[]*awscdk.CfnTag{{Key: jsii.String("tier"), Value: jsii.String("cache")}},
	})

	subnetIDs := make([]interface{}, len(props.SubnetIds))
	for i, s := range props.SubnetIds {
		subnetIDs[i] = jsii.String(s)
	}
	subnetGroup := awselasticache.NewCfnSubnetGroup(stack, jsii.String("RedisSubnetGroup"), &awselasticache.CfnSubnetGroupProps{
		Description:          jsii.String("Subnets for the redis cluster"),
		SubnetIds:            &subnetIDs,
		CacheSubnetGroupName: jsii.String("seed004-redis-subnets"),
	})

	paramGroup := awselasticache.NewCfnParameterGroup(stack, jsii.String("RedisParameterGroup"), &awselasticache.CfnParameterGroupProps{
		CacheParameterGroupFamily: jsii.String("redis7"),
		Description:               jsii.String("Redis 7 parameters"),
		Properties: &map[string]*string{
			"maxmemory-policy": jsii.String("allkeys-lru"),
			"cluster-enabled":  jsii.String("no"),
		},
	})

	slowLog := awslogs.NewCfnLogGroup(stack, jsii.String("RedisSlowLog"), &awslogs.CfnLogGroupProps{
		LogGroupName:    jsii.String("/seed004/redis/slow-log"),
		RetentionInDays: jsii.Number(14),
	})
	engineLog := awslogs.NewCfnLogGroup(stack, jsii.String("RedisEngineLog"), &awslogs.CfnLogGroupProps{
		LogGroupName:    jsii.String("/seed004/redis/engine-log"),
		RetentionInDays: jsii.Number(14),
	})

	redis := awselasticache.NewCfnReplicationGroup(stack, jsii.String("Redis"), &awselasticache.CfnReplicationGroupProps{
		ReplicationGroupDescription: jsii.String("seed004 cache"),
		Engine:                      jsii.String("redis"),
		EngineVersion:               jsii.String("7.1"),
		CacheNodeType:               jsii.String("cache.t4g.micro"),
		NumCacheClusters:            jsii.Number(2),
		AutomaticFailoverEnabled:    jsii.Bool(true),
		MultiAzEnabled:              jsii.Bool(true),
		AtRestEncryptionEnabled:     jsii.Bool(true),
		TransitEncryptionEnabled:    jsii.Bool(true),
		CacheSubnetGroupName:        subnetGroup.Ref(),
		CacheParameterGroupName:     paramGroup.Ref(),
		SecurityGroupIds:            &[]*string{sg.AttrGroupId()},
		LogDeliveryConfigurations: &[]interface{}{
			&awselasticache.CfnReplicationGroup_LogDeliveryConfigurationRequestProperty{
				DestinationType: jsii.String("cloudwatch-logs"),
				LogFormat:       jsii.String("json"),
				LogType:         jsii.String("slow-log"),
				DestinationDetails: &awselasticache.CfnReplicationGroup_DestinationDetailsProperty{
					CloudWatchLogsDetails: &awselasticache.CfnReplicationGroup_CloudWatchLogsDestinationDetailsProperty{
						LogGroup: slowLog.Ref(),
					},
				},
			},
			&awselasticache.CfnReplicationGroup_LogDeliveryConfigurationRequestProperty{
				DestinationType: jsii.String("cloudwatch-logs"),
				LogFormat:       jsii.String("text"),
				LogType:         jsii.String("engine-log"),
				DestinationDetails: &awselasticache.CfnReplicationGroup_DestinationDetailsProperty{
					CloudWatchLogsDetails: &awselasticache.CfnReplicationGroup_CloudWatchLogsDestinationDetailsProperty{
						LogGroup: engineLog.Ref(),
					},
				},
			},
		},
		Tags: &[]*awscdk.CfnTag{{Key: jsii.String("tier"), Value: jsii.String("cache")}},
	})
	redis.AddDependency(subnetGroup)
	redis.AddDependency(paramGroup)
	redis.ApplyRemovalPolicy(awscdk.RemovalPolicy_SNAPSHOT, nil)

	bucket := awss3.NewCfnBucket(stack, jsii.String("Uploads"), &awss3.CfnBucketProps{
		BucketEncryption: &awss3.CfnBucket_BucketEncryptionProperty{
			ServerSideEncryptionConfiguration: &[]interface{}{
				&awss3.CfnBucket_ServerSideEncryptionRuleProperty{
					BucketKeyEnabled: jsii.Bool(true),
					ServerSideEncryptionByDefault: &awss3.CfnBucket_ServerSideEncryptionByDefaultProperty{
						SseAlgorithm: jsii.String("AES256"),
					},
				},
			},
		},
		CorsConfiguration: &awss3.CfnBucket_CorsConfigurationProperty{
			CorsRules: &[]interface{}{
				&awss3.CfnBucket_CorsRuleProperty{
					AllowedMethods: jsii.Strings("GET", "PUT"),
					AllowedOrigins: jsii.Strings("https://app.example.com"),
					AllowedHeaders: jsii.Strings("*"),
					MaxAge:         jsii.Number(3000),
				},
			},
		},
		LifecycleConfiguration: &awss3.CfnBucket_LifecycleConfigurationProperty{
			Rules: &[]interface{}{
				&awss3.CfnBucket_RuleProperty{
					Id:               jsii.String("expire-tmp"),
					Status:           jsii.String("Enabled"),
					Prefix:           jsii.String("tmp/"),
					ExpirationInDays: jsii.Number(7),
				},
				&awss3.CfnBucket_RuleProperty{
					Id:     jsii.String("archive"),
					Status: jsii.String("Enabled"),
					Transitions: &[]interface{}{
						&awss3.CfnBucket_TransitionProperty{StorageClass: jsii.String("GLACIER"), TransitionInDays: jsii.Number(90)},
					},
					AbortIncompleteMultipartUpload: &awss3.CfnBucket_AbortIncompleteMultipartUploadProperty{DaysAfterInitiation: jsii.Number(3)},
				},
			},
		},
		PublicAccessBlockConfiguration: &awss3.CfnBucket_PublicAccessBlockConfigurationProperty{
			BlockPublicAcls: jsii.Bool(true), BlockPublicPolicy: jsii.Bool(true),
			IgnorePublicAcls: jsii.Bool(true), RestrictPublicBuckets: jsii.Bool(true),
		},
		VersioningConfiguration: &awss3.CfnBucket_VersioningConfigurationProperty{Status: jsii.String("Enabled")},
		Tags: &[]*awscdk.CfnTag{
			{Key: jsii.String("tier"), Value: jsii.String("storage")},
			{Key: jsii.String("app"), Value: jsii.String("seed004")},
		},
	})

	dlq := awssqs.NewCfnQueue(stack, jsii.String("JobsDlq"), &awssqs.CfnQueueProps{
		MessageRetentionPeriod: jsii.Number(1209600),
	})
	jobs := awssqs.NewCfnQueue(stack, jsii.String("Jobs"), &awssqs.CfnQueueProps{
		VisibilityTimeout: jsii.Number(120),
		RedrivePolicy: map[string]interface{}{
			"deadLetterTargetArn": dlq.AttrArn(),
			"maxReceiveCount":     5,
		},
	})

	role := awsiam.NewCfnRole(stack, jsii.String("WorkerRole"), &awsiam.CfnRoleProps{
		AssumeRolePolicyDocument: map[string]interface{}{
			"Version": "2012-10-17",
			"Statement": []interface{}{
				map[string]interface{}{
					"Effect":    "Allow",
					"Principal": map[string]interface{}{"Service": "lambda.amazonaws.com"},
					"Action":    "sts:AssumeRole",
				},
			},
		},
		ManagedPolicyArns: &[]interface{}{"arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"},
		Policies: &[]interface{}{
			&awsiam.CfnRole_PolicyProperty{
				PolicyName: jsii.String("work"),
				PolicyDocument: map[string]interface{}{
					"Version": "2012-10-17",
					"Statement": []interface{}{
						map[string]interface{}{"Effect": "Allow", "Action": []string{"s3:GetObject", "s3:PutObject"}, "Resource": awscdk.Fn_Join(jsii.String(""), &[]*string{bucket.AttrArn(), jsii.String("/*")})},
						map[string]interface{}{"Effect": "Allow", "Action": "sqs:*", "Resource": []*string{jobs.AttrArn(), dlq.AttrArn()}},
					},
				},
			},
		},
	})

	awscdk.NewCfnOutput(stack, jsii.String("RedisEndpoint"), &awscdk.CfnOutputProps{Value: redis.AttrPrimaryEndPointAddress()})
	awscdk.NewCfnOutput(stack, jsii.String("RedisPort"), &awscdk.CfnOutputProps{Value: redis.AttrPrimaryEndPointPort()})
	awscdk.NewCfnOutput(stack, jsii.String("BucketName"), &awscdk.CfnOutputProps{Value: bucket.Ref()})
	awscdk.NewCfnOutput(stack, jsii.String("JobsUrl"), &awscdk.CfnOutputProps{Value: jobs.Ref()})
	awscdk.NewCfnOutput(stack, jsii.String("RoleArn"), &awscdk.CfnOutputProps{Value: role.AttrArn()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewCacheStack(app, "Seed004CacheStack", &CacheStackProps{
		StackProps: awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("us-east-1")}},
		VpcId:      "vpc-0abc1234",
		SubnetIds:  []string{"subnet-0aaa1111", "subnet-0bbb2222"},
	})
	app.Synth(nil)
}
