package regioninfo

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/strata-cdk/strata/internal/diag"
)

func s(v string) *string { return &v }

// put sets m[k] unless v is nil, as JSON.stringify drops undefined.
func put(m map[string]interface{}, k string, v *string) {
	if v != nil {
		m[k] = *v
	}
}

// TestAgainstAwsCdkLib asks the questions testdata/twin.js asks aws-cdk-lib
// and compares the answers with the ones it gave (testdata/expected.json).
func TestAgainstAwsCdkLib(t *testing.T) {
	raw, err := os.ReadFile("testdata/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]interface{}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	regions := []string{"us-east-1", "cn-north-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1", "eu-isoe-west-1", "eusc-de-east-1", "us-isof-south-1", "af-south-1", "xx-nowhere-1"}
	info := map[string]interface{}{}
	for _, r := range regions {
		ri := RegionInfo_Get(s(r))
		m := map[string]interface{}{"cdkMetadataResourceAvailable": *ri.CdkMetadataResourceAvailable(), "isOptInRegion": *ri.IsOptInRegion()}
		put(m, "name", ri.Name())
		put(m, "partition", ri.Partition())
		put(m, "domainSuffix", ri.DomainSuffix())
		put(m, "s3StaticWebsiteEndpoint", ri.S3StaticWebsiteEndpoint())
		put(m, "s3StaticWebsiteHostedZoneId", ri.S3StaticWebsiteHostedZoneId())
		put(m, "ebsEnvEndpointHostedZoneId", ri.EbsEnvEndpointHostedZoneId())
		put(m, "vpcEndpointServiceNamePrefix", ri.VpcEndpointServiceNamePrefix())
		put(m, "elbv2Account", ri.Elbv2Account())
		put(m, "dlcRepositoryAccount", ri.DlcRepositoryAccount())
		put(m, "appMeshRepositoryAccount", ri.AppMeshRepositoryAccount())
		put(m, "firehoseCidrBlock", ri.FirehoseCidrBlock())
		put(m, "samlSignOnUrl", ri.SamlSignOnUrl())
		put(m, "servicePrincipal", ri.ServicePrincipal(s("states.amazonaws.com.cn")))
		put(m, "insights", ri.CloudwatchLambdaInsightsArn(s("1.0.229.0"), nil))
		put(m, "insightsArm", ri.CloudwatchLambdaInsightsArn(s("1.0.229.0"), s("arm64")))
		put(m, "appConfig", ri.AppConfigLambdaArn(s("2.0.2037"), nil))
		put(m, "adot", ri.AdotLambdaLayerArn(s("JAVA_SDK"), s("1.32.0"), s("amd64")))
		put(m, "paramsAndSecrets", ri.ParamsAndSecretsLambdaLayerArn(s("1.0.103"), s("x86_64")))
		info[r] = m
	}
	principals := map[string]interface{}{}
	for _, r := range regions {
		for _, svc := range []string{"codedeploy", "logs", "states", "elasticmapreduce", "config", "dms", "sns.amazonaws.com", "lambda.c2s.ic.gov", "a.b.c"} {
			principals[svc+"|"+r] = *Default_ServicePrincipal(s(svc), s(r), s("SUFFIX"))
		}
	}
	var order []string
	for _, rv := range regionValues(*FactName_LATEST_NODE_RUNTIME(), nil) {
		order = append(order, rv.region)
	}
	got := map[string]interface{}{
		"regions":          Fact_Regions(),
		"names":            Fact_Names(),
		"definedFacts":     Fact_DefinedFacts(),
		"info":             info,
		"regionMap":        RegionInfo_RegionMap(FactName_ELBV2_ACCOUNT()),
		"regionMapOrder":   order,
		"limitedRegionMap": RegionInfo_LimitedRegionMap(FactName_S3_STATIC_WEBSITE_ENDPOINT(), &[]*string{s("aws-cn"), s("aws-us-gov")}),
		"principals":       principals,
		"factNames": []*string{
			FactName_CloudwatchLambdaInsightsVersion(s("1.0.98.0"), nil), FactName_AppConfigLambdaLayerVersion(s("2.0.181"), s("arm64")),
			FactName_AdotLambdaLayer(s("JAVASCRIPT_SDK"), s("0.1.2"), s("arm64")), FactName_ParamsAndSecretsLambdaLayer(s("1.0.103"), s("arm64")),
			FactName_ServicePrincipal(s("ec2.amazonaws.com.cn")),
		},
	}
	b, _ := json.Marshal(got)
	var gotJSON map[string]interface{}
	if err := json.Unmarshal(b, &gotJSON); err != nil {
		t.Fatal(err)
	}
	for k := range want {
		if !reflect.DeepEqual(gotJSON[k], want[k]) {
			g, _ := json.Marshal(gotJSON[k])
			w, _ := json.Marshal(want[k])
			t.Errorf("%s differs from aws-cdk-lib's:\n got %.600s\nwant %.600s", k, g, w)
		}
	}
}

type testFact struct{ region, name, value *string }

func (f testFact) Region() *string { return f.region }
func (f testFact) Name() *string   { return f.name }
func (f testFact) Value() *string  { return f.value }

// userError runs f and returns the message of the user mistake it stops with.
func userError(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && diag.IsUserError(e) {
				msg = e.Error()
				return
			}
			panic(r)
		}
	}()
	f()
	return ""
}

func TestRegisterUnregister(t *testing.T) {
	region, name := "test-strata-1", "strata:test-fact"
	Fact_Register(testFact{s(region), s(name), s("one")}, nil)
	defer Fact_Unregister(s(region), s(name), nil)
	if v := Fact_Find(s(region), s(name)); v == nil || *v != "one" {
		t.Fatalf("Find after Register = %v", v)
	}
	if (*Fact_Regions())[len(*Fact_Regions())-1] == nil || *(*Fact_Regions())[len(*Fact_Regions())-1] != region {
		t.Errorf("a registered region is listed last by Fact_Regions")
	}
	// The same value again is no conflict; another one is, unless replacing.
	Fact_Register(testFact{s(region), s(name), s("one")}, nil)
	if msg := userError(func() { Fact_Register(testFact{s(region), s(name), s("two")}, nil) }); !strings.Contains(msg, "already has a fact "+name+", with value one") {
		t.Errorf("conflicting Register: %q", msg)
	}
	Fact_Register(testFact{s(region), s(name), s("two")}, jsiiTrue())
	if v := Fact_RequireFact(s(region), s(name)); *v != "two" {
		t.Errorf("replaced value = %s", *v)
	}
	if msg := userError(func() { Fact_Unregister(s(region), s(name), s("one")) }); !strings.Contains(msg, "but the fact's value is two") {
		t.Errorf("Unregister with the wrong value: %q", msg)
	}
	Fact_Unregister(s(region), s(name), s("two"))
	if Fact_Find(s(region), s(name)) != nil {
		t.Errorf("fact still there after Unregister")
	}
	if msg := userError(func() { Fact_RequireFact(s(region), s(name)) }); !strings.Contains(msg, "No fact "+name+" could be found for region: "+region) {
		t.Errorf("RequireFact of a missing fact: %q", msg)
	}
}

func jsiiTrue() *bool { b := true; return &b }

// TestConcurrentRegister registers and reads from many goroutines; run
// with -race it proves the database is guarded.
func TestConcurrentRegister(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			region := "race-test-" + string(rune('a'+i))
			Fact_Register(testFact{s(region), s("x"), s("y")}, nil)
			_ = RegionInfo_RegionMap(s("x"))
			_ = Fact_Names()
			if v := Fact_Find(s(region), s("x")); v == nil || *v != "y" {
				t.Errorf("%s: lost its fact", region)
			}
			Fact_Unregister(s(region), s("x"), nil)
		}(i)
	}
	wg.Wait()
}

// TestGeneratedUpToDate regenerates facts_gen.go into a temporary
// directory and compares, when node and aws-cdk-lib are at hand.
func TestGeneratedUpToDate(t *testing.T) {
	src, err := os.ReadFile("facts_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(src), "// Code generated by gen_facts.js from aws-cdk-lib 2.276.0; DO NOT EDIT.\n") {
		t.Fatalf("facts_gen.go lacks the generated-code header")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	dir := t.TempDir()
	cmd := exec.Command("node", "gen_facts.js")
	cmd.Env = append(os.Environ(), "STRATA_GEN_OUT="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		if strings.Contains(string(out), "not found on NODE_PATH") {
			t.Skip("aws-cdk-lib 2.276.0 not installed")
		}
		t.Fatalf("gen_facts.js: %v\n%s", err, out)
	}
	fmtd, err := exec.Command("gofmt", filepath.Join(dir, "facts_gen.go")).Output()
	if err != nil {
		t.Fatal(err)
	}
	if string(fmtd) != string(src) {
		t.Errorf("facts_gen.go is stale: run go generate ./awscdk/regioninfo")
	}
}
