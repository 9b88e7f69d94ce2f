package awscdk_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/regioninfo"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// TestRegionalFactMatchesAwsCdkLib is the program of twins/regional_fact.js.
func TestRegionalFactMatchesAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, nil)
	facts := []struct {
		id   string
		name *string
		def  *string
	}{
		{"Elb", regioninfo.FactName_ELBV2_ACCOUNT(), nil},
		{"Website", regioninfo.FactName_S3_STATIC_WEBSITE_ENDPOINT(), nil},
		{"WebsiteZone", regioninfo.FactName_S3_STATIC_WEBSITE_ZONE_53_HOSTED_ZONE_ID(), nil},
		{"Suffix", regioninfo.FactName_DOMAIN_SUFFIX(), nil},
		{"Partition", regioninfo.FactName_PARTITION(), nil},
		{"Node", regioninfo.FactName_LATEST_NODE_RUNTIME(), jsii.String("nodejs18.x")},
		{"Insights", regioninfo.FactName_CloudwatchLambdaInsightsVersion(jsii.String("1.0.229.0"), jsii.String("arm64")), nil},
		{"Unknown", jsii.String("strata:no-such-fact"), jsii.String("fallback")},
		{"ElbAgain", regioninfo.FactName_ELBV2_ACCOUNT(), nil},
	}
	stacks := []struct {
		id         string
		env        *awscdk.Environment
		partitions interface{}
	}{
		{"FactsAgnostic", nil, nil},
		{"FactsAwsOnly", nil, []interface{}{"aws"}},
		{"FactsAllPartitions", nil, "undefined"},
		{"FactsRegional", &awscdk.Environment{Region: jsii.String("eu-west-1"), Account: jsii.String("123456789012")}, nil},
	}
	for _, c := range stacks {
		stack := awscdk.NewStack(app, jsii.String(c.id), &awscdk.StackProps{Env: c.env})
		if c.partitions != nil {
			stack.Node().SetContext(jsii.String("@aws-cdk/core:target-partitions"), c.partitions)
		}
		awscdk.NewCfnResource(stack, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic"), Properties: &map[string]interface{}{
			"DisplayName": stack.RegionalFact(regioninfo.FactName_PARTITION(), nil),
		}})
		for _, f := range facts {
			awscdk.NewCfnOutput(stack, jsii.String(f.id), &awscdk.CfnOutputProps{Value: stack.RegionalFact(f.name, f.def)})
		}
	}
	app.Synth(nil)
	for _, c := range stacks {
		sameModuloCode(t, outdir, filepath.Join("testdata/expected/regional_fact"), c.id)
	}
}

func TestRegionalFactMistakes(t *testing.T) {
	cases := []struct {
		name, want string
		run        func(app awscdk.App)
	}{
		{"unknown fact in a known region", "[FactsRegional] region-info: don't know strata:no-such-fact for region eu-west-1. Use 'Fact.register' to provide this value.", func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("FactsRegional"), &awscdk.StackProps{Env: &awscdk.Environment{Region: jsii.String("eu-west-1")}})
			s.RegionalFact(jsii.String("strata:no-such-fact"), nil)
		}},
		{"unknown fact in an agnostic stack", "region-info: don't have any information for strata:no-such-fact. Use 'Fact.register' to provide values, or add partitions to the '@aws-cdk/core:target-partitions' context value.", func(app awscdk.App) {
			awscdk.NewStack(app, jsii.String("Agnostic"), nil).RegionalFact(jsii.String("strata:no-such-fact"), nil)
		}},
		{"partitions not a list", `Context value '@aws-cdk/core:target-partitions' should be a list of strings, got: "aws"`, func(app awscdk.App) {
			s := awscdk.NewStack(app, jsii.String("Agnostic"), nil)
			s.Node().SetContext(jsii.String("@aws-cdk/core:target-partitions"), "aws")
			s.RegionalFact(regioninfo.FactName_PARTITION(), nil)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			app, _ := initApp(t, nil)
			var msg string
			func() {
				defer func() {
					r := recover()
					if e, ok := r.(error); ok && diag.IsUserError(e) {
						msg = e.Error()
					} else if r != nil {
						panic(r)
					}
				}()
				c.run(app)
			}()
			if !strings.Contains(msg, c.want) {
				t.Errorf("got %q, want it to contain %q", msg, c.want)
			}
		})
	}
}

// A fact registered by the user is what RegionalFact finds.
func TestRegionalFactSeesRegisteredFacts(t *testing.T) {
	app, _ := initApp(t, nil)
	regioninfo.Fact_Register(userFact{"eu-west-1", "strata:regional-fact-test", "hello"}, nil)
	defer regioninfo.Fact_Unregister(jsii.String("eu-west-1"), jsii.String("strata:regional-fact-test"), nil)
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Region: jsii.String("eu-west-1")}})
	if v := s.RegionalFact(jsii.String("strata:regional-fact-test"), nil); v == nil || *v != "hello" {
		t.Fatalf("RegionalFact = %v", v)
	}
}

type userFact struct{ region, name, value string }

func (f userFact) Region() *string { return &f.region }
func (f userFact) Name() *string   { return &f.name }
func (f userFact) Value() *string  { return &f.value }
