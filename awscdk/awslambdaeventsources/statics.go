package awslambdaeventsources

import (
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The New*_Override constructors aws-cdk-go offers for this package's
// classes; an _Override stores the source in the user's struct.

// NewApiEventSource_Override initialises outer, a type embedding ApiEventSource (how Go programs subclass it).
func NewApiEventSource_Override(outer ApiEventSource, a1 *string, a2 *string, a3 *awsapigateway.MethodOptions) {
	l2.Override(outer, NewApiEventSource(a1, a2, a3))
}

// NewDynamoEventSource_Override initialises outer, a type embedding DynamoEventSource (how Go programs subclass it).
func NewDynamoEventSource_Override(outer DynamoEventSource, a1 awsdynamodb.ITable, a2 *DynamoEventSourceProps) {
	l2.Override(outer, NewDynamoEventSource(a1, a2))
}

// NewS3EventSourceV2_Override initialises outer, a type embedding S3EventSourceV2 (how Go programs subclass it).
func NewS3EventSourceV2_Override(outer S3EventSourceV2, a1 awss3.IBucket, a2 *S3EventSourceProps) {
	l2.Override(outer, NewS3EventSourceV2(a1, a2))
}

// NewS3EventSource_Override initialises outer, a type embedding S3EventSource (how Go programs subclass it).
func NewS3EventSource_Override(outer S3EventSource, a1 awss3.Bucket, a2 *S3EventSourceProps) {
	l2.Override(outer, NewS3EventSource(a1, a2))
}

// NewSnsEventSource_Override initialises outer, a type embedding SnsEventSource (how Go programs subclass it).
func NewSnsEventSource_Override(outer SnsEventSource, a1 awssns.ITopic, a2 *SnsEventSourceProps) {
	l2.Override(outer, NewSnsEventSource(a1, a2))
}

// NewSqsEventSource_Override initialises outer, a type embedding SqsEventSource (how Go programs subclass it).
func NewSqsEventSource_Override(outer SqsEventSource, a1 awssqs.IQueue, a2 *SqsEventSourceProps) {
	l2.Override(outer, NewSqsEventSource(a1, a2))
}
