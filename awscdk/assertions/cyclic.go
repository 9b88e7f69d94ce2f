package assertions

import (
	"strings"
)

// checkCycles fails when the template's resources depend on each other in
// a cycle (through DependsOn, Ref, Fn::GetAtt or Fn::Sub), which
// CloudFormation would refuse to deploy.
func checkCycles(template *object) {
	resources := asObject(template.at("Resources"))
	deps := newObject() // logical id -> *orderedSet of ids
	for _, id := range resources.keys {
		found := &orderedSet{}
		res := resources.vals[id]
		if r, ok := res.(*object); ok {
			d := r.at("DependsOn")
			if arr, ok := d.([]interface{}); ok {
				for _, x := range arr {
					found.add(x)
				}
			} else if !isUndefined(d) && d != nil {
				found.add(d)
			}
			expressionDeps(r.at("Properties"), found)
		}
		kept := &orderedSet{}
		for _, x := range found.items {
			if s, ok := x.(string); ok && resources.has(s) {
				kept.add(s)
			}
		}
		deps.set(id, kept)
	}
	for deps.size() > 0 {
		var free []string
		for _, id := range deps.keys {
			if len(deps.vals[id].(*orderedSet).items) == 0 {
				free = append(free, id)
			}
		}
		if len(free) == 0 {
			cycle := findCycle(deps)
			inCycle := newObject()
			for _, id := range cycle {
				inCycle.set(id, resources.at(id))
			}
			s, _ := stringify(inCycle, "  ")
			fail("Template is undeployable, these resources have a dependency cycle: " + strings.Join(cycle, " -> ") + ":\n\n" + s)
		}
		for _, id := range free {
			for _, k := range deps.keys {
				deps.vals[k].(*orderedSet).remove(id)
			}
			deps.remove(id)
		}
	}
}

func (o *object) remove(k string) {
	if _, ok := o.vals[k]; !ok {
		return
	}
	delete(o.vals, k)
	for i, x := range o.keys {
		if x == k {
			o.keys = append(o.keys[:i], o.keys[i+1:]...)
			return
		}
	}
}

// orderedSet is a JavaScript Set: unique values in insertion order.
type orderedSet struct{ items []interface{} }

func (s *orderedSet) has(x interface{}) bool {
	for _, e := range s.items {
		if deepEqual(e, x) {
			return true
		}
	}
	return false
}

func (s *orderedSet) add(x interface{}) {
	if !s.has(x) {
		s.items = append(s.items, x)
	}
}

func (s *orderedSet) remove(x interface{}) {
	for i, e := range s.items {
		if deepEqual(e, x) {
			s.items = append(s.items[:i], s.items[i+1:]...)
			return
		}
	}
}

func expressionDeps(v interface{}, out *orderedSet) {
	switch x := v.(type) {
	case []interface{}:
		for _, e := range x {
			expressionDeps(e, out)
		}
	case *object:
		if len(x.keys) == 1 {
			switch k := x.keys[0]; k {
			case "Ref":
				out.add(x.vals[k])
				return
			case "Fn::GetAtt":
				if arr, ok := x.vals[k].([]interface{}); ok && len(arr) > 0 {
					out.add(arr[0])
				} else if s, ok := x.vals[k].(string); ok && s != "" {
					// aws-cdk-lib takes element 0 of the value: for a
					// string, its first character.
					out.add(string([]rune(s)[0]))
				}
				return
			case "Fn::Sub":
				arg := x.vals[k]
				pattern := arg
				var context interface{} = undefinedValue
				if arr, ok := arg.([]interface{}); ok {
					pattern = undefinedValue
					if len(arr) > 0 {
						pattern = arr[0]
					}
					if len(arr) > 1 {
						context = arr[1]
					}
				}
				if s, ok := pattern.(string); ok {
					for _, id := range subLogicalIDs(s) {
						out.add(id)
					}
				}
				if c, ok := context.(*object); ok {
					for _, ck := range c.keys {
						expressionDeps(c.vals[ck], out)
					}
				}
				return
			}
		}
		for _, k := range x.keys {
			expressionDeps(x.vals[k], out)
		}
	}
}

// subLogicalIDs lists the ${Id} and ${Id.Attr} references of an Fn::Sub
// string; ${!Literal} is not a reference.
func subLogicalIDs(p string) []string {
	var ids []string
	start := 0
	ph0 := indexFrom(p, "${", start)
	for ph0 > -1 {
		if ph0+2 < len(p) && p[ph0+2] == '!' {
			start = ph0 + 3
			ph0 = indexFrom(p, "${", start)
			continue
		}
		ph1 := indexFrom(p, "}", ph0+2)
		if ph1 == -1 {
			break
		}
		ph := p[ph0+2 : ph1]
		if id, _, ok := strings.Cut(ph, "."); ok {
			ids = append(ids, id)
		} else {
			ids = append(ids, ph)
		}
		start = ph1 + 1
		ph0 = indexFrom(p, "${", start)
	}
	return ids
}

func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return -1
	}
	return i + from
}

// findCycle follows dependencies from each resource in turn until one
// comes back to a resource already on the path.
func findCycle(deps *object) []string {
	var recurse func(node string, path []string) []string
	recurse = func(node string, path []string) []string {
		set, _ := deps.at(node).(*orderedSet)
		if set == nil {
			return nil
		}
		for _, d := range set.items {
			dep, _ := d.(string)
			for _, p := range path {
				if p == dep {
					return append(append([]string{}, path...), dep)
				}
			}
			if c := recurse(dep, append(append([]string{}, path...), dep)); c != nil {
				return c
			}
		}
		return nil
	}
	for _, id := range deps.keys {
		if c := recurse(id, []string{id}); c != nil {
			return c
		}
	}
	fail("No cycle found. Assertion failure!")
	return nil
}
