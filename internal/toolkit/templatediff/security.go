package templatediff

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// IAMChange is one policy statement added or removed.
type IAMChange struct {
	Kind      ChangeKind `json:"kind"`
	Resource  string     `json:"resource"` // what the statement grants on
	Effect    string     `json:"effect"`
	Action    string     `json:"action"`
	Principal string     `json:"principal"`
	Condition string     `json:"condition,omitempty"`
	Via       string     `json:"via"` // logical ID of the policy-carrying resource
}

// ManagedPolicyChange is a managed policy attached or detached.
type ManagedPolicyChange struct {
	Kind   ChangeKind `json:"kind"`
	Role   string     `json:"role"`
	Policy string     `json:"policy"`
}

// SecurityGroupChange is one ingress or egress rule added or removed.
type SecurityGroupChange struct {
	Kind      ChangeKind `json:"kind"`
	Group     string     `json:"group"`
	Direction string     `json:"direction"` // "In" or "Out"
	Protocol  string     `json:"protocol"`
	Peer      string     `json:"peer"`
}

type stmt struct {
	IAMChange
	key string
}

func iamChanges(oldRes, newRes map[string]interface{}) ([]IAMChange, []ManagedPolicyChange) {
	os, om := collectIAM(oldRes)
	ns, nm := collectIAM(newRes)
	var out []IAMChange
	for _, k := range diffKeys(os, ns) {
		s, kind := pick(os, ns, k)
		c := s.IAMChange
		c.Kind = kind
		out = append(out, c)
	}
	var mp []ManagedPolicyChange
	for _, k := range diffKeys(om, nm) {
		s, kind := pick(om, nm, k)
		s.Kind = kind
		mp = append(mp, s)
	}
	return out, mp
}

func pick[T any](o, n map[string]T, k string) (T, ChangeKind) {
	if v, ok := n[k]; ok {
		return v, Added
	}
	return o[k], Removed
}

// diffKeys returns keys present in exactly one of the maps, sorted.
func diffKeys[T any](o, n map[string]T) []string {
	var out []string
	for k := range o {
		if _, ok := n[k]; !ok {
			out = append(out, k)
		}
	}
	for k := range n {
		if _, ok := o[k]; !ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func collectIAM(res map[string]interface{}) (map[string]stmt, map[string]ManagedPolicyChange) {
	stmts := map[string]stmt{}
	managed := map[string]ManagedPolicyChange{}
	add := func(via string, doc interface{}, defaultResource string, trust bool, principal string) {
		d, _ := doc.(map[string]interface{})
		list, ok := d["Statement"].([]interface{})
		if !ok {
			if one, ok := d["Statement"].(map[string]interface{}); ok {
				list = []interface{}{one}
			}
		}
		for _, s := range list {
			sm, _ := s.(map[string]interface{})
			c := IAMChange{Via: via, Effect: str(sm["Effect"]), Action: render(sm["Action"]), Principal: render(sm["Principal"]), Condition: render(sm["Condition"])}
			if c.Principal == "" {
				// An identity policy's principals are the identities it
				// is attached to.
				c.Principal = principal
			}
			if r, ok := sm["Resource"]; ok {
				c.Resource = render(r)
			} else {
				c.Resource = defaultResource
			}
			if a, ok := sm["NotAction"]; ok {
				c.Action = "NOT " + render(a)
			}
			if trust && c.Principal != "" {
				// Trust policies grant assuming the role itself.
				c.Resource = defaultResource
			}
			key := via + "|" + c.Resource + "|" + c.Effect + "|" + c.Action + "|" + c.Principal + "|" + c.Condition
			stmts[key] = stmt{IAMChange: c, key: key}
		}
	}
	for id, r := range res {
		rm, _ := r.(map[string]interface{})
		props, _ := rm["Properties"].(map[string]interface{})
		self := "${" + id + ".Arn}"
		switch typeOf(rm) {
		case "AWS::IAM::Role":
			add(id, props["AssumeRolePolicyDocument"], self, true, "")
			for _, p := range list(props["Policies"]) {
				pm, _ := p.(map[string]interface{})
				add(id, pm["PolicyDocument"], "", false, "AWS:${"+id+"}")
			}
			for _, arn := range list(props["ManagedPolicyArns"]) {
				m := ManagedPolicyChange{Role: "${" + id + "}", Policy: render(arn)}
				managed[m.Role+"|"+m.Policy] = m
			}
		case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy":
			var who []string
			for _, k := range []string{"Roles", "Users", "Groups"} {
				for _, x := range list(props[k]) {
					who = append(who, "AWS:"+render(x))
				}
			}
			add(id, props["PolicyDocument"], "", false, strings.Join(who, "\n"))
		case "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy", "AWS::S3::BucketPolicy", "AWS::KMS::Key", "AWS::ECR::Repository":
			doc := props["PolicyDocument"]
			if typeOf(rm) == "AWS::KMS::Key" {
				doc = props["KeyPolicy"]
			}
			if typeOf(rm) == "AWS::ECR::Repository" {
				doc = props["RepositoryPolicyText"]
			}
			add(id, doc, self, false, "")
		case "AWS::Lambda::Permission":
			c := IAMChange{Via: id, Effect: "Allow", Action: render(props["Action"]), Principal: render(props["Principal"]), Resource: render(props["FunctionName"])}
			if sa, ok := props["SourceArn"]; ok {
				c.Condition = `"ArnLike": {"AWS:SourceArn": ` + render(sa) + "}"
			}
			key := id + "|lambda|" + c.Resource + c.Action + c.Principal + c.Condition
			stmts[key] = stmt{IAMChange: c, key: key}
		}
	}
	return stmts, managed
}

func securityGroupChanges(oldRes, newRes map[string]interface{}) []SecurityGroupChange {
	o, n := collectSG(oldRes), collectSG(newRes)
	var out []SecurityGroupChange
	for _, k := range diffKeys(o, n) {
		c, kind := pick(o, n, k)
		c.Kind = kind
		out = append(out, c)
	}
	return out
}

func collectSG(res map[string]interface{}) map[string]SecurityGroupChange {
	out := map[string]SecurityGroupChange{}
	addRule := func(group, dir string, rule map[string]interface{}) {
		// Described as cdk diff describes rules.
		proto := strings.ToUpper(render(rule["IpProtocol"]))
		from, to := render(rule["FromPort"]), render(rule["ToPort"])
		switch {
		case proto == "":
			proto = "*UNKNOWN*"
		case proto == "-1":
			proto = "Everything"
		case from == "-1":
			proto = "All " + proto
		case from == to:
			proto += " " + from
		default:
			proto += " " + from + "-" + to
		}
		peer := "?"
		for _, k := range []string{"CidrIp", "CidrIpv6", "DestinationSecurityGroupId", "SourceSecurityGroupId", "DestinationPrefixListId", "SourcePrefixListId"} {
			if v, ok := rule[k]; ok {
				peer = render(v)
				break
			}
		}
		switch peer {
		case "0.0.0.0/0":
			peer = "Everyone (IPv4)"
		case "::/0":
			peer = "Everyone (IPv6)"
		}
		c := SecurityGroupChange{Group: group, Direction: dir, Protocol: proto, Peer: peer}
		out[group+"|"+dir+"|"+proto+"|"+peer] = c
	}
	for id, r := range res {
		rm, _ := r.(map[string]interface{})
		props, _ := rm["Properties"].(map[string]interface{})
		switch typeOf(rm) {
		case "AWS::EC2::SecurityGroup":
			g := "${" + id + ".GroupId}"
			for _, x := range list(props["SecurityGroupIngress"]) {
				m, _ := x.(map[string]interface{})
				addRule(g, "In", m)
			}
			for _, x := range list(props["SecurityGroupEgress"]) {
				m, _ := x.(map[string]interface{})
				addRule(g, "Out", m)
			}
		case "AWS::EC2::SecurityGroupIngress":
			addRule(render(props["GroupId"]), "In", props)
		case "AWS::EC2::SecurityGroupEgress":
			addRule(render(props["GroupId"]), "Out", props)
		}
	}
	return out
}

func list(v interface{}) []interface{} {
	l, _ := v.([]interface{})
	return l
}

func str(v interface{}) string {
	s, _ := v.(string)
	return s
}

// render shows a template value compactly: Ref and GetAtt as ${X} and
// ${X.Attr}, lists one item per line, everything else as JSON.
func render(v interface{}) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	case float64:
		return fmt.Sprint(t)
	case []interface{}:
		parts := make([]string, 0, len(t))
		for _, x := range t {
			parts = append(parts, render(x))
		}
		return strings.Join(parts, "\n")
	case map[string]interface{}:
		if len(t) == 1 {
			if r, ok := t["Ref"].(string); ok {
				return "${" + r + "}"
			}
			if g, ok := t["Fn::GetAtt"].([]interface{}); ok && len(g) == 2 {
				return "${" + render(g[0]) + "." + render(g[1]) + "}"
			}
			if j, ok := t["Fn::Join"].([]interface{}); ok && len(j) == 2 {
				sep, _ := j[0].(string)
				var parts []string
				for _, x := range list(j[1]) {
					parts = append(parts, render(x))
				}
				return strings.Join(parts, sep)
			}
			if s, ok := t["Fn::Sub"].(string); ok {
				return s
			}
			for _, k := range []string{"AWS", "Service", "Federated", "CanonicalUser"} {
				if x, ok := t[k]; ok {
					return k + ":" + strings.ReplaceAll(render(x), "\n", "\n"+k+":")
				}
			}
		}
		b, _ := json.Marshal(t)
		return string(b)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
