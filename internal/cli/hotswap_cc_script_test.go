package cli

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"strings"
	"sync"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdCloudControlFake: `cloudcontrol-fake FILE` puts a proxy in front of
// the script's moto_server that answers the Cloud Control API itself
// (moto has none): UpdateResource ends at once in SUCCESS, GetResource
// knows no properties. Each Cloud Control request is appended to FILE as
// "TARGET BODY", one a line; everything else goes on to moto.
func cmdCloudControlFake(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: cloudcontrol-fake FILE")
	}
	target, err := url.Parse(ts.Getenv("MOTO_URL"))
	ts.Check(err)
	file := ts.MkAbs(args[0])
	var mu sync.Mutex
	rp := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		op, ok := strings.CutPrefix(r.Header.Get("X-Amz-Target"), "CloudApiService.")
		if !ok {
			rp.ServeHTTP(w, r)
			return
		}
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		f, err := os.OpenFile(file, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err == nil {
			_, _ = f.Write(append(append([]byte(op+" "), bytes.TrimSpace(body)...), '\n'))
			f.Close()
		}
		mu.Unlock()
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		switch op {
		case "UpdateResource":
			io.WriteString(w, `{"ProgressEvent":{"OperationStatus":"IN_PROGRESS","RequestToken":"tok"}}`)
		case "GetResourceRequestStatus":
			io.WriteString(w, `{"ProgressEvent":{"OperationStatus":"SUCCESS","RequestToken":"tok"}}`)
		case "GetResource":
			io.WriteString(w, `{"ResourceDescription":{"Properties":"{}"}}`)
		default:
			w.WriteHeader(http.StatusBadRequest)
			io.WriteString(w, `{"__type":"UnsupportedActionException","message":"`+op+`"}`)
		}
	}))
	ts.Defer(srv.Close)
	ts.Setenv("AWS_ENDPOINT_URL", srv.URL)
}
