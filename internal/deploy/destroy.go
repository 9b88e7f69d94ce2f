package deploy

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
)

// StackDeletion names a stack to delete.
type StackDeletion struct {
	Name, DisplayName                     string
	Region                                string
	RoleArn, ExternalID, ExecutionRoleArn string
	Template                              map[string]interface{}
}

// DestroyStack deletes a stack and waits until it is gone. A stack that does
// not exist is not an error (deleted reports false).
func (s *Session) DestroyStack(ctx context.Context, d StackDeletion, progress Progress) (deleted bool, err error) {
	if progress == nil {
		progress = nopProgress{}
	}
	cfg := s.Config(ctx, d.Region, d.RoleArn, d.ExternalID)
	cfn := s.CloudFormation(cfg)
	st, err := describeStack(ctx, cfn, d.Name)
	if err != nil {
		return false, fmt.Errorf("stack %s: %s", d.Name, shortErr(err))
	}
	if st == nil {
		return false, nil
	}
	if aws.ToBool(st.EnableTerminationProtection) {
		return false, fmt.Errorf("stack %s has termination protection; turn it off (terminationProtection: false, then deploy) before destroying it", d.Name)
	}
	var role *string
	if d.ExecutionRoleArn != "" {
		role = aws.String(d.ExecutionRoleArn)
	}
	dep := StackDeployment{Name: d.Name, DisplayName: d.DisplayName, Template: d.Template,
		Target: Target{Region: d.Region}, RoleArn: d.RoleArn, ExternalID: d.ExternalID}
	return true, s.deleteAndWait(ctx, cfn, d.Name, d.DisplayName, role, progress, aws.ToString(st.StackId), dep)
}

// OpDeleteStack, OpRollbackStack and OpContinueRollback are the journal's
// names of the operations destroy and rollback start.
const (
	OpDeleteStack      = "DELETE_STACK"
	OpRollbackStack    = "ROLLBACK_STACK"
	OpContinueRollback = "CONTINUE_UPDATE_ROLLBACK"
)

// deleteAndWait deletes a stack and follows the deletion; with a stackID
// the deletion is recorded in the deploy journal like a deployment, so
// that an interrupted destroy can be followed with `strata attach`.
func (s *Session) deleteAndWait(ctx context.Context, cfn *cloudformation.Client, name, display string, role *string, progress Progress, stackID string, dep ...StackDeployment) error {
	d := StackDeployment{Name: name, DisplayName: display}
	if len(dep) > 0 {
		d = dep[0]
	}
	m := newMonitor(cfn, d, progress, s.opts.PollInterval)
	m.stillEvery = s.opts.StillWaitingEvery
	if err := m.markStart(ctx); err != nil {
		return err
	}
	if _, err := cfn.DeleteStack(ctx, &cloudformation.DeleteStackInput{StackName: aws.String(name), RoleARN: role}); err != nil {
		return fmt.Errorf("stack %s: DeleteStack: %s", name, shortErr(err))
	}
	if stackID != "" {
		s.journalBegin(d, m, OpDeleteStack, stackID, "")
	}
	final, err := m.wait(ctx)
	if stackID != "" {
		s.journalEnd(JournalEntry{StackName: d.Name, Region: d.Target.Region}, m, err)
	}
	if err != nil {
		return err
	}
	if final.StackStatus != cfntypes.StackStatusDeleteComplete {
		return m.failure(final)
	}
	return nil
}
