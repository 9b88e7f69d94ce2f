package awscognitoidentitypool_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	idp "github.com/strata-cdk/strata/awscdk/awscognitoidentitypool"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Bad input is a user's mistake with a clear message, never a Go panic trace.
func TestBadInput(t *testing.T) {
	for name, c := range map[string]struct {
		build func(s awscdk.Stack)
		want  string
	}{
		"ProviderNil": {func(s awscdk.Stack) { idp.NewUserPoolAuthenticationProvider(nil) }, "props.UserPool is required"},
		"AddNil": {func(s awscdk.Stack) {
			idp.NewIdentityPool(s, jsii.String("P"), nil).AddUserPoolAuthentication(nil)
		}, "[S/P] AddUserPoolAuthentication: userPool is required"},
		"RuleWithoutRole": {func(s awscdk.Stack) {
			idp.NewIdentityPool(s, jsii.String("P"), &idp.IdentityPoolProps{RoleMappings: &[]*idp.IdentityPoolRoleMapping{
				{ProviderUrl: idp.IdentityPoolProviderUrl_GOOGLE(), Rules: &[]*idp.RoleMappingRule{{Claim: jsii.String("c"), ClaimValue: jsii.String("v")}}},
			}})
		}, "RoleMappingRule.mappedRole is required"},
		"MappingWithoutUrl": {func(s awscdk.Stack) {
			idp.NewIdentityPool(s, jsii.String("P"), &idp.IdentityPoolProps{RoleMappings: &[]*idp.IdentityPoolRoleMapping{{UseToken: jsii.Bool(true)}}})
		}, "IdentityPoolRoleMapping.providerUrl is required"},
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}

// A user pool provider without a client adds one to the pool, and binding
// reports the client, the pool's provider name and the token check.
func TestUserPoolProviderBind(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	up := awscognito.NewUserPool(s, jsii.String("UP"), nil)
	p := idp.NewUserPoolAuthenticationProvider(&idp.UserPoolAuthenticationProviderProps{UserPool: up})
	if up.Node().TryFindChild(jsii.String("UserPoolAuthenticationProviderClient")) == nil {
		t.Fatal("no client added to the user pool")
	}
	pool := idp.NewIdentityPool(s, jsii.String("Pool"), nil)
	cfg := p.Bind(pool, pool, nil)
	if cfg.ClientId == nil || cfg.ProviderName == nil || cfg.ServerSideTokenCheck == nil || !*cfg.ServerSideTokenCheck {
		t.Fatalf("bind config: %+v", cfg)
	}
	if !strings.HasPrefix(*cfg.ProviderName, "cognito-idp.") {
		t.Errorf("provider name %q", *cfg.ProviderName)
	}
}

// Imported user pools and clients (no resources to wait for) bind too.
func TestImportedUserPoolProvider(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	up := awscognito.UserPool_FromUserPoolId(s, jsii.String("UP"), jsii.String("us-east-1_abc"))
	client := awscognito.UserPoolClient_FromUserPoolClientId(s, jsii.String("C"), jsii.String("client123"))
	idp.NewIdentityPool(s, jsii.String("Pool"), &idp.IdentityPoolProps{AuthenticationProviders: &idp.IdentityPoolAuthenticationProviders{
		UserPools: &[]idp.IUserPoolAuthenticationProvider{idp.NewUserPoolAuthenticationProvider(&idp.UserPoolAuthenticationProviderProps{UserPool: up, UserPoolClient: client})},
	}})
	tpl, _ := json.Marshal(app.Synth(nil).GetStackArtifact(jsii.String("S")).Template())
	if !strings.Contains(string(tpl), `"ClientId":"client123"`) || !strings.Contains(string(tpl), `/us-east-1_abc"`) {
		t.Errorf("template:\n%s", tpl)
	}
}
