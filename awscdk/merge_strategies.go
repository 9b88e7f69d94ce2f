package awscdk

// IMergeStrategy merges the allowed keys of source into target.
type IMergeStrategy interface {
	Apply(target *map[string]interface{}, source *map[string]interface{}, allowedKeys *[]*string)
}

// IArrayMergeStrategy merges two lists.
type IArrayMergeStrategy interface {
	Merge(target *[]interface{}, source *[]interface{}) *[]interface{}
}

// CombineStrategyOptions configure PropertyMergeStrategy_Combine.
type CombineStrategyOptions struct {
	// How lists merge. Default: ArrayMergeStrategy_Replace.
	Arrays IArrayMergeStrategy `field:"optional" json:"arrays" yaml:"arrays"`
}

// PropertyMergeStrategy carries the property merge strategies as statics.
type PropertyMergeStrategy interface{}

// ArrayMergeStrategy carries the list merge strategies as statics.
type ArrayMergeStrategy interface{}

type arrayMerge func(target, source []interface{}) []interface{}

func (f arrayMerge) Merge(target *[]interface{}, source *[]interface{}) *[]interface{} {
	var t, s []interface{}
	if target != nil {
		t = *target
	}
	if source != nil {
		s = *source
	}
	out := f(t, s)
	return &out
}

// ArrayMergeStrategy_Replace keeps the source list.
func ArrayMergeStrategy_Replace() IArrayMergeStrategy {
	return arrayMerge(func(_, s []interface{}) []interface{} { return append([]interface{}{}, s...) })
}

// ArrayMergeStrategy_Append puts the source's elements after the target's.
func ArrayMergeStrategy_Append() IArrayMergeStrategy {
	return arrayMerge(func(t, s []interface{}) []interface{} { return append(append([]interface{}{}, t...), s...) })
}

// ArrayMergeStrategy_Prepend puts the source's elements before the target's.
func ArrayMergeStrategy_Prepend() IArrayMergeStrategy {
	return arrayMerge(func(t, s []interface{}) []interface{} { return append(append([]interface{}{}, s...), t...) })
}

// ArrayMergeStrategy_ReplaceByIndex replaces the target's elements by the
// source's at the same index, extending the list when the source is longer.
func ArrayMergeStrategy_ReplaceByIndex() IArrayMergeStrategy {
	return arrayMerge(func(t, s []interface{}) []interface{} {
		out := append([]interface{}{}, t...)
		for i, v := range s {
			if i < len(out) {
				out[i] = v
			} else {
				out = append(out, v)
			}
		}
		return out
	})
}

// ArrayMergeStrategy_ReplaceByKey replaces the target's objects whose key
// field equals a source object's, and appends the other source objects;
// source elements that are not objects are dropped.
func ArrayMergeStrategy_ReplaceByKey(key *string) IArrayMergeStrategy {
	k := deref(key)
	return arrayMerge(func(t, s []interface{}) []interface{} {
		out := append([]interface{}{}, t...)
		for _, item := range s {
			m, ok := item.(map[string]interface{})
			if !ok || m == nil {
				continue
			}
			idx := -1
			for i, x := range out {
				if tm, ok := x.(map[string]interface{}); ok && tm != nil && tm[k] == m[k] {
					idx = i
					break
				}
			}
			if idx >= 0 {
				out[idx] = item
			} else {
				out = append(out, item)
			}
		}
		return out
	})
}

type mergeFunc func(target, source map[string]interface{}, keys []string)

func (f mergeFunc) Apply(target *map[string]interface{}, source *map[string]interface{}, allowedKeys *[]*string) {
	if target == nil || source == nil {
		return
	}
	if *target == nil {
		*target = map[string]interface{}{}
	}
	var keys []string
	if allowedKeys != nil {
		for _, k := range *allowedKeys {
			keys = append(keys, deref(k))
		}
	}
	f(*target, *source, keys)
}

// PropertyMergeStrategy_Override sets each allowed key the source has.
func PropertyMergeStrategy_Override() IMergeStrategy {
	return mergeFunc(func(t, s map[string]interface{}, keys []string) {
		for _, k := range keys {
			if v, ok := s[k]; ok {
				t[k] = v
			}
		}
	})
}

// PropertyMergeStrategy_Combine merges lists with the given strategy and
// objects deeply; other values are set.
func PropertyMergeStrategy_Combine(options *CombineStrategyOptions) IMergeStrategy {
	arrays := ArrayMergeStrategy_Replace()
	if options != nil && options.Arrays != nil && !isNilValue(options.Arrays) {
		arrays = options.Arrays
	}
	return mergeFunc(func(t, s map[string]interface{}, keys []string) {
		for _, k := range keys {
			sv, ok := s[k]
			if !ok {
				continue
			}
			sl, sIsList := sv.([]interface{})
			tl, tIsList := t[k].([]interface{})
			sm, sIsMap := sv.(map[string]interface{})
			tm, tIsMap := t[k].(map[string]interface{})
			switch {
			case sIsList && tIsList:
				t[k] = *arrays.Merge(&tl, &sl)
			case sIsMap && tIsMap && sm != nil && tm != nil:
				merged := map[string]interface{}{}
				deepMergeMaps(merged, tm)
				deepMergeMaps(merged, sm)
				t[k] = merged
			default:
				t[k] = sv
			}
		}
	})
}

// deepMergeMaps merges source into target as aws-cdk-lib's overrides do:
// objects recursively (an intrinsic on either side is replaced, not merged),
// nil deletes, empty objects disappear.
func deepMergeMaps(target, source map[string]interface{}) {
	for k, v := range source {
		if m, ok := v.(map[string]interface{}); ok && m != nil {
			tm, ok := target[k].(map[string]interface{})
			if !ok || tm == nil || (len(tm) == 1 && isMergeExcluded(firstKey(tm))) || (len(m) == 1 && isMergeExcluded(firstKey(m))) {
				tm = map[string]interface{}{}
			}
			deepMergeMaps(tm, m)
			if len(tm) == 0 {
				delete(target, k)
			} else {
				target[k] = tm
			}
			continue
		}
		if v == nil {
			delete(target, k)
			continue
		}
		target[k] = v
	}
}

func firstKey(m map[string]interface{}) string {
	for k := range m {
		return k
	}
	return ""
}
