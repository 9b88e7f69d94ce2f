package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// AutoScalingOptions bound an alias's provisioned concurrency.
type AutoScalingOptions struct {
	// The most provisioned concurrency to scale to.
	MaxCapacity *float64 `field:"required" json:"maxCapacity" yaml:"maxCapacity"`
	// The least provisioned concurrency to scale to (default 1).
	MinCapacity *float64 `field:"optional" json:"minCapacity" yaml:"minCapacity"`
}

// UtilizationScalingOptions track provisioned concurrency utilization.
type UtilizationScalingOptions struct {
	DisableScaleIn   *bool           `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	PolicyName       *string         `field:"optional" json:"policyName" yaml:"policyName"`
	ScaleInCooldown  awscdk.Duration `field:"optional" json:"scaleInCooldown" yaml:"scaleInCooldown"`
	ScaleOutCooldown awscdk.Duration `field:"optional" json:"scaleOutCooldown" yaml:"scaleOutCooldown"`
	// The utilization to keep, between 0.1 and 0.9.
	UtilizationTarget *float64 `field:"required" json:"utilizationTarget" yaml:"utilizationTarget"`
}

// IScalableFunctionAttribute is an alias's provisioned concurrency as a
// scalable attribute (Alias.AddAutoScaling).
type IScalableFunctionAttribute interface {
	constructs.IConstruct
	// ScaleOnSchedule scales to the capacities of actions on a schedule.
	ScaleOnSchedule(id *string, actions *awsapplicationautoscaling.ScalingSchedule)
	// ScaleOnUtilization keeps provisioned concurrency utilization at the target.
	ScaleOnUtilization(options *UtilizationScalingOptions)
}

type scalableFunctionAttribute struct {
	awsapplicationautoscaling.BaseScalableAttribute
}

func (s *scalableFunctionAttribute) ScaleOnSchedule(id *string, actions *awsapplicationautoscaling.ScalingSchedule) {
	s.DoScaleOnSchedule(id, actions)
}

// ScaleOnUtilization adds the target tracking policy "Tracking".
func (s *scalableFunctionAttribute) ScaleOnUtilization(options *UtilizationScalingOptions) {
	if options == nil || options.UtilizationTarget == nil {
		l2.Throw(s, "ScaleOnUtilization needs options with a UtilizationTarget")
	}
	o := options
	if t := o.UtilizationTarget; !*awscdk.Token_IsUnresolved(t) && (*t < 0.1 || *t > 0.9) {
		l2.Throw(s, "Utilization Target should be between 0.1 and 0.9. Found %s.", num(*t))
	}
	s.DoScaleToTrackMetric(jsii.String("Tracking"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
		TargetValue: o.UtilizationTarget, PredefinedMetric: awsapplicationautoscaling.PredefinedMetric_LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION,
		DisableScaleIn: o.DisableScaleIn, PolicyName: o.PolicyName, ScaleInCooldown: o.ScaleInCooldown, ScaleOutCooldown: o.ScaleOutCooldown})
}

// AddAutoScaling makes the alias's provisioned concurrency scalable
// between options.MinCapacity (default 1) and options.MaxCapacity, through
// Application Auto Scaling's service-linked role.
func (a *alias) AddAutoScaling(options *AutoScalingOptions) IScalableFunctionAttribute {
	if a.scalable != nil {
		l2.Throw(a, "AutoScaling already enabled for this alias")
	}
	if options == nil || options.MaxCapacity == nil {
		l2.Throw(a, "AddAutoScaling needs options with a MaxCapacity")
	}
	minCapacity := options.MinCapacity
	if minCapacity == nil {
		minCapacity = jsii.Number(1)
	}
	s := &scalableFunctionAttribute{}
	awsapplicationautoscaling.NewBaseScalableAttribute_Override(s, a, jsii.String("AliasScaling"), &awsapplicationautoscaling.BaseScalableAttributeProps{
		MinCapacity: minCapacity, MaxCapacity: options.MaxCapacity, ResourceId: jsii.String("function:" + *a.FunctionName()),
		Dimension: jsii.String("lambda:function:ProvisionedConcurrency"), ServiceNamespace: awsapplicationautoscaling.ServiceNamespace_LAMBDA,
		Role: a.scalingRole})
	a.scalable = s
	return s
}
