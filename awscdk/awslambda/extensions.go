package awslambda

import (
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// LambdaInsightsVersion is the Lambda Insights extension layer a function
// loads (the InsightsVersion prop).
type LambdaInsightsVersion interface {
	LayerVersionArn() *string
}

type insightsArn struct{ arn *string }

func (i *insightsArn) LayerVersionArn() *string { return i.arn }

// LambdaInsightsVersion_FromInsightVersionArn is the Insights layer with
// ARN arn. (The named versions need aws-cdk-lib's per-region layer table,
// which Strata does not carry yet.)
func LambdaInsightsVersion_FromInsightVersionArn(arn *string) LambdaInsightsVersion {
	return &insightsArn{arn: arn}
}

// NewLambdaInsightsVersion_Override initialises outer, a type embedding
// LambdaInsightsVersion, with an empty layer ARN (as aws-cdk-lib's base
// class has); outer should define LayerVersionArn.
func NewLambdaInsightsVersion_Override(outer LambdaInsightsVersion) {
	l2.Override(outer, LambdaInsightsVersion(&insightsArn{arn: jsii.String("")}))
}

// ParamsAndSecretsLogLevel is the log level of the Parameters and Secrets
// extension.
type ParamsAndSecretsLogLevel string

const (
	ParamsAndSecretsLogLevel_DEBUG ParamsAndSecretsLogLevel = "DEBUG"
	ParamsAndSecretsLogLevel_INFO  ParamsAndSecretsLogLevel = "INFO"
	ParamsAndSecretsLogLevel_WARN  ParamsAndSecretsLogLevel = "WARN"
	ParamsAndSecretsLogLevel_ERROR ParamsAndSecretsLogLevel = "ERROR"
	ParamsAndSecretsLogLevel_NONE  ParamsAndSecretsLogLevel = "NONE"
)

var paramsLogLevelValues = map[ParamsAndSecretsLogLevel]string{
	ParamsAndSecretsLogLevel_DEBUG: "debug", ParamsAndSecretsLogLevel_INFO: "info", ParamsAndSecretsLogLevel_WARN: "warn",
	ParamsAndSecretsLogLevel_ERROR: "error", ParamsAndSecretsLogLevel_NONE: "none",
}

// ParamsAndSecretsOptions configure the Parameters and Secrets extension.
type ParamsAndSecretsOptions struct {
	CacheEnabled          *bool                    `field:"optional" json:"cacheEnabled" yaml:"cacheEnabled"`
	CacheSize             *float64                 `field:"optional" json:"cacheSize" yaml:"cacheSize"`
	HttpPort              *float64                 `field:"optional" json:"httpPort" yaml:"httpPort"`
	LogLevel              ParamsAndSecretsLogLevel `field:"optional" json:"logLevel" yaml:"logLevel"`
	MaxConnections        *float64                 `field:"optional" json:"maxConnections" yaml:"maxConnections"`
	ParameterStoreTimeout awscdk.Duration          `field:"optional" json:"parameterStoreTimeout" yaml:"parameterStoreTimeout"`
	ParameterStoreTtl     awscdk.Duration          `field:"optional" json:"parameterStoreTtl" yaml:"parameterStoreTtl"`
	SecretsManagerTimeout awscdk.Duration          `field:"optional" json:"secretsManagerTimeout" yaml:"secretsManagerTimeout"`
	SecretsManagerTtl     awscdk.Duration          `field:"optional" json:"secretsManagerTtl" yaml:"secretsManagerTtl"`
}

// ParamsAndSecretsLayerVersion is the Parameters and Secrets extension
// layer a function loads (the ParamsAndSecrets prop).
type ParamsAndSecretsLayerVersion interface {
	// bind is the layer ARN and the environment it sets.
	bind(scope constructs.IConstruct) (arn *string, env [][2]string)
}

type paramsAndSecretsArn struct {
	arn     *string
	options ParamsAndSecretsOptions
}

// ParamsAndSecretsLayerVersion_FromVersionArn is the extension layer with
// ARN arn. (FromVersion needs aws-cdk-lib's per-region layer table, which
// Strata does not carry yet.)
func ParamsAndSecretsLayerVersion_FromVersionArn(arn *string, options *ParamsAndSecretsOptions) ParamsAndSecretsLayerVersion {
	p := &paramsAndSecretsArn{arn: arn}
	if options != nil {
		p.options = *options
	}
	return p
}

// num prints f as JavaScript does (no exponent below 1e21).
func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// bind checks the options and renders the extension's environment, in
// aws-cdk-lib's order and with its defaults.
func (p *paramsAndSecretsArn) bind(scope constructs.IConstruct) (*string, [][2]string) {
	o := &p.options
	switch {
	case o.CacheSize != nil && (*o.CacheSize < 0 || *o.CacheSize > 1000):
		throw(scope, "Cache size must be between 0 and 1000 inclusive - provided: %s", num(*o.CacheSize))
	case o.HttpPort != nil && (*o.HttpPort < 1 || *o.HttpPort > 65535):
		throw(scope, "HTTP port must be between 1 and 65535 inclusive - provided: %s", num(*o.HttpPort))
	case o.MaxConnections != nil && *o.MaxConnections < 1:
		throw(scope, "Maximum connections must be at least 1 - provided: %s", num(*o.MaxConnections))
	case o.SecretsManagerTtl != nil && *o.SecretsManagerTtl.ToSeconds(nil) > 300:
		throw(scope, "Maximum TTL for a cached secret is 300 seconds - provided: %s seconds", num(*o.SecretsManagerTtl.ToSeconds(nil)))
	case o.ParameterStoreTtl != nil && *o.ParameterStoreTtl.ToSeconds(nil) > 300:
		throw(scope, "Maximum TTL for a cached parameter is 300 seconds - provided: %s seconds", num(*o.ParameterStoreTtl.ToSeconds(nil)))
	}
	orNum := func(v *float64, d float64) string {
		if v != nil {
			return num(*v)
		}
		return num(d)
	}
	millis := func(d awscdk.Duration) string {
		if d == nil {
			return "0"
		}
		return num(*d.ToMilliseconds(nil))
	}
	secs := func(d awscdk.Duration) string {
		if d == nil {
			return "300"
		}
		return num(*d.ToSeconds(nil))
	}
	cache := "true"
	if o.CacheEnabled != nil && !*o.CacheEnabled {
		cache = "false"
	}
	level := "info"
	if o.LogLevel != "" {
		level = paramsLogLevelValues[o.LogLevel]
	}
	return p.arn, [][2]string{
		{"PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED", cache},
		{"PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE", orNum(o.CacheSize, 1000)},
		{"PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", orNum(o.HttpPort, 2773)},
		{"PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL", level},
		{"PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS", orNum(o.MaxConnections, 3)},
		{"SECRETS_MANAGER_TIMEOUT_MILLIS", millis(o.SecretsManagerTimeout)},
		{"SECRETS_MANAGER_TTL", secs(o.SecretsManagerTtl)},
		{"SSM_PARAMETER_STORE_TIMEOUT_MILLIS", millis(o.ParameterStoreTimeout)},
		{"SSM_PARAMETER_STORE_TTL", secs(o.ParameterStoreTtl)},
	}
}
