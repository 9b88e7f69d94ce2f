package awsapigateway

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/internal/l2"
)

// FirehoseLogDestination writes access logs to a Firehose delivery stream
// whose name starts with "amazon-apigateway-".
type FirehoseLogDestination interface {
	IAccessLogDestination
}

type firehoseDestination struct {
	stream awskinesisfirehose.CfnDeliveryStream
}

// NewFirehoseLogDestination sends access logs to stream.
func NewFirehoseLogDestination(stream awskinesisfirehose.CfnDeliveryStream) FirehoseLogDestination {
	return &firehoseDestination{stream: stream}
}

// NewFirehoseLogDestination_Override initialises outer, a type embedding
// FirehoseLogDestination (how Go programs subclass it).
func NewFirehoseLogDestination_Override(outer FirehoseLogDestination, stream awskinesisfirehose.CfnDeliveryStream) {
	l2.Override(outer, NewFirehoseLogDestination(stream))
}

func (d *firehoseDestination) Bind(stage interfacesawsapigateway.IStageRef) *AccessLogDestinationConfig {
	if isNil(d.stream) {
		l2.Throw(stage, "a FirehoseLogDestination needs a delivery stream")
	}
	name := d.stream.DeliveryStreamName()
	if name == nil || !strings.HasPrefix(*name, "amazon-apigateway-") {
		l2.Throw(stage, "Firehose delivery stream name for access log destination must begin with 'amazon-apigateway-', got '%s'", pathOrUndefined(name))
	}
	return &AccessLogDestinationConfig{DestinationArn: d.stream.AttrArn()}
}
