package awsapigatewayv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	integ "github.com/strata-cdk/strata/awscdk/awsapigatewayv2integrations"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type myUrl struct{ integ.HttpUrlIntegration }

type myIntegration struct{ v2.HttpRouteIntegration }

func (m *myIntegration) Bind(*v2.HttpRouteIntegrationBindOptions) *v2.HttpRouteIntegrationConfig {
	return &v2.HttpRouteIntegrationConfig{Type: v2.HttpIntegrationType_HTTP_PROXY, Uri: jsii.String("https://custom.example.com"),
		PayloadFormatVersion: v2.PayloadFormatVersion_VERSION_1_0(), Method: v2.HttpMethod_GET}
}

type myWs struct{ v2.WebSocketRouteIntegration }

func (m *myWs) Bind(*v2.WebSocketRouteIntegrationBindOptions) *v2.WebSocketRouteIntegrationConfig {
	return &v2.WebSocketRouteIntegrationConfig{Type: v2.WebSocketIntegrationType_MOCK, Uri: jsii.String("")}
}

// Integrations subclassed the aws-cdk-go way keep their id as the name of
// the integration construct routes make.
func TestIntegrationOverridesKeepTheirId(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	u := &myUrl{}
	integ.NewHttpUrlIntegration_Override(u, jsii.String("Wrapped"), jsii.String("https://x.example.com"), nil)
	c := &myIntegration{}
	v2.NewHttpRouteIntegration_Override(c, jsii.String("Custom"))
	w := &myWs{}
	v2.NewWebSocketRouteIntegration_Override(w, jsii.String("WsCustom"))
	api := v2.NewHttpApi(s, jsii.String("Api"), nil)
	api.AddRoutes(&v2.AddRoutesOptions{Integration: u, Path: jsii.String("/a")})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: c, Path: jsii.String("/b")})
	v2.NewWebSocketApi(s, jsii.String("Ws"), nil).AddRoute(jsii.String("x"), &v2.WebSocketRouteOptions{Integration: w})
	want := map[string]bool{"S/Api/ANY--a/Wrapped": false, "S/Api/ANY--b/Custom": false, "S/Ws/x-Route/WsCustom": false}
	for _, n := range *s.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		if _, ok := want[*n.Node().Path()]; ok {
			want[*n.Node().Path()] = true
		}
	}
	for p, found := range want {
		if !found {
			t.Errorf("no integration construct at %s", p)
		}
	}
}

type myApi struct{ v2.HttpApi }

// A subclassed API (NewHttpApi_Override) still makes one integration
// resource per integration object.
func TestSubclassedApiSharesIntegrations(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	api := &myApi{}
	v2.NewHttpApi_Override(api, s, jsii.String("Api"), nil)
	u := integ.NewHttpUrlIntegration(jsii.String("U"), jsii.String("https://x.example.com"), nil)
	api.AddRoutes(&v2.AddRoutesOptions{Integration: u, Path: jsii.String("/a")})
	v2.NewHttpRoute(s, jsii.String("B"), &v2.HttpRouteProps{HttpApi: api, RouteKey: v2.HttpRouteKey_With(jsii.String("/b"), v2.HttpMethod_GET), Integration: u})
	n := 0
	for _, c := range *s.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		if _, ok := c.(v2.CfnIntegration); ok {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d integration resources, want 1", n)
	}
}
