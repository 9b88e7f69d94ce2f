package e2e

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// startMoto starts moto_server on a free loopback port and returns its URL.
// The test is skipped only when the binary is not installed.
func startMoto(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("moto_server")
	if err != nil {
		t.Skip("moto_server not installed; see README for running the end-to-end tests")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "-H", "127.0.0.1", "-p", fmt.Sprint(port))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		_, _ = cmd.Process.Wait()
		if t.Failed() {
			t.Logf("moto_server log (tail):\n%s", tail(logs.String(), 3000))
		}
	})
	u := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(u + "/moto-api/")
		if err == nil {
			resp.Body.Close()
			return u
		}
		if time.Now().After(deadline) {
			t.Fatalf("moto_server did not answer on %s: %v\n%s", u, err, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// faultProxy sits between strata and moto. moto runs every stack operation
// synchronously and never rolls back, so a failed deployment is simulated
// here the way CloudFormation reports one: the update is accepted but not
// passed on (moto's stack keeps its previous state, as a rolled-back stack
// would), DescribeStacks then says UPDATE_IN_PROGRESS and next
// UPDATE_ROLLBACK_COMPLETE, and DescribeStackEvents shows the resource's
// CREATE_FAILED event with its reason.
type faultProxy struct {
	*httptest.Server
	target *url.URL

	mu       sync.Mutex
	stack    string // armed: fail the next update of this stack
	logical  string
	resType  string
	reason   string
	injected bool
	hang     bool          // keep the update in progress forever
	polled   chan struct{} // closed at the first poll after injection
	polls    int
	stackID  string
	at       time.Time
}

func newFaultProxy(t *testing.T, motoURL string) *faultProxy {
	u, _ := url.Parse(motoURL)
	p := &faultProxy{target: u}
	rp := httputil.NewSingleHostReverseProxy(u)
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
			body, _ := io.ReadAll(r.Body)
			r.Body = io.NopCloser(bytes.NewReader(body))
			form, _ := url.ParseQuery(string(body))
			if p.handleCFN(w, r, form, rp) {
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(p.Close)
	return p
}

// arm makes the next UpdateStack/ExecuteChangeSet of stack fail at the
// resource logicalID.
func (p *faultProxy) arm(stack, logicalID, resType, reason string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stack, p.logical, p.resType, p.reason = stack, logicalID, resType, reason
	p.injected, p.polls, p.hang = false, 0, false
	p.polled = make(chan struct{})
}

// armHang makes the next update of stack stay UPDATE_IN_PROGRESS, for
// testing an interrupted wait; the returned channel closes once strata polls.
func (p *faultProxy) armHang(stack string) <-chan struct{} {
	p.arm(stack, "X", "AWS::SQS::Queue", "")
	p.mu.Lock()
	defer p.mu.Unlock()
	p.hang = true
	return p.polled
}

func (p *faultProxy) disarm() { p.arm("", "", "", "") }

const cfnNS = "http://cloudformation.amazonaws.com/doc/2010-05-15/"

func (p *faultProxy) handleCFN(w http.ResponseWriter, r *http.Request, form url.Values, rp *httputil.ReverseProxy) bool {
	p.mu.Lock()
	armed := p.stack != "" && form.Get("StackName") == p.stack
	injected := p.injected
	p.mu.Unlock()
	if !armed {
		return false
	}
	switch action := form.Get("Action"); {
	case !injected && (action == "ExecuteChangeSet" || action == "UpdateStack"):
		p.mu.Lock()
		p.injected = true
		p.at = time.Now().UTC()
		p.stackID = fmt.Sprintf("arn:aws:cloudformation:us-east-1:123456789012:stack/%s/fault", p.stack)
		p.mu.Unlock()
		w.Header().Set("Content-Type", "text/xml")
		if action == "UpdateStack" {
			fmt.Fprintf(w, `<UpdateStackResponse xmlns="%s"><UpdateStackResult><StackId>%s</StackId></UpdateStackResult><ResponseMetadata><RequestId>fault-1</RequestId></ResponseMetadata></UpdateStackResponse>`, cfnNS, p.stackID)
		} else {
			fmt.Fprintf(w, `<ExecuteChangeSetResponse xmlns="%s"><ExecuteChangeSetResult/><ResponseMetadata><RequestId>fault-1</RequestId></ResponseMetadata></ExecuteChangeSetResponse>`, cfnNS)
		}
		return true
	case injected && (action == "DescribeStacks" || action == "DescribeStackEvents"):
		rec := httptest.NewRecorder()
		rp.ServeHTTP(rec, r)
		body := rec.Body.String()
		p.mu.Lock()
		if action == "DescribeStacks" {
			p.polls++
			if p.polls == 1 {
				close(p.polled)
			}
			status := "UPDATE_IN_PROGRESS"
			if p.polls > 1 && !p.hang {
				status = "UPDATE_ROLLBACK_COMPLETE"
			}
			body = replaceBetween(body, "<StackStatus>", "</StackStatus>", status)
		} else {
			if !p.hang {
				body = strings.Replace(body, "<StackEvents>", "<StackEvents>"+p.events(), 1)
			}
		}
		p.mu.Unlock()
		for k, v := range rec.Header() {
			if k != "Content-Length" {
				w.Header()[k] = v
			}
		}
		w.WriteHeader(rec.Code)
		io.WriteString(w, body)
		return true
	}
	return false
}

// events returns the synthetic events, newest first as CloudFormation
// lists them; those after the first poll only appear once the stack
// "rolled back".
func (p *faultProxy) events() string {
	type ev struct{ id, logical, typ, status, reason string }
	evs := []ev{
		{"e1", p.stack, "AWS::CloudFormation::Stack", "UPDATE_IN_PROGRESS", "User Initiated"},
		{"e2", p.logical, p.resType, "CREATE_IN_PROGRESS", ""},
		{"e3", p.logical, p.resType, "CREATE_FAILED", p.reason},
	}
	if p.polls > 1 {
		evs = append(evs,
			ev{"e4", p.stack, "AWS::CloudFormation::Stack", "UPDATE_ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create: [" + p.logical + "]. "},
			ev{"e5", p.logical, p.resType, "DELETE_COMPLETE", ""},
			ev{"e6", p.stack, "AWS::CloudFormation::Stack", "UPDATE_ROLLBACK_COMPLETE", ""})
	}
	var b strings.Builder
	for i := len(evs) - 1; i >= 0; i-- {
		e := evs[i]
		ts := p.at.Add(time.Duration(i) * time.Second).Format("2006-01-02T15:04:05.000Z")
		fmt.Fprintf(&b, "<member><EventId>fault-%s</EventId><StackId>%s</StackId><StackName>%s</StackName><LogicalResourceId>%s</LogicalResourceId><ResourceType>%s</ResourceType><Timestamp>%s</Timestamp><ResourceStatus>%s</ResourceStatus>",
			e.id, p.stackID, p.stack, e.logical, e.typ, ts, e.status)
		if e.reason != "" {
			fmt.Fprintf(&b, "<ResourceStatusReason>%s</ResourceStatusReason>", e.reason)
		}
		b.WriteString("</member>")
	}
	return b.String()
}

func replaceBetween(s, open, close, with string) string {
	i := strings.Index(s, open)
	if i < 0 {
		return s
	}
	j := strings.Index(s[i:], close)
	if j < 0 {
		return s
	}
	return s[:i+len(open)] + with + s[i+j:]
}
