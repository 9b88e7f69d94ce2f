package cloudassemblyschema

// ContextProvider names a context provider of the CDK CLI. As in aws-cdk-go,
// the Go value is the constant's name; the manifest carries the provider's
// wire name (ContextProvider_AVAILABILITY_ZONE_PROVIDER is written as
// "availability-zones").
type ContextProvider string

const (
	ContextProvider_AMI_PROVIDER                                ContextProvider = "AMI_PROVIDER"
	ContextProvider_AVAILABILITY_ZONE_PROVIDER                  ContextProvider = "AVAILABILITY_ZONE_PROVIDER"
	ContextProvider_HOSTED_ZONE_PROVIDER                        ContextProvider = "HOSTED_ZONE_PROVIDER"
	ContextProvider_SSM_PARAMETER_PROVIDER                      ContextProvider = "SSM_PARAMETER_PROVIDER"
	ContextProvider_VPC_PROVIDER                                ContextProvider = "VPC_PROVIDER"
	ContextProvider_ENDPOINT_SERVICE_AVAILABILITY_ZONE_PROVIDER ContextProvider = "ENDPOINT_SERVICE_AVAILABILITY_ZONE_PROVIDER"
	ContextProvider_LOAD_BALANCER_PROVIDER                      ContextProvider = "LOAD_BALANCER_PROVIDER"
	ContextProvider_LOAD_BALANCER_LISTENER_PROVIDER             ContextProvider = "LOAD_BALANCER_LISTENER_PROVIDER"
	ContextProvider_SECURITY_GROUP_PROVIDER                     ContextProvider = "SECURITY_GROUP_PROVIDER"
	ContextProvider_KEY_PROVIDER                                ContextProvider = "KEY_PROVIDER"
	ContextProvider_CC_API_PROVIDER                             ContextProvider = "CC_API_PROVIDER"
	ContextProvider_PLUGIN                                      ContextProvider = "PLUGIN"
)

// MissingContext is a context value the app needs and the context does not
// hold: the CLI looks it up with Provider and Props and runs the app again.
type MissingContext struct {
	// The key under which the value is stored in cdk.context.json.
	Key *string `field:"required" json:"key" yaml:"key"`
	// The provider's query (account, region and provider-specific props).
	Props interface{} `field:"required" json:"props" yaml:"props"`
	// Which provider performs the lookup.
	Provider ContextProvider `field:"required" json:"provider" yaml:"provider"`
}

// FileDestination is where a file asset is published.
type FileDestination struct {
	AssumeRoleAdditionalOptions *map[string]interface{} `field:"optional" json:"assumeRoleAdditionalOptions" yaml:"assumeRoleAdditionalOptions"`
	AssumeRoleArn               *string                 `field:"optional" json:"assumeRoleArn" yaml:"assumeRoleArn"`
	AssumeRoleExternalId        *string                 `field:"optional" json:"assumeRoleExternalId" yaml:"assumeRoleExternalId"`
	Region                      *string                 `field:"optional" json:"region" yaml:"region"`
	BucketName                  *string                 `field:"required" json:"bucketName" yaml:"bucketName"`
	ObjectKey                   *string                 `field:"required" json:"objectKey" yaml:"objectKey"`
}

// DockerImageDestination is where a container image asset is published.
type DockerImageDestination struct {
	AssumeRoleAdditionalOptions *map[string]interface{} `field:"optional" json:"assumeRoleAdditionalOptions" yaml:"assumeRoleAdditionalOptions"`
	AssumeRoleArn               *string                 `field:"optional" json:"assumeRoleArn" yaml:"assumeRoleArn"`
	AssumeRoleExternalId        *string                 `field:"optional" json:"assumeRoleExternalId" yaml:"assumeRoleExternalId"`
	Region                      *string                 `field:"optional" json:"region" yaml:"region"`
	ImageTag                    *string                 `field:"required" json:"imageTag" yaml:"imageTag"`
	RepositoryName              *string                 `field:"required" json:"repositoryName" yaml:"repositoryName"`
}

// BootstrapRole is a role of the bootstrap stack the CLI assumes.
type BootstrapRole struct {
	Arn                               *string                 `field:"required" json:"arn" yaml:"arn"`
	AssumeRoleAdditionalOptions       *map[string]interface{} `field:"optional" json:"assumeRoleAdditionalOptions" yaml:"assumeRoleAdditionalOptions"`
	AssumeRoleExternalId              *string                 `field:"optional" json:"assumeRoleExternalId" yaml:"assumeRoleExternalId"`
	BootstrapStackVersionSsmParameter *string                 `field:"optional" json:"bootstrapStackVersionSsmParameter" yaml:"bootstrapStackVersionSsmParameter"`
	RequiresBootstrapStackVersion     *float64                `field:"optional" json:"requiresBootstrapStackVersion" yaml:"requiresBootstrapStackVersion"`
}

// FileAssetPackaging says how a file asset is packaged for publishing.
type FileAssetPackaging string

const (
	FileAssetPackaging_FILE          FileAssetPackaging = "FILE"
	FileAssetPackaging_ZIP_DIRECTORY FileAssetPackaging = "ZIP_DIRECTORY"
)

// FileSource is where a file asset comes from.
type FileSource struct {
	Executable *[]*string         `field:"optional" json:"executable" yaml:"executable"`
	Packaging  FileAssetPackaging `field:"optional" json:"packaging" yaml:"packaging"`
	Path       *string            `field:"optional" json:"path" yaml:"path"`
}

// DockerCacheOption is a build cache of a container image asset.
type DockerCacheOption struct {
	Type   *string             `field:"required" json:"type" yaml:"type"`
	Params *map[string]*string `field:"optional" json:"params" yaml:"params"`
}

// DockerImageSource is how a container image asset is built.
type DockerImageSource struct {
	CacheDisabled       *bool                 `field:"optional" json:"cacheDisabled" yaml:"cacheDisabled"`
	CacheFrom           *[]*DockerCacheOption `field:"optional" json:"cacheFrom" yaml:"cacheFrom"`
	CacheTo             *DockerCacheOption    `field:"optional" json:"cacheTo" yaml:"cacheTo"`
	Directory           *string               `field:"optional" json:"directory" yaml:"directory"`
	DockerBuildArgs     *map[string]*string   `field:"optional" json:"dockerBuildArgs" yaml:"dockerBuildArgs"`
	DockerBuildContexts *map[string]*string   `field:"optional" json:"dockerBuildContexts" yaml:"dockerBuildContexts"`
	DockerBuildSecrets  *map[string]*string   `field:"optional" json:"dockerBuildSecrets" yaml:"dockerBuildSecrets"`
	DockerBuildSsh      *string               `field:"optional" json:"dockerBuildSsh" yaml:"dockerBuildSsh"`
	DockerBuildTarget   *string               `field:"optional" json:"dockerBuildTarget" yaml:"dockerBuildTarget"`
	DockerFile          *string               `field:"optional" json:"dockerFile" yaml:"dockerFile"`
	DockerOutputs       *[]*string            `field:"optional" json:"dockerOutputs" yaml:"dockerOutputs"`
	Executable          *[]*string            `field:"optional" json:"executable" yaml:"executable"`
	NetworkMode         *string               `field:"optional" json:"networkMode" yaml:"networkMode"`
	Platform            *string               `field:"optional" json:"platform" yaml:"platform"`
}

// AssetManifestOptions are the bootstrap requirements of an asset manifest.
type AssetManifestOptions struct {
	BootstrapStackVersionSsmParameter *string  `field:"optional" json:"bootstrapStackVersionSsmParameter" yaml:"bootstrapStackVersionSsmParameter"`
	RequiresBootstrapStackVersion     *float64 `field:"optional" json:"requiresBootstrapStackVersion" yaml:"requiresBootstrapStackVersion"`
}
