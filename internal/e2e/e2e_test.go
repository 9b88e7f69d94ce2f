package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
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

const stackName = "StrataE2EStack"

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

func assembly(v string) string {
	p, _ := filepath.Abs(filepath.Join("testdata", "assemblies", v))
	return p
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

func (c clients) visibilityTimeout(t *testing.T, queueURL string) string {
	t.Helper()
	out, err := c.sqs.GetQueueAttributes(context.Background(), &sqs.GetQueueAttributesInput{QueueUrl: aws.String(queueURL), AttributeNames: []sqstypes.QueueAttributeName{"VisibilityTimeout"}})
	if err != nil {
		t.Fatalf("queue %s: %v", queueURL, err)
	}
	return out.Attributes["VisibilityTimeout"]
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

func logicalIDWithPrefix(t *testing.T, version, prefix string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(assembly(version), stackName+".template.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tmpl struct {
		Resources map[string]struct{ Type string }
	}
	if err := json.Unmarshal(b, &tmpl); err != nil {
		t.Fatal(err)
	}
	for id, r := range tmpl.Resources {
		if strings.HasPrefix(id, prefix) && r.Type == "AWS::SQS::Queue" {
			return id
		}
	}
	t.Fatalf("no queue %s* in %s", prefix, version)
	return ""
}

func TestDeployLifecycleAgainstMoto(t *testing.T) {
	motoURL := startMoto(t)
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

	// Deploying before bootstrapping says what to do.
	if r := strata(t, "deploy", "--app", assembly("v1"), "--require-approval", "never", "--dir", work); r.code == 0 || !strings.Contains(r.stderr, "strata bootstrap") {
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
	r := strata(t, "deploy", "--app", assembly("v1"), "--require-approval", "never", "--method", "direct", "--outputs-file", outputs, "--dir", work)
	if r.code != 0 {
		t.Fatalf("deploy v1 failed")
	}
	if !strings.Contains(r.stderr, "asset published: Handler/Code") {
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
	jobsURL := c.physicalID(t, "JobsDF1CC2D4")
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
	if rt := fn.Configuration.Runtime; rt != "nodejs20.x" {
		t.Errorf("function runtime %s", rt)
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
	if r := strata(t, "diff", "--app", assembly("v1"), "--fail", "--dir", work); r.code != 0 || !strings.Contains(r.stdout, "There were no differences") {
		t.Fatalf("diff of the deployed app should report no differences")
	}
	if r := strata(t, "deploy", "--app", assembly("v1"), "--require-approval", "never", "--dir", work); r.code != 0 || !strings.Contains(r.stdout, "no changes") {
		t.Fatalf("redeploying the same app should report no changes")
	}

	// The changed app: diff shows the change and exits 1 with --fail.
	r = strata(t, "diff", "--app", assembly("v2"), "--fail", "--dir", work)
	if r.code != 1 {
		t.Errorf("diff --fail with changes: exit %d, want 1", r.code)
	}
	for _, want := range []string{"[~] AWS::SQS::Queue Jobs JobsDF1CC2D4", "VisibilityTimeout", "[-] 30", "[+] 90", "[+] AWS::SQS::Queue Audit"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("diff output lacks %q", want)
		}
	}
	if r := strata(t, "diff", "--app", assembly("v2"), "--json", "--dir", work); !strings.Contains(r.stdout, `"stacksWithDifferences": 1`) {
		t.Errorf("diff --json should count one stack with differences")
	}

	// Redeploy through a change set.
	if r := strata(t, "deploy", "--app", assembly("v2"), "--require-approval", "never", "--dir", work); r.code != 0 {
		t.Fatalf("deploy v2 failed")
	}
	if got := c.visibilityTimeout(t, jobsURL); got != "90" {
		t.Errorf("after v2, Jobs VisibilityTimeout = %s, want 90", got)
	}
	auditID := logicalIDWithPrefix(t, "v2", "Audit")
	auditURL := c.physicalID(t, auditID)
	if r := strata(t, "diff", "--app", assembly("v2"), "--fail", "--dir", work); r.code != 0 {
		t.Errorf("diff after deploying v2 should be empty")
	}

	// A deployment that CloudFormation rolls back.
	rejected := logicalIDWithPrefix(t, "v3", "Rejected")
	reason := "Resource handler returned message: \"Queue name must end in .fifo\" (HandlerErrorCode: InvalidRequest)"
	proxy.arm(stackName, rejected, "AWS::SQS::Queue", reason)
	r = strata(t, "deploy", "--app", assembly("v3"), "--require-approval", "never", "--dir", work)
	proxy.disarm()
	if r.code == 0 {
		t.Fatalf("a rolled-back deployment must exit non-zero")
	}
	for _, want := range []string{"StrataE2EStack/Rejected/Resource (" + rejected + ")", "Queue name must end in .fifo", "UPDATE_ROLLBACK_COMPLETE"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("failure report lacks %q", want)
		}
	}
	if st := c.stackStatus(t); st != "UPDATE_COMPLETE" {
		t.Errorf("stack status after the failed deploy = %s, want the previous UPDATE_COMPLETE", st)
	}
	if got := c.visibilityTimeout(t, jobsURL); got != "90" {
		t.Errorf("after the failed deploy, Jobs VisibilityTimeout = %s, want 90 (unchanged)", got)
	}
	if _, err := c.sqs.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(auditURL)}); err != nil {
		t.Errorf("Audit queue from v2 should still exist: %v", err)
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
	r = strata(t, "deploy", "--app", assembly("v3"), "--require-approval", "never", "--dir", work)
	proxy.disarm()
	if r.code != 130 || !strings.Contains(r.stderr, "stopped waiting for stack StrataE2EStack, which is UPDATE_IN_PROGRESS") || !strings.Contains(r.stderr, "cancel-update-stack") {
		t.Errorf("interrupted deploy: exit %d, want 130 and an explanation", r.code)
	}

	// Destroy removes the stack.
	if r := strata(t, "destroy", "--app", assembly("v2"), "--dir", work); r.code == 0 {
		t.Errorf("destroy without --force and without a terminal must refuse")
	}
	if r := strata(t, "destroy", "--app", assembly("v2"), "--force", "--dir", work); r.code != 0 {
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
