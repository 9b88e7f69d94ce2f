package awssqs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// QueueAttributes describe a queue defined outside this app.
type QueueAttributes struct {
	// The queue's ARN.
	QueueArn *string `field:"required" json:"queueArn" yaml:"queueArn"`
	// Whether it is a FIFO queue. Default: when the name ends in ".fifo".
	Fifo *bool `field:"optional" json:"fifo" yaml:"fifo"`
	// The ARN of the queue's KMS key, if it has one.
	KeyArn *string `field:"optional" json:"keyArn" yaml:"keyArn"`
	// Default: taken from the ARN.
	QueueName *string `field:"optional" json:"queueName" yaml:"queueName"`
	// Default: built from the ARN.
	QueueUrl *string `field:"optional" json:"queueUrl" yaml:"queueUrl"`
}

type importedQueue struct {
	queueBase
}

// Queue_FromQueueArn imports a queue by its ARN.
func Queue_FromQueueArn(scope constructs.Construct, id *string, queueArn *string) IQueue {
	return Queue_FromQueueAttributes(scope, id, &QueueAttributes{QueueArn: queueArn})
}

// Queue_FromQueueAttributes imports a queue from its attributes.
func Queue_FromQueueAttributes(scope constructs.Construct, id *string, attrs *QueueAttributes) IQueue {
	if attrs == nil || attrs.QueueArn == nil {
		l2.RequireProps(scope, id, "QueueAttributes", "QueueArn")
	}
	stack := awscdk.Stack_Of(scope)
	parsed := stack.SplitArn(attrs.QueueArn, awscdk.ArnFormat_NO_RESOURCE_NAME)
	name := attrs.QueueName
	if name == nil || *name == "" {
		name = parsed.Resource
	}
	url := attrs.QueueUrl
	if url == nil || *url == "" {
		url = jsii.String("https://sqs." + deref(parsed.Region) + "." + *stack.UrlSuffix() + "/" + deref(parsed.Account) + "/" + deref(name))
	}
	q := &importedQueue{}
	q.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: attrs.QueueArn})
	host.Set(q.Resource, q)
	q.arn = func() *string { return attrs.QueueArn }
	q.name = func() *string { return name }
	q.url = func() *string { return url }
	q.init(q)
	if attrs.KeyArn != nil && *attrs.KeyArn != "" {
		q.encryptionKey = awskms.Key_FromKeyArn(q, jsii.String("Key"), attrs.KeyArn)
		q.encryptionType = QueueEncryption_KMS
	}
	q.fifo = q.determineFifo(attrs, deref(name))
	return q
}

func (q *importedQueue) determineFifo(attrs *QueueAttributes, name string) bool {
	if isUnresolved(attrs.QueueArn) {
		return attrs.Fifo != nil && *attrs.Fifo
	}
	if attrs.Fifo != nil {
		if *attrs.Fifo && !strings.HasSuffix(name, ".fifo") {
			addError(q, "FIFO queue names must end in '.fifo'")
		}
		if !*attrs.Fifo && strings.HasSuffix(name, ".fifo") {
			addError(q, "Non-FIFO queue name may not end in '.fifo'")
		}
	}
	return strings.HasSuffix(name, ".fifo")
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
