package awscdk

import (
	"encoding/json"
	"strings"

	"github.com/strata-cdk/strata/awscdk/regioninfo"
	"github.com/strata-cdk/strata/internal/l2"
)

// targetPartitionsContext limits the regions a deploy-time fact lookup
// covers (cdk init sets it to aws, aws-cn).
const targetPartitionsContext = "@aws-cdk/core:target-partitions"

// regionalFact is Stack.RegionalFact: the fact itself when the stack's
// region is known; otherwise one value for every region of the target
// partitions (with the region and URL suffix turned into pseudo parameters
// where that makes them equal), or a Fn::FindInMap over a per-stack
// CfnMapping holding each region's value, as aws-cdk-lib does.
func (s *stack) regionalFact(factName string, defaultValue *string) *string {
	region := s.Region()
	if !isUnresolved(region) {
		if v := regioninfo.Fact_Find(region, &factName); v != nil {
			return v
		}
		if defaultValue == nil {
			l2.Throw(s, "region-info: don't know %s for region %s. Use 'Fact.register' to provide this value.", factName, *region)
		}
		return defaultValue
	}
	var values []factValue
	partitions := s.Node().TryGetContext(str(targetPartitionsContext))
	if partitions == nil || partitions == "undefined" {
		values = factValues(factName, nil)
	} else {
		var ps []*string
		switch l := partitions.(type) {
		case []interface{}:
			for _, p := range l {
				if p, ok := p.(string); ok {
					ps = append(ps, str(p))
				}
			}
		case []string:
			for _, p := range l {
				ps = append(ps, str(p))
			}
		case []*string:
			ps = l
		default:
			b, _ := json.Marshal(partitions)
			l2.Throw(s, "Context value '%s' should be a list of strings, got: %s", targetPartitionsContext, b)
		}
		values = factValues(factName, &ps)
	}
	if len(values) == 0 {
		if defaultValue == nil {
			l2.Throw(s, "region-info: don't have any information for %s. Use 'Fact.register' to provide values, or add partitions to the '%s' context value.", factName, targetPartitionsContext)
		}
		return defaultValue
	}
	if v, ok := commonFactValue(values); ok {
		return str(v)
	}
	class, param := factName, "value"
	if parts := strings.Split(factName, ":"); len(parts) > 1 {
		class, param = parts[0], parts[1]
	}
	mapID := strings.ToUpper(class[:1]) + class[1:] + "Map"
	key := alnum.ReplaceAllString(param, "x")
	mapping, ok := s.Node().TryFindChild(str(mapID)).(CfnMapping)
	if !ok {
		mapping = NewCfnMapping(s, str(mapID), nil)
	}
	for _, v := range values {
		mapping.SetValue(str(v.region), str(key), str(v.value))
	}
	return mapping.FindInMap(Aws_REGION(), str(key), nil)
}

type factValue struct{ region, value string }

// factValues are the regions having factName with their values, in the
// order of regioninfo.Fact_Regions (the order aws-cdk-lib's region maps
// keep and its CfnMapping renders), limited to the given partitions.
func factValues(factName string, partitions *[]*string) []factValue {
	var m *map[string]*string
	if partitions != nil {
		m = regioninfo.RegionInfo_LimitedRegionMap(&factName, partitions)
	} else {
		m = regioninfo.RegionInfo_RegionMap(&factName)
	}
	var out []factValue
	for _, r := range *regioninfo.Fact_Regions() {
		if v, ok := (*m)[*r]; ok && v != nil && *v != "" {
			out = append(out, factValue{*r, *v})
		}
	}
	return out
}

// commonFactValue is the one value every region's value becomes once its
// URL suffix (when the suffixes differ) and its region name are replaced by
// the pseudo parameters, if there is one.
func commonFactValue(values []factValue) (string, bool) {
	suffix := func(region string) string {
		if s := regioninfo.RegionInfo_Get(&region).DomainSuffix(); s != nil {
			return *s
		}
		return "amazonaws.com"
	}
	simplified := make([]string, len(values))
	sameSuffix, allHaveSuffix, allHaveRegion := true, true, true
	for i, v := range values {
		simplified[i] = v.value
		sameSuffix = sameSuffix && suffix(v.region) == suffix(values[0].region)
		allHaveSuffix = allHaveSuffix && strings.Contains(v.value, suffix(v.region))
	}
	if !sameSuffix && allHaveSuffix {
		for i, v := range values {
			simplified[i] = strings.ReplaceAll(simplified[i], suffix(v.region), *Aws_URL_SUFFIX())
		}
	}
	for i, v := range values {
		allHaveRegion = allHaveRegion && strings.Contains(simplified[i], v.region)
	}
	if allHaveRegion {
		for i, v := range values {
			simplified[i] = strings.ReplaceAll(simplified[i], v.region, *Aws_REGION())
		}
	}
	for _, v := range simplified[1:] {
		if v != simplified[0] {
			return "", false
		}
	}
	return simplified[0], true
}
