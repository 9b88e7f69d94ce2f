package awsstepfunctions

import "github.com/strata-cdk/strata/constructs"

// The statics every state type inherits from State, under each type's name
// as aws-cdk-go spells them.

func Pass_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }
func Pass_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}
func Pass_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}
func Pass_IsConstruct(x interface{}) *bool                         { return constructs.Construct_IsConstruct(x) }
func Pass_PrefixStates(root constructs.IConstruct, prefix *string) { State_PrefixStates(root, prefix) }

func Wait_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }
func Wait_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}
func Wait_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}
func Wait_IsConstruct(x interface{}) *bool                         { return constructs.Construct_IsConstruct(x) }
func Wait_PrefixStates(root constructs.IConstruct, prefix *string) { State_PrefixStates(root, prefix) }

func Succeed_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }
func Succeed_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}
func Succeed_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}
func Succeed_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func Succeed_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

func Fail_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }
func Fail_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}
func Fail_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}
func Fail_IsConstruct(x interface{}) *bool                         { return constructs.Construct_IsConstruct(x) }
func Fail_PrefixStates(root constructs.IConstruct, prefix *string) { State_PrefixStates(root, prefix) }

func Choice_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }
func Choice_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}
func Choice_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}
func Choice_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func Choice_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

func Parallel_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }
func Parallel_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}
func Parallel_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}
func Parallel_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func Parallel_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

func Map_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }
func Map_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}
func Map_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}
func Map_IsConstruct(x interface{}) *bool                         { return constructs.Construct_IsConstruct(x) }
func Map_PrefixStates(root constructs.IConstruct, prefix *string) { State_PrefixStates(root, prefix) }

func MapBase_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }
func MapBase_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}
func MapBase_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}
func MapBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func MapBase_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

func CustomState_FilterNextables(states *[]State) *[]INextable { return State_FilterNextables(states) }
func CustomState_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}
func CustomState_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}
func CustomState_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func CustomState_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}

func DistributedMap_FilterNextables(states *[]State) *[]INextable {
	return State_FilterNextables(states)
}
func DistributedMap_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableEndStates(start, options)
}
func DistributedMap_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return State_FindReachableStates(start, options)
}
func DistributedMap_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func DistributedMap_PrefixStates(root constructs.IConstruct, prefix *string) {
	State_PrefixStates(root, prefix)
}
