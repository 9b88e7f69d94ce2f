package awsecs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/internal/l2"
)

// ServiceConnectAccessLogFormat is the format of Service Connect access logs.
type ServiceConnectAccessLogFormat string

const (
	ServiceConnectAccessLogFormat_TEXT ServiceConnectAccessLogFormat = "TEXT"
	ServiceConnectAccessLogFormat_JSON ServiceConnectAccessLogFormat = "JSON"
)

// ServiceConnectAccessLogConfiguration turns Service Connect access logs on.
type ServiceConnectAccessLogConfiguration struct {
	Format                 ServiceConnectAccessLogFormat `field:"required" json:"format" yaml:"format"`
	IncludeQueryParameters *bool                         `field:"optional" json:"includeQueryParameters" yaml:"includeQueryParameters"`
}

// ServiceConnectTlsConfiguration is the TLS of a Service Connect service.
type ServiceConnectTlsConfiguration struct {
	AwsPcaAuthorityArn *string                  `field:"optional" json:"awsPcaAuthorityArn" yaml:"awsPcaAuthorityArn"`
	KmsKey             interfacesawskms.IKeyRef `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	Role               awsiam.IRole             `field:"optional" json:"role" yaml:"role"`
}

// ServiceConnectService publishes a named port mapping in the namespace.
type ServiceConnectService struct {
	PortMappingName     *string                         `field:"required" json:"portMappingName" yaml:"portMappingName"`
	DiscoveryName       *string                         `field:"optional" json:"discoveryName" yaml:"discoveryName"`
	DnsName             *string                         `field:"optional" json:"dnsName" yaml:"dnsName"`
	IdleTimeout         awscdk.Duration                 `field:"optional" json:"idleTimeout" yaml:"idleTimeout"`
	IngressPortOverride *float64                        `field:"optional" json:"ingressPortOverride" yaml:"ingressPortOverride"`
	PerRequestTimeout   awscdk.Duration                 `field:"optional" json:"perRequestTimeout" yaml:"perRequestTimeout"`
	Port                *float64                        `field:"optional" json:"port" yaml:"port"`
	Tls                 *ServiceConnectTlsConfiguration `field:"optional" json:"tls" yaml:"tls"`
}

// ServiceConnectProps configure Service Connect for a service.
type ServiceConnectProps struct {
	AccessLogConfiguration *ServiceConnectAccessLogConfiguration `field:"optional" json:"accessLogConfiguration" yaml:"accessLogConfiguration"`
	LogDriver              LogDriver                             `field:"optional" json:"logDriver" yaml:"logDriver"`
	// The namespace name or ARN. Default: the cluster's default Cloud Map namespace.
	Namespace *string                   `field:"optional" json:"namespace" yaml:"namespace"`
	Services  *[]*ServiceConnectService `field:"optional" json:"services" yaml:"services"`
}

func validPort(p float64) bool { return p == float64(int64(p)) && p >= 1 && p <= 65535 }

func (s *baseService) validateServiceConnect(cfg *ServiceConnectProps) {
	if s.td.DefaultContainer() == nil {
		l2.Throw(s, "Task definition must have at least one container to enable service connect.")
	}
	if (cfg == nil || cfg.Namespace == nil) && s.cluster.DefaultCloudMapNamespace() == nil {
		l2.Throw(s, "Namespace must be defined either in serviceConnectConfig or cluster.defaultCloudMapNamespace")
	}
	if cfg == nil {
		return
	}
	if cfg.AccessLogConfiguration != nil && cfg.LogDriver == nil {
		l2.Throw(s, "accessLogConfiguration requires logDriver to be set. Without logDriver, access logs are not delivered to any destination.")
	}
	if cfg.Services == nil {
		return
	}
	names := map[string][]string{}
	for _, svc := range *cfg.Services {
		if s.td.FindPortMappingByName(svc.PortMappingName) == nil {
			l2.Throw(s, "Port Mapping '%s' does not exist on the task definition.", sv(svc.PortMappingName))
		}
		discovery := sv(svc.DiscoveryName)
		if discovery == "" {
			discovery = sv(svc.PortMappingName)
		}
		for _, d := range names[sv(svc.PortMappingName)] {
			if d == discovery {
				l2.Throw(s, "Cannot create multiple services with the discoveryName '%s'.", discovery)
			}
		}
		names[sv(svc.PortMappingName)] = append(names[sv(svc.PortMappingName)], discovery)
		if p := svc.IngressPortOverride; p != nil && *p != 0 && !validPort(*p) {
			l2.Throw(s, "ingressPortOverride %s is not valid.", fmtNum(*p))
		}
		if p := svc.Port; p != nil && *p != 0 && !validPort(*p) {
			l2.Throw(s, "Client Alias port %s is not valid.", fmtNum(*p))
		}
		if svc.Tls != nil {
			if a := svc.Tls.AwsPcaAuthorityArn; a != nil && !isToken(a) && !strings.HasPrefix(*a, "arn:") {
				l2.Throw(s, "awsPcaAuthorityArn must start with \"arn:\" and have at least 6 components; received %s", *a)
			}
		}
	}
}

// EnableServiceConnect makes the service a Service Connect client (and server for the services listed).
func (s *baseService) EnableServiceConnect(config *ServiceConnectProps) {
	if s.serviceConnect {
		l2.Throw(s, "Service connect configuration cannot be specified more than once.")
	}
	s.validateServiceConnect(config)
	cfg := config
	if cfg == nil {
		cfg = &ServiceConnectProps{}
	}
	var namespace *string
	if ns := s.cluster.DefaultCloudMapNamespace(); ns != nil {
		namespace = ns.NamespaceName()
	}
	if cfg.Namespace != nil {
		namespace = cfg.Namespace
	}
	out := &CfnService_ServiceConnectConfigurationProperty{Enabled: boolp(true), Namespace: namespace}
	if cfg.Services != nil {
		var services []*CfnService_ServiceConnectServiceProperty
		for _, svc := range *cfg.Services {
			pm := s.td.FindPortMappingByName(svc.PortMappingName)
			if pm == nil || pm.ContainerPort == nil || *pm.ContainerPort == 0 {
				l2.Throw(s, "Port mapping with name %s does not exist.", sv(svc.PortMappingName))
			}
			port := svc.Port
			if port == nil || *port == 0 {
				port = pm.ContainerPort
			}
			r := &CfnService_ServiceConnectServiceProperty{PortName: svc.PortMappingName, DiscoveryName: svc.DiscoveryName,
				IngressPortOverride: svc.IngressPortOverride,
				ClientAliases:       []*CfnService_ServiceConnectClientAliasProperty{{Port: port, DnsName: svc.DnsName}}}
			if t := s.renderTimeout(svc.IdleTimeout, svc.PerRequestTimeout); t != nil {
				r.Timeout = t
			}
			if tls := svc.Tls; tls != nil {
				tc := &CfnService_ServiceConnectTlsConfigurationProperty{
					IssuerCertificateAuthority: &CfnService_ServiceConnectTlsCertificateAuthorityProperty{AwsPcaAuthorityArn: tls.AwsPcaAuthorityArn}}
				if tls.KmsKey != nil {
					tc.KmsKey = tls.KmsKey.KeyRef().KeyArn
				}
				if tls.Role != nil {
					tc.RoleArn = tls.Role.RoleArn()
				}
				r.Tls = tc
			}
			services = append(services, r)
		}
		out.Services = services
	}
	if cfg.LogDriver != nil && s.td.DefaultContainer() != nil {
		out.LogConfiguration = cfg.LogDriver.Bind(s, s.td.DefaultContainer()).renderService()
	}
	if a := cfg.AccessLogConfiguration; a != nil {
		include := "DISABLED"
		if truthy(a.IncludeQueryParameters) {
			include = "ENABLED"
		}
		out.AccessLogConfiguration = &CfnService_ServiceConnectAccessLogConfigurationProperty{Format: str(string(a.Format)), IncludeQueryParameters: str(include)}
	}
	s.serviceConnect = true
	// Lazily rendered so the log options keep the driver's order (the L1 checks a plain map).
	s.res.SetServiceConnectConfiguration(lazyAny(func() interface{} { return cfnValue(out) }))
}

func (s *baseService) renderTimeout(idle, perRequest awscdk.Duration) *CfnService_TimeoutConfigurationProperty {
	if idle == nil && perRequest == nil {
		return nil
	}
	check := func(d awscdk.Duration, name string) {
		if d != nil {
			ms := *d.ToMilliseconds(nil)
			if ms > 0 && ms < 1000 {
				l2.Throw(s, "%s must be at least 1 second or 0 to disable it, got %sms.", name, fmtNum(ms))
			}
		}
	}
	check(idle, "idleTimeout")
	check(perRequest, "perRequestTimeout")
	return &CfnService_TimeoutConfigurationProperty{IdleTimeoutSeconds: seconds(idle), PerRequestTimeoutSeconds: seconds(perRequest)}
}

// renderService renders a bound log driver as a service's log configuration.
func (l *LogDriverConfig) renderService() *CfnService_LogConfigurationProperty {
	r := l.render()
	out := &CfnService_LogConfigurationProperty{LogDriver: r.LogDriver, Options: r.Options}
	if l.SecretOptions != nil {
		var so []*CfnService_SecretProperty
		for _, x := range *l.SecretOptions {
			so = append(so, &CfnService_SecretProperty{Name: x.Name, ValueFrom: x.ValueFrom})
		}
		out.SecretOptions = so
	}
	return out
}
