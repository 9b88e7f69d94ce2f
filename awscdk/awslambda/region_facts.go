package awslambda

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type regionValue struct{ region, value string }

type regionInfo struct{ partition, domainSuffix string }

type adotVersion struct{ name, typ, version string }

// factVersion is a version as fact names spell it ("1.0.98.0" → "1_0_98_0").
func factVersion(v string) string { return strings.ReplaceAll(v, ".", "_") }

// layerFact is the fact for region, if region-info has it.
func layerFact(factName, region string) (string, bool) {
	for _, rv := range layerFacts[factName] {
		if rv.region == region {
			return rv.value, true
		}
	}
	return "", false
}

var factKeyChars = regexp.MustCompile(`[^a-zA-Z0-9]`)

// regionalLayerFact is the value of factName in the stack's region: the
// literal when the region is known, else a deploy-time lookup over the
// regions of the target partitions, as aws-cdk-lib's Stack.regionalFact
// does (one value with the region substituted, or a CfnMapping).
func regionalLayerFact(scope constructs.IConstruct, factName string) *string {
	stack := awscdk.Stack_Of(scope)
	if region := stack.Region(); !isUnresolved(region) {
		v, ok := layerFact(factName, *region)
		if !ok {
			throw(stack, "region-info: don't know %s for region %s. Use 'Fact.register' to provide this value.", factName, *region)
		}
		return jsii.String(v)
	}
	values := layerFacts[factName]
	if p := stack.Node().TryGetContext(jsii.String("@aws-cdk/core:target-partitions")); p != nil {
		parts := map[string]bool{}
		switch l := p.(type) {
		case []interface{}:
			for _, x := range l {
				if s, ok := x.(string); ok {
					parts[s] = true
				}
			}
		case []string:
			for _, s := range l {
				parts[s] = true
			}
		default:
			throw(stack, "Context value '@aws-cdk/core:target-partitions' should be a list of strings")
		}
		var limited []regionValue
		for _, rv := range values {
			if parts[regionFacts[rv.region].partition] {
				limited = append(limited, rv)
			}
		}
		values = limited
	}
	if len(values) == 0 {
		throw(stack, "region-info: don't have any information for %s. Use 'Fact.register' to provide values, or add partitions to the '@aws-cdk/core:target-partitions' context value.", factName)
	}
	if v, ok := valuePattern(values); ok {
		return jsii.String(v)
	}
	class, param := factName, "value"
	if i := strings.Index(factName, ":"); i >= 0 {
		class, param = factName[:i], factName[i+1:]
	}
	mapID := strings.ToUpper(class[:1]) + class[1:] + "Map"
	key := factKeyChars.ReplaceAllString(param, "x")
	mapping, ok := stack.Node().TryFindChild(jsii.String(mapID)).(awscdk.CfnMapping)
	if !ok {
		mapping = awscdk.NewCfnMapping(stack, jsii.String(mapID), nil)
	}
	for _, rv := range values {
		mapping.SetValue(jsii.String(rv.region), jsii.String(key), jsii.String(rv.value))
	}
	return mapping.FindInMap(awscdk.Aws_REGION(), jsii.String(key), nil)
}

// valuePattern is the one value every region's value becomes once its URL
// suffix and region are replaced by the pseudo parameters, if there is one.
func valuePattern(values []regionValue) (string, bool) {
	simplified := make([]string, len(values))
	suffix := func(region string) string {
		if s := regionFacts[region].domainSuffix; s != "" {
			return s
		}
		return "amazonaws.com"
	}
	sameSuffix, allHaveSuffix := true, true
	for i, rv := range values {
		simplified[i] = rv.value
		if suffix(rv.region) != suffix(values[0].region) {
			sameSuffix = false
		}
		if !strings.Contains(rv.value, suffix(rv.region)) {
			allHaveSuffix = false
		}
	}
	if !sameSuffix && allHaveSuffix {
		for i, rv := range values {
			simplified[i] = strings.ReplaceAll(simplified[i], suffix(rv.region), *awscdk.Aws_URL_SUFFIX())
		}
	}
	allHaveRegion := true
	for i, rv := range values {
		if !strings.Contains(simplified[i], rv.region) {
			allHaveRegion = false
		}
	}
	if allHaveRegion {
		for i, rv := range values {
			simplified[i] = strings.ReplaceAll(simplified[i], rv.region, *awscdk.Aws_REGION())
		}
	}
	for _, s := range simplified[1:] {
		if s != simplified[0] {
			return "", false
		}
	}
	return simplified[0], true
}
