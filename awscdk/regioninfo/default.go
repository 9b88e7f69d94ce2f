package regioninfo

import (
	"regexp"
	"strings"
)

// Default provides default values for certain regional information points.
//
// Deprecated: Service principals are now globally `<SERVICE>.amazonaws.com`,
// use iam.ServicePrincipal instead.
type Default interface{}

// Default_VPC_ENDPOINT_SERVICE_NAME_PREFIX is the default prefix of VPC
// endpoint service names.
func Default_VPC_ENDPOINT_SERVICE_NAME_PREFIX() *string { return ptr("com.amazonaws.vpce") }

var simpleServiceName = regexp.MustCompile(`^([^.]+)(?:(?:\.amazonaws\.com(?:\.cn)?)|(?:\.c2s\.ic\.gov)|(?:\.sc2s\.sgov\.gov))?$`)

// Default_ServicePrincipal computes a "standard" AWS service principal for
// a given service, region and URL suffix, for when no region literal is
// available at synthesis (the region may be a token; then only the generic
// rules apply).
//
// Deprecated: Service principals are now globally `<SERVICE>.amazonaws.com`,
// use iam.ServicePrincipal instead.
func Default_ServicePrincipal(serviceFqn *string, region *string, urlSuffix *string) *string {
	fqn, r, suffix := deref(serviceFqn), deref(region), deref(urlSuffix)
	m := simpleServiceName.FindStringSubmatch(fqn)
	if m == nil {
		return ptr(fqn)
	}
	s := m[1]
	universal := s + ".amazonaws.com"
	partitional := s + "." + suffix
	regional := s + "." + r + ".amazonaws.com"
	regionalPartitional := s + "." + r + "." + suffix
	// Services the isolated partitions name differently from the others.
	switch {
	case strings.HasPrefix(r, "us-iso-") && (s == "cloudhsm" || s == "config" || s == "states" || s == "workspaces"),
		strings.HasPrefix(r, "us-isob-") && (s == "dms" || s == "states"):
		if s == "states" {
			return ptr(universal)
		}
		return ptr(partitional)
	}
	switch s {
	case "codedeploy":
		switch {
		case strings.HasPrefix(r, "cn-"):
			return ptr(regionalPartitional)
		case strings.HasPrefix(r, "us-iso"):
			return ptr(universal)
		}
		return ptr(regional)
	case "logs":
		return ptr(regionalPartitional)
	case "states":
		return ptr(regional)
	case "elasticmapreduce":
		if strings.HasPrefix(r, "cn-") {
			return ptr(partitional)
		}
	}
	return ptr(universal)
}
