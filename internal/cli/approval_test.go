package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

// The approval prompt on a terminal: the security table, then the CDK
// CLI's question; "y" deploys, anything else does not.
func TestApprovalPrompt(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(fixture("sec1"), "SecureStack.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tmpl map[string]interface{}
	if err := json.Unmarshal(b, &tmpl); err != nil {
		t.Fatal(err)
	}
	d := templatediff.Compare(nil, tmpl)
	req := toolkit.ApprovalRequest{Stack: "SecureStack", Diff: d, Level: toolkit.ApproveBroadening, Motivation: "Stack includes security-sensitive updates", Concurrency: 1}
	if !toolkit.NeedsApproval(toolkit.ApproveBroadening, d) || !toolkit.NeedsApproval(toolkit.ApproveAnyChange, d) || toolkit.NeedsApproval(toolkit.ApproveNever, d) {
		t.Fatal("a new role and an open security group need approval under broadening and any-change, not never")
	}
	for answer, want := range map[string]bool{"y\n": true, "yes\n": true, "n\n": false, "\n": false} {
		var errb bytes.Buffer
		stdio := IO{Stdin: strings.NewReader(answer), Stdout: &bytes.Buffer{}, Stderr: &errb}
		ok, err := askApproval(stdio, req, &progressView{w: &errb}, true)
		if err != nil || ok != want {
			t.Errorf("answer %q: %v, %v; want %v", answer, ok, err, want)
		}
		out := errb.String()
		for _, s := range []string{"Stack SecureStack\nIAM Statement Changes\n", "│ + │ ${Worker.Arn} │ Allow  │ sts:AssumeRole", "Security Group Changes",
			"Stack includes security-sensitive updates and \"--require-approval\" is set to 'broadening'.\nDo you wish to deploy these changes? (y/n) "} {
			if !strings.Contains(out, s) {
				t.Errorf("prompt lacks %q:\n%s", s, out)
			}
		}
	}
	// No terminal, or concurrency: refused with the CDK CLI's words.
	var errb bytes.Buffer
	_, err = askApproval(IO{Stdin: strings.NewReader("y\n"), Stderr: &errb}, req, &progressView{w: &errb}, false)
	if err == nil || err.Error() != "Stack includes security-sensitive updates, but terminal (TTY) is not attached so we are unable to get a confirmation from the user" {
		t.Errorf("without a terminal: %v", err)
	}
	req.Concurrency = 2
	_, err = askApproval(IO{Stdin: strings.NewReader("y\n"), Stderr: &errb}, req, &progressView{w: &errb}, true)
	if err == nil || !strings.Contains(err.Error(), "but concurrency is greater than 1") {
		t.Errorf("with concurrency: %v", err)
	}
}
