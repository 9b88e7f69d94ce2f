package awsstepfunctionstasks_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	tasks "github.com/strata-cdk/strata/awscdk/awsstepfunctionstasks"
	"github.com/strata-cdk/strata/jsii"
)

// The members aws-cdk-go exposes on the API Gateway and HTTP tasks answer
// as aws-cdk-lib's protected members do, and the tree hands out the task.
func TestTaskMembers(t *testing.T) {
	app := awscdk.NewApp(nil)
	st := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Region: jsii.String("eu-west-1"), Account: jsii.String("111111111111")}})
	api := awsapigateway.RestApi_FromRestApiId(st, jsii.String("Api"), jsii.String("abc123"))
	rest := tasks.NewCallApiGatewayRestApiEndpoint(st, jsii.String("Rest"), &tasks.CallApiGatewayRestApiEndpointProps{
		Api: api, StageName: jsii.String("prod"), Method: tasks.HttpMethod_GET, AuthType: tasks.AuthType_IAM_ROLE})
	if got := *rest.ApiEndpoint(); !strings.HasPrefix(got, "abc123.execute-api.eu-west-1.") {
		t.Fatalf("ApiEndpoint %q", got)
	}
	if *rest.StageName() != "prod" || len(*rest.CreatePolicyStatements()) != 1 {
		t.Fatalf("stage %q, statements %d", *rest.StageName(), len(*rest.CreatePolicyStatements()))
	}
	if _, ok := st.Node().FindChild(jsii.String("Rest")).(tasks.CallApiGatewayRestApiEndpoint); !ok {
		t.Fatal("the tree does not hand out the task")
	}
	open := tasks.NewCallApiGatewayHttpApiEndpoint(st, jsii.String("Http"), &tasks.CallApiGatewayHttpApiEndpointProps{
		ApiId: jsii.String("h1"), ApiStack: st, Method: tasks.HttpMethod_POST, AuthType: tasks.AuthType_NO_AUTH})
	if len(*open.CreatePolicyStatements()) != 0 || open.ArnForExecuteApi() == nil {
		t.Fatal("NO_AUTH needs no statement")
	}
	conn := awsevents.Connection_FromConnectionAttributes(st, jsii.String("Conn"), &awsevents.ConnectionAttributes{
		ConnectionArn: jsii.String("arn:aws:events:eu-west-1:111111111111:connection/c/1"), ConnectionName: jsii.String("c"),
		ConnectionSecretArn: jsii.String("arn:aws:secretsmanager:eu-west-1:111111111111:secret:s")})
	h := tasks.NewHttpInvoke(st, jsii.String("Invoke"), &tasks.HttpInvokeProps{ApiRoot: jsii.String("https://example.com"),
		ApiEndpoint: awsstepfunctions.TaskInput_FromText(jsii.String("items")), Connection: conn,
		Method: awsstepfunctions.TaskInput_FromText(jsii.String("GET"))})
	if n := len(*h.BuildTaskPolicyStatements()); n != 3 {
		t.Fatalf("HttpInvoke statements %d", n)
	}
}
