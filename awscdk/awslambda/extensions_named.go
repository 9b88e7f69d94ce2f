package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// insightsVersion is a Lambda Insights version region-info knows.
type insightsVersion struct{ version string }

type insightsArnProducer struct{ version string }

func (p insightsArnProducer) Produce(ctx awscdk.IResolveContext) *string {
	return insightsVersionArn(ctx.Scope(), p.version, "x86_64")
}

// LayerVersionArn is the x86_64 layer of the scope's region, resolved
// when the template is written.
func (i *insightsVersion) LayerVersionArn() *string {
	return awscdk.Lazy_UncachedString(insightsArnProducer{i.version}, nil)
}

// bindArn is the layer for fn's architecture.
func (i *insightsVersion) bindArn(scope constructs.IConstruct, fn IFunction) *string {
	arch := Architecture_X86_64()
	if fn.Architecture() != nil {
		arch = fn.Architecture()
	}
	f := "cloudwatch-lambda-insights-version:" + factVersion(i.version) + "_" + *arch.Name()
	if len(layerFacts[f]) == 0 {
		throw(fn, "Insights version %s does not exist.", i.version)
	}
	return insightsVersionArn(scope, i.version, *arch.Name())
}

func insightsVersionArn(scope constructs.IConstruct, version, arch string) *string {
	f := "cloudwatch-lambda-insights-version:" + factVersion(version) + "_" + arch
	if region := awscdk.Stack_Of(scope).Region(); !isUnresolved(region) {
		v, ok := layerFact(f, *region)
		if !ok {
			throw(scope, "Insights version %s is not supported in region %s", version, *region)
		}
		return jsii.String(v)
	}
	return regionalLayerFact(scope, f)
}

func insights(v string) LambdaInsightsVersion { return &insightsVersion{version: v} }

func LambdaInsightsVersion_VERSION_1_0_54_0() LambdaInsightsVersion  { return insights("1.0.54.0") }
func LambdaInsightsVersion_VERSION_1_0_86_0() LambdaInsightsVersion  { return insights("1.0.86.0") }
func LambdaInsightsVersion_VERSION_1_0_89_0() LambdaInsightsVersion  { return insights("1.0.89.0") }
func LambdaInsightsVersion_VERSION_1_0_98_0() LambdaInsightsVersion  { return insights("1.0.98.0") }
func LambdaInsightsVersion_VERSION_1_0_119_0() LambdaInsightsVersion { return insights("1.0.119.0") }
func LambdaInsightsVersion_VERSION_1_0_135_0() LambdaInsightsVersion { return insights("1.0.135.0") }
func LambdaInsightsVersion_VERSION_1_0_143_0() LambdaInsightsVersion { return insights("1.0.143.0") }
func LambdaInsightsVersion_VERSION_1_0_178_0() LambdaInsightsVersion { return insights("1.0.178.0") }
func LambdaInsightsVersion_VERSION_1_0_229_0() LambdaInsightsVersion { return insights("1.0.229.0") }
func LambdaInsightsVersion_VERSION_1_0_273_0() LambdaInsightsVersion { return insights("1.0.273.0") }
func LambdaInsightsVersion_VERSION_1_0_275_0() LambdaInsightsVersion { return insights("1.0.275.0") }
func LambdaInsightsVersion_VERSION_1_0_295_0() LambdaInsightsVersion { return insights("1.0.295.0") }
func LambdaInsightsVersion_VERSION_1_0_317_0() LambdaInsightsVersion { return insights("1.0.317.0") }
func LambdaInsightsVersion_VERSION_1_0_333_0() LambdaInsightsVersion { return insights("1.0.333.0") }
func LambdaInsightsVersion_VERSION_1_0_391_0() LambdaInsightsVersion { return insights("1.0.391.0") }
func LambdaInsightsVersion_VERSION_1_0_404_0() LambdaInsightsVersion { return insights("1.0.404.0") }
func LambdaInsightsVersion_VERSION_1_0_498_0() LambdaInsightsVersion { return insights("1.0.498.0") }

// ParamsAndSecretsVersions are the extension versions region-info knows.
type ParamsAndSecretsVersions string

const ParamsAndSecretsVersions_V1_0_103 ParamsAndSecretsVersions = "V1_0_103"

var paramsAndSecretsVersionValues = map[ParamsAndSecretsVersions]string{ParamsAndSecretsVersions_V1_0_103: "1.0.103"}

type paramsAndSecretsVersion struct {
	paramsAndSecretsArn
	version string
}

// ParamsAndSecretsLayerVersion_FromVersion is the extension layer of
// version for the function's region and architecture.
func ParamsAndSecretsLayerVersion_FromVersion(version ParamsAndSecretsVersions, options *ParamsAndSecretsOptions) ParamsAndSecretsLayerVersion {
	p := &paramsAndSecretsVersion{version: paramsAndSecretsVersionValues[version]}
	if p.version == "" {
		p.version = string(version)
	}
	if options != nil {
		p.options = *options
	}
	return p
}

func (p *paramsAndSecretsVersion) bindFor(scope constructs.IConstruct, fn IFunction) (*string, [][2]string) {
	_, env := p.paramsAndSecretsArn.bind(scope)
	arch := *fn.Architecture().Name()
	f := "params-and-secrets-layer:" + factVersion(p.version) + "_" + arch
	if region := awscdk.Stack_Of(scope).Region(); !isUnresolved(region) {
		v, ok := layerFact(f, *region)
		if !ok {
			throw(scope, "Parameters and Secrets Extension is not supported in region %s for %s architecture", *region, arch)
		}
		return jsii.String(v), env
	}
	return regionalLayerFact(scope, f), env
}

// AdotLambdaExecWrapper is the wrapper script the ADOT layer runs the
// handler through.
type AdotLambdaExecWrapper string

const (
	AdotLambdaExecWrapper_REGULAR_HANDLER    AdotLambdaExecWrapper = "/opt/otel-handler"
	AdotLambdaExecWrapper_PROXY_HANDLER      AdotLambdaExecWrapper = "/opt/otel-proxy-handler"
	AdotLambdaExecWrapper_STREAM_HANDLER     AdotLambdaExecWrapper = "/opt/otel-stream-handler"
	AdotLambdaExecWrapper_INSTRUMENT_HANDLER AdotLambdaExecWrapper = "/opt/otel-instrument"
	AdotLambdaExecWrapper_SQS_HANDLER        AdotLambdaExecWrapper = "/opt/otel-sqs-handler"
)

// AdotInstrumentationConfig instruments a function with AWS Distro for
// OpenTelemetry.
type AdotInstrumentationConfig struct {
	ExecWrapper  AdotLambdaExecWrapper `field:"required" json:"execWrapper" yaml:"execWrapper"`
	LayerVersion AdotLayerVersion      `field:"required" json:"layerVersion" yaml:"layerVersion"`
}

// adotLayer is an ADOT layer of one type and version.
type adotLayer struct{ typ, version string }

func (a *adotLayer) LayerVersion() *string { return jsii.String(a.version) }

// LayerArn is the layer for the stack of scope and architecture.
func (a *adotLayer) LayerArn(scope constructs.IConstruct, architecture Architecture) *string {
	arch := "x86_64"
	if architecture != nil {
		arch = *architecture.Name()
	}
	f := "adot-lambda-layer:" + a.typ + "_" + factVersion(a.version) + "_" + arch
	if region := awscdk.Stack_Of(scope).Region(); !isUnresolved(region) {
		v, ok := layerFact(f, *region)
		if !ok {
			throw(scope, "Could not find the ARN information for the ADOT Lambda Layer of type %s and version %s in %s", a.typ, a.version, *region)
		}
		return jsii.String(v)
	}
	return regionalLayerFact(scope, f)
}

// adotLayerVersion is one of the layer classes below.
type adotLayerVersion interface {
	LayerVersion() *string
	LayerArn(scope constructs.IConstruct, architecture Architecture) *string
}

// AdotLayerVersion is the ADOT layer a function loads.
type AdotLayerVersion interface {
	// bind is the layer ARN for fn (unexported: aws-cdk-go's class has no
	// public members).
	bind(fn IFunction) *string
}

type adotLayerBinding struct{ v adotLayerVersion }

func (b *adotLayerBinding) bind(fn IFunction) *string {
	return b.v.LayerArn(fn, fn.Architecture())
}

func AdotLayerVersion_FromJavaSdkLayerVersion(version AdotLambdaLayerJavaSdkVersion) AdotLayerVersion {
	return &adotLayerBinding{version}
}
func AdotLayerVersion_FromJavaAutoInstrumentationLayerVersion(version AdotLambdaLayerJavaAutoInstrumentationVersion) AdotLayerVersion {
	return &adotLayerBinding{version}
}
func AdotLayerVersion_FromJavaScriptSdkLayerVersion(version AdotLambdaLayerJavaScriptSdkVersion) AdotLayerVersion {
	return &adotLayerBinding{version}
}
func AdotLayerVersion_FromPythonSdkLayerVersion(version AdotLambdaLayerPythonSdkVersion) AdotLayerVersion {
	return &adotLayerBinding{version}
}
func AdotLayerVersion_FromGenericLayerVersion(version AdotLambdaLayerGenericVersion) AdotLayerVersion {
	return &adotLayerBinding{version}
}

// NewAdotLayerVersion_Override initialises outer, a type embedding
// AdotLayerVersion, as the latest generic (collector) layer.
func NewAdotLayerVersion_Override(outer AdotLayerVersion) {
	l2.Override(outer, AdotLayerVersion_FromGenericLayerVersion(AdotLambdaLayerGenericVersion_LATEST()))
}

// The layer classes: each names its versions.
type (
	AdotLambdaLayerJavaSdkVersion                 interface{ adotLayerVersion }
	AdotLambdaLayerJavaAutoInstrumentationVersion interface{ adotLayerVersion }
	AdotLambdaLayerJavaScriptSdkVersion           interface{ adotLayerVersion }
	AdotLambdaLayerPythonSdkVersion               interface{ adotLayerVersion }
	AdotLambdaLayerGenericVersion                 interface{ adotLayerVersion }
)

// adot is the version name of class, from the generated table.
func adot(class, name string) *adotLayer {
	for _, v := range adotVersions[class] {
		if v.name == name {
			return &adotLayer{typ: v.typ, version: v.version}
		}
	}
	panic("awslambda: no ADOT version " + class + "." + name) // the table and these statics are generated together
}

func AdotLambdaLayerJavaSdkVersion_V1_32_0_1() AdotLambdaLayerJavaSdkVersion {
	return adot("AdotLambdaLayerJavaSdkVersion", "V1_32_0_1")
}
func AdotLambdaLayerJavaSdkVersion_V1_32_0() AdotLambdaLayerJavaSdkVersion {
	return adot("AdotLambdaLayerJavaSdkVersion", "V1_32_0")
}
func AdotLambdaLayerJavaSdkVersion_V1_31_0() AdotLambdaLayerJavaSdkVersion {
	return adot("AdotLambdaLayerJavaSdkVersion", "V1_31_0")
}
func AdotLambdaLayerJavaSdkVersion_V1_30_0() AdotLambdaLayerJavaSdkVersion {
	return adot("AdotLambdaLayerJavaSdkVersion", "V1_30_0")
}
func AdotLambdaLayerJavaSdkVersion_V1_28_1() AdotLambdaLayerJavaSdkVersion {
	return adot("AdotLambdaLayerJavaSdkVersion", "V1_28_1")
}
func AdotLambdaLayerJavaSdkVersion_V1_19_0() AdotLambdaLayerJavaSdkVersion {
	return adot("AdotLambdaLayerJavaSdkVersion", "V1_19_0")
}
func AdotLambdaLayerJavaSdkVersion_LATEST() AdotLambdaLayerJavaSdkVersion {
	return adot("AdotLambdaLayerJavaSdkVersion", "LATEST")
}
func AdotLambdaLayerJavaAutoInstrumentationVersion_V1_32_0_1() AdotLambdaLayerJavaAutoInstrumentationVersion {
	return adot("AdotLambdaLayerJavaAutoInstrumentationVersion", "V1_32_0_1")
}
func AdotLambdaLayerJavaAutoInstrumentationVersion_V1_32_0() AdotLambdaLayerJavaAutoInstrumentationVersion {
	return adot("AdotLambdaLayerJavaAutoInstrumentationVersion", "V1_32_0")
}
func AdotLambdaLayerJavaAutoInstrumentationVersion_V1_31_0() AdotLambdaLayerJavaAutoInstrumentationVersion {
	return adot("AdotLambdaLayerJavaAutoInstrumentationVersion", "V1_31_0")
}
func AdotLambdaLayerJavaAutoInstrumentationVersion_V1_30_0() AdotLambdaLayerJavaAutoInstrumentationVersion {
	return adot("AdotLambdaLayerJavaAutoInstrumentationVersion", "V1_30_0")
}
func AdotLambdaLayerJavaAutoInstrumentationVersion_V1_28_1() AdotLambdaLayerJavaAutoInstrumentationVersion {
	return adot("AdotLambdaLayerJavaAutoInstrumentationVersion", "V1_28_1")
}
func AdotLambdaLayerJavaAutoInstrumentationVersion_V1_19_2() AdotLambdaLayerJavaAutoInstrumentationVersion {
	return adot("AdotLambdaLayerJavaAutoInstrumentationVersion", "V1_19_2")
}
func AdotLambdaLayerJavaAutoInstrumentationVersion_LATEST() AdotLambdaLayerJavaAutoInstrumentationVersion {
	return adot("AdotLambdaLayerJavaAutoInstrumentationVersion", "LATEST")
}
func AdotLambdaLayerJavaScriptSdkVersion_V1_30_0() AdotLambdaLayerJavaScriptSdkVersion {
	return adot("AdotLambdaLayerJavaScriptSdkVersion", "V1_30_0")
}
func AdotLambdaLayerJavaScriptSdkVersion_V1_18_1() AdotLambdaLayerJavaScriptSdkVersion {
	return adot("AdotLambdaLayerJavaScriptSdkVersion", "V1_18_1")
}
func AdotLambdaLayerJavaScriptSdkVersion_V1_17_1() AdotLambdaLayerJavaScriptSdkVersion {
	return adot("AdotLambdaLayerJavaScriptSdkVersion", "V1_17_1")
}
func AdotLambdaLayerJavaScriptSdkVersion_V1_16_0() AdotLambdaLayerJavaScriptSdkVersion {
	return adot("AdotLambdaLayerJavaScriptSdkVersion", "V1_16_0")
}
func AdotLambdaLayerJavaScriptSdkVersion_V1_15_0_1() AdotLambdaLayerJavaScriptSdkVersion {
	return adot("AdotLambdaLayerJavaScriptSdkVersion", "V1_15_0_1")
}
func AdotLambdaLayerJavaScriptSdkVersion_V1_7_0() AdotLambdaLayerJavaScriptSdkVersion {
	return adot("AdotLambdaLayerJavaScriptSdkVersion", "V1_7_0")
}
func AdotLambdaLayerJavaScriptSdkVersion_LATEST() AdotLambdaLayerJavaScriptSdkVersion {
	return adot("AdotLambdaLayerJavaScriptSdkVersion", "LATEST")
}
func AdotLambdaLayerPythonSdkVersion_V1_29_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_29_0")
}
func AdotLambdaLayerPythonSdkVersion_V1_25_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_25_0")
}
func AdotLambdaLayerPythonSdkVersion_V1_24_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_24_0")
}
func AdotLambdaLayerPythonSdkVersion_V1_21_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_21_0")
}
func AdotLambdaLayerPythonSdkVersion_V1_20_0_1() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_20_0_1")
}
func AdotLambdaLayerPythonSdkVersion_V1_20_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_20_0")
}
func AdotLambdaLayerPythonSdkVersion_V1_19_0_1() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_19_0_1")
}
func AdotLambdaLayerPythonSdkVersion_V1_18_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_18_0")
}
func AdotLambdaLayerPythonSdkVersion_V1_17_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_17_0")
}
func AdotLambdaLayerPythonSdkVersion_V1_16_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_16_0")
}
func AdotLambdaLayerPythonSdkVersion_V1_15_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_15_0")
}
func AdotLambdaLayerPythonSdkVersion_V1_14_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_14_0")
}
func AdotLambdaLayerPythonSdkVersion_V1_13_0() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "V1_13_0")
}
func AdotLambdaLayerPythonSdkVersion_LATEST() AdotLambdaLayerPythonSdkVersion {
	return adot("AdotLambdaLayerPythonSdkVersion", "LATEST")
}
func AdotLambdaLayerGenericVersion_V0_115_0() AdotLambdaLayerGenericVersion {
	return adot("AdotLambdaLayerGenericVersion", "V0_115_0")
}
func AdotLambdaLayerGenericVersion_V0_102_1() AdotLambdaLayerGenericVersion {
	return adot("AdotLambdaLayerGenericVersion", "V0_102_1")
}
func AdotLambdaLayerGenericVersion_V0_98_0() AdotLambdaLayerGenericVersion {
	return adot("AdotLambdaLayerGenericVersion", "V0_98_0")
}
func AdotLambdaLayerGenericVersion_V0_90_1() AdotLambdaLayerGenericVersion {
	return adot("AdotLambdaLayerGenericVersion", "V0_90_1")
}
func AdotLambdaLayerGenericVersion_V0_88_0() AdotLambdaLayerGenericVersion {
	return adot("AdotLambdaLayerGenericVersion", "V0_88_0")
}
func AdotLambdaLayerGenericVersion_V0_84_0() AdotLambdaLayerGenericVersion {
	return adot("AdotLambdaLayerGenericVersion", "V0_84_0")
}
func AdotLambdaLayerGenericVersion_V0_82_0() AdotLambdaLayerGenericVersion {
	return adot("AdotLambdaLayerGenericVersion", "V0_82_0")
}
func AdotLambdaLayerGenericVersion_V0_62_1() AdotLambdaLayerGenericVersion {
	return adot("AdotLambdaLayerGenericVersion", "V0_62_1")
}
func AdotLambdaLayerGenericVersion_LATEST() AdotLambdaLayerGenericVersion {
	return adot("AdotLambdaLayerGenericVersion", "LATEST")
}
