package awslambda

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CfnParametersCodeProps are the props of NewCfnParametersCode.
type CfnParametersCodeProps struct {
	// Default: a String parameter "LambdaSourceBucketNameParameter" in the function's scope.
	BucketNameParam awscdk.CfnParameter `field:"optional" json:"bucketNameParam" yaml:"bucketNameParam"`
	// Default: a String parameter "LambdaSourceObjectKeyParameter" in the function's scope.
	ObjectKeyParam awscdk.CfnParameter      `field:"optional" json:"objectKeyParam" yaml:"objectKeyParam"`
	SourceKMSKey   interfacesawskms.IKeyRef `field:"optional" json:"sourceKMSKey" yaml:"sourceKMSKey"`
}

// CfnParametersCode is code in a bucket named by two template parameters
// (for pipelines that deploy the code and the stack separately).
type CfnParametersCode interface {
	Code
	// Bind and BindToResource are Code's, spelled out as aws-cdk-go's
	// CfnParametersCode declares them.
	Bind(scope constructs.Construct) *CodeConfig
	BindToResource(resource awscdk.CfnResource, options *ResourceBindOptions)
	IsInline() *bool
	// BucketNameParam is the logical id of the bucket name parameter.
	BucketNameParam() *string
	// ObjectKeyParam is the logical id of the object key parameter.
	ObjectKeyParam() *string
	// Assign is the parameter values that point at location.
	Assign(location *awss3.Location) *map[string]interface{}
}

type cfnParametersCode struct {
	bucket, key awscdk.CfnParameter
	kms         interfacesawskms.IKeyRef
}

// NewCfnParametersCode is code named by parameters, made on first bind
// unless props give them.
func NewCfnParametersCode(props *CfnParametersCodeProps) CfnParametersCode {
	c := &cfnParametersCode{}
	if props != nil {
		c.bucket, c.key, c.kms = props.BucketNameParam, props.ObjectKeyParam, props.SourceKMSKey
	}
	return c
}

// Code_FromCfnParameters is NewCfnParametersCode.
func Code_FromCfnParameters(props *CfnParametersCodeProps) CfnParametersCode {
	return NewCfnParametersCode(props)
}

func (c *cfnParametersCode) IsInline() *bool { return jsii.Bool(false) }

func (c *cfnParametersCode) Bind(scope constructs.Construct) *CodeConfig {
	if c.bucket == nil {
		c.bucket = awscdk.NewCfnParameter(scope, jsii.String("LambdaSourceBucketNameParameter"), &awscdk.CfnParameterProps{Type: jsii.String("String")})
	}
	if c.key == nil {
		c.key = awscdk.NewCfnParameter(scope, jsii.String("LambdaSourceObjectKeyParameter"), &awscdk.CfnParameterProps{Type: jsii.String("String")})
	}
	cfg := &CodeConfig{S3Location: &awss3.Location{BucketName: c.bucket.ValueAsString(), ObjectKey: c.key.ValueAsString()}}
	if c.kms != nil {
		cfg.SourceKMSKeyArn = c.kms.KeyRef().KeyArn
	}
	return cfg
}

func (c *cfnParametersCode) BindToResource(awscdk.CfnResource, *ResourceBindOptions) {}

func (c *cfnParametersCode) BucketNameParam() *string {
	if c.bucket == nil {
		unscopedThrow("Pass CfnParametersCode to a Lambda Function before accessing the bucketNameParam property")
	}
	return c.bucket.LogicalId()
}

func (c *cfnParametersCode) ObjectKeyParam() *string {
	if c.key == nil {
		unscopedThrow("Pass CfnParametersCode to a Lambda Function before accessing the objectKeyParam property")
	}
	return c.key.LogicalId()
}

func (c *cfnParametersCode) Assign(location *awss3.Location) *map[string]interface{} {
	return &map[string]interface{}{*c.BucketNameParam(): location.BucketName, *c.ObjectKeyParam(): location.ObjectKey}
}

// abstractCode is what a Go subclass of Code inherits; it must define Bind.
type abstractCode struct{}

func (abstractCode) IsInline() *bool { return jsii.Bool(false) }
func (abstractCode) Bind(scope constructs.Construct) *CodeConfig {
	throw(scope, "a Code subclass must define Bind")
	return nil
}
func (abstractCode) BindToResource(awscdk.CfnResource, *ResourceBindOptions) {}

// NewCode_Override initialises outer, a type embedding Code that defines
// Bind (how Go programs write code sources of their own).
func NewCode_Override(outer Code) { l2.Override(outer, Code(abstractCode{})) }

// abstractImageCode is what a Go subclass of DockerImageCode inherits: an
// image code whose Code the outer type supplies through Bind.
type abstractImageCode struct{}

// NewDockerImageCode_Override initialises outer, a type embedding
// DockerImageCode. DockerImageCode has no methods in aws-cdk-go, so a
// subclass is only a marker; functions take images from
// DockerImageCode_FromImageAsset and DockerImageCode_FromEcr.
func NewDockerImageCode_Override(outer DockerImageCode) {
	l2.Override(outer, DockerImageCode(&abstractImageCode{}))
}

// LogFormat is the deprecated string form of LoggingFormat.
type LogFormat string

const (
	LogFormat_TEXT LogFormat = "Text"
	LogFormat_JSON LogFormat = "JSON"
)

// Handler holds the handler constant of container image functions
// (Handler_FROM_IMAGE).
type Handler interface{}

// UntrustedArtifactOnDeployment says what Lambda does with code that fails
// signature validation.
type UntrustedArtifactOnDeployment string

const (
	UntrustedArtifactOnDeployment_ENFORCE UntrustedArtifactOnDeployment = "ENFORCE"
	UntrustedArtifactOnDeployment_WARN    UntrustedArtifactOnDeployment = "WARN"
)

// ICodeSigningConfig is a code signing configuration.
type ICodeSigningConfig interface {
	interfacesawslambda.ICodeSigningConfigRef
	awscdk.IResource
	CodeSigningConfigArn() *string
	CodeSigningConfigId() *string
}

type importedCodeSigningConfig struct {
	awscdk.Resource
	arn, id *string
}

func (c *importedCodeSigningConfig) CodeSigningConfigArn() *string { return c.arn }
func (c *importedCodeSigningConfig) CodeSigningConfigId() *string  { return c.id }
func (c *importedCodeSigningConfig) CodeSigningConfigRef() *interfacesawslambda.CodeSigningConfigReference {
	return &interfacesawslambda.CodeSigningConfigReference{CodeSigningConfigArn: c.arn}
}

// CodeSigningConfig_FromCodeSigningConfigArn imports a code signing
// configuration by ARN.
func CodeSigningConfig_FromCodeSigningConfigArn(scope constructs.Construct, id *string, codeSigningConfigArn *string) ICodeSigningConfig {
	var name *string
	if arn := deref(codeSigningConfigArn); !isUnresolved(codeSigningConfigArn) {
		// aws-cdk-lib's split names what follows the resource type's colon.
		if parts := strings.SplitN(arn, ":", 7); len(parts) == 7 && parts[6] != "" {
			name = jsii.String(parts[6])
		}
	} else {
		name = awscdk.Stack_Of(scope).SplitArn(codeSigningConfigArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
	}
	if name == nil {
		throw(scope, "Code signing config ARN must be in the format 'arn:<partition>:lambda:<region>:<account>:code-signing-config:<codeSigningConfigArn>', got: '%s'", deref(codeSigningConfigArn))
	}
	c := &importedCodeSigningConfig{Resource: awscdk.NewResource(scope, id, nil), arn: codeSigningConfigArn, id: name}
	host.Set(c.Resource, c)
	return c
}
