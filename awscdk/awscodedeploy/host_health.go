package awscodedeploy

import (
	"math"

	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// MinimumHealthyHosts is how many instances a server deployment keeps
// healthy: a count or a percentage of the fleet.
type MinimumHealthyHosts interface {
}

// MinimumHealthyHostsPerZone is how many instances per Availability Zone a
// zonal server deployment keeps healthy.
type MinimumHealthyHostsPerZone interface {
}

// healthyHosts is the value behind both kinds.
type healthyHosts struct {
	typ   string
	value *float64
}

func (h *healthyHosts) render() *CfnDeploymentConfig_MinimumHealthyHostsProperty {
	return &CfnDeploymentConfig_MinimumHealthyHostsProperty{Type: jsii.String(h.typ), Value: h.value}
}

type healthyHostsPerZone struct{ healthyHosts }

// MinimumHealthyHosts_Count keeps value instances healthy.
func MinimumHealthyHosts_Count(value *float64) MinimumHealthyHosts {
	return &healthyHosts{typ: "HOST_COUNT", value: value}
}

// MinimumHealthyHosts_Percentage keeps value percent of the fleet healthy.
func MinimumHealthyHosts_Percentage(value *float64) MinimumHealthyHosts {
	return &healthyHosts{typ: "FLEET_PERCENT", value: value}
}

func newPerZone(typ string, value *float64) MinimumHealthyHostsPerZone {
	if value == nil || *value != math.Trunc(*value) || math.IsInf(*value, 0) {
		v := "undefined"
		if value != nil {
			v = jsNumber(*value)
		}
		diag.Panic("", "The percentage or count value of minimumHealthyHostsPerZone must be an integer, got: %s", v)
	}
	return &healthyHostsPerZone{healthyHosts{typ: typ, value: value}}
}

// MinimumHealthyHostsPerZone_Count keeps value instances healthy per zone.
func MinimumHealthyHostsPerZone_Count(value *float64) MinimumHealthyHostsPerZone {
	return newPerZone("HOST_COUNT", value)
}

// MinimumHealthyHostsPerZone_Percentage keeps value percent healthy per zone.
func MinimumHealthyHostsPerZone_Percentage(value *float64) MinimumHealthyHostsPerZone {
	return newPerZone("FLEET_PERCENT", value)
}
