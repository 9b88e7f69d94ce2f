package awscloudwatch

import (
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// metricKey identifies a metric by what it measures, so the same metric
// used twice renders once.
func metricKey(m IMetric) string {
	var parts []string
	conf := m.ToMetricConfig()
	if me := conf.MathExpression; me != nil {
		parts = append(parts, deref(me.Expression))
		if me.UsingMetrics != nil {
			for _, id := range sortedKeys(*me.UsingMetrics) {
				parts = append(parts, id, metricKey((*me.UsingMetrics)[id]))
			}
		}
		if deref(me.SearchRegion) != "" {
			parts = append(parts, *me.SearchRegion)
		}
		if deref(me.SearchAccount) != "" {
			parts = append(parts, *me.SearchAccount)
		}
	}
	if se := conf.SearchExpression; se != nil {
		parts = append(parts, deref(se.Expression))
		if deref(se.SearchRegion) != "" {
			parts = append(parts, *se.SearchRegion)
		}
		if deref(se.SearchAccount) != "" {
			parts = append(parts, *se.SearchAccount)
		}
	}
	if ms := conf.MetricStat; ms != nil {
		parts = append(parts, deref(ms.Namespace), deref(ms.MetricName))
		if ms.Dimensions != nil {
			for _, d := range *ms.Dimensions {
				parts = append(parts, deref(d.Name), dimValueString(d.Value))
			}
		}
		if deref(ms.Statistic) != "" {
			parts = append(parts, *ms.Statistic)
		}
		if ms.Period != nil {
			parts = append(parts, fmtNum(secs(ms.Period)))
		}
		if deref(ms.Region) != "" {
			parts = append(parts, *ms.Region)
		}
		if deref(ms.Account) != "" {
			parts = append(parts, *ms.Account)
		}
	}
	return strings.Join(parts, "|")
}

func dimValueString(v interface{}) string {
	switch x := v.(type) {
	case *string:
		return deref(x)
	case string:
		return x
	case nil:
		return ""
	}
	return deref(awscdk.Token_AsString(v, nil))
}

// dimValue is a dimension's value as the L1 takes it.
func dimValue(v interface{}) *string {
	switch x := v.(type) {
	case *string:
		return x
	case string:
		return str(x)
	case nil:
		return nil
	}
	return awscdk.Token_AsString(v, nil)
}

// metricKind says which of the three configurations a metric has.
func metricKind(m IMetric) (*MetricConfig, string) {
	conf := m.ToMetricConfig()
	n := 0
	kind := ""
	if conf.MetricStat != nil {
		n++
		kind = "stat"
	}
	if conf.MathExpression != nil {
		n++
		kind = "math"
	}
	if conf.SearchExpression != nil {
		n++
		kind = "search"
	}
	if n > 1 {
		throwUnscoped("Metric object must not produce more than one of 'metricStat', 'mathExpression', or 'searchExpression'")
	}
	if n == 0 {
		throwUnscoped("Metric object must have either 'metricStat', 'mathExpression', or 'searchExpression'")
	}
	return conf, kind
}

// metricPeriod is the period a metric is evaluated over.
func metricPeriod(m IMetric) awscdk.Duration {
	conf, kind := metricKind(m)
	if kind == "stat" {
		return conf.MetricStat.Period
	}
	if p, ok := m.(interface{ Period() awscdk.Duration }); ok && p.Period() != nil {
		return p.Period()
	}
	return awscdk.Duration_Minutes(jsii.Number(5))
}

// metricString is JavaScript's `${metric}`.
func metricString(m IMetric) string {
	if s, ok := m.(interface{ ToString() *string }); ok {
		return deref(s.ToString())
	}
	return "[object Object]"
}

// renderingKeys lists a metric's rendering properties in the order
// aws-cdk-lib writes them; a user's own IMetric gets sorted keys.
func renderingKeys(m IMetric, rp map[string]interface{}) []string {
	if o, ok := m.(interface{ renderingOrder() []string }); ok {
		return o.renderingOrder()
	}
	keys := make([]string, 0, len(rp))
	for k := range rp {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
