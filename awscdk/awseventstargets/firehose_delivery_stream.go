package awseventstargets

import (
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// FirehoseDeliveryStreamProps are the props of NewFirehoseDeliveryStream.
type FirehoseDeliveryStreamProps struct {
	// What the rule sends. Default: the whole event.
	Message awsevents.RuleTargetInput `field:"optional" json:"message" yaml:"message"`
}

// FirehoseDeliveryStream puts events on a Firehose delivery stream (the L2
// awskinesisfirehose.IDeliveryStream).
type FirehoseDeliveryStream interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type firehoseDeliveryStream struct {
	stream awskinesisfirehose.IDeliveryStream
	props  FirehoseDeliveryStreamProps
}

// NewFirehoseDeliveryStream makes deliveryStream a rule target.
func NewFirehoseDeliveryStream(deliveryStream awskinesisfirehose.IDeliveryStream, props *FirehoseDeliveryStreamProps) FirehoseDeliveryStream {
	if deliveryStream == nil {
		diag.Panic("", "NewFirehoseDeliveryStream needs a delivery stream; got nil")
	}
	t := &firehoseDeliveryStream{stream: deliveryStream}
	if props != nil {
		t.props = *props
	}
	return t
}

// NewFirehoseDeliveryStream_Override initialises outer, a type embedding FirehoseDeliveryStream.
func NewFirehoseDeliveryStream_Override(outer FirehoseDeliveryStream, deliveryStream awskinesisfirehose.IDeliveryStream, props *FirehoseDeliveryStreamProps) {
	l2.Override(outer, NewFirehoseDeliveryStream(deliveryStream, props))
}

// Bind lets the stream's events role (one per stream) put records.
func (f *firehoseDeliveryStream) Bind(_ interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	role := singletonEventRole(f.stream)
	f.stream.GrantPutRecords(role)
	return &awsevents.RuleTargetConfig{Arn: f.stream.DeliveryStreamArn(), Role: role, Input: f.props.Message, TargetResource: f.stream}
}
