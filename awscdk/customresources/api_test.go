package customresources_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	cr "github.com/strata-cdk/strata/awscdk/customresources"
	"github.com/strata-cdk/strata/jsii"
)

// TestInstallLatestAwsSdkWarning: without the init context's flag the
// handler installs the latest SDK, with aws-cdk-lib's warning.
func TestInstallLatestAwsSdkWarning(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	st := awscdk.NewStack(app, s("S"), nil)
	c := cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{OnCreate: listCall("listQueues", "SQS", "q"), Policy: anyResource()})
	var warned bool
	for _, m := range *c.Node().Metadata() {
		if *m.Type == "aws:cdk:warning" && strings.Contains(m.Data.(string), "installLatestAwsSdk was not specified") {
			warned = true
		}
	}
	if !warned {
		t.Error("no installLatestAwsSdkNotSpecified warning")
	}
	tpl := synthTemplate(t, app, "S")
	props := tpl["Resources"].(map[string]interface{})
	var fn, res map[string]interface{}
	for id, r := range props {
		r := r.(map[string]interface{})
		if r["Type"] == "Custom::AWS" {
			res = r["Properties"].(map[string]interface{})
		}
		if strings.HasPrefix(id, "AWS679f53fac002430cb0da5b7982bd2287") && r["Type"] == "AWS::Lambda::Function" {
			fn = r["Properties"].(map[string]interface{})
		}
	}
	if res["InstallLatestAwsSdk"] != true {
		t.Errorf("InstallLatestAwsSdk = %v, want true", res["InstallLatestAwsSdk"])
	}
	// Only an explicit installLatestAwsSdk raises the memory to 512.
	if _, ok := fn["MemorySize"]; ok {
		t.Errorf("MemorySize set without an explicit installLatestAwsSdk: %v", fn["MemorySize"])
	}
}

func synthTemplate(t *testing.T, app awscdk.App, stack string) map[string]interface{} {
	t.Helper()
	asm := app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(*asm.Directory(), stack+".template.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tpl map[string]interface{}
	if err := json.Unmarshal(b, &tpl); err != nil {
		t.Fatal(err)
	}
	return tpl
}

type myResource struct{ cr.AwsCustomResource }
type myProvider struct{ cr.Provider }
type myLogging struct{ cr.Logging }

// TestOverridesAndStatics covers aws-cdk-go's subclassing constructors
// and the statics.
func TestOverridesAndStatics(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	st := awscdk.NewStack(app, s("S"), nil)
	r := &myResource{}
	hidden := &myLogging{}
	cr.NewLogging_Override(hidden, &cr.LoggingProps{LogApiResponseData: jsii.Bool(false)})
	call := listCall("listQueues", "SQS", "q")
	call.Logging = hidden
	cr.NewAwsCustomResource_Override(r, st, s("Cr"), &cr.AwsCustomResourceProps{InstallLatestAwsSdk: jsii.Bool(false), OnCreate: call, Policy: anyResource()})
	if r.Node().Path() == nil || *r.Node().Path() != "S/Cr" || r.GrantPrincipal() == nil {
		t.Fatal("override did not initialise the resource")
	}
	if *r.ToString() != "S/Cr" {
		t.Errorf("ToString = %s", *r.ToString())
	}
	p := &myProvider{}
	cr.NewProvider_Override(p, st, s("P"), &cr.ProviderProps{OnEventHandler: userFn(st, "F")})
	if p.ServiceToken() == nil || p.OnEventHandler() == nil || p.IsCompleteHandler() != nil {
		t.Error("provider accessors")
	}
	if !*cr.AwsCustomResource_IsConstruct(r) || !*cr.Provider_IsConstruct(p) || *cr.WaiterStateMachine_IsConstruct("x") {
		t.Error("IsConstruct")
	}
	if *cr.AwsCustomResource_PROVIDER_FUNCTION_UUID() != "679f53fa-c002-430c-b0da-5b7982bd2287" ||
		*cr.Provider_PROPERTY_INJECTION_ID() != "aws-cdk-lib.aws-custom-resources.Provider" ||
		(*cr.AwsCustomResourcePolicy_ANY_RESOURCE())[0] == nil {
		t.Error("statics")
	}
	ref := cr.NewPhysicalResourceIdReference()
	if *ref.ToJSON() != "PHYSICAL:RESOURCEID:" || *ref.ToString() != "PHYSICAL:RESOURCEID:" || ref.Resolve(nil) != "PHYSICAL:RESOURCEID:" {
		t.Error("PhysicalResourceIdReference")
	}
	pol := cr.AwsCustomResourcePolicy_FromStatements(&[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(nil)})
	if len(*pol.Statements()) != 1 || pol.Resources() != nil {
		t.Error("FromStatements")
	}
	tpl := synthTemplate(t, app, "S")
	var create interface{}
	for _, r := range tpl["Resources"].(map[string]interface{}) {
		if r := r.(map[string]interface{}); r["Type"] == "Custom::AWS" {
			create = r["Properties"].(map[string]interface{})["Create"]
		}
	}
	if !strings.Contains(create.(string), `"logApiResponseData":false`) {
		t.Errorf("a Logging subclass's props are not rendered: %v", create)
	}
}

// TestParameterShapes: parameters given as the Go shapes programs use
// render as jsii hands them over (map keys sorted), with the physical id
// reference as its marker.
func TestParameterShapes(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	st := awscdk.NewStack(app, s("S"), nil)
	cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{
		InstallLatestAwsSdk: jsii.Bool(false),
		OnCreate: &cr.AwsSdkCall{Action: s("a"), Service: s("S3"), PhysicalResourceId: cr.PhysicalResourceId_Of(s("x")),
			Parameters: &map[string]interface{}{"B": map[string]*string{"D": s("d"), "C": s("c")}, "A": []interface{}{1, "x", jsii.Number(2.5)}}},
		OnUpdate: &cr.AwsSdkCall{Action: s("a"), Service: s("S3"),
			Parameters: map[string]interface{}{"Ids": &[]interface{}{cr.NewPhysicalResourceIdReference()}}},
		Policy: anyResource(),
	})
	tpl := synthTemplate(t, app, "S")
	for _, r := range tpl["Resources"].(map[string]interface{}) {
		r := r.(map[string]interface{})
		if r["Type"] != "Custom::AWS" {
			continue
		}
		p := r["Properties"].(map[string]interface{})
		if want := `{"action":"a","service":"S3","parameters":{"A":[1,"x",2.5],"B":{"C":"c","D":"d"}},"physicalResourceId":{"id":"x"}}`; p["Create"] != want {
			t.Errorf("Create = %v\nwant     %s", p["Create"], want)
		}
		if want := `{"action":"a","service":"S3","parameters":{"Ids":["PHYSICAL:RESOURCEID:"]}}`; p["Update"] != want {
			t.Errorf("Update = %v\nwant     %s", p["Update"], want)
		}
	}
}

// TestLambdaRuntimeAspectKeepsOtherFamilies: AddLambdaRuntime changes only
// handlers of the runtime's family.
func TestLambdaRuntimeAspectKeepsOtherFamilies(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	st := awscdk.NewStack(app, s("S"), nil)
	cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{InstallLatestAwsSdk: jsii.Bool(false), OnCreate: listCall("listQueues", "SQS", "q"), Policy: anyResource()})
	cr.CustomResourceConfig_Of(st).AddLambdaRuntime(awslambda.Runtime_PYTHON_3_13())
	for id, r := range synthTemplate(t, app, "S")["Resources"].(map[string]interface{}) {
		r := r.(map[string]interface{})
		if r["Type"] == "AWS::Lambda::Function" && strings.HasPrefix(id, "AWS679f") {
			if rt := r["Properties"].(map[string]interface{})["Runtime"]; rt != "nodejs24.x" {
				t.Errorf("Runtime = %v, want nodejs24.x", rt)
			}
		}
	}
}

// TestParallelApps: apps synthesized at once share nothing (no package
// state), each getting the same template.
func TestParallelApps(t *testing.T) {
	build := func() string {
		app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
		st := awscdk.NewStack(app, s("S"), nil)
		p := cr.NewProvider(st, s("P"), &cr.ProviderProps{OnEventHandler: userFn(st, "F"), IsCompleteHandler: userFn(st, "C")})
		cr.NewAwsCustomResource(st, s("Cr"), &cr.AwsCustomResourceProps{InstallLatestAwsSdk: jsii.Bool(false), OnCreate: listCall("listQueues", "SQS", "q"), Policy: anyResource()})
		awscdk.NewCustomResource(st, s("R"), &awscdk.CustomResourceProps{ServiceToken: p.ServiceToken()})
		b, _ := json.Marshal(synthTemplate(t, app, "S"))
		return string(b)
	}
	want := build()
	results := make(chan string, 4)
	for i := 0; i < 4; i++ {
		go func() { results <- build() }()
	}
	for i := 0; i < 4; i++ {
		if got := <-results; got != want {
			t.Error("a parallel app synthesized a different template")
		}
	}
}
