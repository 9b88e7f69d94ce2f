package awsiam_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

type myRole struct{ awsiam.Role }

type myPrincipal struct{ awsiam.PrincipalBase }

func (p *myPrincipal) PolicyFragment() awsiam.PrincipalPolicyFragment {
	return awsiam.NewPrincipalPolicyFragment(&map[string]*[]*string{"AWS": jsii.Strings("arn:aws:iam::111111111111:role/x")}, nil)
}
func (p *myPrincipal) DedupeString() *string { return nil }

func TestProviders(t *testing.T) {
	s := jsii.String
	golden.CheckTemplates(t, map[string]func(st awscdk.Stack){
		"Providers": func(st awscdk.Stack) {
			u := awsiam.NewUser(st, s("User"), &awsiam.UserProps{Password: awscdk.SecretValue_UnsafePlainText(s("Passw0rd!")), PasswordResetRequired: jsii.Bool(true)})
			k1 := awsiam.NewAccessKey(st, s("Key"), &awsiam.AccessKeyProps{User: u})
			k2 := awsiam.NewAccessKey(st, s("Key2"), &awsiam.AccessKeyProps{User: u, Serial: jsii.Number(2), Status: awsiam.AccessKeyStatus_INACTIVE})
			awscdk.NewCfnOutput(st, s("KeyId"), &awscdk.CfnOutputProps{Value: k1.AccessKeyId()})
			awscdk.NewCfnOutput(st, s("Secret"), &awscdk.CfnOutputProps{Value: k2.SecretAccessKey().UnsafeUnwrap()})
			p1 := awsiam.NewInstanceProfile(st, s("Profile"), nil)
			role := awsiam.NewRole(st, s("Ec2Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("ec2.amazonaws.com"), nil)})
			p2 := awsiam.NewInstanceProfile(st, s("Profile2"), &awsiam.InstanceProfileProps{Role: role, InstanceProfileName: s("named-profile"), Path: s("/app/")})
			p3 := awsiam.InstanceProfile_FromInstanceProfileName(st, s("ByName"), s("existing"))
			p4 := awsiam.InstanceProfile_FromInstanceProfileArn(st, s("ByArn"), s("arn:aws:iam::123456789012:instance-profile/path/other"))
			awscdk.NewCfnOutput(st, s("Profiles"), &awscdk.CfnOutputProps{Value: s(strings.Join([]string{*p1.InstanceProfileArn(), *p1.InstanceProfileName(),
				*p2.InstanceProfileArn(), *p2.Role().RoleName(), *p3.InstanceProfileArn(), *p3.InstanceProfileName(), *p4.InstanceProfileName()}, "|"))})
			saml := awsiam.NewSamlProvider(st, s("Saml"), &awsiam.SamlProviderProps{
				MetadataDocument: awsiam.SamlMetadataDocument_FromXml(s("<md>" + strings.Repeat("x", 1000) + "</md>")), Name: s("my-saml")})
			samlImp := awsiam.SamlProvider_FromSamlProviderArn(st, s("SamlImp"), s("arn:aws:iam::123456789012:saml-provider/other"))
			awsiam.NewRole(st, s("SamlRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewSamlPrincipal(saml, &map[string]interface{}{"StringEquals": map[string]interface{}{"SAML:iss": "x"}})})
			awsiam.NewRole(st, s("ConsoleRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewSamlConsolePrincipal(samlImp, nil)})
			oidc := awsiam.NewOidcProviderNative(st, s("Oidc"), &awsiam.OidcProviderNativeProps{Url: s("https://example.com"), ClientIds: jsii.Strings("a", "b"),
				Thumbprints: jsii.Strings("0123456789abcdef0123456789abcdef01234567"), RemovalPolicy: awscdk.RemovalPolicy_RETAIN, OidcProviderName: s("ignored")})
			oidcImp := awsiam.OidcProviderNative_FromOidcProviderArn(st, s("OidcImp"), s("arn:aws:iam::123456789012:oidc-provider/token.example.com"))
			awsiam.NewRole(st, s("OidcRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewOpenIdConnectPrincipal(oidc, &map[string]interface{}{"StringEquals": map[string]interface{}{"example.com:aud": "a"}})})
			awsiam.NewRole(st, s("OidcRole2"), &awsiam.RoleProps{AssumedBy: awsiam.NewOpenIdConnectPrincipal(oidcImp, nil)})
			awscdk.NewCfnOutput(st, s("OidcOut"), &awscdk.CfnOutputProps{Value: s(strings.Join([]string{*oidc.OidcProviderArn(), *oidc.OidcProviderIssuer(),
				*oidc.OpenIdConnectProviderIssuer(), *oidcImp.OidcProviderIssuer()}, "|"))})
			lazy := awsiam.NewLazyRole(st, s("Lazy"), &awsiam.LazyRoleProps{AssumedBy: awsiam.NewServicePrincipal(s("lambda.amazonaws.com"), nil), RoleName: s("lazy-role")})
			lazy.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")}))
			lazy.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(s("ReadOnlyAccess")))
			lazy.AttachInlinePolicy(awsiam.NewPolicy(st, s("LazyPolicy"), &awsiam.PolicyProps{Statements: &[]awsiam.PolicyStatement{
				awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:*"), Resources: jsii.Strings("*")})}}))
			awscdk.NewCfnOutput(st, s("LazyArn"), &awscdk.CfnOutputProps{Value: lazy.RoleArn()})
			lazy.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sns:Publish"), Resources: jsii.Strings("*")}))
			awsiam.NewLazyRole(st, s("NeverUsed"), &awsiam.LazyRoleProps{AssumedBy: awsiam.NewAnyPrincipal()})
			role.Grants().PassRole(u)
			role.Grants().AssumeRole(u)
			sub := &myRole{}
			awsiam.NewRole_Override(sub, st, s("Sub"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountPrincipal(s("111111111111"))})
			if st.Node().FindChild(s("Sub")) != sub {
				t.Errorf("the tree does not hand out the subclass")
			}
			p := &myPrincipal{}
			awsiam.NewPrincipalBase_Override(p)
			awsiam.NewRole(st, s("Custom"), &awsiam.RoleProps{AssumedBy: p})
		},
		"Boundary": func(st awscdk.Stack) {
			boundary := awsiam.NewManagedPolicy(st, s("Boundary"), &awsiam.ManagedPolicyProps{Statements: &[]awsiam.PolicyStatement{
				awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:*"), Resources: jsii.Strings("*")})}})
			awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("lambda.amazonaws.com"), nil)})
			awsiam.NewUser(st, s("User"), nil)
			sub := constructs.NewConstruct(st, s("Sub"))
			awsiam.NewRole(sub, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("lambda.amazonaws.com"), nil),
				PermissionsBoundary: awsiam.ManagedPolicy_FromManagedPolicyName(st, s("Other"), s("other"))})
			awsiam.PermissionsBoundary_Of(st).Apply(boundary)
			awsiam.PermissionsBoundary_Of(sub).Clear()
			awscdk.NewCfnOutput(st, s("Grantable"), &awscdk.CfnOutputProps{Value: s(fmt.Sprint(*awsiam.GrantableResources_IsResourceWithPolicy(boundary)) +
				fmt.Sprint(*awsiam.GrantableResources_IsEncryptedResource(boundary)))})
		},
		"Oidc": func(st awscdk.Stack) {
			p1 := awsiam.NewOpenIdConnectProvider(st, s("Provider"), &awsiam.OpenIdConnectProviderProps{Url: s("https://oidc.example.com"),
				ClientIds: jsii.Strings("b", "a"), Thumbprints: jsii.Strings("0123456789abcdef0123456789abcdef01234567")})
			p2 := awsiam.NewOpenIdConnectProvider(st, s("Minimal"), &awsiam.OpenIdConnectProviderProps{Url: s("https://token.actions.githubusercontent.com"),
				RemovalPolicy: awscdk.RemovalPolicy_RETAIN})
			imp := awsiam.OpenIdConnectProvider_FromOpenIdConnectProviderArn(st, s("Imported"), s("arn:aws:iam::123456789012:oidc-provider/other.example.com"))
			awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewOpenIdConnectPrincipal(p1, nil)})
			awscdk.NewCfnOutput(st, s("Out"), &awscdk.CfnOutputProps{Value: s(strings.Join([]string{*p1.OpenIdConnectProviderArn(), *p1.OpenIdConnectProviderIssuer(),
				*p2.OpenIdConnectProviderthumbprints(), *imp.OpenIdConnectProviderIssuer()}, "|"))})
		},
	}, nil, oidcHandler)
}

// oidcHandler puts Strata's OIDC handler asset (its S3 key and CodeHash,
// both its hash) where aws-cdk-lib's template has aws-cdk-lib's.
func oidcHandler(t *testing.T, want, got []byte) []byte {
	var theirs, ours map[string]interface{}
	if json.Unmarshal(want, &theirs) != nil || json.Unmarshal(got, &ours) != nil {
		return want
	}
	key := func(doc map[string]interface{}) string {
		res, _ := doc["Resources"].(map[string]interface{})
		r, _ := res["CustomAWSCDKOpenIdConnectProviderCustomResourceProviderHandlerF2C543E0"].(map[string]interface{})
		p, _ := r["Properties"].(map[string]interface{})
		c, _ := p["Code"].(map[string]interface{})
		k, _ := c["S3Key"].(string)
		return strings.TrimSuffix(k, ".zip")
	}
	if a, b := key(theirs), key(ours); a != "" && b != "" {
		want = []byte(strings.ReplaceAll(string(want), a, b))
	}
	return want
}
