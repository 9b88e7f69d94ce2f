package cfnvalidate

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/strata-cdk/strata/internal/ojson"
)

// Severities, as the engine names them.
const (
	Fatal = "FATAL"
	Error = "ERROR"
	Warn  = "WARN"
)

// Entity types a diagnostic can be about.
const (
	EntityResource  = "Resource"
	EntityParameter = "Parameter"
	EntityCondition = "Condition"
)

// Diagnostic is one finding, shaped like the engine's.
type Diagnostic struct {
	RuleID   string
	Severity string
	Message  string
	// EntityType and LogicalID name what the finding is about.
	EntityType string
	LogicalID  string
	// PropertyPath is "Properties.X.0" for a resource, "Parameters/X" for a
	// parameter, or "" for the resource as a whole.
	PropertyPath string
	SuggestedFix string
	Category     string

	pos int // the entity's position in the template, for ordering
}

// Options tune a validation as aws-cdk-lib's plugin tunes the engine.
type Options struct {
	// Exclude lists rule IDs to drop.
	Exclude []string
}

// CDKExcludedRules are the rules aws-cdk-lib's plugin turns off.
var CDKExcludedRules = []string{"W3005", "W1020", "I4010", "W4011", "W4012", "W9002", "W9013", "W1103"}

// Validate checks a template given as JSON. The diagnostics come sorted as
// the engine sorts them: by severity, then rule ID, then where their entity
// stands in the template.
func Validate(template []byte, opts Options) ([]Diagnostic, error) {
	v, err := ojson.Decode(template)
	if err != nil {
		return nil, fmt.Errorf("cfnvalidate: template is not JSON: %w", err)
	}
	root, ok := v.(*ojson.Object)
	if !ok {
		return nil, fmt.Errorf("cfnvalidate: template is not a JSON object")
	}
	return check(root, opts), nil
}

// check runs the rules on a template as decoded from JSON.
func check(root *ojson.Object, opts Options) []Diagnostic {
	c := &checker{root: root}
	c.run()
	out := c.diags[:0]
	for _, d := range c.diags {
		if !slices.Contains(opts.Exclude, d.RuleID) {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ra, rb := severityRank(a.Severity), severityRank(b.Severity); ra != rb {
			return ra < rb
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		return a.pos < b.pos
	})
	return out
}

func severityRank(s string) int {
	switch s {
	case Fatal:
		return 0
	case Error:
		return 1
	case Warn:
		return 2
	}
	return 3
}

type checker struct {
	root  *ojson.Object
	diags []Diagnostic
	pos   int
}

func (c *checker) add(d Diagnostic) {
	d.pos = c.pos
	c.diags = append(c.diags, d)
}

func (c *checker) run() {
	if params, ok := get(c.root, "Parameters").(*ojson.Object); ok {
		used := referencedNames(c.root)
		params.Range(func(name string, _ interface{}) {
			c.pos++
			if !used[name] {
				c.add(Diagnostic{RuleID: "W2001", Severity: Warn, Message: "Parameter '" + name + "' is not referenced anywhere in the template",
					EntityType: EntityParameter, LogicalID: name, PropertyPath: "Parameters/" + name, Category: "Best Practice"})
			}
		})
	}
	if conds, ok := get(c.root, "Conditions").(*ojson.Object); ok {
		used := usedConditions(c.root)
		conds.Range(func(name string, cond interface{}) {
			c.pos++
			if !used[name] {
				c.add(Diagnostic{RuleID: "W8001", Severity: Warn, Message: "Condition '" + name + "' is not used by any resource or Fn::If",
					EntityType: EntityCondition, LogicalID: name, PropertyPath: "Conditions/" + name, Category: "Best Practice"})
			}
			// W8003: Fn::Equals of two literals always says the same.
			if o, ok := cond.(*ojson.Object); ok {
				if k, args, ok := o.Only(); ok && k == "Fn::Equals" {
					if a, ok := args.([]interface{}); ok && len(a) == 2 && literal(a[0]) && literal(a[1]) {
						c.add(Diagnostic{RuleID: "W8003", Severity: Warn, Message: "Fn::Equals in condition '" + name + "' will always return " + pyRepr(a[0] == a[1]),
							EntityType: EntityCondition, LogicalID: name, PropertyPath: "Conditions/" + name, Category: "Best Practice"})
					}
				}
			}
		})
	}
	resources, _ := get(c.root, "Resources").(*ojson.Object)
	resources.Range(func(id string, v interface{}) {
		c.pos++
		res, ok := v.(*ojson.Object)
		if !ok {
			return
		}
		typ, _ := get(res, "Type").(string)
		rawProps, hasProps := res.Get("Properties")
		props, _ := rawProps.(*ojson.Object)
		if hasProps && props == nil {
			return // an intrinsic in place of the properties
		}
		r := resource{id: id, typ: typ, props: props}
		c.schemaRules(r)
		c.runtimeRules(r)
		c.azRule(r)
		c.amiRule(r)
	})
}

type resource struct {
	id, typ string
	props   *ojson.Object
}

func (c *checker) diag(r resource, rule, severity, path, msg, category string) Diagnostic {
	return Diagnostic{RuleID: rule, Severity: severity, Message: msg, EntityType: EntityResource, LogicalID: r.id,
		PropertyPath: path, Category: category}
}

// ---- E2533 / E2531 / W2531

type runtimeLifecycle struct {
	rule, deprecated, createBlock, updateBlock, successor string
}

func (c *checker) runtimeRules(r resource) {
	if r.typ != "AWS::Lambda::Function" {
		return
	}
	rt, ok := get(r.props, "Runtime").(string)
	if !ok {
		return
	}
	l, ok := runtimes[rt]
	if !ok {
		return
	}
	created, updated, severity := "was", "were", Error
	switch l.rule {
	case "E2531":
		updated = "will be"
	case "W2531":
		created, updated, severity = "will be", "will be", Warn
	}
	msg := fmt.Sprintf("Runtime '%s' was deprecated on '%s'. Creation %s disabled on '%s', and updates %s disabled on '%s'.",
		rt, l.deprecated, created, l.createBlock, updated, l.updateBlock)
	if l.successor != "" {
		msg += " Please consider updating to '" + l.successor + "'"
	}
	c.add(c.diag(r, l.rule, severity, "Properties.Runtime", msg, "Deprecation"))
}

// ---- W9010

// amiID is a well-formed AMI ID; the engine flags only those, and only on an
// instance's ImageId (launch templates and configurations pass).
var amiID = regexp.MustCompile(`^ami-([0-9a-f]{8}|[0-9a-f]{17})$`)

func (c *checker) amiRule(r resource) {
	if r.typ != "AWS::EC2::Instance" || r.props == nil {
		return
	}
	if s, ok := get(r.props, "ImageId").(string); ok && amiID.MatchString(s) {
		c.add(c.diag(r, "W9010", Warn, "Properties.ImageId", "Hardcoded AMI ID - use a parameter or mapping for portability", "Security"))
	}
}

// ---- W3010

// azPaths are the properties cfn-lint's W3010 looks at, by resource type;
// "*" stands for every element of a list.
var azPaths = map[string][]string{
	"AWS::AutoScaling::AutoScalingGroup":       {"AvailabilityZones/*"},
	"AWS::DAX::Cluster":                        {"AvailabilityZones/*"},
	"AWS::DMS::ReplicationInstance":            {"AvailabilityZone"},
	"AWS::EC2::Host":                           {"AvailabilityZone"},
	"AWS::EC2::Instance":                       {"AvailabilityZone"},
	"AWS::EC2::LaunchTemplate":                 {"LaunchTemplateData/Placement/AvailabilityZone"},
	"AWS::EC2::SpotFleet":                      {"SpotFleetRequestConfigData/LaunchSpecifications/*/Placement/AvailabilityZone", "SpotFleetRequestConfigData/LaunchTemplateConfigs/*/Overrides/*/AvailabilityZone"},
	"AWS::EC2::Subnet":                         {"AvailabilityZone"},
	"AWS::EC2::Volume":                         {"AvailabilityZone"},
	"AWS::ElasticLoadBalancing::LoadBalancer":  {"AvailabilityZones/*"},
	"AWS::ElasticLoadBalancingV2::TargetGroup": {"Targets/*/AvailabilityZone"},
	"AWS::EMR::Cluster":                        {"Instances/Placement/AvailabilityZone"},
	"AWS::Glue::Connection":                    {"ConnectionInput/PhysicalConnectionRequirements/AvailabilityZone"},
	"AWS::OpsWorks::Instance":                  {"AvailabilityZone"},
	"AWS::RDS::DBCluster":                      {"AvailabilityZones/*"},
	"AWS::RDS::DBInstance":                     {"AvailabilityZone"},
}

func (c *checker) azRule(r resource) {
	for _, p := range azPaths[r.typ] {
		walk(r.props, strings.Split(p, "/"), "Properties", func(path string, v interface{}) {
			if s, ok := v.(string); ok && azName.MatchString(s) {
				c.add(c.diag(r, "W3010", Warn, path, "Avoid hardcoding availability zones '"+s+"'", "Best Practice"))
			}
		})
	}
}

// azName is what the engine takes for a zone name: other values
// ("dummy1a" from a lookup's placeholder, zone IDs, local zones) pass.
var azName = regexp.MustCompile(`^[a-z]{2}(-[a-z]+)+-[0-9][a-z]$`)

// walk calls f with each value at the path below v.
func walk(v interface{}, path []string, at string, f func(string, interface{})) {
	if len(path) == 0 {
		f(at, v)
		return
	}
	if path[0] == "*" {
		if arr, ok := v.([]interface{}); ok {
			for i, x := range arr {
				walk(x, path[1:], at+"."+strconv.Itoa(i), f)
			}
		}
		return
	}
	if o, ok := v.(*ojson.Object); ok {
		if x, ok := o.Get(path[0]); ok {
			walk(x, path[1:], at+"."+path[0], f)
		}
	}
}

// ---- F3003 / W3030 / F3034 / F3033

type resourceSchema struct {
	required []string
	props    map[string]propRule
}

type propRule struct {
	enum      []interface{}
	min, max  *float64
	minLength int
}

func num(f float64) *float64 { return &f }

func (c *checker) schemaRules(r resource) {
	s, ok := schemaFor(r.typ)
	if !ok {
		return
	}
	for _, name := range s.required {
		if _, ok := r.props.Get(name); !ok {
			d := c.diag(r, "F3003", Fatal, "Properties", "'"+name+"' is a required property", "Schema")
			d.SuggestedFix = "Add the required property '" + name + "'"
			c.add(d)
		}
	}
	r.props.Range(func(name string, v interface{}) {
		p, ok := s.props[name]
		if !ok {
			return
		}
		path := func() string { return "Properties." + name }
		if len(p.enum) > 0 && literal(v) && sameKind(v, p.enum[0]) && !inEnum(v, p.enum) {
			var vals []string
			for _, e := range p.enum {
				vals = append(vals, pyRepr(e))
			}
			c.add(c.diag(r, "W3030", Warn, path(), pyRepr(v)+" is not one of ["+strings.Join(vals, ", ")+"]", "Schema"))
		}
		if f, ok := number(v); ok {
			if p.min != nil && f < *p.min {
				c.add(c.diag(r, "F3034", Fatal, path(), pyRepr(f)+" is less than the minimum of "+pyRepr(*p.min), "Schema"))
			}
			if p.max != nil && f > *p.max {
				c.add(c.diag(r, "F3034", Fatal, path(), pyRepr(f)+" is greater than the maximum of "+pyRepr(*p.max), "Schema"))
			}
		}
		if s, ok := v.(string); ok && p.minLength > 0 {
			if n := utf8.RuneCountInString(s); n < p.minLength {
				c.add(c.diag(r, "F3033", Fatal, path(), fmt.Sprintf("length %d is below minimum %d", n, p.minLength), "Schema"))
			}
		}
	})
}

// number reads a literal number, or a string the engine coerces to one.
func number(v interface{}) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case string:
		if !numeric(x) {
			return 0, false // what ParseFloat rejects, without its error value
		}
		f, err := strconv.ParseFloat(x, 64)
		return f, err == nil && !math.IsInf(f, 0) && !math.IsNaN(f)
	}
	return 0, false
}

// numeric is false for strings ParseFloat surely rejects or reads as
// infinite or NaN: those not starting, after a sign, with a digit or '.'.
func numeric(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	return s != "" && (s[0] >= '0' && s[0] <= '9' || s[0] == '.')
}

func literal(v interface{}) bool {
	switch v.(type) {
	case string, float64, bool:
		return true
	}
	return false
}

func sameKind(a, b interface{}) bool { return fmt.Sprintf("%T", a) == fmt.Sprintf("%T", b) }

func inEnum(v interface{}, enum []interface{}) bool {
	for _, e := range enum {
		if e == v {
			return true
		}
	}
	return false
}

// pyRepr renders a value as Python's repr does, which the engine's
// messages follow.
func pyRepr(v interface{}) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "'") && !strings.Contains(x, `"`) {
			return `"` + x + `"`
		}
		return "'" + strings.ReplaceAll(x, "'", `\'`) + "'"
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e16 {
			return strconv.FormatInt(int64(x), 10)
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(v)
}

// ---- helpers

func get(o *ojson.Object, key string) interface{} {
	if o == nil {
		return nil
	}
	v, _ := o.Get(key)
	return v
}

// referencedNames collects every name the template refers to with Ref or
// ${Name} in Fn::Sub, outside the Parameters section.
func referencedNames(root *ojson.Object) map[string]bool {
	used := map[string]bool{}
	var visit func(v interface{})
	visit = func(v interface{}) {
		switch x := v.(type) {
		case *ojson.Object:
			x.Range(func(k string, val interface{}) {
				switch k {
				case "Ref":
					if s, ok := val.(string); ok {
						used[s] = true
					}
				case "Fn::Sub":
					switch s := val.(type) {
					case string:
						subNames(s, used)
					case []interface{}:
						if len(s) > 0 {
							if str, ok := s[0].(string); ok {
								subNames(str, used)
							}
						}
					}
				}
				visit(val)
			})
		case []interface{}:
			for _, e := range x {
				visit(e)
			}
		}
	}
	root.Range(func(k string, v interface{}) {
		if k != "Parameters" {
			visit(v)
		}
	})
	return used
}

// usedConditions collects the conditions named by a resource's, an
// output's or another condition's Condition, or by Fn::If.
func usedConditions(root *ojson.Object) map[string]bool {
	used := map[string]bool{}
	var visit func(v interface{})
	visit = func(v interface{}) {
		switch x := v.(type) {
		case *ojson.Object:
			x.Range(func(k string, val interface{}) {
				switch k {
				case "Condition":
					if s, ok := val.(string); ok {
						used[s] = true
					}
				case "Fn::If":
					if arr, ok := val.([]interface{}); ok && len(arr) > 0 {
						if s, ok := arr[0].(string); ok {
							used[s] = true
						}
					}
				}
				visit(val)
			})
		case []interface{}:
			for _, e := range x {
				visit(e)
			}
		}
	}
	visit(root)
	return used
}

// subNames adds the names ${Name} refers to in an Fn::Sub string
// (${!Literal} is not a reference).
func subNames(s string, used map[string]bool) {
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			return
		}
		s = s[i+2:]
		j := strings.IndexByte(s, '}')
		if j < 0 {
			return
		}
		name := s[:j]
		s = s[j+1:]
		if strings.HasPrefix(name, "!") {
			continue
		}
		// ${Name.Attr} is a resource attribute, never a parameter.
		if !strings.Contains(name, ".") {
			used[strings.TrimSpace(name)] = true
		}
	}
}
