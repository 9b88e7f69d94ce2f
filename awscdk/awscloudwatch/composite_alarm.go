package awscloudwatch

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudwatch"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CompositeAlarmProps define a composite alarm.
type CompositeAlarmProps struct {
	AlarmRule         IAlarmRule                        `field:"required" json:"alarmRule" yaml:"alarmRule"`
	ActionsEnabled    *bool                             `field:"optional" json:"actionsEnabled" yaml:"actionsEnabled"`
	ActionsSuppressor interfacesawscloudwatch.IAlarmRef `field:"optional" json:"actionsSuppressor" yaml:"actionsSuppressor"`
	// Default: 1 minute when ActionsSuppressor is set.
	ActionsSuppressorExtensionPeriod awscdk.Duration `field:"optional" json:"actionsSuppressorExtensionPeriod" yaml:"actionsSuppressorExtensionPeriod"`
	// Default: 1 minute when ActionsSuppressor is set.
	ActionsSuppressorWaitPeriod awscdk.Duration `field:"optional" json:"actionsSuppressorWaitPeriod" yaml:"actionsSuppressorWaitPeriod"`
	AlarmDescription            *string         `field:"optional" json:"alarmDescription" yaml:"alarmDescription"`
	// Default: the construct's unique id.
	CompositeAlarmName *string `field:"optional" json:"compositeAlarmName" yaml:"compositeAlarmName"`
}

// CompositeAlarm is an alarm on other alarms (AWS::CloudWatch::CompositeAlarm).
type CompositeAlarm interface {
	AlarmBase
}

type compositeAlarm struct {
	alarmBase
	resource CfnCompositeAlarm
	rule     string
}

// CompositeAlarm_PROPERTY_INJECTION_ID is the id property injectors use for CompositeAlarm.
func CompositeAlarm_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-cloudwatch.CompositeAlarm")
}

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }

// NewCompositeAlarm creates a composite alarm.
func NewCompositeAlarm(scope constructs.Construct, id *string, props *CompositeAlarmProps) CompositeAlarm {
	props = l2.Inject(*CompositeAlarm_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &CompositeAlarmProps{}
	}
	c := &compositeAlarm{}
	name := props.CompositeAlarmName
	if name == nil {
		name = awscdk.Lazy_String(stringProducer(func() *string { return c.generateUniqueID() }), nil)
	}
	c.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(c.Resource, c)
	c.self = c
	c.arn = func() *string {
		return c.GetResourceArnAttribute(c.resource.AttrArn(), &awscdk.ArnComponents{
			Service: str("cloudwatch"), Resource: str("alarm"), ResourceName: c.PhysicalName(),
			ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
		})
	}
	c.name = func() *string { return c.GetResourceNameAttribute(c.resource.Ref()) }
	if props.AlarmRule == nil {
		throw(c, "CompositeAlarm needs an alarmRule")
	}
	c.rule = deref(props.AlarmRule.RenderAlarmRule())
	if len(c.rule) > 10240 {
		throw(c, "Alarm Rule expression cannot be greater than 10240 characters, please reduce the conditions in the Alarm Rule")
	}
	ext, wait := props.ActionsSuppressorExtensionPeriod, props.ActionsSuppressorWaitPeriod
	if props.ActionsSuppressor == nil {
		if ext != nil || wait != nil {
			throw(c, "ActionsSuppressor Extension/Wait Periods require an ActionsSuppressor to be set.")
		}
	} else {
		if ext == nil {
			ext = awscdk.Duration_Minutes(jsii.Number(1))
		}
		if wait == nil {
			wait = awscdk.Duration_Minutes(jsii.Number(1))
		}
	}
	cfn := &CfnCompositeAlarmProps{
		AlarmName:                        c.PhysicalName(),
		AlarmRule:                        str(c.rule),
		AlarmDescription:                 props.AlarmDescription,
		AlarmActions:                     actionList(func() []*string { return c.alarmActions }),
		InsufficientDataActions:          actionStrList(func() []*string { return c.idActs }),
		OkActions:                        actionList(func() []*string { return c.okActions }),
		ActionsSuppressorExtensionPeriod: seconds(ext),
		ActionsSuppressorWaitPeriod:      seconds(wait),
	}
	if props.ActionsEnabled != nil {
		cfn.ActionsEnabled = props.ActionsEnabled
	}
	if props.ActionsSuppressor != nil {
		cfn.ActionsSuppressor = props.ActionsSuppressor.AlarmRef().AlarmArn
	}
	c.resource = NewCfnCompositeAlarm(c, str("Resource"), cfn)
	return c
}

func (c *compositeAlarm) generateUniqueID() *string {
	name := deref(awscdk.Names_UniqueId(c))
	if len(name) > 240 {
		name = name[:120] + name[len(name)-120:]
	}
	return str(name)
}
