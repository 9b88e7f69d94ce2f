package awscloudwatch

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
)

// metricEntry is one metric of an alarm or a graph, with the id it goes by
// and how deep in math expressions it sits.
type metricEntry struct {
	metric IMetric
	level  int
	id     string
	tag    string
}

// metricSet collects the metrics of an alarm or graph, each once, sub-metrics
// of math expressions after their expression.
type metricSet struct {
	entries []*metricEntry
	byID    map[string]*metricEntry
	byKey   map[string]*metricEntry
}

func newMetricSet() *metricSet {
	return &metricSet{byID: map[string]*metricEntry{}, byKey: map[string]*metricEntry{}}
}

func (s *metricSet) addTopLevel(tag string, metrics ...IMetric) {
	for _, m := range metrics {
		s.addOne(m, 1, tag, "")
	}
}

func (s *metricSet) addOne(m IMetric, level int, tag, id string) {
	key := metricKey(m)
	var existing *metricEntry
	if id != "" {
		existing = s.byID[id]
		if existing != nil && metricKey(existing.metric) != key {
			throwUnscoped("Cannot have two different metrics share the same id ('%s') in one Alarm or Graph. Rename one of them.", id)
		}
	}
	if existing == nil {
		existing = s.byKey[key]
		if existing != nil && existing.id != "" && id != "" {
			existing = nil
		}
	}
	entry := existing
	if entry == nil {
		entry = &metricEntry{metric: m, level: level}
		s.entries = append(s.entries, entry)
		s.byKey[key] = entry
	}
	if entry.id == "" && id != "" {
		entry.id = id
		s.byID[id] = entry
	}
	if entry.tag == "" && tag != "" {
		entry.tag = tag
	}
	if conf := m.ToMetricConfig(); conf.MathExpression != nil && conf.MathExpression.UsingMetrics != nil {
		using := *conf.MathExpression.UsingMetrics
		for _, sub := range sortedKeys(using) {
			s.addOne(using[sub], level+1, "", sub)
		}
	}
}

// envValue is an account or region that a dashboard writes only when it
// differs from its own stack's.
type envValue struct {
	value  *string
	region bool
}

// metricLine is one metric of a graph: namespace, name, dimensions and an
// options object, which is dropped when it ends up empty.
type metricLine []interface{}

// ordered is an object whose keys keep the position they were first
// mentioned at, even while unset, as a JavaScript object's do.
type ordered struct {
	keys []string
	vals map[string]interface{}
}

func newOrdered(keys ...string) *ordered {
	o := &ordered{vals: map[string]interface{}{}}
	for _, k := range keys {
		o.set(k, nil)
	}
	return o
}

func (o *ordered) set(k string, v interface{}) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

func (o *ordered) get(k string) interface{} { return o.vals[k] }

func (o *ordered) object() *ojson.Object {
	out := ojson.New()
	for _, k := range o.keys {
		if v := o.vals[k]; !isNil(v) {
			out.Set(k, v)
		}
	}
	return out
}

func truthyString(v interface{}) bool {
	switch x := v.(type) {
	case *string:
		return x != nil && *x != ""
	case string:
		return x != ""
	}
	return v != nil
}

// allMetricsGraphJSON renders the metrics of a graph: left, then right,
// then the metrics math expressions use.
func allMetricsGraphJSON(left, right []IMetric) []interface{} {
	set := newMetricSet()
	set.addTopLevel("left", left...)
	set.addTopLevel("right", right...)
	out := []interface{}{}
	for _, e := range set.entries {
		out = append(out, metricGraphJSON(e.metric, e.tag, e.id))
	}
	return out
}

func metricGraphJSON(m IMetric, yAxis, id string) metricLine {
	conf, kind := metricKind(m)
	rp := map[string]interface{}{}
	if conf.RenderingProperties != nil {
		rp = *conf.RenderingProperties
	}
	opts := newOrdered()
	for _, k := range renderingKeys(m, rp) {
		opts.set(k, rp[k])
	}
	var line metricLine
	switch kind {
	case "stat":
		st := conf.MetricStat
		line = append(line, deref(st.Namespace), deref(st.MetricName))
		if st.Dimensions != nil {
			for _, d := range *st.Dimensions {
				line = append(line, deref(d.Name), dimValue(d.Value))
			}
		}
		if deref(st.AccountOverride) != "" {
			opts.set("accountId", *st.AccountOverride)
		} else if deref(st.Account) != "" {
			opts.set("accountId", envValue{value: st.Account})
		}
		if deref(st.RegionOverride) != "" {
			opts.set("region", *st.RegionOverride)
		} else if deref(st.Region) != "" {
			opts.set("region", envValue{value: st.Region, region: true})
		}
		if st.Period != nil && secs(st.Period) != 300 {
			opts.set("period", secs(st.Period))
		}
		if s := deref(st.Statistic); s != "" && s != "Average" {
			opts.set("stat", s)
		}
	default:
		ex := conf.MathExpression
		if kind == "search" {
			ex = conf.SearchExpression
		}
		opts.set("expression", deref(ex.Expression))
		if deref(ex.SearchAccount) != "" {
			opts.set("accountId", envValue{value: ex.SearchAccount})
		}
		if deref(ex.SearchRegion) != "" {
			opts.set("region", envValue{value: ex.SearchRegion, region: true})
		}
		if ex.Period != nil && *ex.Period != 0 && *ex.Period != 300 {
			opts.set("period", *ex.Period)
		}
	}
	if yAxis == "" {
		opts.set("visible", false)
	}
	if yAxis != "left" {
		opts.set("yAxis", strOrNil(yAxis))
	}
	if id != "" {
		opts.set("id", id)
	}
	visibleFalse := false
	if b, ok := opts.get("visible").(bool); ok && !b {
		visibleFalse = true
	}
	if b, ok := opts.get("visible").(*bool); ok && b != nil && !*b {
		visibleFalse = true
	}
	if !visibleFalse && truthyString(opts.get("expression")) && !truthyString(opts.get("label")) {
		if l, ok := opts.get("label").(*string); ok && l != nil && *l == "" {
			opts.set("label", nil)
		} else {
			opts.set("label", metricString(m))
		}
	}
	o := opts.object()
	if o.Len() > 0 {
		line = append(line, o)
	}
	return line
}

// finalizeJSON resolves the account and region values against stack and
// drops what JSON.stringify would: unset values, and a metric's options
// left empty.
func finalizeJSON(v interface{}, stack awscdk.Stack) interface{} {
	switch x := v.(type) {
	case *ojson.Object:
		out := ojson.New()
		for _, k := range x.Keys() {
			val, _ := x.Get(k)
			if val = finalizeJSON(val, stack); !isNil(val) {
				out.Set(k, val)
			}
		}
		return out
	case envValue:
		own := stack.Account()
		if x.region {
			own = stack.Region()
		}
		if !isUnresolved(own) && deref(own) == deref(x.value) {
			return nil
		}
		return x.value
	case metricLine:
		out := make([]interface{}, 0, len(x))
		for _, e := range x {
			out = append(out, finalizeJSON(e, stack))
		}
		if n := len(out); n > 0 {
			if o, ok := out[n-1].(*ojson.Object); ok && o.Len() == 0 {
				out = out[:n-1]
			}
		}
		return out
	case []interface{}:
		out := make([]interface{}, 0, len(x))
		for _, e := range x {
			out = append(out, finalizeJSON(e, stack))
		}
		return out
	case *[]interface{}:
		if x == nil {
			return nil
		}
		return finalizeJSON(*x, stack)
	}
	return v
}
