package awsecspatterns

import (
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// multiFargateTaskDefinition is the task definition of a multiple-target-group
// Fargate pattern (ALB or NLB, whose image options have the same fields): the
// one given, or one built from the image options with a "TaskDef" id and
// sizes from tdProps; its default container maps port 80 when it maps none.
func multiFargateTaskDefinition(s constructs.Construct, given awsecs.FargateTaskDefinition, o *ApplicationLoadBalancedTaskImageProps, logDriver awsecs.LogDriver, tdProps *awsecs.FargateTaskDefinitionProps) (awsecs.FargateTaskDefinition, awsecs.ContainerDefinition) {
	if given != nil && o != nil {
		l2.Throw(s, "You must specify only one of TaskDefinition or TaskImageOptions.")
	}
	td := given
	switch {
	case given != nil:
	case o != nil:
		p := *tdProps
		p.ExecutionRole, p.TaskRole, p.Family = o.ExecutionRole, o.TaskRole, o.Family
		td = awsecs.NewFargateTaskDefinition(s, jsii.String("TaskDef"), &p)
		name := "web"
		if o.ContainerName != nil {
			name = *o.ContainerName
		}
		c := td.AddContainer(jsii.String(name), &awsecs.ContainerDefinitionOptions{
			Image: o.Image, Logging: logDriver, Environment: o.Environment, Secrets: o.Secrets, DockerLabels: o.DockerLabels,
		})
		if o.ContainerPorts != nil {
			for _, port := range *o.ContainerPorts {
				c.AddPortMappings(&awsecs.PortMapping{ContainerPort: port})
			}
		}
	default:
		l2.Throw(s, "You must specify one of: taskDefinition or image")
	}
	dc := td.DefaultContainer()
	if dc == nil {
		l2.Throw(s, "At least one essential container must be specified")
	}
	if pm := dc.PortMappings(); pm == nil || len(*pm) == 0 {
		dc.AddPortMappings(&awsecs.PortMapping{ContainerPort: jsii.Number(80)})
	}
	return td, dc
}
