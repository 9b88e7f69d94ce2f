package awsapigateway_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	apigw "github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// l1Api is a program's own API type, written as an aws-cdk-go user writes
// one: it embeds RestApiBase, is initialised by NewRestApiBase_Override and
// defines the abstract members over an L1 API it makes itself.
type l1Api struct {
	apigw.RestApiBase
	cfn  apigw.CfnRestApi
	root apigw.IResource
	doc  awsiam.PolicyDocument
}

func newL1Api(scope constructs.Construct, id string, props *apigw.RestApiBaseProps) *l1Api {
	a := &l1Api{}
	apigw.NewRestApiBase_Override(a, scope, jsii.String(id), props)
	a.cfn = apigw.NewCfnRestApi(a, jsii.String("Resource"), &apigw.CfnRestApiProps{Name: a.RestApiName()})
	a.root = apigw.Resource_FromResourceAttributes(a, jsii.String("Root"), &apigw.ResourceAttributes{RestApi: a, ResourceId: a.cfn.AttrRootResourceId(), Path: jsii.String("/")})
	a.doc = awsiam.NewPolicyDocument(nil)
	return a
}

func (a *l1Api) RestApiId() *string             { return a.cfn.Ref() }
func (a *l1Api) RestApiRootResourceId() *string { return a.cfn.AttrRootResourceId() }
func (a *l1Api) Root() apigw.IResource          { return a.root }
func (a *l1Api) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	a.doc.AddStatements(statement)
	a.cfn.SetPolicy(a.doc)
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true)}
}

// The Go twin of the OverrideRestApi stack in testdata/override/twins.js.
var restApiOverrideCases = map[string]func(s awscdk.Stack){
	"OverrideRestApi": func(s awscdk.Stack) {
		api := newL1Api(s, "Api", &apigw.RestApiBaseProps{RestApiName: jsii.String("orders-api")})
		api.Root().AddMethod(jsii.String("GET"), apigw.NewMockIntegration(nil), nil)
		dep := apigw.NewDeployment(s, jsii.String("Deployment"), &apigw.DeploymentProps{Api: api})
		stage := apigw.NewStage(s, jsii.String("Prod"), &apigw.StageProps{Deployment: dep, StageName: jsii.String("prod")})
		api.SetDeploymentStage(stage)
		api.AddUsagePlan(jsii.String("Plan"), &apigw.UsagePlanProps{Throttle: &apigw.ThrottleSettings{RateLimit: jsii.Number(10), BurstLimit: jsii.Number(2)}}).
			AddApiStage(&apigw.UsagePlanPerApiStage{Stage: stage})
		api.AddApiKey(jsii.String("Key"), &apigw.ApiKeyOptions{ApiKeyName: jsii.String("orders-key")})
		api.AddGatewayResponse(jsii.String("NoToken"), &apigw.GatewayResponseOptions{Type: apigw.ResponseType_MISSING_AUTHENTICATION_TOKEN(), StatusCode: jsii.String("404")})
		api.GrantInvokeFromVpcEndpointsOnly(&[]awsec2.IVpcEndpoint{awsec2.InterfaceVpcEndpoint_FromInterfaceVpcEndpointAttributes(s, jsii.String("Vpce"),
			&awsec2.InterfaceVpcEndpointAttributes{VpcEndpointId: jsii.String("vpce-0123"), Port: jsii.Number(443)})})
		awscloudwatch.NewAlarm(s, jsii.String("Errors"), &awscloudwatch.AlarmProps{Metric: api.MetricServerError(nil), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		awscdk.NewCfnOutput(s, jsii.String("Url"), &awscdk.CfnOutputProps{Value: api.UrlForPath(jsii.String("/items"))})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: api.ArnForExecuteApi(jsii.String("GET"), jsii.String("/items"), jsii.String("prod"))})
		awscdk.NewCfnOutput(s, jsii.String("Id"), &awscdk.CfnOutputProps{Value: api.RestApiRef().RestApiId})
		awscdk.NewCfnOutput(s, jsii.String("Name"), &awscdk.CfnOutputProps{Value: api.RestApiName()})
	},
}

func TestRestApiBaseOverride(t *testing.T) {
	golden.CheckTemplatesIn(t, "testdata/override", restApiOverrideCases)
}

// Bad input is a user error naming the construct path, not a Go panic
// trace; nil props name the API after its id; a URL without a deployment
// stage is the error aws-cdk-lib gives.
func TestRestApiBaseOverrideBadInput(t *testing.T) {
	for name, outer := range map[string]apigw.RestApiBase{"nil": nil, "typed nil": (*l1Api)(nil)} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) {
				apigw.NewRestApiBase_Override(outer, awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("Api"), nil)
			})
			if err == nil || !strings.Contains(err.Error(), "[S/Api] NewRestApiBase_Override: ") {
				t.Fatalf("error = %v", err)
			}
		})
	}
	s := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil)
	api := newL1Api(s, "Api", nil)
	if *api.RestApiName() != "Api" || s.Node().FindChild(jsii.String("Api")) != constructs.IConstruct(api) {
		t.Fatalf("name %q", *api.RestApiName())
	}
	err := golden.SynthErr(t, func(app awscdk.App) { newL1Api(awscdk.NewStack(app, jsii.String("S"), nil), "Api", nil).Url() })
	if err == nil || !strings.Contains(err.Error(), `[S/Api] Cannot determine deployment stage for API from "deploymentStage"`) {
		t.Fatalf("error = %v", err)
	}
}
