package awsroute53

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsroute53"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HealthCheckType is what a health check probes.
type HealthCheckType string

const (
	HealthCheckType_HTTP              HealthCheckType = "HTTP"
	HealthCheckType_HTTPS             HealthCheckType = "HTTPS"
	HealthCheckType_HTTP_STR_MATCH    HealthCheckType = "HTTP_STR_MATCH"
	HealthCheckType_HTTPS_STR_MATCH   HealthCheckType = "HTTPS_STR_MATCH"
	HealthCheckType_TCP               HealthCheckType = "TCP"
	HealthCheckType_CLOUDWATCH_METRIC HealthCheckType = "CLOUDWATCH_METRIC"
	HealthCheckType_CALCULATED        HealthCheckType = "CALCULATED"
	HealthCheckType_RECOVERY_CONTROL  HealthCheckType = "RECOVERY_CONTROL"
)

// InsufficientDataHealthStatusEnum is a CloudWatch-metric health check's
// status while its alarm has too little data.
type InsufficientDataHealthStatusEnum string

const (
	InsufficientDataHealthStatusEnum_HEALTHY           InsufficientDataHealthStatusEnum = "HEALTHY"
	InsufficientDataHealthStatusEnum_UNHEALTHY         InsufficientDataHealthStatusEnum = "UNHEALTHY"
	InsufficientDataHealthStatusEnum_LAST_KNOWN_STATUS InsufficientDataHealthStatusEnum = "LAST_KNOWN_STATUS"
)

// cfnValue is the value CloudFormation takes (the Go constants carry
// jsii's member names, as aws-cdk-go's do).
func (s InsufficientDataHealthStatusEnum) cfnValue() string {
	switch s {
	case InsufficientDataHealthStatusEnum_HEALTHY:
		return "Healthy"
	case InsufficientDataHealthStatusEnum_UNHEALTHY:
		return "Unhealthy"
	case InsufficientDataHealthStatusEnum_LAST_KNOWN_STATUS:
		return "LastKnownStatus"
	}
	return string(s)
}

// AlarmIdentifier names the CloudWatch alarm a CLOUDWATCH_METRIC health check follows.
type AlarmIdentifier struct {
	Name   *string `field:"required" json:"name" yaml:"name"`
	Region *string `field:"required" json:"region" yaml:"region"`
}

// HealthCheckProps are the props of NewHealthCheck.
type HealthCheckProps struct {
	Type                         HealthCheckType                  `field:"required" json:"type" yaml:"type"`
	AlarmIdentifier              *AlarmIdentifier                 `field:"optional" json:"alarmIdentifier" yaml:"alarmIdentifier"`
	ChildHealthChecks            *[]IHealthCheck                  `field:"optional" json:"childHealthChecks" yaml:"childHealthChecks"`
	EnableSNI                    *bool                            `field:"optional" json:"enableSNI" yaml:"enableSNI"`
	FailureThreshold             *float64                         `field:"optional" json:"failureThreshold" yaml:"failureThreshold"`
	Fqdn                         *string                          `field:"optional" json:"fqdn" yaml:"fqdn"`
	HealthThreshold              *float64                         `field:"optional" json:"healthThreshold" yaml:"healthThreshold"`
	InsufficientDataHealthStatus InsufficientDataHealthStatusEnum `field:"optional" json:"insufficientDataHealthStatus" yaml:"insufficientDataHealthStatus"`
	Inverted                     *bool                            `field:"optional" json:"inverted" yaml:"inverted"`
	IpAddress                    *string                          `field:"optional" json:"ipAddress" yaml:"ipAddress"`
	MeasureLatency               *bool                            `field:"optional" json:"measureLatency" yaml:"measureLatency"`
	Port                         *float64                         `field:"optional" json:"port" yaml:"port"`
	Regions                      *[]*string                       `field:"optional" json:"regions" yaml:"regions"`
	RequestInterval              awscdk.Duration                  `field:"optional" json:"requestInterval" yaml:"requestInterval"`
	ResourcePath                 *string                          `field:"optional" json:"resourcePath" yaml:"resourcePath"`
	RoutingControl               *string                          `field:"optional" json:"routingControl" yaml:"routingControl"`
	SearchString                 *string                          `field:"optional" json:"searchString" yaml:"searchString"`
}

// IHealthCheck is a Route 53 health check, defined here or imported.
type IHealthCheck interface {
	interfacesawsroute53.IHealthCheckRef
	awscdk.IResource
	HealthCheckId() *string
}

// HealthCheck is a Route 53 health check (AWS::Route53::HealthCheck).
type HealthCheck interface {
	awscdk.Resource
	IHealthCheck
}

type healthCheck struct {
	awscdk.Resource
	id *string
}

func (h *healthCheck) HealthCheckId() *string { return h.id }
func (h *healthCheck) HealthCheckRef() *interfacesawsroute53.HealthCheckReference {
	return &interfacesawsroute53.HealthCheckReference{HealthCheckId: h.id}
}

// HealthCheck_PROPERTY_INJECTION_ID is the id property injectors use for HealthCheck.
func HealthCheck_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.HealthCheck")
}

// HealthCheck_FromHealthCheckId imports a health check by id.
func HealthCheck_FromHealthCheckId(scope constructs.Construct, id *string, healthCheckId *string) IHealthCheck {
	h := &healthCheck{id: healthCheckId}
	h.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(h.Resource, h)
	return h
}

// NewHealthCheck creates a health check with the defaults aws-cdk-lib
// gives each type (ports 80/443, 30 s interval, threshold 3, SNI for
// HTTPS, ...).
func NewHealthCheck(scope constructs.Construct, id *string, props *HealthCheckProps) HealthCheck {
	props = l2.Inject(*HealthCheck_PROPERTY_INJECTION_ID(), props, scope, id)
	h := &healthCheck{}
	h.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(h.Resource, h)
	if props == nil || props.Type == "" {
		l2.AddError(h, "HealthCheck: type is required")
		props = &HealthCheckProps{Type: HealthCheckType_TCP}
	}
	t := props.Type
	probe := t == HealthCheckType_HTTP || t == HealthCheckType_HTTPS || t == HealthCheckType_HTTP_STR_MATCH || t == HealthCheckType_HTTPS_STR_MATCH || t == HealthCheckType_TCP
	tls := t == HealthCheckType_HTTPS || t == HealthCheckType_HTTPS_STR_MATCH
	web := tls || t == HealthCheckType_HTTP || t == HealthCheckType_HTTP_STR_MATCH
	cfg := &CfnHealthCheck_HealthCheckConfigProperty{
		Type:                     jsii.String(string(t)),
		FullyQualifiedDomainName: props.Fqdn,
		IpAddress:                props.IpAddress,
		Regions:                  props.Regions,
		RoutingControlArn:        props.RoutingControl,
		SearchString:             props.SearchString,
		FailureThreshold:         props.FailureThreshold,
		HealthThreshold:          props.HealthThreshold,
		Port:                     props.Port,
		ResourcePath:             props.ResourcePath,
	}
	if a := props.AlarmIdentifier; a != nil {
		cfg.AlarmIdentifier = &CfnHealthCheck_AlarmIdentifierProperty{Name: a.Name, Region: a.Region}
	}
	if props.ChildHealthChecks != nil {
		ids := []*string{}
		for _, c := range *props.ChildHealthChecks {
			ids = append(ids, c.HealthCheckId())
		}
		cfg.ChildHealthChecks = &ids
		if cfg.HealthThreshold == nil && t == HealthCheckType_CALCULATED {
			cfg.HealthThreshold = jsii.Number(float64(len(ids)))
		}
	}
	if props.EnableSNI != nil {
		cfg.EnableSni = props.EnableSNI
	} else if tls {
		cfg.EnableSni = true
	}
	if cfg.FailureThreshold == nil && probe {
		cfg.FailureThreshold = jsii.Number(3)
	}
	if props.InsufficientDataHealthStatus != "" {
		cfg.InsufficientDataHealthStatus = jsii.String(props.InsufficientDataHealthStatus.cfnValue())
	} else if t == HealthCheckType_CLOUDWATCH_METRIC {
		cfg.InsufficientDataHealthStatus = jsii.String("LastKnownStatus")
	}
	if props.Inverted != nil {
		cfg.Inverted = props.Inverted
	} else {
		cfg.Inverted = false
	}
	if props.MeasureLatency != nil {
		cfg.MeasureLatency = props.MeasureLatency
	} else if probe {
		cfg.MeasureLatency = false
	}
	if cfg.Port == nil && web {
		cfg.Port = jsii.Number(map[bool]float64{true: 443, false: 80}[tls])
	}
	if props.RequestInterval != nil {
		cfg.RequestInterval = props.RequestInterval.ToSeconds(nil)
	} else if probe {
		cfg.RequestInterval = jsii.Number(30)
	}
	if cfg.ResourcePath == nil && web {
		cfg.ResourcePath = jsii.String("")
	}
	h.id = NewCfnHealthCheck(h, jsii.String("Resource"), &CfnHealthCheckProps{HealthCheckConfig: cfg}).Ref()
	return h
}
