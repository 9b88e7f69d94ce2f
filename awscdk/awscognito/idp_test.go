package awscognito_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/jsii"
)

// Twins: the Idps stack in testdata/twins.js.
func TestIdentityProviderTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){
		"Idps": func(s awscdk.Stack) {
			p := awscognito.NewUserPool(s, jsii.String("Pool"), nil)
			awscognito.NewUserPoolIdentityProviderGoogle(s, jsii.String("Google"), &awscognito.UserPoolIdentityProviderGoogleProps{
				UserPool: p, ClientId: jsii.String("gid"), ClientSecretValue: awscdk.SecretValue_UnsafePlainText(jsii.String("gsecret")),
				AttributeMapping: &awscognito.AttributeMapping{
					Email: awscognito.ProviderAttribute_GOOGLE_EMAIL(), Fullname: awscognito.ProviderAttribute_GOOGLE_NAME(),
					GivenName: awscognito.ProviderAttribute_GOOGLE_GIVEN_NAME(), ProfilePicture: awscognito.ProviderAttribute_GOOGLE_PICTURE(),
					Custom: &map[string]awscognito.ProviderAttribute{
						"custom:tenant": awscognito.ProviderAttribute_Other(jsii.String("hd")),
						"custom:a":      awscognito.ProviderAttribute_GOOGLE_GENDER(),
					},
				},
			})
			awscognito.NewUserPoolIdentityProviderFacebook(s, jsii.String("Facebook"), &awscognito.UserPoolIdentityProviderFacebookProps{
				UserPool: p, ClientId: jsii.String("fid"), ClientSecret: jsii.String("fsecret"), ApiVersion: jsii.String("v17.0"),
				Scopes: jsii.Strings("public_profile", "email"),
				AttributeMapping: &awscognito.AttributeMapping{Email: awscognito.ProviderAttribute_FACEBOOK_EMAIL(),
					Birthdate: awscognito.ProviderAttribute_FACEBOOK_BIRTHDAY()},
			})
			awscognito.NewUserPoolIdentityProviderAmazon(s, jsii.String("Amazon"), &awscognito.UserPoolIdentityProviderAmazonProps{
				UserPool: p, ClientId: jsii.String("aid"), ClientSecret: jsii.String("asecret")})
			awscognito.NewUserPoolIdentityProviderApple(s, jsii.String("Apple"), &awscognito.UserPoolIdentityProviderAppleProps{
				UserPool: p, ClientId: jsii.String("com.example"), KeyId: jsii.String("KEY"), TeamId: jsii.String("TEAM"),
				PrivateKey: jsii.String("PRIVATE"), Scopes: jsii.Strings("name", "email"),
				AttributeMapping: &awscognito.AttributeMapping{Email: awscognito.ProviderAttribute_APPLE_EMAIL(),
					FamilyName: awscognito.ProviderAttribute_APPLE_LAST_NAME()},
			})
			p.RegisterIdentityProvider(awscognito.UserPoolIdentityProvider_FromProviderName(s, jsii.String("Imported"), jsii.String("MySaml")))
			p.AddClient(jsii.String("Client"), nil)
			out(s, "GoogleName", awscognito.UserPoolIdentityProvider_FromProviderName(s, jsii.String("Imp2"), jsii.String("X")).ProviderName())
		},
	}, nil)
}

func TestFederatedProviderTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){
		"Federated": func(s awscdk.Stack) {
			p := awscognito.NewUserPool(s, jsii.String("Pool"), nil)
			awscognito.NewUserPoolIdentityProviderOidc(s, jsii.String("Oidc"), &awscognito.UserPoolIdentityProviderOidcProps{
				UserPool: p, ClientId: jsii.String("oid"), ClientSecret: jsii.String("osecret"), IssuerUrl: jsii.String("https://issuer.example.com")})
			awscognito.NewUserPoolIdentityProviderOidc(s, jsii.String("OidcWithAVeryLongConstructIdThatIsTruncated"), &awscognito.UserPoolIdentityProviderOidcProps{
				UserPool: p, ClientId: jsii.String("oid2"), ClientSecret: jsii.String("osecret2"), IssuerUrl: jsii.String("https://issuer2.example.com"),
				AttributeRequestMethod: awscognito.OidcAttributeRequestMethod_POST,
				Endpoints: &awscognito.OidcEndpoints{Authorization: jsii.String("https://a.example.com/auth"), JwksUri: jsii.String("https://a.example.com/jwks"),
					Token: jsii.String("https://a.example.com/token"), UserInfo: jsii.String("https://a.example.com/userinfo")},
				Identifiers: jsii.Strings("corp", "corp.example.com"), Name: jsii.String("CorpOidc"), Scopes: jsii.Strings("openid", "email"),
				AttributeMapping: &awscognito.AttributeMapping{Email: awscognito.ProviderAttribute_Other(jsii.String("mail")),
					PreferredUsername: awscognito.ProviderAttribute_Other(jsii.String("upn"))},
			})
			awscognito.NewUserPoolIdentityProviderOidc(s, jsii.String("OidcWithAnotherVeryLongConstructIdForTruncation"), &awscognito.UserPoolIdentityProviderOidcProps{
				UserPool: p, ClientId: jsii.String("l"), ClientSecret: jsii.String("ls"), IssuerUrl: jsii.String("https://l.example.com")})
			awscognito.NewUserPoolIdentityProviderOidc(s, jsii.String("Ab"), &awscognito.UserPoolIdentityProviderOidcProps{
				UserPool: p, ClientId: jsii.String("c"), ClientSecret: jsii.String("s"), IssuerUrl: jsii.String("https://i.example.com")})
			awscognito.NewUserPoolIdentityProviderSaml(s, jsii.String("Saml"), &awscognito.UserPoolIdentityProviderSamlProps{
				UserPool: p, Metadata: awscognito.UserPoolIdentityProviderSamlMetadata_Url(jsii.String("https://idp.example.com/metadata"))})
			awscognito.NewUserPoolIdentityProviderSaml(s, jsii.String("SamlWithAVeryLongConstructIdThatIsTruncatedToo"), &awscognito.UserPoolIdentityProviderSamlProps{
				UserPool: p, Metadata: awscognito.UserPoolIdentityProviderSamlMetadata_File(jsii.String("<xml/>")), Name: jsii.String("CorpSaml"),
				EncryptedResponses: jsii.Bool(true), Identifiers: jsii.Strings("saml.example.com"), IdpInitiated: jsii.Bool(true), IdpSignout: jsii.Bool(true),
				RequestSigningAlgorithm: awscognito.SigningAlgorithm_RSA_SHA256,
			})
			awscognito.NewUserPoolIdentityProviderSaml(s, jsii.String("SamlWithAVeryLongConstructIdThatIsTruncatedThree"), &awscognito.UserPoolIdentityProviderSamlProps{
				UserPool: p, Metadata: awscognito.UserPoolIdentityProviderSamlMetadata_Url(jsii.String("https://x.example.com/m"))})
			p.AddClient(jsii.String("Client"), nil)
		},
	}, nil)
}

// Nil props behave like a missing userPool: a synth error on the construct, no panic.
func TestIdentityProviderNilProps(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		awscognito.NewUserPoolIdentityProviderGoogle(s, jsii.String("G"), nil)
		awscognito.NewUserPoolIdentityProviderSaml(s, jsii.String("M"), nil)
	})
	if err == nil || !strings.Contains(err.Error(), "S/G") || !strings.Contains(err.Error(), "userPool is required") {
		t.Fatalf("want a userPool error on S/G, got %v", err)
	}
	if id := *awscognito.UserPoolIdentityProviderOidc_PROPERTY_INJECTION_ID(); id != "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderOidc" {
		t.Fatal(id)
	}
}
