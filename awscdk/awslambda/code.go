package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// maxInlineCodeBytes is the largest inline code Strata accepts. aws-cdk-lib
// no longer checks a size (CloudFormation dropped its 4,096 character
// limit on Code.ZipFile), but inline code travels inside the template, and
// CloudFormation takes no template over 1 MB: anything bigger can never
// deploy.
const maxInlineCodeBytes = 1 << 20

// S3ObjectStorageMode says whether Lambda copies the code object or reads it in place.
type S3ObjectStorageMode string

const (
	S3ObjectStorageMode_COPY      S3ObjectStorageMode = "COPY"
	S3ObjectStorageMode_REFERENCE S3ObjectStorageMode = "REFERENCE"
)

// CodeImageConfig is the container image of a function.
type CodeImageConfig struct {
	ImageUri         *string    `field:"required" json:"imageUri" yaml:"imageUri"`
	Cmd              *[]*string `field:"optional" json:"cmd" yaml:"cmd"`
	Entrypoint       *[]*string `field:"optional" json:"entrypoint" yaml:"entrypoint"`
	WorkingDirectory *string    `field:"optional" json:"workingDirectory" yaml:"workingDirectory"`
}

// CodeConfig is what Code.Bind returns: exactly one of inline code, an S3
// location or an image.
type CodeConfig struct {
	Image               *CodeImageConfig    `field:"optional" json:"image" yaml:"image"`
	InlineCode          *string             `field:"optional" json:"inlineCode" yaml:"inlineCode"`
	S3Location          *awss3.Location     `field:"optional" json:"s3Location" yaml:"s3Location"`
	S3ObjectStorageMode S3ObjectStorageMode `field:"optional" json:"s3ObjectStorageMode" yaml:"s3ObjectStorageMode"`
	SourceKMSKeyArn     *string             `field:"optional" json:"sourceKMSKeyArn" yaml:"sourceKMSKeyArn"`
}

// ResourceBindOptions are options of Code.BindToResource.
type ResourceBindOptions struct {
	// The property holding the code. Default: "Code".
	ResourceProperty *string `field:"optional" json:"resourceProperty" yaml:"resourceProperty"`
}

// BucketOptions are options of Code_FromBucketV2.
type BucketOptions struct {
	ObjectVersion       *string                  `field:"optional" json:"objectVersion" yaml:"objectVersion"`
	S3ObjectStorageMode S3ObjectStorageMode      `field:"optional" json:"s3ObjectStorageMode" yaml:"s3ObjectStorageMode"`
	SourceKMSKey        interfacesawskms.IKeyRef `field:"optional" json:"sourceKMSKey" yaml:"sourceKMSKey"`
}

// Code is the code of a function or layer.
type Code interface {
	// Bind is called when a function or layer is created with this code.
	Bind(scope constructs.Construct) *CodeConfig
	// BindToResource is called after the L1 exists (asset metadata).
	BindToResource(resource awscdk.CfnResource, options *ResourceBindOptions)
}

// InlineCode is code written into the template (Code.ZipFile).
type InlineCode interface {
	Code
	IsInline() *bool
}

type inlineCode struct{ code string }

// NewInlineCode makes inline code.
func NewInlineCode(code *string) InlineCode { return &inlineCode{code: deref(code)} }

// Code_FromInline is inline code: the source is written into the template.
func Code_FromInline(code *string) InlineCode { return NewInlineCode(code) }

func (c *inlineCode) IsInline() *bool { return jsii.Bool(true) }
func (c *inlineCode) Bind(scope constructs.Construct) *CodeConfig {
	if c.code == "" {
		addError(scope, "Lambda inline code cannot be empty")
	} else if len(c.code) > maxInlineCodeBytes {
		addError(scope, "Lambda inline code is %d bytes, more than the 1 MB a CloudFormation template may hold (%d bytes): put the code in a directory or .zip file and use Code_FromAsset", len(c.code), maxInlineCodeBytes)
	}
	return &CodeConfig{InlineCode: jsii.String(c.code)}
}
func (c *inlineCode) BindToResource(awscdk.CfnResource, *ResourceBindOptions) {}

// S3Code is code in an S3 bucket.
type S3Code interface {
	Code
	IsInline() *bool
}

type s3Code struct {
	bucketName, key, version *string
}

// NewS3Code makes code from an object in bucket.
func NewS3Code(bucket awss3.IBucket, key *string, objectVersion *string) S3Code {
	if bucket.BucketName() == nil {
		throw(bucket, "bucketName is undefined for the provided bucket")
	}
	return &s3Code{bucket.BucketName(), key, objectVersion}
}

// Code_FromBucket is code in an S3 object. Without objectVersion the
// function is not updated when the object changes (aws-cdk-lib warns).
func Code_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3Code {
	if objectVersion == nil {
		awscdk.Annotations_Of(bucket).AddWarningV2(jsii.String("@aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified"),
			jsii.String("objectVersion is not defined for S3Code.fromBucket(). The lambda will not be updated automatically if the code in the bucket is updated. This is because CDK/Cloudformation does not track changes on the source S3 Bucket. It is recommended to either use S3Code.fromAsset() instead or set objectVersion."))
	}
	return NewS3Code(bucket, key, objectVersion)
}

func (c *s3Code) IsInline() *bool { return jsii.Bool(false) }
func (c *s3Code) Bind(constructs.Construct) *CodeConfig {
	return &CodeConfig{S3Location: &awss3.Location{BucketName: c.bucketName, ObjectKey: c.key, ObjectVersion: c.version}}
}
func (c *s3Code) BindToResource(awscdk.CfnResource, *ResourceBindOptions) {}

// S3CodeV2 is code in an S3 bucket, with a source key and storage mode.
type S3CodeV2 interface {
	Code
	IsInline() *bool
}

type s3CodeV2 struct {
	bucket  awss3.IBucket
	key     *string
	options BucketOptions
}

// NewS3CodeV2 makes code from an object in bucket.
func NewS3CodeV2(bucket awss3.IBucket, key *string, options *BucketOptions) S3CodeV2 {
	c := &s3CodeV2{bucket: bucket, key: key}
	if options != nil {
		c.options = *options
	}
	if c.options.S3ObjectStorageMode == S3ObjectStorageMode_REFERENCE && c.options.ObjectVersion == nil {
		throw(bucket, "set objectVersion when using s3ObjectStorageMode REFERENCE because Lambda requires a versioned S3 object")
	}
	if bucket.BucketName() == nil {
		throw(bucket, "bucketName is undefined for the provided bucket")
	}
	return c
}

// Code_FromBucketV2 is code in an S3 object, with options.
func Code_FromBucketV2(bucket awss3.IBucket, key *string, options *BucketOptions) S3CodeV2 {
	if options == nil || options.ObjectVersion == nil {
		awscdk.Annotations_Of(bucket).AddWarningV2(jsii.String("@aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified"),
			jsii.String("options.objectVersion is not defined for S3Code.fromBucketV2(). The lambda will not be updated automatically if the code in the bucket is updated. This is because CDK/Cloudformation does not track changes on the source S3 Bucket. It is recommended to either use S3Code.fromAsset() instead or set options.objectVersion."))
	}
	return NewS3CodeV2(bucket, key, options)
}

func (c *s3CodeV2) IsInline() *bool { return jsii.Bool(false) }
func (c *s3CodeV2) Bind(constructs.Construct) *CodeConfig {
	cfg := &CodeConfig{
		S3Location:          &awss3.Location{BucketName: c.bucket.BucketName(), ObjectKey: c.key, ObjectVersion: c.options.ObjectVersion},
		S3ObjectStorageMode: c.options.S3ObjectStorageMode,
	}
	if c.options.SourceKMSKey != nil {
		cfg.SourceKMSKeyArn = c.options.SourceKMSKey.KeyRef().KeyArn
	}
	return cfg
}

// BindToResource lets Lambda read the object in place (REFERENCE mode):
// the bucket policy (and its key's policy) grant the Lambda service.
func (c *s3CodeV2) BindToResource(resource awscdk.CfnResource, _ *ResourceBindOptions) {
	if c.options.S3ObjectStorageMode != S3ObjectStorageMode_REFERENCE {
		return
	}
	bindReferenceCode(c.bucket, c.key, resource)
}

// bindReferenceCode grants the Lambda service read access to a code object
// it reads in place, as aws-cdk-lib's S3CodeV2.bindToResource does.
func bindReferenceCode(bucket awss3.IBucket, key *string, resource awscdk.CfnResource) {
	stack := awscdk.Stack_Of(resource)
	var name *string
	var resourceType, nameProperty, arnResource string
	switch r := resource.(type) {
	case CfnFunction:
		name, resourceType, nameProperty, arnResource = r.FunctionName(), "functions", "functionName", "function"
	case CfnLayerVersion:
		name, resourceType, nameProperty, arnResource = r.LayerName(), "layers", "layerVersionName", "layer"
	default:
		return
	}
	wildcard := name == nil || isUnresolved(name)
	resourceName := name
	if wildcard {
		resourceName = jsii.String("*")
		awscdk.Annotations_Of(resource).AddWarningV2(jsii.String("@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceWildcardSourceArn"), jsii.String(
			"To avoid a circular dependency between the S3 bucket policy and the Lambda resource during deployment, a wildcard is used in the aws:SourceArn condition to match all Lambda "+resourceType+" in this account (access is still limited to this account via aws:SourceAccount).\n"+
				"It is strongly recommended to further scope down the policy by specifying an explicit "+nameProperty+", following the guidance in the \"Self-managed S3 code storage\" section of the module README."))
	}
	sourceArn := stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("lambda"), Resource: jsii.String(arnResource),
		ResourceName: resourceName, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	principal := awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)
	// aws-cdk-lib writes StringEquals before ArnLike; AddCondition keeps that order.
	statement := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:    jsii.Strings("s3:GetObject", "s3:GetObjectVersion"),
		Resources:  &[]*string{bucket.ArnForObjects(key)},
		Principals: &[]awsiam.IPrincipal{principal},
	})
	statement.AddCondition(jsii.String("StringEquals"), map[string]interface{}{"aws:SourceAccount": stack.Account()})
	statement.AddCondition(jsii.String("ArnLike"), map[string]interface{}{"aws:SourceArn": sourceArn})
	result := bucket.AddToResourcePolicy(statement)
	if result != nil && result.StatementAdded != nil && *result.StatementAdded {
		if result.PolicyDependable != nil {
			resource.Node().AddDependency(result.PolicyDependable)
		}
	} else {
		awscdk.Annotations_Of(resource).AddWarningV2(jsii.String("@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedBucketPolicy"),
			jsii.String("Cannot update the policy of an imported bucket for S3ObjectStorageMode.REFERENCE. Grant the lambda.amazonaws.com service principal s3:GetObject and s3:GetObjectVersion on the referenced object manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-storage.html for the required policy."))
	}
	key2 := bucket.EncryptionKey()
	if key2 == nil {
		return
	}
	keyStatement := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:    jsii.Strings("kms:Decrypt"),
		Principals: &[]awsiam.IPrincipal{principal},
		Resources:  jsii.Strings("*"),
	})
	keyStatement.AddCondition(jsii.String("StringEquals"), map[string]interface{}{"aws:SourceAccount": stack.Account(), "kms:ViaService": "s3." + *stack.Region() + ".amazonaws.com"})
	keyStatement.AddCondition(jsii.String("ArnLike"), map[string]interface{}{"aws:SourceArn": sourceArn})
	added := key2.AddToResourcePolicy(keyStatement, jsii.Bool(true))
	if added != nil && added.StatementAdded != nil && *added.StatementAdded {
		resource.Node().AddDependency(key2)
	} else {
		awscdk.Annotations_Of(resource).AddWarningV2(jsii.String("@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedKeyPolicy"),
			jsii.String("Cannot update the policy of the KMS key encrypting the code bucket for S3ObjectStorageMode.REFERENCE. Grant the lambda.amazonaws.com service principal kms:Decrypt on that key manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-storage.html for the required policy."))
	}
}
