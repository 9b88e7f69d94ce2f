package awsapplicationautoscaling

import (
	"encoding/json"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapplicationautoscaling"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// PredefinedMetric is a metric Application Auto Scaling knows for target tracking.
type PredefinedMetric string

const (
	PredefinedMetric_APPSTREAM_AVERAGE_CAPACITY_UTILIZATION                                     PredefinedMetric = "APPSTREAM_AVERAGE_CAPACITY_UTILIZATION"
	PredefinedMetric_CASSANDRA_READ_CAPACITY_UTILIZATION                                        PredefinedMetric = "CASSANDRA_READ_CAPACITY_UTILIZATION"
	PredefinedMetric_CASSANDRA_WRITE_CAPACITY_UTILIZATION                                       PredefinedMetric = "CASSANDRA_WRITE_CAPACITY_UTILIZATION"
	PredefinedMetric_COMPREHEND_INFERENCE_UTILIZATION                                           PredefinedMetric = "COMPREHEND_INFERENCE_UTILIZATION"
	PredefinedMetric_NEPTURE_READER_AVERAGE_CPU_UTILIZATION                                     PredefinedMetric = "NEPTURE_READER_AVERAGE_CPU_UTILIZATION"
	PredefinedMetric_DYNAMODB_READ_CAPACITY_UTILIZATION                                         PredefinedMetric = "DYNAMODB_READ_CAPACITY_UTILIZATION"
	PredefinedMetric_DYNAMODB_WRITE_CAPACITY_UTILIZATION                                        PredefinedMetric = "DYNAMODB_WRITE_CAPACITY_UTILIZATION"
	PredefinedMetric_DYANMODB_WRITE_CAPACITY_UTILIZATION                                        PredefinedMetric = "DYANMODB_WRITE_CAPACITY_UTILIZATION"
	PredefinedMetric_ALB_REQUEST_COUNT_PER_TARGET                                               PredefinedMetric = "ALB_REQUEST_COUNT_PER_TARGET"
	PredefinedMetric_RDS_READER_AVERAGE_CPU_UTILIZATION                                         PredefinedMetric = "RDS_READER_AVERAGE_CPU_UTILIZATION"
	PredefinedMetric_RDS_READER_AVERAGE_DATABASE_CONNECTIONS                                    PredefinedMetric = "RDS_READER_AVERAGE_DATABASE_CONNECTIONS"
	PredefinedMetric_EC2_SPOT_FLEET_REQUEST_AVERAGE_CPU_UTILIZATION                             PredefinedMetric = "EC2_SPOT_FLEET_REQUEST_AVERAGE_CPU_UTILIZATION"
	PredefinedMetric_EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_IN                                  PredefinedMetric = "EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_IN"
	PredefinedMetric_EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_OUT                                 PredefinedMetric = "EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_OUT"
	PredefinedMetric_SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE                                 PredefinedMetric = "SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE"
	PredefinedMetric_SAGEMAKER_VARIANT_PROVISIONED_CONCURRENCY_UTILIZATION                      PredefinedMetric = "SAGEMAKER_VARIANT_PROVISIONED_CONCURRENCY_UTILIZATION"
	PredefinedMetric_SAGEMAKER_INFERENCE_COMPONENT_INVOCATIONS_PER_COPY                         PredefinedMetric = "SAGEMAKER_INFERENCE_COMPONENT_INVOCATIONS_PER_COPY"
	PredefinedMetric_ECS_SERVICE_AVERAGE_CPU_UTILIZATION                                        PredefinedMetric = "ECS_SERVICE_AVERAGE_CPU_UTILIZATION"
	PredefinedMetric_ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION                                     PredefinedMetric = "ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION"
	PredefinedMetric_LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION                                 PredefinedMetric = "LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION"
	PredefinedMetric_KAFKA_BROKER_STORAGE_UTILIZATION                                           PredefinedMetric = "KAFKA_BROKER_STORAGE_UTILIZATION"
	PredefinedMetric_ELASTICACHE_PRIMARY_ENGINE_CPU_UTILIZATION                                 PredefinedMetric = "ELASTICACHE_PRIMARY_ENGINE_CPU_UTILIZATION"
	PredefinedMetric_ELASTICACHE_REPLICA_ENGINE_CPU_UTILIZATION                                 PredefinedMetric = "ELASTICACHE_REPLICA_ENGINE_CPU_UTILIZATION"
	PredefinedMetric_ELASTICACHE_DATABASE_MEMORY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE             PredefinedMetric = "ELASTICACHE_DATABASE_MEMORY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE"
	PredefinedMetric_ELASTICACHE_DATABASE_CAPACITY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE           PredefinedMetric = "ELASTICACHE_DATABASE_CAPACITY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE"
	PredefinedMetric_SAGEMAKER_INFERENCE_COMPONENT_CONCURRENT_REQUESTS_PER_COPY_HIGH_RESOLUTION PredefinedMetric = "SAGEMAKER_INFERENCE_COMPONENT_CONCURRENT_REQUESTS_PER_COPY_HIGH_RESOLUTION"
	PredefinedMetric_SAGEMAKER_VARIANT_CONCURRENT_REQUESTS_PER_MODEL_HIGH_RESOLUTION            PredefinedMetric = "SAGEMAKER_VARIANT_CONCURRENT_REQUESTS_PER_MODEL_HIGH_RESOLUTION"
	PredefinedMetric_WORKSPACES_AVERAGE_USER_SESSIONS_CAPACITY_UTILIZATION                      PredefinedMetric = "WORKSPACES_AVERAGE_USER_SESSIONS_CAPACITY_UTILIZATION"
)

// predefinedMetricValues are CloudFormation's metric types. The misspelt
// DYANMODB_WRITE is the right value; the correctly spelt name maps to it.
var predefinedMetricValues = map[PredefinedMetric]string{
	PredefinedMetric_APPSTREAM_AVERAGE_CAPACITY_UTILIZATION:                                     "AppStreamAverageCapacityUtilization",
	PredefinedMetric_CASSANDRA_READ_CAPACITY_UTILIZATION:                                        "CassandraReadCapacityUtilization",
	PredefinedMetric_CASSANDRA_WRITE_CAPACITY_UTILIZATION:                                       "CassandraWriteCapacityUtilization",
	PredefinedMetric_COMPREHEND_INFERENCE_UTILIZATION:                                           "ComprehendInferenceUtilization",
	PredefinedMetric_NEPTURE_READER_AVERAGE_CPU_UTILIZATION:                                     "NeptuneReaderAverageCPUUtilization",
	PredefinedMetric_DYNAMODB_READ_CAPACITY_UTILIZATION:                                         "DynamoDBReadCapacityUtilization",
	PredefinedMetric_DYNAMODB_WRITE_CAPACITY_UTILIZATION:                                        "DynamoDBWriteCapacityUtilization",
	PredefinedMetric_DYANMODB_WRITE_CAPACITY_UTILIZATION:                                        "DynamoDBWriteCapacityUtilization",
	PredefinedMetric_ALB_REQUEST_COUNT_PER_TARGET:                                               "ALBRequestCountPerTarget",
	PredefinedMetric_RDS_READER_AVERAGE_CPU_UTILIZATION:                                         "RDSReaderAverageCPUUtilization",
	PredefinedMetric_RDS_READER_AVERAGE_DATABASE_CONNECTIONS:                                    "RDSReaderAverageDatabaseConnections",
	PredefinedMetric_EC2_SPOT_FLEET_REQUEST_AVERAGE_CPU_UTILIZATION:                             "EC2SpotFleetRequestAverageCPUUtilization",
	PredefinedMetric_EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_IN:                                  "EC2SpotFleetRequestAverageNetworkIn",
	PredefinedMetric_EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_OUT:                                 "EC2SpotFleetRequestAverageNetworkOut",
	PredefinedMetric_SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE:                                 "SageMakerVariantInvocationsPerInstance",
	PredefinedMetric_SAGEMAKER_VARIANT_PROVISIONED_CONCURRENCY_UTILIZATION:                      "SageMakerVariantProvisionedConcurrencyUtilization",
	PredefinedMetric_SAGEMAKER_INFERENCE_COMPONENT_INVOCATIONS_PER_COPY:                         "SageMakerInferenceComponentInvocationsPerCopy",
	PredefinedMetric_ECS_SERVICE_AVERAGE_CPU_UTILIZATION:                                        "ECSServiceAverageCPUUtilization",
	PredefinedMetric_ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION:                                     "ECSServiceAverageMemoryUtilization",
	PredefinedMetric_LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION:                                 "LambdaProvisionedConcurrencyUtilization",
	PredefinedMetric_KAFKA_BROKER_STORAGE_UTILIZATION:                                           "KafkaBrokerStorageUtilization",
	PredefinedMetric_ELASTICACHE_PRIMARY_ENGINE_CPU_UTILIZATION:                                 "ElastiCachePrimaryEngineCPUUtilization",
	PredefinedMetric_ELASTICACHE_REPLICA_ENGINE_CPU_UTILIZATION:                                 "ElastiCacheReplicaEngineCPUUtilization",
	PredefinedMetric_ELASTICACHE_DATABASE_MEMORY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE:             "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage",
	PredefinedMetric_ELASTICACHE_DATABASE_CAPACITY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE:           "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage",
	PredefinedMetric_SAGEMAKER_INFERENCE_COMPONENT_CONCURRENT_REQUESTS_PER_COPY_HIGH_RESOLUTION: "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution",
	PredefinedMetric_SAGEMAKER_VARIANT_CONCURRENT_REQUESTS_PER_MODEL_HIGH_RESOLUTION:            "SageMakerVariantConcurrentRequestsPerModelHighResolution",
	PredefinedMetric_WORKSPACES_AVERAGE_USER_SESSIONS_CAPACITY_UTILIZATION:                      "WorkSpacesAverageUserSessionsCapacityUtilization",
}

// BaseTargetTrackingProps are the options every target tracking policy takes.
type BaseTargetTrackingProps struct {
	// Never scale in. Default: false.
	DisableScaleIn *bool `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	// Default: the construct's unique id.
	PolicyName *string `field:"optional" json:"policyName" yaml:"policyName"`
	// Default: the service's default.
	ScaleInCooldown awscdk.Duration `field:"optional" json:"scaleInCooldown" yaml:"scaleInCooldown"`
	// Default: the service's default.
	ScaleOutCooldown awscdk.Duration `field:"optional" json:"scaleOutCooldown" yaml:"scaleOutCooldown"`
}

// BasicTargetTrackingScalingPolicyProps are the props of ScaleToTrackMetric.
type BasicTargetTrackingScalingPolicyProps struct {
	DisableScaleIn   *bool           `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	PolicyName       *string         `field:"optional" json:"policyName" yaml:"policyName"`
	ScaleInCooldown  awscdk.Duration `field:"optional" json:"scaleInCooldown" yaml:"scaleInCooldown"`
	ScaleOutCooldown awscdk.Duration `field:"optional" json:"scaleOutCooldown" yaml:"scaleOutCooldown"`
	// The value to keep the metric at.
	TargetValue *float64 `field:"required" json:"targetValue" yaml:"targetValue"`
	// A metric to track (exactly one of CustomMetric and PredefinedMetric).
	CustomMetric awscloudwatch.IMetric `field:"optional" json:"customMetric" yaml:"customMetric"`
	// A predefined metric to track.
	PredefinedMetric PredefinedMetric `field:"optional" json:"predefinedMetric" yaml:"predefinedMetric"`
	// The resource label ALB_REQUEST_COUNT_PER_TARGET needs.
	ResourceLabel *string `field:"optional" json:"resourceLabel" yaml:"resourceLabel"`
}

// TargetTrackingScalingPolicyProps are the props of NewTargetTrackingScalingPolicy.
type TargetTrackingScalingPolicyProps struct {
	DisableScaleIn   *bool                                                  `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	PolicyName       *string                                                `field:"optional" json:"policyName" yaml:"policyName"`
	ScaleInCooldown  awscdk.Duration                                        `field:"optional" json:"scaleInCooldown" yaml:"scaleInCooldown"`
	ScaleOutCooldown awscdk.Duration                                        `field:"optional" json:"scaleOutCooldown" yaml:"scaleOutCooldown"`
	TargetValue      *float64                                               `field:"required" json:"targetValue" yaml:"targetValue"`
	CustomMetric     awscloudwatch.IMetric                                  `field:"optional" json:"customMetric" yaml:"customMetric"`
	PredefinedMetric PredefinedMetric                                       `field:"optional" json:"predefinedMetric" yaml:"predefinedMetric"`
	ResourceLabel    *string                                                `field:"optional" json:"resourceLabel" yaml:"resourceLabel"`
	ScalingTarget    interfacesawsapplicationautoscaling.IScalableTargetRef `field:"required" json:"scalingTarget" yaml:"scalingTarget"`
}

// TargetTrackingScalingPolicy keeps a metric near a target value
// (AWS::ApplicationAutoScaling::ScalingPolicy of type TargetTrackingScaling).
type TargetTrackingScalingPolicy interface {
	constructs.Construct
	// ScalingPolicyArn is the policy's ARN.
	ScalingPolicyArn() *string
}

type targetTrackingScalingPolicy struct {
	constructs.Construct
	arn *string
}

func (p *targetTrackingScalingPolicy) ScalingPolicyArn() *string { return p.arn }

// NewTargetTrackingScalingPolicy defines a target tracking scaling policy.
func NewTargetTrackingScalingPolicy(scope constructs.Construct, id *string, props *TargetTrackingScalingPolicyProps) TargetTrackingScalingPolicy {
	if props == nil || props.ScalingTarget == nil {
		l2.RequireProps(scope, id, "TargetTrackingScalingPolicyProps", "ScalingTarget", "TargetValue")
	}
	if (props.CustomMetric == nil) == (props.PredefinedMetric == "") {
		throw(scope, "Exactly one of 'customMetric' or 'predefinedMetric' must be specified.")
	}
	var stat *awscloudwatch.MetricStatConfig
	if props.CustomMetric != nil {
		if conf := props.CustomMetric.ToMetricConfig(); conf != nil {
			stat = conf.MetricStat
		}
		if stat == nil {
			throw(scope, "Only direct metrics are supported for Target Tracking. Use Step Scaling or supply a Metric object.")
		}
	}
	p := &targetTrackingScalingPolicy{Construct: constructs.NewConstruct(scope, id)}
	host.Set(p.Construct, p)
	name := props.PolicyName
	if name == nil || *name == "" {
		name = awscdk.Names_UniqueId(p)
	}
	conf := &CfnScalingPolicy_TargetTrackingScalingPolicyConfigurationProperty{
		CustomizedMetricSpecification: renderCustomMetric(p, stat),
		ScaleInCooldown:               seconds(props.ScaleInCooldown),
		ScaleOutCooldown:              seconds(props.ScaleOutCooldown),
		TargetValue:                   props.TargetValue,
	}
	if props.DisableScaleIn != nil {
		conf.DisableScaleIn = props.DisableScaleIn
	}
	if props.PredefinedMetric != "" {
		conf.PredefinedMetricSpecification = &CfnScalingPolicy_PredefinedMetricSpecificationProperty{
			PredefinedMetricType: enumValue(predefinedMetricValues, props.PredefinedMetric),
			ResourceLabel:        props.ResourceLabel,
		}
	}
	res := NewCfnScalingPolicy(p, jsii.String("Resource"), &CfnScalingPolicyProps{
		PolicyName:                               name,
		PolicyType:                               jsii.String("TargetTrackingScaling"),
		ScalingTargetId:                          props.ScalingTarget.ScalableTargetRef().ResourceId,
		TargetTrackingScalingPolicyConfiguration: conf,
	})
	p.arn = res.Ref()
	return p
}

// renderCustomMetric is the customized metric specification of a plain
// metric; target tracking always reads metrics of its own account and region.
func renderCustomMetric(scope constructs.Construct, c *awscloudwatch.MetricStatConfig) interface{} {
	if c == nil {
		return nil
	}
	statistic := ""
	if c.Statistic != nil {
		statistic = *c.Statistic
	}
	if strings.HasPrefix(statistic, "p") {
		throw(scope, "Cannot use statistic '%s' for Target Tracking: only 'Average', 'Minimum', 'Maximum', 'SampleCount', and 'Sum' are supported.", statistic)
	}
	stack := awscdk.Stack_Of(scope)
	if definitelyDifferent(c.Account, stack.Account()) {
		awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-applicationautoscaling:crossAccountMetricIgnored"),
			jsii.String("target tracking can only use metrics from its own account; metric account "+jsonStr(c.Account)+" is ignored and account "+jsonStr(stack.Account())+" is used"))
	}
	if definitelyDifferent(c.Region, stack.Region()) {
		awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-applicationautoscaling:crossRegionMetricIgnored"),
			jsii.String("target tracking can only use metrics from its own region; metric region "+jsonStr(c.Region)+" is ignored and region "+jsonStr(stack.Region())+" is used"))
	}
	spec := &CfnScalingPolicy_CustomizedMetricSpecificationProperty{
		MetricName: c.MetricName, Namespace: c.Namespace, Statistic: c.Statistic, Unit: unitName(c.UnitFilter),
	}
	if c.Dimensions != nil {
		dims := []interface{}{}
		for _, d := range *c.Dimensions {
			dims = append(dims, map[string]interface{}{"Name": d.Name, "Value": d.Value})
		}
		spec.Dimensions = dims
	}
	return spec
}

func definitelyDifferent(value, expected *string) bool {
	return value != nil && !isUnresolved(value) && !isUnresolved(expected) && (expected == nil || *value != *expected)
}

func jsonStr(s *string) string {
	if s == nil {
		return "undefined"
	}
	b, _ := json.Marshal(*s)
	return string(b)
}

// TargetTrackingScalingPolicy_IsConstruct reports whether x is a construct.
func TargetTrackingScalingPolicy_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewTargetTrackingScalingPolicy_Override initialises outer, a type embedding TargetTrackingScalingPolicy.
func NewTargetTrackingScalingPolicy_Override(outer TargetTrackingScalingPolicy, scope constructs.Construct, id *string, props *TargetTrackingScalingPolicyProps) {
	l2.Override(outer, NewTargetTrackingScalingPolicy(scope, id, props))
}
