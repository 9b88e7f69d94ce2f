package awsefs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewFileSystem_Override initialises outer, a type embedding FileSystem.
func NewFileSystem_Override(outer FileSystem, scope constructs.Construct, id *string, props *FileSystemProps) {
	l2.Override(outer, NewFileSystem(scope, id, props))
}

// NewAccessPoint_Override initialises outer, a type embedding AccessPoint.
func NewAccessPoint_Override(outer AccessPoint, scope constructs.Construct, id *string, props *AccessPointProps) {
	l2.Override(outer, NewAccessPoint(scope, id, props))
}

// FileSystem_IsConstruct reports whether x is a construct.
func FileSystem_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// FileSystem_IsOwnedResource reports whether construct is a Resource this app created.
func FileSystem_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// FileSystem_IsResource reports whether construct is a Resource.
func FileSystem_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// AccessPoint_IsConstruct reports whether x is a construct.
func AccessPoint_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// AccessPoint_IsOwnedResource reports whether construct is a Resource this app created.
func AccessPoint_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// AccessPoint_IsResource reports whether construct is a Resource.
func AccessPoint_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
