package awscloudfront

import (
	"fmt"
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Endpoint is where a real-time log configuration sends its records.
type Endpoint interface{}

// endpointRenderer is what every Endpoint of this package does: it
// renders itself for the configuration in scope.
type endpointRenderer interface {
	renderEndpoint(scope constructs.Construct) *CfnRealtimeLogConfig_EndPointProperty
}

type kinesisEndpoint struct {
	stream awskinesis.IStream
	role   awsiam.IRole
}

// Endpoint_FromKinesisStream sends real-time logs to a Kinesis data stream.
// Without a role, CloudFront assumes one role per configuration's scope
// ("RealtimeLogKinesisRole"), which is granted the writes (and the stream
// key's GenerateDataKey when the stream is encrypted).
func Endpoint_FromKinesisStream(stream awskinesis.IStream, role awsiam.IRole) Endpoint {
	return &kinesisEndpoint{stream: stream, role: role}
}

func (e *kinesisEndpoint) renderEndpoint(scope constructs.Construct) *CfnRealtimeLogConfig_EndPointProperty {
	role := e.role
	if role == nil {
		if existing, ok := scope.Node().TryFindChild(jsii.String("RealtimeLogKinesisRole")).(awsiam.IRole); ok {
			role = existing
		} else {
			role = awsiam.NewRole(scope, jsii.String("RealtimeLogKinesisRole"), &awsiam.RoleProps{
				RoleName:  awscdk.PhysicalName_GENERATE_IF_NEEDED(),
				AssumedBy: awsiam.NewServicePrincipal(jsii.String("cloudfront.amazonaws.com"), nil)})
		}
	}
	e.stream.Grant(role, jsii.String("kinesis:DescribeStreamSummary"), jsii.String("kinesis:DescribeStream"),
		jsii.String("kinesis:PutRecord"), jsii.String("kinesis:PutRecords"))
	if key := e.stream.EncryptionKey(); key != nil {
		key.Grant(role, jsii.String("kms:GenerateDataKey"))
	}
	return &CfnRealtimeLogConfig_EndPointProperty{
		KinesisStreamConfig: &CfnRealtimeLogConfig_KinesisStreamConfigProperty{RoleArn: role.RoleArn(), StreamArn: e.stream.StreamArn()},
		StreamType:          jsii.String("Kinesis"),
	}
}

// RealtimeLogConfigProps are the props of NewRealtimeLogConfig.
type RealtimeLogConfigProps struct {
	EndPoints *[]Endpoint `field:"required" json:"endPoints" yaml:"endPoints"`
	Fields    *[]*string  `field:"required" json:"fields" yaml:"fields"`
	// SamplingRate is the percentage of requests logged, 1 to 100.
	SamplingRate *float64 `field:"required" json:"samplingRate" yaml:"samplingRate"`
	// Default: a name unique in the app.
	RealtimeLogConfigName *string `field:"optional" json:"realtimeLogConfigName" yaml:"realtimeLogConfigName"`
}

// RealtimeLogConfig is a real-time log configuration
// (AWS::CloudFront::RealtimeLogConfig) for cache behaviors.
type RealtimeLogConfig interface {
	awscdk.Resource
	IRealtimeLogConfig
}

type realtimeLogConfig struct {
	awscdk.Resource
	res       CfnRealtimeLogConfig
	name, arn *string
}

// NewRealtimeLogConfig defines a real-time log configuration.
func NewRealtimeLogConfig(scope constructs.Construct, id *string, props *RealtimeLogConfigProps) RealtimeLogConfig {
	props = l2.Inject(*RealtimeLogConfig_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "RealtimeLogConfig", "EndPoints", "Fields", "SamplingRate")
	}
	r := &realtimeLogConfig{}
	name := props.RealtimeLogConfigName
	if name == nil {
		name = awscdk.Lazy_String(stringProducer(func() *string {
			return awscdk.Names_UniqueResourceName(r, &awscdk.UniqueResourceNameOptions{})
		}), nil)
	}
	r.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(r.Resource, r)
	if rate := props.SamplingRate; rate != nil && (*rate < 1 || *rate > 100) {
		l2.Throw(scope, "Sampling rate must be between 1 and 100 (inclusive), received %s", strconv.FormatFloat(*rate, 'f', -1, 64))
	}
	var endpoints []*CfnRealtimeLogConfig_EndPointProperty
	if props.EndPoints != nil {
		for i, e := range *props.EndPoints {
			er, ok := e.(endpointRenderer)
			if !ok {
				l2.Throw(r, "RealtimeLogConfig endPoints[%d] must come from Endpoint_FromKinesisStream; got %s", i, fmt.Sprintf("%T", e))
			}
			endpoints = append(endpoints, er.renderEndpoint(r))
		}
	}
	r.res = NewCfnRealtimeLogConfig(r, jsii.String("Resource"), &CfnRealtimeLogConfigProps{
		EndPoints: endpoints, Fields: props.Fields, Name: r.PhysicalName(), SamplingRate: props.SamplingRate,
	})
	return r
}

// NewRealtimeLogConfig_Override initialises outer, a type embedding RealtimeLogConfig.
func NewRealtimeLogConfig_Override(outer RealtimeLogConfig, scope constructs.Construct, id *string, props *RealtimeLogConfigProps) {
	l2.Override(outer, NewRealtimeLogConfig(scope, id, props))
}

func (r *realtimeLogConfig) RealtimeLogConfigName() *string {
	if r.name == nil {
		r.name = r.GetResourceNameAttribute(r.res.Ref())
	}
	return r.name
}

func (r *realtimeLogConfig) RealtimeLogConfigArn() *string {
	if r.arn == nil {
		r.arn = r.GetResourceArnAttribute(r.res.AttrArn(), &awscdk.ArnComponents{Service: jsii.String("cloudfront"),
			Region: jsii.String(""), Resource: jsii.String("realtime-log-config"), ResourceName: r.PhysicalName()})
	}
	return r.arn
}

func (r *realtimeLogConfig) RealtimeLogConfigRef() *interfacesawscloudfront.RealtimeLogConfigReference {
	return r.res.RealtimeLogConfigRef()
}

// RealtimeLogConfig_IsConstruct reports whether x is a construct.
func RealtimeLogConfig_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// RealtimeLogConfig_IsOwnedResource reports whether construct is a Resource this app created.
func RealtimeLogConfig_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// RealtimeLogConfig_IsResource reports whether construct is a Resource.
func RealtimeLogConfig_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// RealtimeLogConfig_PROPERTY_INJECTION_ID is the id property injectors use
// for RealtimeLogConfig.
func RealtimeLogConfig_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.RealtimeLogConfig")
}
