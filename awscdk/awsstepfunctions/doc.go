// Package awsstepfunctions is AWS Step Functions for Strata, with
// aws-cdk-go's API (aws-cdk-lib's aws_stepfunctions module).
//
// The L1 constructs (CfnActivity, CfnStateMachine, CfnStateMachineAlias,
// CfnStateMachineVersion) are generated into cfn_*_gen.go. The hand-written
// L2 builds state machines out of states: Pass, Wait, Succeed, Fail,
// Choice (with Condition), Parallel, Map and CustomState, linked into
// Chains and collected into a StateGraph that StateMachine renders as the
// Amazon States Language definition string, key for key and token for
// token as aws-cdk-lib 2.276.0 writes it. JsonPath, FieldUtils, Result,
// TaskInput, WaitTime and Errors are the helpers states are written with;
// Activity, the grants and the CloudWatch metrics complete the package.
//
// Mistakes aws-cdk-lib throws on (a state given two next states, two states
// with one name, an invalid JSON path) stop with an error naming the
// construct path; those it reports at validation (a Parallel without
// branches, a Map without an iterator) are reported by synthesis with every
// other error.
package awsstepfunctions
