package awsecs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ScalableTaskCountProps are the props of NewScalableTaskCount.
type ScalableTaskCountProps struct {
	MaxCapacity      *float64                                   `field:"required" json:"maxCapacity" yaml:"maxCapacity"`
	MinCapacity      *float64                                   `field:"optional" json:"minCapacity" yaml:"minCapacity"`
	Dimension        *string                                    `field:"required" json:"dimension" yaml:"dimension"`
	ResourceId       *string                                    `field:"required" json:"resourceId" yaml:"resourceId"`
	Role             awsiam.IRole                               `field:"required" json:"role" yaml:"role"`
	ServiceNamespace awsapplicationautoscaling.ServiceNamespace `field:"required" json:"serviceNamespace" yaml:"serviceNamespace"`
}

// CpuUtilizationScalingProps track the service's average CPU utilization.
type CpuUtilizationScalingProps struct {
	DisableScaleIn           *bool           `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	PolicyName               *string         `field:"optional" json:"policyName" yaml:"policyName"`
	ScaleInCooldown          awscdk.Duration `field:"optional" json:"scaleInCooldown" yaml:"scaleInCooldown"`
	ScaleOutCooldown         awscdk.Duration `field:"optional" json:"scaleOutCooldown" yaml:"scaleOutCooldown"`
	TargetUtilizationPercent *float64        `field:"required" json:"targetUtilizationPercent" yaml:"targetUtilizationPercent"`
}

// MemoryUtilizationScalingProps track the service's average memory utilization.
type MemoryUtilizationScalingProps struct {
	DisableScaleIn           *bool           `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	PolicyName               *string         `field:"optional" json:"policyName" yaml:"policyName"`
	ScaleInCooldown          awscdk.Duration `field:"optional" json:"scaleInCooldown" yaml:"scaleInCooldown"`
	ScaleOutCooldown         awscdk.Duration `field:"optional" json:"scaleOutCooldown" yaml:"scaleOutCooldown"`
	TargetUtilizationPercent *float64        `field:"required" json:"targetUtilizationPercent" yaml:"targetUtilizationPercent"`
}

// RequestCountScalingProps track the ALB requests per target of a target group.
type RequestCountScalingProps struct {
	DisableScaleIn    *bool                        `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	PolicyName        *string                      `field:"optional" json:"policyName" yaml:"policyName"`
	ScaleInCooldown   awscdk.Duration              `field:"optional" json:"scaleInCooldown" yaml:"scaleInCooldown"`
	ScaleOutCooldown  awscdk.Duration              `field:"optional" json:"scaleOutCooldown" yaml:"scaleOutCooldown"`
	RequestsPerTarget *float64                     `field:"required" json:"requestsPerTarget" yaml:"requestsPerTarget"`
	TargetGroup       elbv2.ApplicationTargetGroup `field:"required" json:"targetGroup" yaml:"targetGroup"`
}

// TrackCustomMetricProps track a custom metric.
type TrackCustomMetricProps struct {
	DisableScaleIn   *bool                 `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	PolicyName       *string               `field:"optional" json:"policyName" yaml:"policyName"`
	ScaleInCooldown  awscdk.Duration       `field:"optional" json:"scaleInCooldown" yaml:"scaleInCooldown"`
	ScaleOutCooldown awscdk.Duration       `field:"optional" json:"scaleOutCooldown" yaml:"scaleOutCooldown"`
	Metric           awscloudwatch.IMetric `field:"required" json:"metric" yaml:"metric"`
	TargetValue      *float64              `field:"required" json:"targetValue" yaml:"targetValue"`
}

// ScalableTaskCount is the desired task count of a service, as a scalable attribute.
type ScalableTaskCount interface {
	awsapplicationautoscaling.BaseScalableAttribute
	ScaleOnCpuUtilization(id *string, props *CpuUtilizationScalingProps)
	ScaleOnMemoryUtilization(id *string, props *MemoryUtilizationScalingProps)
	ScaleOnMetric(id *string, props *awsapplicationautoscaling.BasicStepScalingPolicyProps)
	ScaleOnRequestCount(id *string, props *RequestCountScalingProps)
	ScaleOnSchedule(id *string, props *awsapplicationautoscaling.ScalingSchedule)
	ScaleToTrackCustomMetric(id *string, props *TrackCustomMetricProps)
}

type scalableTaskCount struct {
	awsapplicationautoscaling.BaseScalableAttribute
}

// NewScalableTaskCount creates the scalable task count of a service (BaseService.AutoScaleTaskCount makes it for you).
func NewScalableTaskCount(scope constructs.Construct, id *string, props *ScalableTaskCountProps) ScalableTaskCount {
	if props == nil {
		l2.Throw(constructs.NewConstruct(scope, id), "ScalableTaskCountProps are required (Dimension, MaxCapacity, ResourceId, Role, ServiceNamespace)")
	}
	s := &scalableTaskCount{}
	awsapplicationautoscaling.NewBaseScalableAttribute_Override(s, scope, id, &awsapplicationautoscaling.BaseScalableAttributeProps{
		MaxCapacity: props.MaxCapacity, MinCapacity: props.MinCapacity, Dimension: props.Dimension, ResourceId: props.ResourceId,
		Role: props.Role, ServiceNamespace: props.ServiceNamespace})
	return s
}

func (s *scalableTaskCount) ScaleOnSchedule(id *string, props *awsapplicationautoscaling.ScalingSchedule) {
	s.DoScaleOnSchedule(id, props)
}
func (s *scalableTaskCount) ScaleOnMetric(id *string, props *awsapplicationautoscaling.BasicStepScalingPolicyProps) {
	s.DoScaleOnMetric(id, props)
}

// ScaleOnCpuUtilization keeps the service's average CPU utilization at the target.
func (s *scalableTaskCount) ScaleOnCpuUtilization(id *string, p *CpuUtilizationScalingProps) {
	if p == nil {
		p = &CpuUtilizationScalingProps{}
	}
	s.DoScaleToTrackMetric(id, &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
		PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_ECS_SERVICE_AVERAGE_CPU_UTILIZATION, PolicyName: p.PolicyName,
		DisableScaleIn: p.DisableScaleIn, TargetValue: p.TargetUtilizationPercent, ScaleInCooldown: p.ScaleInCooldown, ScaleOutCooldown: p.ScaleOutCooldown})
}

// ScaleOnMemoryUtilization keeps the service's average memory utilization at the target.
func (s *scalableTaskCount) ScaleOnMemoryUtilization(id *string, p *MemoryUtilizationScalingProps) {
	if p == nil {
		p = &MemoryUtilizationScalingProps{}
	}
	s.DoScaleToTrackMetric(id, &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
		PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION, PolicyName: p.PolicyName,
		DisableScaleIn: p.DisableScaleIn, TargetValue: p.TargetUtilizationPercent, ScaleInCooldown: p.ScaleInCooldown, ScaleOutCooldown: p.ScaleOutCooldown})
}

// ScaleOnRequestCount keeps the ALB requests per target of the target group at the target.
func (s *scalableTaskCount) ScaleOnRequestCount(id *string, p *RequestCountScalingProps) {
	if p == nil || p.TargetGroup == nil {
		l2.Throw(s, "scaleOnRequestCount needs a TargetGroup")
	}
	label := sv(p.TargetGroup.FirstLoadBalancerFullName()) + "/" + sv(p.TargetGroup.TargetGroupFullName())
	s.DoScaleToTrackMetric(id, &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
		PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_ALB_REQUEST_COUNT_PER_TARGET, ResourceLabel: &label,
		TargetValue: p.RequestsPerTarget, PolicyName: p.PolicyName, DisableScaleIn: p.DisableScaleIn,
		ScaleInCooldown: p.ScaleInCooldown, ScaleOutCooldown: p.ScaleOutCooldown})
}

// ScaleToTrackCustomMetric keeps a custom metric at the target value.
func (s *scalableTaskCount) ScaleToTrackCustomMetric(id *string, p *TrackCustomMetricProps) {
	if p == nil {
		p = &TrackCustomMetricProps{}
	}
	s.DoScaleToTrackMetric(id, &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
		CustomMetric: p.Metric, TargetValue: p.TargetValue, PolicyName: p.PolicyName, DisableScaleIn: p.DisableScaleIn,
		ScaleInCooldown: p.ScaleInCooldown, ScaleOutCooldown: p.ScaleOutCooldown})
}

// AutoScaleTaskCount makes the service's task count scale between the bounds (once per service).
func (s *baseService) AutoScaleTaskCount(props *awsapplicationautoscaling.EnableScalingProps) ScalableTaskCount {
	if s.scaling != nil {
		l2.Throw(s, "AutoScaling of task count already enabled for this service")
	}
	if props == nil {
		props = &awsapplicationautoscaling.EnableScalingProps{}
	}
	role := awsiam.Role_FromRoleArn(s, jsii.String("ScalingRole"), awscdk.Stack_Of(s).FormatArn(&awscdk.ArnComponents{Region: str(""),
		Service: str("iam"), Resource: str("role/aws-service-role/ecs.application-autoscaling.amazonaws.com"),
		ResourceName: str("AWSServiceRoleForApplicationAutoScaling_ECSService")}), nil)
	s.scaling = NewScalableTaskCount(s, jsii.String("TaskCount"), &ScalableTaskCountProps{
		ServiceNamespace: awsapplicationautoscaling.ServiceNamespace_ECS,
		ResourceId:       str("service/" + sv(s.cluster.ClusterName()) + "/" + sv(s.ServiceName())),
		Dimension:        str("ecs:service:DesiredCount"), Role: role, MaxCapacity: props.MaxCapacity, MinCapacity: props.MinCapacity})
	return s.scaling
}
