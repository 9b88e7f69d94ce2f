package awsstepfunctionstasks_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	tasks "github.com/strata-cdk/strata/awscdk/awsstepfunctionstasks"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the sfntb block of testdata/twins.js: EvaluateExpression,
// CallAwsServiceCrossRegion, the EventBridge Scheduler and Bedrock tasks.

const dedicatedEvalFlag = "@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction"

var sfntbTemplateCases = map[string]func(s awscdk.Stack){
	"EvalDedicated": func(s awscdk.Stack) {
		a := tasks.NewEvaluateExpression(s, str("Sum"), &tasks.EvaluateExpressionProps{Expression: str("$.a + $.b"), ResultPath: str("$.sum")})
		b := tasks.NewEvaluateExpression(s, str("Arm"), &tasks.EvaluateExpressionProps{Expression: str("`${$.name}-${$[0].x}` + $.a"),
			Runtime: awslambda.Runtime_NODEJS_20_X(), Architecture: awslambda.Architecture_ARM_64()})
		c := tasks.NewEvaluateExpression(s, str("Plain"), &tasks.EvaluateExpressionProps{Expression: str("[1, 2].map(x => x / 2)"), Comment: str("no paths")})
		machine(s, a.Next(b).Next(c), nil)
	},
	"EvalShared": func(s awscdk.Stack) {
		s.Node().SetContext(str(dedicatedEvalFlag), false)
		a := tasks.NewEvaluateExpression(s, str("A"), &tasks.EvaluateExpressionProps{Expression: str("$.x * 2")})
		b := tasks.NewEvaluateExpression(s, str("B"), &tasks.EvaluateExpressionProps{Expression: str("$.y.length")})
		c := tasks.NewEvaluateExpression(s, str("C"), &tasks.EvaluateExpressionProps{Expression: str("$.z"),
			Runtime: awslambda.Runtime_NODEJS_22_X(), Architecture: awslambda.Architecture_ARM_64()})
		machine(s, a.Next(b).Next(c), nil)
	},
	"XrCalls": func(s awscdk.Stack) {
		a := tasks.NewCallAwsServiceCrossRegion(s, str("List"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("listBuckets"),
			Region: str("us-west-2"), IamResources: jsii.Strings("*")})
		b := tasks.NewCallAwsServiceCrossRegion(s, str("Get"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("getObject"),
			Region: str("eu-west-1"), IamResources: jsii.Strings("arn:aws:s3:::b/*"),
			Parameters: &map[string]interface{}{"Bucket": "b", "Key": sfn.JsonPath_StringAt(str("$.key"))}, Endpoint: str("https://s3.eu-west-1.amazonaws.com"),
			ResultPath:              str("$.obj"),
			AdditionalIamStatements: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("kms:Decrypt"), Resources: jsii.Strings("*")})}})
		c := tasks.NewCallAwsServiceCrossRegion(s, str("Sfn"), &tasks.CallAwsServiceCrossRegionProps{Service: str("sfn"), Action: str("listExecutions"),
			Region: sfn.JsonPath_StringAt(str("$.region")), IamResources: jsii.Strings("*"), RetryOnServiceExceptions: jsii.Bool(false),
			IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN, Parameters: &map[string]interface{}{"Token": sfn.JsonPath_TaskToken()}})
		d := tasks.CallAwsServiceCrossRegion_Jsonata(s, str("Nata"), &tasks.CallAwsServiceCrossRegionJsonataProps{Service: str("cloudwatch-logs"),
			Action: str("describeLogGroups"), Region: str("{% $states.input.region %}"), IamResources: jsii.Strings("*"), IamAction: str("logs:DescribeLogGroups"),
			Parameters: &map[string]interface{}{"Limit": 5}, Outputs: "{% $states.result %}"})
		e := tasks.CallAwsServiceCrossRegion_JsonPath(s, str("Path"), &tasks.CallAwsServiceCrossRegionJsonPathProps{Service: str("mwaa"), Action: str("listEnvironments"),
			Region: str("us-east-2"), IamResources: jsii.Strings("*"), OutputPath: str("$.Environments")})
		machine(s, a.Next(b).Next(c).Next(d).Next(e), nil)
	},
}

var sfntbErrorCases = map[string]func(s awscdk.Stack){
	"EvalPlainString": func(s awscdk.Stack) {
		tasks.NewEvaluateExpression(s, str("T"), &tasks.EvaluateExpressionProps{Expression: str(`"name: $.name"`)})
	},
	"EvalTemplateText": func(s awscdk.Stack) {
		tasks.NewEvaluateExpression(s, str("T"), &tasks.EvaluateExpressionProps{Expression: str("`${$.a} and $.b`")})
	},
	"EvalRuntime": func(s awscdk.Stack) {
		tasks.NewEvaluateExpression(s, str("T"), &tasks.EvaluateExpressionProps{Expression: str("$.a"), Runtime: awslambda.Runtime_PYTHON_3_12()})
	},
	"EvalSharedRuntime": func(s awscdk.Stack) {
		s.Node().SetContext(str(dedicatedEvalFlag), false)
		tasks.NewEvaluateExpression(s, str("T"), &tasks.EvaluateExpressionProps{Expression: str("$.a"), Runtime: awslambda.Runtime_PYTHON_3_12()})
	},
	"XrRunJob": func(s awscdk.Stack) {
		tasks.NewCallAwsServiceCrossRegion(s, str("T"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("listBuckets"), Region: str("r"),
			IamResources: jsii.Strings("*"), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
	},
	"XrAction": func(s awscdk.Stack) {
		tasks.NewCallAwsServiceCrossRegion(s, str("T"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("ListBuckets"), Region: str("r"),
			IamResources: jsii.Strings("*")})
	},
}

// The error cases join TestErrors, which checks every entry of the shared
// errors.json.
func init() {
	for name, build := range sfntbErrorCases {
		errorCases[name] = build
	}
}

func TestSfntbTemplates(t *testing.T) {
	golden.CheckTemplates(t, sfntbTemplateCases, func(string) *awscdk.StackProps { return nil }, ownHandlers)
}

var assetKey = regexp.MustCompile(`"S3Key": "([0-9a-f]{64})\.zip"`)

// ownHandlers puts the assets of Strata's handlers where aws-cdk-lib's
// template names its own, pairing the distinct asset keys of both
// templates in order of first appearance: the one place the templates may
// differ.
func ownHandlers(t *testing.T, want, got []byte) []byte {
	distinct := func(b []byte) []string {
		var keys []string
		seen := map[string]bool{}
		for _, m := range assetKey.FindAllSubmatch(b, -1) {
			if k := string(m[1]); !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		return keys
	}
	theirs, ours := distinct(want), distinct(got)
	if len(theirs) != len(ours) {
		return want
	}
	out := string(want)
	for i := range theirs {
		out = regexp.MustCompile(theirs[i]).ReplaceAllLiteralString(out, ours[i])
	}
	return []byte(out)
}

// Nil props (or a missing required prop) stop with an error naming the
// construct path, never a Go panic trace.
func TestSfntbNilProps(t *testing.T) {
	for name, build := range sfntbNilCases {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, str("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), "[S/T]") || !strings.Contains(err.Error(), "required") {
				t.Fatalf("got %v; want an error at S/T naming what is required", err)
			}
		})
	}
}

var sfntbNilCases = map[string]func(s awscdk.Stack){
	"EvaluateExpression":        func(s awscdk.Stack) { tasks.NewEvaluateExpression(s, str("T"), nil) },
	"EvaluateExpressionEmpty":   func(s awscdk.Stack) { tasks.NewEvaluateExpression(s, str("T"), &tasks.EvaluateExpressionProps{}) },
	"CallAwsServiceCrossRegion": func(s awscdk.Stack) { tasks.NewCallAwsServiceCrossRegion(s, str("T"), nil) },
	"CrossRegionJsonata":        func(s awscdk.Stack) { tasks.CallAwsServiceCrossRegion_Jsonata(s, str("T"), nil) },
	"CrossRegionNoRegion": func(s awscdk.Stack) {
		tasks.NewCallAwsServiceCrossRegion(s, str("T"), &tasks.CallAwsServiceCrossRegionProps{Service: str("s3"), Action: str("listBuckets"), IamResources: jsii.Strings("*")})
	},
}
