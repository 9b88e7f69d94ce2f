package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/strata-cdk/strata/internal/deploy"
)

// progressView renders deploy events: one line per event for people, one
// JSON object per line with --json. It is shared by concurrent stacks.
type progressView struct {
	mu    sync.Mutex
	w     io.Writer
	json  bool
	color bool
}

func (v *progressView) Event(e deploy.Event) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.json {
		b, _ := json.Marshal(e)
		fmt.Fprintln(v.w, string(b))
		return
	}
	paint := func(code, s string) string {
		if !v.color {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	switch e.Kind {
	case deploy.EventInfo:
		fmt.Fprintf(v.w, "%s: %s\n", e.Stack, e.Message)
	case deploy.EventWarning:
		fmt.Fprintf(v.w, "%s: %s\n", e.Stack, paint("33", "warning: "+e.Message))
	case deploy.EventAsset:
		fmt.Fprintf(v.w, "%s: asset %s: %s\n", e.Stack, e.Status, e.Message)
	case deploy.EventResource:
		status := e.Status
		switch {
		case strings.HasSuffix(status, "_FAILED"):
			status = paint("31", status)
		case strings.HasSuffix(status, "_COMPLETE") && !strings.Contains(status, "ROLLBACK"):
			status = paint("32", status)
		case strings.Contains(status, "ROLLBACK") || strings.HasPrefix(status, "DELETE"):
			status = paint("33", status)
		}
		who := e.LogicalID
		if e.ConstructPath != "" {
			who = e.ConstructPath + " (" + e.LogicalID + ")"
		}
		line := fmt.Sprintf("%s | %d/%d | %6.1fs | %-20s | %-28s | %s", e.Stack, e.Done, e.Total, e.Elapsed.Seconds(), status, e.ResourceType, who)
		if e.Reason != "" && (e.Failed() || strings.Contains(e.Status, "ROLLBACK")) {
			line += " " + paint("31", e.Reason)
		}
		fmt.Fprintln(v.w, line)
	}
}
