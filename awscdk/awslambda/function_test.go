package awslambda_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

var inline = awslambda.Code_FromInline(jsii.String(`exports.handler = async () => "hello";`))

func node22(p *awslambda.FunctionProps) *awslambda.FunctionProps {
	if p == nil {
		p = &awslambda.FunctionProps{}
	}
	if p.Runtime == nil {
		p.Runtime = awslambda.Runtime_NODEJS_22_X()
	}
	if p.Handler == nil {
		p.Handler = jsii.String("index.handler")
	}
	if p.Code == nil {
		p.Code = inline
	}
	return p
}

func fn(s awscdk.Stack, id string, p *awslambda.FunctionProps) awslambda.Function {
	return awslambda.NewFunction(s, jsii.String(id), node22(p))
}

func service(name string) awsiam.ServicePrincipal {
	return awsiam.NewServicePrincipal(jsii.String(name), nil)
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Basic": func(s awscdk.Stack) {
		f := awslambda.NewFunction(s, jsii.String("Fn"), &awslambda.FunctionProps{
			Runtime:                      awslambda.Runtime_NODEJS_22_X(),
			Handler:                      jsii.String("index.handler"),
			Code:                         inline,
			Description:                  jsii.String("says hello"),
			FunctionName:                 jsii.String("hello-fn"),
			MemorySize:                   jsii.Number(256),
			Timeout:                      awscdk.Duration_Seconds(jsii.Number(30)),
			Architecture:                 awslambda.Architecture_ARM_64(),
			ReservedConcurrentExecutions: jsii.Number(5),
			Tracing:                      awslambda.Tracing_ACTIVE,
			Environment:                  &map[string]*string{"BETA": jsii.String("b"), "ALPHA": jsii.String("a")},
			InitialPolicy: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("arn:aws:s3:::bucket/*")})},
			RecursiveLoop:        awslambda.RecursiveLoop_TERMINATE,
			EphemeralStorageSize: awscdk.Size_Mebibytes(jsii.Number(1024)),
		})
		f.AddEnvironment(jsii.String("GAMMA"), jsii.String("c"), nil)
		f.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:SendMessage"), Resources: jsii.Strings("*")}))
		f.AddPermission(jsii.String("FromSns"), &awslambda.Permission{Principal: service("sns.amazonaws.com"), SourceArn: jsii.String("arn:aws:sns:us-east-1:123456789012:topic")})
		f.AddPermission(jsii.String("FromAccount"), &awslambda.Permission{Principal: awsiam.NewAccountPrincipal(jsii.String("123456789012")), Action: jsii.String("lambda:GetFunction")})
		f.AddPermission(jsii.String("FromOrg"), &awslambda.Permission{Principal: awsiam.NewOrganizationPrincipal(jsii.String("o-abcdefghij12"))})
		f.AddPermission(jsii.String("FromArn"), &awslambda.Permission{Principal: awsiam.NewArnPrincipal(jsii.String("arn:aws:iam::123456789012:role/caller"))})
		f.AddPermission(jsii.String("Conditional"), &awslambda.Permission{Principal: service("s3.amazonaws.com").WithConditions(&map[string]interface{}{
			"ArnLike": map[string]interface{}{"aws:SourceArn": "arn:aws:s3:::b"}, "StringEquals": map[string]interface{}{"aws:SourceAccount": "123456789012"}})})
		caller := awsiam.NewRole(s, jsii.String("Caller"), &awsiam.RoleProps{AssumedBy: service("ec2.amazonaws.com")})
		f.GrantInvoke(caller)
		f.GrantInvoke(caller)
		f.GrantInvoke(service("events.amazonaws.com"))
		f.GrantInvokeLatestVersion(service("apigateway.amazonaws.com"))
		out(s, "Arn", f.FunctionArn())
		out(s, "Name", f.FunctionName())
		out(s, "Info", jsii.String(fmt.Sprintf("%s|%s|%v", *f.Runtime().Name(), *f.Architecture().Name(), *f.Timeout().ToSeconds(nil))))
	},
	"Runtimes": func(s awscdk.Stack) {
		bucket := awss3.Bucket_FromBucketName(s, jsii.String("Code"), jsii.String("code-bucket"))
		awslambda.NewFunction(s, jsii.String("Python"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_PYTHON_3_13(), Handler: jsii.String("index.handler"),
			Code: awslambda.Code_FromInline(jsii.String("def handler(e, c):\n  return 1\n"))})
		awslambda.NewFunction(s, jsii.String("Java"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_JAVA_21(), Handler: jsii.String("app.Handler"),
			Code: awslambda.Code_FromBucket(bucket, jsii.String("java.zip"), jsii.String("v1"))})
		awslambda.NewFunction(s, jsii.String("Provided"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_PROVIDED_AL2023(), Handler: jsii.String("bootstrap"),
			Code: awslambda.Code_FromBucketV2(bucket, jsii.String("go.zip"), &awslambda.BucketOptions{ObjectVersion: jsii.String("v2")})})
		awslambda.NewFunction(s, jsii.String("Ruby"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_RUBY_3_4(), Handler: jsii.String("app.handler"),
			Code: awslambda.Code_FromBucket(bucket, jsii.String("ruby.zip"), nil)})
		fn(s, "Latest", &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_LATEST()})
	},
	"Roles": func(s awscdk.Stack) {
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: service("lambda.amazonaws.com")})
		a := fn(s, "Given", &awslambda.FunctionProps{Role: role, InitialPolicy: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("dynamodb:GetItem"), Resources: jsii.Strings("*")})}})
		a.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("dynamodb:PutItem"), Resources: jsii.Strings("*")}))
		imported := awsiam.Role_FromRoleArn(s, jsii.String("Imported"), jsii.String("arn:aws:iam::123456789012:role/existing"), nil)
		b := fn(s, "ImportedRole", &awslambda.FunctionProps{Role: imported})
		b.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:ListBucket"), Resources: jsii.Strings("*")}))
		c := fn(s, "Tokens", nil)
		c.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("arn:aws:s3:::literal/*")}))
		c.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:PutObject"),
			Resources: awscdk.NewCfnParameter(s, jsii.String("Arns"), &awscdk.CfnParameterProps{Type: jsii.String("CommaDelimitedList")}).ValueAsList()}))
	},
	"DeadLetters": func(s awscdk.Stack) {
		fn(s, "Created", &awslambda.FunctionProps{DeadLetterQueueEnabled: jsii.Bool(true)})
		q := awssqs.NewQueue(s, jsii.String("Queue"), nil)
		fn(s, "GivenQueue", &awslambda.FunctionProps{DeadLetterQueue: q})
		t := awssns.NewTopic(s, jsii.String("Topic"), nil)
		fn(s, "GivenTopic", &awslambda.FunctionProps{DeadLetterTopic: t})
	},
	"Logging": func(s awscdk.Stack) {
		lg := awslogs.NewLogGroup(s, jsii.String("Logs"), &awslogs.LogGroupProps{Retention: awslogs.RetentionDays_ONE_WEEK})
		fn(s, "WithGroup", &awslambda.FunctionProps{LogGroup: lg})
		fn(s, "Json", &awslambda.FunctionProps{LoggingFormat: awslambda.LoggingFormat_JSON, ApplicationLogLevelV2: awslambda.ApplicationLogLevel_DEBUG,
			SystemLogLevelV2: awslambda.SystemLogLevel_WARN})
		fn(s, "Text", &awslambda.FunctionProps{LogFormat: jsii.String("Text")})
		fn(s, "Async", &awslambda.FunctionProps{MaxEventAge: awscdk.Duration_Hours(jsii.Number(1)), RetryAttempts: jsii.Number(0)})
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		fn(s, "Encrypted", &awslambda.FunctionProps{Environment: &map[string]*string{"SECRET": jsii.String("x")}, EnvironmentEncryption: key})
	},
	"Versions": func(s awscdk.Stack) {
		f := fn(s, "Fn", nil)
		v1 := awslambda.NewVersion(s, jsii.String("V1"), &awslambda.VersionProps{Lambda: f, Description: jsii.String("first"), ProvisionedConcurrentExecutions: jsii.Number(2)})
		v2 := awslambda.NewVersion(s, jsii.String("V2"), &awslambda.VersionProps{Lambda: f, RemovalPolicy: awscdk.RemovalPolicy_RETAIN, CodeSha256: jsii.String("abc")})
		live := v2.AddAlias(jsii.String("live"), nil)
		canary := awslambda.NewAlias(s, jsii.String("Canary"), &awslambda.AliasProps{AliasName: jsii.String("canary"), Version: v1, Description: jsii.String("canary"),
			AdditionalVersions: &[]*awslambda.VersionWeight{{Version: v2, Weight: jsii.Number(0.25)}}})
		caller := awsiam.NewRole(s, jsii.String("Caller"), &awsiam.RoleProps{AssumedBy: service("ec2.amazonaws.com")})
		live.GrantInvoke(caller)
		canary.GrantInvoke(service("events.amazonaws.com"))
		v1.AddPermission(jsii.String("FromS3"), &awslambda.Permission{Principal: service("s3.amazonaws.com")})
		f.GrantInvokeVersion(caller, v1)
		imported := awslambda.Version_FromVersionArn(s, jsii.String("ImportedVersion"), jsii.String("arn:aws:lambda:us-east-1:123456789012:function:other:7"))
		out(s, "Live", live.FunctionArn())
		out(s, "LiveName", live.FunctionName())
		out(s, "V1Info", jsii.String(*v1.FunctionArn()+"|"+*v1.FunctionName()+"|"+*v1.Version()))
		out(s, "ImportedOut", jsii.String(*imported.FunctionArn()+"|"+*imported.FunctionName()+"|"+*imported.Version()))
	},
	"Imports": func(s awscdk.Stack) {
		caller := awsiam.NewRole(s, jsii.String("Caller"), &awsiam.RoleProps{AssumedBy: service("ec2.amazonaws.com")})
		same := awslambda.Function_FromFunctionArn(s, jsii.String("Same"), jsii.String("arn:aws:lambda:us-east-1:111111111111:function:same"))
		same.GrantInvoke(service("events.amazonaws.com"))
		same.GrantInvoke(caller)
		other := awslambda.Function_FromFunctionArn(s, jsii.String("Other"), jsii.String("arn:aws:lambda:us-east-1:222222222222:function:other"))
		other.AddPermission(jsii.String("Ignored"), &awslambda.Permission{Principal: service("s3.amazonaws.com")})
		byName := awslambda.Function_FromFunctionName(s, jsii.String("ByName"), jsii.String("named"))
		byName.AddPermission(jsii.String("Allowed"), &awslambda.Permission{Principal: service("s3.amazonaws.com")})
		withRole := awslambda.Function_FromFunctionAttributes(s, jsii.String("WithRole"), &awslambda.FunctionAttributes{
			FunctionArn:     jsii.String("arn:aws:lambda:us-east-1:222222222222:function:with-role"),
			Role:            awsiam.Role_FromRoleArn(s, jsii.String("ItsRole"), jsii.String("arn:aws:iam::222222222222:role/fn-role"), nil),
			SameEnvironment: jsii.Bool(true),
		})
		withRole.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")}))
		withRole.AddPermission(jsii.String("Allowed"), &awslambda.Permission{Principal: awsiam.NewAccountPrincipal(jsii.String("333333333333"))})
		for _, c := range []struct {
			id string
			f  awslambda.IFunction
		}{{"Same", same}, {"Other", other}, {"ByName", byName}, {"WithRole", withRole}} {
			out(s, c.id+"Out", jsii.String(*c.f.FunctionArn()+"|"+*c.f.FunctionName()+"|"+*c.f.Env().Account+"|"+*c.f.Env().Region))
		}
	},
	"Singleton": func(s awscdk.Stack) {
		py := func(id string) awslambda.SingletonFunction {
			return awslambda.NewSingletonFunction(s, jsii.String(id), &awslambda.SingletonFunctionProps{Uuid: jsii.String("f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc"),
				Runtime: awslambda.Runtime_PYTHON_3_13(), Handler: jsii.String("index.handler"), Code: awslambda.Code_FromInline(jsii.String("def handler(e, c): pass"))})
		}
		a, b := py("A"), py("B")
		a.AddPermission(jsii.String("Invoke"), &awslambda.Permission{Principal: service("s3.amazonaws.com")})
		b.GrantInvoke(service("events.amazonaws.com"))
		awslambda.NewSingletonFunction(s, jsii.String("C"), &awslambda.SingletonFunctionProps{Uuid: jsii.String("other-uuid"), LambdaPurpose: jsii.String("Purpose"),
			Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"), Code: inline, Timeout: awscdk.Duration_Minutes(jsii.Number(1))})
		out(s, "Same", jsii.String(fmt.Sprint(*a.FunctionArn() == *b.FunctionArn())))
	},
	"Layers": func(s awscdk.Stack) {
		bucket := awss3.Bucket_FromBucketName(s, jsii.String("Code"), jsii.String("code-bucket"))
		layer := awslambda.NewLayerVersion(s, jsii.String("Shared"), &awslambda.LayerVersionProps{
			Code:                    awslambda.Code_FromBucket(bucket, jsii.String("layer.zip"), jsii.String("v3")),
			CompatibleRuntimes:      &[]awslambda.Runtime{awslambda.Runtime_NODEJS_22_X(), awslambda.Runtime_NODEJS_20_X()},
			CompatibleArchitectures: &[]awslambda.Architecture{awslambda.Architecture_X86_64(), awslambda.Architecture_ARM_64()},
			Description:             jsii.String("shared code"), License: jsii.String("MIT"), LayerVersionName: jsii.String("shared"), RemovalPolicy: awscdk.RemovalPolicy_RETAIN,
		})
		layer.AddPermission(jsii.String("Account"), &awslambda.LayerVersionPermission{AccountId: jsii.String("123456789012")})
		layer.AddPermission(jsii.String("Org"), &awslambda.LayerVersionPermission{AccountId: jsii.String("*"), OrganizationId: jsii.String("o-abcdefghij12")})
		imported := awslambda.LayerVersion_FromLayerVersionArn(s, jsii.String("Imported"), jsii.String("arn:aws:lambda:us-east-1:123456789012:layer:ext:4"))
		f := fn(s, "Fn", &awslambda.FunctionProps{Layers: &[]awslambda.ILayerVersion{layer}})
		f.AddLayers(imported)
	},
}

func init() {
	templateCases["Assets"] = func(s awscdk.Stack) {
		code := awslambda.Code_FromAsset(jsii.String("testdata/handler"), nil)
		layer := awslambda.NewLayerVersion(s, jsii.String("Layer"), &awslambda.LayerVersionProps{Code: awslambda.Code_FromAsset(jsii.String("testdata/layer"), nil),
			CompatibleRuntimes: &[]awslambda.Runtime{awslambda.Runtime_NODEJS_22_X()}})
		fn(s, "One", &awslambda.FunctionProps{Code: code, Layers: &[]awslambda.ILayerVersion{layer}})
		fn(s, "Two", &awslambda.FunctionProps{Code: code, Architecture: awslambda.Architecture_ARM_64()})
	}
}

func init() {
	templateCases["CurrentVersion"] = func(s awscdk.Stack) {
		bucket := awss3.Bucket_FromBucketName(s, jsii.String("Code"), jsii.String("code-bucket"))
		f := fn(s, "Fn", &awslambda.FunctionProps{Environment: &map[string]*string{"ALPHA": jsii.String("a"), "BETA": jsii.String("b")},
			MemorySize: jsii.Number(512), Timeout: awscdk.Duration_Seconds(jsii.Number(10)), ReservedConcurrentExecutions: jsii.Number(2)})
		f.AddEnvironment(jsii.String("AARDVARK"), jsii.String("z"), nil)
		alias := f.AddAlias(jsii.String("prod"), nil)
		alias.GrantInvoke(service("events.amazonaws.com"))
		out(s, "Version", f.CurrentVersion().Version())
		layer := awslambda.NewLayerVersion(s, jsii.String("Layer"), &awslambda.LayerVersionProps{Code: awslambda.Code_FromBucket(bucket, jsii.String("layer.zip"), jsii.String("v1")),
			CompatibleRuntimes: &[]awslambda.Runtime{awslambda.Runtime_NODEJS_22_X()}, Description: jsii.String("a layer")})
		imported := awslambda.LayerVersion_FromLayerVersionAttributes(s, jsii.String("Imported"), &awslambda.LayerVersionAttributes{
			LayerVersionArn:    jsii.String("arn:aws:lambda:us-east-1:123456789012:layer:ext:4"),
			CompatibleRuntimes: &[]awslambda.Runtime{awslambda.Runtime_NODEJS_22_X(), awslambda.Runtime_PYTHON_3_13()}})
		withLayers := fn(s, "WithLayers", &awslambda.FunctionProps{Code: awslambda.Code_FromBucket(bucket, jsii.String("fn.zip"), jsii.String("v9")),
			Layers: &[]awslambda.ILayerVersion{layer, imported}, Tracing: awslambda.Tracing_ACTIVE,
			CurrentVersionOptions: &awslambda.VersionOptions{RemovalPolicy: awscdk.RemovalPolicy_RETAIN, Description: jsii.String("current")}})
		withLayers.InvalidateVersionBasedOn(jsii.String("2024-01-01"))
		withLayers.CurrentVersion()
		p := awscdk.NewCfnParameter(s, jsii.String("LayerArn"), nil)
		tokenLayer := awslambda.LayerVersion_FromLayerVersionAttributes(s, jsii.String("TokenLayer"), &awslambda.LayerVersionAttributes{LayerVersionArn: p.ValueAsString(),
			CompatibleRuntimes: &[]awslambda.Runtime{awslambda.Runtime_NODEJS_22_X()}})
		third := fn(s, "Third", &awslambda.FunctionProps{Layers: &[]awslambda.ILayerVersion{tokenLayer}, Architecture: awslambda.Architecture_ARM_64()})
		third.AddAlias(jsii.String("live"), &awslambda.AliasOptions{Description: jsii.String("live alias")})
	}
}

func init() {
	templateCases["VersionUpgrade"] = func(s awscdk.Stack) {
		fn(s, "Plain", nil)
		fn(s, "Described", &awslambda.FunctionProps{Description: jsii.String("my fn"), MemorySize: jsii.Number(256)})
		awscdk.Aspects_Of(s).Add(awslambda.NewFunctionVersionUpgrade(jsii.String("@aws-cdk/aws-lambda:recognizeVersionProps"), nil), nil)
		awscdk.Aspects_Of(s).Add(awslambda.NewFunctionVersionUpgrade(jsii.String("@aws-cdk/aws-lambda:recognizeLayerVersion"), jsii.Bool(false)), nil)
	}
}

func TestFunctionTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Imports" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}}
		}
		return nil
	})
}

var errorCases = map[string]func(s awscdk.Stack){
	"NameTooLong": func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{FunctionName: jsii.String(strings.Repeat("x", 65))})
	},
	"NameInvalid": func(s awscdk.Stack) { fn(s, "F", &awslambda.FunctionProps{FunctionName: jsii.String("has space")}) },
	"DescriptionTooLong": func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{Description: jsii.String(strings.Repeat("d", 257))})
	},
	"ReservedEnvironment": func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{Environment: &map[string]*string{"AWS_REGION": jsii.String("x")}})
	},
	"InlineJava": func(s awscdk.Stack) { fn(s, "F", &awslambda.FunctionProps{Runtime: awslambda.Runtime_JAVA_21()}) },
	"TooManyLayers": func(s awscdk.Stack) {
		var layers []awslambda.ILayerVersion
		for i := 0; i < 6; i++ {
			layers = append(layers, awslambda.LayerVersion_FromLayerVersionArn(s, jsii.String(fmt.Sprint("L", i)),
				jsii.String(fmt.Sprintf("arn:aws:lambda:us-east-1:123456789012:layer:l%d:1", i))))
		}
		fn(s, "F", &awslambda.FunctionProps{Layers: &layers})
	},
	"IncompatibleLayer": func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{Layers: &[]awslambda.ILayerVersion{awslambda.LayerVersion_FromLayerVersionAttributes(s, jsii.String("L"),
			&awslambda.LayerVersionAttributes{LayerVersionArn: jsii.String("arn:aws:lambda:us-east-1:123456789012:layer:py:1"),
				CompatibleRuntimes: &[]awslambda.Runtime{awslambda.Runtime_PYTHON_3_13()}})}})
	},
	"QueueAndTopic": func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{DeadLetterQueueEnabled: jsii.Bool(true), DeadLetterTopic: awssns.NewTopic(s, jsii.String("T"), nil)})
	},
	"BothLogFormats": func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{LogFormat: jsii.String("JSON"), LoggingFormat: awslambda.LoggingFormat_JSON})
	},
	"LevelWithoutJson": func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{ApplicationLogLevelV2: awslambda.ApplicationLogLevel_INFO})
	},
	"LogRemovalWithFlag": func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{LogRemovalPolicy: awscdk.RemovalPolicy_DESTROY})
	},
	"EphemeralStorage": func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{EphemeralStorageSize: awscdk.Size_Mebibytes(jsii.Number(100))})
	},
	"AliasWeight": func(s awscdk.Stack) {
		v := awslambda.NewVersion(s, jsii.String("V"), &awslambda.VersionProps{Lambda: fn(s, "F", nil)})
		awslambda.NewAlias(s, jsii.String("A"), &awslambda.AliasProps{AliasName: jsii.String("a"), Version: v,
			AdditionalVersions: &[]*awslambda.VersionWeight{{Version: v, Weight: jsii.Number(1.5)}}})
	},
	"InvalidPrincipal": func(s awscdk.Stack) {
		fn(s, "F", nil).AddPermission(jsii.String("P"), &awslambda.Permission{Principal: awsiam.NewCanonicalUserPrincipal(jsii.String("abc"))})
	},
	"UnsupportedCondition": func(s awscdk.Stack) {
		fn(s, "F", nil).AddPermission(jsii.String("P"), &awslambda.Permission{Principal: service("s3.amazonaws.com").WithConditions(&map[string]interface{}{
			"StringLike": map[string]interface{}{"aws:SourceArn": "x"}})})
	},
	"LayerWithInlineCode": func(s awscdk.Stack) {
		awslambda.NewLayerVersion(s, jsii.String("L"), &awslambda.LayerVersionProps{Code: inline})
	},
	"LayerOrgWithoutStar": func(s awscdk.Stack) {
		awslambda.LayerVersion_FromLayerVersionArn(s, jsii.String("L"), jsii.String("arn:aws:lambda:us-east-1:123456789012:layer:l:1")).
			AddPermission(jsii.String("P"), &awslambda.LayerVersionPermission{AccountId: jsii.String("123456789012"), OrganizationId: jsii.String("o-1")})
	},
	"GrantOnOtherAccount": func(s awscdk.Stack) {
		caller := awsiam.NewRole(s, jsii.String("Caller"), &awsiam.RoleProps{AssumedBy: service("ec2.amazonaws.com")})
		awslambda.Function_FromFunctionArn(s, jsii.String("Other"), jsii.String("arn:aws:lambda:us-east-1:222222222222:function:other")).GrantInvoke(caller)
	},
	"AsyncRetries": func(s awscdk.Stack) { fn(s, "F", &awslambda.FunctionProps{RetryAttempts: jsii.Number(3)}) },
}

// TestFunctionErrors: aws-cdk-lib's messages. Where aws-cdk-lib throws
// without a construct (inline code for a runtime that takes none), Strata
// names the function; the expectation then has no path to compare.
func TestFunctionErrors(t *testing.T) {
	checkErrors(t, errorCases, fixTestdata)
}

// TestInlineCodeLimits: errors Strata adds where aws-cdk-lib accepts the
// program and the deployment fails.
func TestInlineCodeLimits(t *testing.T) {
	for name, c := range map[string]struct {
		code string
		want string
	}{
		"empty":    {"", "[S/F] Lambda inline code cannot be empty"},
		"too long": {strings.Repeat("x", 1<<20+1), "[S/F] Lambda inline code is 1048577 bytes, more than the 1 MB a CloudFormation template may hold (1048576 bytes): put the code in a directory or .zip file and use Code_FromAsset"},
	} {
		t.Run(name, func(t *testing.T) {
			err := synthErr(t, func(app awscdk.App) {
				s := awscdk.NewStack(app, jsii.String("S"), nil)
				fn(s, "F", &awslambda.FunctionProps{Code: awslambda.Code_FromInline(jsii.String(c.code))})
			})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// TestRuntimes: every runtime aws-cdk-lib 2.276.0 predefines, in its order,
// with its name and properties (from the jsii assembly and runtime.js).
func TestRuntimes(t *testing.T) {
	var got []string
	for _, r := range *awslambda.Runtime_ALL() {
		got = append(got, fmt.Sprintf("%s/%s/%v%v%v%v", *r.Name(), r.Family(), b(r.SupportsInlineCode()), b(r.SupportsCodeGuruProfiling()), b(r.SupportsSnapStart()), b(r.IsVariable())))
	}
	if len(got) < 52 {
		t.Fatalf("%d runtimes, want 52", len(got))
	}
	want := []string{"nodejs/NODEJS/1000", "nodejs4.3/NODEJS/1000"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("runtime %d = %s, want %s", i, got[i], want[i])
		}
	}
	checks := map[string]string{
		"NODEJS_LATEST": "nodejs24.x/NODEJS/1001", "PYTHON_3_13": "python3.13/PYTHON/1110", "JAVA_21": "java21/JAVA/0110",
		"DOTNET_8": "dotnet8/DOTNET_CORE/0010", "PROVIDED_AL2023": "provided.al2023/OTHER/0000", "FROM_IMAGE": "FROM_IMAGE//0000",
	}
	for name, w := range map[string]awslambda.Runtime{"NODEJS_LATEST": awslambda.Runtime_NODEJS_LATEST(), "PYTHON_3_13": awslambda.Runtime_PYTHON_3_13(),
		"JAVA_21": awslambda.Runtime_JAVA_21(), "DOTNET_8": awslambda.Runtime_DOTNET_8(), "PROVIDED_AL2023": awslambda.Runtime_PROVIDED_AL2023(),
		"FROM_IMAGE": awslambda.Runtime_FROM_IMAGE()} {
		g := fmt.Sprintf("%s/%s/%v%v%v%v", *w.Name(), w.Family(), b(w.SupportsInlineCode()), b(w.SupportsCodeGuruProfiling()), b(w.SupportsSnapStart()), b(w.IsVariable()))
		if g != checks[name] {
			t.Errorf("Runtime_%s = %s, want %s", name, g, checks[name])
		}
	}
}

func b(x *bool) int {
	if *x {
		return 1
	}
	return 0
}

// TestGrantInvokeVersionPermission: granting a service the invocation of a
// version defined in the app adds a permission on the function. Its logical
// ID hashes the version number, a token whose text embeds aws-cdk-lib's
// global token counter, so that ID cannot match aws-cdk-lib's; everything
// else does.
func TestGrantInvokeVersionPermission(t *testing.T) {
	ctx := map[string]interface{}{}
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	f := fn(s, "Fn", nil)
	v := awslambda.NewVersion(s, jsii.String("V1"), &awslambda.VersionProps{Lambda: f})
	f.GrantInvokeVersion(service("sns.amazonaws.com"), v)
	tmpl := app.Synth(nil).GetStackArtifact(s.ArtifactId()).Template().(map[string]interface{})
	found := 0
	for id, r := range tmpl["Resources"].(map[string]interface{}) {
		r := r.(map[string]interface{})
		if r["Type"] != "AWS::Lambda::Permission" {
			continue
		}
		found++
		p := fmt.Sprint(r["Properties"])
		if !strings.HasPrefix(id, "FnInvoke") || !strings.Contains(p, "Principal:sns.amazonaws.com") || !strings.Contains(p, "Action:lambda:InvokeFunction") {
			t.Errorf("permission %s = %s", id, p)
		}
	}
	if found != 1 {
		t.Errorf("%d permissions, want 1", found)
	}
}

// TestAssetMetadata: under the CLI's context, functions and layers with
// asset code carry the asset metadata aws-cdk-lib writes (values taken from
// a twin run with the CLI context).
func TestAssetMetadata(t *testing.T) {
	ctx := cdkctx.InitContext()
	for k, v := range cdkctx.CLIContext() {
		ctx[k] = v
	}
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
	s := awscdk.NewStack(app, jsii.String("Assets"), nil)
	layer := awslambda.NewLayerVersion(s, jsii.String("Layer"), &awslambda.LayerVersionProps{Code: awslambda.Code_FromAsset(jsii.String("testdata/layer"), nil),
		CompatibleRuntimes: &[]awslambda.Runtime{awslambda.Runtime_NODEJS_22_X()}})
	fn(s, "One", &awslambda.FunctionProps{Code: awslambda.Code_FromAsset(jsii.String("testdata/handler"), nil), Layers: &[]awslambda.ILayerVersion{layer}})
	res := app.Synth(nil).GetStackArtifact(s.ArtifactId()).Template().(map[string]interface{})["Resources"].(map[string]interface{})
	for id, want := range map[string]string{
		"LayerB20D2F06": `{"aws:cdk:path":"Assets/Layer/Resource","aws:asset:path":"asset.67b7c3e4ae243238c7736327990b45456b3d9fb88dd41ebf13a4552657773340","aws:asset:is-bundled":false,"aws:asset:property":"Content"}`,
		"One8A44B909":   `{"aws:cdk:path":"Assets/One/Resource","aws:asset:path":"asset.0995090046a3e585342b4d83bc7119b5f358c34558d4a5d9b09204c452bb48ff","aws:asset:is-bundled":false,"aws:asset:property":"Code"}`,
	} {
		r, ok := res[id].(map[string]interface{})
		if !ok {
			t.Errorf("no resource %s", id)
			continue
		}
		var w interface{}
		json.Unmarshal([]byte(want), &w)
		if !reflect.DeepEqual(r["Metadata"], w) {
			g, _ := json.Marshal(r["Metadata"])
			t.Errorf("%s metadata = %s, want %s", id, g, want)
		}
	}
}
