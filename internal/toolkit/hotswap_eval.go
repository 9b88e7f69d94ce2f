package toolkit

import (
	"regexp"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/internal/deploy"
)

// cfnEval resolves the template expressions a hotswap needs, against the
// deployed stack: pseudo parameters, Ref and a few Fn::GetAtt of deployed
// resources, Fn::Sub, Fn::Join and Fn::Select. Anything else is reported
// unresolvable, so that the change is not hotswapped.
type cfnEval struct {
	target   deploy.Target
	physical map[string]string
	template map[string]interface{}
	// deployed is the template running (for renames; nil: unknown).
	deployed map[string]interface{}
	// lookup reads a deployed resource's properties, for the attributes
	// that do not follow from its physical ID (nil: none); read holds
	// what it read, by type and identifier.
	lookup resourceLookup
	read   map[string]map[string]interface{}
	// exports and stackOutput read Fn::ImportValue and Fn::GetStackOutput
	// (nil: unresolvable).
	exports     func(name string) (string, bool)
	stackOutput func(stack, region, roleArn, output string) (string, bool)
}

// resourceLookup reads the properties of a deployed resource, as Cloud
// Control's GetResource has them.
type resourceLookup func(typ, identifier string) (map[string]interface{}, error)

// str evaluates v to a string.
func (e *cfnEval) str(v interface{}) (string, bool) {
	out, ok := e.eval(v)
	if !ok {
		return "", false
	}
	s, ok := out.(string)
	return s, ok
}

// eval evaluates every expression within v.
func (e *cfnEval) eval(v interface{}) (interface{}, bool) {
	switch x := v.(type) {
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, item := range x {
			r, ok := e.eval(item)
			if !ok {
				return nil, false
			}
			out[i] = r
		}
		return out, true
	case map[string]interface{}:
		if len(x) == 1 {
			for k, arg := range x {
				if k == "Ref" || strings.HasPrefix(k, "Fn::") {
					return e.intrinsic(k, arg)
				}
			}
		}
		out := make(map[string]interface{}, len(x))
		for k, item := range x {
			r, ok := e.eval(item)
			if !ok {
				return nil, false
			}
			out[k] = r
		}
		return out, true
	}
	return v, true
}

var subVar = regexp.MustCompile(`\$\{([^!}][^}]*)\}`)

func (e *cfnEval) intrinsic(fn string, arg interface{}) (interface{}, bool) {
	switch fn {
	case "Ref":
		name, _ := arg.(string)
		return e.ref(name)
	case "Fn::GetAtt":
		parts, _ := arg.([]interface{})
		if len(parts) != 2 {
			return nil, false
		}
		id, _ := parts[0].(string)
		attr, _ := parts[1].(string)
		return e.getAtt(id, attr)
	case "Fn::Join":
		parts, _ := arg.([]interface{})
		if len(parts) != 2 {
			return nil, false
		}
		sep, _ := parts[0].(string)
		items, ok := e.eval(parts[1])
		list, _ := items.([]interface{})
		if !ok || list == nil {
			return nil, false
		}
		strs := make([]string, len(list))
		for i, it := range list {
			s, ok := it.(string)
			if !ok {
				return nil, false
			}
			strs[i] = s
		}
		return strings.Join(strs, sep), true
	case "Fn::Select":
		parts, _ := arg.([]interface{})
		if len(parts) != 2 {
			return nil, false
		}
		idx, ok := e.eval(parts[0])
		if !ok {
			return nil, false
		}
		var i int
		switch n := idx.(type) {
		case float64:
			i = int(n)
		case string:
			for _, c := range n {
				if c < '0' || c > '9' {
					return nil, false
				}
				i = i*10 + int(c-'0')
			}
		default:
			return nil, false
		}
		items, ok := e.eval(parts[1])
		list, _ := items.([]interface{})
		if !ok || i < 0 || i >= len(list) {
			return nil, false
		}
		return list[i], true
	case "Fn::Split":
		parts, _ := arg.([]interface{})
		if len(parts) != 2 {
			return nil, false
		}
		sep, _ := parts[0].(string)
		s, ok := e.str(parts[1])
		if !ok || sep == "" {
			return nil, false
		}
		var out []interface{}
		for _, p := range strings.Split(s, sep) {
			out = append(out, p)
		}
		return out, true
	case "Fn::ImportValue":
		name, ok := e.str(arg)
		if !ok || e.exports == nil {
			return nil, false
		}
		v, ok := e.exports(name)
		return v, ok
	case "Fn::GetStackOutput":
		// A weak cross-stack reference: {StackName, OutputName, Region?,
		// RoleArn?}, read from the producing stack's outputs.
		m, _ := arg.(map[string]interface{})
		if m == nil || e.stackOutput == nil {
			return nil, false
		}
		var vals [4]string
		for i, k := range []string{"StackName", "OutputName", "Region", "RoleArn"} {
			if v, has := m[k]; has {
				s, ok := e.str(v)
				if !ok {
					return nil, false
				}
				vals[i] = s
			}
		}
		if vals[2] == "" {
			vals[2] = e.target.Region
		}
		v, ok := e.stackOutput(vals[0], vals[2], vals[3], vals[1])
		return v, ok
	case "Fn::Sub":
		tmpl, vars := "", map[string]interface{}{}
		switch a := arg.(type) {
		case string:
			tmpl = a
		case []interface{}:
			if len(a) != 2 {
				return nil, false
			}
			tmpl, _ = a[0].(string)
			vars, _ = a[1].(map[string]interface{})
		}
		ok := true
		out := subVar.ReplaceAllStringFunc(tmpl, func(m string) string {
			name := m[2 : len(m)-1]
			var v interface{}
			var good bool
			if given, has := vars[name]; has {
				v, good = e.eval(given)
			} else if i := strings.Index(name, "."); i > 0 && !strings.HasPrefix(name, "AWS::") {
				v, good = e.getAtt(name[:i], name[i+1:])
			} else {
				v, good = e.ref(name)
			}
			s, isStr := v.(string)
			if !good || !isStr {
				ok = false
				return m
			}
			return s
		})
		return strings.ReplaceAll(out, "${!", "${"), ok
	}
	return nil, false
}

func (e *cfnEval) ref(name string) (interface{}, bool) {
	switch name {
	case "AWS::AccountId":
		return e.target.Account, e.target.Account != ""
	case "AWS::Region":
		return e.target.Region, e.target.Region != ""
	case "AWS::Partition":
		return e.target.Substitute("${AWS::Partition}"), true
	case "AWS::URLSuffix":
		if strings.HasPrefix(e.target.Region, "cn-") {
			return "amazonaws.com.cn", true
		}
		return "amazonaws.com", true
	}
	if p := e.physical[name]; p != "" {
		return p, true
	}
	return nil, false
}

// getAtt knows the attributes that follow from a physical ID.
func (e *cfnEval) getAtt(id, attr string) (interface{}, bool) {
	p := e.physical[id]
	if p == "" {
		return nil, false
	}
	res, _ := e.template["Resources"].(map[string]interface{})
	r, _ := res[id].(map[string]interface{})
	typ, _ := r["Type"].(string)
	arn := func(service, region, resource string) (interface{}, bool) {
		return e.target.Substitute("arn:${AWS::Partition}:" + service + ":" + region + ":${AWS::AccountId}:" + resource), true
	}
	// The attributes the CDK CLI derives from a physical ID.
	switch typ + "." + attr {
	case "AWS::Events::EventBus.Name":
		return p, true
	case "AWS::AppSync::GraphQLApi.ApiId":
		return arnPart(p, 1)
	case "AWS::AppSync::FunctionConfiguration.FunctionId", "AWS::AppSync::DataSource.Name":
		return arnPart(p, 3)
	}
	if attr != "Arn" {
		return e.readAttribute(id, typ, p, attr)
	}
	switch typ {
	case "AWS::IAM::User":
		return e.target.Substitute("arn:${AWS::Partition}:iam::${AWS::AccountId}:user/") + p, true
	case "AWS::IAM::Group":
		return e.target.Substitute("arn:${AWS::Partition}:iam::${AWS::AccountId}:group/") + p, true
	case "AWS::DynamoDB::Table":
		return arn("dynamodb", e.target.Region, "table/"+p)
	case "AWS::Events::EventBus":
		return arn("events", e.target.Region, "event-bus/"+p)
	case "AWS::KMS::Key":
		return arn("kms", e.target.Region, "key/"+p)
	case "AWS::IAM::Role":
		return e.target.Substitute("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/") + p, true
	case "AWS::Lambda::Function":
		return arn("lambda", e.target.Region, "function:"+p)
	case "AWS::Logs::LogGroup":
		return arn("logs", e.target.Region, "log-group:"+p+":*")
	case "AWS::SNS::Topic", "AWS::ECS::Cluster":
		if strings.HasPrefix(p, "arn:") {
			return p, true
		}
	case "AWS::S3::Bucket":
		return e.target.Substitute("arn:${AWS::Partition}:s3:::") + p, true
	}
	return e.readAttribute(id, typ, p, attr)
}

// readAttribute reads an attribute from the deployed resource's
// properties, as the CDK CLI does for the attributes it cannot derive.
func (e *cfnEval) readAttribute(id, typ, physical, attr string) (interface{}, bool) {
	if e.lookup == nil || typ == "" {
		return nil, false
	}
	identifier, ok := e.identifier(id, typ, physical)
	if !ok {
		return nil, false
	}
	key := typ + "|" + identifier
	props, seen := e.read[key]
	if !seen {
		var err error
		props, err = e.lookup(typ, identifier)
		if err != nil {
			props = nil
		}
		if e.read == nil {
			e.read = map[string]map[string]interface{}{}
		}
		e.read[key] = props
	}
	v, ok := props[attr]
	return v, ok && v != nil
}

// identifier is a resource's Cloud Control identifier: its physical ID,
// or for the types whose primary identifier has several parts, those
// parts from the template (the physical ID for one it does not set).
func (e *cfnEval) identifier(id, typ, physical string) (string, bool) {
	parts, ok := cloudControlIdentifiers[typ]
	if !ok {
		return physical, true
	}
	res, _ := e.template["Resources"].(map[string]interface{})
	r, _ := res[id].(map[string]interface{})
	props, _ := r["Properties"].(map[string]interface{})
	var vals []string
	for _, name := range parts {
		v, has := props[name]
		if !has {
			vals = append(vals, physical)
			continue
		}
		s, ok := e.str(v)
		if !ok {
			return "", false
		}
		vals = append(vals, s)
	}
	return strings.Join(vals, "|"), true
}

// arnPart is the i-th "/"-separated part of an ARN-like physical ID.
func arnPart(p string, i int) (interface{}, bool) {
	parts := strings.Split(p, "/")
	if i >= len(parts) {
		return nil, false
	}
	return parts[i], true
}

type templateRef struct {
	id, typ string
	props   map[string]interface{}
}

// referencesTo lists the template's resources whose properties refer to
// id (Ref, Fn::GetAtt or Fn::Sub), by logical ID.
func (e *cfnEval) referencesTo(id string) []templateRef {
	res, _ := e.template["Resources"].(map[string]interface{})
	var out []templateRef
	for other, r := range res {
		m, _ := r.(map[string]interface{})
		props, _ := m["Properties"].(map[string]interface{})
		if other == id || !refersTo(props, id) {
			continue
		}
		typ, _ := m["Type"].(string)
		out = append(out, templateRef{id: other, typ: typ, props: props})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

func refersTo(v interface{}, id string) bool {
	switch x := v.(type) {
	case []interface{}:
		for _, it := range x {
			if refersTo(it, id) {
				return true
			}
		}
	case map[string]interface{}:
		if r, ok := x["Ref"].(string); ok && len(x) == 1 && r == id {
			return true
		}
		if g, ok := x["Fn::GetAtt"].([]interface{}); ok && len(x) == 1 && len(g) > 0 && g[0] == id {
			return true
		}
		if s, ok := x["Fn::Sub"]; ok && len(x) == 1 {
			tmpl, _ := s.(string)
			if a, ok := s.([]interface{}); ok && len(a) > 0 {
				tmpl, _ = a[0].(string)
			}
			if strings.Contains(tmpl, "${"+id+"}") || strings.Contains(tmpl, "${"+id+".") {
				return true
			}
		}
		for _, it := range x {
			if refersTo(it, id) {
				return true
			}
		}
	}
	return false
}
