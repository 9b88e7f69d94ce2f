package awsbackup

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewBackupVault_Override initialises outer, a type embedding BackupVault.
func NewBackupVault_Override(outer BackupVault, scope constructs.Construct, id *string, props *BackupVaultProps) {
	l2.Override(outer, NewBackupVault(scope, id, props))
}

// NewBackupPlan_Override initialises outer, a type embedding BackupPlan.
func NewBackupPlan_Override(outer BackupPlan, scope constructs.Construct, id *string, props *BackupPlanProps) {
	l2.Override(outer, NewBackupPlan(scope, id, props))
}

// NewBackupSelection_Override initialises outer, a type embedding BackupSelection.
func NewBackupSelection_Override(outer BackupSelection, scope constructs.Construct, id *string, props *BackupSelectionProps) {
	l2.Override(outer, NewBackupSelection(scope, id, props))
}

// BackupVault_IsConstruct reports whether x is a construct.
func BackupVault_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BackupVault_IsOwnedResource reports whether construct is a Resource this app created.
func BackupVault_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// BackupVault_IsResource reports whether construct is a Resource.
func BackupVault_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// BackupPlan_IsConstruct reports whether x is a construct.
func BackupPlan_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BackupPlan_IsOwnedResource reports whether construct is a Resource this app created.
func BackupPlan_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// BackupPlan_IsResource reports whether construct is a Resource.
func BackupPlan_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// BackupSelection_IsConstruct reports whether x is a construct.
func BackupSelection_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BackupSelection_IsOwnedResource reports whether construct is a Resource this app created.
func BackupSelection_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// BackupSelection_IsResource reports whether construct is a Resource.
func BackupSelection_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
