package awslambda_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscodeguruprofiler"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssigner"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// testDestination is the twin's destination object: it lets the function
// send to arn+type and names that as the destination.
type testDestination struct{ arn string }

func (d testDestination) Bind(_ constructs.Construct, fn awslambda.IFunction, options *awslambda.DestinationOptions) *awslambda.DestinationConfig {
	name := map[awslambda.DestinationType]string{awslambda.DestinationType_FAILURE: "Failure", awslambda.DestinationType_SUCCESS: "Success"}[options.Type]
	fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:SendMessage"), Resources: jsii.Strings(d.arn + name)}))
	return &awslambda.DestinationConfig{Destination: jsii.String(d.arn + name)}
}

func alarm(s awscdk.Stack, id string, m awscloudwatch.Metric, threshold, periods float64) {
	awscloudwatch.NewAlarm(s, jsii.String(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: jsii.Number(threshold), EvaluationPeriods: jsii.Number(periods)})
}

// The Go twins of the Vpc, Async and Extras stacks of testdata/twins.js.
var moreTemplateCases = map[string]func(s awscdk.Stack){
	"Vpc": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		a := fn(s, "A", &awslambda.FunctionProps{Vpc: vpc, AllowAllOutbound: jsii.Bool(false)})
		sg := awsec2.NewSecurityGroup(s, jsii.String("Sg"), &awsec2.SecurityGroupProps{Vpc: vpc, Description: jsii.String("given")})
		b := fn(s, "B", &awslambda.FunctionProps{Vpc: vpc, SecurityGroups: &[]awsec2.ISecurityGroup{sg},
			VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}, AllowPublicSubnet: jsii.Bool(true), Ipv6AllowedForDualStack: jsii.Bool(false)})
		a.Connections().AllowTo(b, awsec2.Port_Tcp(jsii.Number(443)), jsii.String("a to b"))
		alarm(s, "Errors", a.MetricErrors(nil), 1, 1)
		alarm(s, "Duration", b.MetricDuration(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1)), Statistic: jsii.String("p99")}), 1000, 2)
		alarm(s, "All", awslambda.Function_MetricAllConcurrentExecutions(nil), 100, 1)
		imp := awslambda.Function_FromFunctionAttributes(s, jsii.String("Imp"), &awslambda.FunctionAttributes{FunctionArn: jsii.String("arn:aws:lambda:us-east-1:123456789012:function:x"),
			SecurityGroup: awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("ImpSg"), jsii.String("sg-0123456789abcdef0"), nil)})
		imp.Connections().AllowFrom(a, awsec2.Port_Tcp(jsii.Number(8080)), jsii.String("a to imported"))
		out(s, "Bound", jsii.String(fmt.Sprint(*a.IsBoundToVpc())+"|"+fmt.Sprint(*imp.IsBoundToVpc())))
	},
	"Async": func(s awscdk.Stack) {
		f := fn(s, "F", &awslambda.FunctionProps{OnFailure: testDestination{"arn:aws:sqs:us-east-1:123456789012:q"},
			OnSuccess: testDestination{"arn:aws:sns:us-east-1:123456789012:t"}, MaxEventAge: awscdk.Duration_Hours(jsii.Number(2)), RetryAttempts: jsii.Number(1)})
		g := fn(s, "G", nil)
		g.ConfigureAsyncInvoke(&awslambda.EventInvokeConfigOptions{RetryAttempts: jsii.Number(0)})
		v := awslambda.NewVersion(s, jsii.String("V"), &awslambda.VersionProps{Lambda: g, OnFailure: testDestination{"arn:aws:sqs:us-east-1:123456789012:v"}})
		al := awslambda.NewAlias(s, jsii.String("Live"), &awslambda.AliasProps{AliasName: jsii.String("live"), Version: v, MaxEventAge: awscdk.Duration_Minutes(jsii.Number(5))})
		awslambda.NewEventInvokeConfig(s, jsii.String("Direct"), &awslambda.EventInvokeConfigProps{Function: f, Qualifier: jsii.String("prod"), RetryAttempts: jsii.Number(2)})
		alarm(s, "AliasErrors", al.MetricErrors(nil), 1, 1)
		alarm(s, "VersionThrottles", v.MetricThrottles(nil), 1, 1)
		out(s, "Qualifiers", jsii.String(*v.Qualifier()+"|"+*al.Qualifier()))
	},
	"Extras": func(s awscdk.Stack) {
		fn(s, "Managed", &awslambda.FunctionProps{RuntimeManagementMode: awslambda.RuntimeManagementMode_Manual(jsii.String("arn:aws:lambda:us-east-1::runtime:abc")),
			TenancyConfig: awslambda.TenancyConfig_PER_TENANT()})
		fn(s, "Auto", &awslambda.FunctionProps{RuntimeManagementMode: awslambda.RuntimeManagementMode_FUNCTION_UPDATE(),
			DurableConfig: &awslambda.DurableConfig{ExecutionTimeout: awscdk.Duration_Hours(jsii.Number(1)), RetentionPeriod: awscdk.Duration_Days(jsii.Number(7))}})
		awslambda.NewFunction(s, jsii.String("Snap"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_JAVA_21(), Handler: jsii.String("app.Handler"),
			Code:      awslambda.Code_FromBucket(awss3.Bucket_FromBucketName(s, jsii.String("B"), jsii.String("code")), jsii.String("j.zip"), nil),
			SnapStart: awslambda.SnapStartConf_ON_PUBLISHED_VERSIONS(), Profiling: jsii.Bool(true)})
		pg := awscodeguruprofiler.ProfilingGroup_FromProfilingGroupName(s, jsii.String("Pg"), jsii.String("shared"))
		awslambda.NewFunction(s, jsii.String("Profiled"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_PYTHON_3_12(), Handler: jsii.String("index.handler"),
			Code: awslambda.Code_FromInline(jsii.String("def handler(e, c):\n  return 1\n")), ProfilingGroup: pg, Environment: &map[string]*string{"KEEP": jsii.String("yes")}})
		vpc := awsec2.Vpc_FromVpcAttributes(s, jsii.String("Imported"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-0123456789abcdef0"),
			AvailabilityZones: jsii.Strings("us-east-1a"), PrivateSubnetIds: jsii.Strings("subnet-0123456789abcdef0")})
		fsSg := awsec2.NewSecurityGroup(s, jsii.String("FsSg"), &awsec2.SecurityGroupProps{Vpc: vpc})
		fn(s, "Mounted", &awslambda.FunctionProps{Vpc: vpc, Filesystem: awslambda.NewFileSystem(&awslambda.FileSystemConfig{
			Arn:            jsii.String("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0"),
			LocalMountPath: jsii.String("/mnt/data"),
			Connections:    awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &[]awsec2.ISecurityGroup{fsSg}}),
			Policies:       &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("elasticfilesystem:ClientMount"), Resources: jsii.Strings("*")})},
		})})
		fn(s, "Extended", &awslambda.FunctionProps{
			InsightsVersion: awslambda.LambdaInsightsVersion_FromInsightVersionArn(jsii.String("arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:60")),
			ParamsAndSecrets: awslambda.ParamsAndSecretsLayerVersion_FromVersionArn(jsii.String("arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:11"),
				&awslambda.ParamsAndSecretsOptions{CacheSize: jsii.Number(500), LogLevel: awslambda.ParamsAndSecretsLogLevel_DEBUG,
					SecretsManagerTtl: awscdk.Duration_Seconds(jsii.Number(60)), ParameterStoreTimeout: awscdk.Duration_Seconds(jsii.Number(2))}),
		})
	},
	"Params": func(s awscdk.Stack) {
		code := awslambda.Code_FromCfnParameters(nil)
		fn(s, "F", &awslambda.FunctionProps{Code: code, CodeSigningConfig: awslambda.CodeSigningConfig_FromCodeSigningConfigArn(s, jsii.String("Csc"),
			jsii.String("arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0"))})
		out(s, "Params", jsii.String(*code.BucketNameParam()+"|"+*code.ObjectKeyParam()))
	},
	"Capacity": func(s awscdk.Stack) {
		vpc := awsec2.Vpc_FromVpcAttributes(s, jsii.String("Vpc"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-0123456789abcdef0"),
			AvailabilityZones: jsii.Strings("us-east-1a", "us-east-1b"), PrivateSubnetIds: jsii.Strings("subnet-0123456789abcdef0", "subnet-0123456789abcdef1")})
		sg := awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("Sg"), jsii.String("sg-0123456789abcdef0"), nil)
		cp := awslambda.NewCapacityProvider(s, jsii.String("Provider"), &awslambda.CapacityProviderProps{SecurityGroups: &[]awsec2.ISecurityGroup{sg},
			Subnets: vpc.PrivateSubnets(), CapacityProviderName: jsii.String("my-provider"), Architectures: &[]awslambda.Architecture{awslambda.Architecture_ARM_64()},
			InstanceTypeFilter: awslambda.InstanceTypeFilter_Allow(&[]awsec2.InstanceType{awsec2.NewInstanceType(jsii.String("m7g.large"))}),
			MaxVCpuCount:       jsii.Number(24), ScalingOptions: awslambda.ScalingOptions_Manual(&[]awslambda.TargetTrackingScalingPolicy{awslambda.TargetTrackingScalingPolicy_CpuUtilization(jsii.Number(70))}),
			PropagateTags: awslambda.PropagateTags_Explicit(&map[string]*string{"a": jsii.String("1"), "b": jsii.String("2")}), SystemLogLevel: awslambda.SystemLogLevel_WARN})
		awslambda.NewCapacityProvider(s, jsii.String("Plain"), &awslambda.CapacityProviderProps{SecurityGroups: &[]awsec2.ISecurityGroup{sg},
			Subnets: &[]awsec2.ISubnet{(*vpc.PrivateSubnets())[0]}, ScalingOptions: awslambda.ScalingOptions_Auto()})
		f := fn(s, "F", nil)
		cp.AddFunction(f, &awslambda.CapacityProviderFunctionOptions{PerExecutionEnvironmentMaxConcurrency: jsii.Number(10), ExecutionEnvironmentMemoryGiBPerVCpu: jsii.Number(4),
			PublishToLatestPublished: jsii.Bool(true), LatestPublishedScalingConfig: &awslambda.LatestPublishedScalingConfig{MinExecutionEnvironments: jsii.Number(1), MaxExecutionEnvironments: jsii.Number(5)}})
		imported := awslambda.CapacityProvider_FromCapacityProviderName(s, jsii.String("Imported"), jsii.String("other"))
		out(s, "Names", jsii.String(*cp.CapacityProviderName()+"|"+*imported.CapacityProviderName()+"|"+*imported.CapacityProviderArn()))
	},
	"Custom": func(s awscdk.Stack) {
		dir, err := os.MkdirTemp("", "custom-")
		if err != nil {
			panic(err)
		}
		fn(s, "F", &awslambda.FunctionProps{Code: awslambda.Code_FromCustomCommand(jsii.String(dir),
			jsii.Strings("sh", "-c", `printf "exports.handler = async () => 1;\n" > "$OUT/index.js"`),
			&awslambda.CustomCommandOptions{CommandOptions: &map[string]interface{}{"env": map[string]string{"OUT": dir}}})})
	},
	"Signing": func(s awscdk.Stack) {
		p := awssigner.NewSigningProfile(s, jsii.String("Profile"), &awssigner.SigningProfileProps{Platform: awssigner.Platform_AWS_LAMBDA_SHA384_ECDSA(), SigningProfileName: jsii.String("prof")})
		q := awssigner.NewSigningProfile(s, jsii.String("Short"), &awssigner.SigningProfileProps{Platform: awssigner.Platform_AWS_LAMBDA_SHA384_ECDSA(), SignatureValidity: awscdk.Duration_Days(jsii.Number(30))})
		imported := awssigner.SigningProfile_FromSigningProfileAttributes(s, jsii.String("Imported"), &awssigner.SigningProfileAttributes{SigningProfileName: jsii.String("other"), SigningProfileVersion: jsii.String("v1")})
		csc := awslambda.NewCodeSigningConfig(s, jsii.String("Csc"), &awslambda.CodeSigningConfigProps{SigningProfiles: &[]awssigner.ISigningProfile{p, q, imported},
			Description: jsii.String("signed"), UntrustedArtifactOnDeployment: awslambda.UntrustedArtifactOnDeployment_ENFORCE})
		awslambda.NewCodeSigningConfig(s, jsii.String("Default"), &awslambda.CodeSigningConfigProps{SigningProfiles: &[]awssigner.ISigningProfile{p}})
		fn(s, "F", &awslambda.FunctionProps{Code: awslambda.Code_FromBucket(awss3.Bucket_FromBucketName(s, jsii.String("B"), jsii.String("code")), jsii.String("f.zip"), jsii.String("v1")),
			CodeSigningConfig: csc})
		out(s, "Ids", jsii.String(*csc.CodeSigningConfigId()+"|"+*imported.SigningProfileArn()))
	},
	"LayerFacts":         layerFacts,
	"LayerFactsRegional": layerFacts,
}

// layerFacts: the AWS-published layers, looked up per region.
func layerFacts(s awscdk.Stack) {
	fn(s, "Insights", &awslambda.FunctionProps{InsightsVersion: awslambda.LambdaInsightsVersion_VERSION_1_0_229_0()})
	fn(s, "InsightsArm", &awslambda.FunctionProps{Architecture: awslambda.Architecture_ARM_64(), InsightsVersion: awslambda.LambdaInsightsVersion_VERSION_1_0_229_0()})
	awslambda.NewFunction(s, jsii.String("AdotPython"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_PYTHON_3_12(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String("def handler(e, c):\n  return 1\n")),
		AdotInstrumentation: &awslambda.AdotInstrumentationConfig{LayerVersion: awslambda.AdotLayerVersion_FromPythonSdkLayerVersion(awslambda.AdotLambdaLayerPythonSdkVersion_LATEST()),
			ExecWrapper: awslambda.AdotLambdaExecWrapper_INSTRUMENT_HANDLER}})
	fn(s, "AdotGeneric", &awslambda.FunctionProps{AdotInstrumentation: &awslambda.AdotInstrumentationConfig{
		LayerVersion: awslambda.AdotLayerVersion_FromGenericLayerVersion(awslambda.AdotLambdaLayerGenericVersion_V0_102_1()), ExecWrapper: awslambda.AdotLambdaExecWrapper_REGULAR_HANDLER}})
	fn(s, "Params", &awslambda.FunctionProps{ParamsAndSecrets: awslambda.ParamsAndSecretsLayerVersion_FromVersion(awslambda.ParamsAndSecretsVersions_V1_0_103, nil)})
}

func TestFunctionMoreTemplates(t *testing.T) {
	checkTemplates(t, moreTemplateCases, func(name string) *awscdk.StackProps {
		if name == "LayerFactsRegional" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("us-east-1")}}
		}
		return nil
	})
}

func init() {
	errorCases["VpcSubnetsWithoutVpc"] = func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}})
	}
	errorCases["PublicSubnet"] = func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{Vpc: awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(1), NatGateways: jsii.Number(0)}),
			VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}})
	}
	errorCases["ConnectionsWithoutVpc"] = func(s awscdk.Stack) { fn(s, "F", nil).Connections() }
	errorCases["AsyncTwice"] = func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{RetryAttempts: jsii.Number(1)}).ConfigureAsyncInvoke(&awslambda.EventInvokeConfigOptions{RetryAttempts: jsii.Number(2)})
	}
	errorCases["MaxEventAge"] = func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{MaxEventAge: awscdk.Duration_Hours(jsii.Number(7))})
	}
	errorCases["SnapStartNode"] = func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{SnapStart: awslambda.SnapStartConf_ON_PUBLISHED_VERSIONS()})
	}
	errorCases["ProfilingNode"] = func(s awscdk.Stack) { fn(s, "F", &awslambda.FunctionProps{Profiling: jsii.Bool(true)}) }
	errorCases["MountPath"] = func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{Filesystem: awslambda.NewFileSystem(&awslambda.FileSystemConfig{Arn: jsii.String("arn"), LocalMountPath: jsii.String("/data")})})
	}
	errorCases["DurableTimeout"] = func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{DurableConfig: &awslambda.DurableConfig{ExecutionTimeout: awscdk.Duration_Days(jsii.Number(400))}})
	}
	errorCases["CapacityVCpus"] = func(s awscdk.Stack) {
		awslambda.NewCapacityProvider(s, jsii.String("P"), &awslambda.CapacityProviderProps{
			SecurityGroups: &[]awsec2.ISecurityGroup{awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("Sg"), jsii.String("sg-0123456789abcdef0"), nil)},
			Subnets:        &[]awsec2.ISubnet{awsec2.Subnet_FromSubnetId(s, jsii.String("Sn"), jsii.String("subnet-0123456789abcdef0"))}, MaxVCpuCount: jsii.Number(4)})
	}
	errorCases["CustomCommandFails"] = func(s awscdk.Stack) {
		awslambda.Code_FromCustomCommand(jsii.String("out"), jsii.Strings("sh", "-c", "echo oops >&2; exit 3"), nil)
	}
	errorCases["AdotPythonWrapper"] = func(s awscdk.Stack) {
		awslambda.NewFunction(s, jsii.String("F"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_PYTHON_3_12(), Handler: jsii.String("i.h"), Code: awslambda.Code_FromInline(jsii.String("x")),
			AdotInstrumentation: &awslambda.AdotInstrumentationConfig{LayerVersion: awslambda.AdotLayerVersion_FromPythonSdkLayerVersion(awslambda.AdotLambdaLayerPythonSdkVersion_LATEST()),
				ExecWrapper: awslambda.AdotLambdaExecWrapper_REGULAR_HANDLER}})
	}
	errorCases["ParamsCacheSize"] = func(s awscdk.Stack) {
		fn(s, "F", &awslambda.FunctionProps{ParamsAndSecrets: awslambda.ParamsAndSecretsLayerVersion_FromVersionArn(jsii.String("arn"),
			&awslambda.ParamsAndSecretsOptions{CacheSize: jsii.Number(5000)})})
	}
}
