package awsscheduler

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewSchedule_Override initialises outer, a type embedding Schedule.
func NewSchedule_Override(outer Schedule, scope constructs.Construct, id *string, props *ScheduleProps) {
	l2.Override(outer, NewSchedule(scope, id, props))
}

// NewScheduleGroup_Override initialises outer, a type embedding ScheduleGroup.
func NewScheduleGroup_Override(outer ScheduleGroup, scope constructs.Construct, id *string, props *ScheduleGroupProps) {
	l2.Override(outer, NewScheduleGroup(scope, id, props))
}

// Schedule_IsConstruct reports whether x is a construct.
func Schedule_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Schedule_IsOwnedResource reports whether construct is a Resource this app created.
func Schedule_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Schedule_IsResource reports whether construct is a Resource.
func Schedule_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ScheduleGroup_IsConstruct reports whether x is a construct.
func ScheduleGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ScheduleGroup_IsOwnedResource reports whether construct is a Resource this app created.
func ScheduleGroup_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ScheduleGroup_IsResource reports whether construct is a Resource.
func ScheduleGroup_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
