package cli

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// cfnHold is a proxy in front of a script's moto_server that makes a
// deployment look slow: moto ends every operation at once, so once armed
// and a change set is executed, DescribeStacks answers UPDATE_IN_PROGRESS
// until released (at once, or after n more polls). A DeleteStack, once
// armed, is held back from moto until released, DescribeStacks answering
// DELETE_IN_PROGRESS meanwhile.
type cfnHold struct {
	srv    *httptest.Server
	target *url.URL

	mu      sync.Mutex
	armed   bool
	holding bool
	polls   int    // with holding: -1 holds until released, else polls left
	status  string // what DescribeStacks answers while holding
	// deletion is the DeleteStack request held back, with its headers
	// (moto tells services apart by the signature's scope).
	deletion []byte
	header   http.Header
	// heldPolls counts the DescribeStacks answered while holding.
	heldPolls int
}

var holdStatus = regexp.MustCompile(`<StackStatus>[A-Z_]+</StackStatus>`)

// newCfnHold starts a holding proxy in front of moto at motoURL.
func newCfnHold(motoURL string) (*cfnHold, error) {
	target, err := url.Parse(motoURL)
	if err != nil {
		return nil, err
	}
	h := &cfnHold{target: target}
	rp := httputil.NewSingleHostReverseProxy(target)
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		action := ""
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
			body, _ := io.ReadAll(r.Body)
			form, _ := url.ParseQuery(string(body))
			action = form.Get("Action")
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
		}
		h.mu.Lock()
		if action == "ExecuteChangeSet" && h.armed {
			h.armed, h.holding, h.polls, h.status = false, true, -1, "UPDATE_IN_PROGRESS"
		}
		if action == "DeleteStack" && h.armed {
			body, _ := io.ReadAll(r.Body)
			h.armed, h.holding, h.polls, h.status, h.deletion, h.header = false, true, -1, "DELETE_IN_PROGRESS", body, r.Header.Clone()
			h.mu.Unlock()
			w.Header().Set("Content-Type", "text/xml")
			io.WriteString(w, `<DeleteStackResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><ResponseMetadata><RequestId>held</RequestId></ResponseMetadata></DeleteStackResponse>`)
			return
		}
		status := h.status
		hold := action == "DescribeStacks" && h.holding && h.polls != 0
		if hold {
			h.heldPolls++
		}
		if hold && h.polls > 0 {
			h.polls--
		}
		if h.polls == 0 {
			h.holding = false
		}
		h.mu.Unlock()
		if !hold {
			rp.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		rp.ServeHTTP(rec, r)
		out := holdStatus.ReplaceAllString(rec.Body.String(), "<StackStatus>"+status+"</StackStatus>")
		for k, v := range rec.Header() {
			if k != "Content-Length" {
				w.Header()[k] = v
			}
		}
		w.WriteHeader(rec.Code)
		io.WriteString(w, out)
	}))
	return h, nil
}

func (h *cfnHold) arm() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.armed = true
}

// release lets the held operation end after n more polls (0: at once).
func (h *cfnHold) release(n int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.polls, h.holding = n, n != 0
	if h.deletion != nil {
		// The deletion held back reaches moto now.
		req, err := http.NewRequest("POST", h.target.String()+"/", bytes.NewReader(h.deletion))
		if err == nil {
			req.Header = h.header
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
		}
		h.deletion = nil
	}
}

// waitPoll waits (up to 30 s) until a DescribeStacks is answered while
// holding after the call: a command started in the background has seen
// the operation in progress, however slowly the machine started it.
func (h *cfnHold) waitPoll() bool {
	h.mu.Lock()
	seen := h.heldPolls
	h.mu.Unlock()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		h.mu.Lock()
		n := h.heldPolls
		h.mu.Unlock()
		if n > seen {
			return true
		}
	}
	return false
}

// holds are the scripts' proxies, one per script.
var holds sync.Map // *testscript.TestScript -> *cfnHold

// cmdCfnHold: `cfn-hold` starts the proxy and points AWS_ENDPOINT_URL at
// it; `cfn-hold arm` holds from the next ExecuteChangeSet on; `cfn-hold
// wait-poll` waits until a held status was read; `cfn-hold release [N]`
// lets the operation end (after N more polls).
func cmdCfnHold(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! cfn-hold")
	}
	if len(args) == 0 {
		h, err := newCfnHold(ts.Getenv("MOTO_URL"))
		ts.Check(err)
		holds.Store(ts, h)
		ts.Defer(func() {
			h.srv.Close()
			holds.Delete(ts)
		})
		ts.Setenv("AWS_ENDPOINT_URL", h.srv.URL)
		return
	}
	v, ok := holds.Load(ts)
	if !ok {
		ts.Fatalf("cfn-hold %s before cfn-hold", args[0])
	}
	h := v.(*cfnHold)
	switch args[0] {
	case "arm":
		h.arm()
	case "wait-poll":
		if !h.waitPoll() {
			ts.Fatalf("cfn-hold wait-poll: no DescribeStacks while holding in 30 s")
		}
	case "release":
		n := 0
		if len(args) > 1 {
			var err error
			n, err = strconv.Atoi(args[1])
			ts.Check(err)
		}
		h.release(n)
	default:
		ts.Fatalf("usage: cfn-hold [arm | wait-poll | release [N]]")
	}
}

// cmdWaitFile waits (up to 30 s) until a file exists.
func cmdWaitFile(ts *testscript.TestScript, neg bool, args []string) {
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, err := os.Stat(ts.MkAbs(args[0]))
		if (err == nil) != neg {
			return
		}
		if time.Now().After(deadline) {
			ts.Fatalf("%s: still %v after 30 s", args[0], err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
