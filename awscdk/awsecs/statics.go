package awsecs

// The static helpers aws-cdk-go gives every class: construct and resource
// checks, and the factories a subclass inherits from its base (jsii copies
// ContainerImage's factories onto EcrImage, LogDriver's onto each driver).

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsecs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

func isConstruct(x interface{}) *bool                  { return constructs.Construct_IsConstruct(x) }
func isResource(c constructs.IConstruct) *bool         { return awscdk.Resource_IsResource(c) }
func isOwnedResource(c constructs.IConstruct) *bool    { return awscdk.Resource_IsOwnedResource(c) }
func Cluster_IsConstruct(x interface{}) *bool          { return isConstruct(x) }
func Cluster_IsResource(c constructs.IConstruct) *bool { return isResource(c) }
func Cluster_IsOwnedResource(c constructs.IConstruct) *bool {
	return isOwnedResource(c)
}
func TaskDefinition_IsConstruct(x interface{}) *bool          { return isConstruct(x) }
func TaskDefinition_IsResource(c constructs.IConstruct) *bool { return isResource(c) }
func TaskDefinition_IsOwnedResource(c constructs.IConstruct) *bool {
	return isOwnedResource(c)
}
func FargateTaskDefinition_IsConstruct(x interface{}) *bool          { return isConstruct(x) }
func FargateTaskDefinition_IsResource(c constructs.IConstruct) *bool { return isResource(c) }
func FargateTaskDefinition_IsOwnedResource(c constructs.IConstruct) *bool {
	return isOwnedResource(c)
}
func Ec2TaskDefinition_IsConstruct(x interface{}) *bool          { return isConstruct(x) }
func Ec2TaskDefinition_IsResource(c constructs.IConstruct) *bool { return isResource(c) }
func Ec2TaskDefinition_IsOwnedResource(c constructs.IConstruct) *bool {
	return isOwnedResource(c)
}
func BaseService_IsConstruct(x interface{}) *bool               { return isConstruct(x) }
func BaseService_IsResource(c constructs.IConstruct) *bool      { return isResource(c) }
func BaseService_IsOwnedResource(c constructs.IConstruct) *bool { return isOwnedResource(c) }
func FargateService_IsConstruct(x interface{}) *bool            { return isConstruct(x) }
func FargateService_IsResource(c constructs.IConstruct) *bool   { return isResource(c) }
func FargateService_IsOwnedResource(c constructs.IConstruct) *bool {
	return isOwnedResource(c)
}
func Ec2Service_IsConstruct(x interface{}) *bool               { return isConstruct(x) }
func Ec2Service_IsResource(c constructs.IConstruct) *bool      { return isResource(c) }
func Ec2Service_IsOwnedResource(c constructs.IConstruct) *bool { return isOwnedResource(c) }
func ContainerDefinition_IsConstruct(x interface{}) *bool      { return isConstruct(x) }
func ScalableTaskCount_IsConstruct(x interface{}) *bool        { return isConstruct(x) }

// The factories of ContainerImage, inherited by its subclasses.
func EcrImage_FromAsset(directory *string, props *AssetImageProps) AssetImage {
	return ContainerImage_FromAsset(directory, props)
}
func EcrImage_FromDockerImageAsset(asset awsecrassets.DockerImageAsset) ContainerImage {
	return ContainerImage_FromDockerImageAsset(asset)
}
func EcrImage_FromEcrRepository(repository awsecr.IRepository, tag *string) EcrImage {
	return ContainerImage_FromEcrRepository(repository, tag)
}
func EcrImage_FromRegistry(name *string, props *RepositoryImageProps) RepositoryImage {
	return ContainerImage_FromRegistry(name, props)
}
func AssetImage_FromAsset(directory *string, props *AssetImageProps) AssetImage {
	return ContainerImage_FromAsset(directory, props)
}
func AssetImage_FromDockerImageAsset(asset awsecrassets.DockerImageAsset) ContainerImage {
	return ContainerImage_FromDockerImageAsset(asset)
}
func AssetImage_FromEcrRepository(repository awsecr.IRepository, tag *string) EcrImage {
	return ContainerImage_FromEcrRepository(repository, tag)
}
func AssetImage_FromRegistry(name *string, props *RepositoryImageProps) RepositoryImage {
	return ContainerImage_FromRegistry(name, props)
}
func RepositoryImage_FromAsset(directory *string, props *AssetImageProps) AssetImage {
	return ContainerImage_FromAsset(directory, props)
}
func RepositoryImage_FromDockerImageAsset(asset awsecrassets.DockerImageAsset) ContainerImage {
	return ContainerImage_FromDockerImageAsset(asset)
}
func RepositoryImage_FromEcrRepository(repository awsecr.IRepository, tag *string) EcrImage {
	return ContainerImage_FromEcrRepository(repository, tag)
}
func RepositoryImage_FromRegistry(name *string, props *RepositoryImageProps) RepositoryImage {
	return ContainerImage_FromRegistry(name, props)
}

// The factory of LogDriver, inherited by each driver.
func FluentdLogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver  { return NewAwsLogDriver(props) }
func GelfLogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver     { return NewAwsLogDriver(props) }
func GenericLogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver  { return NewAwsLogDriver(props) }
func JournaldLogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver { return NewAwsLogDriver(props) }
func JsonFileLogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver { return NewAwsLogDriver(props) }
func NoneLogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver     { return NewAwsLogDriver(props) }
func SplunkLogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver   { return NewAwsLogDriver(props) }
func SyslogLogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver   { return NewAwsLogDriver(props) }

// ClusterGrants grant permissions on a cluster.
type ClusterGrants interface {
	Resource() interfacesawsecs.IClusterRef
	TaskProtection(grantee awsiam.IGrantable) awsiam.Grant
}

type clusterGrants struct{ resource interfacesawsecs.IClusterRef }

// ClusterGrants_FromCluster are the grants of a cluster.
func ClusterGrants_FromCluster(resource interfacesawsecs.IClusterRef) ClusterGrants {
	return &clusterGrants{resource}
}

func (g *clusterGrants) Resource() interfacesawsecs.IClusterRef { return g.resource }

// TaskProtection lets grantee protect the cluster's tasks from scale-in.
func (g *clusterGrants) TaskProtection(grantee awsiam.IGrantable) awsiam.Grant {
	arn := awscdk.Stack_Of(g.resource).FormatArn(&awscdk.ArnComponents{Service: str("ecs"), Resource: str("task"),
		ResourceName: str(sv(g.resource.ClusterRef().ClusterName) + "/*"), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME})
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings("ecs:UpdateTaskProtection"),
		ResourceArns: &[]*string{arn}})
}

// S3EnvironmentFile is an environment file in an S3 bucket.
type S3EnvironmentFile interface {
	EnvironmentFile
}

type s3EnvironmentFile struct {
	bucketName, key, version *string
}

// NewS3EnvironmentFile is the environment file at key in bucket.
func NewS3EnvironmentFile(bucket awss3.IBucket, key *string, objectVersion *string) S3EnvironmentFile {
	if bucket == nil || bucket.BucketName() == nil {
		panic(l2UnscopedError("bucketName is undefined for the provided bucket"))
	}
	return &s3EnvironmentFile{bucketName: bucket.BucketName(), key: key, version: objectVersion}
}

func (f *s3EnvironmentFile) Bind(constructs.Construct) *EnvironmentFileConfig {
	return &EnvironmentFileConfig{FileType: EnvironmentFileType_S3, S3Location: &awss3.Location{BucketName: f.bucketName, ObjectKey: f.key, ObjectVersion: f.version}}
}

// AssetEnvironmentFile is a local environment file, uploaded as an asset.
type AssetEnvironmentFile interface {
	EnvironmentFile
	Path() *string
}

type assetEnvironmentFile struct {
	path    *string
	options awss3assets.AssetOptions
	asset   awss3assets.Asset
}

// NewAssetEnvironmentFile is the local file at path, uploaded when the stack deploys.
func NewAssetEnvironmentFile(path *string, options *awss3assets.AssetOptions) AssetEnvironmentFile {
	f := &assetEnvironmentFile{path: path}
	if options != nil {
		f.options = *options
	}
	return f
}

func (f *assetEnvironmentFile) Path() *string { return f.path }
func (f *assetEnvironmentFile) Bind(scope constructs.Construct) *EnvironmentFileConfig {
	if f.asset == nil {
		o := f.options
		f.asset = awss3assets.NewAsset(scope, jsii.String("EnvironmentFile"), &awss3assets.AssetProps{Path: f.path, AssetHash: o.AssetHash,
			AssetHashType: o.AssetHashType, Bundling: o.Bundling, Exclude: o.Exclude, FollowSymlinks: o.FollowSymlinks, IgnoreMode: o.IgnoreMode,
			DeployTime: o.DeployTime, DisplayName: o.DisplayName, Readers: o.Readers, SourceKMSKey: o.SourceKMSKey})
	}
	if !truthy(f.asset.IsFile()) {
		l2.Throw(scope, "Asset must be a single file (%s)", sv(f.path))
	}
	return &EnvironmentFileConfig{FileType: EnvironmentFileType_S3, S3Location: &awss3.Location{BucketName: f.asset.S3BucketName(), ObjectKey: f.asset.S3ObjectKey()}}
}

// EnvironmentFile_FromAsset is a local environment file, uploaded as an asset.
func EnvironmentFile_FromAsset(path *string, options *awss3assets.AssetOptions) AssetEnvironmentFile {
	return NewAssetEnvironmentFile(path, options)
}

// EnvironmentFile_FromBucket is an environment file in an S3 bucket.
func EnvironmentFile_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3EnvironmentFile {
	return NewS3EnvironmentFile(bucket, key, objectVersion)
}
func AssetEnvironmentFile_FromAsset(path *string, options *awss3assets.AssetOptions) AssetEnvironmentFile {
	return NewAssetEnvironmentFile(path, options)
}
func AssetEnvironmentFile_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3EnvironmentFile {
	return NewS3EnvironmentFile(bucket, key, objectVersion)
}
func S3EnvironmentFile_FromAsset(path *string, options *awss3assets.AssetOptions) AssetEnvironmentFile {
	return NewAssetEnvironmentFile(path, options)
}
func S3EnvironmentFile_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3EnvironmentFile {
	return NewS3EnvironmentFile(bucket, key, objectVersion)
}
