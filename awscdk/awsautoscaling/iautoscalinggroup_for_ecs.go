package awsautoscaling

import "github.com/strata-cdk/strata/awscdk"

// IAutoScalingGroup is an Auto Scaling group, owned or imported. Strata has
// no AutoScalingGroup L2 yet; the interface exists because aws-cdk-go's ECS
// API names it (ICluster.AutoscalingGroup), and holds only what every
// implementation will have.
type IAutoScalingGroup interface {
	awscdk.IResource
	AutoScalingGroupArn() *string
	AutoScalingGroupName() *string
}
