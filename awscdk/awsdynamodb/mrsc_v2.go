package awsdynamodb

import (
	"strings"

	"github.com/strata-cdk/strata/internal/l2"
)

// mrscRegionSets are the region sets of multi-region strong consistency:
// every region of an MRSC table (replicas and witness) must be in one set.
func mrscRegionSets() [][2]string {
	return [][2]string{
		{"US", "us-east-1,us-east-2,us-west-2"},
		{"EU", "eu-west-1,eu-west-2,eu-west-3,eu-central-1"},
		{"AP", "ap-northeast-1,ap-northeast-2,ap-northeast-3"},
	}
}

// validateMrsc checks a STRONG table's regions as aws-cdk-lib does: a
// concrete region, one region set, and three replicas (or two and a witness).
func (t *tableV2) validateMrsc(props *TablePropsV2) {
	primary := t.Stack().Region()
	if unresolved(primary) {
		l2.Throw(t, "MRSC global tables with STRONG consistency are not supported in a region agnostic stack")
	}
	var replicaRegions []string
	all := []*string{primary}
	if props.Replicas != nil {
		for _, r := range *props.Replicas {
			if r == nil || r.Region == nil {
				l2.Throw(t, "a replica needs a region")
			}
			replicaRegions = append(replicaRegions, *r.Region)
			all = append(all, r.Region)
		}
	}
	if props.WitnessRegion != nil {
		all = append(all, props.WitnessRegion)
	}
	for _, r := range all {
		if unresolved(r) {
			l2.Throw(t, "MRSC global tables with STRONG consistency do not support token-based regions")
		}
	}
	var setName string
	var set []string
	var every []string
	for _, s := range mrscRegionSets() {
		regions := strings.Split(s[1], ",")
		every = append(every, regions...)
		for _, r := range regions {
			if r == *primary && set == nil {
				setName, set = s[0], regions
			}
		}
	}
	if set == nil {
		l2.Throw(t, "Primary region '%s' is not supported for MRSC global tables with STRONG consistency. Supported regions: %s", *primary, strings.Join(every, ", "))
	}
	for _, r := range all {
		in := false
		for _, x := range set {
			in = in || x == *r
		}
		if !in {
			l2.Throw(t, "Region '%s' is not in the same region set (%s) as the primary region '%s'. All regions must be within the same region set for MRSC global tables with STRONG consistency. Supported %s regions: %s",
				*r, setName, *primary, setName, strings.Join(set, ", "))
		}
	}
	total := len(replicaRegions) + 1
	if props.WitnessRegion != nil {
		if total != 2 {
			l2.Throw(t, "MRSC global table with witness region must have exactly 2 replicas (including primary), but found %d. Current configuration: primary region '%s', replica regions [%s], witness region '%s'",
				total, *primary, strings.Join(replicaRegions, ", "), *props.WitnessRegion)
		}
	} else if total != 3 {
		l2.Throw(t, "MRSC global table without witness region must have exactly 3 replicas (including primary), but found %d. Current configuration: primary region '%s', replica regions [%s]",
			total, *primary, strings.Join(replicaRegions, ", "))
	}
}
