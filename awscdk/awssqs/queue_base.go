package awssqs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawssqs"
	"github.com/strata-cdk/strata/jsii"
)

// QueueEncryption says how a queue's messages are encrypted at rest.
type QueueEncryption string

const (
	// QueueEncryption_UNENCRYPTED: messages are not encrypted (SqsManagedSseEnabled: false).
	QueueEncryption_UNENCRYPTED QueueEncryption = "UNENCRYPTED"
	// QueueEncryption_KMS_MANAGED: the AWS managed key alias/aws/sqs.
	QueueEncryption_KMS_MANAGED QueueEncryption = "KMS_MANAGED"
	// QueueEncryption_KMS: a customer managed KMS key, created unless encryptionMasterKey is given.
	QueueEncryption_KMS QueueEncryption = "KMS"
	// QueueEncryption_SQS_MANAGED: SQS owned encryption keys (SSE-SQS).
	QueueEncryption_SQS_MANAGED QueueEncryption = "SQS_MANAGED"
)

// IQueue is an SQS queue, defined in this app or imported.
type IQueue interface {
	interfacesawssqs.IQueueRef
	awscdk.IResource
	// AddToResourcePolicy adds a statement to the queue's resource policy,
	// creating the QueuePolicy when the queue is owned by this app.
	AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	// Grant gives grantee the actions on this queue.
	Grant(grantee awsiam.IGrantable, queueActions ...*string) awsiam.Grant
	// GrantConsumeMessages lets grantee receive, change visibility of and delete messages.
	GrantConsumeMessages(grantee awsiam.IGrantable) awsiam.Grant
	// GrantPurge lets grantee purge the queue.
	GrantPurge(grantee awsiam.IGrantable) awsiam.Grant
	// GrantSendMessages lets grantee send messages.
	GrantSendMessages(grantee awsiam.IGrantable) awsiam.Grant
	// EncryptionMasterKey is the customer managed key, if any.
	EncryptionMasterKey() awskms.IKey
	// EncryptionType is how the queue is encrypted, if known.
	EncryptionType() QueueEncryption
	// Fifo reports whether this is a FIFO queue.
	Fifo() *bool
	QueueArn() *string
	QueueName() *string
	QueueUrl() *string
	// Metric is the queue's metricName metric (AWS/SQS, by QueueName).
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricApproximateAgeOfOldestMessage(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricApproximateNumberOfMessagesDelayed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricApproximateNumberOfMessagesNotVisible(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	// MetricApproximateNumberOfMessagesOutstanding is visible + not visible messages.
	MetricApproximateNumberOfMessagesOutstanding(props *awscloudwatch.MetricOptions) awscloudwatch.MathExpression
	MetricApproximateNumberOfMessagesVisible(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNumberOfEmptyReceives(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNumberOfMessagesDeleted(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNumberOfMessagesReceived(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNumberOfMessagesSent(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSentMessageSize(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// QueueBase is what Queue and imported queues share.
type QueueBase interface {
	awscdk.Resource
	IQueue
	// AutoCreatePolicy reports whether AddToResourcePolicy creates a QueuePolicy.
	AutoCreatePolicy() *bool
	// Grants is the queue's grants object.
	Grants() QueueGrants
	// GrantOnKey grants actions on the queue's KMS key, if it has one.
	GrantOnKey(grantee awsiam.IGrantable, actions ...*string) *awsiam.GrantOnKeyResult
}

// queueBase implements QueueBase on top of the core Resource; self is the
// outer object (a *queue or an *importedQueue).
type queueBase struct {
	awscdk.Resource
	self             IQueue
	policy           QueuePolicy
	autoCreatePolicy bool
	fifo             bool
	encryptionKey    awskms.IKey
	encryptionType   QueueEncryption
	grants           QueueGrants
	arn, name, url   func() *string
}

func (q *queueBase) init(self IQueue) {
	q.self = self
	q.grants = QueueGrants_FromQueue(self)
	q.Node().AddValidation(validation(func() []string {
		if q.policy == nil {
			return nil
		}
		return strs(q.policy.Document().ValidateForResourcePolicy(nil))
	}))
}

func (q *queueBase) AutoCreatePolicy() *bool          { return jsii.Bool(q.autoCreatePolicy) }
func (q *queueBase) Fifo() *bool                      { return jsii.Bool(q.fifo) }
func (q *queueBase) EncryptionMasterKey() awskms.IKey { return q.encryptionKey }
func (q *queueBase) EncryptionType() QueueEncryption  { return q.encryptionType }
func (q *queueBase) Grants() QueueGrants              { return q.grants }
func (q *queueBase) QueueArn() *string                { return q.arn() }
func (q *queueBase) QueueName() *string               { return q.name() }
func (q *queueBase) QueueUrl() *string                { return q.url() }

// QueueRef is the queue's reference (URL and ARN).
func (q *queueBase) QueueRef() *interfacesawssqs.QueueReference {
	return &interfacesawssqs.QueueReference{QueueUrl: q.self.QueueUrl(), QueueArn: q.self.QueueArn()}
}

func (q *queueBase) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if q.policy == nil && q.autoCreate() {
		q.policy = NewQueuePolicy(q.Resource, jsii.String("Policy"), &QueuePolicyProps{Queues: &[]IQueue{q.self}})
	}
	if q.policy == nil {
		return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
	}
	q.policy.Document().AddStatements(statement)
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: q.policy}
}

// GrantOnKey grants actions on the queue's KMS key, if it has one (the
// result's Grant is nil otherwise).
func (q *queueBase) GrantOnKey(grantee awsiam.IGrantable, actions ...*string) *awsiam.GrantOnKeyResult {
	return &awsiam.GrantOnKeyResult{Grant: q.grantOnKey(grantee, actions...)}
}

// grantOnKey grants actions on the queue's KMS key, when it has one.
func (q *queueBase) grantOnKey(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	key := q.self.EncryptionMasterKey()
	if key == nil {
		return nil
	}
	return key.Grant(grantee, actions...)
}

func (q *queueBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee:      grantee,
		Actions:      &actions,
		ResourceArns: &[]*string{q.self.QueueArn()},
		Resource:     q.self,
	})
}

func (q *queueBase) GrantConsumeMessages(grantee awsiam.IGrantable) awsiam.Grant {
	return q.grants.ConsumeMessages(grantee)
}

func (q *queueBase) GrantSendMessages(grantee awsiam.IGrantable) awsiam.Grant {
	return q.grants.SendMessages(grantee)
}

func (q *queueBase) GrantPurge(grantee awsiam.IGrantable) awsiam.Grant {
	return q.grants.Purge(grantee)
}
