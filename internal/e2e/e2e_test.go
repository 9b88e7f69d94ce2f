package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/aws/aws-sdk-go-v2/service/ssm"

	"github.com/strata-cdk/strata/internal/cli"
	"github.com/strata-cdk/strata/internal/deploy"
)

const stackName = "PhotoQueueStack"

type result struct {
	code           int
	stdout, stderr string
}

// strata runs the CLI in process, as a user would from a shell.
func strata(t *testing.T, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Main(args, cli.IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	r := result{code: code, stdout: out.String(), stderr: errb.String()}
	t.Logf("strata %s → exit %d\n--- stdout\n%s--- stderr\n%s", strings.Join(args, " "), code, r.stdout, r.stderr)
	return r
}

// exampleApp is examples/photo-queue, the app these tests deploy: the Go
// program a user would write, synthesized by strata itself.
type exampleApp struct {
	dir string // the example's directory (cdk.json, handler/)
	bin string // the program, built once per test run
	out string // where each version's assembly goes
}

// buildExample compiles examples/photo-queue once. It must run before the
// test points HOME elsewhere, so that the build uses the usual Go caches.
func buildExample(t *testing.T) exampleApp {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "examples", "photo-queue"))
	if err != nil {
		t.Fatal(err)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "photo-queue")
	started := time.Now()
	cmd := exec.Command(goBin, "build", "-o", bin, ".")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build examples/photo-queue: %v\n%s", err, out)
	}
	t.Logf("built examples/photo-queue in %s", time.Since(started).Round(time.Millisecond))
	return exampleApp{dir: dir, bin: bin, out: tmp}
}

// args are the strata flags that synthesize the given version of the app
// (version 2 through the context, as `strata deploy -c version=2`), each
// version into an assembly directory of its own.
func (a exampleApp) args(version int) []string {
	args := []string{"--app", a.bin, "--dir", a.dir, "--output", a.assembly(version)}
	if version != 1 {
		args = append(args, "-c", fmt.Sprintf("version=%d", version))
	}
	return args
}

func (a exampleApp) assembly(version int) string {
	return filepath.Join(a.out, fmt.Sprintf("cdk.out.v%d", version))
}

// logicalID finds a resource by type and construct id in the template strata
// synthesized for version.
func (a exampleApp) logicalID(t *testing.T, version int, typ, id string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(a.assembly(version), stackName+".template.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tmpl struct {
		Resources map[string]struct {
			Type     string
			Metadata map[string]interface{}
		}
	}
	if err := json.Unmarshal(b, &tmpl); err != nil {
		t.Fatal(err)
	}
	for lid, r := range tmpl.Resources {
		if r.Type == typ && r.Metadata["aws:cdk:path"] == stackName+"/"+id+"/Resource" {
			return lid
		}
	}
	t.Fatalf("no %s %s in the template of version %d", typ, id, version)
	return ""
}

// clients talk to moto directly, bypassing the fault proxy.
type clients struct {
	cfn *cloudformation.Client
	s3  *s3.Client
	sqs *sqs.Client
	sns *sns.Client
	lam *lambda.Client
	ssm *ssm.Client
}

func newClients(t *testing.T, motoURL string) clients {
	cfg, err := config.LoadDefaultConfig(context.Background(), config.WithRegion("us-east-1"), config.WithBaseEndpoint(motoURL))
	if err != nil {
		t.Fatal(err)
	}
	return clients{
		cfn: cloudformation.NewFromConfig(cfg),
		s3:  s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true }),
		sqs: sqs.NewFromConfig(cfg), sns: sns.NewFromConfig(cfg), lam: lambda.NewFromConfig(cfg), ssm: ssm.NewFromConfig(cfg),
	}
}

func (c clients) physicalID(t *testing.T, logicalID string) string {
	t.Helper()
	// DescribeStackResources, not DescribeStackResource: moto's single-resource
	// lookup trips over the resource types it skips.
	out, err := c.cfn.DescribeStackResources(context.Background(), &cloudformation.DescribeStackResourcesInput{StackName: aws.String(stackName)})
	if err != nil {
		t.Fatalf("resources of %s: %v", stackName, err)
	}
	for _, r := range out.StackResources {
		if aws.ToString(r.LogicalResourceId) == logicalID {
			return aws.ToString(r.PhysicalResourceId)
		}
	}
	t.Fatalf("stack %s has no resource %s", stackName, logicalID)
	return ""
}

func (c clients) hasResource(t *testing.T, logicalID string) bool {
	t.Helper()
	out, err := c.cfn.DescribeStackResources(context.Background(), &cloudformation.DescribeStackResourcesInput{StackName: aws.String(stackName)})
	if err != nil {
		t.Fatalf("resources of %s: %v", stackName, err)
	}
	for _, r := range out.StackResources {
		if aws.ToString(r.LogicalResourceId) == logicalID {
			return true
		}
	}
	return false
}

func (c clients) queueAttribute(t *testing.T, queueURL, name string) string {
	t.Helper()
	out, err := c.sqs.GetQueueAttributes(context.Background(), &sqs.GetQueueAttributesInput{QueueUrl: aws.String(queueURL), AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeName(name)}})
	if err != nil {
		t.Fatalf("queue %s: %v", queueURL, err)
	}
	return out.Attributes[name]
}

func (c clients) visibilityTimeout(t *testing.T, queueURL string) string {
	t.Helper()
	return c.queueAttribute(t, queueURL, "VisibilityTimeout")
}

func (c clients) stackStatus(t *testing.T) string {
	t.Helper()
	out, err := c.cfn.DescribeStacks(context.Background(), &cloudformation.DescribeStacksInput{StackName: aws.String(stackName)})
	if err != nil {
		if strings.Contains(err.Error(), "does not exist") {
			return "NONE"
		}
		t.Fatal(err)
	}
	return string(out.Stacks[0].StackStatus)
}

func TestDeployLifecycleAgainstMoto(t *testing.T) {
	motoURL := startMoto(t)
	app := buildExample(t)
	proxy := newFaultProxy(t, motoURL)
	home := t.TempDir()
	t.Setenv("AWS_ENDPOINT_URL", proxy.URL)
	t.Setenv("AWS_ACCESS_KEY_ID", "testing")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "testing")
	t.Setenv("AWS_SESSION_TOKEN", "")
	t.Setenv("AWS_REGION", "us-east-1")
	t.Setenv("AWS_PROFILE", "")
	t.Setenv("AWS_CONFIG_FILE", filepath.Join(home, "config"))
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", filepath.Join(home, "credentials"))
	t.Setenv("HOME", home)
	t.Setenv("NO_COLOR", "1")
	c := newClients(t, motoURL)
	ctx := context.Background()
	work := t.TempDir()
	outputs := filepath.Join(work, "outputs.json")
	started := time.Now()

	// cmd runs strata with the app of the given version: strata runs the
	// program with the CLI's context and environment and synthesizes it.
	cmd := func(command string, version int, extra ...string) []string {
		return append(append([]string{command}, app.args(version)...), extra...)
	}

	// Deploying before bootstrapping says what to do.
	if r := strata(t, cmd("deploy", 1, "--require-approval", "never")...); r.code == 0 || !strings.Contains(r.stderr, "strata bootstrap") {
		t.Fatalf("deploy without bootstrap: want a failure that suggests strata bootstrap, got exit %d", r.code)
	}

	if r := strata(t, "bootstrap", "--dir", work); r.code != 0 {
		t.Fatalf("bootstrap failed")
	}
	v, err := c.ssm.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String("/cdk-bootstrap/hnb659fds/version")})
	if err != nil || aws.ToString(v.Parameter.Value) != "33" {
		t.Fatalf("bootstrap version parameter: %v %v", v, err)
	}
	bucket := "cdk-hnb659fds-assets-123456789012-us-east-1"
	if _, err := c.s3.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(bucket)}); err != nil {
		t.Fatalf("staging bucket: %v", err)
	}
	if r := strata(t, "bootstrap", "--dir", work); r.code != 0 || !strings.Contains(r.stdout, "no changes") {
		t.Fatalf("second bootstrap should change nothing")
	}

	// Docker image assets: without a Docker engine, publishing says so.
	if deploy.DockerStatus(ctx) != nil {
		sess, err := deploy.NewSession(ctx, deploy.Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, err = sess.PublishImage(ctx, deploy.ImageAsset{
			ID: "abc123", DisplayName: "Service/Image", Directory: t.TempDir(),
			Repository: "cdk-hnb659fds-container-assets-123456789012-us-east-1", Tag: "abc123", Region: "us-east-1",
		})
		if !errors.Is(err, deploy.ErrNoDocker) || !strings.Contains(err.Error(), "Service/Image") {
			t.Errorf("image asset without Docker: want a clear ErrNoDocker naming the asset, got %v", err)
		}
	}

	// First deployment: direct create, which moto fills Outputs for.
	r := strata(t, cmd("deploy", 1, "--require-approval", "never", "--method", "direct", "--outputs-file", outputs)...)
	if r.code != 0 {
		t.Fatalf("deploy v1 failed")
	}
	if !strings.Contains(r.stderr, "asset published: Worker/Code") {
		t.Errorf("deploy should report publishing the Lambda asset")
	}
	var outs map[string]map[string]string
	b, err := os.ReadFile(outputs)
	if err != nil || json.Unmarshal(b, &outs) != nil {
		t.Fatalf("outputs file: %v %s", err, b)
	}
	o := outs[stackName]
	for _, k := range []string{"BucketName", "QueueUrl", "TopicArn", "FunctionName"} {
		if o[k] == "" {
			t.Errorf("outputs file lacks %s: %v", k, o)
		}
	}
	if _, err := c.s3.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(o["BucketName"])}); err != nil {
		t.Errorf("bucket %s: %v", o["BucketName"], err)
	}
	jobsURL := c.physicalID(t, app.logicalID(t, 1, "AWS::SQS::Queue", "Jobs"))
	if jobsURL != o["QueueUrl"] {
		t.Errorf("Jobs queue %s, but the QueueUrl output says %s", jobsURL, o["QueueUrl"])
	}
	if got := c.visibilityTimeout(t, jobsURL); got != "30" {
		t.Errorf("Jobs VisibilityTimeout = %s, want 30", got)
	}
	if _, err := c.sns.GetTopicAttributes(ctx, &sns.GetTopicAttributesInput{TopicArn: aws.String(o["TopicArn"])}); err != nil {
		t.Errorf("topic: %v", err)
	}
	fn, err := c.lam.GetFunction(ctx, &lambda.GetFunctionInput{FunctionName: aws.String(o["FunctionName"])})
	if err != nil {
		t.Fatalf("function: %v", err)
	}
	if rt := fn.Configuration.Runtime; rt != "python3.13" {
		t.Errorf("function runtime %s, want python3.13", rt)
	}
	if env := fn.Configuration.Environment; env == nil || env.Variables["BUCKET_NAME"] != o["BucketName"] || env.Variables["QUEUE_URL"] != o["QueueUrl"] || env.Variables["TOPIC_ARN"] != o["TopicArn"] {
		t.Errorf("function environment %+v does not name the stack's bucket, queue and topic %v", env, o)
	}
	// The grants: CloudFormation created the worker's default policy.
	if policyID := app.logicalID(t, 1, "AWS::IAM::Policy", "Worker/ServiceRole/DefaultPolicy"); !c.hasResource(t, policyID) {
		t.Errorf("the worker's default policy %s was not created", policyID)
	}
	objs, err := c.s3.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String(bucket)})
	if err != nil {
		t.Fatal(err)
	}
	zipFound := false
	for _, obj := range objs.Contents {
		if strings.HasSuffix(aws.ToString(obj.Key), ".zip") && aws.ToInt64(obj.Size) > 0 {
			zipFound = true
		}
	}
	if !zipFound {
		t.Errorf("no zipped asset in the staging bucket")
	}

	// Nothing changed: diff is empty, deploy is a no-op.
	if r := strata(t, cmd("diff", 1, "--fail")...); r.code != 0 || !strings.Contains(r.stdout, "There were no differences") {
		t.Fatalf("diff of the deployed app should report no differences")
	}
	if r := strata(t, cmd("deploy", 1, "--require-approval", "never")...); r.code != 0 || !strings.Contains(r.stdout, "no changes") {
		t.Fatalf("redeploying the same app should report no changes")
	}

	// Version 2: diff shows the change and exits 1 with --fail. A template
	// diff: moto's change sets name no changed properties, so the default
	// (auto) would count RedrivePolicy, which only a deployment resolves, as
	// unchanged, as the CDK CLI does.
	jobsID := app.logicalID(t, 1, "AWS::SQS::Queue", "Jobs")
	r = strata(t, cmd("diff", 2, "--fail", "--method", "template")...)
	if r.code != 1 {
		t.Errorf("diff --fail with changes: exit %d, want 1", r.code)
	}
	failedID := app.logicalID(t, 2, "AWS::SQS::Queue", "FailedJobs")
	for _, want := range []string{"[~] AWS::SQS::Queue Jobs " + jobsID, "VisibilityTimeout", "[-] 30", "[+] 90", "RedrivePolicy", "[+] AWS::SQS::Queue FailedJobs " + failedID} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("diff output lacks %q", want)
		}
	}
	if r := strata(t, cmd("diff", 2, "--json")...); !strings.Contains(r.stdout, `"stacksWithDifferences": 1`) {
		t.Errorf("diff --json should count one stack with differences")
	}

	// A deployment of version 2 that CloudFormation rolls back: the
	// endpoint rejects the new queue. strata names it by construct path and
	// the stack stays as version 1 left it.
	reason := "Resource handler returned message: \"Access to the resource https://sqs.us-east-1.amazonaws.com/ is denied.\" (HandlerErrorCode: AccessDenied)"
	proxy.arm(stackName, failedID, "AWS::SQS::Queue", reason)
	r = strata(t, cmd("deploy", 2, "--require-approval", "never")...)
	proxy.disarm()
	if r.code == 0 {
		t.Fatalf("a rolled-back deployment must exit non-zero")
	}
	for _, want := range []string{stackName + "/FailedJobs/Resource (" + failedID + ")", "Access to the resource", "UPDATE_ROLLBACK_COMPLETE"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("failure report lacks %q", want)
		}
	}
	if st := c.stackStatus(t); st != "CREATE_COMPLETE" {
		t.Errorf("stack status after the failed deploy = %s, want the previous CREATE_COMPLETE", st)
	}
	if got := c.visibilityTimeout(t, jobsURL); got != "30" {
		t.Errorf("after the failed deploy, Jobs VisibilityTimeout = %s, want 30 (unchanged)", got)
	}
	if c.hasResource(t, failedID) {
		t.Errorf("the rejected FailedJobs queue must not be in the stack")
	}
	if r := strata(t, cmd("diff", 1, "--fail")...); r.code != 0 {
		t.Errorf("after the failed deploy, the deployed stack should still be version 1")
	}

	// Deploy version 2 again, now through a change set the endpoint takes.
	if r := strata(t, cmd("deploy", 2, "--require-approval", "never")...); r.code != 0 {
		t.Fatalf("deploy v2 failed")
	}
	if got := c.visibilityTimeout(t, jobsURL); got != "90" {
		t.Errorf("after v2, Jobs VisibilityTimeout = %s, want 90", got)
	}
	failedURL := c.physicalID(t, failedID)
	if got := c.queueAttribute(t, failedURL, "MessageRetentionPeriod"); got != "1209600" {
		t.Errorf("FailedJobs MessageRetentionPeriod = %s, want 1209600 (14 days)", got)
	}
	// (moto's CloudFormation does not apply a RedrivePolicy on update, so
	// the dead-letter wiring is checked only in the diff above.)
	if r := strata(t, cmd("diff", 2, "--fail")...); r.code != 0 {
		t.Errorf("diff after deploying v2 should be empty")
	}

	// Ctrl-C while waiting: strata stops, says what state the stack is in
	// and how to go on, and exits 130.
	polled := proxy.armHang(stackName)
	go func() {
		select {
		case <-polled:
			_ = syscall.Kill(os.Getpid(), syscall.SIGINT)
		case <-time.After(30 * time.Second):
		}
	}()
	r = strata(t, cmd("deploy", 1, "--require-approval", "never")...)
	proxy.disarm()
	if r.code != 130 || !strings.Contains(r.stderr, "stopped waiting for stack "+stackName+", which is UPDATE_IN_PROGRESS") || !strings.Contains(r.stderr, "cancel-update-stack") {
		t.Errorf("interrupted deploy: exit %d, want 130 and an explanation", r.code)
	}

	// Destroy removes the stack.
	if r := strata(t, cmd("destroy", 2)...); r.code == 0 {
		t.Errorf("destroy without --force and without a terminal must refuse")
	}
	if r := strata(t, cmd("destroy", 2, "--force")...); r.code != 0 {
		t.Fatalf("destroy failed")
	}
	if st := c.stackStatus(t); st != "NONE" {
		t.Errorf("stack after destroy: %s", st)
	}
	if _, err := c.lam.GetFunction(ctx, &lambda.GetFunctionInput{FunctionName: aws.String(o["FunctionName"])}); err == nil {
		t.Errorf("function should be gone after destroy")
	}
	t.Logf("lifecycle took %s", time.Since(started).Round(time.Millisecond))
}
