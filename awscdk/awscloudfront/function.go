package awscloudfront

import (
	"os"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// FunctionCode is the JavaScript source of a CloudFront function.
type FunctionCode interface{ Render() *string }

type inlineFunctionCode string

func (c inlineFunctionCode) Render() *string { return jsii.String(string(c)) }

type fileFunctionCode struct{ path string }

// Render reads the file (at synthesis, as aws-cdk-lib does when it renders).
func (c *fileFunctionCode) Render() *string {
	b, err := os.ReadFile(c.path)
	if err != nil {
		diag.Panic("", "CloudFront function code: %s", err.Error())
	}
	return jsii.String(string(b))
}

// FileCodeOptions name a file of function code.
type FileCodeOptions struct {
	FilePath *string `field:"required" json:"filePath" yaml:"filePath"`
}

// FunctionCode_FromInline is code given as a string.
func FunctionCode_FromInline(code *string) FunctionCode { return inlineFunctionCode(deref(code)) }

// FunctionCode_FromFile is code read from a file.
func FunctionCode_FromFile(options *FileCodeOptions) FunctionCode {
	if options == nil || options.FilePath == nil {
		diag.Panic("", "FunctionCode.fromFile: filePath is required")
	}
	return &fileFunctionCode{path: *options.FilePath}
}

// FunctionRuntime is the JavaScript runtime a CloudFront function runs on.
type FunctionRuntime interface{ Value() *string }

type functionRuntime string

func (r functionRuntime) Value() *string { return jsii.String(string(r)) }

func FunctionRuntime_JS_1_0() FunctionRuntime { return functionRuntime("cloudfront-js-1.0") }
func FunctionRuntime_JS_2_0() FunctionRuntime { return functionRuntime("cloudfront-js-2.0") }

// FunctionRuntime_Custom is a runtime named by its string.
func FunctionRuntime_Custom(runtimeString *string) FunctionRuntime {
	return functionRuntime(deref(runtimeString))
}

// FunctionProps are the props of NewFunction.
type FunctionProps struct {
	Code          FunctionCode                              `field:"required" json:"code" yaml:"code"`
	AutoPublish   *bool                                     `field:"optional" json:"autoPublish" yaml:"autoPublish"`
	Comment       *string                                   `field:"optional" json:"comment" yaml:"comment"`
	FunctionName  *string                                   `field:"optional" json:"functionName" yaml:"functionName"`
	KeyValueStore interfacesawscloudfront.IKeyValueStoreRef `field:"optional" json:"keyValueStore" yaml:"keyValueStore"`
	Runtime       FunctionRuntime                           `field:"optional" json:"runtime" yaml:"runtime"`
}

// FunctionAttributes identify a function to import.
type FunctionAttributes struct {
	FunctionArn     *string `field:"required" json:"functionArn" yaml:"functionArn"`
	FunctionName    *string `field:"required" json:"functionName" yaml:"functionName"`
	FunctionRuntime *string `field:"optional" json:"functionRuntime" yaml:"functionRuntime"`
}

// IFunction is a CloudFront function, defined here or imported.
type IFunction interface {
	interfacesawscloudfront.IFunctionRef
	awscdk.IResource
	FunctionArn() *string
	FunctionName() *string
}

// Function is a CloudFront function (AWS::CloudFront::Function).
type Function interface {
	awscdk.Resource
	IFunction
	FunctionRuntime() *string
	FunctionStage() *string
}

type function struct {
	awscdk.Resource
	arn, name, runtime, stage *string
}

func (f *function) FunctionArn() *string     { return f.arn }
func (f *function) FunctionName() *string    { return f.name }
func (f *function) FunctionRuntime() *string { return f.runtime }
func (f *function) FunctionStage() *string   { return f.stage }
func (f *function) FunctionRef() *interfacesawscloudfront.FunctionReference {
	return &interfacesawscloudfront.FunctionReference{FunctionArn: f.arn}
}

// NewFunction defines a CloudFront function. Its default runtime is
// cloudfront-js-2.0 under the init flags (or with a key value store),
// cloudfront-js-1.0 otherwise; its default name is the region followed by
// the construct's unique id.
func NewFunction(scope constructs.Construct, id *string, props *FunctionProps) Function {
	props = l2.Inject(*Function_PROPERTY_INJECTION_ID(), props, scope, id)
	f := &function{}
	f.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(f.Resource, f)
	if props == nil || props.Code == nil {
		l2.Throw(f, "Function: code is required")
	}
	f.name = props.FunctionName
	if f.name == nil {
		f.name = f.generateName()
	}
	runtime := "cloudfront-js-1.0"
	if props.KeyValueStore != nil || *awscdk.FeatureFlags_Of(f).IsEnabled(jsii.String("@aws-cdk/aws-cloudfront:defaultFunctionRuntimeV2_0")) {
		runtime = "cloudfront-js-2.0"
	}
	if props.Runtime != nil {
		runtime = deref(props.Runtime.Value())
	}
	if props.KeyValueStore != nil && runtime == "cloudfront-js-1.0" {
		l2.Throw(f, "Key Value Stores cannot be associated to functions using the %s runtime", runtime)
	}
	f.runtime = jsii.String(runtime)
	comment := props.Comment
	if comment == nil {
		comment = f.name
	}
	cfg := &CfnFunction_FunctionConfigProperty{Comment: comment, Runtime: f.runtime}
	if props.KeyValueStore != nil {
		cfg.KeyValueStoreAssociations = []*CfnFunction_KeyValueStoreAssociationProperty{{KeyValueStoreArn: props.KeyValueStore.KeyValueStoreRef().KeyValueStoreArn}}
	}
	auto := true
	if props.AutoPublish != nil {
		auto = *props.AutoPublish
	}
	r := NewCfnFunction(f, jsii.String("Resource"), &CfnFunctionProps{AutoPublish: jsii.Bool(auto), FunctionCode: props.Code.Render(), FunctionConfig: cfg, Name: f.name})
	f.arn, f.stage = r.AttrFunctionArn(), r.AttrStage()
	return f
}

func (f *function) generateName() *string {
	region := *awscdk.Stack_Of(f).Region()
	if uid := *awscdk.Names_UniqueId(f); len(uid) <= 41 {
		return jsii.String(region + uid)
	}
	return jsii.String(region + *awscdk.Lazy_String(stringProducer(func() *string {
		return awscdk.Names_UniqueResourceName(f, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(40), AllowedSpecialCharacters: jsii.String("-_")})
	}), nil))
}

// Function_FromFunctionAttributes imports a CloudFront function.
func Function_FromFunctionAttributes(scope constructs.Construct, id *string, attrs *FunctionAttributes) IFunction {
	f := &function{}
	f.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(f.Resource, f)
	if attrs == nil {
		l2.Throw(f, "Function.fromFunctionAttributes: functionArn and functionName are required")
	}
	f.arn, f.name, f.runtime = attrs.FunctionArn, attrs.FunctionName, attrs.FunctionRuntime
	if f.runtime == nil {
		f.runtime = jsii.String("cloudfront-js-1.0")
	}
	return f
}

// Function_PROPERTY_INJECTION_ID is the id property injectors use for Function.
func Function_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.Function")
}

// NewFunction_Override makes f, a pointer to a struct embedding Function, a new Function.
func NewFunction_Override(f Function, scope constructs.Construct, id *string, props *FunctionProps) {
	l2.Override[Function](f, NewFunction(scope, id, props))
}
