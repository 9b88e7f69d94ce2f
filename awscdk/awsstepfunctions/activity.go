package awsstepfunctions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IActivity is an activity, defined in this app or imported.
type IActivity interface {
	interfacesawsstepfunctions.IActivityRef
	awscdk.IResource
	ActivityArn() *string
	ActivityName() *string
	EncryptionConfiguration() EncryptionConfiguration
}

// Activity is a Step Functions activity (AWS::StepFunctions::Activity):
// work done by a worker that polls for it.
type Activity interface {
	awscdk.Resource
	IActivity
	// Grant gives identity the actions on the activity.
	Grant(identity awsiam.IGrantable, actions ...*string) awsiam.Grant
	// Metric is the activity's metricName metric (AWS/States, by ActivityArn).
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricFailed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricHeartbeatTimedOut(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricRunTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricScheduled(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricScheduleTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricStarted(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSucceeded(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTimedOut(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

type activity struct {
	awscdk.Resource
	resource   CfnActivity
	encryption EncryptionConfiguration
	arnMemo    *string
	nameMemo   *string
}

// Activity_PROPERTY_INJECTION_ID is the id property injectors use for Activity.
func Activity_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-stepfunctions.Activity")
}

type nameProducer func() *string

func (f nameProducer) Produce() *string { return f() }

// NewActivity creates an activity; its name defaults to one derived from its path.
func NewActivity(scope constructs.Construct, id *string, props *ActivityProps) Activity {
	props = l2.Inject(*Activity_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ActivityProps{}
	}
	a := &activity{encryption: props.EncryptionConfiguration}
	name := props.ActivityName
	if name == nil || *name == "" {
		name = awscdk.Lazy_String(nameProducer(func() *string {
			n := *awscdk.Names_UniqueId(a)
			if len(n) > 80 {
				n = n[:40] + n[len(n)-40:]
			}
			return &n
		}), nil)
	}
	a.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(a.Resource, a)
	if cmk, ok := props.EncryptionConfiguration.(*customerManagedEncryption); ok {
		cmk.key.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Resources:  jsii.Strings("*"),
			Actions:    jsii.Strings("kms:Decrypt", "kms:GenerateDataKey"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("states.amazonaws.com"), nil)},
			Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{
				"kms:EncryptionContext:aws:states:activityArn": awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: jsii.String("states"),
					Resource: jsii.String("activity"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: a.PhysicalName()}),
			}},
		}), nil)
	}
	cfn := &CfnActivityProps{Name: a.PhysicalName()}
	if ec := buildEncryptionConfiguration(props.EncryptionConfiguration); ec != nil {
		cfn.EncryptionConfiguration = &CfnActivity_EncryptionConfigurationProperty{
			KmsDataKeyReusePeriodSeconds: ec.KmsDataKeyReusePeriodSeconds, KmsKeyId: ec.KmsKeyId, Type: ec.Type}
	}
	a.resource = NewCfnActivity(a, jsii.String("Resource"), cfn)
	return a
}

func (a *activity) ActivityArn() *string {
	if a.arnMemo == nil {
		a.arnMemo = a.GetResourceArnAttribute(a.resource.Ref(), &awscdk.ArnComponents{Service: jsii.String("states"),
			Resource: jsii.String("activity"), ResourceName: a.PhysicalName(), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	}
	return a.arnMemo
}

func (a *activity) ActivityName() *string {
	if a.nameMemo == nil {
		a.nameMemo = a.GetResourceNameAttribute(a.resource.AttrName())
	}
	return a.nameMemo
}

func (a *activity) ActivityRef() *interfacesawsstepfunctions.ActivityReference {
	return &interfacesawsstepfunctions.ActivityReference{ActivityArn: a.ActivityArn()}
}

func (a *activity) EncryptionConfiguration() EncryptionConfiguration { return a.encryption }

func (a *activity) Grant(identity awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return grantOn(identity, []*string{a.ActivityArn()}, actions...)
}

func (a *activity) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/States"), MetricName: metricName,
		DimensionsMap: &map[string]*string{"ActivityArn": a.ActivityArn()}, Statistic: jsii.String("sum")}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(a)
}

func (a *activity) canned(name, statistic string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/States"), MetricName: jsii.String(name),
		DimensionsMap: &map[string]*string{"ActivityArn": a.ActivityArn()}, Statistic: jsii.String(statistic)}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props)).AttachTo(a)
}

func (a *activity) MetricRunTime(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.canned("ActivityRunTime", "Average", p)
}
func (a *activity) MetricScheduleTime(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.canned("ActivityScheduleTime", "Average", p)
}
func (a *activity) MetricTime(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.canned("ActivityTime", "Average", p)
}
func (a *activity) MetricScheduled(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.canned("ActivitiesScheduled", "Sum", p)
}
func (a *activity) MetricTimedOut(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.canned("ActivitiesTimedOut", "Sum", p)
}
func (a *activity) MetricStarted(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.canned("ActivitiesStarted", "Sum", p)
}
func (a *activity) MetricSucceeded(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.canned("ActivitiesSucceeded", "Sum", p)
}
func (a *activity) MetricFailed(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.canned("ActivitiesFailed", "Sum", p)
}
func (a *activity) MetricHeartbeatTimedOut(p *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return a.canned("ActivitiesHeartbeatTimedOut", "Sum", p)
}

type importedActivity struct {
	awscdk.Resource
	arn *string
}

// Activity_FromActivityArn imports an activity by its ARN.
func Activity_FromActivityArn(scope constructs.Construct, id *string, activityArn *string) IActivity {
	a := &importedActivity{arn: activityArn}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	return a
}

// Activity_FromActivityName imports an activity of this stack's account
// and region by its name.
func Activity_FromActivityName(scope constructs.Construct, id *string, activityName *string) IActivity {
	return Activity_FromActivityArn(scope, id, awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("states"),
		Resource: jsii.String("activity"), ResourceName: activityName, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME}))
}

func (a *importedActivity) ActivityArn() *string { return a.arn }
func (a *importedActivity) ActivityName() *string {
	name := awscdk.Stack_Of(a).SplitArn(a.arn, awscdk.ArnFormat_COLON_RESOURCE_NAME).ResourceName
	if name == nil {
		return jsii.String("")
	}
	return name
}
func (a *importedActivity) ActivityRef() *interfacesawsstepfunctions.ActivityReference {
	return &interfacesawsstepfunctions.ActivityReference{ActivityArn: a.arn}
}
func (a *importedActivity) EncryptionConfiguration() EncryptionConfiguration { return nil }

// Activity_IsConstruct reports whether x is a construct.
func Activity_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Activity_IsResource reports whether construct is a Resource.
func Activity_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Activity_IsOwnedResource reports whether construct is a Resource defined in this app.
func Activity_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// StateTransitionMetric are the account-wide state transition metrics.
type StateTransitionMetric interface{}

type stateTransitionMetric struct{}

// NewStateTransitionMetric returns a StateTransitionMetric; its metrics are static functions.
func NewStateTransitionMetric() StateTransitionMetric { return &stateTransitionMetric{} }

// StateTransitionMetric_Metric is the metricName state transition metric.
func StateTransitionMetric_Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	base := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/States"), MetricName: metricName,
		DimensionsMap: &map[string]*string{"ServiceMetric": jsii.String("StateTransition")}}
	return awscloudwatch.NewMetric(cwmetric.Overlay(base, props))
}

// StateTransitionMetric_MetricProvisionedBucketSize is the state transition metric it names.
func StateTransitionMetric_MetricProvisionedBucketSize(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return StateTransitionMetric_Metric(jsii.String("ProvisionedBucketSize"), props)
}

// StateTransitionMetric_MetricProvisionedRefillRate is the state transition metric it names.
func StateTransitionMetric_MetricProvisionedRefillRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return StateTransitionMetric_Metric(jsii.String("ProvisionedRefillRate"), props)
}

// StateTransitionMetric_MetricConsumedCapacity is the state transition metric it names.
func StateTransitionMetric_MetricConsumedCapacity(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return StateTransitionMetric_Metric(jsii.String("ConsumedCapacity"), props)
}

// StateTransitionMetric_MetricThrottledEvents is the state transition metric it names.
func StateTransitionMetric_MetricThrottledEvents(props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	o := awscloudwatch.MetricOptions{Statistic: jsii.String("sum")}
	if props != nil {
		o = *props
		if o.Statistic == nil {
			o.Statistic = jsii.String("sum")
		}
	}
	return StateTransitionMetric_Metric(jsii.String("ThrottledEvents"), &o)
}
