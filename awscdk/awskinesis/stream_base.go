package awskinesis

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskinesis"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IStream is a Kinesis data stream, defined in this app or imported.
type IStream interface {
	awscdk.IResource
	interfacesawskinesis.IStreamRef
	// AddToResourcePolicy adds a statement to the stream's resource policy,
	// creating the ResourcePolicy when the stream is owned by this app.
	AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	// Grant gives grantee the actions on this stream.
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	// GrantRead lets grantee read records (and decrypt them).
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	// GrantReadWrite lets grantee read and write records.
	GrantReadWrite(grantee awsiam.IGrantable) awsiam.Grant
	// GrantWrite lets grantee put records (and encrypt them).
	GrantWrite(grantee awsiam.IGrantable) awsiam.Grant
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricGetRecords(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricGetRecordsBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricGetRecordsIteratorAgeMilliseconds(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricGetRecordsLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricGetRecordsSuccess(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIncomingBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIncomingRecords(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPutRecordBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPutRecordLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPutRecordsBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPutRecordsFailedRecords(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPutRecordsLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPutRecordsSuccess(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPutRecordsSuccessfulRecords(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPutRecordsThrottledRecords(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPutRecordsTotalRecords(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricPutRecordSuccess(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricReadProvisionedThroughputExceeded(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricWriteProvisionedThroughputExceeded(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	// EncryptionKey is the stream's customer managed key, if any.
	EncryptionKey() awskms.IKey
	StreamArn() *string
	StreamName() *string
}

// The actions the grants give; aws-cdk-lib's lists, in its order.
var (
	readOperations = []string{"kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator",
		"kinesis:ListShards", "kinesis:SubscribeToShard", "kinesis:DescribeStream", "kinesis:ListStreams",
		"kinesis:DescribeStreamConsumer"}
	writeOperations = []string{"kinesis:ListShards", "kinesis:PutRecord", "kinesis:PutRecords"}
)

// Kinesis resource policies reject these actions, so a grant leaves them
// out of the statement it adds to the stream's policy.
func unsupportedInResourcePolicy(action string) bool {
	switch action {
	case "kinesis:DescribeStreamConsumer", "kinesis:ListStreams", "kinesis:SubscribeToShard":
		return true
	}
	return false
}

// streamBase implements IStream over the core Resource; self is the outer
// object (a *stream or an imported one).
type streamBase struct {
	awscdk.Resource
	self             IStream
	policy           ResourcePolicy
	autoCreatePolicy bool
	encryptionKey    awskms.IKey
	arn, name        func() *string
}

func (s *streamBase) init(self IStream) {
	s.self = self
	s.Node().AddValidation(l2.Validation(func() []string {
		if s.policy == nil {
			return nil
		}
		return strs(s.policy.Document().ValidateForResourcePolicy(nil))
	}))
}

func (s *streamBase) AutoCreatePolicy() *bool    { return jsii.Bool(s.autoCreatePolicy) }
func (s *streamBase) EncryptionKey() awskms.IKey { return s.encryptionKey }
func (s *streamBase) StreamArn() *string         { return s.arn() }
func (s *streamBase) StreamName() *string        { return s.name() }

// StreamRef is the stream's reference (name and ARN).
func (s *streamBase) StreamRef() *interfacesawskinesis.StreamReference {
	return &interfacesawskinesis.StreamReference{StreamName: s.self.StreamName(), StreamArn: s.self.StreamArn()}
}

func (s *streamBase) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if s.policy == nil && s.autoCreatePolicy {
		s.policy = NewResourcePolicy(s.Resource, jsii.String("Policy"), &ResourcePolicyProps{Stream: s.self})
	}
	if s.policy == nil {
		return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
	}
	s.policy.Document().AddStatements(statement)
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: s.policy}
}

func (s *streamBase) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	g := s.Grant(grantee, strPtrs(readOperations)...)
	if s.encryptionKey != nil {
		s.encryptionKey.GrantDecrypt(grantee)
	}
	return g
}

func (s *streamBase) GrantWrite(grantee awsiam.IGrantable) awsiam.Grant {
	g := s.Grant(grantee, strPtrs(writeOperations)...)
	if s.encryptionKey != nil {
		s.encryptionKey.GrantEncrypt(grantee)
	}
	return g
}

func (s *streamBase) GrantReadWrite(grantee awsiam.IGrantable) awsiam.Grant {
	var actions []string
	seen := map[string]bool{}
	for _, a := range append(append([]string{}, readOperations...), writeOperations...) {
		if !seen[a] {
			seen[a] = true
			actions = append(actions, a)
		}
	}
	g := s.Grant(grantee, strPtrs(actions)...)
	if s.encryptionKey != nil {
		s.encryptionKey.GrantEncryptDecrypt(grantee)
	}
	return g
}

// filteringPolicy is the resource a stream's grant writes to: the stream's
// own policy, minus the actions a Kinesis resource policy rejects.
type filteringPolicy struct{ s *streamBase }

func (f filteringPolicy) Env() *interfaces.ResourceEnvironment { return f.s.Env() }

func (f filteringPolicy) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	var kept []*string
	if statement.Actions() != nil {
		for _, a := range *statement.Actions() {
			if a != nil && !unsupportedInResourcePolicy(*a) {
				kept = append(kept, a)
			}
		}
	}
	if len(kept) == 0 {
		return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
	}
	return f.s.AddToResourcePolicy(statement.Copy(&awsiam.PolicyStatementProps{Actions: &kept}))
}

func (s *streamBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee:      grantee,
		Actions:      &actions,
		ResourceArns: &[]*string{s.self.StreamArn()},
		Resource:     filteringPolicy{s},
	})
}

// Metric is a metric of this stream in AWS/Kinesis, dimensioned by its name.
func (s *streamBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/Kinesis"),
		MetricName:    metricName,
		DimensionsMap: &map[string]*string{"StreamName": s.self.StreamName()},
	}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(s.self)
}

func (s *streamBase) canned(name, statistic string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{
		Namespace:     jsii.String("AWS/Kinesis"),
		MetricName:    jsii.String(name),
		DimensionsMap: &map[string]*string{"StreamName": s.self.StreamName()},
		Statistic:     jsii.String(statistic),
	}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(s.self)
}

func (s *streamBase) MetricGetRecords(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("GetRecords.Records", "Average", p)
}
func (s *streamBase) MetricGetRecordsBytes(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("GetRecords.Bytes", "Average", p)
}
func (s *streamBase) MetricGetRecordsIteratorAgeMilliseconds(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("GetRecords.IteratorAgeMilliseconds", "Maximum", p)
}
func (s *streamBase) MetricGetRecordsLatency(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("GetRecords.Latency", "Average", p)
}
func (s *streamBase) MetricGetRecordsSuccess(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("GetRecords.Success", "Average", p)
}
func (s *streamBase) MetricIncomingBytes(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("IncomingBytes", "Average", p)
}
func (s *streamBase) MetricIncomingRecords(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("IncomingRecords", "Average", p)
}
func (s *streamBase) MetricPutRecordBytes(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("PutRecord.Bytes", "Average", p)
}
func (s *streamBase) MetricPutRecordLatency(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("PutRecord.Latency", "Average", p)
}
func (s *streamBase) MetricPutRecordSuccess(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("PutRecord.Success", "Average", p)
}
func (s *streamBase) MetricPutRecordsBytes(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("PutRecords.Bytes", "Average", p)
}
func (s *streamBase) MetricPutRecordsFailedRecords(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("PutRecords.FailedRecords", "Average", p)
}
func (s *streamBase) MetricPutRecordsLatency(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("PutRecords.Latency", "Average", p)
}
func (s *streamBase) MetricPutRecordsSuccess(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("PutRecords.Success", "Average", p)
}
func (s *streamBase) MetricPutRecordsSuccessfulRecords(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("PutRecords.SuccessfulRecords", "Average", p)
}
func (s *streamBase) MetricPutRecordsThrottledRecords(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("PutRecords.ThrottledRecords", "Average", p)
}
func (s *streamBase) MetricPutRecordsTotalRecords(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("PutRecords.TotalRecords", "Average", p)
}
func (s *streamBase) MetricReadProvisionedThroughputExceeded(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("ReadProvisionedThroughputExceeded", "Average", p)
}
func (s *streamBase) MetricWriteProvisionedThroughputExceeded(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return s.canned("WriteProvisionedThroughputExceeded", "Average", p)
}

func strs(p *[]*string) []string {
	if p == nil {
		return nil
	}
	out := make([]string, 0, len(*p))
	for _, s := range *p {
		if s != nil {
			out = append(out, *s)
		}
	}
	return out
}

func strPtrs(xs []string) []*string {
	out := make([]*string, len(xs))
	for i := range xs {
		s := xs[i]
		out[i] = &s
	}
	return out
}
