package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

type deployArgs struct {
	*globalArgs
	All              bool
	Exclusively      bool
	RequireApproval  string
	Parameters       kvFlag
	Tags             kvFlag
	OutputsFile      string
	NoExecute        bool
	Method           string
	Concurrency      int
	Force            bool
	ChangeSetName    string
	NoPrevious       bool
	NotificationArns multiFlag
	RoleArn          string
	ToolkitStackName string
	Rollback         bool
	NoRollback       bool
	Hotswap          bool
	HotswapFallback  bool
	hotswapEcsArgs
	// AssetParallelism and AssetBuildConcurrency: see deploy_assets.go.
	AssetParallelism      optBool
	NoAssetParallelism    bool
	AssetBuildConcurrency int // 0: not given
	// Resume re-attaches to interrupted operations (deploy_attach.go).
	Resume bool
}

func newDeployCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := deployArgs{globalArgs: g, Parameters: kvFlag{}, Tags: kvFlag{}}
	c := &cobra.Command{
		Use:   "deploy [STACKS...|--all]",
		Short: "Deploy stacks to AWS",
		RunE: func(c *cobra.Command, pos []string) error {
			return runDeploy(c.Context(), stdio, &a, pos)
		},
	}
	f := c.Flags()
	f.BoolVar(&a.All, "all", false, "deploy every stack")
	f.BoolVarP(&a.Exclusively, "exclusively", "e", false, "only the named stacks, not their dependencies")
	f.StringVar(&a.RequireApproval, "require-approval", "", "never | any-change | broadening (default broadening, or cdk.json requireApproval)")
	f.Var(a.Parameters, "parameters", "template parameter KEY=VALUE or STACK:KEY=VALUE (repeatable)")
	f.VarP(a.Tags, "tags", "t", "stack tag KEY=VALUE (repeatable)")
	f.StringVarP(&a.OutputsFile, "outputs-file", "O", "", "write stack outputs to this JSON file")
	f.BoolVar(&a.NoExecute, "no-execute", false, "create the change set but do not execute it")
	f.StringVarP(&a.Method, "method", "m", "change-set", "change-set | direct | prepare-change-set")
	f.IntVar(&a.Concurrency, "concurrency", 1, "how many independent stacks to deploy at once")
	f.BoolVarP(&a.Force, "force", "f", false, "deploy even when the template is unchanged")
	f.StringVar(&a.ChangeSetName, "change-set-name", "", "name of the change set (default strata-deploy-change-set)")
	f.BoolVar(&a.NoPrevious, "no-previous-parameters", false, "reset parameters not given to their defaults")
	f.Var(&a.NotificationArns, "notification-arns", "SNS topic ARN for stack events (repeatable)")
	f.StringVarP(&a.RoleArn, "role-arn", "r", "", "ARN of the role CloudFormation deploys with (instead of the bootstrap execution role)")
	f.StringVar(&a.ToolkitStackName, "toolkit-stack-name", "", "the bootstrap stack, for stacks that name no SSM parameter for its version (default CDKToolkit, or cdk.json toolkitStackName)")
	f.BoolVar(&a.Rollback, "rollback", true, "roll back a failed deployment (--no-rollback or --rollback=false keeps it as it stopped, for `strata rollback`)")
	f.BoolVar(&a.NoRollback, "no-rollback", false, "do not roll back a failed deployment")
	f.BoolVar(&a.Hotswap, "hotswap", false, "update in place through the services' APIs, without CloudFormation, what can be: Lambda code, configuration, versions and aliases, ECS task definitions, Step Functions definitions, CodeBuild projects, bucket deployments, AppSync resolvers, functions, schemas and API keys, and the types Cloud Control updates; other changes are left as deployed (for development only)")
	f.BoolVar(&a.HotswapFallback, "hotswap-fallback", false, "hotswap when every change can be, else deploy in full (for development only)")
	registerHotswapEcsFlags(f, &a.hotswapEcsArgs)
	registerAssetFlags(f, &a)
	f.BoolVar(&a.Resume, "resume", false, "follow the deployments interrupted earlier (Ctrl-C) to their end instead of deploying, as strata attach does")
	return c
}

func runDeploy(ctx context.Context, stdio IO, a *deployArgs, patterns []string) error {
	if a.Resume {
		return runAttach(ctx, stdio, a.globalArgs, patterns, "resume")
	}
	hotswapEcs, err := a.hotswapEcsArgs.options()
	if err != nil {
		return err
	}
	p, err := a.project()
	if err != nil {
		return err
	}
	approval := a.RequireApproval
	if approval == "" {
		approval = p.String("requireApproval")
	}
	if approval == "" {
		approval = string(toolkit.ApproveBroadening)
	}
	switch toolkit.Approval(approval) {
	case toolkit.ApproveNever, toolkit.ApproveAnyChange, toolkit.ApproveBroadening:
	default:
		return &usageError{msg: fmt.Sprintf("--require-approval must be never, any-change or broadening, not %q", approval)}
	}
	if err := checkAssetFlags(a); err != nil {
		return err
	}
	method := deploy.Method(a.Method)
	if a.NoExecute {
		method = deploy.MethodPrepare
	}
	switch method {
	case deploy.MethodChangeSet, deploy.MethodDirect, deploy.MethodPrepare:
	default:
		return &usageError{msg: fmt.Sprintf("--method must be change-set, direct or prepare-change-set, not %q", a.Method)}
	}
	s, err := a.session(ctx, p, stdio.Stderr)
	if err != nil {
		return err
	}
	s.Journal = openJournal(a.globalArgs, p)
	asm, err := a.assembly(ctx, p, s, stdio)
	if err != nil {
		return err
	}
	if len(asm.MissingContext) > 0 {
		// Never deploy the placeholders an app uses until its lookups are done.
		var keys []string
		for _, m := range asm.MissingContext {
			keys = append(keys, m.Key)
		}
		return fmt.Errorf("the assembly still needs context lookups (%s); run strata with the app (not a synthesized assembly) to perform them", strings.Join(keys, ", "))
	}
	sel := toolkit.Selection{Patterns: patterns, All: a.All, Extend: toolkit.ExtendUpstream}
	if a.Exclusively {
		sel.Extend = toolkit.ExtendNone
	}
	stacks, err := asm.Select(sel, false)
	if err != nil {
		return err
	}
	if err := a.validate(stdio, stacks); err != nil {
		return err
	}
	view := &progressView{w: stdio.Stderr, json: a.JSON, color: colorOn(a.globalArgs, stdio.Stderr)}
	tk := &toolkit.Toolkit{Session: s, Progress: view, HotswapCachePath: p.HotswapCachePath(a.Output)}
	canAsk := !a.CI && isTerminal(stdio.Stdin)
	tk.Approve = func(req toolkit.ApprovalRequest) (bool, error) {
		return askApproval(stdio, req, view, canAsk)
	}
	results, err := tk.Deploy(ctx, asm, stacks, toolkit.DeployOptions{
		Method: method, Parameters: a.Parameters, ResetParameters: a.NoPrevious, Tags: a.Tags,
		RequireApproval: toolkit.Approval(approval), Force: a.Force, Concurrency: a.Concurrency,
		ChangeSetName: a.ChangeSetName, NotificationArns: a.NotificationArns,
		RoleArn: a.RoleArn, DisableRollback: a.NoRollback || !a.Rollback,
		ToolkitStackName: toolkitStackName(a.ToolkitStackName, p), Hotswap: hotswapMode(a), HotswapEcs: hotswapEcs,
		AssetConcurrency: assetConcurrency(a, p), AssetBuildConcurrency: assetBuildConcurrency(a, p),
	})
	if a.OutputsFile != "" {
		if werr := toolkit.WriteOutputsFile(p.AbsPath(a.OutputsFile), results); werr != nil && err == nil {
			err = werr
		}
	}
	if a.JSON {
		if jerr := writeJSON(stdio.Stdout, map[string]interface{}{"stacks": results, "ok": err == nil}); jerr != nil {
			return jerr
		}
		if err != nil {
			return &exitError{code: exitCodeFor(err), msg: "error: " + err.Error()}
		}
		return nil
	}
	renderDeploy(stdio, results, a)
	if err != nil {
		return err
	}
	return nil
}

func exitCodeFor(err error) int {
	var ie *deploy.InterruptedError
	if errors.As(err, &ie) {
		return 130
	}
	return 1
}

func renderDeploy(stdio IO, results []*toolkit.StackResult, a *deployArgs) {
	w := stdio.Stdout
	for _, r := range results {
		switch {
		case r.Skipped != "":
			fmt.Fprintf(w, "\n- %s: not deployed (%s)\n", r.Display, r.Skipped)
		case r.Err != nil && exitCodeFor(r.Err) == 130:
			fmt.Fprintf(w, "\n- %s: interrupted while CloudFormation works on it\n", r.Display)
		case r.Err != nil:
			fmt.Fprintf(w, "\nx %s: failed\n", r.Display)
		case r.Result == nil:
		case r.Hotswapped:
			fmt.Fprintf(w, "\n✨  %s (hotswapped)\n\nHotswap time: %.1fs\n", r.Display, r.Result.Elapsed.Seconds())
		case r.Result.NoOp:
			fmt.Fprintf(w, "\n✅  %s (no changes)\n", r.Display)
		case !r.Result.Executed:
			fmt.Fprintf(w, "\n✅  %s: change set %s created and waiting for review (not executed)\n", r.Display, r.Result.ChangeSetID)
		default:
			fmt.Fprintf(w, "\n✅  %s\n\nDeployment time: %.1fs\n", r.Display, r.Result.Elapsed.Seconds())
		}
		if r.Result != nil && (r.Result.Executed || r.Result.NoOp) {
			if len(r.Result.Outputs) > 0 {
				fmt.Fprintln(w, "\nOutputs:")
				for _, k := range sortedKeys(r.Result.Outputs) {
					fmt.Fprintf(w, "%s.%s = %s\n", r.Name, k, r.Result.Outputs[k])
				}
			}
			if r.Result.StackArn != "" {
				fmt.Fprintf(w, "Stack ARN:\n%s\n", r.Result.StackArn)
			}
		}
	}
}

// askApproval shows what needs approval (the security tables when there
// are security changes, else the whole diff) on stderr and asks on the
// terminal, with the CDK CLI's words; without a terminal (or in CI) it
// refuses.
func askApproval(stdio IO, req toolkit.ApprovalRequest, view *progressView, canAsk bool) (bool, error) {
	view.mu.Lock()
	defer view.mu.Unlock()
	var b strings.Builder
	fmt.Fprintf(&b, "Stack %s\n", req.Stack)
	if req.Diff.SecurityChanges() {
		req.Diff.RenderSecurity(&b, templatediff.Style{Color: view.color})
	} else {
		req.Diff.Render(&b, templatediff.Style{Color: view.color})
	}
	fmt.Fprint(stdio.Stderr, b.String())
	if !canAsk {
		return false, toolkit.NoTerminalError(req.Motivation)
	}
	if req.Concurrency > 1 {
		return false, fmt.Errorf("%s, but concurrency is greater than 1 so we are unable to get a confirmation from the user", req.Motivation)
	}
	fmt.Fprintf(stdio.Stderr, "%s and \"--require-approval\" is set to '%s'.\nDo you wish to deploy these changes? (y/n) ", req.Motivation, req.Level)
	line, err := bufio.NewReader(stdio.Stdin).ReadString('\n')
	if err != nil && line == "" {
		return false, fmt.Errorf("no answer to the approval prompt")
	}
	ans := strings.ToLower(strings.TrimSpace(line))
	return ans == "y" || ans == "yes", nil
}

func toolkitStackName(flag string, p *toolkit.Project) string {
	if flag != "" {
		return flag
	}
	return p.String("toolkitStackName")
}

func hotswapMode(a *deployArgs) string {
	switch {
	case a.HotswapFallback:
		return toolkit.HotswapFallback
	case a.Hotswap:
		return toolkit.HotswapOnly
	}
	return ""
}
