package awsapigateway_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	apigw "github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// mountedResource is a program's own resource type, written as an
// aws-cdk-go user writes one: it embeds ResourceBase, is initialised by
// NewResourceBase_Override and defines ResourceBase's abstract members.
type mountedResource struct {
	apigw.ResourceBase
	parent      apigw.IResource
	cfn         apigw.CfnResource
	path        string
	integration apigw.Integration
}

func newMountedResource(scope constructs.Construct, id string, parent apigw.IResource, cfn apigw.CfnResource, pathPart string) *mountedResource {
	r := &mountedResource{parent: parent, cfn: cfn}
	apigw.NewResourceBase_Override(r, scope, jsii.String(id))
	p := *parent.Path()
	if p == "/" {
		p = ""
	}
	r.path = p + "/" + pathPart
	r.integration = apigw.NewMockIntegration(&apigw.IntegrationOptions{
		IntegrationResponses: &[]*apigw.IntegrationResponse{{StatusCode: jsii.String("200")}},
		RequestTemplates:     &map[string]*string{"application/json": jsii.String(`{ "statusCode": 200 }`)},
	})
	return r
}

func (r *mountedResource) Api() apigw.IRestApi                   { return r.parent.Api() }
func (r *mountedResource) ParentResource() apigw.IResource       { return r.parent }
func (r *mountedResource) ResourceId() *string                   { return r.cfn.Ref() }
func (r *mountedResource) Path() *string                         { return jsii.String(r.path) }
func (r *mountedResource) DefaultIntegration() apigw.Integration { return r.integration }
func (r *mountedResource) DefaultMethodOptions() *apigw.MethodOptions {
	return &apigw.MethodOptions{ApiKeyRequired: jsii.Bool(true), MethodResponses: &[]*apigw.MethodResponse{{StatusCode: jsii.String("200")}}}
}
func (r *mountedResource) DefaultCorsPreflightOptions() *apigw.CorsOptions { return nil }

// The Go twins of the stacks in testdata/override/twins.js.
var resourceOverrideCases = map[string]func(s awscdk.Stack){
	"OverrideResource": func(s awscdk.Stack) {
		api := apigw.NewRestApi(s, jsii.String("Api"), nil)
		api.Root().AddMethod(jsii.String("GET"), apigw.NewMockIntegration(nil), nil)
		raw := apigw.NewCfnResource(s, jsii.String("Raw"), &apigw.CfnResourceProps{RestApiId: api.RestApiId(), ParentId: api.RestApiRootResourceId(), PathPart: jsii.String("legacy")})
		legacy := newMountedResource(s, "Legacy", api.Root(), raw, "legacy")
		legacy.AddMethod(jsii.String("GET"), nil, nil)
		items := legacy.AddResource(jsii.String("items"), nil)
		items.AddMethod(jsii.String("POST"), nil, nil)
		item := legacy.ResourceForPath(jsii.String("items/{id}"))
		item.AddMethod(jsii.String("DELETE"), nil, &apigw.MethodOptions{ApiKeyRequired: jsii.Bool(false)})
		legacy.AddCorsPreflight(&apigw.CorsOptions{AllowOrigins: jsii.Strings("https://example.com", "https://admin.example.com")})
		legacy.AddProxy(&apigw.ProxyResourceOptions{AnyMethod: jsii.Bool(false)}).AddMethod(jsii.String("PUT"), nil, nil)
		awscdk.NewCfnOutput(s, jsii.String("Id"), &awscdk.CfnOutputProps{Value: legacy.ResourceRef().ResourceId})
		awscdk.NewCfnOutput(s, jsii.String("ItemPath"), &awscdk.CfnOutputProps{Value: item.Path()})
		awscdk.NewCfnOutput(s, jsii.String("Same"), &awscdk.CfnOutputProps{Value: jsii.String(fmt.Sprint(legacy.GetResource(jsii.String("items")) == apigw.IResource(items)))})
	},
}

func TestResourceBaseOverride(t *testing.T) {
	golden.CheckTemplatesIn(t, "testdata/override", resourceOverrideCases)
}

// A value that cannot be the subclass is a user error naming the construct
// path, not a Go panic trace; the tree hands out the program's object.
func TestResourceBaseOverrideBadInput(t *testing.T) {
	for name, outer := range map[string]apigw.ResourceBase{"nil": nil, "typed nil": (*mountedResource)(nil)} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) {
				apigw.NewResourceBase_Override(outer, awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("R"))
			})
			if err == nil || !strings.Contains(err.Error(), "[S/R] NewResourceBase_Override: ") {
				t.Fatalf("error = %v", err)
			}
		})
	}
	s := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil)
	api := apigw.NewRestApi(s, jsii.String("Api"), nil)
	r := newMountedResource(s, "R", api.Root(), apigw.NewCfnResource(s, jsii.String("Raw"), &apigw.CfnResourceProps{RestApiId: api.RestApiId(), ParentId: api.RestApiRootResourceId(), PathPart: jsii.String("r")}), "r")
	if s.Node().FindChild(jsii.String("R")) != constructs.IConstruct(r) {
		t.Fatal("FindChild must return the program's object")
	}
	type bare struct{ apigw.ResourceBase }
	b := &bare{}
	apigw.NewResourceBase_Override(b, s, jsii.String("Bare"))
	if b.Path() != nil || b.ResourceId() != nil || b.Api() != nil {
		t.Fatal("undefined abstract members must read as undefined")
	}
}
