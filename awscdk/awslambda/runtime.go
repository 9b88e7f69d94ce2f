package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// RuntimeFamily groups runtimes by language.
type RuntimeFamily string

const (
	RuntimeFamily_NODEJS      RuntimeFamily = "NODEJS"
	RuntimeFamily_JAVA        RuntimeFamily = "JAVA"
	RuntimeFamily_PYTHON      RuntimeFamily = "PYTHON"
	RuntimeFamily_DOTNET_CORE RuntimeFamily = "DOTNET_CORE"
	RuntimeFamily_GO          RuntimeFamily = "GO"
	RuntimeFamily_RUBY        RuntimeFamily = "RUBY"
	RuntimeFamily_OTHER       RuntimeFamily = "OTHER"
)

// LambdaRuntimeProps are the props of NewRuntime.
type LambdaRuntimeProps struct {
	// Default: public.ecr.aws/sam/build-<name>.
	BundlingDockerImage       *string `field:"optional" json:"bundlingDockerImage" yaml:"bundlingDockerImage"`
	IsVariable                *bool   `field:"optional" json:"isVariable" yaml:"isVariable"`
	SupportsCodeGuruProfiling *bool   `field:"optional" json:"supportsCodeGuruProfiling" yaml:"supportsCodeGuruProfiling"`
	SupportsInlineCode        *bool   `field:"optional" json:"supportsInlineCode" yaml:"supportsInlineCode"`
	SupportsSnapStart         *bool   `field:"optional" json:"supportsSnapStart" yaml:"supportsSnapStart"`
}

// Runtime is a Lambda runtime (the Runtime property of a function).
type Runtime interface {
	BundlingImage() awscdk.DockerImage
	// Family is the runtime's language family ("" for FROM_IMAGE).
	Family() RuntimeFamily
	// IsVariable reports whether the name may change with the region or over time (NODEJS_LATEST).
	IsVariable() *bool
	Name() *string
	SupportsCodeGuruProfiling() *bool
	SupportsInlineCode() *bool
	SupportsSnapStart() *bool
	// RuntimeEquals compares name, family and inline code support.
	RuntimeEquals(other Runtime) *bool
	ToString() *string
}

type runtime struct {
	name                              string
	family                            RuntimeFamily
	inline, profiling, snap, variable bool
	image                             awscdk.DockerImage
}

// NewRuntime defines a runtime; the predefined ones are the Runtime_* functions.
func NewRuntime(name *string, family RuntimeFamily, props *LambdaRuntimeProps) Runtime {
	if props == nil {
		props = &LambdaRuntimeProps{}
	}
	r := &runtime{name: deref(name), family: family}
	r.inline = props.SupportsInlineCode != nil && *props.SupportsInlineCode
	r.profiling = props.SupportsCodeGuruProfiling != nil && *props.SupportsCodeGuruProfiling
	r.snap = props.SupportsSnapStart != nil && *props.SupportsSnapStart
	r.variable = props.IsVariable != nil && *props.IsVariable
	image := "public.ecr.aws/sam/build-" + r.name
	if props.BundlingDockerImage != nil {
		image = *props.BundlingDockerImage
	}
	r.image = awscdk.DockerImage_FromRegistry(&image)
	return r
}

func (r *runtime) BundlingImage() awscdk.DockerImage { return r.image }
func (r *runtime) Family() RuntimeFamily             { return r.family }
func (r *runtime) IsVariable() *bool                 { return jsii.Bool(r.variable) }
func (r *runtime) Name() *string                     { return jsii.String(r.name) }
func (r *runtime) SupportsCodeGuruProfiling() *bool  { return jsii.Bool(r.profiling) }
func (r *runtime) SupportsInlineCode() *bool         { return jsii.Bool(r.inline) }
func (r *runtime) SupportsSnapStart() *bool          { return jsii.Bool(r.snap) }
func (r *runtime) ToString() *string                 { return jsii.String(r.name) }
func (r *runtime) RuntimeEquals(other Runtime) *bool {
	return jsii.Bool(other != nil && *other.Name() == r.name && other.Family() == r.family && *other.SupportsInlineCode() == r.inline)
}

// Runtime_ALL lists the predefined runtimes, in aws-cdk-lib's order.
//
// aws-cdk-lib's Runtime.ALL also grows with every runtime a program (or
// aws-cdk-lib itself) creates later. Strata keeps no process-wide state, so
// two Apps never see each other's runtimes; a layer imported with
// LayerVersion_FromLayerVersionArn stays compatible with every runtime, as
// in aws-cdk-lib.
func Runtime_ALL() *[]Runtime {
	out := append([]Runtime(nil), predefinedRuntimes...)
	return &out
}

// Runtime_DetermineLatestPythonRuntime is the newest Python runtime aws-cdk-lib 2.276.0 picks (python3.13).
func Runtime_DetermineLatestPythonRuntime(scope constructs.Construct) Runtime {
	return runtimePython313
}

// The predefined runtimes of aws-cdk-lib 2.276.0, in its order (Runtime_ALL keeps it).
var (
	runtimeNodejs         = NewRuntime(jsii.String("nodejs"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejs43       = NewRuntime(jsii.String("nodejs4.3"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejs610      = NewRuntime(jsii.String("nodejs6.10"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejs810      = NewRuntime(jsii.String("nodejs8.10"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejs10X      = NewRuntime(jsii.String("nodejs10.x"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejs12X      = NewRuntime(jsii.String("nodejs12.x"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejs14X      = NewRuntime(jsii.String("nodejs14.x"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejs16X      = NewRuntime(jsii.String("nodejs16.x"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejs18X      = NewRuntime(jsii.String("nodejs18.x"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejs20X      = NewRuntime(jsii.String("nodejs20.x"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejsLatest   = NewRuntime(jsii.String("nodejs24.x"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), IsVariable: jsii.Bool(true)})
	runtimeNodejs22X      = NewRuntime(jsii.String("nodejs22.x"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimeNodejs24X      = NewRuntime(jsii.String("nodejs24.x"), RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimePython27       = NewRuntime(jsii.String("python2.7"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true)})
	runtimePython36       = NewRuntime(jsii.String("python3.6"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), SupportsCodeGuruProfiling: jsii.Bool(true)})
	runtimePython37       = NewRuntime(jsii.String("python3.7"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), SupportsCodeGuruProfiling: jsii.Bool(true)})
	runtimePython38       = NewRuntime(jsii.String("python3.8"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), SupportsCodeGuruProfiling: jsii.Bool(true)})
	runtimePython39       = NewRuntime(jsii.String("python3.9"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), SupportsCodeGuruProfiling: jsii.Bool(true)})
	runtimePython310      = NewRuntime(jsii.String("python3.10"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), SupportsCodeGuruProfiling: jsii.Bool(true)})
	runtimePython311      = NewRuntime(jsii.String("python3.11"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), SupportsCodeGuruProfiling: jsii.Bool(true)})
	runtimePython312      = NewRuntime(jsii.String("python3.12"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), SupportsCodeGuruProfiling: jsii.Bool(true), SupportsSnapStart: jsii.Bool(true)})
	runtimePython313      = NewRuntime(jsii.String("python3.13"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), SupportsCodeGuruProfiling: jsii.Bool(true), SupportsSnapStart: jsii.Bool(true)})
	runtimePython314      = NewRuntime(jsii.String("python3.14"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), SupportsCodeGuruProfiling: jsii.Bool(true), SupportsSnapStart: jsii.Bool(true)})
	runtimePython315      = NewRuntime(jsii.String("python3.15"), RuntimeFamily_PYTHON, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), SupportsCodeGuruProfiling: jsii.Bool(true), SupportsSnapStart: jsii.Bool(true)})
	runtimeJava8          = NewRuntime(jsii.String("java8"), RuntimeFamily_JAVA, &LambdaRuntimeProps{SupportsCodeGuruProfiling: jsii.Bool(true)})
	runtimeJava8Corretto  = NewRuntime(jsii.String("java8.al2"), RuntimeFamily_JAVA, &LambdaRuntimeProps{SupportsCodeGuruProfiling: jsii.Bool(true)})
	runtimeJava11         = NewRuntime(jsii.String("java11"), RuntimeFamily_JAVA, &LambdaRuntimeProps{SupportsCodeGuruProfiling: jsii.Bool(true), SupportsSnapStart: jsii.Bool(true)})
	runtimeJava17         = NewRuntime(jsii.String("java17"), RuntimeFamily_JAVA, &LambdaRuntimeProps{SupportsCodeGuruProfiling: jsii.Bool(true), SupportsSnapStart: jsii.Bool(true)})
	runtimeJava21         = NewRuntime(jsii.String("java21"), RuntimeFamily_JAVA, &LambdaRuntimeProps{SupportsCodeGuruProfiling: jsii.Bool(true), SupportsSnapStart: jsii.Bool(true)})
	runtimeJava25         = NewRuntime(jsii.String("java25"), RuntimeFamily_JAVA, &LambdaRuntimeProps{SupportsCodeGuruProfiling: jsii.Bool(true), SupportsSnapStart: jsii.Bool(true)})
	runtimeJava8Al2023    = NewRuntime(jsii.String("java8.al2023"), RuntimeFamily_JAVA, &LambdaRuntimeProps{SupportsCodeGuruProfiling: jsii.Bool(true)})
	runtimeJava11Al2023   = NewRuntime(jsii.String("java11.al2023"), RuntimeFamily_JAVA, &LambdaRuntimeProps{SupportsCodeGuruProfiling: jsii.Bool(true), SupportsSnapStart: jsii.Bool(true)})
	runtimeJava17Al2023   = NewRuntime(jsii.String("java17.al2023"), RuntimeFamily_JAVA, &LambdaRuntimeProps{SupportsCodeGuruProfiling: jsii.Bool(true), SupportsSnapStart: jsii.Bool(true)})
	runtimeDotnet6        = NewRuntime(jsii.String("dotnet6"), RuntimeFamily_DOTNET_CORE, nil)
	runtimeDotnet8        = NewRuntime(jsii.String("dotnet8"), RuntimeFamily_DOTNET_CORE, &LambdaRuntimeProps{SupportsSnapStart: jsii.Bool(true)})
	runtimeDotnet9        = NewRuntime(jsii.String("dotnet9"), RuntimeFamily_DOTNET_CORE, &LambdaRuntimeProps{SupportsSnapStart: jsii.Bool(true)})
	runtimeDotnet10       = NewRuntime(jsii.String("dotnet10"), RuntimeFamily_DOTNET_CORE, &LambdaRuntimeProps{SupportsSnapStart: jsii.Bool(true)})
	runtimeDotnetCore1    = NewRuntime(jsii.String("dotnetcore1.0"), RuntimeFamily_DOTNET_CORE, nil)
	runtimeDotnetCore2    = NewRuntime(jsii.String("dotnetcore2.0"), RuntimeFamily_DOTNET_CORE, nil)
	runtimeDotnetCore21   = NewRuntime(jsii.String("dotnetcore2.1"), RuntimeFamily_DOTNET_CORE, nil)
	runtimeDotnetCore31   = NewRuntime(jsii.String("dotnetcore3.1"), RuntimeFamily_DOTNET_CORE, nil)
	runtimeGo1X           = NewRuntime(jsii.String("go1.x"), RuntimeFamily_GO, nil)
	runtimeRuby25         = NewRuntime(jsii.String("ruby2.5"), RuntimeFamily_RUBY, nil)
	runtimeRuby27         = NewRuntime(jsii.String("ruby2.7"), RuntimeFamily_RUBY, nil)
	runtimeRuby32         = NewRuntime(jsii.String("ruby3.2"), RuntimeFamily_RUBY, nil)
	runtimeRuby33         = NewRuntime(jsii.String("ruby3.3"), RuntimeFamily_RUBY, nil)
	runtimeRuby34         = NewRuntime(jsii.String("ruby3.4"), RuntimeFamily_RUBY, nil)
	runtimeRuby40         = NewRuntime(jsii.String("ruby4.0"), RuntimeFamily_RUBY, nil)
	runtimeProvided       = NewRuntime(jsii.String("provided"), RuntimeFamily_OTHER, nil)
	runtimeProvidedAl2    = NewRuntime(jsii.String("provided.al2"), RuntimeFamily_OTHER, nil)
	runtimeProvidedAl2023 = NewRuntime(jsii.String("provided.al2023"), RuntimeFamily_OTHER, nil)
	runtimeFromImage      = NewRuntime(jsii.String("FROM_IMAGE"), "", nil)
)

// predefinedRuntimes is Runtime_ALL: built once, never changed.
var predefinedRuntimes = []Runtime{
	runtimeNodejs,
	runtimeNodejs43,
	runtimeNodejs610,
	runtimeNodejs810,
	runtimeNodejs10X,
	runtimeNodejs12X,
	runtimeNodejs14X,
	runtimeNodejs16X,
	runtimeNodejs18X,
	runtimeNodejs20X,
	runtimeNodejsLatest,
	runtimeNodejs22X,
	runtimeNodejs24X,
	runtimePython27,
	runtimePython36,
	runtimePython37,
	runtimePython38,
	runtimePython39,
	runtimePython310,
	runtimePython311,
	runtimePython312,
	runtimePython313,
	runtimePython314,
	runtimePython315,
	runtimeJava8,
	runtimeJava8Corretto,
	runtimeJava11,
	runtimeJava17,
	runtimeJava21,
	runtimeJava25,
	runtimeJava8Al2023,
	runtimeJava11Al2023,
	runtimeJava17Al2023,
	runtimeDotnet6,
	runtimeDotnet8,
	runtimeDotnet9,
	runtimeDotnet10,
	runtimeDotnetCore1,
	runtimeDotnetCore2,
	runtimeDotnetCore21,
	runtimeDotnetCore31,
	runtimeGo1X,
	runtimeRuby25,
	runtimeRuby27,
	runtimeRuby32,
	runtimeRuby33,
	runtimeRuby34,
	runtimeRuby40,
	runtimeProvided,
	runtimeProvidedAl2,
	runtimeProvidedAl2023,
	runtimeFromImage,
}

// Runtime_NODEJS is the nodejs runtime.
func Runtime_NODEJS() Runtime { return runtimeNodejs }

// Runtime_NODEJS_4_3 is the nodejs4.3 runtime.
func Runtime_NODEJS_4_3() Runtime { return runtimeNodejs43 }

// Runtime_NODEJS_6_10 is the nodejs6.10 runtime.
func Runtime_NODEJS_6_10() Runtime { return runtimeNodejs610 }

// Runtime_NODEJS_8_10 is the nodejs8.10 runtime.
func Runtime_NODEJS_8_10() Runtime { return runtimeNodejs810 }

// Runtime_NODEJS_10_X is the nodejs10.x runtime.
func Runtime_NODEJS_10_X() Runtime { return runtimeNodejs10X }

// Runtime_NODEJS_12_X is the nodejs12.x runtime.
func Runtime_NODEJS_12_X() Runtime { return runtimeNodejs12X }

// Runtime_NODEJS_14_X is the nodejs14.x runtime.
func Runtime_NODEJS_14_X() Runtime { return runtimeNodejs14X }

// Runtime_NODEJS_16_X is the nodejs16.x runtime.
func Runtime_NODEJS_16_X() Runtime { return runtimeNodejs16X }

// Runtime_NODEJS_18_X is the nodejs18.x runtime.
func Runtime_NODEJS_18_X() Runtime { return runtimeNodejs18X }

// Runtime_NODEJS_20_X is the nodejs20.x runtime.
func Runtime_NODEJS_20_X() Runtime { return runtimeNodejs20X }

// Runtime_NODEJS_LATEST is the nodejs24.x runtime.
func Runtime_NODEJS_LATEST() Runtime { return runtimeNodejsLatest }

// Runtime_NODEJS_22_X is the nodejs22.x runtime.
func Runtime_NODEJS_22_X() Runtime { return runtimeNodejs22X }

// Runtime_NODEJS_24_X is the nodejs24.x runtime.
func Runtime_NODEJS_24_X() Runtime { return runtimeNodejs24X }

// Runtime_PYTHON_2_7 is the python2.7 runtime.
func Runtime_PYTHON_2_7() Runtime { return runtimePython27 }

// Runtime_PYTHON_3_6 is the python3.6 runtime.
func Runtime_PYTHON_3_6() Runtime { return runtimePython36 }

// Runtime_PYTHON_3_7 is the python3.7 runtime.
func Runtime_PYTHON_3_7() Runtime { return runtimePython37 }

// Runtime_PYTHON_3_8 is the python3.8 runtime.
func Runtime_PYTHON_3_8() Runtime { return runtimePython38 }

// Runtime_PYTHON_3_9 is the python3.9 runtime.
func Runtime_PYTHON_3_9() Runtime { return runtimePython39 }

// Runtime_PYTHON_3_10 is the python3.10 runtime.
func Runtime_PYTHON_3_10() Runtime { return runtimePython310 }

// Runtime_PYTHON_3_11 is the python3.11 runtime.
func Runtime_PYTHON_3_11() Runtime { return runtimePython311 }

// Runtime_PYTHON_3_12 is the python3.12 runtime.
func Runtime_PYTHON_3_12() Runtime { return runtimePython312 }

// Runtime_PYTHON_3_13 is the python3.13 runtime.
func Runtime_PYTHON_3_13() Runtime { return runtimePython313 }

// Runtime_PYTHON_3_14 is the python3.14 runtime.
func Runtime_PYTHON_3_14() Runtime { return runtimePython314 }

// Runtime_PYTHON_3_15 is the python3.15 runtime.
func Runtime_PYTHON_3_15() Runtime { return runtimePython315 }

// Runtime_JAVA_8 is the java8 runtime.
func Runtime_JAVA_8() Runtime { return runtimeJava8 }

// Runtime_JAVA_8_CORRETTO is the java8.al2 runtime.
func Runtime_JAVA_8_CORRETTO() Runtime { return runtimeJava8Corretto }

// Runtime_JAVA_11 is the java11 runtime.
func Runtime_JAVA_11() Runtime { return runtimeJava11 }

// Runtime_JAVA_17 is the java17 runtime.
func Runtime_JAVA_17() Runtime { return runtimeJava17 }

// Runtime_JAVA_21 is the java21 runtime.
func Runtime_JAVA_21() Runtime { return runtimeJava21 }

// Runtime_JAVA_25 is the java25 runtime.
func Runtime_JAVA_25() Runtime { return runtimeJava25 }

// Runtime_JAVA_8_AL2023 is the java8.al2023 runtime.
func Runtime_JAVA_8_AL2023() Runtime { return runtimeJava8Al2023 }

// Runtime_JAVA_11_AL2023 is the java11.al2023 runtime.
func Runtime_JAVA_11_AL2023() Runtime { return runtimeJava11Al2023 }

// Runtime_JAVA_17_AL2023 is the java17.al2023 runtime.
func Runtime_JAVA_17_AL2023() Runtime { return runtimeJava17Al2023 }

// Runtime_DOTNET_6 is the dotnet6 runtime.
func Runtime_DOTNET_6() Runtime { return runtimeDotnet6 }

// Runtime_DOTNET_8 is the dotnet8 runtime.
func Runtime_DOTNET_8() Runtime { return runtimeDotnet8 }

// Runtime_DOTNET_9 is the dotnet9 runtime.
func Runtime_DOTNET_9() Runtime { return runtimeDotnet9 }

// Runtime_DOTNET_10 is the dotnet10 runtime.
func Runtime_DOTNET_10() Runtime { return runtimeDotnet10 }

// Runtime_DOTNET_CORE_1 is the dotnetcore1.0 runtime.
func Runtime_DOTNET_CORE_1() Runtime { return runtimeDotnetCore1 }

// Runtime_DOTNET_CORE_2 is the dotnetcore2.0 runtime.
func Runtime_DOTNET_CORE_2() Runtime { return runtimeDotnetCore2 }

// Runtime_DOTNET_CORE_2_1 is the dotnetcore2.1 runtime.
func Runtime_DOTNET_CORE_2_1() Runtime { return runtimeDotnetCore21 }

// Runtime_DOTNET_CORE_3_1 is the dotnetcore3.1 runtime.
func Runtime_DOTNET_CORE_3_1() Runtime { return runtimeDotnetCore31 }

// Runtime_GO_1_X is the go1.x runtime.
func Runtime_GO_1_X() Runtime { return runtimeGo1X }

// Runtime_RUBY_2_5 is the ruby2.5 runtime.
func Runtime_RUBY_2_5() Runtime { return runtimeRuby25 }

// Runtime_RUBY_2_7 is the ruby2.7 runtime.
func Runtime_RUBY_2_7() Runtime { return runtimeRuby27 }

// Runtime_RUBY_3_2 is the ruby3.2 runtime.
func Runtime_RUBY_3_2() Runtime { return runtimeRuby32 }

// Runtime_RUBY_3_3 is the ruby3.3 runtime.
func Runtime_RUBY_3_3() Runtime { return runtimeRuby33 }

// Runtime_RUBY_3_4 is the ruby3.4 runtime.
func Runtime_RUBY_3_4() Runtime { return runtimeRuby34 }

// Runtime_RUBY_4_0 is the ruby4.0 runtime.
func Runtime_RUBY_4_0() Runtime { return runtimeRuby40 }

// Runtime_PROVIDED is the provided runtime.
func Runtime_PROVIDED() Runtime { return runtimeProvided }

// Runtime_PROVIDED_AL2 is the provided.al2 runtime.
func Runtime_PROVIDED_AL2() Runtime { return runtimeProvidedAl2 }

// Runtime_PROVIDED_AL2023 is the provided.al2023 runtime.
func Runtime_PROVIDED_AL2023() Runtime { return runtimeProvidedAl2023 }

// Runtime_FROM_IMAGE is the FROM_IMAGE runtime.
func Runtime_FROM_IMAGE() Runtime { return runtimeFromImage }
