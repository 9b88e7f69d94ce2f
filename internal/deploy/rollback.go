package deploy

import (
	"context"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
)

// StackRollback says which stack to roll back and how.
type StackRollback struct {
	Name, DisplayName string
	Region            string
	// RoleArn is assumed to call CloudFormation; ExecutionRoleArn is passed
	// to it.
	RoleArn, ExternalID, ExecutionRoleArn string
	// Orphan lists logical IDs whose rollback failed and that CloudFormation
	// should skip (ContinueUpdateRollback's ResourcesToSkip).
	Orphan []string
	// Template is used for construct paths in progress lines.
	Template map[string]interface{}
}

// RollbackResult is what a rollback did.
type RollbackResult struct {
	StackName string `json:"stackName"`
	Status    string `json:"status"`
	// NotNeeded is true when the stack was not in a state to roll back.
	NotNeeded bool `json:"notNeeded"`
}

// RollbackStack rolls back a stack left in a failed state by a deployment
// with rollback turned off (UPDATE_FAILED, CREATE_FAILED ...), or continues
// a rollback that failed (UPDATE_ROLLBACK_FAILED), skipping the Orphan
// resources, and waits for the outcome.
func (s *Session) RollbackStack(ctx context.Context, r StackRollback, progress Progress) (*RollbackResult, error) {
	if progress == nil {
		progress = nopProgress{}
	}
	cfg := s.Config(ctx, r.Region, r.RoleArn, r.ExternalID)
	cfn := s.CloudFormation(cfg)
	st, err := describeStack(ctx, cfn, r.Name)
	if err != nil {
		return nil, fmt.Errorf("stack %s: %s", r.Name, shortErr(err))
	}
	if st == nil {
		return nil, fmt.Errorf("stack %s does not exist", r.Name)
	}
	var role *string
	if r.ExecutionRoleArn != "" {
		role = aws.String(r.ExecutionRoleArn)
	}
	d := StackDeployment{Name: r.Name, DisplayName: r.DisplayName, Template: r.Template,
		Target: Target{Region: r.Region}, RoleArn: r.RoleArn, ExternalID: r.ExternalID}
	m := newMonitor(cfn, d, progress, s.opts.PollInterval)
	op := ""
	m.stillEvery = s.opts.StillWaitingEvery
	status := st.StackStatus
	switch {
	case status == cfntypes.StackStatusUpdateRollbackFailed:
		if err := m.markStart(ctx); err != nil {
			return nil, err
		}
		if _, err := cfn.ContinueUpdateRollback(ctx, &cloudformation.ContinueUpdateRollbackInput{
			StackName: aws.String(r.Name), RoleARN: role, ResourcesToSkip: r.Orphan,
		}); err != nil {
			return nil, fmt.Errorf("stack %s: ContinueUpdateRollback: %s", r.Name, shortErr(err))
		}
		op = OpContinueRollback
	case strings.HasSuffix(string(status), "_FAILED") && !strings.Contains(string(status), "ROLLBACK") && status != cfntypes.StackStatusDeleteFailed:
		if len(r.Orphan) > 0 {
			return nil, fmt.Errorf("stack %s is %s: --orphan applies only to a stack whose rollback failed (UPDATE_ROLLBACK_FAILED)", r.Name, status)
		}
		if err := m.markStart(ctx); err != nil {
			return nil, err
		}
		if _, err := cfn.RollbackStack(ctx, &cloudformation.RollbackStackInput{StackName: aws.String(r.Name), RoleARN: role}); err != nil {
			return nil, fmt.Errorf("stack %s: RollbackStack: %s", r.Name, shortErr(err))
		}
		op = OpRollbackStack
	case strings.HasSuffix(string(status), "_IN_PROGRESS"):
		return nil, fmt.Errorf("stack %s is %s; wait for that operation to finish", r.Name, status)
	default:
		return &RollbackResult{StackName: r.Name, Status: string(status), NotNeeded: true}, nil
	}
	// Recorded like a deployment: `strata attach` follows an interrupted
	// rollback.
	s.journalBegin(d, m, op, aws.ToString(st.StackId), "")
	final, err := m.wait(ctx)
	s.journalEnd(JournalEntry{StackName: d.Name, Region: d.Target.Region}, m, err)
	if err != nil {
		return nil, err
	}
	res := &RollbackResult{StackName: r.Name, Status: string(final.StackStatus)}
	if strings.HasSuffix(res.Status, "_FAILED") {
		return res, m.failure(final)
	}
	return res, nil
}
