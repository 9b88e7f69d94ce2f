// Package cwmetric builds the metrics the L2 packages' Metric* helpers
// return: a metric's defaults with the caller's options laid over them.
// aws-cdk-lib spreads the options object over the defaults; jsii hands over
// only the fields a Go program set, so a set field wins and an unset one
// keeps the default.
package cwmetric

import "github.com/strata-cdk/strata/awscdk/awscloudwatch"

// Overlay sets on base every field o sets, and returns base.
func Overlay(base *awscloudwatch.MetricProps, o *awscloudwatch.MetricOptions) *awscloudwatch.MetricProps {
	if o == nil {
		return base
	}
	for _, f := range []struct{ dst, v **string }{
		{&base.Account, &o.Account}, {&base.Color, &o.Color}, {&base.Id, &o.Id}, {&base.Label, &o.Label},
		{&base.Region, &o.Region}, {&base.StackAccount, &o.StackAccount}, {&base.StackRegion, &o.StackRegion},
		{&base.Statistic, &o.Statistic},
	} {
		if *f.v != nil {
			*f.dst = *f.v
		}
	}
	if o.DimensionsMap != nil {
		base.DimensionsMap = o.DimensionsMap
	}
	if o.Period != nil {
		base.Period = o.Period
	}
	if o.Unit != "" {
		base.Unit = o.Unit
	}
	if o.Visible != nil {
		base.Visible = o.Visible
	}
	return base
}
