package toolkit

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// A hotswap changes functions and task definitions behind
// CloudFormation's back, so the deployed template no longer says what
// runs: diffing against it alone re-applies the same code on every
// `deploy --hotswap` and, worse, sees nothing to do when the app goes
// back to the deployed code. The hotswap cache, in the assembly
// directory beside the deploy journal, records per stack which
// hotswappable properties were applied on top of which deployed stack
// (its ID, last CloudFormation update and template hash). While that
// stack is unchanged, hotswap diffs against the deployed template with
// those properties laid over it; any CloudFormation deployment makes the
// record stale and it is ignored (then replaced).

// HotswapCacheFile is the cache's name inside the assembly directory.
const HotswapCacheFile = ".strata-hotswap-cache.json"

const hotswapCacheVersion = 1

// hotswapProps are the properties of each type a hotswap changes in
// place (a version's changes follow from its function's).
func hotswapProps(typ string) (props []string, known bool) {
	switch typ {
	case "AWS::Lambda::Function":
		return []string{"Code", "Environment", "Description"}, true
	case "AWS::Lambda::Alias":
		return []string{"FunctionVersion"}, true
	case "AWS::Lambda::Version":
		return nil, true
	case "AWS::ECS::TaskDefinition":
		return []string{"ContainerDefinitions"}, true
	case "AWS::CodeBuild::Project":
		return []string{"Source", "Environment", "SourceVersion"}, true
	case "AWS::AppSync::Resolver", "AWS::AppSync::FunctionConfiguration", "AWS::AppSync::GraphQLSchema", "AWS::AppSync::ApiKey":
		return appSyncProps, true
	}
	return nil, false
}

// hotswapRecord is what was hotswapped into one deployed stack.
type hotswapRecord struct {
	StackName string `json:"stackName"`
	Region    string `json:"region"`
	// The deployed stack the properties were laid over.
	StackID        string    `json:"stackId"`
	LastUpdated    time.Time `json:"lastUpdated"`
	TemplateSHA256 string    `json:"deployedTemplateSha256"`
	// Applied maps logical IDs to the properties now in place; a null
	// value is a property the hotswap removed.
	Applied map[string]map[string]json.RawMessage `json:"applied"`
	Time    time.Time                             `json:"time"`
}

type hotswapCacheDoc struct {
	Version int             `json:"version"`
	Stacks  []hotswapRecord `json:"stacks"`
}

// hotswapCache is the cache file; safe for concurrent stacks.
type hotswapCache struct {
	path string
	mu   sync.Mutex
}

func (c *hotswapCache) read() (hotswapCacheDoc, error) {
	var doc hotswapCacheDoc
	b, err := os.ReadFile(c.path)
	if errors.Is(err, os.ErrNotExist) {
		return doc, nil
	}
	if err != nil {
		return doc, err
	}
	// A cache from another version or damaged is only a cache: start afresh.
	if json.Unmarshal(b, &doc) != nil || doc.Version != hotswapCacheVersion {
		return hotswapCacheDoc{}, nil
	}
	return doc, nil
}

// lookup returns the record of a stack whose deployed state is still the
// one it was made on, or nil.
func (c *hotswapCache) lookup(stackName, region string, deployed deployedState) *hotswapRecord {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	doc, _ := c.read()
	for i, r := range doc.Stacks {
		if r.StackName == stackName && r.Region == region {
			if r.StackID == deployed.StackID && r.LastUpdated.Equal(deployed.LastUpdated) && r.TemplateSHA256 == deployed.TemplateSHA256 {
				return &doc.Stacks[i]
			}
			return nil
		}
	}
	return nil
}

// store replaces the stack's record.
func (c *hotswapCache) store(r hotswapRecord) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	doc, _ := c.read()
	kept := doc.Stacks[:0]
	for _, o := range doc.Stacks {
		if o.StackName != r.StackName || o.Region != r.Region {
			kept = append(kept, o)
		}
	}
	doc.Stacks = append(kept, r)
	doc.Version = hotswapCacheVersion
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(c.path), 0o755); err != nil {
		return err
	}
	tmp := c.path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, c.path)
}

// deployedState identifies what CloudFormation last deployed.
type deployedState struct {
	StackID        string
	LastUpdated    time.Time
	TemplateSHA256 string
}

func templateSHA256(tmpl map[string]interface{}) string {
	b, _ := json.Marshal(tmpl) // map keys sorted: stable
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// overlay returns the deployed template with the record's applied
// properties laid over it (a copy; deployed is not changed).
func (r *hotswapRecord) overlay(deployed map[string]interface{}) (map[string]interface{}, error) {
	if r == nil || len(r.Applied) == 0 {
		return deployed, nil
	}
	var out map[string]interface{}
	b, _ := json.Marshal(deployed)
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, err
	}
	res, _ := out["Resources"].(map[string]interface{})
	for id, props := range r.Applied {
		rm, ok := res[id].(map[string]interface{})
		if !ok {
			continue
		}
		p, _ := rm["Properties"].(map[string]interface{})
		if p == nil {
			p = map[string]interface{}{}
			rm["Properties"] = p
		}
		for name, raw := range props {
			var v interface{}
			if err := json.Unmarshal(raw, &v); err != nil {
				return nil, fmt.Errorf("hotswap cache: %s.%s: %w", id, name, err)
			}
			if v == nil {
				delete(p, name)
			} else {
				p[name] = v
			}
		}
	}
	return out, nil
}

// applied records, on top of prev (nil for none), the hotswappable
// properties of the resources a hotswap just changed, as the local
// template has them.
func appliedAfter(prev *hotswapRecord, tmpl map[string]interface{}, ids []string) map[string]map[string]json.RawMessage {
	res, _ := tmpl["Resources"].(map[string]interface{})
	byID := map[string][]string{}
	for _, id := range ids {
		rm, _ := res[id].(map[string]interface{})
		typ, _ := rm["Type"].(string)
		byID[id], _ = hotswapProps(typ)
	}
	return appliedProps(prev, tmpl, byID)
}

// appliedProps records, on top of prev, the named properties of each
// resource a hotswap just changed (for the types whose hotswappable
// properties depend on the change: Cloud Control's, bucket deployments).
func appliedProps(prev *hotswapRecord, tmpl map[string]interface{}, applied map[string][]string) map[string]map[string]json.RawMessage {
	out := map[string]map[string]json.RawMessage{}
	if prev != nil {
		for id, props := range prev.Applied {
			out[id] = props
		}
	}
	res, _ := tmpl["Resources"].(map[string]interface{})
	for id, names := range applied {
		rm, _ := res[id].(map[string]interface{})
		props, _ := rm["Properties"].(map[string]interface{})
		rec := map[string]json.RawMessage{}
		// The full list for fixed types: a property the template dropped
		// is recorded as removed.
		typ, _ := rm["Type"].(string)
		if all, ok := hotswapProps(typ); ok {
			names = all
		}
		for _, n := range names {
			b, _ := json.Marshal(props[n]) // absent: null
			rec[n] = b
		}
		if prevRec, ok := out[id]; ok {
			for k, v := range prevRec {
				if _, set := rec[k]; !set {
					rec[k] = v
				}
			}
		}
		out[id] = rec
	}
	return out
}
