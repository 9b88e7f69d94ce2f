package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// RestApiMode is how an OpenAPI definition updates an existing API.
type RestApiMode string

const (
	RestApiMode_OVERWRITE RestApiMode = "OVERWRITE"
	RestApiMode_MERGE     RestApiMode = "MERGE"
)

var restApiModeValues = map[RestApiMode]string{RestApiMode_OVERWRITE: "overwrite", RestApiMode_MERGE: "merge"}

// ApiDefinitionS3Location is where an OpenAPI definition is in S3.
type ApiDefinitionS3Location struct {
	Bucket  *string `field:"required" json:"bucket" yaml:"bucket"`
	Key     *string `field:"required" json:"key" yaml:"key"`
	Version *string `field:"optional" json:"version" yaml:"version"`
}

// ApiDefinitionConfig is an OpenAPI definition bound to an API: inline or
// in S3.
type ApiDefinitionConfig struct {
	InlineDefinition interface{}              `field:"optional" json:"inlineDefinition" yaml:"inlineDefinition"`
	S3Location       *ApiDefinitionS3Location `field:"optional" json:"s3Location" yaml:"s3Location"`
}

// ApiDefinition is the OpenAPI definition of a SpecRestApi.
type ApiDefinition interface {
	Bind(scope constructs.Construct) *ApiDefinitionConfig
	BindAfterCreate(_scope constructs.Construct, _restApi interfacesawsapigateway.IRestApiRef)
}

// S3ApiDefinition is a definition in an S3 object.
type S3ApiDefinition interface{ ApiDefinition }

// InlineApiDefinition is a definition given as a JSON-able value.
type InlineApiDefinition interface{ ApiDefinition }

// AssetApiDefinition is a definition in a local file, deployed as an asset.
type AssetApiDefinition interface{ ApiDefinition }

type s3ApiDefinition struct{ bucket, key, version *string }

// NewS3ApiDefinition reads the definition from key (at objectVersion) of bucket.
func NewS3ApiDefinition(bucket interfacesawss3.IBucketRef, key *string, objectVersion *string) S3ApiDefinition {
	if bucket == nil || bucket.BucketRef().BucketName == nil {
		panicUnscoped("bucketName is undefined for the provided bucket")
	}
	return &s3ApiDefinition{bucket: bucket.BucketRef().BucketName, key: key, version: objectVersion}
}

func (d *s3ApiDefinition) Bind(constructs.Construct) *ApiDefinitionConfig {
	return &ApiDefinitionConfig{S3Location: &ApiDefinitionS3Location{Bucket: d.bucket, Key: d.key, Version: d.version}}
}
func (d *s3ApiDefinition) BindAfterCreate(constructs.Construct, interfacesawsapigateway.IRestApiRef) {
}

type inlineApiDefinition struct{ definition interface{} }

// NewInlineApiDefinition embeds definition (a map or struct, non-empty) in the template.
func NewInlineApiDefinition(definition interface{}) InlineApiDefinition {
	switch d := definition.(type) {
	case nil:
		panicUnscoped("definition should be of type object")
	case map[string]interface{}:
		if len(d) == 0 {
			panicUnscoped("JSON definition cannot be empty")
		}
	case *map[string]interface{}:
		if d == nil || len(*d) == 0 {
			panicUnscoped("JSON definition cannot be empty")
		}
	case string, *string, float64, *float64, bool, *bool:
		panicUnscoped("definition should be of type object")
	}
	return &inlineApiDefinition{definition: definition}
}

func (d *inlineApiDefinition) Bind(constructs.Construct) *ApiDefinitionConfig {
	return &ApiDefinitionConfig{InlineDefinition: d.definition}
}
func (d *inlineApiDefinition) BindAfterCreate(constructs.Construct, interfacesawsapigateway.IRestApiRef) {
}

type assetApiDefinition struct {
	path    string
	options awss3assets.AssetOptions
	asset   awss3assets.Asset
}

// NewAssetApiDefinition deploys the definition file at path as an asset.
func NewAssetApiDefinition(path *string, options *awss3assets.AssetOptions) AssetApiDefinition {
	d := &assetApiDefinition{path: deref(path)}
	if options != nil {
		d.options = *options
	}
	return d
}

func (d *assetApiDefinition) Bind(scope constructs.Construct) *ApiDefinitionConfig {
	if d.asset == nil {
		o := d.options
		d.asset = awss3assets.NewAsset(scope, jsii.String("APIDefinition"), &awss3assets.AssetProps{Path: jsii.String(d.path),
			AssetHash: o.AssetHash, AssetHashType: o.AssetHashType, Bundling: o.Bundling, Exclude: o.Exclude,
			FollowSymlinks: o.FollowSymlinks, IgnoreMode: o.IgnoreMode, DeployTime: o.DeployTime, DisplayName: o.DisplayName,
			Readers: o.Readers, SourceKMSKey: o.SourceKMSKey})
	}
	if *d.asset.IsZipArchive() {
		l2.Throw(scope, "Asset cannot be a .zip file or a directory (%s)", d.path)
	}
	return &ApiDefinitionConfig{S3Location: &ApiDefinitionS3Location{Bucket: d.asset.S3BucketName(), Key: d.asset.S3ObjectKey()}}
}

// BindAfterCreate adds the asset metadata SAM reads, when the context asks for it.
func (d *assetApiDefinition) BindAfterCreate(scope constructs.Construct, restApi interfacesawsapigateway.IRestApiRef) {
	if v := scope.Node().TryGetContext(jsii.String("aws:cdk:enable-asset-metadata")); v == nil || v == false {
		return
	}
	if d.asset == nil {
		l2.Throw(scope, "bindToResource() must be called after bind()")
	}
	if child, ok := restApi.Node().DefaultChild().(awscdk.CfnResource); ok {
		child.AddMetadata(jsii.String("aws:asset:path"), d.asset.AssetPath())
		child.AddMetadata(jsii.String("aws:asset:property"), jsii.String("BodyS3Location"))
	}
}

// ApiDefinition_FromBucket reads the definition from an S3 object.
func ApiDefinition_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3ApiDefinition {
	return NewS3ApiDefinition(bucket, key, objectVersion)
}

// ApiDefinition_FromInline embeds the definition in the template.
func ApiDefinition_FromInline(definition interface{}) InlineApiDefinition {
	return NewInlineApiDefinition(definition)
}

// ApiDefinition_FromAsset deploys a local definition file as an asset.
func ApiDefinition_FromAsset(file *string, options *awss3assets.AssetOptions) AssetApiDefinition {
	return NewAssetApiDefinition(file, options)
}

// SpecRestApiProps are the props of NewSpecRestApi.
type SpecRestApiProps struct {
	CloudWatchRole              *bool                  `field:"optional" json:"cloudWatchRole" yaml:"cloudWatchRole"`
	CloudWatchRoleRemovalPolicy awscdk.RemovalPolicy   `field:"optional" json:"cloudWatchRoleRemovalPolicy" yaml:"cloudWatchRoleRemovalPolicy"`
	Deploy                      *bool                  `field:"optional" json:"deploy" yaml:"deploy"`
	DeployOptions               *StageOptions          `field:"optional" json:"deployOptions" yaml:"deployOptions"`
	Description                 *string                `field:"optional" json:"description" yaml:"description"`
	DisableExecuteApiEndpoint   *bool                  `field:"optional" json:"disableExecuteApiEndpoint" yaml:"disableExecuteApiEndpoint"`
	DomainName                  *DomainNameOptions     `field:"optional" json:"domainName" yaml:"domainName"`
	EndpointConfiguration       *EndpointConfiguration `field:"optional" json:"endpointConfiguration" yaml:"endpointConfiguration"`
	EndpointExportName          *string                `field:"optional" json:"endpointExportName" yaml:"endpointExportName"`
	EndpointTypes               *[]EndpointType        `field:"optional" json:"endpointTypes" yaml:"endpointTypes"`
	FailOnWarnings              *bool                  `field:"optional" json:"failOnWarnings" yaml:"failOnWarnings"`
	Parameters                  *map[string]*string    `field:"optional" json:"parameters" yaml:"parameters"`
	Policy                      awsiam.PolicyDocument  `field:"optional" json:"policy" yaml:"policy"`
	RestApiName                 *string                `field:"optional" json:"restApiName" yaml:"restApiName"`
	RetainDeployments           *bool                  `field:"optional" json:"retainDeployments" yaml:"retainDeployments"`
	// The OpenAPI definition of the API.
	ApiDefinition      ApiDefinition `field:"required" json:"apiDefinition" yaml:"apiDefinition"`
	BinaryMediaTypes   *[]*string    `field:"optional" json:"binaryMediaTypes" yaml:"binaryMediaTypes"`
	MinCompressionSize awscdk.Size   `field:"optional" json:"minCompressionSize" yaml:"minCompressionSize"`
	Mode               RestApiMode   `field:"optional" json:"mode" yaml:"mode"`
}

// SpecRestApi is a REST API defined by an OpenAPI definition; resources
// and methods may still be added to its root.
type SpecRestApi interface {
	RestApiBase
}

// NewSpecRestApi creates a REST API from props.ApiDefinition.
func NewSpecRestApi(scope constructs.Construct, id *string, props *SpecRestApiProps) SpecRestApi {
	props = l2.Inject(*SpecRestApi_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.ApiDefinition == nil {
		l2.Throw(scope, "SpecRestApi %s needs props.ApiDefinition", deref(id))
	}
	a := &restApi{}
	a.self = a
	a.name = props.RestApiName
	if a.name == nil {
		a.name = id
	}
	a.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: a.name})
	host.Set(a.Resource, a)
	def := props.ApiDefinition.Bind(a)
	if def == nil {
		def = &ApiDefinitionConfig{}
	}
	a.policy = props.Policy
	var minSize *float64
	if props.MinCompressionSize != nil {
		minSize = props.MinCompressionSize.ToBytes(nil)
	}
	p := &CfnRestApiProps{Name: a.name, Policy: &lazyAny{func() interface{} { return a.policy }},
		FailOnWarnings: props.FailOnWarnings, MinimumCompressionSize: minSize, BinaryMediaTypes: props.BinaryMediaTypes,
		EndpointConfiguration: a.endpointConfiguration(props.EndpointTypes, props.EndpointConfiguration),
		Parameters:            orNilOrdered(sortedStrings(props.Parameters)), DisableExecuteApiEndpoint: props.DisableExecuteApiEndpoint,
		Mode: strOrNil(restApiModeValues[props.Mode])}
	if def.InlineDefinition != nil {
		p.Body = def.InlineDefinition
	} else if l := def.S3Location; l != nil {
		p.BodyS3Location = &CfnRestApi_S3LocationProperty{Bucket: l.Bucket, Key: l.Key, Version: l.Version}
	}
	cfn := NewCfnRestApi(a, jsii.String("Resource"), p)
	props.ApiDefinition.BindAfterCreate(a, a)
	a.Node().SetDefaultChild(cfn)
	a.cfn = cfn
	a.id = cfn.Ref()
	a.rootID = cfn.AttrRootResourceId()
	a.root = newRootResource(a, a, &ResourceOptions{}, a.rootID)
	a.configureCloudWatchRole(cfn, props.CloudWatchRole, props.CloudWatchRoleRemovalPolicy)
	a.configureDeployment(props.Deploy, props.DeployOptions, props.Description, props.RetainDeployments, props.EndpointExportName)
	if props.DomainName != nil {
		a.AddDomainName(jsii.String("CustomDomain"), props.DomainName)
	}
	return a
}

// SpecRestApi_IsConstruct reports whether x is a construct.
func SpecRestApi_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// SpecRestApi_IsResource reports whether construct is a resource.
func SpecRestApi_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// SpecRestApi_IsOwnedResource reports whether construct is a resource created in this app.
func SpecRestApi_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// SpecRestApi_PROPERTY_INJECTION_ID identifies the class to property injectors.
func SpecRestApi_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.SpecRestApi")
}

// panicUnscoped reports bad input that has no construct to name, as
// aws-cdk-lib's UnscopedValidationError does.
func panicUnscoped(msg string) {
	panic(&diag.UserError{Err: diag.Errorf("", "%s", msg)})
}
