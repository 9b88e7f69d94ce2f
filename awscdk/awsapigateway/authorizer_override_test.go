package awsapigateway_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/jsii"
)

type myAuthorizer struct{ awsapigateway.Authorizer }

func (*myAuthorizer) AuthorizerId() *string { return jsii.String("auth-123") }
func (*myAuthorizer) AuthorizationType() awsapigateway.AuthorizationType {
	return awsapigateway.AuthorizationType_CUSTOM
}

// A user's Authorizer type is a construct in the tree and its id and type
// land on the methods it guards.
func TestAuthorizerOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	auth := &myAuthorizer{}
	awsapigateway.NewAuthorizer_Override(auth, s, jsii.String("Auth"), nil)
	if auth.Node().Path() == nil || *auth.Node().Path() != "S/Auth" {
		t.Fatalf("path %v", auth.Node().Path())
	}
	api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
	api.Root().AddMethod(jsii.String("GET"), nil, &awsapigateway.MethodOptions{Authorizer: auth})
	tpl, _ := json.Marshal(app.Synth(nil).GetStackArtifact(jsii.String("S")).Template())
	for _, want := range []string{`"AuthorizerId":"auth-123"`, `"AuthorizationType":"CUSTOM"`} {
		if !strings.Contains(string(tpl), want) {
			t.Errorf("missing %s", want)
		}
	}
}
