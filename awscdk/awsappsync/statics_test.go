package awsappsync_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsappsync"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/jsii"
)

type myApi struct{ awsappsync.GraphqlApi }

type myBase struct{ awsappsync.GraphqlApiBase }

func (myBase) ApiId() *string { return jsii.String("custom-id") }
func (myBase) Arn() *string {
	return jsii.String("arn:aws:appsync:us-east-1:111111111111:apis/custom-id")
}

type myTemplate struct{ awsappsync.MappingTemplate }

func (myTemplate) RenderTemplate() *string { return jsii.String("custom") }

// Subclassing the way Go programs do it with aws-cdk-go: the construct
// lands in the tree once, the user's struct is what the tree hands out,
// and the user's methods are the ones the base calls through.
func TestOverrides(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	a := &myApi{}
	awsappsync.NewGraphqlApi_Override(a, s, jsii.String("Api"), &awsappsync.GraphqlApiProps{Name: jsii.String("x"), Definition: def()})
	if got := s.Node().FindChild(jsii.String("Api")); got != a {
		t.Errorf("tree hands out %T, want *myApi", got)
	}
	b := &myBase{}
	awsappsync.NewGraphqlApiBase_Override(b, s, jsii.String("Base"), nil)
	role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
	b.GrantQuery(role)
	ds := b.AddNoneDataSource(jsii.String("none"), nil)
	ds.CreateResolver(jsii.String("R"), &awsappsync.BaseResolverProps{TypeName: jsii.String("Query"), FieldName: jsii.String("f"),
		RequestMappingTemplate: &myTemplate{}})
	awsappsync.NewMappingTemplate_Override(&myTemplate{})
	tpl := app.Synth(nil).GetStackArtifact(jsii.String("S")).Template()
	text := toJSON(t, tpl)
	for _, want := range []string{`"ApiId":"custom-id"`, `apis/custom-id/types/Query/*`, `"RequestMappingTemplate":"custom"`} {
		if !strings.Contains(text, want) {
			t.Errorf("template lacks %s:\n%s", want, text)
		}
	}
}

func TestNilProps(t *testing.T) {
	for name, build := range map[string]func(s awscdk.Stack){
		"GraphqlApi":         func(s awscdk.Stack) { awsappsync.NewGraphqlApi(s, jsii.String("Api"), nil) },
		"NoneDataSource":     func(s awscdk.Stack) { awsappsync.NewNoneDataSource(s, jsii.String("Api"), nil) },
		"DynamoDbDataSource": func(s awscdk.Stack) { awsappsync.NewDynamoDbDataSource(s, jsii.String("Api"), nil) },
		"Resolver":           func(s awscdk.Stack) { awsappsync.NewResolver(s, jsii.String("Api"), nil) },
		"AppsyncFunction":    func(s awscdk.Stack) { awsappsync.NewAppsyncFunction(s, jsii.String("Api"), nil) },
		"Import":             func(s awscdk.Stack) { awsappsync.GraphqlApi_FromGraphqlApiAttributes(s, jsii.String("Api"), nil) },
	} {
		err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
		if err == nil || !strings.Contains(err.Error(), "S/Api") {
			t.Errorf("%s with nil props: error %v, want one naming S/Api", name, err)
		}
	}
}
