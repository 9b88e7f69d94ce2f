package awsapigatewayv2

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// AccessLogDestinationConfig is where a stage writes its access logs.
type AccessLogDestinationConfig struct {
	DestinationArn *string `field:"required" json:"destinationArn" yaml:"destinationArn"`
}

// IAccessLogDestination is a destination of a stage's access logs.
type IAccessLogDestination interface {
	Bind(stage IStage) *AccessLogDestinationConfig
}

// IAccessLogSettings are a stage's access log settings: a destination and
// (default: the stage kind's own) a format.
type IAccessLogSettings interface {
	Destination() IAccessLogDestination
	Format() awsapigateway.AccessLogFormat
}

// LogGroupLogDestination writes access logs to a CloudWatch log group.
type LogGroupLogDestination interface {
	IAccessLogDestination
	Bind(stage IStage) *AccessLogDestinationConfig
}

type logGroupDestination struct {
	group interfacesawslogs.ILogGroupRef
}

// NewLogGroupLogDestination is the log group destination.
func NewLogGroupLogDestination(logGroup interfacesawslogs.ILogGroupRef) LogGroupLogDestination {
	return &logGroupDestination{group: logGroup}
}

func (d *logGroupDestination) Bind(IStage) *AccessLogDestinationConfig {
	return &AccessLogDestinationConfig{DestinationArn: d.group.LogGroupRef().LogGroupArn}
}

// NewLogGroupLogDestination_Override initialises outer, a type embedding LogGroupLogDestination.
func NewLogGroupLogDestination_Override(outer LogGroupLogDestination, logGroup interfacesawslogs.ILogGroupRef) {
	l2.Override(outer, NewLogGroupLogDestination(logGroup))
}

var requestIDField = regexp.MustCompile(`\$context\.(?:requestId|extendedRequestId)\b`)

// accessLogSettings renders settings for stage, checking that a literal
// format logs the request id, as aws-cdk-lib does.
func accessLogSettings(stage constructs.IConstruct, st IStage, settings IAccessLogSettings, def func() awsapigateway.AccessLogFormat) *CfnStage_AccessLogSettingsProperty {
	if settings == nil {
		return nil
	}
	format := settings.Format()
	if format != nil {
		s := deref(format.ToString())
		if !*awscdk.Token_IsUnresolved(s) && !requestIDField.MatchString(s) {
			l2.Throw(stage, "Access log must include either `AccessLogFormat.contextRequestId()` or `AccessLogFormat.contextExtendedRequestId()`")
		}
	} else {
		format = def()
	}
	if settings.Destination() == nil {
		l2.Throw(stage, "accessLogSettings: a destination is required")
	}
	return &CfnStage_AccessLogSettingsProperty{DestinationArn: settings.Destination().Bind(st).DestinationArn, Format: format.ToString()}
}

// DefaultAccessLogFormat is the Common Log Format.
func (s *stageBase) DefaultAccessLogFormat() awsapigateway.AccessLogFormat {
	return awsapigateway.AccessLogFormat_Clf()
}

// DefaultAccessLogFormat is the caller, time, event, route, connection,
// status and request id of each message.
func (s *wsStageBase) DefaultAccessLogFormat() awsapigateway.AccessLogFormat {
	requester := strings.Join([]string{*awsapigateway.AccessLogField_ContextIdentitySourceIp(), *awsapigateway.AccessLogField_ContextIdentityCaller(),
		*awsapigateway.AccessLogField_ContextIdentityUser()}, " ")
	request := strings.Join([]string{*awsapigateway.AccessLogField_ContextEventType(), *awsapigateway.AccessLogField_ContextRouteKey(),
		*awsapigateway.AccessLogField_ContextConnectionId()}, " ")
	status := *awsapigateway.AccessLogField_ContextStatus() + " " + *awsapigateway.AccessLogField_ContextRequestId()
	return awsapigateway.AccessLogFormat_Custom(jsii.String(requester + " [" + *awsapigateway.AccessLogField_ContextRequestTime() + "] \"" + request + "\" " + status))
}
