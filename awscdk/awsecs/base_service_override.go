package awsecs

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewBaseService_Override initialises s, a program's own service type that
// embeds BaseService (aws-cdk-lib's `class X extends BaseService`, the way
// Ec2Service and FargateService are written). The base makes the
// service's AWS::ECS::Service ("Service") from props, as those services
// do, with additionalProps, CfnService's props as a *CfnServiceProps or a
// map keyed by their JSON names, spread over what it derives (so the
// program gives Cluster, TaskDefinition, LaunchType and the like there).
// The base's methods (load balancer targets, Cloud Map, autoscaling,
// metrics, deployment settings) then work on s.
func NewBaseService_Override(s BaseService, scope constructs.Construct, id *string, props *BaseServiceProps, additionalProps interface{}, taskDefinition TaskDefinition) {
	if props == nil || props.Cluster == nil {
		l2.RequireProps(scope, id, "BaseServiceProps", "Cluster")
	}
	if taskDefinition == nil {
		l2.RequireArg(scope, "NewBaseService_Override", "a taskDefinition")
	}
	b := &baseService{}
	// The base's constructor calls back through s (EnableCloudMap, ...),
	// so s holds it before the construct exists.
	l2.EmbedAbstract(s, BaseService(b), scope, id)
	b.self = s
	b.initService(scope, id, props, func(c *CfnServiceProps) {
		if err := l2.SpreadProps(c, additionalProps); err != nil {
			l2.Throw(b, "BaseService: %s", err.Error())
		}
	}, taskDefinition)
}
