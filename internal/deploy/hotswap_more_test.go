package deploy

import (
	"context"

	"encoding/json"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// fakeAWS answers the hotswap calls moto does not serve (CodeBuild's
// UpdateProject, Lambda's Invoke of a real handler, AppSync's resolvers
// and functions, Cloud Control) and records each request as
// "METHOD PATH [TARGET] BODY".
type fakeAWS struct {
	mu       sync.Mutex
	requests []string
	// ccFinal is the status Cloud Control's request ends in.
	ccFinal string
	// handlerError makes the bucket deployment handler fail.
	handlerError bool
}

func (f *fakeAWS) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	target := r.Header.Get("X-Amz-Target")
	f.mu.Lock()
	f.requests = append(f.requests, strings.TrimSpace(r.Method+" "+r.URL.Path+" "+target+" "+string(body)))
	f.mu.Unlock()
	reply := func(ct, s string) {
		w.Header().Set("Content-Type", ct)
		_, _ = io.WriteString(w, s)
	}
	switch {
	case target == "CodeBuild_20161006.UpdateProject":
		reply("application/x-amz-json-1.1", `{"project":{"name":"p"}}`)
	case target == "CloudApiService.GetResource":
		reply("application/x-amz-json-1.0", `{"TypeName":"AWS::DynamoDB::Table","ResourceDescription":{"Identifier":"tbl","Properties":"{\"TableName\":\"tbl\",\"Tags\":[{\"Key\":\"aws:cloudformation:stack-name\",\"Value\":\"S\"},{\"Key\":\"a\",\"Value\":\"1\"}]}"}}`)
	case target == "CloudApiService.UpdateResource":
		reply("application/x-amz-json-1.0", `{"ProgressEvent":{"OperationStatus":"IN_PROGRESS","RequestToken":"tok-1","TypeName":"AWS::DynamoDB::Table"}}`)
	case target == "CloudApiService.GetResourceRequestStatus":
		if f.ccFinal == "FAILED" {
			reply("application/x-amz-json-1.0", `{"ProgressEvent":{"OperationStatus":"FAILED","RequestToken":"tok-1","ErrorCode":"InvalidRequest","StatusMessage":"BillingMode is wrong"}}`)
			return
		}
		reply("application/x-amz-json-1.0", `{"ProgressEvent":{"OperationStatus":"SUCCESS","RequestToken":"tok-1"}}`)
	case strings.HasSuffix(r.URL.Path, "/invocations"):
		if f.handlerError {
			w.Header().Set("X-Amz-Function-Error", "Unhandled")
			reply("application/json", `{"errorMessage":"AccessDenied"}`)
			return
		}
		reply("application/json", `null`)
	case r.Method == "GET" && strings.HasSuffix(r.URL.Path, "/functions"):
		reply("application/json", `{"functions":[{"name":"other","functionId":"f0"},{"name":"fn1","functionId":"fid"}]}`)
	case r.Method == "POST" && strings.HasSuffix(r.URL.Path, "/schemacreation"):
		reply("application/json", `{"status":"PROCESSING"}`)
	case r.Method == "GET" && strings.HasSuffix(r.URL.Path, "/schemacreation"):
		reply("application/json", `{"status":"SUCCESS","details":"done"}`)
	case strings.HasPrefix(r.URL.Path, "/v1/apis/"):
		reply("application/json", `{}`)
	case r.Method == "GET" && r.URL.Path == "/templates/req.vtl":
		reply("text/plain", `{"version":"2018-05-29","operation":"Scan"}`)
	default:
		http.Error(w, "unexpected "+r.Method+" "+r.URL.Path+" "+target, http.StatusNotImplemented)
	}
}

func (f *fakeAWS) log() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return strings.Join(f.requests, "\n")
}

func startFake(t *testing.T) (*fakeAWS, *Session) {
	f := &fakeAWS{}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, session(t, srv.URL, Options{PollInterval: 5 * 1e6})
}

// CodeBuild's UpdateProject gets the project's new Source (buildspec as
// the API spells it) and Environment.
func TestHotswapCodeBuild(t *testing.T) {
	f, s := startFake(t)
	rec := &recorder{}
	v := "main"
	err := s.Hotswap(context.Background(), "S", "us-east-1", "", "", HotswapOps{CodeBuild: []CodeBuildUpdate{{
		LogicalID: "P", DisplayName: "S/P (P)", ProjectName: "proj",
		Source:        map[string]interface{}{"Type": "NO_SOURCE", "BuildSpec": "version: 0.2"},
		Environment:   map[string]interface{}{"Type": "LINUX_CONTAINER", "Image": "img:2", "ComputeType": "BUILD_GENERAL1_SMALL", "PrivilegedMode": true, "EnvironmentVariables": []interface{}{map[string]interface{}{"Name": "A", "Value": "1", "Type": "PLAINTEXT"}}},
		SourceVersion: &v,
	}}}, rec)
	if err != nil {
		t.Fatal(err)
	}
	want := `POST / CodeBuild_20161006.UpdateProject {"environment":{"computeType":"BUILD_GENERAL1_SMALL","environmentVariables":[{"name":"A","type":"PLAINTEXT","value":"1"}],"image":"img:2","privilegedMode":true,"type":"LINUX_CONTAINER"},"name":"proj","source":{"buildspec":"version: 0.2","type":"NO_SOURCE"},"sourceVersion":"main"}`
	if got := f.log(); got != want {
		t.Errorf("requests:\n%s\nwant:\n%s", got, want)
	}
	if got := rec.messages(); !strings.Contains(got, "AWS::CodeBuild::Project 'proj' hotswapped!") {
		t.Errorf("progress: %s", got)
	}
}

// The bucket deployment's handler is invoked with the custom resource
// request CloudFormation would send on update; a handler that fails
// fails the hotswap.
func TestHotswapBucketDeployment(t *testing.T) {
	f, s := startFake(t)
	rec := &recorder{}
	ops := HotswapOps{BucketDeployments: []BucketDeploymentInvoke{{
		LogicalID: "D", DisplayName: "S/D (D)", FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:H", DestinationBucket: "dest",
		Properties: map[string]interface{}{"SourceBucketNames": []interface{}{"assets"}, "SourceObjectKeys": []interface{}{"new.zip"}, "DestinationBucketName": "dest", "Prune": "true"},
	}}}
	if err := s.Hotswap(context.Background(), "S", "us-east-1", "", "", ops, rec); err != nil {
		t.Fatal(err)
	}
	got := f.log()
	var req map[string]interface{}
	i := strings.Index(got, "{")
	if !strings.HasPrefix(got, "POST /2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:H/invocations ") || i < 0 || json.Unmarshal([]byte(got[i:]), &req) != nil {
		t.Fatalf("request: %s", got)
	}
	b, _ := json.Marshal(req)
	if string(b) != `{"LogicalResourceId":"required-to-be-present-by-cfn","PhysicalResourceId":"required-to-be-present-by-cfn","RequestId":"required-to-be-present-by-cfn","RequestType":"Update","ResourceProperties":{"DestinationBucketName":"dest","Prune":"true","SourceBucketNames":["assets"],"SourceObjectKeys":["new.zip"]},"ResponseURL":"required-to-be-present-by-cfn","StackId":"required-to-be-present-by-cfn"}` {
		t.Errorf("payload: %s", b)
	}
	if m := rec.messages(); !strings.Contains(m, "Contents of AWS::S3::Bucket 'dest' hotswapped!") {
		t.Errorf("progress: %s", m)
	}
	f.handlerError = true
	err := s.Hotswap(context.Background(), "S", "us-east-1", "", "", ops, rec)
	if err == nil || !strings.Contains(err.Error(), "hotswap of S/D (D): [custom-s3-deployment] the handler arn:aws:lambda:us-east-1:123456789012:function:H failed (Unhandled): {\"errorMessage\":\"AccessDenied\"}") {
		t.Errorf("a failed handler: %v", err)
	}
}

// AppSync: a resolver with its request template read from S3, a function
// found by name (code: no function version), a schema waited for, an
// API key's expiry.
func TestHotswapAppSync(t *testing.T) {
	f, s := startFake(t)
	rec := &recorder{}
	err := s.Hotswap(context.Background(), "S", "us-east-1", "", "", HotswapOps{AppSync: []AppSyncUpdate{
		{LogicalID: "R", DisplayName: "S/R (R)", Type: AppSyncResolver, PhysicalName: "Query.v", Properties: map[string]interface{}{
			"ApiId": "api1", "TypeName": "Query", "FieldName": "v", "DataSourceName": "ds",
			"RequestMappingTemplateS3Location": "s3://templates/req.vtl", "ResponseMappingTemplate": "$util.toJson($ctx.result)"}},
		{LogicalID: "F", DisplayName: "S/F (F)", Type: AppSyncFunction, PhysicalName: "fn1", Properties: map[string]interface{}{
			"ApiId": "api1", "Name": "fn1", "DataSourceName": "ds", "FunctionVersion": "2018-05-29",
			"Runtime": map[string]interface{}{"Name": "APPSYNC_JS", "RuntimeVersion": "1.0.0"}, "Code": "export const x = 2"}},
		{LogicalID: "G", DisplayName: "S/G (G)", Type: AppSyncSchema, PhysicalName: "api1GraphQLSchema", Properties: map[string]interface{}{
			"ApiId": "api1", "Definition": "type Query { v: String }"}},
		{LogicalID: "K", DisplayName: "S/K (K)", Type: AppSyncAPIKey, PhysicalName: "arn:aws:appsync:us-east-1:123456789012:apis/api1/apikeys/da2-k", Properties: map[string]interface{}{
			"ApiId": "api1", "Expires": float64(1900000000)}},
	}}, rec)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		`GET /templates/req.vtl`,
		`POST /v1/apis/api1/types/Query/resolvers/v  {"dataSourceName":"ds","requestMappingTemplate":"{\"version\":\"2018-05-29\",\"operation\":\"Scan\"}","responseMappingTemplate":"$util.toJson($ctx.result)"}`,
		`GET /v1/apis/api1/functions`,
		`POST /v1/apis/api1/functions/fid  {"code":"export const x = 2","dataSourceName":"ds","name":"fn1","runtime":{"name":"APPSYNC_JS","runtimeVersion":"1.0.0"}}`,
		`POST /v1/apis/api1/schemacreation  {"definition":"dHlwZSBRdWVyeSB7IHY6IFN0cmluZyB9"}`,
		`GET /v1/apis/api1/schemacreation`,
		`POST /v1/apis/api1/apikeys/da2-k  {"expires":1900000000}`,
	}, "\n")
	if got := f.log(); got != want {
		t.Errorf("requests:\n%s\nwant:\n%s", got, want)
	}
	for _, m := range []string{"AWS::AppSync::Resolver 'Query.v' hotswapped!", "AWS::AppSync::FunctionConfiguration 'fn1' hotswapped!", "AWS::AppSync::GraphQLSchema 'api1GraphQLSchema' hotswapped!"} {
		if !strings.Contains(rec.messages(), m) {
			t.Errorf("progress lacks %q: %s", m, rec.messages())
		}
	}
}

// Cloud Control: the patch document with the tag operations worked out
// against the resource's current tags (aws: tags kept), then the request
// followed to its end; a failed request fails the hotswap with its reason.
func TestHotswapCloudControl(t *testing.T) {
	f, s := startFake(t)
	rec := &recorder{}
	ops := HotswapOps{CloudControl: []CloudControlUpdate{{
		LogicalID: "Table", DisplayName: "S/Table (Table)", TypeName: "AWS::DynamoDB::Table", Identifier: "tbl",
		Patch: []PatchOp{{Op: "replace", Path: "/BillingMode", Value: "PROVISIONED"}},
		Tags:  []interface{}{map[string]interface{}{"Key": "a", "Value": "2"}},
	}}}
	if err := s.Hotswap(context.Background(), "S", "us-east-1", "", "", ops, rec); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		`POST / CloudApiService.GetResource {"Identifier":"tbl","TypeName":"AWS::DynamoDB::Table"}`,
		`POST / CloudApiService.UpdateResource {"Identifier":"tbl","PatchDocument":"[{\"op\":\"replace\",\"path\":\"/BillingMode\",\"value\":\"PROVISIONED\"},{\"op\":\"replace\",\"path\":\"/Tags/1\",\"value\":{\"Key\":\"a\",\"Value\":\"2\"}}]","TypeName":"AWS::DynamoDB::Table"}`,
		`POST / CloudApiService.GetResourceRequestStatus {"RequestToken":"tok-1"}`,
	}, "\n")
	// ClientToken is random: compared without it.
	if got := dropClientToken(f.log()); got != want {
		t.Errorf("requests:\n%s\nwant:\n%s", got, want)
	}
	if m := rec.messages(); !strings.Contains(m, "AWS::DynamoDB::Table 'tbl' hotswapped!") {
		t.Errorf("progress: %s", m)
	}
	f.ccFinal = "FAILED"
	err := s.Hotswap(context.Background(), "S", "us-east-1", "", "", ops, rec)
	if err == nil || err.Error() != "hotswap of S/Table (Table): [cloudcontrol] Failed to update tbl (AWS::DynamoDB::Table): FAILED InvalidRequest: BillingMode is wrong" {
		t.Errorf("a failed request: %v", err)
	}
}

func dropClientToken(s string) string {
	for {
		i := strings.Index(s, `"ClientToken":"`)
		if i < 0 {
			return s
		}
		j := strings.Index(s[i+15:], `"`)
		s = s[:i] + s[i+15+j+2:]
	}
}

// ResourceProperties reads a resource's properties through Cloud Control.
func TestResourceProperties(t *testing.T) {
	f, s := startFake(t)
	props, err := s.ResourceProperties(context.Background(), "us-east-1", "", "", "AWS::DynamoDB::Table", "tbl")
	if err != nil || props["TableName"] != "tbl" {
		t.Fatalf("%v %v", props, err)
	}
	if got := f.log(); got != `POST / CloudApiService.GetResource {"Identifier":"tbl","TypeName":"AWS::DynamoDB::Table"}` {
		t.Errorf("requests: %s", got)
	}
}

// Exports and StackOutputs read from moto: an export of one stack, the
// outputs of another, nil for a stack that does not exist.
func TestExportsAndStackOutputs(t *testing.T) {
	moto := startMoto(t)
	s := session(t, moto, Options{})
	ctx := context.Background()
	tmpl := `{"Resources":{"Q":{"Type":"AWS::SQS::Queue"}},"Outputs":{"Name":{"Value":"jobs","Export":{"Name":"Shared:Queue"}},"Other":{"Value":"x"}}}`
	// Made with CreateStack, so that the test rests only on what it reads.
	cfn := s.CloudFormation(s.Config(ctx, "us-east-1", "", ""))
	if _, err := cfn.CreateStack(ctx, &cloudformation.CreateStackInput{StackName: aws.String("Producer"), TemplateBody: aws.String(tmpl)}); err != nil {
		t.Fatal(err)
	}
	exports, err := s.Exports(ctx, "us-east-1", "", "")
	if err != nil || exports["Shared:Queue"] != "jobs" {
		t.Errorf("exports: %v %v", exports, err)
	}
	outs, err := s.StackOutputs(ctx, "us-east-1", "", "", "Producer")
	if err != nil || outs["Name"] != "jobs" || outs["Other"] != "x" {
		t.Errorf("outputs: %v %v", outs, err)
	}
	if outs, err := s.StackOutputs(ctx, "us-east-1", "", "", "Nope"); err != nil || outs != nil {
		t.Errorf("missing stack: %v %v", outs, err)
	}
}
