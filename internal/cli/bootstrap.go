package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/bootstrap"
	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/cfnyaml"
)

type bootstrapArgs struct {
	*globalArgs
	ShowTemplate          bool
	StackName             string
	Qualifier             string
	Trust, TrustLookup    multiFlag
	ExecutionPolicies     multiFlag
	BucketName            string
	KMSKeyID              string
	CustomerKey           bool
	PublicAccessBlock     string
	TerminationProtection bool
	Tags                  kvFlag
	Method                string
	Force                 bool
}

func newBootstrapCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := bootstrapArgs{globalArgs: g, Tags: kvFlag{}}
	c := &cobra.Command{
		Use:   "bootstrap [aws://ACCOUNT/REGION...]",
		Short: "Deploy the CDKToolkit stack an environment needs",
		RunE: func(c *cobra.Command, pos []string) error {
			return runBootstrap(c.Context(), stdio, &a, pos)
		},
	}
	fs := c.Flags()
	fs.BoolVar(&a.ShowTemplate, "show-template", false, "print the bootstrap template and stop")
	fs.StringVar(&a.StackName, "toolkit-stack-name", "", "bootstrap stack name (default CDKToolkit, or cdk.json toolkitStackName)")
	fs.StringVar(&a.Qualifier, "qualifier", "", "qualifier of the bootstrap resources (default hnb659fds)")
	fs.Var(&a.Trust, "trust", "account trusted to deploy into this environment (repeatable)")
	fs.Var(&a.TrustLookup, "trust-for-lookup", "account trusted to look up values (repeatable)")
	fs.Var(&a.ExecutionPolicies, "cloudformation-execution-policies", "managed policy ARN for the CloudFormation execution role (repeatable)")
	fs.StringVarP(&a.BucketName, "bootstrap-bucket-name", "b", "", "name of the file assets bucket")
	fs.StringVar(&a.KMSKeyID, "bootstrap-kms-key-id", "", "KMS key for the assets bucket")
	fs.BoolVar(&a.CustomerKey, "bootstrap-customer-key", false, "create a customer managed KMS key for the assets bucket")
	fs.StringVar(&a.PublicAccessBlock, "public-access-block-configuration", "", "true or false: block public access to the assets bucket")
	fs.BoolVar(&a.TerminationProtection, "termination-protection", false, "turn on termination protection for the bootstrap stack")
	fs.VarP(a.Tags, "tags", "t", "stack tag KEY=VALUE (repeatable)")
	fs.StringVar(&a.Method, "method", "change-set", "change-set | direct")
	fs.BoolVarP(&a.Force, "force", "f", false, "deploy even if unchanged, or over a newer version")
	return c
}

func runBootstrap(ctx context.Context, stdio IO, a *bootstrapArgs, envArgs []string) error {
	if a.ShowTemplate {
		v, err := cfnyaml.Decode(bootstrap.TemplateJSON())
		if err != nil {
			return err
		}
		if a.JSON {
			return writeJSON(stdio.Stdout, v)
		}
		fmt.Fprint(stdio.Stdout, cfnyaml.Render(v))
		return nil
	}
	p, err := a.project()
	if err != nil {
		return err
	}
	s, err := a.session(ctx, p, stdio.Stderr)
	if err != nil {
		return err
	}
	tk := &toolkit.Toolkit{Session: s}
	var targets []deploy.Target
	if len(envArgs) == 0 {
		t, err := tk.ResolveTarget(ctx, toolkit.Environment{})
		if err != nil {
			return err
		}
		targets = append(targets, t)
	}
	for _, e := range envArgs {
		if !strings.HasPrefix(e, "aws://") {
			return &usageError{msg: fmt.Sprintf("%q is not an environment: write aws://ACCOUNT/REGION", e)}
		}
		env, err := toolkit.ParseEnvironment(e)
		if err != nil {
			return err
		}
		t, err := tk.ResolveTarget(ctx, env)
		if err != nil {
			return err
		}
		targets = append(targets, t)
	}
	name := a.StackName
	if name == "" {
		name = p.String("toolkitStackName")
	}
	view := &progressView{w: stdio.Stderr, json: a.JSON, color: colorOn(a.globalArgs, stdio.Stderr)}
	var results []*bootstrap.Result
	for _, t := range targets {
		fmt.Fprintf(stdio.Stderr, " ⏳  Bootstrapping environment aws://%s/%s...\n", t.Account, t.Region)
		r, err := bootstrap.Deploy(ctx, s, t, bootstrap.Options{
			StackName: name, Qualifier: a.Qualifier, Trust: a.Trust, TrustLookup: a.TrustLookup,
			ExecutionPolicies: a.ExecutionPolicies, BucketName: a.BucketName, KMSKeyID: a.KMSKeyID,
			CustomerKey: a.CustomerKey, PublicAccessBlock: a.PublicAccessBlock,
			TerminationProtection: a.TerminationProtection, Tags: a.Tags, Method: deploy.Method(a.Method), Force: a.Force,
		}, view)
		if err != nil {
			return err
		}
		results = append(results, r)
		if !a.JSON {
			if r.NoOp {
				fmt.Fprintf(stdio.Stdout, " ✅  Environment %s bootstrapped (no changes).\n", r.Environment)
			} else {
				fmt.Fprintf(stdio.Stdout, " ✅  Environment %s bootstrapped (version %d).\n", r.Environment, r.Version)
			}
		}
	}
	if a.JSON {
		return writeJSON(stdio.Stdout, results)
	}
	return nil
}
