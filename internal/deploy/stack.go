package deploy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/aws/smithy-go"
)

// defaultChangeSetName names deploy's change set when --change-set-name is
// not given.
const defaultChangeSetName = "strata-deploy-change-set"

// Method is how a stack is deployed.
type Method string

const (
	// MethodChangeSet creates a change set and executes it (the default).
	MethodChangeSet Method = "change-set"
	// MethodDirect calls CreateStack/UpdateStack.
	MethodDirect Method = "direct"
	// MethodPrepare creates the change set and stops (--no-execute).
	MethodPrepare Method = "prepare-change-set"
)

// StackDeployment is one stack to deploy, everything resolved.
type StackDeployment struct {
	// Name is the CloudFormation stack name; DisplayName what the user sees.
	Name, DisplayName string
	Target            Target
	TemplateBody      []byte
	// TemplateURL is used when the body is over CloudFormation's inline
	// limit (51,200 bytes); the template asset must be published first.
	TemplateURL string
	// Template is the decoded template, for construct paths and parameter
	// names.
	Template map[string]interface{}
	// Parameters given by the user; missing template parameters keep their
	// previous value on update unless ResetParameters.
	Parameters      map[string]string
	ResetParameters bool
	Tags            map[string]string
	// RoleArn is assumed to call CloudFormation (the deploy role);
	// ExecutionRoleArn is passed to CloudFormation.
	RoleArn, ExternalID, ExecutionRoleArn string
	TerminationProtection                 bool
	NotificationArns                      []string
	Method                                Method
	ChangeSetName                         string
	Force                                 bool // deploy even if nothing changed
	// DisableRollback leaves a failed update as it stopped (UPDATE_FAILED)
	// instead of rolling back, for `strata rollback` or a fixed redeploy.
	DisableRollback bool
	// BootstrapVersion requirement, checked against the SSM parameter.
	RequiresBootstrapVersion  int
	BootstrapVersionParameter string
	// ResourcesToImport makes the deployment an IMPORT change set that
	// adopts these existing resources (strata import).
	ResourcesToImport []ResourceToImport
}

// ResourceToImport is one existing resource to adopt into a stack, found
// by its identifier properties (a bucket's BucketName, a queue's QueueUrl).
type ResourceToImport struct {
	LogicalID  string            `json:"logicalId"`
	Type       string            `json:"type"`
	Identifier map[string]string `json:"identifier"`
}

// DeployResult is what a deployment did.
type DeployResult struct {
	StackName   string            `json:"stackName"`
	StackArn    string            `json:"stackArn,omitempty"`
	NoOp        bool              `json:"noOp"`     // nothing changed
	Executed    bool              `json:"executed"` // false with MethodPrepare
	ChangeSetID string            `json:"changeSetId,omitempty"`
	Outputs     map[string]string `json:"outputs,omitempty"`
	Status      string            `json:"status,omitempty"`
	Elapsed     time.Duration     `json:"-"`
	// ElapsedSeconds is Elapsed for JSON output.
	ElapsedSeconds float64 `json:"elapsedSeconds"`
}

// MarshalJSON fills ElapsedSeconds from Elapsed.
func (r DeployResult) MarshalJSON() ([]byte, error) {
	type plain DeployResult
	r.ElapsedSeconds = r.Elapsed.Seconds()
	return json.Marshal(plain(r))
}

// StackError is a deployment that CloudFormation refused or rolled back.
type StackError struct {
	Stack    string
	Status   string
	Reason   string
	Failures []ResourceFailure
}

// ResourceFailure is one resource that failed, with its construct path.
type ResourceFailure struct {
	LogicalID     string `json:"logicalId"`
	Type          string `json:"type"`
	Status        string `json:"status"`
	Reason        string `json:"reason"`
	ConstructPath string `json:"constructPath,omitempty"`
}

func (e *StackError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "stack %s failed: %s", e.Stack, e.Status)
	if e.Reason != "" {
		fmt.Fprintf(&b, " (%s)", e.Reason)
	}
	for _, f := range e.Failures {
		where := f.LogicalID
		if f.ConstructPath != "" {
			where = f.ConstructPath + " (" + f.LogicalID + ")"
		}
		fmt.Fprintf(&b, "\n  %s %s: %s", f.Status, where, f.Reason)
	}
	return b.String()
}

// InterruptedError is returned when the context was cancelled while waiting:
// the operation goes on in CloudFormation.
type InterruptedError struct {
	Stack, Status string
	// Journal names the deploy journal that recorded the operation, when
	// one did (then `strata attach` follows it again).
	Journal string
}

func (e *InterruptedError) Error() string {
	if e.Journal != "" {
		return fmt.Sprintf("stopped waiting for stack %s, which is %s; CloudFormation carries on with the operation, recorded in %s. "+
			"Re-attach with `strata attach %s` (or `strata deploy --resume`) to follow it and see how it ends "+
			"(`aws cloudformation cancel-update-stack --stack-name %s` cancels an update)", e.Stack, e.Status, e.Journal, e.Stack, e.Stack)
	}
	return fmt.Sprintf("stopped waiting for stack %s, which is %s; CloudFormation carries on with the operation. "+
		"Follow it with `aws cloudformation describe-stack-events --stack-name %s`, and run strata again once it has finished "+
		"(`aws cloudformation cancel-update-stack --stack-name %s` cancels an update)", e.Stack, e.Status, e.Stack, e.Stack)
}

// ErrBootstrapMissing is wrapped when the environment has no bootstrap stack.
var ErrBootstrapMissing = errors.New("environment not bootstrapped")

// CheckBootstrap verifies the SSM version parameter the synthesizer requires.
func (s *Session) CheckBootstrap(ctx context.Context, t Target, roleArn, externalID, param string, required int) error {
	if param == "" || required == 0 {
		return nil
	}
	cfg := s.Config(ctx, t.Region, roleArn, externalID)
	out, err := s.SSM(cfg).GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String(param)})
	if err != nil {
		var ae smithy.APIError
		if errors.As(err, &ae) && ae.ErrorCode() == "ParameterNotFound" {
			return fmt.Errorf("%w: SSM parameter %s not found in aws://%s/%s; run `strata bootstrap aws://%s/%s`",
				ErrBootstrapMissing, param, t.Account, t.Region, t.Account, t.Region)
		}
		// Without ssm:GetParameter we cannot tell; CloudFormation's
		// CheckBootstrapVersion rule still guards the deployment.
		return nil
	}
	var v int
	fmt.Sscanf(aws.ToString(out.Parameter.Value), "%d", &v)
	if v < required {
		return fmt.Errorf("this stack needs bootstrap stack version %d, but aws://%s/%s has version %d; run `strata bootstrap` again", required, t.Account, t.Region, v)
	}
	return nil
}

// currentStack is what DescribeStacks says about a stack, nil when absent.
func describeStack(ctx context.Context, cfn stackReader, name string) (*cfntypes.Stack, error) {
	out, err := cfn.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: aws.String(name)})
	if err != nil {
		if isStackMissing(err) {
			return nil, nil
		}
		return nil, err
	}
	if len(out.Stacks) == 0 {
		return nil, nil
	}
	st := out.Stacks[0]
	if st.StackStatus == cfntypes.StackStatusDeleteComplete {
		return nil, nil
	}
	return &st, nil
}

func isStackMissing(err error) bool {
	var ae smithy.APIError
	return errors.As(err, &ae) && ae.ErrorCode() == "ValidationError" && strings.Contains(ae.ErrorMessage(), "does not exist")
}

// DeployStack deploys one stack and waits for it, reporting progress.
func (s *Session) DeployStack(ctx context.Context, d StackDeployment, progress Progress) (*DeployResult, error) {
	start := time.Now()
	if progress == nil {
		progress = nopProgress{}
	}
	if d.Method == "" {
		d.Method = MethodChangeSet
	}
	cfg := s.Config(ctx, d.Target.Region, d.RoleArn, d.ExternalID)
	cfn := s.CloudFormation(cfg)
	res := &DeployResult{StackName: d.Name}

	current, err := describeStack(ctx, cfn, d.Name)
	if err != nil {
		return nil, fmt.Errorf("stack %s: %s", d.Name, shortErr(err))
	}
	if current != nil {
		switch {
		case current.StackStatus == cfntypes.StackStatusRollbackComplete || current.StackStatus == cfntypes.StackStatusRollbackFailed:
			// A stack whose creation failed cannot be updated: delete it and
			// create it afresh, as the CDK CLI does.
			progress.Event(Event{Stack: d.DisplayName, Kind: EventInfo, Message: fmt.Sprintf("stack is in %s from a failed creation; deleting it first", current.StackStatus)})
			if err := s.deleteAndWait(ctx, cfn, d.Name, d.DisplayName, nil, progress, ""); err != nil {
				return nil, err
			}
			current = nil
		case current.StackStatus == cfntypes.StackStatusReviewInProgress:
			// Only an unexecuted change set: no resources exist yet.
		case strings.HasSuffix(string(current.StackStatus), "_IN_PROGRESS"):
			if s.journaled(d.Name, d.Target.Region) {
				return nil, fmt.Errorf("stack %s is %s from an interrupted deployment; follow it to its end with `strata attach %s`, then deploy again", d.Name, current.StackStatus, d.Name)
			}
			return nil, fmt.Errorf("stack %s is %s; wait for that operation to finish and deploy again", d.Name, current.StackStatus)
		}
	}
	exists := current != nil && current.StackStatus != cfntypes.StackStatusReviewInProgress

	params, err := buildParameters(d, current)
	if err != nil {
		return nil, err
	}
	tags := make([]cfntypes.Tag, 0, len(d.Tags))
	for _, k := range sortedKeys(d.Tags) {
		tags = append(tags, cfntypes.Tag{Key: aws.String(k), Value: aws.String(d.Tags[k])})
	}

	importing := len(d.ResourcesToImport) > 0
	if importing && d.Method == MethodDirect {
		d.Method = MethodChangeSet // only a change set imports
	}
	if exists && !d.Force && d.Method != MethodPrepare && !importing {
		same, err := s.unchanged(ctx, cfn, d, current, params, tags)
		if err == nil && same {
			res.NoOp = true
			res.StackArn = aws.ToString(current.StackId)
			res.Outputs = outputsOf(current)
			res.Status = string(current.StackStatus)
			res.Elapsed = time.Since(start)
			if err := s.setTerminationProtection(ctx, cfn, d, current); err != nil {
				return nil, err
			}
			return res, nil
		}
	}

	var body, url *string
	if len(d.TemplateBody) <= 51200 || d.TemplateURL == "" {
		body = aws.String(string(d.TemplateBody))
	} else {
		url = aws.String(d.TemplateURL)
	}
	var role *string
	if d.ExecutionRoleArn != "" {
		role = aws.String(d.ExecutionRoleArn)
	}
	caps := []cfntypes.Capability{cfntypes.CapabilityCapabilityIam, cfntypes.CapabilityCapabilityNamedIam, cfntypes.CapabilityCapabilityAutoExpand}
	monitor := newMonitor(cfn, d, progress, s.opts.PollInterval)
	monitor.stillEvery = s.opts.StillWaitingEvery

	switch d.Method {
	case MethodDirect:
		if err := monitor.markStart(ctx); err != nil {
			return nil, err
		}
		if exists {
			out, err := cfn.UpdateStack(ctx, &cloudformation.UpdateStackInput{
				StackName: aws.String(d.Name), TemplateBody: body, TemplateURL: url, Parameters: params,
				Tags: tags, Capabilities: caps, RoleARN: role, NotificationARNs: d.NotificationArns,
				DisableRollback: aws.Bool(d.DisableRollback),
			})
			if err != nil {
				if isNoUpdates(err) {
					res.NoOp = true
					res.StackArn = aws.ToString(current.StackId)
					res.Outputs = outputsOf(current)
					res.Status = string(current.StackStatus)
					res.Elapsed = time.Since(start)
					return res, s.setTerminationProtection(ctx, cfn, d, current)
				}
				return nil, fmt.Errorf("stack %s: UpdateStack: %s", d.Name, shortErr(err))
			}
			res.StackArn = aws.ToString(out.StackId)
			s.journalBegin(d, monitor, "UPDATE_STACK", res.StackArn, "")
		} else {
			out, err := cfn.CreateStack(ctx, &cloudformation.CreateStackInput{
				StackName: aws.String(d.Name), TemplateBody: body, TemplateURL: url, Parameters: params,
				Tags: tags, Capabilities: caps, RoleARN: role, NotificationARNs: d.NotificationArns,
				EnableTerminationProtection: aws.Bool(d.TerminationProtection),
				DisableRollback:             aws.Bool(d.DisableRollback),
			})
			if err != nil {
				return nil, fmt.Errorf("stack %s: CreateStack: %s", d.Name, shortErr(err))
			}
			res.StackArn = aws.ToString(out.StackId)
			s.journalBegin(d, monitor, "CREATE_STACK", res.StackArn, "")
		}
	default:
		csType := cfntypes.ChangeSetTypeCreate
		if exists {
			csType = cfntypes.ChangeSetTypeUpdate
		}
		var imports []cfntypes.ResourceToImport
		if importing {
			csType = cfntypes.ChangeSetTypeImport
			for _, r := range d.ResourcesToImport {
				imports = append(imports, cfntypes.ResourceToImport{LogicalResourceId: aws.String(r.LogicalID), ResourceType: aws.String(r.Type), ResourceIdentifier: r.Identifier})
			}
		}
		name := d.ChangeSetName
		if name == "" {
			name = defaultChangeSetName
		}
		// A change set left by an earlier --no-execute run has the same name.
		if current != nil {
			_, _ = cfn.DeleteChangeSet(ctx, &cloudformation.DeleteChangeSetInput{StackName: aws.String(d.Name), ChangeSetName: aws.String(name)})
		}
		cs, err := cfn.CreateChangeSet(ctx, &cloudformation.CreateChangeSetInput{
			StackName: aws.String(d.Name), ChangeSetName: aws.String(name), ChangeSetType: csType,
			TemplateBody: body, TemplateURL: url, Parameters: params, Tags: tags, Capabilities: caps,
			RoleARN: role, NotificationARNs: d.NotificationArns, ResourcesToImport: imports,
			Description: aws.String("strata deploy of " + d.DisplayName),
		})
		if err != nil {
			return nil, fmt.Errorf("stack %s: CreateChangeSet: %s", d.Name, shortErr(err))
		}
		res.ChangeSetID = aws.ToString(cs.Id)
		res.StackArn = aws.ToString(cs.StackId)
		empty, err := waitChangeSet(ctx, cfn, d.Name, res.ChangeSetID, func(waited time.Duration) {
			progress.Event(Event{Stack: d.DisplayName, Kind: EventInfo, Time: time.Now(), Elapsed: waited,
				Message: fmt.Sprintf("still waiting for CloudFormation to create change set %s (%s so far)", name, waited.Round(time.Second))})
		}, s.opts.StillWaitingEvery)
		if err != nil {
			return nil, err
		}
		if empty {
			_, _ = cfn.DeleteChangeSet(ctx, &cloudformation.DeleteChangeSetInput{StackName: aws.String(d.Name), ChangeSetName: aws.String(res.ChangeSetID)})
			res.NoOp = true
			if current != nil {
				res.Outputs = outputsOf(current)
				res.Status = string(current.StackStatus)
				res.Elapsed = time.Since(start)
				return res, s.setTerminationProtection(ctx, cfn, d, current)
			}
			return res, nil
		}
		if d.Method == MethodPrepare {
			res.Elapsed = time.Since(start)
			res.Status = "REVIEW"
			return res, nil
		}
		if err := monitor.markStart(ctx); err != nil {
			return nil, err
		}
		if _, err := cfn.ExecuteChangeSet(ctx, &cloudformation.ExecuteChangeSetInput{StackName: aws.String(d.Name), ChangeSetName: aws.String(res.ChangeSetID), DisableRollback: aws.Bool(d.DisableRollback)}); err != nil {
			return nil, fmt.Errorf("stack %s: ExecuteChangeSet: %s", d.Name, shortErr(err))
		}
		s.journalBegin(d, monitor, "EXECUTE_CHANGE_SET", res.StackArn, res.ChangeSetID)
	}
	res.Executed = true

	final, err := monitor.wait(ctx)
	s.journalEnd(JournalEntry{StackName: d.Name, Region: d.Target.Region}, monitor, err)
	res.Elapsed = time.Since(start)
	if err != nil {
		return nil, err
	}
	res.Status = string(final.StackStatus)
	if !isSuccess(final.StackStatus) {
		return nil, monitor.failure(final)
	}
	res.Outputs = outputsOf(final)
	if err := s.setTerminationProtection(ctx, cfn, d, final); err != nil {
		return nil, err
	}
	return res, nil
}

func (s *Session) setTerminationProtection(ctx context.Context, cfn *cloudformation.Client, d StackDeployment, st *cfntypes.Stack) error {
	if aws.ToBool(st.EnableTerminationProtection) == d.TerminationProtection {
		return nil
	}
	_, err := cfn.UpdateTerminationProtection(ctx, &cloudformation.UpdateTerminationProtectionInput{
		StackName: aws.String(d.Name), EnableTerminationProtection: aws.Bool(d.TerminationProtection),
	})
	if err != nil {
		return fmt.Errorf("stack %s: setting termination protection: %s", d.Name, shortErr(err))
	}
	return nil
}

func isSuccess(s cfntypes.StackStatus) bool {
	switch s {
	case cfntypes.StackStatusCreateComplete, cfntypes.StackStatusUpdateComplete, cfntypes.StackStatusImportComplete:
		return true
	}
	return false
}

func isNoUpdates(err error) bool {
	var ae smithy.APIError
	return errors.As(err, &ae) && strings.Contains(ae.ErrorMessage(), "No updates are to be performed")
}

func outputsOf(st *cfntypes.Stack) map[string]string {
	out := map[string]string{}
	for _, o := range st.Outputs {
		out[aws.ToString(o.OutputKey)] = aws.ToString(o.OutputValue)
	}
	return out
}

// buildParameters fills the template's parameters: given values, else the
// previous value on update, else the template default.
func buildParameters(d StackDeployment, current *cfntypes.Stack) ([]cfntypes.Parameter, error) {
	declared, _ := d.Template["Parameters"].(map[string]interface{})
	previous := map[string]bool{}
	if current != nil {
		for _, p := range current.Parameters {
			previous[aws.ToString(p.ParameterKey)] = true
		}
	}
	var unknown, missing []string
	for k := range d.Parameters {
		if _, ok := declared[k]; !ok {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("stack %s has no parameter(s) %s", d.DisplayName, strings.Join(unknown, ", "))
	}
	var out []cfntypes.Parameter
	for _, k := range sortedKeys(declared) {
		if v, ok := d.Parameters[k]; ok {
			out = append(out, cfntypes.Parameter{ParameterKey: aws.String(k), ParameterValue: aws.String(v)})
			continue
		}
		decl, _ := declared[k].(map[string]interface{})
		_, hasDefault := decl["Default"]
		typ, _ := decl["Type"].(string)
		// SSM-typed parameters (BootstrapVersion) resolve afresh from their
		// default name each time; reusing the previous value would hand the
		// resolved value where a parameter name belongs on some endpoints.
		if previous[k] && !d.ResetParameters && !(hasDefault && strings.HasPrefix(typ, "AWS::SSM::Parameter::")) {
			out = append(out, cfntypes.Parameter{ParameterKey: aws.String(k), UsePreviousValue: aws.Bool(true)})
			continue
		}
		if !hasDefault {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("stack %s: no value for parameter(s) %s; pass --parameters %s:%s=VALUE", d.DisplayName, strings.Join(missing, ", "), d.DisplayName, missing[0])
	}
	return out, nil
}

// unchanged reports whether deploying would change nothing: same template,
// parameters, tags and notification ARNs.
func (s *Session) unchanged(ctx context.Context, cfn *cloudformation.Client, d StackDeployment, cur *cfntypes.Stack, params []cfntypes.Parameter, tags []cfntypes.Tag) (bool, error) {
	if strings.HasSuffix(string(cur.StackStatus), "_FAILED") || strings.Contains(string(cur.StackStatus), "ROLLBACK") {
		return false, nil
	}
	deployed, err := s.deployedTemplate(ctx, cfn, d.Name)
	if err != nil {
		return false, err
	}
	var local interface{}
	if err := json.Unmarshal(d.TemplateBody, &local); err != nil {
		return false, err
	}
	if !reflect.DeepEqual(normalizeJSON(deployed), normalizeJSON(local)) {
		return false, nil
	}
	prev := map[string]string{}
	for _, p := range cur.Parameters {
		prev[aws.ToString(p.ParameterKey)] = aws.ToString(p.ParameterValue)
	}
	for _, p := range params {
		if aws.ToBool(p.UsePreviousValue) {
			continue
		}
		if prev[aws.ToString(p.ParameterKey)] != aws.ToString(p.ParameterValue) {
			return false, nil
		}
	}
	curTags := map[string]string{}
	for _, t := range cur.Tags {
		curTags[aws.ToString(t.Key)] = aws.ToString(t.Value)
	}
	want := map[string]string{}
	for _, t := range tags {
		want[aws.ToString(t.Key)] = aws.ToString(t.Value)
	}
	if !reflect.DeepEqual(curTags, want) && !(len(curTags) == 0 && len(want) == 0) {
		return false, nil
	}
	if len(d.NotificationArns) > 0 && !reflect.DeepEqual(sortedCopy(d.NotificationArns), sortedCopy(cur.NotificationARNs)) {
		return false, nil
	}
	return true, nil
}

func normalizeJSON(v interface{}) interface{} {
	b, _ := json.Marshal(v)
	var out interface{}
	_ = json.Unmarshal(b, &out)
	return out
}

// ResourceIdentifiers asks CloudFormation which properties identify an
// existing resource of each type in the template (for import): each type
// maps to its alternative property sets.
func (s *Session) ResourceIdentifiers(ctx context.Context, region, roleArn, externalID string, body []byte) (map[string][][]string, error) {
	cfn := s.CloudFormation(s.Config(ctx, region, roleArn, externalID))
	out, err := cfn.GetTemplateSummary(ctx, &cloudformation.GetTemplateSummaryInput{TemplateBody: aws.String(string(body))})
	if err != nil {
		return nil, fmt.Errorf("GetTemplateSummary: %s", shortErr(err))
	}
	ids := map[string][][]string{}
	for _, r := range out.ResourceIdentifierSummaries {
		for _, set := range r.ResourceIdentifiers {
			ids[aws.ToString(r.ResourceType)] = append(ids[aws.ToString(r.ResourceType)], strings.Split(set, ","))
		}
	}
	return ids, nil
}

// DeployedTemplate returns the template of a deployed stack (nil if the
// stack does not exist).
func (s *Session) DeployedTemplate(ctx context.Context, region, roleArn, externalID, stackName string) (map[string]interface{}, error) {
	cfg := s.Config(ctx, region, roleArn, externalID)
	cfn := s.CloudFormation(cfg)
	st, err := describeStack(ctx, cfn, stackName)
	if err != nil {
		return nil, fmt.Errorf("stack %s: %s", stackName, shortErr(err))
	}
	if st == nil || st.StackStatus == cfntypes.StackStatusReviewInProgress {
		return nil, nil
	}
	v, err := s.deployedTemplate(ctx, cfn, stackName)
	if err != nil {
		return nil, err
	}
	m, _ := v.(map[string]interface{})
	return m, nil
}

func (s *Session) deployedTemplate(ctx context.Context, cfn *cloudformation.Client, name string) (interface{}, error) {
	out, err := cfn.GetTemplate(ctx, &cloudformation.GetTemplateInput{StackName: aws.String(name), TemplateStage: cfntypes.TemplateStageOriginal})
	if err != nil {
		return nil, fmt.Errorf("stack %s: GetTemplate: %s", name, shortErr(err))
	}
	body := aws.ToString(out.TemplateBody)
	var v interface{}
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		// YAML templates (deployed by other tools) are compared as changed.
		return map[string]interface{}{"__yaml": body}, nil
	}
	return v, nil
}

// StackInfo is what is deployed under a name.
type StackInfo struct {
	Name, Status, Arn     string
	Outputs               map[string]string
	TerminationProtection bool
	// LastUpdated is when CloudFormation last changed the stack (its
	// creation time if never updated).
	LastUpdated time.Time
}

// DescribeStack returns the deployed stack, or nil.
func (s *Session) DescribeStack(ctx context.Context, region, roleArn, externalID, name string) (*StackInfo, error) {
	cfg := s.Config(ctx, region, roleArn, externalID)
	st, err := describeStack(ctx, s.CloudFormation(cfg), name)
	if err != nil || st == nil {
		if err != nil {
			err = fmt.Errorf("stack %s: %s", name, shortErr(err))
		}
		return nil, err
	}
	updated := aws.ToTime(st.LastUpdatedTime)
	if updated.IsZero() {
		updated = aws.ToTime(st.CreationTime)
	}
	return &StackInfo{Name: name, Status: string(st.StackStatus), Arn: aws.ToString(st.StackId), Outputs: outputsOf(st),
		TerminationProtection: aws.ToBool(st.EnableTerminationProtection), LastUpdated: updated}, nil
}

// waitChangeSet waits until the change set is ready; empty reports a change
// set that failed only because there were no changes.
// still is called when every (0: 30 s) has passed without the change set
// being ready, so that a slow one never goes silent.
func waitChangeSet(ctx context.Context, cfn *cloudformation.Client, stack, id string, still func(time.Duration), every time.Duration) (empty bool, err error) {
	delay := 500 * time.Millisecond
	if every == 0 {
		every = 30 * time.Second
	}
	start := time.Now()
	lastNote := start
	for {
		if still != nil && time.Since(lastNote) >= every {
			lastNote = time.Now()
			still(time.Since(start))
		}
		out, err := cfn.DescribeChangeSet(ctx, &cloudformation.DescribeChangeSetInput{StackName: aws.String(stack), ChangeSetName: aws.String(id)})
		if err != nil {
			return false, fmt.Errorf("stack %s: DescribeChangeSet: %s", stack, shortErr(err))
		}
		switch out.Status {
		case cfntypes.ChangeSetStatusCreateComplete:
			return false, nil
		case cfntypes.ChangeSetStatusFailed:
			reason := aws.ToString(out.StatusReason)
			if strings.Contains(reason, "didn't contain changes") || strings.Contains(reason, "No updates are to be performed") {
				return true, nil
			}
			return false, fmt.Errorf("stack %s: change set failed: %s", stack, reason)
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(delay):
		}
		if delay < 5*time.Second {
			delay *= 2
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}
