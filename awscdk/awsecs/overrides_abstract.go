package awsecs

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// The bases a user's type embeds to implement one of aws-cdk-lib's
// abstract classes: the type must define the abstract method, and calling
// the base's instead is a clear error, not a nil dereference.

type abstractContainerImage struct{}

func (abstractContainerImage) Bind(scope constructs.Construct, _ ContainerDefinition) *ContainerImageConfig {
	l2.Throw(scope, "ContainerImage: a type embedding it must define Bind")
	return nil
}

// NewContainerImage_Override initialises outer, a user's type embedding
// ContainerImage, which must define Bind.
func NewContainerImage_Override(outer ContainerImage) {
	l2.Override[ContainerImage](outer, abstractContainerImage{})
}

type abstractEnvironmentFile struct{}

func (abstractEnvironmentFile) Bind(scope constructs.Construct) *EnvironmentFileConfig {
	l2.Throw(scope, "EnvironmentFile: a type embedding it must define Bind")
	return nil
}

// NewEnvironmentFile_Override initialises outer, a user's type embedding
// EnvironmentFile, which must define Bind.
func NewEnvironmentFile_Override(outer EnvironmentFile) {
	l2.Override[EnvironmentFile](outer, abstractEnvironmentFile{})
}

type abstractLogDriver struct{}

func (abstractLogDriver) Bind(scope constructs.Construct, _ ContainerDefinition) *LogDriverConfig {
	l2.Throw(scope, "LogDriver: a type embedding it must define Bind")
	return nil
}

// NewLogDriver_Override initialises outer, a user's type embedding
// LogDriver, which must define Bind.
func NewLogDriver_Override(outer LogDriver) {
	l2.Override[LogDriver](outer, abstractLogDriver{})
}

type abstractProxyConfiguration struct{}

func (abstractProxyConfiguration) Bind(scope constructs.Construct, _ TaskDefinition) *CfnTaskDefinition_ProxyConfigurationProperty {
	l2.Throw(scope, "ProxyConfiguration: a type embedding it must define Bind")
	return nil
}

// NewProxyConfiguration_Override initialises outer, a user's type
// embedding ProxyConfiguration, which must define Bind.
func NewProxyConfiguration_Override(outer ProxyConfiguration) {
	l2.Override[ProxyConfiguration](outer, abstractProxyConfiguration{})
}

type abstractListenerConfig struct{}

func (abstractListenerConfig) AddTargets(_ *string, _ *LoadBalancerTargetOptions, service BaseService) {
	l2.Throw(service, "ListenerConfig: a type embedding it must define AddTargets")
}

// NewListenerConfig_Override initialises outer, a user's type embedding
// ListenerConfig, which must define AddTargets.
func NewListenerConfig_Override(outer ListenerConfig) {
	l2.Override[ListenerConfig](outer, abstractListenerConfig{})
}

// NewListenerRuleConfiguration_Override initialises outer, a user's type
// embedding ListenerRuleConfiguration. aws-cdk-lib gives the class no
// public members, so such a type names no listener: using it is an error.
func NewListenerRuleConfiguration_Override(outer ListenerRuleConfiguration) {
	l2.Override[ListenerRuleConfiguration](outer, listenerRuleConfig{arn: func() *string {
		panic(&diag.UserError{Err: diag.Errorf("", "ListenerRuleConfiguration: build it with ListenerRuleConfiguration_ApplicationListenerRule or _NetworkListener")})
	}})
}

// NewBuiltInAttributes_Override initialises outer, a type embedding BuiltInAttributes.
func NewBuiltInAttributes_Override(outer BuiltInAttributes) {
	l2.Override(outer, NewBuiltInAttributes())
}

// NewProxyConfigurations_Override initialises outer, a type embedding ProxyConfigurations.
func NewProxyConfigurations_Override(outer ProxyConfigurations) {
	l2.Override(outer, NewProxyConfigurations())
}
