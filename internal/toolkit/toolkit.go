package toolkit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

// Toolkit acts on the stacks of an assembly through a deploy session.
type Toolkit struct {
	Session  *deploy.Session
	Progress deploy.Progress
	// publishFile and publishImage default to the session's; tests put
	// their own in to watch the pool.
	publishFile  func(context.Context, deploy.FileAsset) (deploy.PublishResult, error)
	publishImage func(context.Context, deploy.ImageAsset) (deploy.PublishResult, error)
	// HotswapCachePath is the hotswap cache file (hotswap_cache.go); empty
	// keeps none.
	HotswapCachePath string
	cacheOnce        sync.Once
	cache            *hotswapCache
	// Approve is asked before deploying a stack whose changes need approval
	// under DeployOptions.RequireApproval; nil refuses such deployments, as
	// the CDK CLI does without a terminal.
	Approve func(req ApprovalRequest) (bool, error)
}

// ApprovalRequest is what a deployment that needs approval shows.
type ApprovalRequest struct {
	Stack       string
	Diff        *templatediff.Diff
	Level       Approval
	Motivation  string // "Stack includes security-sensitive updates" or "Stack includes updates"
	Concurrency int
}

// NoTerminalError is the CDK CLI's answer when approval is needed and
// nobody can be asked.
func NoTerminalError(motivation string) error {
	return fmt.Errorf("%s, but terminal (TTY) is not attached so we are unable to get a confirmation from the user", motivation)
}

// NeedsApproval applies the CDK CLI's --require-approval rules to a diff:
// never asks nothing; any-change asks for every change; broadening asks
// when IAM statements, managed policies or security group rules are added.
func NeedsApproval(level Approval, d *templatediff.Diff) bool {
	if d.Empty() {
		return false
	}
	switch level {
	case ApproveAnyChange:
		return true
	case ApproveBroadening, "":
		return d.PermissionChangeType() == templatediff.PermissionsBroadening
	}
	return false
}

// ResolveTarget fills unknown account/region from the credentials.
func (t *Toolkit) ResolveTarget(ctx context.Context, env Environment) (deploy.Target, error) {
	target := deploy.Target{Account: env.Account, Region: env.Region}
	if strings.HasPrefix(target.Region, "unknown-") || target.Region == "" {
		target.Region = t.Session.Region()
		if target.Region == "" {
			return target, fmt.Errorf("no region: set AWS_REGION or a region in your AWS profile, or give the stack an env")
		}
	}
	if strings.HasPrefix(target.Account, "unknown-") || target.Account == "" {
		id, err := t.Session.Identity(ctx)
		if err != nil {
			return target, err
		}
		target.Account = id.Account
		target.Partition = id.Partition
	}
	return target, nil
}

// Approval is when to ask before deploying.
type Approval string

const (
	ApproveNever      Approval = "never"
	ApproveAnyChange  Approval = "any-change"
	ApproveBroadening Approval = "broadening"
)

// DeployOptions apply to every stack of a deploy.
type DeployOptions struct {
	Method deploy.Method
	// Parameters: "Key" applies to every stack, "Stack:Key" to one.
	Parameters       map[string]string
	ResetParameters  bool
	Tags             map[string]string
	RequireApproval  Approval
	Force            bool
	Concurrency      int
	ChangeSetName    string
	NotificationArns []string
	// RoleArn is the role CloudFormation deploys with (--role-arn), in place
	// of the synthesizer's execution role.
	RoleArn string
	// DisableRollback keeps a failed deployment as it stopped (--no-rollback).
	DisableRollback bool
	// Hotswap is "", HotswapOnly or HotswapFallback.
	Hotswap string
	// HotswapEcs tunes ECS service updates (--hotswap-ecs-*).
	HotswapEcs deploy.EcsDeployment
	// ToolkitStackName is the bootstrap stack (default CDKToolkit), read for
	// its BootstrapVersion output when a stack names no SSM parameter for
	// the version (assemblies of the legacy synthesizer).
	ToolkitStackName string
	// AssetConcurrency is how many assets of a stack publish at once (0:
	// 8, the CDK CLI's number with --asset-parallelism; 1 without it).
	AssetConcurrency int
	// AssetBuildConcurrency bounds Docker image builds among them (0: 1,
	// as the CDK CLI's --asset-build-concurrency).
	AssetBuildConcurrency int
	// assetSlots and buildSlots bound publishing across all the stacks of
	// one Deploy, as the CDK CLI's work graph does (set by Deploy).
	assetSlots, buildSlots chan struct{}
	// Exclusively skips nothing here; selection handles dependencies.
}

// StackResult is one stack's outcome.
type StackResult struct {
	Stack   *Stack                 `json:"-"`
	Name    string                 `json:"stackName"`
	Display string                 `json:"displayName"`
	Result  *deploy.DeployResult   `json:"result,omitempty"`
	Assets  []deploy.PublishResult `json:"assets,omitempty"`
	Skipped string                 `json:"skipped,omitempty"` // why it was not deployed
	// Hotswapped: changed in place through service APIs, not CloudFormation.
	Hotswapped bool   `json:"hotswapped,omitempty"`
	Err        error  `json:"-"`
	ErrorMsg   string `json:"error,omitempty"`
}

// Deploy deploys stacks (already in dependency order), running up to
// Concurrency stacks at once when they do not depend on each other. It
// returns every stack's result and the first error.
func (t *Toolkit) Deploy(ctx context.Context, asm *Assembly, stacks []*Stack, o DeployOptions) ([]*StackResult, error) {
	if o.Concurrency < 1 {
		o.Concurrency = 1
	}
	o.assetSlots, o.buildSlots = make(chan struct{}, assetLimit(o)), make(chan struct{}, buildLimit(o))
	results := make([]*StackResult, len(stacks))
	index := map[*Stack]int{}
	for i, s := range stacks {
		index[s] = i
		results[i] = &StackResult{Stack: s, Name: s.StackName, Display: s.DisplayName}
	}
	done := make([]chan struct{}, len(stacks))
	for i := range done {
		done[i] = make(chan struct{})
	}
	sem := make(chan struct{}, o.Concurrency)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	for i, s := range stacks {
		wg.Add(1)
		go func(i int, s *Stack) {
			defer wg.Done()
			defer close(done[i])
			for _, dep := range asm.Dependencies(s) {
				if j, ok := index[dep]; ok {
					<-done[j]
					if results[j].Err != nil || results[j].Skipped != "" {
						results[i].Skipped = "dependency " + dep.DisplayName + " was not deployed"
						return
					}
				}
			}
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			stop := firstErr != nil
			mu.Unlock()
			if stop || ctx.Err() != nil {
				results[i].Skipped = "an earlier stack failed"
				return
			}
			err := t.deployOne(ctx, s, o, results[i])
			if err != nil {
				results[i].Err = err
				results[i].ErrorMsg = err.Error()
				mu.Lock()
				if firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
			}
		}(i, s)
	}
	wg.Wait()
	return results, firstErr
}

func (t *Toolkit) emit(e deploy.Event) {
	if t.Progress != nil {
		t.Progress.Event(e)
	}
}

func (t *Toolkit) deployOne(ctx context.Context, s *Stack, o DeployOptions, res *StackResult) error {
	if len(s.MetadataErrors) > 0 {
		return fmt.Errorf("stack %s has errors from synthesis:\n  %s", s.DisplayName, strings.Join(s.MetadataErrors, "\n  "))
	}
	target, err := t.ResolveTarget(ctx, s.Environment)
	if err != nil {
		return fmt.Errorf("stack %s: %w", s.DisplayName, err)
	}
	role := target.Substitute(s.AssumeRoleArn)
	if s.RequiresBootstrapVersion > 0 {
		if err := t.Session.CheckBootstrap(ctx, target, role, s.AssumeRoleExternalID, s.BootstrapVersionParameter, s.RequiresBootstrapVersion); err != nil {
			return fmt.Errorf("stack %s: %w", s.DisplayName, err)
		}
		if s.BootstrapVersionParameter == "" {
			if err := t.checkToolkitStack(ctx, target, o.ToolkitStackName, s.RequiresBootstrapVersion); err != nil {
				return fmt.Errorf("stack %s: %w", s.DisplayName, err)
			}
		}
	}
	if o.RequireApproval != ApproveNever {
		deployed, err := t.Session.DeployedTemplate(ctx, target.Region, role, s.AssumeRoleExternalID, s.StackName)
		if err != nil {
			return err
		}
		d := s.compare(deployed)
		if NeedsApproval(o.RequireApproval, d) {
			level := o.RequireApproval
			if level == "" {
				level = ApproveBroadening
			}
			motivation := "Stack includes updates"
			if d.PermissionChangeType() != templatediff.PermissionsNone {
				motivation = "Stack includes security-sensitive updates"
			}
			if t.Approve == nil {
				return NoTerminalError(motivation)
			}
			ok, err := t.Approve(ApprovalRequest{Stack: s.DisplayName, Diff: d, Level: level, Motivation: motivation, Concurrency: o.Concurrency})
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("Deployment cancelled")
			}
		}
	}
	if o.Hotswap != "" {
		if done, err := t.hotswap(ctx, s, o, target, role, res); done || err != nil {
			return err
		}
	}
	for _, am := range s.AssetManifests {
		pubs, err := t.publish(ctx, s, am, target, o)
		res.Assets = append(res.Assets, pubs...)
		if err != nil {
			return fmt.Errorf("stack %s: %w", s.DisplayName, err)
		}
	}
	params := map[string]string{}
	for k, v := range s.Parameters {
		params[k] = v
	}
	for k, v := range o.Parameters {
		if stack, key, ok := strings.Cut(k, ":"); ok {
			if stack == s.DisplayName || stack == s.StackName || stack == s.ID {
				params[key] = v
			}
			continue
		}
		params[k] = v
	}
	tags := map[string]string{}
	for k, v := range s.Tags {
		tags[k] = v
	}
	for k, v := range o.Tags {
		tags[k] = v
	}
	d := deploy.StackDeployment{
		Name: s.StackName, DisplayName: s.DisplayName, Target: target,
		TemplateBody: s.TemplateJSON, TemplateURL: templateHTTPURL(target.Substitute(s.TemplateAssetURL), target),
		Template: s.Template, Parameters: params, ResetParameters: o.ResetParameters, Tags: tags,
		RoleArn: role, ExternalID: s.AssumeRoleExternalID, ExecutionRoleArn: executionRole(o.RoleArn, target.Substitute(s.ExecutionRoleArn)),
		DisableRollback:       o.DisableRollback,
		TerminationProtection: s.TerminationProtection, NotificationArns: append(s.Notifications, o.NotificationArns...),
		Method: o.Method, ChangeSetName: o.ChangeSetName, Force: o.Force,
	}
	t.emit(deploy.Event{Stack: s.DisplayName, Kind: deploy.EventInfo, Message: "deploying to " + target.Account + "/" + target.Region})
	r, err := t.Session.DeployStack(ctx, d, t.Progress)
	if err != nil {
		return err
	}
	res.Result = r
	return nil
}

// templateHTTPURL turns s3://bucket/key into the HTTPS URL CloudFormation
// takes.
func templateHTTPURL(s3url string, target deploy.Target) string {
	rest, ok := strings.CutPrefix(s3url, "s3://")
	if !ok {
		return s3url
	}
	bucket, key, _ := strings.Cut(rest, "/")
	suffix := "amazonaws.com"
	if strings.HasPrefix(target.Region, "cn-") {
		suffix = "amazonaws.com.cn"
	}
	return fmt.Sprintf("https://s3.%s.%s/%s/%s", target.Region, suffix, bucket, key)
}

func assetEvent(s *Stack, r deploy.PublishResult) deploy.Event {
	status := "published"
	if r.Skipped {
		status = "already published"
	}
	name := r.DisplayName
	if name == "" {
		name = r.ID
	}
	return deploy.Event{Stack: s.DisplayName, Kind: deploy.EventAsset, Status: status, Message: name + " → " + r.Destination}
}

// DestroyResult is one stack's deletion.
type DestroyResult struct {
	Name     string `json:"stackName"`
	Display  string `json:"displayName"`
	Deleted  bool   `json:"deleted"`
	ErrorMsg string `json:"error,omitempty"`
}

// Destroy deletes stacks in reverse dependency order.
func (t *Toolkit) Destroy(ctx context.Context, stacks []*Stack) ([]DestroyResult, error) {
	var out []DestroyResult
	for i := len(stacks) - 1; i >= 0; i-- {
		s := stacks[i]
		r := DestroyResult{Name: s.StackName, Display: s.DisplayName}
		target, err := t.ResolveTarget(ctx, s.Environment)
		if err == nil {
			r.Deleted, err = t.Session.DestroyStack(ctx, deploy.StackDeletion{
				Name: s.StackName, DisplayName: s.DisplayName, Region: target.Region,
				RoleArn: target.Substitute(s.AssumeRoleArn), ExternalID: s.AssumeRoleExternalID,
				ExecutionRoleArn: target.Substitute(s.ExecutionRoleArn), Template: s.Template,
			}, t.Progress)
		}
		if err != nil {
			r.ErrorMsg = err.Error()
			out = append(out, r)
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

// StackDiff is one stack's template diff.
type StackDiff struct {
	Stack   *Stack             `json:"-"`
	Display string             `json:"displayName"`
	Name    string             `json:"stackName"`
	New     bool               `json:"newStack"`
	Diff    *templatediff.Diff `json:"diff"`
	// ChangeSet is what CloudFormation's change set said (--method
	// change-set or auto), when one was made.
	ChangeSet []deploy.ChangeSetResource `json:"changeSet,omitempty"`
	// ChangeSetMade tells an empty change set from none.
	ChangeSetMade bool `json:"-"`
	// Template is the template-only verdict per resource (before any
	// change set corrected it), for diff --impact.
	Template []templatediff.ResourceChange `json:"-"`
}

// Diff methods, as cdk diff --method.
const (
	// DiffTemplate compares templates only.
	DiffTemplate = "template"
	// DiffChangeSet also asks CloudFormation for a change set and fails
	// when it cannot be made.
	DiffChangeSet = "change-set"
	// DiffAuto asks for a change set and falls back to the template diff.
	DiffAuto = "auto"
)

// DiffOptions say how Diff compares.
type DiffOptions struct {
	// Against is a JSON template to compare with instead of the deployed
	// stack (--template); no change set is made then.
	Against []byte
	// Method is DiffTemplate (also ""), DiffChangeSet or DiffAuto.
	Method string
	// ChangeSetName names the change set (default a random one).
	ChangeSetName string
	// Parameters for the change set, as deploy --parameters.
	Parameters map[string]string
	// Info receives the CDK CLI's notes about the change set, Verbose why
	// one could not be made (-v); nil drops them.
	Info, Verbose func(string)
}

// Diff compares each stack with what is deployed (or with the JSON
// template in o.Against). With a change-set method it also creates a
// read-only change set per stack, reads CloudFormation's replacement
// verdicts into the diff and deletes the change set.
func (t *Toolkit) Diff(ctx context.Context, stacks []*Stack, o DiffOptions) ([]StackDiff, error) {
	var out []StackDiff
	var fixed map[string]interface{}
	if o.Against != nil {
		if err := json.Unmarshal(o.Against, &fixed); err != nil {
			return nil, fmt.Errorf("the template to compare with is not JSON: %w", err)
		}
	}
	info := o.Info
	if info == nil {
		info = func(string) {}
	}
	for _, s := range stacks {
		old := fixed
		var target deploy.Target
		if old == nil {
			var err error
			target, err = t.ResolveTarget(ctx, s.Environment)
			if err != nil {
				return out, fmt.Errorf("stack %s: %w", s.DisplayName, err)
			}
			old, err = t.Session.DeployedTemplate(ctx, target.Region, target.Substitute(s.AssumeRoleArn), s.AssumeRoleExternalID, s.StackName)
			if err != nil {
				return out, err
			}
		}
		d := s.compare(old)
		sd := StackDiff{Stack: s, Display: s.DisplayName, Name: s.StackName, New: old == nil, Diff: d,
			Template: append([]templatediff.ResourceChange(nil), d.Resources...)}
		if o.Against == nil && (o.Method == DiffChangeSet || o.Method == DiffAuto) {
			info("Hold on while we create a read-only change set to get a diff with accurate replacement information (use --method=template to use a less accurate but faster template-only diff)\n")
			cs, err := t.diffChangeSet(ctx, s, target, o)
			switch {
			case err != nil && o.Method == DiffChangeSet:
				return out, fmt.Errorf("Could not create a change set, and '--method=change-set' was specified. Please check your permissions or use '--method=auto' to allow falling back to a template diff.: %w", err)
			case err != nil:
				if ctx.Err() != nil {
					return out, ctx.Err()
				}
				if o.Verbose != nil {
					o.Verbose(fmt.Sprintf("stack %s: %v", s.DisplayName, err))
				}
				info("Could not create a change set, will base the diff on template differences (run again with -v to see the reason)\n")
			default:
				sd.ChangeSet, sd.ChangeSetMade = cs, true
				d.ApplyChangeSet(changeSetForDiff(cs), s.Template)
			}
		}
		d.OrderResources(templatediff.ResourceOrder(o.Against), templatediff.ResourceOrder(s.TemplateJSON))
		d.UseWrittenOrder(o.Against, s.TemplateJSON)
		out = append(out, sd)
	}
	return out, nil
}

// diffChangeSet makes the read-only change set of one stack, publishing
// its template first when it is too large to send inline.
func (t *Toolkit) diffChangeSet(ctx context.Context, s *Stack, target deploy.Target, o DiffOptions) ([]deploy.ChangeSetResource, error) {
	role := target.Substitute(s.AssumeRoleArn)
	url := templateHTTPURL(target.Substitute(s.TemplateAssetURL), target)
	if len(s.TemplateJSON) > 51200 && url != "" {
		for _, am := range s.AssetManifests {
			only := *am
			only.Files = map[string]FileAsset{}
			only.DockerImages = nil
			for id, fa := range am.Files {
				if strings.HasSuffix(fa.Source.Path, ".template.json") {
					only.Files[id] = fa
				}
			}
			if _, err := t.publish(ctx, s, &only, target, DeployOptions{}); err != nil {
				return nil, err
			}
		}
	}
	params := map[string]string{}
	for k, v := range s.Parameters {
		params[k] = v
	}
	for k, v := range o.Parameters {
		if stack, key, ok := strings.Cut(k, ":"); ok {
			if stack == s.DisplayName || stack == s.StackName || stack == s.ID {
				params[key] = v
			}
			continue
		}
		params[k] = v
	}
	return t.Session.DiffChangeSet(ctx, deploy.StackDeployment{
		Name: s.StackName, DisplayName: s.DisplayName, Target: target,
		TemplateBody: s.TemplateJSON, TemplateURL: url, Template: s.Template,
		Parameters: params, Tags: s.Tags, RoleArn: role, ExternalID: s.AssumeRoleExternalID,
		ExecutionRoleArn: target.Substitute(s.ExecutionRoleArn), ChangeSetName: o.ChangeSetName,
	})
}

func changeSetForDiff(cs []deploy.ChangeSetResource) []templatediff.ChangeSetResource {
	out := make([]templatediff.ChangeSetResource, len(cs))
	for i, c := range cs {
		out[i] = templatediff.ChangeSetResource{LogicalID: c.LogicalID, Type: c.Type, Action: c.Action, Properties: c.Properties}
	}
	return out
}

// WriteOutputsFile writes {"StackName": {"OutputKey": "value"}} for the
// deployed stacks, merging into an existing file as the CDK CLI does.
func WriteOutputsFile(path string, results []*StackResult) error {
	all := map[string]map[string]string{}
	if b, err := os.ReadFile(path); err == nil {
		_ = json.Unmarshal(b, &all)
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	for _, r := range results {
		if r.Result == nil || !r.Result.Executed && !r.Result.NoOp {
			continue
		}
		all[r.Name] = r.Result.Outputs
		if all[r.Name] == nil {
			all[r.Name] = map[string]string{}
		}
	}
	names := make([]string, 0, len(all))
	for n := range all {
		names = append(names, n)
	}
	sort.Strings(names)
	b, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		return err
	}
	if dir := filepath.Dir(path); dir != "" {
		_ = os.MkdirAll(dir, 0o755)
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// compare diffs old against the stack's template, knowing the construct
// paths of its parameters, conditions and outputs from the metadata.
func (s *Stack) compare(old map[string]interface{}) *templatediff.Diff {
	d := templatediff.Compare(old, s.Template)
	for id, p := range s.LogicalPaths {
		if _, ok := d.Paths[id]; !ok {
			d.Paths[id] = p
		}
	}
	return d
}

func executionRole(given, synthesized string) string {
	if given != "" {
		return given
	}
	return synthesized
}

// Rollback rolls back stacks left failed by a deployment without rollback,
// in reverse dependency order.
func (t *Toolkit) Rollback(ctx context.Context, stacks []*Stack, roleArn string, orphan []string) ([]*deploy.RollbackResult, error) {
	var out []*deploy.RollbackResult
	for i := len(stacks) - 1; i >= 0; i-- {
		s := stacks[i]
		target, err := t.ResolveTarget(ctx, s.Environment)
		if err != nil {
			return out, fmt.Errorf("stack %s: %w", s.DisplayName, err)
		}
		r, err := t.Session.RollbackStack(ctx, deploy.StackRollback{
			Name: s.StackName, DisplayName: s.DisplayName, Region: target.Region,
			RoleArn: target.Substitute(s.AssumeRoleArn), ExternalID: s.AssumeRoleExternalID,
			ExecutionRoleArn: executionRole(roleArn, target.Substitute(s.ExecutionRoleArn)),
			Orphan:           orphan, Template: s.Template,
		}, t.Progress)
		if r != nil {
			out = append(out, r)
		}
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// checkToolkitStack reads the bootstrap version from the toolkit stack's
// BootstrapVersion output, as the CDK CLI does when a stack names no SSM
// parameter for it.
func (t *Toolkit) checkToolkitStack(ctx context.Context, target deploy.Target, name string, required int) error {
	if name == "" {
		name = "CDKToolkit"
	}
	info, err := t.Session.DescribeStack(ctx, target.Region, "", "", name)
	if err != nil {
		return err
	}
	if info == nil {
		return fmt.Errorf("%w: no %s stack in aws://%s/%s; run `strata bootstrap aws://%s/%s --toolkit-stack-name %s`",
			deploy.ErrBootstrapMissing, name, target.Account, target.Region, target.Account, target.Region, name)
	}
	var v int
	fmt.Sscanf(info.Outputs["BootstrapVersion"], "%d", &v)
	if v < required {
		return fmt.Errorf("this stack needs bootstrap stack version %d, but the %s stack in aws://%s/%s has version %d; run `strata bootstrap` again", required, name, target.Account, target.Region, v)
	}
	return nil
}
