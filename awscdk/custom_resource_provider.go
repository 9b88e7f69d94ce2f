package awscdk

import (
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers"
	"github.com/strata-cdk/strata/internal/ojson"
)

const (
	inlineCustomResourceContext = "@aws-cdk/core:inlineCustomResourceIfPossible"
	assetMetadataContext        = "aws:cdk:enable-asset-metadata"
	entrypointFilename          = "__entrypoint__"
	lambdaBasicExecutionRole    = "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
)

// CustomResourceProviderRuntime is the Node.js runtime of a provider's handler.
type CustomResourceProviderRuntime string

// The Node.js runtimes a provider can use; their values are aws-cdk-go's.
const (
	CustomResourceProviderRuntime_NODEJS_12_X CustomResourceProviderRuntime = "NODEJS_12_X"
	CustomResourceProviderRuntime_NODEJS_14_X CustomResourceProviderRuntime = "NODEJS_14_X"
	CustomResourceProviderRuntime_NODEJS_16_X CustomResourceProviderRuntime = "NODEJS_16_X"
	CustomResourceProviderRuntime_NODEJS_18_X CustomResourceProviderRuntime = "NODEJS_18_X"
	CustomResourceProviderRuntime_NODEJS_20_X CustomResourceProviderRuntime = "NODEJS_20_X"
	CustomResourceProviderRuntime_NODEJS_22_X CustomResourceProviderRuntime = "NODEJS_22_X"
	CustomResourceProviderRuntime_NODEJS_24_X CustomResourceProviderRuntime = "NODEJS_24_X"
)

func (r CustomResourceProviderRuntime) runtimeName() string {
	switch r {
	case CustomResourceProviderRuntime_NODEJS_12_X, "NODEJS_12":
		return "nodejs12.x"
	}
	if strings.HasPrefix(string(r), "NODEJS_") && strings.HasSuffix(string(r), "_X") {
		return "nodejs" + strings.TrimSuffix(strings.TrimPrefix(string(r), "NODEJS_"), "_X") + ".x"
	}
	return ""
}

// CustomResourceProviderOptions are the options every provider takes.
type CustomResourceProviderOptions struct {
	Description           *string             `field:"optional" json:"description" yaml:"description"`
	Environment           *map[string]*string `field:"optional" json:"environment" yaml:"environment"`
	MemorySize            Size                `field:"optional" json:"memorySize" yaml:"memorySize"`
	PolicyStatements      *[]interface{}      `field:"optional" json:"policyStatements" yaml:"policyStatements"`
	Timeout               Duration            `field:"optional" json:"timeout" yaml:"timeout"`
	UseCfnResponseWrapper *bool               `field:"optional" json:"useCfnResponseWrapper" yaml:"useCfnResponseWrapper"`
}

// CustomResourceProviderProps are the props of a CustomResourceProvider.
// CodeDirectory holds index.js exporting handler; a Go program can write
// embedded files out with internal/handlers.Stage.
type CustomResourceProviderProps struct {
	Description           *string                       `field:"optional" json:"description" yaml:"description"`
	Environment           *map[string]*string           `field:"optional" json:"environment" yaml:"environment"`
	MemorySize            Size                          `field:"optional" json:"memorySize" yaml:"memorySize"`
	PolicyStatements      *[]interface{}                `field:"optional" json:"policyStatements" yaml:"policyStatements"`
	Timeout               Duration                      `field:"optional" json:"timeout" yaml:"timeout"`
	UseCfnResponseWrapper *bool                         `field:"optional" json:"useCfnResponseWrapper" yaml:"useCfnResponseWrapper"`
	CodeDirectory         *string                       `field:"required" json:"codeDirectory" yaml:"codeDirectory"`
	Runtime               CustomResourceProviderRuntime `field:"required" json:"runtime" yaml:"runtime"`
}

// CustomResourceProviderBaseProps are the props of a provider with a
// runtime given by name.
type CustomResourceProviderBaseProps struct {
	Description           *string             `field:"optional" json:"description" yaml:"description"`
	Environment           *map[string]*string `field:"optional" json:"environment" yaml:"environment"`
	MemorySize            Size                `field:"optional" json:"memorySize" yaml:"memorySize"`
	PolicyStatements      *[]interface{}      `field:"optional" json:"policyStatements" yaml:"policyStatements"`
	Timeout               Duration            `field:"optional" json:"timeout" yaml:"timeout"`
	UseCfnResponseWrapper *bool               `field:"optional" json:"useCfnResponseWrapper" yaml:"useCfnResponseWrapper"`
	CodeDirectory         *string             `field:"required" json:"codeDirectory" yaml:"codeDirectory"`
	RuntimeName           *string             `field:"required" json:"runtimeName" yaml:"runtimeName"`
}

// CustomResourceProviderBase is a Lambda function (and its role) that
// backs custom resources, defined once per stack.
type CustomResourceProviderBase interface {
	constructs.Construct
	CodeHash() *string
	RoleArn() *string
	ServiceToken() *string
	AddToRolePolicy(statement interface{})
}

// CustomResourceProvider is the stack-singleton provider of a custom
// resource type, created with CustomResourceProvider_GetOrCreateProvider.
type CustomResourceProvider interface {
	CustomResourceProviderBase
}

type customResourceProvider struct {
	constructs.Construct
	codeHash   string
	role       CfnResource
	handler    CfnResource
	statements []interface{}
}

// CustomResourceProvider_GetOrCreate returns the service token of the
// stack's provider for uniqueid, creating the provider the first time.
func CustomResourceProvider_GetOrCreate(scope constructs.Construct, uniqueid *string, props *CustomResourceProviderProps) *string {
	return CustomResourceProvider_GetOrCreateProvider(scope, uniqueid, props).ServiceToken()
}

// CustomResourceProvider_GetOrCreateProvider returns the stack's provider
// for uniqueid (a construct named <uniqueid>CustomResourceProvider at the
// stack's root), creating it the first time.
func CustomResourceProvider_GetOrCreateProvider(scope constructs.Construct, uniqueid *string, props *CustomResourceProviderProps) CustomResourceProvider {
	id := deref(uniqueid) + "CustomResourceProvider"
	s := Stack_Of(scope)
	if existing, ok := s.Node().TryFindChild(str(id)).(CustomResourceProvider); ok {
		return existing
	}
	return NewCustomResourceProvider(s, str(id), props)
}

// CustomResourceProvider_IsConstruct reports whether x is a construct.
func CustomResourceProvider_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// CustomResourceProviderBase_IsConstruct reports whether x is a construct.
func CustomResourceProviderBase_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewCustomResourceProvider creates a provider. Prefer
// CustomResourceProvider_GetOrCreateProvider, which keeps one per stack.
func NewCustomResourceProvider(scope constructs.Construct, id *string, props *CustomResourceProviderProps) CustomResourceProvider {
	if props == nil {
		props = &CustomResourceProviderProps{}
	}
	p := &customResourceProvider{}
	p.Construct = constructs.NewConstruct(scope, id)
	setHost(p.Construct, p)
	name := props.Runtime.runtimeName()
	if name == "" {
		addError(p, "unknown custom resource provider runtime %q", string(props.Runtime))
	}
	p.init(&CustomResourceProviderBaseProps{Description: props.Description, Environment: props.Environment, MemorySize: props.MemorySize,
		PolicyStatements: props.PolicyStatements, Timeout: props.Timeout, UseCfnResponseWrapper: props.UseCfnResponseWrapper,
		CodeDirectory: props.CodeDirectory, RuntimeName: str(name)})
	return p
}

// newCustomResourceProviderBase creates a provider with a runtime given by
// name, as aws-cdk-lib's built-in providers are.
func newCustomResourceProviderBase(scope constructs.Construct, id *string, props *CustomResourceProviderBaseProps) *customResourceProvider {
	p := &customResourceProvider{}
	p.Construct = constructs.NewConstruct(scope, id)
	setHost(p.Construct, p)
	p.init(props)
	return p
}

func (p *customResourceProvider) init(props *CustomResourceProviderBaseProps) {
	s := stackOf(p)
	if s == nil {
		addError(p, "%s should be created in the scope of a Stack, but no Stack found", *p.Node().Path())
		return
	}
	dir := deref(props.CodeDirectory)
	if _, err := os.Stat(filepath.Join(dir, "index.js")); err != nil {
		addError(p, "cannot find %s/index.js", dir)
		return
	}
	if props.PolicyStatements != nil {
		for _, st := range *props.PolicyStatements {
			p.AddToRolePolicy(st)
		}
	}
	code, codeHandler, metadata := p.codeProperty(props, s)
	assumeRole := []interface{}{obj("Action", "sts:AssumeRole", "Effect", "Allow", "Principal", obj("Service", "lambda.amazonaws.com"))}
	roleProps := obj(
		"AssumeRolePolicyDocument", obj("Version", "2012-10-17", "Statement", assumeRole),
		"ManagedPolicyArns", []interface{}{obj("Fn::Sub", lambdaBasicExecutionRole)},
		"Policies", lazyAny(func(IResolveContext) interface{} {
			if len(p.statements) == 0 {
				return nil
			}
			return []interface{}{obj("PolicyName", "Inline", "PolicyDocument", obj("Version", "2012-10-17", "Statement", append([]interface{}(nil), p.statements...)))}
		}),
	)
	p.role = newOrderedCfnResource(p, str("Role"), "AWS::IAM::Role", roleProps, plainOf(roleProps))
	timeout := props.Timeout
	if timeout == nil || isNilValue(timeout) {
		timeout = Duration_Minutes(jsiiNum(15))
	}
	memory := props.MemorySize
	if memory == nil || isNilValue(memory) {
		memory = Size_Mebibytes(jsiiNum(128))
	}
	fnProps := obj(
		"Code", code,
		"Timeout", timeout.ToSeconds(nil),
		"MemorySize", memory.ToMebibytes(nil),
		"Handler", codeHandler,
		"Role", p.RoleArn(),
		"Runtime", props.RuntimeName,
		"Environment", renderEnvironmentVariables(props.Environment),
		"Description", props.Description,
	)
	p.handler = newOrderedCfnResource(p, str("Handler"), "AWS::Lambda::Function", fnProps, plainOf(fnProps))
	p.handler.AddResourceDependency(p.role, nil)
	for _, kv := range metadata {
		p.handler.AddMetadata(str(kv[0].(string)), kv[1])
	}
}

func plainOf(o *ojson.Object) map[string]interface{} {
	m := map[string]interface{}{}
	for _, k := range o.Keys() {
		if v, _ := o.Get(k); v != nil && !isNilValue(v) {
			m[k] = v
		}
	}
	return m
}

// renderEnvironmentVariables adds AWS_STS_REGIONAL_ENDPOINTS and sorts the
// variables, or returns nil for none.
func renderEnvironmentVariables(env *map[string]*string) interface{} {
	if env == nil || len(*env) == 0 {
		return nil
	}
	all := map[string]*string{}
	for k, v := range *env {
		all[k] = v
	}
	all["AWS_STS_REGIONAL_ENDPOINTS"] = str("regional")
	keys := make([]string, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	vars := ojson.New()
	for _, k := range keys {
		vars.Set(k, all[k])
	}
	return obj("Variables", vars)
}

// codeProperty stages the handler code as an asset (the code directory,
// without TypeScript sources, plus the response wrapper) and returns the
// Code property, the handler name and the handler's asset metadata; with
// @aws-cdk/core:inlineCustomResourceIfPossible the code is inlined instead.
func (p *customResourceProvider) codeProperty(props *CustomResourceProviderBaseProps, s *stack) (interface{}, string, [][2]interface{}) {
	dir := deref(props.CodeDirectory)
	if truthy(p.Node().TryGetContext(str(inlineCustomResourceContext))) {
		b, err := os.ReadFile(filepath.Join(dir, "index.js"))
		if err != nil {
			addError(p, "cannot read %s/index.js: %v", dir, err)
		}
		return obj("ZipFile", string(b)), "index.handler", nil
	}
	codeHandler := "index.handler"
	staging, err := os.MkdirTemp(*FileSystem_Tmpdir(), "cdk-custom-resource")
	if err != nil {
		addError(p, "cannot stage the handler code: %v", err)
		return nil, codeHandler, nil
	}
	defer os.RemoveAll(staging)
	if err := copyWithoutTS(dir, staging); err != nil {
		addError(p, "cannot stage the handler code in %s: %v", dir, err)
		return nil, codeHandler, nil
	}
	if boolOr(props.UseCfnResponseWrapper, true) {
		if err := os.WriteFile(filepath.Join(staging, entrypointFilename+".js"), handlers.NodejsEntrypoint(), 0o644); err != nil {
			addError(p, "cannot stage the handler code: %v", err)
			return nil, codeHandler, nil
		}
		codeHandler = entrypointFilename + ".handler"
	}
	st := NewAssetStaging(p, str("Staging"), &AssetStagingProps{SourcePath: str(staging)})
	fileName := st.RelativeStagedPath(s.host())
	loc := s.synthesizer.AddFileAsset(&FileAssetSource{FileName: fileName, SourceHash: st.AssetHash(), Packaging: FileAssetPackaging_ZIP_DIRECTORY,
		DisplayName: str(*p.Node().Path() + " Code")})
	p.codeHash = *st.AssetHash()
	var metadata [][2]interface{}
	if truthy(p.Node().TryGetContext(str(assetMetadataContext))) {
		metadata = [][2]interface{}{{"aws:asset:path", *fileName}, {"aws:asset:property", "Code"}}
	}
	return obj("S3Bucket", loc.BucketName, "S3Key", loc.ObjectKey), codeHandler, metadata
}

// copyWithoutTS copies a directory tree, leaving out every entry whose name
// ends in .ts (as aws-cdk-lib filters the handler directory).
func copyWithoutTS(src, dst string) error {
	if strings.HasSuffix(src, ".ts") {
		return nil
	}
	fi, err := os.Lstat(src)
	if err != nil {
		return err
	}
	switch {
	case fi.Mode()&os.ModeSymlink != 0:
		t, err := os.Readlink(src)
		if err != nil {
			return err
		}
		return os.Symlink(t, dst)
	case fi.IsDir():
		if err := os.MkdirAll(dst, 0o755); err != nil {
			return err
		}
		entries, err := os.ReadDir(src)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if err := copyWithoutTS(filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())); err != nil {
				return err
			}
		}
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, fi.Mode().Perm())
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// CodeHash is the hash of the handler code asset.
func (p *customResourceProvider) CodeHash() *string {
	if p.codeHash == "" {
		panicf(*p.Node().Path(), "this custom resource uses inlineCode: true and does not have a codeHash")
	}
	return str(p.codeHash)
}

// RoleArn is the ARN of the handler's role.
func (p *customResourceProvider) RoleArn() *string {
	if p.role == nil {
		return str("")
	}
	return Token_AsString(p.role.GetAtt(str("Arn"), ""), nil)
}

// ServiceToken is the ARN of the handler, for CustomResourceProps.ServiceToken.
func (p *customResourceProvider) ServiceToken() *string {
	if p.handler == nil {
		return str("")
	}
	return Token_AsString(p.handler.GetAtt(str("Arn"), ""), nil)
}

// AddToRolePolicy adds an IAM statement (a map or anything that renders as
// one) to the handler's role.
func (p *customResourceProvider) AddToRolePolicy(statement interface{}) {
	p.statements = append(p.statements, statement)
}

func (p *customResourceProvider) ToString() *string { return str(*p.Node().Path()) }

// cfnUtilsProvider is the provider behind CfnJson, with Strata's handler.
func cfnUtilsServiceToken(scope constructs.Construct) *string {
	const id = "AWSCDKCfnUtilsProviderCustomResourceProvider"
	s := Stack_Of(scope)
	if existing, ok := s.Node().TryFindChild(str(id)).(CustomResourceProviderBase); ok {
		return existing.ServiceToken()
	}
	dir, err := handlers.CfnUtilsDir()
	if err != nil {
		panicf(*scope.Node().Path(), "cannot write the CfnJson handler code: %v", err)
	}
	runtime := s.RegionalFact(str("latestNodeRuntime"), str("nodejs24.x"))
	p := newCustomResourceProviderBase(s, str(id), &CustomResourceProviderBaseProps{CodeDirectory: str(dir), RuntimeName: runtime})
	p.Node().AddMetadata(str("aws:cdk:is-custom-resource-handler-customResourceProvider"), true, nil)
	return p.ServiceToken()
}
