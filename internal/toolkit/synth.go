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
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, err
	}
	// A stale manifest must not pass for this run's result.
	_ = os.Remove(filepath.Join(outDir, "manifest.json"))

	ctxJSON, err := json.Marshal(p.Context(o.Context))
	if err != nil {
		return nil, err
	}
	env := append(os.Environ(),
		"CDK_OUTDIR="+outDir,
		"CDK_CLI_ASM_VERSION="+SchemaVersion,
	)
	if len(ctxJSON) > 100*1024 {
		// Too long for one environment variable on some systems: hand it
		// over in a file, as the CDK CLI does.
		f := filepath.Join(outDir, ".strata-context.json")
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
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("the app (%s) failed with exit code %d; its errors are above", app, ee.ExitCode())
		}
		return nil, fmt.Errorf("running the app (%s): %w", app, err)
	}
	if !IsAssembly(outDir) {
		return nil, fmt.Errorf("the app (%s) exited without writing a cloud assembly to %s; does main call app.Synth(nil)?", app, outDir)
	}
	return ReadAssembly(outDir)
}

func (p *Project) abs(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(p.Dir, path)
}

// appCommand runs the app line through the shell, as the CDK CLI does;
// a bare .js file runs with node.
func appCommand(ctx context.Context, app string) *exec.Cmd {
	fields := strings.Fields(app)
	if len(fields) == 1 && strings.HasSuffix(fields[0], ".js") {
		return exec.CommandContext(ctx, "node", fields[0])
	}
	return exec.CommandContext(ctx, "/bin/sh", "-c", app)
}
