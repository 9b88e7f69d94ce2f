package awsdynamodb

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapplicationautoscaling"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// EnableScalingProps are the capacity bounds of an auto-scaled table or
// index capacity.
type EnableScalingProps struct {
	// The most capacity units to scale to.
	MaxCapacity *float64 `field:"required" json:"maxCapacity" yaml:"maxCapacity"`
	// The fewest capacity units to scale to.
	MinCapacity *float64 `field:"required" json:"minCapacity" yaml:"minCapacity"`
}

// UtilizationScalingProps keep the consumed capacity at a share of the
// provisioned capacity.
type UtilizationScalingProps struct {
	// Default: false.
	DisableScaleIn *bool `field:"optional" json:"disableScaleIn" yaml:"disableScaleIn"`
	// Default: an automatically generated name.
	PolicyName *string `field:"optional" json:"policyName" yaml:"policyName"`
	// Default: the service's default cooldown.
	ScaleInCooldown awscdk.Duration `field:"optional" json:"scaleInCooldown" yaml:"scaleInCooldown"`
	// Default: the service's default cooldown.
	ScaleOutCooldown awscdk.Duration `field:"optional" json:"scaleOutCooldown" yaml:"scaleOutCooldown"`
	// The utilization to keep, between 10 and 90 percent.
	TargetUtilizationPercent *float64 `field:"required" json:"targetUtilizationPercent" yaml:"targetUtilizationPercent"`
}

// IScalableTableAttribute is an auto-scaled read or write capacity of a
// table or of one of its global secondary indexes.
type IScalableTableAttribute interface {
	interfacesawsapplicationautoscaling.IScalableTargetRef
	// ScaleOnSchedule adds a scheduled scaling action.
	ScaleOnSchedule(id *string, actions *awsapplicationautoscaling.ScalingSchedule)
	// ScaleOnUtilization tracks the capacity utilization (a target tracking policy with id "Tracking").
	ScaleOnUtilization(props *UtilizationScalingProps)
}

// scalableTableAttribute is aws-cdk-lib's ScalableTableAttribute: a
// BaseScalableAttribute whose policy metric follows its dimension.
type scalableTableAttribute struct {
	awsapplicationautoscaling.BaseScalableAttribute
	policyCreated bool
}

func (a *scalableTableAttribute) ScaleOnSchedule(id *string, actions *awsapplicationautoscaling.ScalingSchedule) {
	a.policyCreated = true
	a.DoScaleOnSchedule(id, actions)
}

func (a *scalableTableAttribute) ScaleOnUtilization(props *UtilizationScalingProps) {
	if props == nil || props.TargetUtilizationPercent == nil {
		l2.Throw(a, "scaleOnUtilization: targetUtilizationPercent is required")
	}
	if p := *props.TargetUtilizationPercent; p < 10 || p > 90 {
		l2.Throw(a, "targetUtilizationPercent for DynamoDB scaling must be between 10 and 90 percent, got: %s", jsNumber(p))
	}
	a.policyCreated = true
	metric := awsapplicationautoscaling.PredefinedMetric_DYNAMODB_WRITE_CAPACITY_UTILIZATION
	if strings.Contains(*a.Props().Dimension, "ReadCapacity") {
		metric = awsapplicationautoscaling.PredefinedMetric_DYNAMODB_READ_CAPACITY_UTILIZATION
	}
	a.DoScaleToTrackMetric(jsii.String("Tracking"), &awsapplicationautoscaling.BasicTargetTrackingScalingPolicyProps{
		PolicyName:       props.PolicyName,
		DisableScaleIn:   props.DisableScaleIn,
		ScaleInCooldown:  props.ScaleInCooldown,
		ScaleOutCooldown: props.ScaleOutCooldown,
		TargetValue:      props.TargetUtilizationPercent,
		PredefinedMetric: metric,
	})
}

// jsNumber formats a number as JavaScript's String(n) does for the
// ordinary values a percentage takes.
func jsNumber(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%f", f), "0"), ".")
}

// scalingPair holds the auto-scaled capacities of the table or of one index.
type scalingPair struct {
	read, write *scalableTableAttribute
}

func (t *table) newScalableAttribute(id, resourceID, dimension string, props *EnableScalingProps) *scalableTableAttribute {
	if props == nil {
		l2.Throw(t, "EnableScalingProps are required (MaxCapacity, MinCapacity)")
	}
	a := &scalableTableAttribute{}
	awsapplicationautoscaling.NewBaseScalableAttribute_Override(a, t, jsii.String(id), &awsapplicationautoscaling.BaseScalableAttributeProps{
		ServiceNamespace: awsapplicationautoscaling.ServiceNamespace_DYNAMODB,
		ResourceId:       jsii.String(resourceID),
		Dimension:        jsii.String(dimension),
		Role:             t.scalingRole,
		MaxCapacity:      props.MaxCapacity,
		MinCapacity:      props.MinCapacity,
	})
	return a
}

func (t *table) requireProvisionedForScaling() {
	if t.billingMode == BillingMode_PAY_PER_REQUEST {
		l2.Throw(t, "AutoScaling is not available for tables with PAY_PER_REQUEST billing mode")
	}
}

// AutoScaleReadCapacity enables auto scaling of the table's read capacity.
func (t *table) AutoScaleReadCapacity(props *EnableScalingProps) IScalableTableAttribute {
	if t.tableScaling.read != nil {
		l2.Throw(t, "Read AutoScaling already enabled for this table")
	}
	t.requireProvisionedForScaling()
	t.tableScaling.read = t.newScalableAttribute("ReadScaling", "table/"+*t.TableName(), "dynamodb:table:ReadCapacityUnits", props)
	return t.tableScaling.read
}

// AutoScaleWriteCapacity enables auto scaling of the table's write capacity.
func (t *table) AutoScaleWriteCapacity(props *EnableScalingProps) IScalableTableAttribute {
	if t.tableScaling.write != nil {
		l2.Throw(t, "Write AutoScaling already enabled for this table")
	}
	t.requireProvisionedForScaling()
	t.tableScaling.write = t.newScalableAttribute("WriteScaling", "table/"+*t.TableName(), "dynamodb:table:WriteCapacityUnits", props)
	return t.tableScaling.write
}

func (t *table) indexPair(indexName *string) (*scalingPair, string) {
	t.requireProvisionedForScaling()
	name := deref(indexName)
	pair := t.indexScaling[name]
	if pair == nil {
		l2.Throw(t, "No global secondary index with name %s", jsString(indexName))
	}
	return pair, name
}

// AutoScaleGlobalSecondaryIndexReadCapacity enables auto scaling of a
// global secondary index's read capacity.
func (t *table) AutoScaleGlobalSecondaryIndexReadCapacity(indexName *string, props *EnableScalingProps) IScalableTableAttribute {
	pair, name := t.indexPair(indexName)
	if pair.read != nil {
		l2.Throw(t, "Read AutoScaling already enabled for this index")
	}
	pair.read = t.newScalableAttribute(name+"ReadScaling", "table/"+*t.TableName()+"/index/"+name, "dynamodb:index:ReadCapacityUnits", props)
	return pair.read
}

// AutoScaleGlobalSecondaryIndexWriteCapacity enables auto scaling of a
// global secondary index's write capacity.
func (t *table) AutoScaleGlobalSecondaryIndexWriteCapacity(indexName *string, props *EnableScalingProps) IScalableTableAttribute {
	pair, name := t.indexPair(indexName)
	if pair.write != nil {
		l2.Throw(t, "Write AutoScaling already enabled for this index")
	}
	pair.write = t.newScalableAttribute(name+"WriteScaling", "table/"+*t.TableName()+"/index/"+name, "dynamodb:index:WriteCapacityUnits", props)
	return pair.write
}

// jsString renders a possibly missing string as a JavaScript template
// literal would.
func jsString(s *string) string {
	if s == nil {
		return "undefined"
	}
	return *s
}
