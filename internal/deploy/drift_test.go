package deploy

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
)

// fakeDrift answers drift detection: in progress once, then done (or
// failed), with the resource drifts over two pages.
type fakeDrift struct {
	polls  int
	fail   string
	pages  int
	never  bool
	detect string
}

func (f *fakeDrift) DetectStackDrift(_ context.Context, in *cloudformation.DetectStackDriftInput, _ ...func(*cloudformation.Options)) (*cloudformation.DetectStackDriftOutput, error) {
	f.detect = aws.ToString(in.StackName)
	return &cloudformation.DetectStackDriftOutput{StackDriftDetectionId: aws.String("d-1")}, nil
}

func (f *fakeDrift) DescribeStackDriftDetectionStatus(_ context.Context, in *cloudformation.DescribeStackDriftDetectionStatusInput, _ ...func(*cloudformation.Options)) (*cloudformation.DescribeStackDriftDetectionStatusOutput, error) {
	f.polls++
	switch {
	case f.never || f.polls == 1:
		return &cloudformation.DescribeStackDriftDetectionStatusOutput{DetectionStatus: cfntypes.StackDriftDetectionStatusDetectionInProgress}, nil
	case f.fail != "":
		return &cloudformation.DescribeStackDriftDetectionStatusOutput{DetectionStatus: cfntypes.StackDriftDetectionStatusDetectionFailed, DetectionStatusReason: aws.String(f.fail)}, nil
	}
	return &cloudformation.DescribeStackDriftDetectionStatusOutput{DetectionStatus: cfntypes.StackDriftDetectionStatusDetectionComplete, StackDriftStatus: cfntypes.StackDriftStatusDrifted}, nil
}

func (f *fakeDrift) DescribeStackResourceDrifts(_ context.Context, in *cloudformation.DescribeStackResourceDriftsInput, _ ...func(*cloudformation.Options)) (*cloudformation.DescribeStackResourceDriftsOutput, error) {
	f.pages++
	if in.NextToken == nil {
		return &cloudformation.DescribeStackResourceDriftsOutput{NextToken: aws.String("2"), StackResourceDrifts: []cfntypes.StackResourceDrift{
			{LogicalResourceId: aws.String("Q"), ResourceType: aws.String("AWS::SQS::Queue"), StackResourceDriftStatus: cfntypes.StackResourceDriftStatusModified,
				PropertyDifferences: []cfntypes.PropertyDifference{{PropertyPath: aws.String("/VisibilityTimeout"), DifferenceType: cfntypes.DifferenceTypeNotEqual, ExpectedValue: aws.String("30"), ActualValue: aws.String("60")}}},
		}}, nil
	}
	return &cloudformation.DescribeStackResourceDriftsOutput{StackResourceDrifts: []cfntypes.StackResourceDrift{
		{LogicalResourceId: aws.String("T"), ResourceType: aws.String("AWS::SNS::Topic"), StackResourceDriftStatus: cfntypes.StackResourceDriftStatusInSync},
	}}, nil
}

func TestDetectDrift(t *testing.T) {
	f := &fakeDrift{}
	got, err := detectDrift(context.Background(), f, "S", 0, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	want := []ResourceDrift{
		{LogicalID: "Q", Type: "AWS::SQS::Queue", Status: "MODIFIED", Differences: []PropertyDifference{{Path: "/VisibilityTimeout", Kind: "NOT_EQUAL", Expected: aws.String("30"), Actual: aws.String("60")}}},
		{LogicalID: "T", Type: "AWS::SNS::Topic", Status: "IN_SYNC"},
	}
	if !reflect.DeepEqual(got, want) || f.detect != "S" || f.polls != 2 || f.pages != 2 {
		t.Errorf("got %+v (polls %d, pages %d)", got, f.polls, f.pages)
	}
	// The CDK CLI's messages for a failed and a timed-out detection.
	if _, err := detectDrift(context.Background(), &fakeDrift{fail: "Stack has resources that do not support drift"}, "S", 0, time.Minute); err == nil || err.Error() != "Drift detection failed: Stack has resources that do not support drift" {
		t.Errorf("failed detection: %v", err)
	}
	if _, err := detectDrift(context.Background(), &fakeDrift{never: true}, "S", time.Millisecond, 20*time.Millisecond); err == nil || err.Error() != "Drift detection failed: Timed out after 0 seconds." {
		t.Errorf("timeout: %v", err)
	}
}
