package awsecs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IEc2TaskDefinition is an EC2 task definition, owned or imported.
type IEc2TaskDefinition interface {
	ITaskDefinition
}

// Ec2TaskDefinitionProps are the props of NewEc2TaskDefinition.
type Ec2TaskDefinitionProps struct {
	EnableFaultInjection  *bool                    `field:"optional" json:"enableFaultInjection" yaml:"enableFaultInjection"`
	ExecutionRole         awsiam.IRole             `field:"optional" json:"executionRole" yaml:"executionRole"`
	Family                *string                  `field:"optional" json:"family" yaml:"family"`
	ProxyConfiguration    ProxyConfiguration       `field:"optional" json:"proxyConfiguration" yaml:"proxyConfiguration"`
	TaskRole              awsiam.IRole             `field:"optional" json:"taskRole" yaml:"taskRole"`
	Volumes               *[]*Volume               `field:"optional" json:"volumes" yaml:"volumes"`
	InferenceAccelerators *[]*InferenceAccelerator `field:"optional" json:"inferenceAccelerators" yaml:"inferenceAccelerators"`
	IpcMode               IpcMode                  `field:"optional" json:"ipcMode" yaml:"ipcMode"`
	// Default: BRIDGE.
	NetworkMode          NetworkMode            `field:"optional" json:"networkMode" yaml:"networkMode"`
	PidMode              PidMode                `field:"optional" json:"pidMode" yaml:"pidMode"`
	PlacementConstraints *[]PlacementConstraint `field:"optional" json:"placementConstraints" yaml:"placementConstraints"`
}

// Ec2TaskDefinition is a task definition for EC2 capacity.
type Ec2TaskDefinition interface {
	TaskDefinition
	IEc2TaskDefinition
}

type ec2TaskDefinition struct{ taskDefinition }

// Ec2TaskDefinition_PROPERTY_INJECTION_ID is the id property injectors use for Ec2TaskDefinition.
func Ec2TaskDefinition_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs.Ec2TaskDefinition")
}

// NewEc2TaskDefinition creates a task definition for EC2 capacity.
func NewEc2TaskDefinition(scope constructs.Construct, id *string, props *Ec2TaskDefinitionProps) Ec2TaskDefinition {
	props = l2.Inject(*Ec2TaskDefinition_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &Ec2TaskDefinitionProps{}
	}
	t := &ec2TaskDefinition{}
	t.self = t
	t.init(scope, id, &TaskDefinitionProps{
		EnableFaultInjection: props.EnableFaultInjection, ExecutionRole: props.ExecutionRole, Family: props.Family,
		ProxyConfiguration: props.ProxyConfiguration, TaskRole: props.TaskRole, Volumes: props.Volumes,
		Compatibility: Compatibility_EC2, NetworkMode: props.NetworkMode, PidMode: props.PidMode, IpcMode: props.IpcMode,
		PlacementConstraints: props.PlacementConstraints, InferenceAccelerators: props.InferenceAccelerators,
	})
	validateEc2PlacementConstraints(scope, props.PlacementConstraints)
	return t
}

// AddContainer adds a container; in AWS_VPC mode it also gets AWS_REGION, as aws-cdk-lib adds it.
func (t *ec2TaskDefinition) AddContainer(id *string, props *ContainerDefinitionOptions) ContainerDefinition {
	c := t.taskDefinition.AddContainer(id, props)
	if t.networkMode == NetworkMode_AWS_VPC {
		c.AddEnvironment(str("AWS_REGION"), awscdk.Stack_Of(t).Region())
	}
	return c
}

func validateEc2PlacementConstraints(scope constructs.Construct, constraints *[]PlacementConstraint) {
	if constraints == nil {
		return
	}
	var bad []string
	for _, c := range *constraints {
		invalid := false
		var types []string
		for _, j := range *c.ToJson() {
			types = append(types, sv(j.Type))
			invalid = invalid || sv(j.Type) != "memberOf"
		}
		if invalid {
			bad = append(bad, types...)
		}
	}
	if len(bad) > 0 {
		l2.Throw(scope, "Invalid placement constraint(s): %s. Only 'memberOf' is currently supported in the Ec2TaskDefinition class.", strings.Join(bad, ", "))
	}
}
