package cli

import (
	"context"
	"regexp"

	"bytes"
	"fmt"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	ssmtypes "github.com/aws/aws-sdk-go-v2/service/ssm/types"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	if os.Getenv("STRATA_TEST_MAIN") == "1" {
		// The test binary as strata itself, for the signal tests.
		os.Exit(Main(os.Args[1:], IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
	}
	os.Exit(testscript.RunMain(m, map[string]func() int{
		"strata": func() int {
			return Main(os.Args[1:], IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
		},
	}))
}

// TestScripts runs testdata/script/*.txtar: every command with its output
// on stdout and stderr and its exit code. Scripts that deploy start
// moto_server with the `moto` command and are skipped without it.
func TestScripts(t *testing.T) {
	fixtures, err := filepath.Abs(filepath.Join("..", "toolkit", "testdata", "assemblies"))
	if err != nil {
		t.Fatal(err)
	}
	lookups, err := filepath.Abs(filepath.Join("testdata", "lookups"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Setup: func(e *testscript.Env) error {
			e.Setenv("FIXTURES", fixtures)
			e.Setenv("LOOKUPS", lookups)
			e.Setenv("STRATA_IGNORE_USER_CONFIG", "1")
			// No credentials or endpoint from the machine: a script that
			// needs AWS says so (moto).
			e.Setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:1")
			e.Setenv("AWS_REGION", "us-east-1")
			e.Setenv("AWS_ACCESS_KEY_ID", "")
			e.Setenv("AWS_SECRET_ACCESS_KEY", "")
			e.Setenv("AWS_CONFIG_FILE", "/nonexistent")
			e.Setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
			e.Setenv("AWS_EC2_METADATA_DISABLED", "true")
			e.Setenv("NO_COLOR", "1")
			// Not in CI unless a script says so (.ci/run sets CI=true).
			vars := e.Vars[:0]
			for _, v := range e.Vars {
				if !strings.HasPrefix(v, "CI=") {
					vars = append(vars, v)
				}
			}
			e.Vars = vars
			return nil
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "moto":
				_, err := exec.LookPath("moto_server")
				return err == nil, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"moto":              cmdMoto,
			"seed-lookups":      cmdSeedLookups,
			"normalize-ids":     cmdNormalizeIDs,
			"cfn-hold":          cmdCfnHold,
			"cloudcontrol-fake": cmdCloudControlFake,
			"wait-file":         cmdWaitFile,
			"sleep": func(ts *testscript.TestScript, neg bool, args []string) {
				d, err := time.ParseDuration(args[0])
				ts.Check(err)
				time.Sleep(d)
			},
		},
	})
}

// cmdMoto starts moto_server on a free loopback port for the rest of the
// script and points the AWS SDK at it with test credentials.
func cmdMoto(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! moto")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command("moto_server", "-H", "127.0.0.1", "-p", fmt.Sprint(port))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	ts.Check(cmd.Start())
	ts.Defer(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		_, _ = cmd.Process.Wait()
	})
	u := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(u + "/moto-api/")
		if err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			ts.Fatalf("moto_server did not answer on %s: %v\n%s", u, err, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	ts.Setenv("AWS_ENDPOINT_URL", u)
	ts.Setenv("AWS_ACCESS_KEY_ID", "testing")
	ts.Setenv("AWS_SECRET_ACCESS_KEY", "testing")
	ts.Setenv("MOTO_URL", u)
}

// cmdSeedLookups creates, on the script's moto_server, what the lookup
// fixtures look up: the SSM parameter /strata/queue-name=strata-q and the
// public hosted zone example.com (moto has a default VPC already);
// `seed-lookups delete-parameter` removes the parameter again.
func cmdSeedLookups(ts *testscript.TestScript, neg bool, args []string) {
	ctx := context.Background()
	cfg := aws.Config{
		Region:       "us-east-1",
		Credentials:  credentials.NewStaticCredentialsProvider("testing", "testing", ""),
		BaseEndpoint: aws.String(ts.Getenv("MOTO_URL")),
	}
	if len(args) == 1 && args[0] == "delete-parameter" {
		_, err := ssm.NewFromConfig(cfg).DeleteParameter(ctx, &ssm.DeleteParameterInput{Name: aws.String("/strata/queue-name")})
		ts.Check(err)
		return
	}
	_, err := ssm.NewFromConfig(cfg).PutParameter(ctx, &ssm.PutParameterInput{Name: aws.String("/strata/queue-name"), Value: aws.String("strata-q"), Type: ssmtypes.ParameterTypeString})
	ts.Check(err)
	_, err = route53.NewFromConfig(cfg).CreateHostedZone(ctx, &route53.CreateHostedZoneInput{Name: aws.String("example.com"), CallerReference: aws.String("strata-test")})
	ts.Check(err)
}

// idPattern matches the IDs moto makes up afresh on every run.
var idPattern = regexp.MustCompile(`(vpc|subnet|rtb)-[0-9a-f]{8,17}|/hostedzone/[A-Z0-9]+`)

// cmdNormalizeIDs rewrites moto's generated IDs in a file to stable
// placeholders, so that context files from two runs compare.
func cmdNormalizeIDs(ts *testscript.TestScript, neg bool, args []string) {
	for _, f := range args {
		b, err := os.ReadFile(ts.MkAbs(f))
		ts.Check(err)
		out := idPattern.ReplaceAllStringFunc(string(b), func(id string) string {
			if strings.HasPrefix(id, "/hostedzone/") {
				return "/hostedzone/ZONE"
			}
			return id[:strings.Index(id, "-")] + "-ID"
		})
		ts.Check(os.WriteFile(ts.MkAbs(f), []byte(out), 0o644))
	}
}
