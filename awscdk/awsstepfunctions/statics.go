package awsstepfunctions

import "github.com/strata-cdk/strata/constructs"

// The statics every state type inherits from State, under each type's name
// as aws-cdk-go spells them.

// Pass_FilterNextables is State_FilterNextables, inherited.
func Pass_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }

// Pass_FindReachableEndStates is State_FindReachableEndStates, inherited.
func Pass_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// Pass_FindReachableStates is State_FindReachableStates, inherited.
func Pass_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// Pass_IsConstruct reports whether x is a construct.
func Pass_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Pass_PrefixStates is State_PrefixStates, inherited.
func Pass_PrefixStates(root constructs.IConstruct, prefix *string) { State_PrefixStates(root, prefix) }

// Wait_FilterNextables is State_FilterNextables, inherited.
func Wait_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }

// Wait_FindReachableEndStates is State_FindReachableEndStates, inherited.
func Wait_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// Wait_FindReachableStates is State_FindReachableStates, inherited.
func Wait_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// Wait_IsConstruct reports whether x is a construct.
func Wait_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Wait_PrefixStates is State_PrefixStates, inherited.
func Wait_PrefixStates(root constructs.IConstruct, prefix *string) { State_PrefixStates(root, prefix) }

// Succeed_FilterNextables is State_FilterNextables, inherited.
func Succeed_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }

// Succeed_FindReachableEndStates is State_FindReachableEndStates, inherited.
func Succeed_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// Succeed_FindReachableStates is State_FindReachableStates, inherited.
func Succeed_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// Succeed_IsConstruct reports whether x is a construct.
func Succeed_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Succeed_PrefixStates is State_PrefixStates, inherited.
func Succeed_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

// Fail_FilterNextables is State_FilterNextables, inherited.
func Fail_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }

// Fail_FindReachableEndStates is State_FindReachableEndStates, inherited.
func Fail_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// Fail_FindReachableStates is State_FindReachableStates, inherited.
func Fail_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// Fail_IsConstruct reports whether x is a construct.
func Fail_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Fail_PrefixStates is State_PrefixStates, inherited.
func Fail_PrefixStates(root constructs.IConstruct, prefix *string) { State_PrefixStates(root, prefix) }

// Choice_FilterNextables is State_FilterNextables, inherited.
func Choice_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }

// Choice_FindReachableEndStates is State_FindReachableEndStates, inherited.
func Choice_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// Choice_FindReachableStates is State_FindReachableStates, inherited.
func Choice_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// Choice_IsConstruct reports whether x is a construct.
func Choice_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Choice_PrefixStates is State_PrefixStates, inherited.
func Choice_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

// Parallel_FilterNextables is State_FilterNextables, inherited.
func Parallel_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }

// Parallel_FindReachableEndStates is State_FindReachableEndStates, inherited.
func Parallel_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// Parallel_FindReachableStates is State_FindReachableStates, inherited.
func Parallel_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// Parallel_IsConstruct reports whether x is a construct.
func Parallel_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Parallel_PrefixStates is State_PrefixStates, inherited.
func Parallel_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

// Map_FilterNextables is State_FilterNextables, inherited.
func Map_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }

// Map_FindReachableEndStates is State_FindReachableEndStates, inherited.
func Map_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// Map_FindReachableStates is State_FindReachableStates, inherited.
func Map_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// Map_IsConstruct reports whether x is a construct.
func Map_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Map_PrefixStates is State_PrefixStates, inherited.
func Map_PrefixStates(root constructs.IConstruct, prefix *string) { State_PrefixStates(root, prefix) }

// MapBase_FilterNextables is State_FilterNextables, inherited.
func MapBase_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }

// MapBase_FindReachableEndStates is State_FindReachableEndStates, inherited.
func MapBase_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// MapBase_FindReachableStates is State_FindReachableStates, inherited.
func MapBase_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// MapBase_IsConstruct reports whether x is a construct.
func MapBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// MapBase_PrefixStates is State_PrefixStates, inherited.
func MapBase_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

// CustomState_FilterNextables is State_FilterNextables, inherited.
func CustomState_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }

// CustomState_FindReachableEndStates is State_FindReachableEndStates, inherited.
func CustomState_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// CustomState_FindReachableStates is State_FindReachableStates, inherited.
func CustomState_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// CustomState_IsConstruct reports whether x is a construct.
func CustomState_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CustomState_PrefixStates is State_PrefixStates, inherited.
func CustomState_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

// DistributedMap_FilterNextables is State_FilterNextables, inherited.
func DistributedMap_FilterNextables(states *[]State) *[]INextable {
	return State_FilterNextables(states)
}

// DistributedMap_FindReachableEndStates is State_FindReachableEndStates, inherited.
func DistributedMap_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// DistributedMap_FindReachableStates is State_FindReachableStates, inherited.
func DistributedMap_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// DistributedMap_IsConstruct reports whether x is a construct.
func DistributedMap_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DistributedMap_PrefixStates is State_PrefixStates, inherited.
func DistributedMap_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

// TaskStateBase_FilterNextables is State_FilterNextables, inherited.
func TaskStateBase_FilterNextables(states *[]State) *[]INextable {
	return State_FilterNextables(states)
}

// TaskStateBase_FindReachableEndStates is State_FindReachableEndStates, inherited.
func TaskStateBase_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}

// TaskStateBase_FindReachableStates is State_FindReachableStates, inherited.
func TaskStateBase_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}

// TaskStateBase_IsConstruct reports whether x is a construct.
func TaskStateBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// TaskStateBase_PrefixStates is State_PrefixStates, inherited.
func TaskStateBase_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}
