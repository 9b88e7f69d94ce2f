package awscdk

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tokens"
	"github.com/strata-cdk/strata/internal/tree"
)

// appState is everything one construct tree's synthesis knows: its tokens,
// element counter and staged assets. It hangs off the tree's root
// (internal/tree), so two Apps never share state and an App's state goes
// with it when it becomes unreachable.
type appState struct {
	tokens   *tokens.Table
	elements int
	assets   *assetRegistry
	// namesGenerated is set once a physical name was generated for use in
	// another environment: fragments kept from the references pass may be stale.
	namesGenerated bool
	// injectors holds each scope's PropertyInjectors (PropertyInjectors_Of).
	injectors map[constructs.Node]*propertyInjectors
}

// appOf returns the state of c's tree, creating it on first use; nil for
// a nil construct or one whose node is not Strata's.
func appOf(c constructs.IConstruct) *appState {
	if c == nil || isNilValue(c) {
		return nil
	}
	root := tree.RootOf(c.Node())
	if root == nil {
		return nil
	}
	if a, ok := root.App.(*appState); ok {
		return a
	}
	a := &appState{tokens: tokens.NewTable()}
	root.App = a
	return a
}

// tableOf returns the token table of c's App (nil: a token made without an
// App, kept until the first App that resolves it claims it).
func tableOf(c constructs.IConstruct) *tokens.Table {
	if a := appOf(c); a != nil {
		return a.tokens
	}
	return nil
}

// scopedToken is a token that knows the construct it belongs to, so it is
// registered in that construct's App.
type scopedToken interface {
	tokenScope() constructs.IConstruct
}

// tableFor returns the table a token object registers in.
func tableFor(token interface{}) *tokens.Table {
	switch t := token.(type) {
	case scopedToken:
		return tableOf(t.tokenScope())
	case *intrinsic:
		return ownerOfValue(t.value, 0)
	case *fnIntrinsic:
		return ownerOfValue(t.value, 0)
	}
	return nil
}

// finder looks token numbers up for a tree (nil scope: without an App).
func finder(scope constructs.IConstruct) func(n int64) (interface{}, error) {
	t := tableOf(scope)
	return func(n int64) (interface{}, error) {
		if i, ok := tokens.IsConst(n); ok && i < len(constTokens) {
			return constTokens[i], nil
		}
		if t != nil {
			return t.Lookup(n)
		}
		return tokens.LookupAny(n)
	}
}

// splitString splits s into literals and tokens in scope's App.
func splitString(scope constructs.IConstruct, s string) []tokens.Fragment {
	return splitStringAt(scope, scopePathOf(scope), s)
}

// splitStringAt is splitString naming path in errors.
func splitStringAt(scope constructs.IConstruct, path, s string) []tokens.Fragment {
	frags, err := tokens.Split(s, finder(scope))
	if err != nil {
		panicf(path, "%v", err)
	}
	return frags
}

// splitList splits a list token element in scope's App.
func splitList(scope constructs.IConstruct, s string) []tokens.Fragment {
	return splitListAt(scope, scopePathOf(scope), s)
}

// splitListAt is splitList naming path in errors.
func splitListAt(scope constructs.IConstruct, path, s string) []tokens.Fragment {
	frags, err := tokens.SplitList(s, finder(scope))
	if err != nil {
		panicf(path, "%v", err)
	}
	return frags
}

// lookupNumber returns the token a number stands for in scope's App.
func lookupNumber(scope constructs.IConstruct, f float64) (interface{}, bool) {
	return lookupNumberAt(scope, scopePathOf(scope), f)
}

// lookupNumberAt is lookupNumber naming path in errors.
func lookupNumberAt(scope constructs.IConstruct, path string, f float64) (interface{}, bool) {
	n, ok := tokens.DecodeNumber(f)
	if !ok {
		return nil, false
	}
	t, err := finder(scope)(n)
	if err != nil {
		if _, cross := err.(*tokens.CrossAppError); cross {
			panicf(path, "%v", err)
		}
		return nil, false
	}
	return t, true
}

func scopePathOf(c constructs.IConstruct) string {
	if c == nil || isNilValue(c) {
		return ""
	}
	return *c.Node().Path()
}

// Shared constant tokens: pseudo parameters are one string in aws-cdk-lib
// (Aws.REGION), valid in every App, so they are numbered constants here
// rather than entries of one App's table.
const (
	constAccountID = iota
	constNotificationARNs
	constNoValue
	constPartition
	constRegion
	constStackID
	constStackName
	constURLSuffix
	constGenerateIfNeeded
)

// constTokens is immutable: the objects behind the constant numbers.
var constTokens = []interface{}{
	constAccountID:        &intrinsic{value: obj("Ref", "AWS::AccountId"), typeHint: ResolutionTypeHint_STRING},
	constNotificationARNs: &intrinsic{value: obj("Ref", "AWS::NotificationARNs"), typeHint: ResolutionTypeHint_STRING},
	constNoValue:          &intrinsic{value: obj("Ref", "AWS::NoValue"), typeHint: ResolutionTypeHint_STRING},
	constPartition:        &intrinsic{value: obj("Ref", "AWS::Partition"), typeHint: ResolutionTypeHint_STRING},
	constRegion:           &intrinsic{value: obj("Ref", "AWS::Region"), typeHint: ResolutionTypeHint_STRING},
	constStackID:          &intrinsic{value: obj("Ref", "AWS::StackId"), typeHint: ResolutionTypeHint_STRING},
	constStackName:        &intrinsic{value: obj("Ref", "AWS::StackName"), typeHint: ResolutionTypeHint_STRING},
	constURLSuffix:        &intrinsic{value: obj("Ref", "AWS::URLSuffix"), typeHint: ResolutionTypeHint_STRING},
	constGenerateIfNeeded: generateIfNeeded{},
}

// ownerOfValue finds the App of the first App-made token inside a plain
// value (an intrinsic's arguments), so that Fn_Join(",", [bucket.BucketArn()])
// belongs to the bucket's App. The walk stops at the first owner found.
func ownerOfValue(v interface{}, depth int) *tokens.Table {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return tokens.OwnerOf(x)
	case *string:
		if x != nil {
			return tokens.OwnerOf(*x)
		}
	case float64:
		if n, ok := tokens.DecodeNumber(x); ok {
			return tokens.TableOf(n)
		}
	case *float64:
		if x != nil {
			return ownerOfValue(*x, depth)
		}
	case []*string:
		for _, e := range x {
			if t := ownerOfValue(e, depth+1); t != nil {
				return t
			}
		}
	case *[]*string:
		if x != nil {
			return ownerOfValue(*x, depth)
		}
	case []string:
		for _, e := range x {
			if t := tokens.OwnerOf(e); t != nil {
				return t
			}
		}
	case []interface{}:
		for _, e := range x {
			if t := ownerOfValue(e, depth+1); t != nil {
				return t
			}
		}
	case *ojson.Object:
		if x == nil {
			return nil
		}
		var t *tokens.Table
		x.Range(func(_ string, e interface{}) {
			if t == nil {
				t = ownerOfValue(e, depth+1)
			}
		})
		return t
	case map[string]interface{}:
		for _, e := range x {
			if t := ownerOfValue(e, depth+1); t != nil {
				return t
			}
		}
	case scopedToken:
		return tableOf(x.tokenScope())
	case *intrinsic:
		return ownerOfValue(x.value, depth+1)
	case *fnIntrinsic:
		return ownerOfValue(x.value, depth+1)
	}
	return nil
}
