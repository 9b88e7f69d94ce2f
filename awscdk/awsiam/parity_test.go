package awsiam_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// The parity cases: each builds one stack as a user would port the stack of
// the same name in testdata/twins.js, whose aws-cdk-lib 2.276.0 template
// (testdata/<Stack>.template.json, written by testdata/regen.sh) is the
// expectation. The whole template must be identical.
var parityCases = map[string]func(s awscdk.Stack){
	"RoleBasic": func(s awscdk.Stack) {
		r := awsiam.NewRole(s, jsii.String("MyRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		r.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("arn:aws:s3:::b/*")}))
		r.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:PutObject"), Resources: jsii.Strings("arn:aws:s3:::b/*")}))
		r.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:SendMessage"), Resources: &[]*string{r.RoleArn()}}))
		r.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("arn:aws:s3:::c/*")}))
		r.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Effect: awsiam.Effect_DENY, Actions: jsii.Strings("s3:DeleteObject"), Resources: jsii.Strings("*")}))
		r.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Sid: jsii.String("Named"), Actions: jsii.Strings("s3:ListBucket"), Resources: jsii.Strings("arn:aws:s3:::b")}))
		r.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:ListBucket"), Resources: jsii.Strings("arn:aws:s3:::d"),
			Conditions: &map[string]interface{}{"StringLike": map[string]interface{}{"s3:prefix": []string{"home/*"}}}}))
		r.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{NotActions: jsii.Strings("iam:*"), Resources: jsii.Strings("*")}))
		awsiam.NewPolicy(s, jsii.String("Unattached"), &awsiam.PolicyProps{Statements: &[]awsiam.PolicyStatement{
			awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:*"), Resources: jsii.Strings("*")}),
		}})
	},
	"RoleProps": func(s awscdk.Stack) {
		mp := awsiam.NewManagedPolicy(s, jsii.String("Custom"), &awsiam.ManagedPolicyProps{Statements: &[]awsiam.PolicyStatement{
			awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("ec2:DescribeInstances"), Resources: jsii.Strings("*")}),
		}})
		boundary := awsiam.ManagedPolicy_FromManagedPolicyName(s, jsii.String("Boundary"), jsii.String("my-boundary"))
		r := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewCompositePrincipal(awsiam.NewServicePrincipal(jsii.String("ec2"), nil), awsiam.NewAccountRootPrincipal(),
				awsiam.NewArnPrincipal(jsii.String("arn:aws:iam::123456789012:user/alice"))),
			RoleName: jsii.String("my-role"), Path: jsii.String("/app/"), Description: jsii.String("The role"),
			MaxSessionDuration: awscdk.Duration_Hours(jsii.Number(2)),
			ManagedPolicies:    &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AWSLambdaBasicExecutionRole")), mp},
			InlinePolicies: &map[string]awsiam.PolicyDocument{
				"Zeta": awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{
					awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sns:Publish"), Resources: jsii.Strings("*")})}}),
				"Alpha": awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{
					awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:SendMessage", "sqs:GetQueueUrl"), Resources: jsii.Strings("*")})}}),
			},
			PermissionsBoundary: boundary,
			ExternalIds:         jsii.Strings("ext-1"),
		})
		r.AddManagedPolicy(awsiam.ManagedPolicy_FromManagedPolicyArn(s, jsii.String("ByArn"), jsii.String("arn:aws:iam::aws:policy/ReadOnlyAccess")))
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: r.RoleArn()})
		awscdk.NewCfnOutput(s, jsii.String("Name"), &awscdk.CfnOutputProps{Value: r.RoleName()})
	},
	"Principals": func(s awscdk.Stack) {
		role := func(id string, p awsiam.IPrincipal, ext ...string) awsiam.Role {
			props := &awsiam.RoleProps{AssumedBy: p}
			if len(ext) > 0 {
				props.ExternalIds = jsii.Strings(ext...)
			}
			return awsiam.NewRole(s, jsii.String(id), props)
		}
		role("Web", awsiam.NewWebIdentityPrincipal(jsii.String("cognito-identity.amazonaws.com"), &map[string]interface{}{
			"StringEquals":           map[string]interface{}{"cognito-identity.amazonaws.com:aud": "us-east-1:1234"},
			"ForAnyValue:StringLike": map[string]interface{}{"cognito-identity.amazonaws.com:amr": "authenticated"},
		}))
		role("Fed", awsiam.NewFederatedPrincipal(jsii.String("arn:aws:iam::123456789012:saml-provider/x"), &map[string]interface{}{}, jsii.String("sts:AssumeRoleWithSAML")))
		role("Org", awsiam.NewOrganizationPrincipal(jsii.String("o-1234567890")))
		role("Acct", awsiam.NewAccountPrincipal(jsii.String("111122223333")).WithConditions(&map[string]interface{}{
			"StringEquals": map[string]interface{}{"aws:PrincipalTag/team": "a"}}))
		role("Tags", awsiam.NewServicePrincipal(jsii.String("ecs-tasks.amazonaws.com"), nil).WithSessionTags())
		role("Any", awsiam.NewAnyPrincipal())
		role("Star", awsiam.NewStarPrincipal())
		role("Canon", awsiam.NewCanonicalUserPrincipal(jsii.String("abc123")))
		role("Opt", awsiam.NewServicePrincipal(jsii.String("states"), &awsiam.ServicePrincipalOpts{Region: jsii.String("af-south-1")}))
		role("Ext", awsiam.NewAccountPrincipal(jsii.String("111122223333")), "a", "b")
		org := role("InOrg", awsiam.NewArnPrincipal(jsii.String("arn:aws:iam::111122223333:root")).InOrganization(jsii.String("o-abcdefghij")))
		org.AssumeRolePolicy().AddStatements(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sts:AssumeRole"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)}}))
	},
	"Identities": func(s awscdk.Stack) {
		g := awsiam.NewGroup(s, jsii.String("Devs"), &awsiam.GroupProps{GroupName: jsii.String("devs"),
			ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("ReadOnlyAccess"))}})
		u := awsiam.NewUser(s, jsii.String("Alice"), &awsiam.UserProps{UserName: jsii.String("alice"), Groups: &[]awsiam.IGroup{g}, Path: jsii.String("/people/")})
		u2 := awsiam.NewUser(s, jsii.String("Bob"), nil)
		g.AddUser(u2)
		g.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:ListAllMyBuckets"), Resources: jsii.Strings("*")}))
		u.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("arn:aws:s3:::x/*")}))
		role := awsiam.NewRole(s, jsii.String("Worker"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		role.GrantPassRole(u)
		role.GrantAssumeRole(u2)
		role.Grant(g, jsii.String("iam:GetRole"), jsii.String("iam:TagRole"))
		pol := awsiam.NewPolicy(s, jsii.String("Shared"), &awsiam.PolicyProps{PolicyName: jsii.String("shared"), Statements: &[]awsiam.PolicyStatement{
			awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("logs:*"), Resources: jsii.Strings("*")})}})
		pol.AttachToUser(u)
		pol.AttachToGroup(g)
		pol.AttachToRole(role)
		mp := awsiam.NewManagedPolicy(s, jsii.String("Managed"), &awsiam.ManagedPolicyProps{ManagedPolicyName: jsii.String("managed"), Description: jsii.String("desc"),
			Path: jsii.String("/mp/"), Users: &[]awsiam.IUser{u}, Roles: &[]awsiam.IRole{role}})
		mp.AttachToGroup(g)
		mp.AddStatements(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sns:Publish"), Resources: jsii.Strings("*")}))
		imp := awsiam.Role_FromRoleArn(s, jsii.String("Imported"), jsii.String("arn:aws:iam::"+*s.Account()+":role/existing"), nil)
		imp.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")}))
		other := awsiam.Role_FromRoleArn(s, jsii.String("Other"), jsii.String("arn:aws:iam::999999999999:role/elsewhere"), nil)
		other.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")}))
		byName := awsiam.Role_FromRoleName(s, jsii.String("ByName"), jsii.String("named-role"), &awsiam.FromRoleNameOptions{Mutable: jsii.Bool(false)})
		byName.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")}))
		frozen := role.WithoutPolicyUpdates(nil)
		frozen.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:PutObject"), Resources: jsii.Strings("*")}))
		awscdk.NewCfnOutput(s, jsii.String("Out"), &awscdk.CfnOutputProps{Value: jsii.String(strings.Join([]string{
			*u.UserArn(), *g.GroupArn(), *mp.ManagedPolicyArn(), *imp.RoleName(), *byName.RoleArn()}, ","))})
	},
}

// newApp is an app under the context `cdk init` writes, like the twins.
func newApp(t *testing.T) awscdk.App {
	ctx := cdkctx.InitContext()
	return awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
}

func synthTemplate(t *testing.T, app awscdk.App, s awscdk.Stack) map[string]interface{} {
	t.Helper()
	tmpl := app.Synth(nil).GetStackArtifact(s.ArtifactId()).Template()
	return tmpl.(map[string]interface{})
}

func readGolden(t *testing.T, name string) map[string]interface{} {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".template.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]interface{}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestParity(t *testing.T) {
	for name, build := range parityCases {
		name, build := name, build
		t.Run(name, func(t *testing.T) {
			app := newApp(t)
			s := awscdk.NewStack(app, jsii.String(name), nil)
			build(s)
			got := synthTemplate(t, app, s)
			want := readGolden(t, name)
			if !reflect.DeepEqual(got, want) {
				g, _ := json.MarshalIndent(got, "", " ")
				w, _ := json.MarshalIndent(want, "", " ")
				os.WriteFile(filepath.Join(os.TempDir(), "strata-"+name+".got.json"), g, 0o644)
				os.WriteFile(filepath.Join(os.TempDir(), "strata-"+name+".want.json"), w, 0o644)
				t.Errorf("template differs from aws-cdk-lib's: diff %s %s", filepath.Join(os.TempDir(), "strata-"+name+".got.json"), filepath.Join(os.TempDir(), "strata-"+name+".want.json"))
			}
		})
	}
}
