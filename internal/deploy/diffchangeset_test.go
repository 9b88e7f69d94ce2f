package deploy

import (
	"context"
	"reflect"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/aws/smithy-go"
)

// fakeChangeSets plays CloudFormation for a diff change set: the stack
// exists or not, the change set is pending once, then complete over two
// pages.
type fakeChangeSets struct {
	exists      bool
	calls       []string
	created     *cloudformation.CreateChangeSetInput
	stackGone   bool
	describes   int
	failReason  string
	deletedSets []string
}

func (f *fakeChangeSets) DescribeStacks(_ context.Context, in *cloudformation.DescribeStacksInput, _ ...func(*cloudformation.Options)) (*cloudformation.DescribeStacksOutput, error) {
	f.calls = append(f.calls, "DescribeStacks")
	if !f.exists || f.stackGone {
		return nil, &smithy.GenericAPIError{Code: "ValidationError", Message: "Stack with id " + aws.ToString(in.StackName) + " does not exist"}
	}
	return &cloudformation.DescribeStacksOutput{Stacks: []cfntypes.Stack{{StackName: in.StackName, StackStatus: cfntypes.StackStatusUpdateComplete}}}, nil
}

func (f *fakeChangeSets) CreateChangeSet(_ context.Context, in *cloudformation.CreateChangeSetInput, _ ...func(*cloudformation.Options)) (*cloudformation.CreateChangeSetOutput, error) {
	f.calls = append(f.calls, "CreateChangeSet "+string(in.ChangeSetType))
	f.created = in
	return &cloudformation.CreateChangeSetOutput{Id: aws.String("cs-arn"), StackId: aws.String("stack-arn")}, nil
}

func (f *fakeChangeSets) DescribeChangeSet(_ context.Context, in *cloudformation.DescribeChangeSetInput, _ ...func(*cloudformation.Options)) (*cloudformation.DescribeChangeSetOutput, error) {
	f.describes++
	f.calls = append(f.calls, "DescribeChangeSet "+aws.ToString(in.NextToken))
	if f.describes == 1 {
		return &cloudformation.DescribeChangeSetOutput{Status: cfntypes.ChangeSetStatusCreatePending}, nil
	}
	if f.failReason != "" {
		return &cloudformation.DescribeChangeSetOutput{Status: cfntypes.ChangeSetStatusFailed, StatusReason: aws.String(f.failReason)}, nil
	}
	if in.NextToken == nil {
		return &cloudformation.DescribeChangeSetOutput{Status: cfntypes.ChangeSetStatusCreateComplete, NextToken: aws.String("p2"), Changes: []cfntypes.Change{
			{ResourceChange: &cfntypes.ResourceChange{LogicalResourceId: aws.String("Q"), ResourceType: aws.String("AWS::SQS::Queue"), Action: cfntypes.ChangeActionModify, Replacement: cfntypes.ReplacementTrue,
				Details: []cfntypes.ResourceChangeDetail{
					{Evaluation: cfntypes.EvaluationTypeStatic, Target: &cfntypes.ResourceTargetDefinition{Attribute: cfntypes.ResourceAttributeProperties, Name: aws.String("QueueName"), RequiresRecreation: cfntypes.RequiresRecreationAlways}},
					{Evaluation: cfntypes.EvaluationTypeStatic, Target: &cfntypes.ResourceTargetDefinition{Attribute: cfntypes.ResourceAttributeTags}},
				}}},
		}}, nil
	}
	return &cloudformation.DescribeChangeSetOutput{Status: cfntypes.ChangeSetStatusCreateComplete, Changes: []cfntypes.Change{
		{ResourceChange: &cfntypes.ResourceChange{LogicalResourceId: aws.String("S"), ResourceType: aws.String("AWS::SNS::Subscription"), Action: cfntypes.ChangeActionModify, Replacement: cfntypes.ReplacementConditional,
			Details: []cfntypes.ResourceChangeDetail{
				{Evaluation: cfntypes.EvaluationTypeDynamic, Target: &cfntypes.ResourceTargetDefinition{Attribute: cfntypes.ResourceAttributeProperties, Name: aws.String("Endpoint"), RequiresRecreation: cfntypes.RequiresRecreationAlways}},
				{Evaluation: cfntypes.EvaluationTypeStatic, Target: &cfntypes.ResourceTargetDefinition{Attribute: cfntypes.ResourceAttributeProperties, Name: aws.String("FilterPolicy")}},
				{Evaluation: cfntypes.EvaluationTypeStatic, Target: &cfntypes.ResourceTargetDefinition{Attribute: cfntypes.ResourceAttributeProperties, Name: aws.String("RawMessageDelivery"), RequiresRecreation: cfntypes.RequiresRecreationNever}},
			}}},
		{ResourceChange: &cfntypes.ResourceChange{LogicalResourceId: aws.String("New"), ResourceType: aws.String("AWS::SNS::Topic"), Action: cfntypes.ChangeActionAdd}},
	}}, nil
}

func (f *fakeChangeSets) DeleteChangeSet(_ context.Context, in *cloudformation.DeleteChangeSetInput, _ ...func(*cloudformation.Options)) (*cloudformation.DeleteChangeSetOutput, error) {
	f.calls = append(f.calls, "DeleteChangeSet "+aws.ToString(in.ChangeSetName))
	return &cloudformation.DeleteChangeSetOutput{}, nil
}

func (f *fakeChangeSets) DeleteStack(_ context.Context, in *cloudformation.DeleteStackInput, _ ...func(*cloudformation.Options)) (*cloudformation.DeleteStackOutput, error) {
	f.calls = append(f.calls, "DeleteStack "+aws.ToString(in.StackName))
	f.stackGone = true
	return &cloudformation.DeleteStackOutput{}, nil
}

func TestDiffChangeSetReadsVerdictsAndCleansUp(t *testing.T) {
	f := &fakeChangeSets{exists: true}
	d := StackDeployment{Name: "S", DisplayName: "S", TemplateBody: []byte(`{"Resources":{}}`), ChangeSetName: "my-diff", ExecutionRoleArn: "arn:exec"}
	got, err := diffChangeSet(context.Background(), f, d, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []ChangeSetResource{
		{LogicalID: "Q", Type: "AWS::SQS::Queue", Action: "Modify", Replacement: "True", Properties: map[string]string{"QueueName": "Always"}},
		{LogicalID: "S", Type: "AWS::SNS::Subscription", Action: "Modify", Replacement: "Conditional", Properties: map[string]string{"Endpoint": "Conditionally", "FilterPolicy": "Conditionally", "RawMessageDelivery": "Never"}},
		{LogicalID: "New", Type: "AWS::SNS::Topic", Action: "Add"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("changes:\n got %+v\nwant %+v", got, want)
	}
	wantCalls := []string{"DescribeStacks", "DeleteChangeSet my-diff", "CreateChangeSet UPDATE", "DescribeChangeSet ", "DescribeChangeSet ", "DescribeChangeSet p2", "DeleteChangeSet cs-arn"}
	if !reflect.DeepEqual(f.calls, wantCalls) {
		t.Errorf("calls %q, want %q", f.calls, wantCalls)
	}
	if aws.ToString(f.created.RoleARN) != "arn:exec" || len(f.created.Capabilities) != 3 {
		t.Errorf("change set made without the execution role or capabilities: %+v", f.created)
	}

	// A new stack: CREATE, then the empty stack is deleted too; a change
	// set with nothing to do is an empty answer.
	f = &fakeChangeSets{failReason: "The submitted information didn't contain changes."}
	got, err = diffChangeSet(context.Background(), f, d, 0)
	if err != nil || got != nil {
		t.Fatalf("got %v, %v", got, err)
	}
	wantCalls = []string{"DescribeStacks", "CreateChangeSet CREATE", "DescribeChangeSet ", "DescribeChangeSet ", "DeleteChangeSet cs-arn", "DeleteStack stack-arn", "DescribeStacks"}
	if !reflect.DeepEqual(f.calls, wantCalls) {
		t.Errorf("calls %q, want %q", f.calls, wantCalls)
	}

	// A failed change set is an error, and is still cleaned up.
	f = &fakeChangeSets{exists: true, failReason: "Template format error"}
	if _, err := diffChangeSet(context.Background(), f, d, 0); err == nil || err.Error() != "change set cs-arn failed: Template format error" {
		t.Errorf("err %v", err)
	}
	if last := f.calls[len(f.calls)-1]; last != "DeleteChangeSet cs-arn" {
		t.Errorf("last call %s, want the change set deleted", last)
	}
}
