package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdklambdagoalpha"
	"github.com/strata-cdk/strata/jsii"
)

// synth synthesizes build(stack) into a fresh directory and returns the
// function's S3 key (the asset hash) and the assembly directory.
func synth(t *testing.T, build func(s awscdk.Stack)) (string, string) {
	t.Helper()
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(out)})
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	build(s)
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(out, "S.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tmpl struct {
		Resources map[string]struct {
			Type       string
			Properties struct{ Code struct{ S3Key string } }
		}
	}
	if err := json.Unmarshal(b, &tmpl); err != nil {
		t.Fatal(err)
	}
	for _, r := range tmpl.Resources {
		if r.Type == "AWS::Lambda::Function" {
			return r.Properties.Code.S3Key, out
		}
	}
	t.Fatal("no function in the template")
	return "", ""
}

func greeter(arch awslambda.Architecture) func(s awscdk.Stack) {
	return func(s awscdk.Stack) {
		awscdklambdagoalpha.NewGoFunction(s, jsii.String("Greeter"), &awscdklambdagoalpha.GoFunctionProps{
			Entry: jsii.String("handler"), Runtime: awslambda.Runtime_PROVIDED_AL2023(), Architecture: arch,
		})
	}
}

// TestAssetHashIsReproducible: the same source gives the same asset hash
// twice and under another GOPATH (the build uses -trimpath and
// -buildvcs=false).
func TestAssetHashIsReproducible(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go toolchain")
	}
	first, _ := synth(t, greeter(awslambda.Architecture_ARM_64()))
	second, _ := synth(t, greeter(awslambda.Architecture_ARM_64()))
	t.Setenv("GOPATH", t.TempDir())
	other, _ := synth(t, greeter(awslambda.Architecture_ARM_64()))
	if first != second || first != other {
		t.Fatalf("asset hashes differ: %s, %s, %s (other GOPATH)", first, second, other)
	}
	t.Logf("asset %s", first)
}

// TestTemplate: the app's stack, as a user's assertion would check it.
func TestTemplate(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go toolchain")
	}
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := NewGoFunctionStack(app, "GoFunctionStack", nil)
	tmpl := app.Synth(nil).GetStackArtifact(stack.ArtifactId()).Template()
	b, _ := json.Marshal(tmpl)
	for _, want := range []string{`"Handler":"bootstrap"`, `"Runtime":"provided.al2023"`, `"Architectures":["arm64"]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("template lacks %s", want)
		}
	}
}

// TestBootstrapAnswersEvent runs the built bootstrap against a small
// emulation of the Lambda runtime API and checks its answer.
func TestBootstrapAnswersEvent(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go toolchain")
	}
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		t.Skip("the test runs the linux/amd64 build")
	}
	key, out := synth(t, greeter(awslambda.Architecture_X86_64()))
	bootstrap := filepath.Join(out, "asset."+strings.TrimSuffix(key, ".zip"), "bootstrap")

	answers := make(chan string, 1)
	served := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/runtime/invocation/next"):
			if served { // one event only: hold the next poll until the test ends
				<-r.Context().Done()
				return
			}
			served = true
			w.Header().Set("Lambda-Runtime-Aws-Request-Id", "req-1")
			io.WriteString(w, `{"name":"Strata"}`)
		case r.Method == http.MethodPost && r.URL.Path == "/2018-06-01/runtime/invocation/req-1/response":
			b, _ := io.ReadAll(r.Body)
			answers <- string(b)
			w.WriteHeader(http.StatusAccepted)
		default:
			http.Error(w, "unexpected "+r.Method+" "+r.URL.Path, http.StatusBadRequest)
		}
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bootstrap)
	cmd.Env = append(os.Environ(), "AWS_LAMBDA_RUNTIME_API="+strings.TrimPrefix(srv.URL, "http://"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cancel(); cmd.Wait() }()
	select {
	case got := <-answers:
		if got != `{"greeting":"Hello, Strata!"}` {
			t.Fatalf("answer %s", got)
		}
	case <-ctx.Done():
		t.Fatal("no answer from bootstrap")
	}
}
