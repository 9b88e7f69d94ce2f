package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticache"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssam"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

// TestL1StackMatchesAwsCdkLib synthesizes L1s of several services (nested
// property types, tags in props, from Tags_Of and set late on an
// ITaggableV2, references given where a string is expected, factories,
// attributes of every kind, a transform) and compares the template with the
// one aws-cdk-lib 2.276.0 writes for testdata/l1stack/app.js, the same
// program in JavaScript (testdata/regen.sh).
func TestL1StackMatchesAwsCdkLib(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := awscdk.NewStack(app, jsii.String("L1Stack"), nil)

	key := awskms.NewCfnKey(stack, jsii.String("Key"), &awskms.CfnKeyProps{
		KeyPolicy: map[string]interface{}{
			"Statement": []interface{}{map[string]interface{}{"Action": "kms:*", "Effect": "Allow", "Principal": map[string]interface{}{"AWS": "*"}, "Resource": "*"}},
			"Version":   "2012-10-17",
		},
		EnableKeyRotation: jsii.Bool(true),
	})

	bucket := awss3.NewCfnBucket(stack, jsii.String("Bucket"), &awss3.CfnBucketProps{
		BucketName: jsii.String("strata-l1-bucket"),
		CorsConfiguration: &awss3.CfnBucket_CorsConfigurationProperty{
			CorsRules: []interface{}{
				&awss3.CfnBucket_CorsRuleProperty{AllowedMethods: jsii.Strings("GET", "PUT"), AllowedOrigins: jsii.Strings("https://example.com"),
					AllowedHeaders: jsii.Strings("*"), MaxAge: jsii.Number(3000), Id: jsii.String("web")},
				&awss3.CfnBucket_CorsRuleProperty{AllowedMethods: jsii.Strings("HEAD"), AllowedOrigins: jsii.Strings("*"), ExposedHeaders: jsii.Strings("ETag")},
			},
		},
		LifecycleConfiguration: &awss3.CfnBucket_LifecycleConfigurationProperty{
			Rules: &[]interface{}{
				&awss3.CfnBucket_RuleProperty{
					Id:               jsii.String("logs"),
					Status:           jsii.String("Enabled"),
					Prefix:           jsii.String("logs/"),
					ExpirationInDays: jsii.Number(30),
					Transitions:      []interface{}{&awss3.CfnBucket_TransitionProperty{StorageClass: jsii.String("GLACIER"), TransitionInDays: jsii.Number(7)}},
					NoncurrentVersionExpiration: &awss3.CfnBucket_NoncurrentVersionExpirationProperty{
						NoncurrentDays: jsii.Number(10), NewerNoncurrentVersions: jsii.Number(2)},
					AbortIncompleteMultipartUpload: &awss3.CfnBucket_AbortIncompleteMultipartUploadProperty{DaysAfterInitiation: jsii.Number(1)},
				},
				&awss3.CfnBucket_RuleProperty{Id: jsii.String("tagged"), Status: jsii.String("Disabled"),
					TagFilters:       &[]*awss3.CfnBucket_TagFilterProperty{{Key: jsii.String("tier"), Value: jsii.String("cold")}},
					ExpirationInDays: jsii.Number(365)},
			},
		},
		BucketEncryption: &awss3.CfnBucket_BucketEncryptionProperty{
			ServerSideEncryptionConfiguration: []interface{}{
				&awss3.CfnBucket_ServerSideEncryptionRuleProperty{
					ServerSideEncryptionByDefault: &awss3.CfnBucket_ServerSideEncryptionByDefaultProperty{SseAlgorithm: jsii.String("aws:kms"), KmsMasterKeyId: key.AttrArn()},
					BucketKeyEnabled:              jsii.Bool(true),
				},
			},
		},
		VersioningConfiguration: &awss3.CfnBucket_VersioningConfigurationProperty{Status: jsii.String("Enabled")},
		PublicAccessBlockConfiguration: &awss3.CfnBucket_PublicAccessBlockConfigurationProperty{
			BlockPublicAcls: jsii.Bool(true), BlockPublicPolicy: jsii.Bool(true), IgnorePublicAcls: jsii.Bool(true), RestrictPublicBuckets: jsii.Bool(true)},
		ObjectLockEnabled: jsii.Bool(false),
		Tags:              &[]*awscdk.CfnTag{{Key: jsii.String("team"), Value: jsii.String("storage")}, {Key: jsii.String("cost"), Value: jsii.String("42")}},
	})
	bucket.ApplyRemovalPolicy(awscdk.RemovalPolicy_RETAIN, nil)
	bucket.SetAccelerateConfiguration(&awss3.CfnBucket_AccelerateConfigurationProperty{AccelerationStatus: jsii.String("Enabled")})

	dlq := awssqs.NewCfnQueue(stack, jsii.String("DeadLetters"), &awssqs.CfnQueueProps{MessageRetentionPeriod: jsii.Number(1209600)})
	awssqs.NewCfnQueue(stack, jsii.String("Queue"), &awssqs.CfnQueueProps{
		VisibilityTimeout: jsii.Number(60),
		RedrivePolicy:     map[string]interface{}{"deadLetterTargetArn": dlq.AttrArn(), "maxReceiveCount": 5},
		FifoQueue:         jsii.Bool(false),
	})

	vpc := awsec2.NewCfnVPC(stack, jsii.String("Vpc"), &awsec2.CfnVPCProps{CidrBlock: jsii.String("10.0.0.0/16"), EnableDnsSupport: jsii.Bool(true)})
	subnet := awsec2.NewCfnSubnet(stack, jsii.String("Subnet"), &awsec2.CfnSubnetProps{VpcId: vpc, CidrBlock: jsii.String("10.0.1.0/24")})
	awsec2.NewCfnSecurityGroup(stack, jsii.String("Sg"), &awsec2.CfnSecurityGroupProps{
		GroupDescription: jsii.String("web"),
		VpcId:            vpc.AttrVpcId(),
		SecurityGroupIngress: []interface{}{
			&awsec2.CfnSecurityGroup_IngressProperty{IpProtocol: jsii.String("tcp"), FromPort: jsii.Number(443), ToPort: jsii.Number(443), CidrIp: jsii.String("0.0.0.0/0"), Description: jsii.String("https")},
			&awsec2.CfnSecurityGroup_IngressProperty{IpProtocol: jsii.String("-1"), SourceSecurityGroupId: jsii.String("sg-12345678")},
		},
		SecurityGroupEgress: []interface{}{&awsec2.CfnSecurityGroup_EgressProperty{IpProtocol: jsii.String("-1"), CidrIp: jsii.String("0.0.0.0/0")}},
	})
	importedVpc := awsec2.CfnVPC_FromVpcId(stack, jsii.String("ImportedVpc"), jsii.String("vpc-0123456789"))
	awsec2.NewCfnSecurityGroup(stack, jsii.String("ImportedSg"), &awsec2.CfnSecurityGroupProps{GroupDescription: jsii.String("in imported vpc"), VpcId: importedVpc})

	role := awsiam.NewCfnRole(stack, jsii.String("Role"), &awsiam.CfnRoleProps{
		AssumeRolePolicyDocument: map[string]interface{}{
			"Statement": []interface{}{map[string]interface{}{"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": map[string]interface{}{"Service": "lambda.amazonaws.com"}}},
			"Version":   "2012-10-17",
		},
		ManagedPolicyArns: &[]interface{}{jsii.String("arn:aws:iam::aws:policy/ReadOnlyAccess")},
		Policies: []interface{}{&awsiam.CfnRole_PolicyProperty{PolicyName: jsii.String("queues"), PolicyDocument: map[string]interface{}{
			"Statement": []interface{}{map[string]interface{}{"Action": "sqs:*", "Effect": "Allow", "Resource": dlq.AttrArn()}},
			"Version":   "2012-10-17",
		}}},
		MaxSessionDuration: jsii.Number(3600),
	})

	subnetGroup := awselasticache.NewCfnSubnetGroup(stack, jsii.String("CacheSubnets"), &awselasticache.CfnSubnetGroupProps{
		Description: jsii.String("cache subnets"),
		SubnetIds:   &[]interface{}{subnet, jsii.String("subnet-0abc")},
	})
	subnetGroup.AddResourceDependency(role, nil)

	signing := awslambda.NewCfnCodeSigningConfig(stack, jsii.String("Signing"), &awslambda.CfnCodeSigningConfigProps{
		AllowedPublishers: &awslambda.CfnCodeSigningConfig_AllowedPublishersProperty{
			SigningProfileVersionArns: jsii.Strings("arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/v1")},
		Tags: &[]*awscdk.CfnTag{{Key: jsii.String("origin"), Value: jsii.String("props")}},
	})
	signing.SetTags(&[]*awscdk.CfnTag{{Key: jsii.String("origin"), Value: jsii.String("setter")}})

	awssam.NewCfnFunction(stack, jsii.String("Function"), &awssam.CfnFunctionProps{
		CodeUri: &awssam.CfnFunction_S3LocationProperty{Bucket: jsii.String("code-bucket"), Key: jsii.String("fn.zip")},
		Handler: jsii.String("index.handler"),
		Runtime: jsii.String("nodejs24.x"),
		Role:    role.AttrArn(),
	})

	awscdk.Tags_Of(stack).Add(jsii.String("app"), jsii.String("strata"), nil)
	awscdk.Tags_Of(stack).Add(jsii.String("cost"), jsii.String("tagged"), &awscdk.TagProps{
		IncludeResourceTypes: jsii.Strings("AWS::S3::Bucket"), Priority: jsii.Number(10)})

	imported := awss3.CfnBucket_FromBucketName(stack, jsii.String("Imported"), jsii.String("other-bucket"))
	awscdk.NewCfnOutput(stack, jsii.String("ImportedArn"), &awscdk.CfnOutputProps{Value: awss3.CfnBucket_ArnForBucket(imported)})
	awscdk.NewCfnOutput(stack, jsii.String("BucketArn"), &awscdk.CfnOutputProps{Value: bucket.AttrArn()})
	awscdk.NewCfnOutput(stack, jsii.String("BucketRefName"), &awscdk.CfnOutputProps{Value: bucket.BucketRef().BucketName})
	awscdk.NewCfnOutput(stack, jsii.String("FirstIpv6"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Select(jsii.Number(0), vpc.AttrIpv6CidrBlocks())})
	awscdk.NewCfnOutput(stack, jsii.String("VpcArn"), &awscdk.CfnOutputProps{Value: awsec2.CfnVPC_ArnForVPC(vpc)})

	got := normalize(t, app.Synth(nil).GetStackArtifact(stack.ArtifactId()).Template())
	want := normalize(t, readJSON(t, filepath.Join("testdata", "l1stack", "expected.template.json")))
	for _, section := range []string{"Transform", "Resources", "Outputs", "Parameters", "Rules"} {
		if !reflect.DeepEqual(got[section], want[section]) {
			t.Errorf("%s differs from aws-cdk-lib's:\n%s", section, diff(got[section], want[section]))
		}
	}
}

// TestMissingRequiredProperty: a required property left out, at the top
// level or in a nested property type, fails synth with the construct path,
// the resource type and the property.
func TestMissingRequiredProperty(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := awscdk.NewStack(app, jsii.String("Bad"), nil)
	awselasticache.NewCfnSubnetGroup(stack, jsii.String("Subnets"), &awselasticache.CfnSubnetGroupProps{
		SubnetIds: &[]interface{}{jsii.String("subnet-1")},
	})
	awss3.NewCfnBucket(stack, jsii.String("Bucket"), &awss3.CfnBucketProps{
		CorsConfiguration: &awss3.CfnBucket_CorsConfigurationProperty{CorsRules: []interface{}{
			&awss3.CfnBucket_CorsRuleProperty{AllowedOrigins: jsii.Strings("*")},
		}},
	})
	msg := synthError(t, app)
	for _, want := range []string{
		"Bad/Subnets", "AWS::ElastiCache::SubnetGroup", "Description",
		"Bad/Bucket", "AWS::S3::Bucket", "AllowedMethods",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("synth error does not mention %q:\n%s", want, msg)
		}
	}
}

// TestWrongReferenceType: a value that is neither a string nor the
// reference a `string | IXxxRef` property takes is reported at synth.
func TestWrongReferenceType(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := awscdk.NewStack(app, jsii.String("Bad"), nil)
	bucket := awss3.NewCfnBucket(stack, jsii.String("Bucket"), nil)
	awsec2.NewCfnSecurityGroup(stack, jsii.String("Sg"), &awsec2.CfnSecurityGroupProps{
		GroupDescription: jsii.String("d"),
		VpcId:            bucket, // a bucket is no IVPCRef
	})
	msg := synthError(t, app)
	for _, want := range []string{"[Bad/Sg] AWS::EC2::SecurityGroup: property vpcId should be one of ec2.IVPCRef | string, got the construct Bad/Bucket"} {
		if !strings.Contains(msg, want) {
			t.Errorf("synth error does not mention %q:\n%s", want, msg)
		}
	}
}

// TestWrongValueType: values that Go's types cannot rule out (interface{}
// fields) are checked against the jsii type at synth; tokens pass anywhere.
func TestWrongValueType(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := awscdk.NewStack(app, jsii.String("Bad"), nil)
	awssqs.NewCfnQueue(stack, jsii.String("Queue"), &awssqs.CfnQueueProps{
		FifoQueue:                 jsii.String("true"),                                  // should be a boolean
		ContentBasedDeduplication: awscdk.Token_AsAny(jsii.String("${Token[TOKEN.1]}")), // a token: fine
	})
	awss3.NewCfnBucket(stack, jsii.String("Bucket"), &awss3.CfnBucketProps{
		CorsConfiguration: &awss3.CfnBucket_CorsConfigurationProperty{CorsRules: []interface{}{
			&awss3.CfnBucket_CorsRuleProperty{AllowedMethods: jsii.Strings("GET"), AllowedOrigins: jsii.Strings("*")},
			&awss3.CfnBucket_TagFilterProperty{Key: jsii.String("k"), Value: jsii.String("v")}, // not a CORS rule
		}},
		VersioningConfiguration: "Enabled", // should be a property type
	})
	msg := synthError(t, app)
	for _, want := range []string{
		"[Bad/Queue] AWS::SQS::Queue: property FifoQueue should be a boolean, got string \"true\"",
		"[Bad/Bucket] AWS::S3::Bucket: property CorsConfiguration.CorsRules[1] should be a CfnBucket_CorsRuleProperty, got awss3.CfnBucket_TagFilterProperty",
		"property VersioningConfiguration should be a CfnBucket_VersioningConfigurationProperty, got string \"Enabled\"",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("synth error does not mention %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "ContentBasedDeduplication") || strings.Contains(msg, "CorsRules[0]") {
		t.Errorf("synth error reports a valid value:\n%s", msg)
	}
}

// TestStatefulInsideL2: a stateful L1 (CfnBucket) whose scope is a
// Resource (an L2) must be given a removal policy, as aws-cdk-lib requires.
func TestStatefulInsideL2(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := awscdk.NewStack(app, jsii.String("S"), nil)
	l2 := awscdk.NewResource(stack, jsii.String("L2"), nil)
	awss3.NewCfnBucket(l2, jsii.String("Resource"), nil)
	msg := synthError(t, app)
	if want := "[S/L2/Resource] 'AWS::S3::Bucket' is a stateful resource type, and you must specify a Removal Policy for it. Call 'resource.applyRemovalPolicy()'."; !strings.Contains(msg, want) {
		t.Errorf("synth error does not say %q:\n%s", want, msg)
	}

	app = awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack = awscdk.NewStack(app, jsii.String("S"), nil)
	l2 = awscdk.NewResource(stack, jsii.String("L2"), nil)
	awss3.NewCfnBucket(l2, jsii.String("Resource"), nil).ApplyRemovalPolicy(awscdk.RemovalPolicy_DESTROY, nil)
	awss3.NewCfnBucket(stack, jsii.String("Plain"), nil) // not inside an L2: no policy needed
	app.Synth(nil)
}

// TestFactories: the fromXxx statics return Resources living in the
// environment of their ARN, with the reference aws-cdk-lib builds.
func TestFactories(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}})
	fn := awslambda.CfnFunction_FromFunctionArn(stack, jsii.String("Fn"), jsii.String("arn:aws:lambda:us-east-2:222222222222:function:my-fn"))
	if got := *fn.FunctionRef().FunctionName; got != "my-fn" {
		t.Errorf("FunctionName = %q, want my-fn", got)
	}
	if env := fn.Env(); *env.Account != "222222222222" || *env.Region != "us-east-2" {
		t.Errorf("Env() = %s/%s, want the ARN's 222222222222/us-east-2", *env.Account, *env.Region)
	}
	if !*awscdk.Resource_IsResource(fn) {
		t.Error("an imported function is not a Resource")
	}
	if stack.Node().FindChild(jsii.String("Fn")) != fn {
		t.Error("the tree does not hand out the imported function")
	}
	if got := *awslambda.CfnFunction_ArnForFunction(fn); got != "arn:aws:lambda:us-east-2:222222222222:function:my-fn" {
		t.Errorf("ArnForFunction = %q", got)
	}
	vpc := awsec2.CfnVPC_FromVpcId(stack, jsii.String("Vpc"), jsii.String("vpc-1"))
	if env := vpc.Env(); *env.Account != "111111111111" || *env.Region != "eu-west-1" {
		t.Errorf("Env() = %s/%s, want the stack's", *env.Account, *env.Region)
	}
	if got := *awsec2.CfnVPC_ArnForVPC(vpc); got != "arn:${Token[AWS.Partition.8]}:ec2:eu-west-1:111111111111:vpc/vpc-1" && !strings.HasSuffix(got, ":ec2:eu-west-1:111111111111:vpc/vpc-1") {
		t.Errorf("ArnForVPC = %q", got)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "does not match template") {
			t.Errorf("a malformed ARN: got %v, want a 'does not match template' panic", r)
		}
	}()
	awslambda.CfnFunction_FromFunctionArn(stack, jsii.String("Bad"), jsii.String("arn:aws:s3:::bucket"))
}

// TestOverride: NewCfnX_Override makes a struct embedding CfnX the CfnX,
// as jsii's subclassing constructors do; Tags_Of and the tree see the struct.
func TestOverride(t *testing.T) {
	type myBucket struct {
		awss3.CfnBucket
		extra string
	}
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := awscdk.NewStack(app, jsii.String("S"), nil)
	b := &myBucket{extra: "x"}
	awss3.NewCfnBucket_Override(b, stack, jsii.String("Mine"), &awss3.CfnBucketProps{BucketName: jsii.String("mine")})
	if *b.BucketName() != "mine" {
		t.Fatalf("BucketName() = %v", *b.BucketName())
	}
	if child := stack.Node().FindChild(jsii.String("Mine")); child != b {
		t.Errorf("the tree hands out %T, want the overriding *myBucket", child)
	}
	if !*awss3.CfnBucket_IsCfnBucket(b) {
		t.Error("CfnBucket_IsCfnBucket(override) = false")
	}
}

func synthError(t *testing.T, app awscdk.App) (msg string) {
	t.Helper()
	defer func() {
		r := recover()
		if r == nil {
			t.Fatal("synth succeeded, want an error")
		}
		msg = fmt.Sprint(r)
	}()
	app.Synth(nil)
	return ""
}

func readJSON(t *testing.T, path string) interface{} {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v interface{}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// normalize turns a template into plain JSON values.
func normalize(t *testing.T, v interface{}) map[string]interface{} {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]interface{}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// diff lists the paths where got and want differ.
func diff(got, want interface{}) string {
	var out []string
	var walk func(path string, g, w interface{})
	walk = func(path string, g, w interface{}) {
		gm, gok := g.(map[string]interface{})
		wm, wok := w.(map[string]interface{})
		if gok && wok {
			keys := map[string]bool{}
			for k := range gm {
				keys[k] = true
			}
			for k := range wm {
				keys[k] = true
			}
			var ks []string
			for k := range keys {
				ks = append(ks, k)
			}
			sort.Strings(ks)
			for _, k := range ks {
				walk(path+"."+k, gm[k], wm[k])
			}
			return
		}
		if !reflect.DeepEqual(g, w) {
			gj, _ := json.Marshal(g)
			wj, _ := json.Marshal(w)
			out = append(out, fmt.Sprintf("  %s: got %s, want %s", path, gj, wj))
		}
	}
	walk("", got, want)
	return strings.Join(out, "\n")
}
