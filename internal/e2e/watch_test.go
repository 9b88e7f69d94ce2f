package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/lambda"

	"github.com/strata-cdk/strata/internal/cli"
)

// lineClock is a writer that notes when each line arrives, so a test can
// wait for a line and know when it was written.
type lineClock struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	lines []stampedLine
	more  chan struct{} // closed and replaced at every new line
}

type stampedLine struct {
	at   time.Time
	text string
}

func newLineClock() *lineClock { return &lineClock{more: make(chan struct{})} }

func (c *lineClock) Write(p []byte) (int, error) {
	now := time.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.buf.Write(p)
	added := false
	for {
		b := c.buf.Bytes()
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			break
		}
		c.lines = append(c.lines, stampedLine{now, string(b[:i])})
		c.buf.Next(i + 1)
		added = true
	}
	if added {
		close(c.more)
		c.more = make(chan struct{})
	}
	return len(p), nil
}

// waitFor returns the n-th line (counting from 1) that contains s, or fails
// the test after timeout.
func (c *lineClock) waitFor(t *testing.T, s string, n int, timeout time.Duration) stampedLine {
	t.Helper()
	deadline := time.After(timeout)
	for {
		c.mu.Lock()
		seen := 0
		for _, l := range c.lines {
			if strings.Contains(l.text, s) {
				seen++
				if seen == n {
					c.mu.Unlock()
					return l
				}
			}
		}
		more := c.more
		c.mu.Unlock()
		select {
		case <-more:
		case <-deadline:
			t.Fatalf("no line %d containing %q after %s; output so far:\n%s", n, s, timeout, c.String())
		}
	}
}

func (c *lineClock) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var b strings.Builder
	for _, l := range c.lines {
		fmt.Fprintf(&b, "%s %s\n", l.at.Format("15:04:05.000"), l.text)
	}
	return b.String()
}

// TestWatchHotswapsLambdaCodeOnMoto is the development loop of issue 14:
// `strata watch` deploys the photo-queue example, then every save of the
// function's handler is hotswapped through the Lambda API (its CodeSha256
// changes) with no CloudFormation deployment (the stack's events and
// last-updated time stay as they were), and each save is done, from the
// write to strata's "(hotswapped)" line, in well under 2 s.
func TestWatchHotswapsLambdaCodeOnMoto(t *testing.T) {
	motoURL := startMoto(t)
	app := buildExample(t)
	home := t.TempDir()
	t.Setenv("AWS_ENDPOINT_URL", motoURL)
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

	// The user's project: the example's cdk.json (its watch settings and
	// feature flags) running the built program, and its handler/.
	proj := t.TempDir()
	var settings map[string]interface{}
	b, err := os.ReadFile(filepath.Join(app.dir, "cdk.json"))
	if err != nil || json.Unmarshal(b, &settings) != nil {
		t.Fatalf("example cdk.json: %v", err)
	}
	settings["app"] = app.bin
	b, _ = json.MarshalIndent(settings, "", "  ")
	handler := filepath.Join(proj, "handler", "index.py")
	code, err := os.ReadFile(filepath.Join(app.dir, "handler", "index.py"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(handler), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string][]byte{"cdk.json": b, "handler/index.py": code} {
		if err := os.WriteFile(filepath.Join(proj, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	if r := strata(t, "bootstrap", "--dir", proj); r.code != 0 {
		t.Fatalf("bootstrap failed")
	}

	stdout, stderr := newLineClock(), newLineClock()
	exited := make(chan int, 1)
	go func() {
		exited <- cli.Main([]string{"watch", "--dir", proj}, cli.IO{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr})
	}()
	stopped := false
	stop := func() int {
		stopped = true
		_ = syscall.Kill(os.Getpid(), syscall.SIGINT)
		select {
		case code := <-exited:
			return code
		case <-time.After(30 * time.Second):
			t.Fatalf("watch did not stop on SIGINT")
			return 0
		}
	}
	defer func() {
		if !stopped {
			stop()
		}
		t.Logf("watch stderr:\n%s\nwatch stdout:\n%s", stderr, stdout)
	}()
	stdout.waitFor(t, "✅  "+stackName, 1, 3*time.Minute)

	stack := func() (events int, updated string) {
		t.Helper()
		ds, err := c.cfn.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: aws.String(stackName)})
		if err != nil {
			t.Fatal(err)
		}
		st := ds.Stacks[0]
		updated = string(st.StackStatus) + " " + aws.ToTime(st.CreationTime).String()
		if st.LastUpdatedTime != nil {
			updated += " updated " + st.LastUpdatedTime.String()
		}
		p := cloudformation.NewDescribeStackEventsPaginator(c.cfn, &cloudformation.DescribeStackEventsInput{StackName: aws.String(stackName)})
		for p.HasMorePages() {
			page, err := p.NextPage(ctx)
			if err != nil {
				t.Fatal(err)
			}
			events += len(page.StackEvents)
		}
		return events, updated
	}
	var fn string
	res, err := c.cfn.DescribeStackResources(ctx, &cloudformation.DescribeStackResourcesInput{StackName: aws.String(stackName)})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.StackResources {
		if aws.ToString(r.ResourceType) == "AWS::Lambda::Function" {
			fn = aws.ToString(r.PhysicalResourceId)
		}
	}
	if fn == "" {
		t.Fatalf("no function in %s", stackName)
	}
	codeSha := func() string {
		t.Helper()
		out, err := c.lam.GetFunction(ctx, &lambda.GetFunctionInput{FunctionName: aws.String(fn)})
		if err != nil {
			t.Fatal(err)
		}
		return aws.ToString(out.Configuration.CodeSha256)
	}
	events0, updated0 := stack()
	sha := codeSha()

	const saves = 7
	var took []time.Duration
	for i := 1; i <= saves; i++ {
		// Let the watcher settle after the previous round, as a person
		// between two saves would.
		time.Sleep(300 * time.Millisecond)
		body := append(append([]byte{}, code...), []byte(fmt.Sprintf("\n# save %d\n", i))...)
		written := time.Now()
		if err := os.WriteFile(handler, body, 0o644); err != nil {
			t.Fatal(err)
		}
		done := stdout.waitFor(t, "✨  "+stackName+" (hotswapped)", i, time.Minute)
		took = append(took, done.at.Sub(written))
		stderr.waitFor(t, "code updated", i, time.Second)
		now := codeSha()
		if now == sha {
			t.Errorf("save %d: the function's CodeSha256 is still %s", i, sha)
		}
		sha = now
		if events, updated := stack(); events != events0 || updated != updated0 {
			t.Errorf("save %d: CloudFormation deployed (stack events %d → %d, %s → %s); a hotswap must not", i, events0, events, updated0, updated)
		}
	}
	if code := stop(); code != 130 {
		t.Errorf("watch ended with %d on SIGINT, want 130", code)
	}
	if n := strings.Count(stderr.String(), "Detected change to 'handler/index.py' (type: change). Triggering 'strata deploy'"); n != saves {
		t.Errorf("%d triggers for %d saves", n, saves)
	}

	sorted := append([]time.Duration(nil), took...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	median := sorted[len(sorted)/2]
	var figures []string
	for _, d := range took {
		figures = append(figures, d.Round(time.Millisecond).String())
	}
	t.Logf("watch: save → hotswapped, %d saves: median %s, min %s, max %s (%s)", saves,
		median.Round(time.Millisecond), sorted[0].Round(time.Millisecond), sorted[len(sorted)-1].Round(time.Millisecond), strings.Join(figures, ", "))
	// The median must meet the 2 s promise even on a loaded machine; a
	// single slow round (the box is shared) is tolerated up to 10 s.
	if median >= 2*time.Second {
		t.Errorf("median save → hotswapped %s, want under 2s", median)
	}
	if max := sorted[len(sorted)-1]; max >= 10*time.Second {
		t.Errorf("slowest save → hotswapped %s, want under 10s", max)
	}
}
