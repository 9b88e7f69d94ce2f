package deploy

import (
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
)

// ResourceDrift is CloudFormation's drift verdict on one resource.
type ResourceDrift struct {
	LogicalID string `json:"logicalId"`
	Type      string `json:"type"`
	// Status is IN_SYNC, MODIFIED, DELETED, NOT_CHECKED or UNKNOWN.
	Status      string               `json:"status"`
	Reason      string               `json:"reason,omitempty"`
	Differences []PropertyDifference `json:"propertyDifferences,omitempty"`
}

// PropertyDifference is one property that differs from the template;
// Expected or Actual is nil when the property was added or removed.
type PropertyDifference struct {
	Path     string  `json:"propertyPath"`
	Kind     string  `json:"differenceType"` // ADD, REMOVE, NOT_EQUAL
	Expected *string `json:"expectedValue,omitempty"`
	Actual   *string `json:"actualValue,omitempty"`
}

// driftAPI is the part of CloudFormation drift detection uses.
type driftAPI interface {
	DetectStackDrift(context.Context, *cloudformation.DetectStackDriftInput, ...func(*cloudformation.Options)) (*cloudformation.DetectStackDriftOutput, error)
	DescribeStackDriftDetectionStatus(context.Context, *cloudformation.DescribeStackDriftDetectionStatusInput, ...func(*cloudformation.Options)) (*cloudformation.DescribeStackDriftDetectionStatusOutput, error)
	DescribeStackResourceDrifts(context.Context, *cloudformation.DescribeStackResourceDriftsInput, ...func(*cloudformation.Options)) (*cloudformation.DescribeStackResourceDriftsOutput, error)
}

// DetectDrift runs CloudFormation drift detection on a stack and returns
// each resource's verdict, as cdk drift does: it waits up to 5 minutes,
// polling every 2 s. A nil slice with no error means CloudFormation gave
// no drift results.
func (s *Session) DetectDrift(ctx context.Context, region, roleArn, externalID, stack string) ([]ResourceDrift, error) {
	cfg := s.Config(ctx, region, roleArn, externalID)
	return detectDrift(ctx, s.CloudFormation(cfg), stack, 2*time.Second, 5*time.Minute)
}

func detectDrift(ctx context.Context, cfn driftAPI, stack string, every, limit time.Duration) ([]ResourceDrift, error) {
	start, err := cfn.DetectStackDrift(ctx, &cloudformation.DetectStackDriftInput{StackName: aws.String(stack)})
	if err != nil {
		return nil, fmt.Errorf("stack %s: DetectStackDrift: %s", stack, shortErr(err))
	}
	deadline := time.Now().Add(limit)
	for {
		st, err := cfn.DescribeStackDriftDetectionStatus(ctx, &cloudformation.DescribeStackDriftDetectionStatusInput{StackDriftDetectionId: start.StackDriftDetectionId})
		if err != nil {
			return nil, fmt.Errorf("stack %s: DescribeStackDriftDetectionStatus: %s", stack, shortErr(err))
		}
		if st.DetectionStatus == cfntypes.StackDriftDetectionStatusDetectionComplete {
			break
		}
		if st.DetectionStatus == cfntypes.StackDriftDetectionStatusDetectionFailed {
			return nil, fmt.Errorf("Drift detection failed: %s", reasonOrUnknown(st.DetectionStatusReason))
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("Drift detection failed: Timed out after %d seconds.", int(limit.Seconds()))
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(every):
		}
	}
	var out []ResourceDrift
	in := &cloudformation.DescribeStackResourceDriftsInput{StackName: aws.String(stack)}
	got := false
	for {
		page, err := cfn.DescribeStackResourceDrifts(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("stack %s: DescribeStackResourceDrifts: %s", stack, shortErr(err))
		}
		if page.StackResourceDrifts != nil {
			got = true
		}
		for _, d := range page.StackResourceDrifts {
			rd := ResourceDrift{LogicalID: aws.ToString(d.LogicalResourceId), Type: aws.ToString(d.ResourceType), Status: string(d.StackResourceDriftStatus)}
			for _, p := range d.PropertyDifferences {
				rd.Differences = append(rd.Differences, PropertyDifference{Path: aws.ToString(p.PropertyPath), Kind: string(p.DifferenceType), Expected: p.ExpectedValue, Actual: p.ActualValue})
			}
			out = append(out, rd)
		}
		if page.NextToken == nil {
			break
		}
		in.NextToken = page.NextToken
	}
	if !got {
		return nil, nil
	}
	if out == nil {
		out = []ResourceDrift{}
	}
	return out, nil
}

func reasonOrUnknown(s *string) string {
	if aws.ToString(s) == "" {
		return "unknown reason"
	}
	return aws.ToString(s)
}
