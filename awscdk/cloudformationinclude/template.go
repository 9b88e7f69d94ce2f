package cloudformationinclude

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/internal/ojson"
	"go.yaml.in/yaml/v3"
)

// readTemplate reads a CloudFormation template, JSON or YAML (aws-cdk-lib
// reads both with its YAML reader), into ordered values: objects as
// *ojson.Object in document order, numbers as float64.
func readTemplate(path string) (*ojson.Object, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var v interface{}
	if t := strings.TrimSpace(string(b)); strings.HasPrefix(t, "{") {
		v, err = ojson.Decode(b)
	} else {
		var doc yaml.Node
		if err = yaml.Unmarshal(b, &doc); err == nil {
			v, err = fromYAML(&doc)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("reading template %s: %v", path, err)
	}
	if v == nil {
		return ojson.New(), nil
	}
	o, ok := v.(*ojson.Object)
	if !ok {
		return nil, fmt.Errorf("template %s is not an object", path)
	}
	return o, nil
}

// intrinsicForTag maps CloudFormation's YAML short-form tags to their
// functions: most take the Fn:: prefix; !Ref and !Condition keep their names.
func intrinsicForTag(tag string) (string, bool) {
	name := strings.TrimPrefix(tag, "!")
	if name == tag {
		return "", false
	}
	if name == "Ref" || name == "Condition" {
		return name, true
	}
	switch name {
	case "Base64", "Cidr", "FindInMap", "GetAZs", "ImportValue", "Join", "Sub", "Select", "Split", "Transform", "And", "Equals", "If", "Not", "Or", "GetAtt":
		return "Fn::" + name, true
	}
	return "", false
}

func fromYAML(n *yaml.Node) (interface{}, error) {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return fromYAML(n.Content[0])
	case yaml.AliasNode:
		return fromYAML(n.Alias)
	}
	if fn, ok := intrinsicForTag(n.Tag); ok {
		inner := *n
		inner.Tag = ""
		inner.Style = 0
		if n.Kind == yaml.ScalarNode {
			inner.Tag = "!!str"
		}
		v, err := fromYAML(&inner)
		if err != nil {
			return nil, err
		}
		o := ojson.New()
		o.Set(fn, v)
		return o, nil
	}
	switch n.Kind {
	case yaml.MappingNode:
		o := ojson.New()
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := fromYAML(n.Content[i+1])
			if err != nil {
				return nil, err
			}
			o.Set(n.Content[i].Value, v)
		}
		return o, nil
	case yaml.SequenceNode:
		arr := make([]interface{}, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := fromYAML(c)
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
		return arr, nil
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return nil, nil
		case "!!bool":
			return n.Value == "true" || n.Value == "True" || n.Value == "TRUE", nil
		case "!!int", "!!float":
			s := strings.ReplaceAll(n.Value, "_", "")
			if i, err := strconv.ParseInt(s, 0, 64); err == nil {
				return float64(i), nil
			}
			switch strings.ToLower(s) {
			case ".inf", "+.inf":
				return math.Inf(1), nil
			case "-.inf":
				return math.Inf(-1), nil
			case ".nan":
				return math.NaN(), nil
			}
			f, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return n.Value, nil
			}
			return f, nil
		}
		return n.Value, nil
	}
	return nil, fmt.Errorf("unsupported YAML node at line %d", n.Line)
}
