package awsec2

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// FlowLogTrafficType is which traffic a flow log records.
type FlowLogTrafficType string

const (
	FlowLogTrafficType_ACCEPT FlowLogTrafficType = "ACCEPT"
	FlowLogTrafficType_ALL    FlowLogTrafficType = "ALL"
	FlowLogTrafficType_REJECT FlowLogTrafficType = "REJECT"
)

// FlowLogDestinationType is where a flow log goes.
type FlowLogDestinationType string

const (
	FlowLogDestinationType_CLOUD_WATCH_LOGS      FlowLogDestinationType = "CLOUD_WATCH_LOGS"
	FlowLogDestinationType_S3                    FlowLogDestinationType = "S3"
	FlowLogDestinationType_KINESIS_DATA_FIREHOSE FlowLogDestinationType = "KINESIS_DATA_FIREHOSE"
)

var destinationTypeValue = map[FlowLogDestinationType]string{
	FlowLogDestinationType_CLOUD_WATCH_LOGS: "cloud-watch-logs", FlowLogDestinationType_S3: "s3",
	FlowLogDestinationType_KINESIS_DATA_FIREHOSE: "kinesis-data-firehose",
}

// FlowLogFileFormat is the file format of flow logs in S3.
type FlowLogFileFormat string

const (
	FlowLogFileFormat_PLAIN_TEXT FlowLogFileFormat = "PLAIN_TEXT"
	FlowLogFileFormat_PARQUET    FlowLogFileFormat = "PARQUET"
)

var fileFormatValue = map[FlowLogFileFormat]string{FlowLogFileFormat_PLAIN_TEXT: "plain-text", FlowLogFileFormat_PARQUET: "parquet"}

// FlowLogMaxAggregationInterval is how long packets are aggregated into a record.
type FlowLogMaxAggregationInterval string

const (
	FlowLogMaxAggregationInterval_ONE_MINUTE  FlowLogMaxAggregationInterval = "ONE_MINUTE"
	FlowLogMaxAggregationInterval_TEN_MINUTES FlowLogMaxAggregationInterval = "TEN_MINUTES"
)

var aggregationSeconds = map[FlowLogMaxAggregationInterval]float64{
	FlowLogMaxAggregationInterval_ONE_MINUTE: 60, FlowLogMaxAggregationInterval_TEN_MINUTES: 600,
}

// DestinationOptions are the S3 options of a flow log.
type DestinationOptions struct {
	FileFormat               FlowLogFileFormat `field:"optional" json:"fileFormat" yaml:"fileFormat"`
	HiveCompatiblePartitions *bool             `field:"optional" json:"hiveCompatiblePartitions" yaml:"hiveCompatiblePartitions"`
	PerHourPartition         *bool             `field:"optional" json:"perHourPartition" yaml:"perHourPartition"`
}

// S3DestinationOptions are the options of FlowLogDestination_ToS3.
type S3DestinationOptions = DestinationOptions

// FlowLogDestinationConfig is what a destination binds to.
type FlowLogDestinationConfig struct {
	LogDestinationType FlowLogDestinationType                          `field:"required" json:"logDestinationType" yaml:"logDestinationType"`
	DeliveryStream     interfacesawskinesisfirehose.IDeliveryStreamRef `field:"optional" json:"deliveryStream" yaml:"deliveryStream"`
	DeliveryStreamArn  *string                                         `field:"optional" json:"deliveryStreamArn" yaml:"deliveryStreamArn"`
	DestinationOptions *DestinationOptions                             `field:"optional" json:"destinationOptions" yaml:"destinationOptions"`
	IamRole            awsiam.IRole                                    `field:"optional" json:"iamRole" yaml:"iamRole"`
	KeyPrefix          *string                                         `field:"optional" json:"keyPrefix" yaml:"keyPrefix"`
	LogGroup           interfacesawslogs.ILogGroupRef                  `field:"optional" json:"logGroup" yaml:"logGroup"`
	S3Bucket           awss3.IBucket                                   `field:"optional" json:"s3Bucket" yaml:"s3Bucket"`
}

// FlowLogDestination is where a flow log delivers its records.
type FlowLogDestination interface {
	Bind(scope constructs.Construct, flowLog FlowLog) *FlowLogDestinationConfig
}

type destinationFunc func(scope constructs.Construct, flowLog FlowLog) *FlowLogDestinationConfig

func (f destinationFunc) Bind(scope constructs.Construct, flowLog FlowLog) *FlowLogDestinationConfig {
	return f(scope, flowLog)
}

// FlowLogDestination_ToCloudWatchLogs sends records to a log group (a new
// one by default), written by a role (a new one by default).
func FlowLogDestination_ToCloudWatchLogs(logGroup interfacesawslogs.ILogGroupRef, iamRole awsiam.IRole) FlowLogDestination {
	return destinationFunc(func(scope constructs.Construct, _ FlowLog) *FlowLogDestinationConfig {
		role := iamRole
		if role == nil {
			role = awsiam.NewRole(scope, str("IAMRole"), &awsiam.RoleProps{
				RoleName:  awscdk.PhysicalName_GENERATE_IF_NEEDED(),
				AssumedBy: awsiam.NewServicePrincipal(str("vpc-flow-logs.amazonaws.com"), nil),
			})
		}
		lg := logGroup
		if lg == nil {
			lg = awslogs.NewLogGroup(scope, str("LogGroup"), nil)
		}
		role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions:   strPtrs([]string{"logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"}),
			Effect:    awsiam.Effect_ALLOW,
			Resources: &[]*string{lg.LogGroupRef().LogGroupArn},
		}))
		return &FlowLogDestinationConfig{LogDestinationType: FlowLogDestinationType_CLOUD_WATCH_LOGS, LogGroup: lg, IamRole: role}
	})
}

// FlowLogDestination_ToS3 sends records to a bucket (a new, retained one by
// default), under keyPrefix.
func FlowLogDestination_ToS3(bucket awss3.IBucket, keyPrefix *string, options *S3DestinationOptions) FlowLogDestination {
	return destinationFunc(func(scope constructs.Construct, _ FlowLog) *FlowLogDestinationConfig {
		b := bucket
		if b == nil {
			b = awss3.NewBucket(scope, str("Bucket"), &awss3.BucketProps{RemovalPolicy: awscdk.RemovalPolicy_RETAIN})
		}
		hive := options != nil && truthy(options.HiveCompatiblePartitions)
		if featureEnabled(scope, "@aws-cdk/aws-s3:createDefaultLoggingPolicy") {
			stack := awscdk.Stack_Of(scope)
			prefix := deref(keyPrefix)
			if prefix != "" && !strings.HasSuffix(prefix, "/") {
				prefix += "/"
			}
			var objects *string
			if hive {
				objects = b.ArnForObjects(str(prefix + "AWSLogs/aws-account-id=" + deref(stack.Account()) + "/*"))
			} else {
				objects = b.ArnForObjects(str(prefix + "AWSLogs/" + deref(stack.Account()) + "/*"))
			}
			sourceArn := stack.FormatArn(&awscdk.ArnComponents{Service: str("logs"), Resource: str("*")})
			delivery := func(resource *string, actions []string, equals *ojson.Object) {
				st := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
					Effect:     awsiam.Effect_ALLOW,
					Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(str("delivery.logs.amazonaws.com"), nil)},
					Resources:  &[]*string{resource},
					Actions:    strPtrs(actions),
				})
				st.AddCondition(str("StringEquals"), equals)
				st.AddCondition(str("ArnLike"), orderedStatement("aws:SourceArn", sourceArn))
				b.AddToResourcePolicy(st)
			}
			delivery(objects, []string{"s3:PutObject"},
				orderedStatement("s3:x-amz-acl", "bucket-owner-full-control", "aws:SourceAccount", stack.Account()))
			delivery(b.BucketArn(), []string{"s3:GetBucketAcl", "s3:ListBucket"}, orderedStatement("aws:SourceAccount", stack.Account()))
		}
		cfg := &FlowLogDestinationConfig{LogDestinationType: FlowLogDestinationType_S3, S3Bucket: b, KeyPrefix: keyPrefix}
		if options != nil && (options.FileFormat != "" || options.PerHourPartition != nil && *options.PerHourPartition || hive) {
			o := *options
			if o.FileFormat == "" {
				o.FileFormat = FlowLogFileFormat_PLAIN_TEXT
			}
			o.PerHourPartition = boolp(truthy(o.PerHourPartition))
			o.HiveCompatiblePartitions = boolp(hive)
			cfg.DestinationOptions = &o
		}
		return cfg
	})
}

// FlowLogDestination_ToKinesisDataFirehoseDestination sends records to a
// Firehose delivery stream by ARN.
func FlowLogDestination_ToKinesisDataFirehoseDestination(deliveryStreamArn *string) FlowLogDestination {
	return FlowLogDestination_ToFirehose(nil, nil).(destinationFuncWithArn).withArn(deliveryStreamArn)
}

type destinationFuncWithArn struct {
	stream interfacesawskinesisfirehose.IDeliveryStreamRef
	arn    *string
	role   awsiam.IRole
}

func (d destinationFuncWithArn) withArn(arn *string) FlowLogDestination {
	d.arn = arn
	return d
}

func (d destinationFuncWithArn) Bind(scope constructs.Construct, flowLog FlowLog) *FlowLogDestinationConfig {
	if (d.arn != nil) == (d.stream != nil) {
		throw(scope, "Specify exactly one of either deliveryStream or deliveryStreamArn.")
	}
	if d.stream != nil && d.role == nil &&
		awscdk.Token_CompareStrings(d.stream.Env().Account, flowLog.Env().Account) == awscdk.TokenComparison_DIFFERENT() {
		throw(scope, "The iamRole is required for cross-account log delivery.")
	}
	return &FlowLogDestinationConfig{LogDestinationType: FlowLogDestinationType_KINESIS_DATA_FIREHOSE,
		DeliveryStreamArn: d.arn, DeliveryStream: d.stream, IamRole: d.role}
}

// FlowLogDestination_ToFirehose sends records to a Firehose delivery stream.
func FlowLogDestination_ToFirehose(deliveryStream interfacesawskinesisfirehose.IDeliveryStreamRef, iamRole awsiam.IRole) FlowLogDestination {
	return destinationFuncWithArn{stream: deliveryStream, role: iamRole}
}

// FlowLogResourceType is what a flow log watches.
type FlowLogResourceType interface {
	ResourceId() *string
	SetResourceId(val *string)
	ResourceType() *string
	SetResourceType(val *string)
}

type flowLogResourceType struct{ id, typ *string }

func (f *flowLogResourceType) ResourceId() *string         { return f.id }
func (f *flowLogResourceType) SetResourceId(val *string)   { f.id = val }
func (f *flowLogResourceType) ResourceType() *string       { return f.typ }
func (f *flowLogResourceType) SetResourceType(val *string) { f.typ = val }

func FlowLogResourceType_FromSubnet(subnet interfacesawsec2.ISubnetRef) FlowLogResourceType {
	return &flowLogResourceType{typ: str("Subnet"), id: subnet.SubnetRef().SubnetId}
}
func FlowLogResourceType_FromVpc(vpc IVpc) FlowLogResourceType {
	return &flowLogResourceType{typ: str("VPC"), id: vpc.VpcId()}
}
func FlowLogResourceType_FromNetworkInterfaceId(id *string) FlowLogResourceType {
	return &flowLogResourceType{typ: str("NetworkInterface"), id: id}
}
func FlowLogResourceType_FromTransitGatewayId(id *string) FlowLogResourceType {
	return &flowLogResourceType{typ: str("TransitGateway"), id: id}
}
func FlowLogResourceType_FromTransitGatewayAttachmentId(id *string) FlowLogResourceType {
	return &flowLogResourceType{typ: str("TransitGatewayAttachment"), id: id}
}

// LogFormat is one field of a custom flow log record format.
type LogFormat interface {
	Value() *string
}

type logFormat struct{ v string }

func (l *logFormat) Value() *string { return str(l.v) }

func NewLogFormat(value *string) LogFormat            { return &logFormat{v: deref(value)} }
func LogFormat_Custom(formatString *string) LogFormat { return &logFormat{v: deref(formatString)} }
func LogFormat_Field(field *string) LogFormat         { return &logFormat{v: "${" + deref(field) + "}"} }
func field(f string) LogFormat                        { return &logFormat{v: "${" + f + "}"} }

func LogFormat_VERSION() LogFormat                    { return field("version") }
func LogFormat_ACCOUNT_ID() LogFormat                 { return field("account-id") }
func LogFormat_INTERFACE_ID() LogFormat               { return field("interface-id") }
func LogFormat_SRC_ADDR() LogFormat                   { return field("srcaddr") }
func LogFormat_DST_ADDR() LogFormat                   { return field("dstaddr") }
func LogFormat_SRC_PORT() LogFormat                   { return field("srcport") }
func LogFormat_DST_PORT() LogFormat                   { return field("dstport") }
func LogFormat_PROTOCOL() LogFormat                   { return field("protocol") }
func LogFormat_PACKETS() LogFormat                    { return field("packets") }
func LogFormat_BYTES() LogFormat                      { return field("bytes") }
func LogFormat_START_TIMESTAMP() LogFormat            { return field("start") }
func LogFormat_END_TIMESTAMP() LogFormat              { return field("end") }
func LogFormat_ACTION() LogFormat                     { return field("action") }
func LogFormat_LOG_STATUS() LogFormat                 { return field("log-status") }
func LogFormat_VPC_ID() LogFormat                     { return field("vpc-id") }
func LogFormat_SUBNET_ID() LogFormat                  { return field("subnet-id") }
func LogFormat_INSTANCE_ID() LogFormat                { return field("instance-id") }
func LogFormat_TCP_FLAGS() LogFormat                  { return field("tcp-flags") }
func LogFormat_TRAFFIC_TYPE() LogFormat               { return field("type") }
func LogFormat_PKT_SRC_ADDR() LogFormat               { return field("pkt-srcaddr") }
func LogFormat_PKT_DST_ADDR() LogFormat               { return field("pkt-dstaddr") }
func LogFormat_REGION() LogFormat                     { return field("region") }
func LogFormat_AZ_ID() LogFormat                      { return field("az-id") }
func LogFormat_SUBLOCATION_TYPE() LogFormat           { return field("sublocation-type") }
func LogFormat_SUBLOCATION_ID() LogFormat             { return field("sublocation-id") }
func LogFormat_PKT_SRC_AWS_SERVICE() LogFormat        { return field("pkt-src-aws-service") }
func LogFormat_PKT_DST_AWS_SERVICE() LogFormat        { return field("pkt-dst-aws-service") }
func LogFormat_FLOW_DIRECTION() LogFormat             { return field("flow-direction") }
func LogFormat_TRAFFIC_PATH() LogFormat               { return field("traffic-path") }
func LogFormat_ECS_CLUSTER_ARN() LogFormat            { return field("ecs-cluster-arn") }
func LogFormat_ECS_CLUSTER_NAME() LogFormat           { return field("ecs-cluster-name") }
func LogFormat_ECS_CONTAINER_INSTANCE_ARN() LogFormat { return field("ecs-container-instance-arn") }
func LogFormat_ECS_CONTAINER_INSTANCE_ID() LogFormat  { return field("ecs-container-instance-id") }
func LogFormat_ECS_CONTAINER_ID() LogFormat           { return field("ecs-container-id") }
func LogFormat_ECS_SECOND_CONTAINER_ID() LogFormat    { return field("ecs-second-container-id") }
func LogFormat_ECS_SERVICE_NAME() LogFormat           { return field("ecs-service-name") }
func LogFormat_ECS_TASK_DEFINITION_ARN() LogFormat    { return field("ecs-task-definition-arn") }
func LogFormat_ECS_TASK_ARN() LogFormat               { return field("ecs-task-arn") }
func LogFormat_ECS_TASK_ID() LogFormat                { return field("ecs-task-id") }
func LogFormat_ALL_DEFAULT_FIELDS() LogFormat {
	return &logFormat{v: "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}"}
}

// flowLogDestinationOptions render as aws-cdk-lib writes them: camelCase,
// in its order (CloudFormation accepts this form).
type flowLogDestinationOptions struct {
	FileFormat               *string `cfn:"fileFormat"`
	PerHourPartition         *bool   `cfn:"perHourPartition"`
	HiveCompatiblePartitions *bool   `cfn:"hiveCompatiblePartitions"`
}

// FlowLogOptions are the options of IVpc.AddFlowLog.
type FlowLogOptions struct {
	// Default: a new log group written by a new role.
	Destination FlowLogDestination `field:"optional" json:"destination" yaml:"destination"`
	// Default: AWS's default format.
	LogFormat *[]LogFormat `field:"optional" json:"logFormat" yaml:"logFormat"`
	// Default: CloudFormation's default (ten minutes).
	MaxAggregationInterval FlowLogMaxAggregationInterval `field:"optional" json:"maxAggregationInterval" yaml:"maxAggregationInterval"`
	// Default: ALL.
	TrafficType FlowLogTrafficType `field:"optional" json:"trafficType" yaml:"trafficType"`
}

// FlowLogProps are the props of NewFlowLog.
type FlowLogProps struct {
	Destination            FlowLogDestination            `field:"optional" json:"destination" yaml:"destination"`
	LogFormat              *[]LogFormat                  `field:"optional" json:"logFormat" yaml:"logFormat"`
	MaxAggregationInterval FlowLogMaxAggregationInterval `field:"optional" json:"maxAggregationInterval" yaml:"maxAggregationInterval"`
	TrafficType            FlowLogTrafficType            `field:"optional" json:"trafficType" yaml:"trafficType"`
	// What the flow log watches.
	ResourceType FlowLogResourceType `field:"required" json:"resourceType" yaml:"resourceType"`
	// The flow log's Name tag. Default: its construct path.
	FlowLogName *string `field:"optional" json:"flowLogName" yaml:"flowLogName"`
}

// FlowLog records the IP traffic of a VPC, subnet or network interface
// (AWS::EC2::FlowLog).
type FlowLog interface {
	awscdk.Resource
	IFlowLog
	Bucket() awss3.IBucket
	DeliveryStream() interfacesawskinesisfirehose.IDeliveryStreamRef
	DeliveryStreamArn() *string
	FlowLogRef() *interfacesawsec2.FlowLogReference
	IamRole() awsiam.IRole
	KeyPrefix() *string
	LogGroup() awslogs.ILogGroup
	ToString() *string
}

type flowLog struct {
	awscdk.Resource
	cfg *FlowLogDestinationConfig
	id  *string
}

func (f *flowLog) FlowLogId() *string { return f.id }
func (f *flowLog) FlowLogRef() *interfacesawsec2.FlowLogReference {
	return &interfacesawsec2.FlowLogReference{FlowLogId: f.id}
}
func (f *flowLog) Bucket() awss3.IBucket { return f.cfg.S3Bucket }
func (f *flowLog) DeliveryStream() interfacesawskinesisfirehose.IDeliveryStreamRef {
	return f.cfg.DeliveryStream
}
func (f *flowLog) DeliveryStreamArn() *string {
	if f.cfg.DeliveryStream != nil {
		return f.cfg.DeliveryStream.DeliveryStreamRef().DeliveryStreamArn
	}
	return f.cfg.DeliveryStreamArn
}
func (f *flowLog) IamRole() awsiam.IRole { return f.cfg.IamRole }
func (f *flowLog) KeyPrefix() *string    { return f.cfg.KeyPrefix }
func (f *flowLog) LogGroup() awslogs.ILogGroup {
	lg, _ := f.cfg.LogGroup.(awslogs.ILogGroup)
	return lg
}

// NewFlowLog creates a flow log.
func NewFlowLog(scope constructs.Construct, id *string, props *FlowLogProps) FlowLog {
	props = l2.Inject(*FlowLog_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &FlowLogProps{}
	}
	f := &flowLog{}
	f.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(f.Resource, f)
	if props.ResourceType == nil {
		throw(f, "FlowLog: 'resourceType' is required")
	}
	dest := props.Destination
	if dest == nil {
		dest = FlowLogDestination_ToCloudWatchLogs(nil, nil)
	}
	f.cfg = dest.Bind(f, f)
	if f.cfg == nil {
		f.cfg = &FlowLogDestinationConfig{}
	}
	name := props.FlowLogName
	if deref(name) == "" {
		name = f.Node().Path()
	}
	awscdk.Tags_Of(f).Add(str(nameTag), name, nil)
	var logDestination interface{}
	if f.cfg.S3Bucket != nil {
		if deref(f.cfg.KeyPrefix) != "" {
			logDestination = f.cfg.S3Bucket.ArnForObjects(f.cfg.KeyPrefix)
		} else {
			logDestination = f.cfg.S3Bucket.BucketArn()
		}
	}
	if arn := f.DeliveryStreamArn(); arn != nil {
		logDestination = arn
	}
	var format *string
	if props.LogFormat != nil {
		var parts []string
		for _, l := range *props.LogFormat {
			parts = append(parts, deref(l.Value()))
		}
		format = str(strings.Join(parts, " "))
	}
	traffic := str(string(FlowLogTrafficType_ALL))
	if props.TrafficType != "" {
		traffic = str(string(props.TrafficType))
	}
	rt := deref(props.ResourceType.ResourceType())
	if rt == "TransitGateway" || rt == "TransitGatewayAttachment" {
		if props.TrafficType != "" {
			throw(f, "trafficType is not supported for Transit Gateway and Transit Gateway Attachment")
		}
		if props.MaxAggregationInterval != "" && props.MaxAggregationInterval != FlowLogMaxAggregationInterval_ONE_MINUTE {
			throw(f, "maxAggregationInterval must be set to ONE_MINUTE for Transit Gateway and Transit Gateway Attachment")
		}
		traffic = nil
	}
	var opts interface{}
	if o := f.cfg.DestinationOptions; o != nil {
		opts = &flowLogDestinationOptions{FileFormat: str(fileFormatValue[o.FileFormat]),
			PerHourPartition: boolp(truthy(o.PerHourPartition)), HiveCompatiblePartitions: boolp(truthy(o.HiveCompatiblePartitions))}
	}
	var agg *float64
	if s, ok := aggregationSeconds[props.MaxAggregationInterval]; ok {
		agg = num(s)
	}
	p := &CfnFlowLogProps{
		DestinationOptions: opts, LogDestinationType: str(destinationTypeValue[f.cfg.LogDestinationType]),
		MaxAggregationInterval: agg, ResourceId: props.ResourceType.ResourceId(), ResourceType: props.ResourceType.ResourceType(),
		TrafficType: traffic, LogFormat: format, LogDestination: logDestination,
	}
	if f.cfg.IamRole != nil {
		p.DeliverLogsPermissionArn = f.cfg.IamRole.RoleArn()
	}
	if f.cfg.LogGroup != nil {
		p.LogGroupName = f.cfg.LogGroup.LogGroupRef().LogGroupName
	}
	res := NewCfnFlowLog(f, str("FlowLog"), p)
	if f.cfg.S3Bucket != nil {
		if pol := f.cfg.S3Bucket.Policy(); pol != nil {
			if d, ok := pol.Node().DefaultChild().(awscdk.CfnResource); ok {
				res.AddDependency(d)
			}
		}
		if c := f.cfg.S3Bucket.Node().TryFindChild(str("AutoDeleteObjectsCustomResource")); c != nil {
			if d, ok := c.Node().DefaultChild().(awscdk.CfnResource); ok {
				res.AddDependency(d)
			}
		}
	}
	f.id = res.Ref()
	f.Node().SetDefaultChild(res)
	return f
}

// FlowLog_FromFlowLogId imports a flow log by id.
func FlowLog_FromFlowLogId(scope constructs.Construct, id *string, flowLogId *string) IFlowLog {
	f := &flowLog{cfg: &FlowLogDestinationConfig{}, id: flowLogId}
	f.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(f.Resource, f)
	return f
}

func FlowLog_PROPERTY_INJECTION_ID() *string  { return jsii.String("aws-cdk-lib.aws-ec2.FlowLog") }
func FlowLog_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func FlowLog_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
func FlowLog_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}
