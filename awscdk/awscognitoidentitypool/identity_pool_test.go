package awscognitoidentitypool_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	idp "github.com/strata-cdk/strata/awscdk/awscognitoidentitypool"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of testdata/twins.js; the expectations are aws-cdk-lib's.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		idp.NewIdentityPool(s, jsii.String("Pool"), nil)
	},
	"AllProps": func(s awscdk.Stack) {
		up := awscognito.NewUserPool(s, jsii.String("UserPool"), nil)
		client := up.AddClient(jsii.String("Client"), nil)
		other := awscognito.NewUserPool(s, jsii.String("Other"), nil)
		mapped := awsiam.NewRole(s, jsii.String("Mapped"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		authRole := awsiam.Role_FromRoleArn(s, jsii.String("AuthRole"), jsii.String("arn:aws:iam::123456789012:role/auth"), nil)
		pool := idp.NewIdentityPool(s, jsii.String("Pool"), &idp.IdentityPoolProps{
			IdentityPoolName:               jsii.String("my-pool"),
			AllowUnauthenticatedIdentities: jsii.Bool(true),
			AllowClassicFlow:               jsii.Bool(true),
			AuthenticatedRole:              authRole,
			AuthenticationProviders: &idp.IdentityPoolAuthenticationProviders{
				Amazon:         &idp.IdentityPoolAmazonLoginProvider{AppId: jsii.String("amzn1")},
				Facebook:       &idp.IdentityPoolFacebookLoginProvider{AppId: jsii.String("fb1")},
				Google:         &idp.IdentityPoolGoogleLoginProvider{ClientId: jsii.String("goog1")},
				Apple:          &idp.IdentityPoolAppleLoginProvider{ServicesId: jsii.String("apple1")},
				Twitter:        &idp.IdentityPoolTwitterLoginProvider{ConsumerKey: jsii.String("ck"), ConsumerSecret: jsii.String("cs")},
				CustomProvider: jsii.String("my.custom"),
				OpenIdConnectProviders: &[]interfacesawsiam.IOIDCProviderRef{
					awsiam.OpenIdConnectProvider_FromOpenIdConnectProviderArn(s, jsii.String("Oidc"), jsii.String("arn:aws:iam::123456789012:oidc-provider/example.com")),
				},
				SamlProviders: &[]interfacesawsiam.ISAMLProviderRef{
					awsiam.SamlProvider_FromSamlProviderArn(s, jsii.String("Saml"), jsii.String("arn:aws:iam::123456789012:saml-provider/corp")),
				},
				UserPools: &[]idp.IUserPoolAuthenticationProvider{
					idp.NewUserPoolAuthenticationProvider(&idp.UserPoolAuthenticationProviderProps{UserPool: up, UserPoolClient: client}),
				},
			},
			RoleMappings: &[]*idp.IdentityPoolRoleMapping{
				{ProviderUrl: idp.IdentityPoolProviderUrl_FACEBOOK(), UseToken: jsii.Bool(true)},
				{ProviderUrl: idp.IdentityPoolProviderUrl_UserPool(up, client), MappingKey: jsii.String("cognito"), ResolveAmbiguousRoles: jsii.Bool(true),
					Rules: &[]*idp.RoleMappingRule{
						{Claim: jsii.String("custom:group"), ClaimValue: jsii.String("admin"), MappedRole: mapped},
						{Claim: jsii.String("custom:group"), ClaimValue: jsii.String("dev"), MappedRole: mapped, MatchType: idp.RoleMappingMatchType_STARTS_WITH},
					}},
				{ProviderUrl: idp.IdentityPoolProviderUrl_Custom(jsii.String("my.custom")), Rules: &[]*idp.RoleMappingRule{
					{Claim: jsii.String("sub"), ClaimValue: jsii.String("x"), MappedRole: mapped, MatchType: idp.RoleMappingMatchType_NOTEQUAL},
				}},
			},
		})
		pool.AddUserPoolAuthentication(idp.NewUserPoolAuthenticationProvider(&idp.UserPoolAuthenticationProviderProps{UserPool: other, DisableServerSideTokenCheck: jsii.Bool(true)}))
		awscdk.NewCfnOutput(s, jsii.String("Id"), &awscdk.CfnOutputProps{Value: pool.IdentityPoolId()})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: pool.IdentityPoolArn()})
		awscdk.NewCfnOutput(s, jsii.String("Name"), &awscdk.CfnOutputProps{Value: pool.IdentityPoolName()})
		awscdk.NewCfnOutput(s, jsii.String("Unauth"), &awscdk.CfnOutputProps{Value: pool.UnauthenticatedRole().RoleArn()})
	},
	"Import": func(s awscdk.Stack) {
		awscdk.NewCfnWaitConditionHandle(s, jsii.String("Handle"), nil)
		a := idp.IdentityPool_FromIdentityPoolId(s, jsii.String("ById"), jsii.String("us-east-1:abc-123"))
		b := idp.IdentityPool_FromIdentityPoolArn(s, jsii.String("ByArn"), jsii.String("arn:aws:cognito-identity:us-east-1:123456789012:identitypool/us-east-1:def-456"))
		awscdk.NewCfnOutput(s, jsii.String("AId"), &awscdk.CfnOutputProps{Value: a.IdentityPoolId()})
		awscdk.NewCfnOutput(s, jsii.String("AArn"), &awscdk.CfnOutputProps{Value: a.IdentityPoolArn()})
		awscdk.NewCfnOutput(s, jsii.String("BId"), &awscdk.CfnOutputProps{Value: b.IdentityPoolId()})
		awscdk.NewCfnOutput(s, jsii.String("BArn"), &awscdk.CfnOutputProps{Value: b.IdentityPoolArn()})
		awscdk.NewCfnOutput(s, jsii.String("BAccount"), &awscdk.CfnOutputProps{Value: b.Env().Account})
	},
}

func TestIdentityPoolTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Import" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("us-east-1")}}
		}
		return nil
	})
}

var errorCases = map[string]func(s awscdk.Stack){
	"ArnWithoutId": func(s awscdk.Stack) {
		idp.IdentityPool_FromIdentityPoolArn(s, jsii.String("P"), jsii.String("arn:aws:cognito-identity:us-east-1:123456789012:identitypool"))
	},
	"IdWithoutRegion": func(s awscdk.Stack) {
		idp.IdentityPool_FromIdentityPoolArn(s, jsii.String("P"), jsii.String("arn:aws:cognito-identity:us-east-1:123456789012:identitypool/abc"))
	},
	"IdRegionMismatch": func(s awscdk.Stack) {
		idp.IdentityPool_FromIdentityPoolArn(s, jsii.String("P"), jsii.String("arn:aws:cognito-identity:us-east-1:123456789012:identitypool/eu-west-1:abc"))
	},
	"TokenProviderUrl": func(s awscdk.Stack) {
		idp.NewIdentityPool(s, jsii.String("P"), &idp.IdentityPoolProps{RoleMappings: &[]*idp.IdentityPoolRoleMapping{
			{ProviderUrl: idp.IdentityPoolProviderUrl_OpenId(awscdk.Fn_ImportValue(jsii.String("Url"))), UseToken: jsii.Bool(true)},
		}})
	},
	"RulesRequired": func(s awscdk.Stack) {
		idp.NewIdentityPool(s, jsii.String("P"), &idp.IdentityPoolProps{RoleMappings: &[]*idp.IdentityPoolRoleMapping{
			{ProviderUrl: idp.IdentityPoolProviderUrl_GOOGLE()},
		}})
	},
}

func TestIdentityPoolErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}

// The provider URLs carry aws-cdk-lib's values.
func TestProviderUrls(t *testing.T) {
	for _, c := range []struct {
		u    idp.IdentityPoolProviderUrl
		typ  idp.IdentityPoolProviderType
		want string
	}{
		{idp.IdentityPoolProviderUrl_AMAZON(), idp.IdentityPoolProviderType_AMAZON, "www.amazon.com"},
		{idp.IdentityPoolProviderUrl_APPLE(), idp.IdentityPoolProviderType_APPLE, "appleid.apple.com"},
		{idp.IdentityPoolProviderUrl_FACEBOOK(), idp.IdentityPoolProviderType_FACEBOOK, "graph.facebook.com"},
		{idp.IdentityPoolProviderUrl_GOOGLE(), idp.IdentityPoolProviderType_GOOGLE, "accounts.google.com"},
		{idp.IdentityPoolProviderUrl_TWITTER(), idp.IdentityPoolProviderType_TWITTER, "api.twitter.com"},
		{idp.IdentityPoolProviderUrl_Saml(jsii.String("s")), idp.IdentityPoolProviderType_SAML, "s"},
	} {
		if c.u.Type() != c.typ || *c.u.Value() != c.want {
			t.Errorf("%s: got %s %s, want %s", c.typ, c.u.Type(), *c.u.Value(), c.want)
		}
	}
}
