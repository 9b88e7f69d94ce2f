package awsecs

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// LogDriverConfig is a bound log driver.
type LogDriverConfig struct {
	LogDriver     *string                              `field:"required" json:"logDriver" yaml:"logDriver"`
	Options       *map[string]*string                  `field:"optional" json:"options" yaml:"options"`
	SecretOptions *[]*CfnTaskDefinition_SecretProperty `field:"optional" json:"secretOptions" yaml:"secretOptions"`
	// order is the order the driver set its options in, which the template
	// keeps (a Go map has none; without it the keys are sorted).
	order []string
}

func (l *LogDriverConfig) render() *CfnTaskDefinition_LogConfigurationProperty {
	out := &CfnTaskDefinition_LogConfigurationProperty{LogDriver: l.LogDriver}
	if l.Options != nil {
		opts := ojson.New()
		keys := l.order
		if keys == nil {
			keys = sortedStrKeys(*l.Options)
		}
		for _, k := range keys {
			if v, ok := (*l.Options)[k]; ok && v != nil {
				opts.Set(k, v)
			}
		}
		out.Options = opts
	}
	if l.SecretOptions != nil {
		out.SecretOptions = *l.SecretOptions
	}
	return out
}

// LogDriver is where a container's logs go.
type LogDriver interface {
	Bind(scope constructs.Construct, containerDefinition ContainerDefinition) *LogDriverConfig
}

// LogDrivers creates log drivers.
type LogDrivers interface{}

type logDrivers struct{}

// NewLogDrivers is the LogDrivers factory (its functions are the package-level LogDrivers_*).
func NewLogDrivers() LogDrivers { return logDrivers{} }

// AwsLogDriverProps configure the awslogs log driver.
type AwsLogDriverProps struct {
	// The prefix of the log streams: prefix/container-name/task-id.
	StreamPrefix     *string                        `field:"required" json:"streamPrefix" yaml:"streamPrefix"`
	DatetimeFormat   *string                        `field:"optional" json:"datetimeFormat" yaml:"datetimeFormat"`
	LogGroup         interfacesawslogs.ILogGroupRef `field:"optional" json:"logGroup" yaml:"logGroup"`
	LogRetention     awslogs.RetentionDays          `field:"optional" json:"logRetention" yaml:"logRetention"`
	MaxBufferSize    awscdk.Size                    `field:"optional" json:"maxBufferSize" yaml:"maxBufferSize"`
	Mode             AwsLogDriverMode               `field:"optional" json:"mode" yaml:"mode"`
	MultilinePattern *string                        `field:"optional" json:"multilinePattern" yaml:"multilinePattern"`
}

// AwsLogDriver sends a container's logs to CloudWatch Logs.
type AwsLogDriver interface {
	LogDriver
	LogGroup() awslogs.ILogGroup
	SetLogGroup(val awslogs.ILogGroup)
}

type awsLogDriver struct {
	props    AwsLogDriverProps
	logGroup interfacesawslogs.ILogGroupRef
}

// NewAwsLogDriver creates an awslogs driver; Bind creates its log group unless one is given.
func NewAwsLogDriver(props *AwsLogDriverProps) AwsLogDriver {
	d := &awsLogDriver{}
	if props != nil {
		d.props = *props
	}
	if d.props.LogGroup != nil && d.props.LogRetention != "" {
		diag.Panic("", "Cannot specify both `logGroup` and `logRetentionDays`.")
	}
	if d.props.MaxBufferSize != nil && d.props.Mode != AwsLogDriverMode_NON_BLOCKING {
		diag.Panic("", "Cannot specify `maxBufferSize` when the driver mode is blocking")
	}
	return d
}

// AwsLogDriver_AwsLogs is NewAwsLogDriver.
func AwsLogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver { return NewAwsLogDriver(props) }

// LogDriver_AwsLogs is NewAwsLogDriver.
func LogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver { return NewAwsLogDriver(props) }

// LogDrivers_AwsLogs is NewAwsLogDriver.
func LogDrivers_AwsLogs(props *AwsLogDriverProps) LogDriver { return NewAwsLogDriver(props) }

func (d *awsLogDriver) LogGroup() awslogs.ILogGroup {
	if d.logGroup == nil {
		return nil
	}
	if lg, ok := d.logGroup.(awslogs.ILogGroup); ok {
		return lg
	}
	diag.Panic(*d.logGroup.Node().Path(), "the log group is an ILogGroupRef, not an ILogGroup: keep the log group you passed to use it as one")
	return nil
}
func (d *awsLogDriver) SetLogGroup(val awslogs.ILogGroup) { d.logGroup = val }

func (d *awsLogDriver) Bind(scope constructs.Construct, c ContainerDefinition) *LogDriverConfig {
	d.logGroup = d.props.LogGroup
	if d.logGroup == nil {
		retention := d.props.LogRetention
		if retention == "" {
			retention = awslogs.RetentionDays_INFINITE
		}
		d.logGroup = awslogs.NewLogGroup(scope, jsii.String("LogGroup"), &awslogs.LogGroupProps{Retention: retention})
	}
	ref := d.logGroup.LogGroupRef()
	c.TaskDefinition().ObtainExecutionRole().AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("logs:CreateLogStream", "logs:PutLogEvents"), Resources: &[]*string{ref.LogGroupArn}}))
	opts := map[string]*string{}
	var order []string
	set := func(k string, v *string) {
		if v != nil {
			opts[k] = v
			order = append(order, k)
		}
	}
	set("awslogs-group", ref.LogGroupName)
	set("awslogs-stream-prefix", d.props.StreamPrefix)
	set("awslogs-region", d.logGroup.Env().Region)
	set("awslogs-datetime-format", d.props.DatetimeFormat)
	set("awslogs-multiline-pattern", d.props.MultilinePattern)
	if d.props.Mode != "" {
		set("mode", str(awsLogDriverModeValues[d.props.Mode]))
	}
	if d.props.MaxBufferSize != nil {
		set("max-buffer-size", str(fmt.Sprintf("%vb", *d.props.MaxBufferSize.ToBytes(&awscdk.SizeConversionOptions{Rounding: awscdk.SizeRoundingBehavior_FLOOR}))))
	}
	return &LogDriverConfig{LogDriver: str("awslogs"), Options: &opts, order: order}
}
