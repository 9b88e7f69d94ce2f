package awslambda_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/jsii"
)

// TestFunctionUrls: IAM and public URLs with CORS and streaming, an
// alias's URL and GrantInvokeUrl, as aws-cdk-lib writes them.
func TestFunctionUrls(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){
		"FunctionUrls": func(s awscdk.Stack) {
			iamFn := fn(s, "Iam", nil)
			url := iamFn.AddFunctionUrl(nil)
			caller := awsiam.NewRole(s, jsii.String("Caller"), &awsiam.RoleProps{AssumedBy: service("ec2.amazonaws.com")})
			url.GrantInvokeUrl(caller)
			pub := fn(s, "Public", nil)
			pubURL := pub.AddFunctionUrl(&awslambda.FunctionUrlOptions{
				AuthType: awslambda.FunctionUrlAuthType_NONE,
				Cors: &awslambda.FunctionUrlCorsOptions{AllowCredentials: jsii.Bool(true), AllowedHeaders: jsii.Strings("X-Custom"),
					AllowedMethods: &[]awslambda.HttpMethod{awslambda.HttpMethod_GET, awslambda.HttpMethod_POST}, AllowedOrigins: jsii.Strings("https://example.com"),
					ExposedHeaders: jsii.Strings("X-Total"), MaxAge: awscdk.Duration_Hours(jsii.Number(1))},
				InvokeMode: awslambda.InvokeMode_RESPONSE_STREAM,
			})
			live := pub.AddAlias(jsii.String("live"), nil)
			awslambda.NewFunctionUrl(s, jsii.String("AliasUrl"), &awslambda.FunctionUrlProps{Function: live,
				Cors: &awslambda.FunctionUrlCorsOptions{AllowedOrigins: jsii.Strings("*")}})
			awscdk.NewCfnOutput(s, jsii.String("Url"), &awscdk.CfnOutputProps{Value: url.Url()})
			awscdk.NewCfnOutput(s, jsii.String("PublicUrl"), &awscdk.CfnOutputProps{Value: pubURL.Url()})
		},
	}, nil)
}

func init() {
	errorCases["UrlOnVersion"] = func(s awscdk.Stack) {
		f := fn(s, "F", nil)
		awslambda.NewFunctionUrl(s, jsii.String("Url"), &awslambda.FunctionUrlProps{Function: f.CurrentVersion()})
	}
	errorCases["UrlMaxAge"] = func(s awscdk.Stack) {
		fn(s, "F", nil).AddFunctionUrl(&awslambda.FunctionUrlOptions{Cors: &awslambda.FunctionUrlCorsOptions{MaxAge: awscdk.Duration_Days(jsii.Number(2))}})
	}
}
