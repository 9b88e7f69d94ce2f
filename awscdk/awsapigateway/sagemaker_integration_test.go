package awsapigateway_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssagemaker"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawssagemaker"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// endpoint is a user's awssagemaker.IEndpoint, as the twin's Endpoint class.
type endpoint struct {
	awscdk.Resource
	name, arn *string
}

func newEndpoint(scope constructs.Construct, id, name string) *endpoint {
	r := awscdk.NewResource(scope, jsii.String(id), nil)
	arn := awscdk.Stack_Of(r).FormatArn(&awscdk.ArnComponents{Service: jsii.String("sagemaker"), Resource: jsii.String("endpoint"), ResourceName: jsii.String(name)})
	return &endpoint{Resource: r, name: jsii.String(name), arn: arn}
}

func (e *endpoint) EndpointName() *string { return e.name }
func (e *endpoint) EndpointArn() *string  { return e.arn }
func (e *endpoint) EndpointRef() *interfacesawssagemaker.EndpointReference {
	return &interfacesawssagemaker.EndpointReference{EndpointArn: e.arn}
}
func (e *endpoint) GrantInvoke(grantee awsiam.IGrantable) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings("sagemaker:InvokeEndpoint"), ResourceArns: &[]*string{e.arn}})
}

var _ awssagemaker.IEndpoint = (*endpoint)(nil)

// TestSagemakerTemplates: the Go twin of the Sagemaker stack in testdata/twins.js.
func TestSagemakerTemplates(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"Sagemaker": func(s awscdk.Stack) {
			ep := newEndpoint(s, "Endpoint", "my-endpoint")
			api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
			api.Root().AddResource(jsii.String("predict"), nil).AddMethod(jsii.String("POST"), awsapigateway.NewSagemakerIntegration(ep, nil), nil)
			api.Root().AddResource(jsii.String("again"), nil).AddMethod(jsii.String("PUT"), awsapigateway.NewSagemakerIntegration(ep, nil), nil)
			role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)})
			api.Root().AddResource(jsii.String("given"), nil).AddMethod(jsii.String("POST"), awsapigateway.NewSagemakerIntegration(newEndpoint(s, "Other", "other-endpoint"),
				&awsapigateway.SagemakerIntegrationOptions{
					CredentialsRole: role,
					IntegrationResponses: &[]*awsapigateway.IntegrationResponse{{StatusCode: jsii.String("200"),
						ResponseTemplates: &map[string]*string{"application/json": jsii.String("$input.body")}}},
					RequestTemplates: &map[string]*string{"application/json": jsii.String(`{"x":1}`)},
					Timeout:          awscdk.Duration_Seconds(jsii.Number(10)),
				}), nil)
		},
	}, nil, nil)
}

// A nil endpoint is a clear error, not a crash.
func TestSagemakerNilEndpoint(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		awsapigateway.NewSagemakerIntegration(nil, nil)
	})
	if err == nil {
		t.Fatal("want an error")
	}
}
