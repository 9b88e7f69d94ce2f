package deploy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// These tests deploy to moto_server through a small proxy of our own that
// injects what real CloudFormation does to a deployment now and then:
// throttling, a dropped connection, a resource that fails, a stack that
// stays in progress. Each must end with a clear message and leave the
// previous stack as it was. They are skipped without moto_server.

func startMoto(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("moto_server")
	if err != nil {
		t.Skip("moto_server not installed")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "-H", "127.0.0.1", "-p", fmt.Sprint(port))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		_, _ = cmd.Process.Wait()
	})
	u := fmt.Sprintf("http://127.0.0.1:%d", port)
	for deadline := time.Now().Add(30 * time.Second); ; {
		if resp, err := http.Get(u + "/moto-api/"); err == nil {
			resp.Body.Close()
			return u
		}
		if time.Now().After(deadline) {
			t.Fatal("moto_server did not start")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// faults is the proxy's plan: per CloudFormation action, how many calls to
// throttle or to drop, and whether to fail or hold the next execution.
type faults struct {
	mu        sync.Mutex
	throttle  map[string]int
	reset     map[string]int
	seen      map[string]int
	forms     map[string]url.Values // the last call of each action
	failStack string                // fake a failed update of this stack
	failed    bool
	holdPolls int // DescribeStacks answers still IN_PROGRESS this many times
	// holdOnExecute starts holding polls once a change set is executed.
	holdOnExecute bool
	// holdChangeSet: DescribeChangeSet answers CREATE_PENDING this many times.
	holdChangeSet int
}

func newProxy(t *testing.T, motoURL string) (*httptest.Server, *faults) {
	f := &faults{throttle: map[string]int{}, reset: map[string]int{}, seen: map[string]int{}, forms: map[string]url.Values{}}
	target, _ := url.Parse(motoURL)
	rp := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		form, _ := url.ParseQuery(string(body))
		action := form.Get("Action")
		f.mu.Lock()
		f.seen[action]++
		f.forms[action] = form
		throttle := f.throttle[action] > 0
		if throttle {
			f.throttle[action]--
		}
		reset := !throttle && f.reset[action] > 0
		if reset {
			f.reset[action]--
		}
		if action == "ExecuteChangeSet" && f.holdOnExecute {
			f.holdOnExecute, f.holdPolls = false, 1000
		}
		failing := f.failStack != "" && form.Get("StackName") != "" && strings.Contains(form.Get("StackName"), f.failStack)
		f.mu.Unlock()
		switch {
		case throttle:
			w.Header().Set("Content-Type", "text/xml")
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>x</RequestId></ErrorResponse>`)
			return
		case reset:
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				if tc, ok := conn.(*net.TCPConn); ok {
					_ = tc.SetLinger(0) // RST, not FIN
				}
				conn.Close()
			}
			return
		case failing && action == "ExecuteChangeSet":
			// Accepted but not passed on: moto keeps the previous stack, as
			// CloudFormation does after rolling back.
			f.mu.Lock()
			f.failed = true
			f.mu.Unlock()
			w.Header().Set("Content-Type", "text/xml")
			fmt.Fprint(w, `<ExecuteChangeSetResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><ExecuteChangeSetResult/></ExecuteChangeSetResponse>`)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		f.mu.Lock()
		rewrite := f.failed && (action == "DescribeStacks" || action == "DescribeStackEvents")
		hold := f.holdPolls > 0 && action == "DescribeStacks"
		if hold {
			f.holdPolls--
		}
		pending := f.holdChangeSet > 0 && action == "DescribeChangeSet"
		if pending {
			f.holdChangeSet--
		}
		f.mu.Unlock()
		if pending {
			w.Header().Set("Content-Type", "text/xml")
			fmt.Fprint(w, `<DescribeChangeSetResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeChangeSetResult><Status>CREATE_PENDING</Status><ExecutionStatus>UNAVAILABLE</ExecutionStatus></DescribeChangeSetResult></DescribeChangeSetResponse>`)
			return
		}
		if !rewrite && !hold {
			rp.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		rp.ServeHTTP(rec, r)
		out := rec.Body.String()
		switch {
		case hold:
			out = statusRe.ReplaceAllString(out, "<StackStatus>UPDATE_IN_PROGRESS</StackStatus>")
		case action == "DescribeStacks":
			out = statusRe.ReplaceAllString(out, "<StackStatus>UPDATE_ROLLBACK_COMPLETE</StackStatus>")
		default:
			ev := `<member><StackId>x</StackId><EventId>fault-1</EventId><StackName>` + f.failStack +
				`</StackName><LogicalResourceId>Audit</LogicalResourceId><ResourceType>AWS::SQS::Queue</ResourceType><Timestamp>` +
				time.Now().UTC().Format(time.RFC3339) + `</Timestamp><ResourceStatus>CREATE_FAILED</ResourceStatus><ResourceStatusReason>Resource handler returned message: "Queue limit exceeded"</ResourceStatusReason></member>`
			out = strings.Replace(out, "<StackEvents>", "<StackEvents>"+ev, 1)
		}
		for k, v := range rec.Header() {
			if k != "Content-Length" {
				w.Header()[k] = v
			}
		}
		w.WriteHeader(rec.Code)
		io.WriteString(w, out)
	}))
	t.Cleanup(srv.Close)
	return srv, f
}

var statusRe = regexp.MustCompile(`<StackStatus>[A-Z_]+</StackStatus>`)

type recorder struct {
	mu     sync.Mutex
	events []Event
}

func (r *recorder) Event(e Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, e)
}

func (r *recorder) messages() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var b strings.Builder
	for _, e := range r.events {
		b.WriteString(e.Message + "|" + e.Status + "\n")
	}
	return b.String()
}

const queueV1 = `{"Resources":{"Jobs":{"Type":"AWS::SQS::Queue","Properties":{"VisibilityTimeout":30},"Metadata":{"aws:cdk:path":"S/Jobs/Resource"}}},"Outputs":{"Version":{"Value":"1"}}}`
const queueV2 = `{"Resources":{"Jobs":{"Type":"AWS::SQS::Queue","Properties":{"VisibilityTimeout":90},"Metadata":{"aws:cdk:path":"S/Jobs/Resource"}},"Audit":{"Type":"AWS::SQS::Queue"}},"Outputs":{"Version":{"Value":"2"}}}`

func session(t *testing.T, endpoint string, o Options) *Session {
	t.Setenv("AWS_ACCESS_KEY_ID", "testing")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "testing")
	t.Setenv("AWS_CONFIG_FILE", "/nonexistent")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
	o.EndpointURL, o.Region = endpoint, "us-east-1"
	if o.PollInterval == 0 {
		o.PollInterval = 20 * time.Millisecond
	}
	s, err := NewSession(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func stack(name, tmpl string) StackDeployment {
	var m map[string]interface{}
	_ = json.Unmarshal([]byte(tmpl), &m)
	return StackDeployment{Name: name, DisplayName: name, Target: Target{Account: "123456789012", Region: "us-east-1"}, TemplateBody: []byte(tmpl), Template: m}
}

func deployed(t *testing.T, s *Session, name string) string {
	t.Helper()
	tmpl, err := s.DeployedTemplate(context.Background(), "us-east-1", "", "", name)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(tmpl)
	return string(b)
}

func testDeployRidesOutThrottlingAndResets(t *testing.T, moto string) {
	srv, f := newProxy(t, moto)
	s := session(t, srv.URL, Options{})
	f.throttle["CreateChangeSet"] = 2
	f.reset["DescribeStacks"] = 1
	f.throttle["DescribeStackEvents"] = 1
	r, err := s.DeployStack(context.Background(), stack("Throttled", queueV1), nil)
	if err != nil {
		t.Fatalf("transient throttling and a reset connection must be retried: %v", err)
	}
	if !r.Executed || r.Status != "CREATE_COMPLETE" {
		t.Errorf("result: %+v", r)
	}
	if f.seen["CreateChangeSet"] < 3 {
		t.Errorf("CreateChangeSet was not retried: %v", f.seen)
	}
}

func testPersistentThrottlingEndsClearly(t *testing.T, moto string) {
	srv, f := newProxy(t, moto)
	s := session(t, srv.URL, Options{MaxAttempts: 2})
	if _, err := s.DeployStack(context.Background(), stack("Keep", queueV1), nil); err != nil {
		t.Fatal(err)
	}
	f.throttle["CreateChangeSet"] = 100
	_, err := s.DeployStack(context.Background(), stack("Keep", queueV2), nil)
	if err == nil || !strings.Contains(err.Error(), "stack Keep: CreateChangeSet: Rate exceeded") {
		t.Fatalf("want a clear throttling error, got %v", err)
	}
	if got := deployed(t, s, "Keep"); !strings.Contains(got, `"VisibilityTimeout":30`) || strings.Contains(got, "Audit") {
		t.Errorf("the previous stack must be intact: %s", got)
	}
}

func testFailedResourceLeavesPreviousStack(t *testing.T, moto string) {
	srv, f := newProxy(t, moto)
	s := session(t, srv.URL, Options{})
	if _, err := s.DeployStack(context.Background(), stack("Fails", queueV1), nil); err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	f.failStack = "Fails"
	f.mu.Unlock()
	rec := &recorder{}
	_, err := s.DeployStack(context.Background(), stack("Fails", queueV2), rec)
	var se *StackError
	if !errors.As(err, &se) || se.Status != "UPDATE_ROLLBACK_COMPLETE" || len(se.Failures) != 1 || se.Failures[0].LogicalID != "Audit" {
		t.Fatalf("want the failed resource named, got %v", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "Queue limit exceeded") || !strings.Contains(msg, "Audit") {
		t.Errorf("message: %s", msg)
	}
	if got := deployed(t, s, "Fails"); !strings.Contains(got, `"VisibilityTimeout":30`) || strings.Contains(got, "Audit") {
		t.Errorf("the previous stack must be intact: %s", got)
	}
}

func testStuckStackSaysWhatItWaitsOn(t *testing.T, moto string) {
	srv, f := newProxy(t, moto)
	s := session(t, srv.URL, Options{StillWaitingEvery: 50 * time.Millisecond})
	if _, err := s.DeployStack(context.Background(), stack("Slow", queueV1), nil); err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	f.holdOnExecute = true
	f.mu.Unlock()
	rec := &recorder{}
	done := make(chan error, 1)
	go func() {
		_, err := s.DeployStack(context.Background(), stack("Slow", queueV2), rec)
		done <- err
	}()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(rec.messages(), "still waiting") {
		if time.Now().After(deadline) {
			t.Fatalf("no 'still waiting' line:\n%s", rec.messages())
		}
		time.Sleep(20 * time.Millisecond)
	}
	f.mu.Lock()
	f.holdPolls = 0
	f.mu.Unlock()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rec.messages(), "still waiting for CloudFormation (UPDATE_IN_PROGRESS") && !strings.Contains(rec.messages(), "still waiting on ") {
		t.Errorf("events:\n%s", rec.messages())
	}
}

// TestDeployFaults runs the fault cases against one moto_server.
func TestDeployFaults(t *testing.T) {
	moto := startMoto(t)
	for name, f := range map[string]func(*testing.T, string){
		"throttling and a reset connection are retried":         testDeployRidesOutThrottlingAndResets,
		"persistent throttling ends clearly":                    testPersistentThrottlingEndsClearly,
		"a failed resource leaves the previous stack":           testFailedResourceLeavesPreviousStack,
		"a stuck stack says what it waits on":                   testStuckStackSaysWhatItWaitsOn,
		"--no-rollback and --role-arn reach CloudFormation":     testNoRollbackAndRole,
		"an interrupted deploy is journaled and attach ends it": testInterruptedDeployIsJournaled,
		"a slow change set says what it waits for":              testSlowChangeSetSaysSo,
	} {
		t.Run(name, func(t *testing.T) { f(t, moto) })
	}
}

func testNoRollbackAndRole(t *testing.T, moto string) {
	srv, f := newProxy(t, moto)
	s := session(t, srv.URL, Options{})
	d := stack("NoRollback", queueV1)
	d.DisableRollback = true
	d.ExecutionRoleArn = "arn:aws:iam::123456789012:role/deployer"
	if _, err := s.DeployStack(context.Background(), d, nil); err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if got := f.forms["ExecuteChangeSet"].Get("DisableRollback"); got != "true" {
		t.Errorf("ExecuteChangeSet DisableRollback = %q", got)
	}
	if got := f.forms["CreateChangeSet"].Get("RoleARN"); got != d.ExecutionRoleArn {
		t.Errorf("CreateChangeSet RoleARN = %q", got)
	}
}

func testSlowChangeSetSaysSo(t *testing.T, moto string) {
	srv, f := newProxy(t, moto)
	s := session(t, srv.URL, Options{StillWaitingEvery: 50 * time.Millisecond})
	f.mu.Lock()
	f.holdChangeSet = 2
	f.mu.Unlock()
	rec := &recorder{}
	r, err := s.DeployStack(context.Background(), stack("SlowChangeSet", queueV1), rec)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != "CREATE_COMPLETE" {
		t.Errorf("result %+v", r)
	}
	if msg := rec.messages(); !strings.Contains(msg, "still waiting for CloudFormation to create change set strata-deploy-change-set (") {
		t.Errorf("no 'still waiting' line while the change set was pending:\n%s", msg)
	}
}
