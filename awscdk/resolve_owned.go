package awscdk

// Resolution without copies for values built for one resolution alone.
//
// The generic resolver (resolve.go) copies every object and list it meets,
// because what it resolves may be held by someone else: a token's value, an
// L2's document, a user's map. An L1's properties rendered from its props
// struct (renderCfnStruct) are made afresh for each resolution and nobody
// else sees them, so they are resolved in place. Values inside them that
// came from elsewhere (token results, the tags) still go through the
// generic, copying path, so the resolved template never shares an object
// with anything that outlives it.

import (
	"strconv"

	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tokens"
)

// resolveOwned is r.resolve(x, path) for an x the caller owns: objects and
// lists made by renderCfnStruct are updated in place rather than copied.
// skip names a key of x (the tags) whose value is not owned.
func (r *resolver) resolveOwned(x interface{}, path []string, skip string) interface{} {
	if len(path) > 200 {
		return r.resolve(x, path) // reports the circular reference
	}
	switch v := x.(type) {
	case *ojson.Object:
		if v == nil || !v.InsertionOrdered() || hasTokenKeys(v) {
			break
		}
		path = roomy(path)
		v.Update(func(k string, raw interface{}) (interface{}, bool) {
			var val interface{}
			if k == skip {
				val = r.resolve(raw, append(path, k))
			} else {
				val = r.resolveOwned(raw, append(path, k), "")
			}
			if val == nil {
				if r.removeEmpty {
					return nil, false
				}
				return ojson.Undefined, true
			}
			return val, true
		})
		return v
	case []interface{}:
		if v == nil || holdsListToken(v) {
			break
		}
		path = roomy(path)
		n := 0
		for i, el := range v {
			val := r.resolveOwned(el, append(path, strconv.Itoa(i)), "")
			if val == nil {
				if r.removeEmpty {
					continue
				}
				val = ojson.Undefined
			}
			v[n] = val
			n++
		}
		clear(v[n:])
		return v[:n]
	}
	return r.resolve(x, path)
}

// hasTokenKeys: a key that is a token resolves to another key, which the
// generic path handles.
func hasTokenKeys(o *ojson.Object) bool { return o.AnyKey(tokens.ContainsTokens) }

// holdsListToken: a list holding an encoded list token resolves to that
// list (or fails), which the generic path handles.
func holdsListToken(l []interface{}) bool {
	for _, el := range l {
		if s, ok := plainString(el); ok && tokens.IsListToken(s) {
			return true
		}
	}
	return false
}

// resolveElement resolves an element's template fragment: a resource's in
// one pass (resolveCloudFormation), any other's from its toCfn.
func resolveElement(r *resolver, e CfnElement) interface{} {
	el := e.cfnEl()
	if res, ok := e.(CfnResource); ok && r.removeEmpty {
		if c := res.cfnRes(); c.cfnElement == el {
			if frag, ok := c.resolveCloudFormation(r); ok {
				return frag
			}
		}
	}
	return r.resolve(el.toCfn(), nil)
}

// resolveCloudFormation is r.resolve(res.toCloudFormation(), nil) made in
// one pass: the resource's definition is built already resolved, in the
// same order and under the same document paths, without the intermediate
// definition, its post-processing tokens and their copies. ok is false when
// the resource does not synthesize (the generic path renders it).
func (res *cfnResource) resolveCloudFormation(r *resolver) (frag interface{}, ok bool) {
	if !res.shouldSynthesize() {
		return nil, false
	}
	// Everything is read first, then resolved, as toCloudFormation builds
	// the definition before the resolver sees it.
	key := deref(res.logicalID)
	props, owned, tagKey := res.renderPropsOwned()
	ids := res.dependsOnIDs()
	o := res.options
	creation, update, replace, deletion := o.creationPolicy, o.updatePolicy, o.updateReplacePolicy, o.deletionPolicy
	version, description, condition := o.version, o.description, o.condition
	hasMetadata := o.metadata.Len() > 0

	path := make([]string, 2, 10) // room for most properties' depth
	path[0], path[1] = "Resources", key
	def := ojson.NewSize(4)
	set := func(k string, v interface{}) {
		if v != nil {
			def.Set(k, v)
		} else if !r.removeEmpty {
			def.Set(k, ojson.Undefined)
		}
	}
	set("Type", r.resolve(res.cfnType, append(path, "Type")))
	var pv interface{}
	if owned {
		pv = r.resolveOwned(props, append(path, "Properties"), tagKey)
	} else {
		pv = r.resolve(props, append(path, "Properties"))
	}
	if isEmptyValue(pv) { // ignoreEmpty
		pv = nil
	}
	set("Properties", pv)
	if ids != nil {
		set("DependsOn", r.resolveOwned(ids, append(path, "DependsOn"), ""))
	}
	if creation != nil {
		set("CreationPolicy", capitalizeKeys(r.resolve(creation, append(path, "CreationPolicy"))))
	}
	if update != nil {
		set("UpdatePolicy", capitalizeKeys(r.resolve(update, append(path, "UpdatePolicy"))))
	}
	if replace != "" {
		set("UpdateReplacePolicy", deletionPolicyNames[replace])
	}
	if deletion != "" {
		set("DeletionPolicy", deletionPolicyNames[deletion])
	}
	if version != nil {
		set("Version", r.resolve(version, append(path, "Version")))
	}
	if description != nil {
		set("Description", r.resolve(description, append(path, "Description")))
	}
	if hasMetadata {
		mv := r.resolve(o.metadata, append(path, "Metadata"))
		if isEmptyValue(mv) {
			mv = nil
		}
		set("Metadata", mv)
	}
	if condition != nil {
		set("Condition", r.resolve(condition.LogicalId(), append(path, "Condition")))
	}
	out := res.finishDefinition(def, func() interface{} {
		// As ctx.Resolve does: the overrides keep their undefined values.
		cp := *r
		cp.removeEmpty = false
		return cp.resolve(res.rawOverrides, append(make([]string, 0, len(path)+8), path[:2]...))
	})
	if tokens.ContainsTokens(key) {
		rk := r.resolve(key, path[:1])
		s, ok := rk.(string)
		if !ok {
			panicf(r.scopePath(), "%q is used as the key in a map so must resolve to a string, but it resolves to: %s. Consider using CfnJson to delay resolution to deployment time", key, mustJSON(rk))
		}
		key = s
	}
	return obj("Resources", obj(key, out)), true
}
