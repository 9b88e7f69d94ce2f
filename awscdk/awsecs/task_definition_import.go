package awsecs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsecs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// CommonTaskDefinitionAttributes identify a task definition to import.
type CommonTaskDefinitionAttributes struct {
	TaskDefinitionArn *string      `field:"required" json:"taskDefinitionArn" yaml:"taskDefinitionArn"`
	ExecutionRole     awsiam.IRole `field:"optional" json:"executionRole" yaml:"executionRole"`
	NetworkMode       NetworkMode  `field:"optional" json:"networkMode" yaml:"networkMode"`
	TaskRole          awsiam.IRole `field:"optional" json:"taskRole" yaml:"taskRole"`
}

// TaskDefinitionAttributes identify a task definition to import, with its compatibility.
type TaskDefinitionAttributes struct {
	TaskDefinitionArn *string       `field:"required" json:"taskDefinitionArn" yaml:"taskDefinitionArn"`
	ExecutionRole     awsiam.IRole  `field:"optional" json:"executionRole" yaml:"executionRole"`
	NetworkMode       NetworkMode   `field:"optional" json:"networkMode" yaml:"networkMode"`
	TaskRole          awsiam.IRole  `field:"optional" json:"taskRole" yaml:"taskRole"`
	Compatibility     Compatibility `field:"optional" json:"compatibility" yaml:"compatibility"`
}

// FargateTaskDefinitionAttributes identify a Fargate task definition to import.
type FargateTaskDefinitionAttributes struct {
	TaskDefinitionArn *string      `field:"required" json:"taskDefinitionArn" yaml:"taskDefinitionArn"`
	ExecutionRole     awsiam.IRole `field:"optional" json:"executionRole" yaml:"executionRole"`
	NetworkMode       NetworkMode  `field:"optional" json:"networkMode" yaml:"networkMode"`
	TaskRole          awsiam.IRole `field:"optional" json:"taskRole" yaml:"taskRole"`
}

// Ec2TaskDefinitionAttributes identify an EC2 task definition to import.
type Ec2TaskDefinitionAttributes struct {
	TaskDefinitionArn *string      `field:"required" json:"taskDefinitionArn" yaml:"taskDefinitionArn"`
	ExecutionRole     awsiam.IRole `field:"optional" json:"executionRole" yaml:"executionRole"`
	NetworkMode       NetworkMode  `field:"optional" json:"networkMode" yaml:"networkMode"`
	TaskRole          awsiam.IRole `field:"optional" json:"taskRole" yaml:"taskRole"`
}

// importedTaskDefinition is a task definition defined elsewhere; it
// satisfies every I*TaskDefinition interface, as aws-cdk-lib's does.
type importedTaskDefinition struct {
	awscdk.Resource
	arn         *string
	compat      Compatibility
	execRole    awsiam.IRole
	taskRole    awsiam.IRole
	networkMode NetworkMode
}

func importTaskDefinition(scope constructs.Construct, id *string, arn *string, compat Compatibility, nm NetworkMode, taskRole, execRole awsiam.IRole) *importedTaskDefinition {
	if compat == "" {
		compat = Compatibility_EC2_AND_FARGATE
	}
	t := &importedTaskDefinition{arn: arn, compat: compat, networkMode: nm, taskRole: taskRole, execRole: execRole}
	t.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(t.Resource, t)
	return t
}

func (t *importedTaskDefinition) TaskDefinitionArn() *string { return t.arn }
func (t *importedTaskDefinition) TaskDefinitionRef() *interfacesawsecs.TaskDefinitionReference {
	return &interfacesawsecs.TaskDefinitionReference{TaskDefinitionArn: t.arn}
}
func (t *importedTaskDefinition) Compatibility() Compatibility { return t.compat }
func (t *importedTaskDefinition) ExecutionRole() awsiam.IRole  { return t.execRole }
func (t *importedTaskDefinition) TaskRole() awsiam.IRole {
	if t.taskRole == nil {
		l2.Throw(t, "This operation requires the taskRole in ImportedTaskDefinition to be defined. Add the 'taskRole' in ImportedTaskDefinitionProps to instantiate ImportedTaskDefinition")
	}
	return t.taskRole
}
func (t *importedTaskDefinition) NetworkMode() NetworkMode {
	if t.networkMode == "" {
		l2.Throw(t, "This operation requires the networkMode in ImportedTaskDefinition to be defined. Add the 'networkMode' in ImportedTaskDefinitionProps to instantiate ImportedTaskDefinition")
	}
	return t.networkMode
}
func (t *importedTaskDefinition) IsEc2Compatible() *bool      { return boolp(t.compat.ec2()) }
func (t *importedTaskDefinition) IsExternalCompatible() *bool { return boolp(t.compat.external()) }
func (t *importedTaskDefinition) IsFargateCompatible() *bool  { return boolp(t.compat.fargate()) }
func (t *importedTaskDefinition) IsManagedInstancesCompatible() *bool {
	return boolp(t.compat.managedInstances())
}

// TaskDefinition_FromTaskDefinitionArn imports a task definition by ARN (EC2 and Fargate compatible).
func TaskDefinition_FromTaskDefinitionArn(scope constructs.Construct, id *string, taskDefinitionArn *string) ITaskDefinition {
	return importTaskDefinition(scope, id, taskDefinitionArn, "", "", nil, nil)
}

// TaskDefinition_FromTaskDefinitionAttributes imports a task definition with its roles and network mode.
func TaskDefinition_FromTaskDefinitionAttributes(scope constructs.Construct, id *string, attrs *TaskDefinitionAttributes) ITaskDefinition {
	if attrs == nil {
		attrs = &TaskDefinitionAttributes{}
	}
	return importTaskDefinition(scope, id, attrs.TaskDefinitionArn, attrs.Compatibility, attrs.NetworkMode, attrs.TaskRole, attrs.ExecutionRole)
}

// FargateTaskDefinition_FromFargateTaskDefinitionArn imports a Fargate task definition by ARN.
func FargateTaskDefinition_FromFargateTaskDefinitionArn(scope constructs.Construct, id *string, fargateTaskDefinitionArn *string) IFargateTaskDefinition {
	return importTaskDefinition(scope, id, fargateTaskDefinitionArn, "", "", nil, nil)
}

// FargateTaskDefinition_FromFargateTaskDefinitionAttributes imports a Fargate task definition with its roles and network mode.
func FargateTaskDefinition_FromFargateTaskDefinitionAttributes(scope constructs.Construct, id *string, attrs *FargateTaskDefinitionAttributes) IFargateTaskDefinition {
	if attrs == nil {
		attrs = &FargateTaskDefinitionAttributes{}
	}
	return importTaskDefinition(scope, id, attrs.TaskDefinitionArn, Compatibility_FARGATE, attrs.NetworkMode, attrs.TaskRole, attrs.ExecutionRole)
}

// FargateTaskDefinition_FromTaskDefinitionArn is TaskDefinition_FromTaskDefinitionArn.
func FargateTaskDefinition_FromTaskDefinitionArn(scope constructs.Construct, id *string, taskDefinitionArn *string) ITaskDefinition {
	return TaskDefinition_FromTaskDefinitionArn(scope, id, taskDefinitionArn)
}

// FargateTaskDefinition_FromTaskDefinitionAttributes is TaskDefinition_FromTaskDefinitionAttributes.
func FargateTaskDefinition_FromTaskDefinitionAttributes(scope constructs.Construct, id *string, attrs *TaskDefinitionAttributes) ITaskDefinition {
	return TaskDefinition_FromTaskDefinitionAttributes(scope, id, attrs)
}

// Ec2TaskDefinition_FromEc2TaskDefinitionArn imports an EC2 task definition by ARN.
func Ec2TaskDefinition_FromEc2TaskDefinitionArn(scope constructs.Construct, id *string, ec2TaskDefinitionArn *string) IEc2TaskDefinition {
	return importTaskDefinition(scope, id, ec2TaskDefinitionArn, "", "", nil, nil)
}

// Ec2TaskDefinition_FromEc2TaskDefinitionAttributes imports an EC2 task definition with its roles and network mode.
func Ec2TaskDefinition_FromEc2TaskDefinitionAttributes(scope constructs.Construct, id *string, attrs *Ec2TaskDefinitionAttributes) IEc2TaskDefinition {
	if attrs == nil {
		attrs = &Ec2TaskDefinitionAttributes{}
	}
	return importTaskDefinition(scope, id, attrs.TaskDefinitionArn, Compatibility_EC2, attrs.NetworkMode, attrs.TaskRole, attrs.ExecutionRole)
}

// Ec2TaskDefinition_FromTaskDefinitionArn is TaskDefinition_FromTaskDefinitionArn.
func Ec2TaskDefinition_FromTaskDefinitionArn(scope constructs.Construct, id *string, taskDefinitionArn *string) ITaskDefinition {
	return TaskDefinition_FromTaskDefinitionArn(scope, id, taskDefinitionArn)
}

// Ec2TaskDefinition_FromTaskDefinitionAttributes is TaskDefinition_FromTaskDefinitionAttributes.
func Ec2TaskDefinition_FromTaskDefinitionAttributes(scope constructs.Construct, id *string, attrs *TaskDefinitionAttributes) ITaskDefinition {
	return TaskDefinition_FromTaskDefinitionAttributes(scope, id, attrs)
}
