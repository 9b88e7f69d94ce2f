package awskinesisfirehose

import (
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/jsii"
)

// Metric is the stream's metricName metric in AWS/Firehose, by
// DeliveryStreamName; props override the defaults field by field.
func (d *deliveryStreamBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/Firehose"),
		MetricName:    metricName,
		DimensionsMap: &map[string]*string{"DeliveryStreamName": d.self.DeliveryStreamName()},
	}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(d.self)
}

// canned is one of the named metrics, whose statistic props may replace.
func (d *deliveryStreamBase) canned(name, statistic string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	o := awscloudwatch.MetricOptions{}
	if props != nil {
		o = *props
	}
	if o.Statistic == nil {
		o.Statistic = jsii.String(statistic)
	}
	return d.Metric(jsii.String(name), &o)
}

func (d *deliveryStreamBase) MetricIncomingBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.canned("IncomingBytes", "Sum", props)
}

func (d *deliveryStreamBase) MetricIncomingRecords(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.canned("IncomingRecords", "Sum", props)
}

func (d *deliveryStreamBase) MetricBackupToS3Bytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.canned("BackupToS3.Bytes", "Sum", props)
}

func (d *deliveryStreamBase) MetricBackupToS3DataFreshness(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.canned("BackupToS3.DataFreshness", "Average", props)
}

func (d *deliveryStreamBase) MetricBackupToS3Records(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.canned("BackupToS3.Records", "Sum", props)
}
