package awscodebuild

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodebuild"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IFleet is a reserved capacity fleet, defined in this app or imported.
type IFleet interface {
	awsec2.IConnectable
	interfacesawscodebuild.IFleetRef
	awsiam.IGrantable
	awscdk.IResource
	ComputeType() FleetComputeType
	EnvironmentType() EnvironmentType
	FleetArn() *string
	FleetName() *string
}

// FleetComputeType is the size of a fleet's machines.
type FleetComputeType string

const (
	FleetComputeType_SMALL                FleetComputeType = "SMALL"
	FleetComputeType_MEDIUM               FleetComputeType = "MEDIUM"
	FleetComputeType_LARGE                FleetComputeType = "LARGE"
	FleetComputeType_X_LARGE              FleetComputeType = "X_LARGE"
	FleetComputeType_X2_LARGE             FleetComputeType = "X2_LARGE"
	FleetComputeType_ATTRIBUTE_BASED      FleetComputeType = "ATTRIBUTE_BASED"
	FleetComputeType_CUSTOM_INSTANCE_TYPE FleetComputeType = "CUSTOM_INSTANCE_TYPE"
)

// FleetOverflowBehavior says what happens to builds when the fleet is busy.
type FleetOverflowBehavior string

const (
	FleetOverflowBehavior_QUEUE     FleetOverflowBehavior = "QUEUE"
	FleetOverflowBehavior_ON_DEMAND FleetOverflowBehavior = "ON_DEMAND"
)

// MachineType is the machine type of an attribute-based fleet.
type MachineType string

const (
	MachineType_GENERAL MachineType = "GENERAL"
	MachineType_NVME    MachineType = "NVME"
)

type importedFleet struct {
	awscdk.Resource
	arn, name *string
	principal awsiam.IPrincipal
}

// Fleet_FromFleetArn imports a fleet by its ARN.
func Fleet_FromFleetArn(scope constructs.Construct, id *string, fleetArn *string) IFleet {
	if fleetArn == nil {
		l2.RequireArg(scope, "Fleet_FromFleetArn", "a fleet ARN")
	}
	f := &importedFleet{arn: fleetArn}
	f.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(f.Resource, f)
	parts := awscdk.Arn_Split(fleetArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	name := deref(parts.ResourceName)
	for i := 0; i < len(name); i++ {
		if name[i] == ':' {
			name = name[:i]
			break
		}
	}
	f.name = jsii.String(name)
	f.principal = awsiam.NewUnknownPrincipal(&awsiam.UnknownPrincipalProps{Resource: f})
	return f
}

func (f *importedFleet) FleetArn() *string                 { return f.arn }
func (f *importedFleet) FleetName() *string                { return f.name }
func (f *importedFleet) GrantPrincipal() awsiam.IPrincipal { return f.principal }
func (f *importedFleet) FleetRef() *interfacesawscodebuild.FleetReference {
	return &interfacesawscodebuild.FleetReference{FleetArn: f.arn}
}
func (f *importedFleet) ComputeType() FleetComputeType {
	diag.Panic(pathOf(f), "Cannot retrieve computeType property from an imported Fleet")
	return ""
}
func (f *importedFleet) EnvironmentType() EnvironmentType {
	diag.Panic(pathOf(f), "Cannot retrieve environmentType property from an imported Fleet")
	return ""
}
func (f *importedFleet) Connections() awsec2.Connections {
	diag.Panic(pathOf(f), "Cannot retrieve connections property from an imported Fleet")
	return nil
}
