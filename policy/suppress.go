package policy

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// Suppression silences one rule for a resource, with the reason why.
// cdk-nag's NagPackSuppression shape.
type Suppression struct {
	ID     string
	Reason string
}

// metadataKey is the template metadata cdk-nag reads suppressions from;
// sharing it lets a template carry one list for both tools.
const metadataKey = "cdk_nag"

// AddResourceSuppressions records suppressions on construct's CloudFormation
// resource (its default child when construct is an L2), or on every
// resource under it when applyToChildren is set.
func AddResourceSuppressions(construct constructs.IConstruct, suppressions []Suppression, applyToChildren bool) {
	var targets []awscdk.CfnResource
	if r, ok := construct.(awscdk.CfnResource); ok {
		targets = append(targets, r)
	} else if r, ok := construct.Node().DefaultChild().(awscdk.CfnResource); ok {
		targets = append(targets, r)
	}
	if applyToChildren {
		for _, c := range *construct.Node().FindAll(constructs.ConstructOrder_PREORDER) {
			if r, ok := c.(awscdk.CfnResource); ok && c != construct {
				targets = append(targets, r)
			}
		}
	}
	for _, r := range targets {
		r.AddMetadata(jsii.String(metadataKey), merged(r.GetMetadata(jsii.String(metadataKey)), suppressions))
	}
}

// AddStackSuppressions records suppressions for every resource of stack,
// in the template's top-level metadata.
func AddStackSuppressions(stack awscdk.Stack, suppressions []Suppression) {
	opts := stack.TemplateOptions()
	md := map[string]interface{}{}
	if m := opts.Metadata(); m != nil {
		for k, v := range *m {
			md[k] = v
		}
	}
	md[metadataKey] = merged(md[metadataKey], suppressions)
	opts.SetMetadata(&md)
}

func merged(existing interface{}, add []Suppression) map[string]interface{} {
	var list []interface{}
	if m, ok := existing.(map[string]interface{}); ok {
		if l, ok := m["rules_to_suppress"].([]interface{}); ok {
			list = append(list, l...)
		}
	}
	for _, s := range add {
		list = append(list, map[string]interface{}{"id": s.ID, "reason": s.Reason})
	}
	return map[string]interface{}{"rules_to_suppress": list}
}

// suppression reports whether template metadata md suppresses rule id,
// and why. A suppression without a reason doesn't count.
func suppression(md map[string]interface{}, id string) (string, bool) {
	nag, _ := md[metadataKey].(map[string]interface{})
	list, _ := nag["rules_to_suppress"].([]interface{})
	for _, e := range list {
		m, _ := e.(map[string]interface{})
		if str(m["id"]) == id && str(m["reason"]) != "" {
			return str(m["reason"]), true
		}
	}
	return "", false
}
