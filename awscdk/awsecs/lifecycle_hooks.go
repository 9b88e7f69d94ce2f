package awsecs

import (
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// DeploymentLifecycleStage is a stage of an ECS deployment a hook runs at.
type DeploymentLifecycleStage string

const (
	DeploymentLifecycleStage_RECONCILE_SERVICE             DeploymentLifecycleStage = "RECONCILE_SERVICE"
	DeploymentLifecycleStage_PRE_SCALE_UP                  DeploymentLifecycleStage = "PRE_SCALE_UP"
	DeploymentLifecycleStage_POST_SCALE_UP                 DeploymentLifecycleStage = "POST_SCALE_UP"
	DeploymentLifecycleStage_TEST_TRAFFIC_SHIFT            DeploymentLifecycleStage = "TEST_TRAFFIC_SHIFT"
	DeploymentLifecycleStage_POST_TEST_TRAFFIC_SHIFT       DeploymentLifecycleStage = "POST_TEST_TRAFFIC_SHIFT"
	DeploymentLifecycleStage_PRODUCTION_TRAFFIC_SHIFT      DeploymentLifecycleStage = "PRODUCTION_TRAFFIC_SHIFT"
	DeploymentLifecycleStage_POST_PRODUCTION_TRAFFIC_SHIFT DeploymentLifecycleStage = "POST_PRODUCTION_TRAFFIC_SHIFT"
)

// DeploymentLifecycleHookTargetConfig is a bound lifecycle hook.
type DeploymentLifecycleHookTargetConfig struct {
	LifecycleStages *[]DeploymentLifecycleStage `field:"required" json:"lifecycleStages" yaml:"lifecycleStages"`
	TargetArn       *string                     `field:"required" json:"targetArn" yaml:"targetArn"`
	Role            awsiam.IRole                `field:"optional" json:"role" yaml:"role"`
}

// IDeploymentLifecycleHookTarget is what a deployment lifecycle hook invokes.
type IDeploymentLifecycleHookTarget interface {
	Bind(scope constructs.IConstruct) *DeploymentLifecycleHookTargetConfig
}

// DeploymentLifecycleLambdaTargetProps configure a Lambda lifecycle hook.
type DeploymentLifecycleLambdaTargetProps struct {
	LifecycleStages *[]DeploymentLifecycleStage `field:"required" json:"lifecycleStages" yaml:"lifecycleStages"`
	Role            awsiam.IRole                `field:"optional" json:"role" yaml:"role"`
}

// DeploymentLifecycleLambdaTarget is a Lambda function run at deployment stages.
type DeploymentLifecycleLambdaTarget interface {
	IDeploymentLifecycleHookTarget
	Role() awsiam.IRole
}

type lambdaHook struct {
	handler awslambda.IFunction
	id      string
	props   DeploymentLifecycleLambdaTargetProps
	role    awsiam.IRole
}

// NewDeploymentLifecycleLambdaTarget is a lifecycle hook invoking handler (through a new role named after id unless one is given).
func NewDeploymentLifecycleLambdaTarget(handler awslambda.IFunction, id *string, props *DeploymentLifecycleLambdaTargetProps) DeploymentLifecycleLambdaTarget {
	h := &lambdaHook{handler: handler, id: sv(id)}
	if props != nil {
		h.props = *props
	}
	return h
}

func (h *lambdaHook) Role() awsiam.IRole { return h.role }

func (h *lambdaHook) Bind(scope constructs.IConstruct) *DeploymentLifecycleHookTargetConfig {
	h.role = h.props.Role
	if h.role == nil {
		c, ok := scope.(constructs.Construct)
		if !ok {
			l2.Throw(scope, "a lifecycle hook needs a construct scope")
		}
		h.role = awsiam.NewRole(c, jsii.String(h.id+"Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("ecs.amazonaws.com"), nil)})
		h.handler.GrantInvoke(h.role)
	}
	return &DeploymentLifecycleHookTargetConfig{TargetArn: h.handler.FunctionArn(), Role: h.role, LifecycleStages: h.props.LifecycleStages}
}

// AddLifecycleHook runs target at the deployment stages it names (ECS deployment controller only).
func (s *baseService) AddLifecycleHook(target IDeploymentLifecycleHookTarget) {
	if !s.ecsController {
		l2.Throw(s, "Deployment lifecycle hooks requires the ECS deployment controller.")
	}
	s.hooks = append(s.hooks, target)
}

func (s *baseService) renderLifecycleHooks() interface{} {
	if len(s.hooks) == 0 {
		return nil
	}
	var out []interface{}
	for _, t := range s.hooks {
		cfg := t.Bind(s.self)
		var stages []*string
		if cfg.LifecycleStages != nil {
			for _, st := range *cfg.LifecycleStages {
				stages = append(stages, str(string(st)))
			}
		}
		h := &CfnService_DeploymentLifecycleHookProperty{HookTargetArn: cfg.TargetArn, LifecycleStages: &stages}
		if cfg.Role != nil {
			h.RoleArn = cfg.Role.RoleArn()
		}
		out = append(out, cfnValue(h))
	}
	return out
}
