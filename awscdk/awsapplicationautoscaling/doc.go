// Package awsapplicationautoscaling is Application Auto Scaling for Strata,
// with aws-cdk-go's API: the L1s (CfnScalableTarget, CfnScalingPolicy,
// generated) and the hand-written L2s — ScalableTarget, step scaling
// (StepScalingPolicy, StepScalingAction), target tracking
// (TargetTrackingScalingPolicy), scheduled scaling (Schedule) and
// BaseScalableAttribute, the base other packages (ECS task counts, DynamoDB
// capacities, Lambda concurrency) build their scalable attributes on.
//
// Templates match aws-cdk-lib 2.276.0's, including the way a list of
// scaling steps becomes two policies and two alarms.
package awsapplicationautoscaling
