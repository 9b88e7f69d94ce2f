package templatediff

import (
	"bytes"
	"encoding/json"

	"github.com/strata-cdk/strata/internal/toolkit/cfnyaml"
)

// ResourceOrder returns the logical IDs of a JSON template's Resources in
// the order they are written (nil when raw is not a JSON template).
func ResourceOrder(raw []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return nil
		}
		if k != "Resources" {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return nil
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('{') {
			return nil
		}
		var ids []string
		for dec.More() {
			id, err := dec.Token()
			if err != nil {
				return ids
			}
			s, _ := id.(string)
			ids = append(ids, s)
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return ids
			}
		}
		return ids
	}
	return nil
}

// OrderResources puts the resource changes in cdk diff's order: the old
// template's order, then resources only the new template has, in its order.
// IDs in neither list keep their place after those.
func (d *Diff) OrderResources(oldOrder, newOrder []string) {
	rank := map[string]int{}
	for _, ids := range [][]string{oldOrder, newOrder} {
		for _, id := range ids {
			if _, ok := rank[id]; !ok {
				rank[id] = len(rank)
			}
		}
	}
	pos := func(id string) int {
		if r, ok := rank[id]; ok {
			return r
		}
		return len(rank)
	}
	res := d.Resources
	for i := 1; i < len(res); i++ {
		for j := i; j > 0 && pos(res[j].LogicalID) < pos(res[j-1].LogicalID); j-- {
			res[j], res[j-1] = res[j-1], res[j]
		}
	}
}

// UseWrittenOrder shows the values of parameters, outputs, conditions and
// mappings with their keys in the order the templates write them (as cdk
// diff prints them) instead of sorted. oldJSON may be nil.
func (d *Diff) UseWrittenOrder(oldJSON, newJSON []byte) {
	decode := func(raw []byte) *cfnyaml.Object {
		if raw == nil {
			return nil
		}
		v, err := cfnyaml.Decode(raw)
		if err != nil {
			return nil
		}
		o, _ := v.(*cfnyaml.Object)
		return o
	}
	oldT, newT := decode(oldJSON), decode(newJSON)
	lookup := func(t *cfnyaml.Object, section, name string) (cfnyaml.Value, bool) {
		sec, ok := t.Get(section).(*cfnyaml.Object)
		if !ok {
			return nil, false
		}
		v, ok := sec.Values[name]
		return v, ok
	}
	for _, items := range [][]ElementChange{d.Parameters, d.Outputs, d.Conditions, d.Mappings} {
		for i := range items {
			c := &items[i]
			if c.Old != nil {
				if v, ok := lookup(oldT, c.Section, c.Name); ok {
					c.Old = v
				}
			}
			if c.New != nil {
				if v, ok := lookup(newT, c.Section, c.Name); ok {
					c.New = v
				}
			}
		}
	}
}
