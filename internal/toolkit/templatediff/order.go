package templatediff

import (
	"bytes"
	"encoding/json"
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
