// Package awsstepfunctions is AWS Step Functions for Strata, with
// aws-cdk-go's API (aws-cdk-lib's aws_stepfunctions module).
//
// The L1 constructs (CfnActivity, CfnStateMachine, CfnStateMachineAlias,
// CfnStateMachineVersion) are generated into cfn_*_gen.go. The hand-written
// L2 builds state machines out of states — Pass, Wait, Succeed, Fail,
// Choice (with Condition), Parallel, Map, DistributedMap (with its S3 item
// readers, result writers and item batcher), CustomState and task states
// built on TaskStateBase — linked into Chains (and StateMachineFragments)
// and collected into a StateGraph that StateMachine renders as its Amazon
// States Language definition string, key for key and token for token as
// aws-cdk-lib 2.276.0 writes it. JsonPath, FieldUtils, Result, TaskInput,
// WaitTime, Timeout, TaskRole and Errors are the helpers states are
// written with; Activity, the grants and the CloudWatch metrics complete
// the package.
//
// Definitions are rendered as ordered objects (internal/ojson), never Go
// maps, so keys keep aws-cdk-lib's order; maps a program passes (Parameters,
// a CustomState's JSON) are taken in sorted key order, as jsii hands them
// to aws-cdk-lib. The public Render* and ToStateJson methods return Go maps,
// as aws-cdk-go's do.
//
// Go types can extend the package as aws-cdk-go allows, through the
// New*_Override constructors: a type embedding State renders itself with
// its ToStateJson; a type embedding StateMachineFragment provides
// StartState and EndStates. Task types of Strata's own give TaskStateBase
// their fields through an embedded *sfntask.Hook (internal/sfntask).
//
// Mistakes aws-cdk-lib throws on (a state given two next states, two states
// with one name, an invalid JSON path) stop with an error naming the
// construct path when there is one; those it reports at validation (a
// Parallel without branches, a Map without an iterator) are reported by
// synthesis with every other error.
package awsstepfunctions
