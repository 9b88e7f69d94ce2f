package awscognito_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/jsii"
)

func fn(s awscdk.Stack, id string) awslambda.Function {
	return awslambda.NewFunction(s, jsii.String(id), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String("exports.handler = async (e) => e")),
	})
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		p := awscognito.NewUserPool(s, jsii.String("Pool"), nil)
		out(s, "Id", p.UserPoolId())
		out(s, "Arn", p.UserPoolArn())
		out(s, "ProviderName", p.UserPoolProviderName())
		out(s, "ProviderUrl", p.UserPoolProviderUrl())
	},
	"Full": func(s awscdk.Stack) {
		awscognito.NewUserPool(s, jsii.String("Pool"), &awscognito.UserPoolProps{
			AccountRecovery: awscognito.AccountRecovery_EMAIL_ONLY,
			AutoVerify:      &awscognito.AutoVerifiedAttrs{Email: jsii.Bool(true)},
			CustomAttributes: &map[string]awscognito.ICustomAttribute{
				"tenant":  awscognito.NewStringAttribute(&awscognito.StringAttributeProps{MinLen: jsii.Number(1), MaxLen: jsii.Number(64), Mutable: jsii.Bool(false)}),
				"age":     awscognito.NewNumberAttribute(&awscognito.NumberAttributeProps{Min: jsii.Number(0), Max: jsii.Number(150), Mutable: jsii.Bool(true)}),
				"isAdmin": awscognito.NewBooleanAttribute(&awscognito.CustomAttributeProps{Mutable: jsii.Bool(true)}),
				"joined":  awscognito.NewDateTimeAttribute(nil),
			},
			DeletionProtection: jsii.Bool(false),
			DeviceTracking:     &awscognito.DeviceTracking{ChallengeRequiredOnNewDevice: jsii.Bool(true), DeviceOnlyRememberedOnUserPrompt: jsii.Bool(false)},
			FeaturePlan:        awscognito.FeaturePlan_ESSENTIALS,
			KeepOriginal:       &awscognito.KeepOriginalAttrs{Email: jsii.Bool(true)},
			Mfa:                awscognito.Mfa_OPTIONAL,
			MfaSecondFactor:    &awscognito.MfaSecondFactor{Otp: jsii.Bool(true), Sms: jsii.Bool(false)},
			PasswordPolicy: &awscognito.PasswordPolicy{MinLength: jsii.Number(12), RequireDigits: jsii.Bool(true), RequireLowercase: jsii.Bool(true),
				RequireSymbols: jsii.Bool(true), RequireUppercase: jsii.Bool(false), TempPasswordValidity: awscdk.Duration_Days(jsii.Number(3))},
			RemovalPolicy:       awscdk.RemovalPolicy_DESTROY,
			SelfSignUpEnabled:   jsii.Bool(true),
			SignInAliases:       &awscognito.SignInAliases{Email: jsii.Bool(true)},
			SignInCaseSensitive: jsii.Bool(false),
			StandardAttributes: &awscognito.StandardAttributes{
				Email:       &awscognito.StandardAttribute{Mutable: jsii.Bool(false), Required: jsii.Bool(true)},
				Fullname:    &awscognito.StandardAttribute{Required: jsii.Bool(true)},
				PhoneNumber: &awscognito.StandardAttribute{Mutable: jsii.Bool(true)},
			},
			UserInvitation:   &awscognito.UserInvitationConfig{EmailBody: jsii.String("Hello {username}, your temporary password is {####}"), EmailSubject: jsii.String("Welcome")},
			UserPoolName:     jsii.String("customers"),
			UserVerification: &awscognito.UserVerificationConfig{EmailStyle: awscognito.VerificationEmailStyle_LINK, EmailSubject: jsii.String("Verify")},
		})
	},
	"Phone": func(s awscdk.Stack) {
		awscognito.NewUserPool(s, jsii.String("Pool"), &awscognito.UserPoolProps{
			Mfa:             awscognito.Mfa_REQUIRED,
			MfaMessage:      jsii.String("Your code is {####}"),
			SignInAliases:   &awscognito.SignInAliases{Phone: jsii.Bool(true), PreferredUsername: jsii.Bool(true), Username: jsii.Bool(true)},
			EmailSettings:   &awscognito.EmailSettings{From: jsii.String("noreply@example.com"), ReplyTo: jsii.String("support@example.com")},
			AccountRecovery: awscognito.AccountRecovery_PHONE_AND_EMAIL,
		})
	},
	"Clients": func(s awscdk.Stack) {
		pool := awscognito.NewUserPool(s, jsii.String("Pool"), &awscognito.UserPoolProps{SignInAliases: &awscognito.SignInAliases{Email: jsii.Bool(true)}})
		pool.AddClient(jsii.String("Plain"), nil)
		rs := pool.AddResourceServer(jsii.String("Api"), &awscognito.UserPoolResourceServerOptions{
			Identifier: jsii.String("api"),
			Scopes: &[]awscognito.ResourceServerScope{awscognito.NewResourceServerScope(&awscognito.ResourceServerScopeProps{
				ScopeDescription: jsii.String("Read things"), ScopeName: jsii.String("read")})},
		})
		read := awscognito.NewResourceServerScope(&awscognito.ResourceServerScopeProps{ScopeDescription: jsii.String("Read things"), ScopeName: jsii.String("read")})
		web := pool.AddClient(jsii.String("Web"), &awscognito.UserPoolClientOptions{
			AccessTokenValidity: awscdk.Duration_Minutes(jsii.Number(60)),
			AuthFlows:           &awscognito.AuthFlow{UserPassword: jsii.Bool(true), UserSrp: jsii.Bool(true)},
			GenerateSecret:      jsii.Bool(false),
			IdTokenValidity:     awscdk.Duration_Hours(jsii.Number(2)),
			OAuth: &awscognito.OAuthSettings{
				CallbackUrls: jsii.Strings("https://example.com/callback"),
				Flows:        &awscognito.OAuthFlows{AuthorizationCodeGrant: jsii.Bool(true)},
				LogoutUrls:   jsii.Strings("https://example.com/"),
				Scopes: &[]awscognito.OAuthScope{awscognito.OAuthScope_OPENID(), awscognito.OAuthScope_EMAIL(), awscognito.OAuthScope_PROFILE(),
					awscognito.OAuthScope_ResourceServer(rs, read)},
			},
			PreventUserExistenceErrors: jsii.Bool(true),
			ReadAttributes: awscognito.NewClientAttributes().WithStandardAttributes(&awscognito.StandardAttributesMask{Email: jsii.Bool(true), EmailVerified: jsii.Bool(true)}).
				WithCustomAttributes(jsii.String("tenant")),
			RefreshTokenValidity:       awscdk.Duration_Days(jsii.Number(30)),
			SupportedIdentityProviders: &[]awscognito.UserPoolClientIdentityProvider{awscognito.UserPoolClientIdentityProvider_COGNITO()},
			UserPoolClientName:         jsii.String("web"),
		})
		awscognito.NewUserPoolClient(s, jsii.String("Machine"), &awscognito.UserPoolClientProps{
			UserPool: pool, GenerateSecret: jsii.Bool(true),
			OAuth: &awscognito.OAuthSettings{Flows: &awscognito.OAuthFlows{ClientCredentials: jsii.Bool(true)},
				Scopes: &[]awscognito.OAuthScope{awscognito.OAuthScope_Custom(jsii.String("api/read"))}},
		})
		domain := pool.AddDomain(jsii.String("Domain"), &awscognito.UserPoolDomainOptions{CognitoDomain: &awscognito.CognitoDomainOptions{DomainPrefix: jsii.String("my-app")}})
		pool.AddGroup(jsii.String("Admins"), &awscognito.UserPoolGroupOptions{Description: jsii.String("Administrators"), GroupName: jsii.String("admins"), Precedence: jsii.Number(1)})
		out(s, "ClientId", web.UserPoolClientId())
		out(s, "DomainName", domain.DomainName())
		out(s, "BaseUrl", domain.BaseUrl(nil))
		out(s, "SignIn", domain.SignInUrl(web, &awscognito.SignInUrlOptions{RedirectUri: jsii.String("https://example.com/callback")}))
	},
	"Triggers": func(s awscdk.Stack) {
		pre := fn(s, "PreSignUp")
		post := fn(s, "PostConfirmation")
		pool := awscognito.NewUserPool(s, jsii.String("Pool"), &awscognito.UserPoolProps{LambdaTriggers: &awscognito.UserPoolTriggers{PreSignUp: pre}})
		pool.AddTrigger(awscognito.UserPoolOperation_POST_CONFIRMATION(), post, "")
		pool.Grant(awsiam.NewRole(s, jsii.String("Admin"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}), jsii.String("cognito-idp:AdminCreateUser"))
		imported := awscognito.UserPool_FromUserPoolId(s, jsii.String("Imported"), jsii.String("us-east-1_abc"))
		byArn := awscognito.UserPool_FromUserPoolArn(s, jsii.String("ByArn"), jsii.String("arn:aws:cognito-idp:eu-west-1:111111111111:userpool/eu-west-1_xyz"))
		imported.AddClient(jsii.String("ImportedClient"), nil)
		out(s, "ImportedArn", imported.UserPoolArn())
		out(s, "ByArnProvider", byArn.UserPoolProviderName())
		out(s, "ClientRef", awscognito.UserPoolClient_FromUserPoolClientId(s, jsii.String("C"), jsii.String("abc123")).UserPoolClientId())
	},
}

func TestUserPoolTemplates(t *testing.T) {
	checkTemplates(t, templateCases, nil)
}

var errorCases = map[string]func(s awscdk.Stack){
	"OidcShortName": func(s awscdk.Stack) {
		awscognito.NewUserPoolIdentityProviderOidc(s, jsii.String("O"), &awscognito.UserPoolIdentityProviderOidcProps{UserPool: awscognito.NewUserPool(s, jsii.String("P"), nil),
			ClientId: jsii.String("c"), ClientSecret: jsii.String("s"), IssuerUrl: jsii.String("https://i"), Name: jsii.String("ab")})
	},
	"OidcBadName": func(s awscdk.Stack) {
		awscognito.NewUserPoolIdentityProviderOidc(s, jsii.String("O"), &awscognito.UserPoolIdentityProviderOidcProps{UserPool: awscognito.NewUserPool(s, jsii.String("P"), nil),
			ClientId: jsii.String("c"), ClientSecret: jsii.String("s"), IssuerUrl: jsii.String("https://i"), Name: jsii.String("_bad name")})
	},
	"SamlLongName": func(s awscdk.Stack) {
		awscognito.NewUserPoolIdentityProviderSaml(s, jsii.String("S"), &awscognito.UserPoolIdentityProviderSamlProps{UserPool: awscognito.NewUserPool(s, jsii.String("P"), nil),
			Metadata: awscognito.UserPoolIdentityProviderSamlMetadata_Url(jsii.String("https://m")), Name: jsii.String(strings.Repeat("x", 33))})
	},
	"GoogleNoSecret": func(s awscdk.Stack) {
		awscognito.NewUserPoolIdentityProviderGoogle(s, jsii.String("G"), &awscognito.UserPoolIdentityProviderGoogleProps{
			UserPool: awscognito.NewUserPool(s, jsii.String("P"), nil), ClientId: jsii.String("x")})
	},
	"AppleTwoKeys": func(s awscdk.Stack) {
		awscognito.NewUserPoolIdentityProviderApple(s, jsii.String("A"), &awscognito.UserPoolIdentityProviderAppleProps{
			UserPool: awscognito.NewUserPool(s, jsii.String("P"), nil), ClientId: jsii.String("x"), KeyId: jsii.String("k"),
			TeamId: jsii.String("t"), PrivateKey: jsii.String("p"), PrivateKeyValue: awscdk.SecretValue_UnsafePlainText(jsii.String("q"))})
	},
	"ShortPassword": func(s awscdk.Stack) {
		awscognito.NewUserPool(s, jsii.String("P"), &awscognito.UserPoolProps{PasswordPolicy: &awscognito.PasswordPolicy{MinLength: jsii.Number(5)}})
	},
	"MfaMessage": func(s awscdk.Stack) {
		awscognito.NewUserPool(s, jsii.String("P"), &awscognito.UserPoolProps{MfaMessage: jsii.String("no code here")})
	},
	"PreferredWithoutUsername": func(s awscdk.Stack) {
		awscognito.NewUserPool(s, jsii.String("P"), &awscognito.UserPoolProps{SignInAliases: &awscognito.SignInAliases{Email: jsii.Bool(true), PreferredUsername: jsii.Bool(true)}})
	},
	"EmailBody": func(s awscdk.Stack) {
		awscognito.NewUserPool(s, jsii.String("P"), &awscognito.UserPoolProps{UserVerification: &awscognito.UserVerificationConfig{EmailBody: jsii.String("nothing")}})
	},
	"DuplicateTrigger": func(s awscdk.Stack) {
		f := fn(s, "F")
		p := awscognito.NewUserPool(s, jsii.String("P"), &awscognito.UserPoolProps{LambdaTriggers: &awscognito.UserPoolTriggers{PreSignUp: f}})
		p.AddTrigger(awscognito.UserPoolOperation_PRE_SIGN_UP(), f, "")
	},
	"TempPassword": func(s awscdk.Stack) {
		awscognito.NewUserPool(s, jsii.String("P"), &awscognito.UserPoolProps{PasswordPolicy: &awscognito.PasswordPolicy{TempPasswordValidity: awscdk.Duration_Days(jsii.Number(400))}})
	},
	"OAuthWithoutCallback": func(s awscdk.Stack) {
		awscognito.NewUserPool(s, jsii.String("P"), nil).AddClient(jsii.String("C"), &awscognito.UserPoolClientOptions{
			OAuth: &awscognito.OAuthSettings{Flows: &awscognito.OAuthFlows{ImplicitCodeGrant: jsii.Bool(true)}, CallbackUrls: &[]*string{}}})
	},
	"BadDomainPrefix": func(s awscdk.Stack) {
		awscognito.NewUserPool(s, jsii.String("P"), nil).AddDomain(jsii.String("D"), &awscognito.UserPoolDomainOptions{
			CognitoDomain: &awscognito.CognitoDomainOptions{DomainPrefix: jsii.String("Bad_Prefix")}})
	},
	"ImportBadArn": func(s awscdk.Stack) {
		awscognito.UserPool_FromUserPoolArn(s, jsii.String("P"), jsii.String("arn:aws:cognito-idp:us-east-1:111111111111:userpool"))
	},
}

func TestUserPoolErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}
