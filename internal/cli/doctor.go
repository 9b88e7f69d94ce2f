package cli

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/deploy"
)

type check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

func newDoctorCmd(g *globalArgs, stdio IO) *cobra.Command {
	return &cobra.Command{
		Use:   "doctor",
		Short: "Check the local setup",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, pos []string) error {
			return runDoctor(c.Context(), stdio, g)
		},
	}
}

func runDoctor(ctx context.Context, stdio IO, g *globalArgs) error {
	checks := []check{{Name: "strata", OK: true, Detail: Version + " " + runtime.Version()}}
	if out, err := exec.CommandContext(ctx, "go", "version").Output(); err == nil {
		checks = append(checks, check{Name: "go", OK: true, Detail: strings.TrimSpace(string(out))})
	} else {
		checks = append(checks, check{Name: "go", Detail: "not found on PATH: Go apps need it to run (`go run .`)"})
	}
	p, err := g.project()
	if err == nil {
		if app := p.String("app"); app != "" {
			checks = append(checks, check{Name: "cdk.json", OK: true, Detail: "app: " + app})
		} else {
			checks = append(checks, check{Name: "cdk.json", OK: true, Detail: "none here (pass --app, or run strata init app --language=go)"})
		}
	} else {
		checks = append(checks, check{Name: "cdk.json", Detail: err.Error()})
	}
	var envs []string
	for _, k := range []string{"AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "CDK_DEFAULT_ACCOUNT", "CDK_DEFAULT_REGION"} {
		if v := os.Getenv(k); v != "" {
			envs = append(envs, k+"="+v)
		}
	}
	checks = append(checks, check{Name: "environment", OK: true, Detail: strings.Join(envs, " ")})
	if s, err := g.session(ctx, p, stdio.Stderr); err != nil {
		checks = append(checks, check{Name: "aws credentials", Detail: err.Error()})
	} else if id, err := s.Identity(ctx); err != nil {
		checks = append(checks, check{Name: "aws credentials", Detail: err.Error() + " (synth works without them; deploy needs them)"})
	} else {
		checks = append(checks, check{Name: "aws credentials", OK: true, Detail: fmt.Sprintf("account %s, region %q, as %s", id.Account, s.Region(), id.Arn)})
	}
	if err := deploy.DockerStatus(ctx); err != nil {
		checks = append(checks, check{Name: "docker", Detail: err.Error() + " (needed only for Docker image assets)"})
	} else {
		checks = append(checks, check{Name: "docker", OK: true, Detail: "engine answers"})
	}
	if g.JSON {
		return writeJSON(stdio.Stdout, checks)
	}
	for _, c := range checks {
		mark := "ok  "
		if !c.OK {
			mark = "warn"
		}
		fmt.Fprintf(stdio.Stdout, "[%s] %-16s %s\n", mark, c.Name, c.Detail)
	}
	return nil
}
