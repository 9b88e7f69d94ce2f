package deploy

import (
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
)

// LambdaCodeUpdate is one function whose code a hotswap replaces in place.
type LambdaCodeUpdate struct {
	LogicalID, DisplayName string
	S3Bucket, S3Key        string
}

// HotswapLambdaCode updates the code of the stack's functions directly
// through the Lambda API (no CloudFormation deployment), resolving each
// logical ID to its function name, and waits until each update is done.
func (s *Session) HotswapLambdaCode(ctx context.Context, stack, region, roleArn, externalID string, updates []LambdaCodeUpdate, progress Progress) error {
	if progress == nil {
		progress = nopProgress{}
	}
	cfg := s.Config(ctx, region, roleArn, externalID)
	cfn := s.CloudFormation(cfg)
	lc := lambda.NewFromConfig(cfg)
	// One listing for all the functions (moto's DescribeStackResource also
	// fails on stacks holding resource types it does not model).
	physical := map[string]string{}
	pages := cloudformation.NewListStackResourcesPaginator(cfn, &cloudformation.ListStackResourcesInput{StackName: aws.String(stack)})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return fmt.Errorf("stack %s: listing its resources: %s", stack, shortErr(err))
		}
		for _, r := range page.StackResourceSummaries {
			physical[aws.ToString(r.LogicalResourceId)] = aws.ToString(r.PhysicalResourceId)
		}
	}
	for _, u := range updates {
		start := time.Now()
		name := physical[u.LogicalID]
		if name == "" {
			return fmt.Errorf("hotswap of %s: stack %s has no deployed resource %s", u.DisplayName, stack, u.LogicalID)
		}
		if _, err := lc.UpdateFunctionCode(ctx, &lambda.UpdateFunctionCodeInput{
			FunctionName: aws.String(name), S3Bucket: aws.String(u.S3Bucket), S3Key: aws.String(u.S3Key),
		}); err != nil {
			return fmt.Errorf("hotswap of %s (%s): UpdateFunctionCode: %s", u.DisplayName, name, shortErr(err))
		}
		w := lambda.NewFunctionUpdatedV2Waiter(lc, func(o *lambda.FunctionUpdatedV2WaiterOptions) {
			o.MinDelay, o.MaxDelay = 100*time.Millisecond, 2*time.Second
		})
		if err := w.Wait(ctx, &lambda.GetFunctionInput{FunctionName: aws.String(name)}, 5*time.Minute); err != nil {
			return fmt.Errorf("hotswap of %s (%s): waiting for the update: %s", u.DisplayName, name, shortErr(err))
		}
		progress.Event(Event{Stack: stack, Kind: EventInfo, Time: time.Now(), Elapsed: time.Since(start),
			Message: fmt.Sprintf("hotswapped %s: Lambda function %s code updated (%.1fs)", u.DisplayName, name, time.Since(start).Seconds())})
	}
	return nil
}
