package awscdk

// Pass 4, render: each stack's elements become one ordered template, in
// aws-cdk-lib's key order.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

// elementsOf lists the template elements of a stack, depth first, not
// descending into other stacks.
func elementsOf(c constructs.IConstruct, into []CfnElement) []CfnElement {
	if e, ok := c.(CfnElement); ok {
		into = append(into, e)
	}
	for k, i := childrenOf(c), 0; i < k.len(); i++ {
		ch := k.at(i)
		if _, isStack := ch.(Stack); isStack {
			continue
		}
		into = elementsOf(ch, into)
	}
	return into
}

// renderTemplate renders the stack's template as an ordered object.
func (s *stack) renderTemplate() (*ojson.Object, error) {
	r := &resolver{scope: s, removeEmpty: true}
	// The template's own sections are resolved here and each element's
	// fragment as it is merged, so the merged template is not resolved
	// again. A nil value keeps its section's place, as in aws-cdk-lib, and
	// is dropped at the end.
	tmpl := ojson.New()
	tmpl.Set("Description", r.resolve(s.templateOptions.description, nil))
	// As in aws-cdk-lib, the transforms are those added before rendering
	// starts (while references were prepared); one renders as a string.
	transforms := append([]string(nil), s.transforms...)
	if s.templateOptions.transforms != nil {
		for _, t := range *s.templateOptions.transforms {
			transforms = append(transforms, deref(t))
		}
	}
	switch len(transforms) {
	case 0:
		tmpl.Set("Transform", nil)
	case 1:
		tmpl.Set("Transform", transforms[0])
	default:
		u := uniqueStrings(transforms)
		list := make([]interface{}, len(u))
		for i := range u {
			list[i] = u[i]
		}
		tmpl.Set("Transform", list)
	}
	tmpl.Set("AWSTemplateFormatVersion", r.resolve(s.templateOptions.version, nil))
	tmpl.Set("Metadata", r.resolve(s.templateOptions.metadata, nil))
	stale := appOf(s).namesGenerated
	for _, e := range elementsOf(s, nil) {
		el := e.cfnEl()
		var frag interface{}
		if el.preparedOK && !stale {
			frag = el.prepared
		} else {
			frag = resolveElement(r, e)
		}
		el.prepared, el.preparedOK = nil, false
		fo, ok := frag.(*ojson.Object)
		if !ok {
			continue
		}
		var merr error
		fo.Range(func(section string, src interface{}) {
			if merr == nil {
				merr = mergeSection(tmpl, section, src, e)
			}
		})
		if merr != nil {
			return nil, merr
		}
	}
	// The sections left empty go; the rest is written as it stands.
	tmpl.DeleteWhere(isNilValue)
	var missing []string
	for old := range s.renames {
		if !s.usedRenames[old] {
			missing = append(missing, old)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, diag.Errorf(*s.Node().Path(), "the following logical IDs were attempted to be renamed, but not found: %s", strings.Join(missing, ", "))
	}
	return tmpl, nil
}

func uniqueStrings(xs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func mergeSection(tmpl *ojson.Object, section string, src interface{}, e CfnElement) error {
	dest, ok := tmpl.Get(section)
	if !ok || dest == nil || isNilValue(dest) {
		tmpl.Set(section, src)
		return nil
	}
	switch section {
	case "Description":
		tmpl.Set(section, fmt.Sprint(dest)+"\n"+fmt.Sprint(src))
		return nil
	case "AWSTemplateFormatVersion":
		if fmt.Sprint(dest) != fmt.Sprint(src) {
			return diag.Errorf(*e.Node().Path(), "conflicting CloudFormation template versions provided: '%v' and '%v'", dest, src)
		}
		return nil
	}
	do, ok1 := dest.(*ojson.Object)
	so, ok2 := src.(*ojson.Object)
	if !ok1 || !ok2 {
		tmpl.Set(section, src)
		return nil
	}
	var err error
	so.Range(func(k string, v interface{}) {
		if err != nil {
			return
		}
		if _, dup := do.Get(k); dup {
			err = diag.Errorf(*e.Node().Path(), "section '%s' already contains '%s': two elements of stack '%s' have the same logical ID; rename one or use OverrideLogicalId", section, k, *e.Stack().Node().Path())
			return
		}
		do.Set(k, v)
	})
	return err
}

func countResources(t *ojson.Object) int {
	r, _ := t.Get("Resources")
	if o, ok := r.(*ojson.Object); ok {
		return o.Len()
	}
	return 0
}
