package cli

import (
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/spf13/pflag"

	"github.com/strata-cdk/strata/internal/deploy"
)

// hotswapEcsArgs are the CDK CLI's --hotswap-ecs-* flags: how ECS services
// move onto a hotswapped task definition. -1 means not given.
type hotswapEcsArgs struct {
	MinHealthy, MaxHealthy, StabilizationSeconds int
}

func registerHotswapEcsFlags(f *pflag.FlagSet, a *hotswapEcsArgs) {
	f.IntVar(&a.MinHealthy, "hotswap-ecs-minimum-healthy-percent", -1, "with --hotswap: lower limit, as a percentage of the desired count, on the service's tasks kept RUNNING while an ECS service moves to a new task definition (default 0)")
	f.IntVar(&a.MaxHealthy, "hotswap-ecs-maximum-healthy-percent", -1, "with --hotswap: upper limit, as a percentage of the desired count, on the service's tasks RUNNING or PENDING during the move (default: the service's)")
	f.IntVar(&a.StabilizationSeconds, "hotswap-ecs-stabilization-timeout-seconds", -1, "with --hotswap: seconds to wait for each ECS service to be stable (default 600)")
}

// options checks the values with the CDK CLI's messages.
func (a hotswapEcsArgs) options() (deploy.EcsDeployment, error) {
	var o deploy.EcsDeployment
	check := func(v int, flag string) error {
		if v < -1 {
			return &usageError{msg: flag + " can't be a negative number"}
		}
		return nil
	}
	for _, c := range []struct {
		v    int
		flag string
	}{{a.MinHealthy, "hotswap-ecs-minimum-healthy-percent"}, {a.MaxHealthy, "hotswap-ecs-maximum-healthy-percent"}, {a.StabilizationSeconds, "hotswap-ecs-stabilization-timeout-seconds"}} {
		if err := check(c.v, c.flag); err != nil {
			return o, err
		}
	}
	if a.MinHealthy >= 0 {
		o.MinimumHealthyPercent = aws.Int32(int32(a.MinHealthy))
	}
	if a.MaxHealthy >= 0 {
		o.MaximumPercent = aws.Int32(int32(a.MaxHealthy))
	}
	if a.StabilizationSeconds >= 0 {
		o.StabilizationTimeout = time.Duration(a.StabilizationSeconds) * time.Second
	}
	return o, nil
}
