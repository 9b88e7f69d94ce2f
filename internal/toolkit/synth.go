package toolkit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// SchemaVersion is the cloud assembly schema the toolkit asks apps for.
const SchemaVersion = "55.0.0"

// SynthOptions say how to get a cloud assembly.
type SynthOptions struct {
	// App is the command that runs the app, or a directory holding an
	// assembly; empty means cdk.json's "app".
	App string
	// Output is the assembly directory (default cdk.json "output", then
	// "cdk.out"), relative to the project directory.
	Output  string
	Context ContextOptions
	// DefaultAccount/DefaultRegion become CDK_DEFAULT_ACCOUNT/REGION when set.
	DefaultAccount, DefaultRegion string
	// Where the app's own output goes (its stdout is the user's to see, but
	// must not mix with a template printed on stdout: the CLI passes stderr).
	Stdout, Stderr io.Writer
}

// ErrNoApp says there is nothing to synthesize.
var ErrNoApp = errors.New("no app: pass --app or run in a directory whose cdk.json has an \"app\" entry (strata init app --language=go makes one)")

// Synthesize runs the app (or reads the assembly directory given as app) and
// returns the assembly.
func (p *Project) Synthesize(ctx context.Context, o SynthOptions) (*Assembly, error) {
	app := o.App
	if app == "" {
		app = p.String("app")
	}
	if app == "" {
		return nil, ErrNoApp
	}
	if dir := p.abs(app); IsAssembly(dir) {
		return ReadAssembly(dir)
	}
	out := o.Output
	if out == "" {
		out = p.String("output")
	}
	if out == "" {
		out = "cdk.out"
	}
	outDir := p.abs(out)
	if err := os.MkdirAll(filepath.Dir(outDir), 0o755); err != nil {
		return nil, err
	}
	// The app writes into a fresh directory beside the assembly, which
	// replaces it only when synthesis succeeds: a failed synth leaves the
	// previous assembly whole, and a good one leaves no stale templates.
	work, err := os.MkdirTemp(filepath.Dir(outDir), "."+filepath.Base(outDir)+".synth-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)

	ctxJSON, err := json.Marshal(p.Context(o.Context))
	if err != nil {
		return nil, err
	}
	env := append(os.Environ(),
		"CDK_OUTDIR="+work,
		"CDK_CLI_ASM_VERSION="+SchemaVersion,
	)
	if len(ctxJSON) > 100*1024 {
		// Too long for one environment variable on some systems: hand it
		// over in a file, as the CDK CLI does.
		f := work + ".context.json"
		if err := os.WriteFile(f, ctxJSON, 0o600); err != nil {
			return nil, err
		}
		defer os.Remove(f)
		env = append(env, "CDK_CONTEXT_JSON={}", "CONTEXT_OVERFLOW_LOCATION_ENV="+f)
	} else {
		env = append(env, "CDK_CONTEXT_JSON="+string(ctxJSON))
	}
	if o.DefaultAccount != "" {
		env = append(env, "CDK_DEFAULT_ACCOUNT="+o.DefaultAccount)
	}
	if o.DefaultRegion != "" {
		env = append(env, "CDK_DEFAULT_REGION="+o.DefaultRegion)
	}
	cmd := appCommand(ctx, app)
	cmd.Dir = p.Dir
	cmd.Env = env
	cmd.Stdout = o.Stdout
	cmd.Stderr = o.Stderr
	if cmd.Stdout == nil {
		cmd.Stdout = os.Stderr
	}
	if cmd.Stderr == nil {
		cmd.Stderr = os.Stderr
	}
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("synthesis interrupted; %s is unchanged: %w", outDir, ctx.Err())
		}
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("the app (%s) failed with exit code %d; its errors are above (%s is unchanged)", app, ee.ExitCode(), out)
		}
		return nil, fmt.Errorf("running the app (%s): %w", app, err)
	}
	if !IsAssembly(work) {
		return nil, fmt.Errorf("the app (%s) exited without writing a cloud assembly; does main call app.Synth(nil)? (%s is unchanged)", app, out)
	}
	keepJournal(outDir, work)
	if err := replaceDir(work, outDir); err != nil {
		return nil, err
	}
	return ReadAssembly(outDir)
}

// replaceDir moves the new assembly into place, removing the old one.
func replaceDir(src, dst string) error {
	old := ""
	if _, err := os.Lstat(dst); err == nil {
		old = src + ".old"
		if err := os.Rename(dst, old); err != nil {
			return err
		}
	}
	if err := os.Rename(src, dst); err != nil {
		if old != "" {
			_ = os.Rename(old, dst)
		}
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

func (p *Project) abs(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(p.Dir, path)
}

// appCommand runs the app line through the shell, as the CDK CLI does;
// a bare .js file runs with node. Cancelling ctx ends the whole process
// group (`go run` and the program it builds, not only the shell).
func appCommand(ctx context.Context, app string) *exec.Cmd {
	fields := strings.Fields(app)
	if len(fields) == 1 && strings.HasSuffix(fields[0], ".js") {
		return inOwnGroup(exec.CommandContext(ctx, "node", fields[0]))
	}
	return inOwnGroup(exec.CommandContext(ctx, "/bin/sh", "-c", app))
}
