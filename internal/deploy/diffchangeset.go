package deploy

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
)

// ChangeSetResource is what a change set says CloudFormation would do to
// one resource: cdk diff --method=change-set reads its replacement
// information into the template diff.
type ChangeSetResource struct {
	LogicalID string `json:"logicalId"`
	Type      string `json:"type,omitempty"`
	// Action is Add, Modify, Remove, Import or Dynamic.
	Action string `json:"action"`
	// Replacement is True, False or Conditional (Modify only).
	Replacement string `json:"replacement,omitempty"`
	// Properties maps each changed property to whether changing it
	// replaces the resource: Always, Never or Conditionally, as the CDK
	// CLI reads a change set's details (a static "Always" is Always, a
	// dynamic one Conditionally).
	Properties map[string]string `json:"properties,omitempty"`
}

// changeSetAPI is the part of CloudFormation a diff change set needs (a
// fake stands in for it in tests).
type changeSetAPI interface {
	DescribeStacks(context.Context, *cloudformation.DescribeStacksInput, ...func(*cloudformation.Options)) (*cloudformation.DescribeStacksOutput, error)
	CreateChangeSet(context.Context, *cloudformation.CreateChangeSetInput, ...func(*cloudformation.Options)) (*cloudformation.CreateChangeSetOutput, error)
	DescribeChangeSet(context.Context, *cloudformation.DescribeChangeSetInput, ...func(*cloudformation.Options)) (*cloudformation.DescribeChangeSetOutput, error)
	DeleteChangeSet(context.Context, *cloudformation.DeleteChangeSetInput, ...func(*cloudformation.Options)) (*cloudformation.DeleteChangeSetOutput, error)
	DeleteStack(context.Context, *cloudformation.DeleteStackInput, ...func(*cloudformation.Options)) (*cloudformation.DeleteStackOutput, error)
}

// DiffChangeSet creates a read-only change set for d (the deploy role, as
// the CDK CLI's diff uses), waits for it, reads what it would change and
// deletes it again; for a stack that did not exist, the empty stack
// CloudFormation made for the change set (REVIEW_IN_PROGRESS) is deleted
// too. Nothing is executed.
func (s *Session) DiffChangeSet(ctx context.Context, d StackDeployment) ([]ChangeSetResource, error) {
	cfg := s.Config(ctx, d.Target.Region, d.RoleArn, d.ExternalID)
	return diffChangeSet(ctx, s.CloudFormation(cfg), d, 500*time.Millisecond)
}

func diffChangeSet(ctx context.Context, cfn changeSetAPI, d StackDeployment, poll time.Duration) ([]ChangeSetResource, error) {
	var current *cfntypes.Stack
	out, err := cfn.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: aws.String(d.Name)})
	switch {
	case err != nil && !isStackMissing(err):
		return nil, fmt.Errorf("stack %s: DescribeStacks: %s", d.Name, shortErr(err))
	case err == nil && len(out.Stacks) > 0 && out.Stacks[0].StackStatus != cfntypes.StackStatusDeleteComplete:
		current = &out.Stacks[0]
	}
	existedBefore := current != nil
	exists := existedBefore && current.StackStatus != cfntypes.StackStatusReviewInProgress && current.StackStatus != cfntypes.StackStatusDeleteInProgress
	params, err := buildParameters(d, current)
	if err != nil {
		return nil, err
	}
	tags := make([]cfntypes.Tag, 0, len(d.Tags))
	for _, k := range sortedKeys(d.Tags) {
		tags = append(tags, cfntypes.Tag{Key: aws.String(k), Value: aws.String(d.Tags[k])})
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
	name := d.ChangeSetName
	if name == "" {
		name = "strata-diff-change-set-" + randomHex(8)
	}
	if exists {
		_, _ = cfn.DeleteChangeSet(ctx, &cloudformation.DeleteChangeSetInput{StackName: aws.String(d.Name), ChangeSetName: aws.String(name)})
	}
	csType := cfntypes.ChangeSetTypeCreate
	if exists {
		csType = cfntypes.ChangeSetTypeUpdate
	}
	cs, err := cfn.CreateChangeSet(ctx, &cloudformation.CreateChangeSetInput{
		StackName: aws.String(d.Name), ChangeSetName: aws.String(name), ChangeSetType: csType,
		Description:  aws.String("strata diff of " + d.DisplayName),
		TemplateBody: body, TemplateURL: url, Parameters: params, Tags: tags, RoleARN: role,
		IncludeNestedStacks: aws.Bool(true),
		Capabilities:        []cfntypes.Capability{cfntypes.CapabilityCapabilityIam, cfntypes.CapabilityCapabilityNamedIam, cfntypes.CapabilityCapabilityAutoExpand},
	})
	if err != nil {
		return nil, fmt.Errorf("stack %s: CreateChangeSet: %s", d.Name, shortErr(err))
	}
	id, stackID := aws.ToString(cs.Id), aws.ToString(cs.StackId)
	if id == "" {
		id = name
	}
	if stackID == "" {
		stackID = d.Name
	}
	changes, werr := describeDiffChangeSet(ctx, cfn, stackID, id, poll)
	// Clean up even when the caller gave up (Ctrl-C): a change set or an
	// empty REVIEW_IN_PROGRESS stack left behind would confuse the next
	// deployment.
	cleanup, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	if _, err := cfn.DeleteChangeSet(cleanup, &cloudformation.DeleteChangeSetInput{StackName: aws.String(stackID), ChangeSetName: aws.String(id)}); err != nil && werr == nil {
		werr = fmt.Errorf("stack %s: DeleteChangeSet: %s", d.Name, shortErr(err))
	}
	if !exists {
		if _, err := cfn.DeleteStack(cleanup, &cloudformation.DeleteStackInput{StackName: aws.String(stackID)}); err != nil && werr == nil {
			werr = fmt.Errorf("stack %s: deleting the empty stack the change set created: %s", d.Name, shortErr(err))
		}
		if !existedBefore {
			waitGone(cleanup, cfn, stackID, poll)
		}
	}
	if werr != nil {
		return nil, werr
	}
	return changes, nil
}

// describeDiffChangeSet waits for the change set and reads all its pages.
// One that failed because nothing changes has no changes.
func describeDiffChangeSet(ctx context.Context, cfn changeSetAPI, stack, id string, poll time.Duration) ([]ChangeSetResource, error) {
	delay := poll
	for {
		out, err := cfn.DescribeChangeSet(ctx, &cloudformation.DescribeChangeSetInput{StackName: aws.String(stack), ChangeSetName: aws.String(id)})
		if err != nil {
			return nil, fmt.Errorf("DescribeChangeSet: %s", shortErr(err))
		}
		switch out.Status {
		case cfntypes.ChangeSetStatusFailed:
			reason := aws.ToString(out.StatusReason)
			if strings.Contains(reason, "didn't contain changes") || strings.Contains(reason, "No updates are to be performed") {
				return nil, nil
			}
			return nil, fmt.Errorf("change set %s failed: %s", id, reason)
		case cfntypes.ChangeSetStatusCreateComplete:
			var res []ChangeSetResource
			for {
				res = append(res, changeSetResources(out.Changes)...)
				if out.NextToken == nil {
					return res, nil
				}
				if out, err = cfn.DescribeChangeSet(ctx, &cloudformation.DescribeChangeSetInput{StackName: aws.String(stack), ChangeSetName: aws.String(id), NextToken: out.NextToken}); err != nil {
					return nil, fmt.Errorf("DescribeChangeSet: %s", shortErr(err))
				}
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(delay):
		}
		if delay < 5*time.Second {
			delay *= 2
		}
	}
}

func changeSetResources(changes []cfntypes.Change) []ChangeSetResource {
	var out []ChangeSetResource
	for _, c := range changes {
		rc := c.ResourceChange
		if rc == nil || rc.LogicalResourceId == nil {
			continue
		}
		r := ChangeSetResource{LogicalID: aws.ToString(rc.LogicalResourceId), Type: aws.ToString(rc.ResourceType), Action: string(rc.Action), Replacement: string(rc.Replacement)}
		for _, det := range rc.Details {
			t := det.Target
			if t == nil || t.Attribute != cfntypes.ResourceAttributeProperties || aws.ToString(t.Name) == "" {
				continue
			}
			if r.Properties == nil {
				r.Properties = map[string]string{}
			}
			r.Properties[aws.ToString(t.Name)] = replacementMode(det)
		}
		out = append(out, r)
	}
	return out
}

// replacementMode reads one detail of a change set as the CDK CLI does:
// unknown means Conditionally, and an Always that depends on a value only
// known during the deployment (Dynamic) is only Conditionally.
func replacementMode(d cfntypes.ResourceChangeDetail) string {
	switch {
	case d.Target.RequiresRecreation == "":
		return "Conditionally"
	case d.Target.RequiresRecreation == cfntypes.RequiresRecreationAlways && d.Evaluation == cfntypes.EvaluationTypeDynamic:
		return "Conditionally"
	}
	return string(d.Target.RequiresRecreation)
}

// waitGone waits (a little) until the stack is deleted.
func waitGone(ctx context.Context, cfn changeSetAPI, stack string, poll time.Duration) {
	for i := 0; i < 60; i++ {
		out, err := cfn.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: aws.String(stack)})
		if err != nil || len(out.Stacks) == 0 || out.Stacks[0].StackStatus == cfntypes.StackStatusDeleteComplete {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(poll):
		}
	}
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
