package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// ISageMakerTask is a SageMaker task that images, model artifacts and S3
// locations grant their permissions to.
type ISageMakerTask interface {
	awsiam.IGrantable
}

// InputMode is how a training algorithm reads its input.
type InputMode string

const (
	InputMode_PIPE      InputMode = "PIPE"
	InputMode_FILE      InputMode = "FILE"
	InputMode_FAST_FILE InputMode = "FAST_FILE"
)

// S3DataType is what an S3 URI of a channel names.
type S3DataType string

const (
	S3DataType_MANIFEST_FILE           S3DataType = "MANIFEST_FILE"
	S3DataType_S3_PREFIX               S3DataType = "S3_PREFIX"
	S3DataType_AUGMENTED_MANIFEST_FILE S3DataType = "AUGMENTED_MANIFEST_FILE"
)

// S3DataDistributionType is how training data is spread over instances.
type S3DataDistributionType string

const (
	S3DataDistributionType_FULLY_REPLICATED  S3DataDistributionType = "FULLY_REPLICATED"
	S3DataDistributionType_SHARDED_BY_S3_KEY S3DataDistributionType = "SHARDED_BY_S3_KEY"
)

// RecordWrapperType is whether SageMaker wraps input records in RecordIO.
type RecordWrapperType string

const (
	RecordWrapperType_NONE      RecordWrapperType = "NONE"
	RecordWrapperType_RECORD_IO RecordWrapperType = "RECORD_IO"
)

// CompressionType is the compression of input data.
type CompressionType string

const (
	CompressionType_NONE CompressionType = "NONE"
	CompressionType_GZIP CompressionType = "GZIP"
)

// Mode is how many models a container hosts.
type Mode string

const (
	Mode_SINGLE_MODEL Mode = "SINGLE_MODEL"
	Mode_MULTI_MODEL  Mode = "MULTI_MODEL"
)

// BatchStrategy is how many records go into one transform request.
type BatchStrategy string

const (
	BatchStrategy_MULTI_RECORD  BatchStrategy = "MULTI_RECORD"
	BatchStrategy_SINGLE_RECORD BatchStrategy = "SINGLE_RECORD"
)

// SplitType is how a transform job splits its input files into records.
type SplitType string

const (
	SplitType_NONE      SplitType = "NONE"
	SplitType_LINE      SplitType = "LINE"
	SplitType_RECORD_IO SplitType = "RECORD_IO"
	SplitType_TF_RECORD SplitType = "TF_RECORD"
)

// AssembleWith is how a transform job joins its results into one object.
type AssembleWith string

const (
	AssembleWith_NONE AssembleWith = "NONE"
	AssembleWith_LINE AssembleWith = "LINE"
)

// sageMakerWire is the value SageMaker's API takes for each enum member
// (the Go constants carry the member names, as aws-cdk-go's do).
var sageMakerWire = map[string]string{
	"PIPE": "Pipe", "FILE": "File", "FAST_FILE": "FastFile",
	"MANIFEST_FILE": "ManifestFile", "S3_PREFIX": "S3Prefix", "AUGMENTED_MANIFEST_FILE": "AugmentedManifestFile",
	"FULLY_REPLICATED": "FullyReplicated", "SHARDED_BY_S3_KEY": "ShardedByS3Key",
	"NONE": "None", "RECORD_IO": "RecordIO", "GZIP": "Gzip",
	"SINGLE_MODEL": "SingleModel", "MULTI_MODEL": "MultiModel",
	"MULTI_RECORD": "MultiRecord", "SINGLE_RECORD": "SingleRecord",
	"LINE": "Line", "TF_RECORD": "TFRecord",
}

// wire is an enum member as SageMaker's API takes it, or nil when unset.
func wire[E ~string](e E) interface{} {
	if e == "" {
		return nil
	}
	if w, ok := sageMakerWire[string(e)]; ok {
		return w
	}
	return string(e)
}

// AcceleratorClass is a generation of Elastic Inference accelerators.
type AcceleratorClass interface {
	Version() *string
}

type acceleratorClass struct{ version *string }

func (a *acceleratorClass) Version() *string { return a.version }

// AcceleratorClass_Of is an accelerator class by its version ("eia1").
func AcceleratorClass_Of(version *string) AcceleratorClass { return &acceleratorClass{version} }

// AcceleratorClass_EIA1 is the first Elastic Inference generation.
func AcceleratorClass_EIA1() AcceleratorClass { return AcceleratorClass_Of(str("eia1")) }

// AcceleratorClass_EIA2 is the second Elastic Inference generation.
func AcceleratorClass_EIA2() AcceleratorClass { return AcceleratorClass_Of(str("eia2")) }

// AcceleratorType is the size of an Elastic Inference accelerator.
type AcceleratorType interface {
	ToString() *string
}

type acceleratorType struct{ id *string }

func (a *acceleratorType) ToString() *string { return a.id }

// NewAcceleratorType is an accelerator type by its identifier ("ml.eia1.medium").
func NewAcceleratorType(instanceTypeIdentifier *string) AcceleratorType {
	return &acceleratorType{instanceTypeIdentifier}
}

// NewAcceleratorType_Override initializes a, a Go type embedding AcceleratorType.
func NewAcceleratorType_Override(a AcceleratorType, instanceTypeIdentifier *string) {
	l2.Override[AcceleratorType](a, NewAcceleratorType(instanceTypeIdentifier))
}

// AcceleratorType_Of is the accelerator type of class and size. aws-cdk-lib
// puts the class into the identifier with JavaScript's default object
// string, so the identifier reads "ml.[object Object].<size>"; kept for
// identical definitions.
func AcceleratorType_Of(acceleratorClass AcceleratorClass, instanceSize awsec2.InstanceSize) AcceleratorType {
	return NewAcceleratorType(str("ml.[object Object]." + instanceSizeName(instanceSize)))
}

// instanceSizeName is an ec2 InstanceSize as aws-cdk-lib's value ("xlarge").
func instanceSizeName(size awsec2.InstanceSize) string {
	it := awsec2.InstanceType_Of(awsec2.InstanceClass_M5, size)
	s := *it.ToString()
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

// acceleratorJSON is how aws-cdk-lib renders an AcceleratorType inside a
// definition: the object with its one field.
func acceleratorJSON(a AcceleratorType) interface{} {
	if a == nil {
		return nil
	}
	return obj("instanceTypeIdentifier", a.ToString())
}

// DockerImageConfig is a bound Docker image.
type DockerImageConfig struct {
	ImageUri *string `field:"required" json:"imageUri" yaml:"imageUri"`
}

// DockerImage is a Docker image a SageMaker task runs.
type DockerImage interface {
	Bind(task ISageMakerTask) *DockerImageConfig
}

type dockerImage struct {
	imageURI *string
	repo     awsecr.IRepository
	anyPull  bool
}

func (d *dockerImage) Bind(task ISageMakerTask) *DockerImageConfig {
	if d.repo != nil {
		d.repo.GrantPull(task)
	}
	if d.anyPull {
		task.GrantPrincipal().AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions:   &[]*string{str("ecr:BatchCheckLayerAvailability"), str("ecr:GetDownloadUrlForLayer"), str("ecr:BatchGetImage")},
			Resources: &[]*string{str("*")}}))
	}
	return &DockerImageConfig{ImageUri: d.imageURI}
}

// abstractDockerImage is what NewDockerImage_Override gives a program's
// own image type, which must bind itself.
type abstractDockerImage struct{}

func (abstractDockerImage) Bind(ISageMakerTask) *DockerImageConfig {
	diag.Panic("", "DockerImage: a type built with NewDockerImage_Override must implement Bind")
	return nil
}

// NewDockerImage_Override initializes d, a program's own DockerImage type
// (which implements Bind).
func NewDockerImage_Override(d DockerImage) {
	l2.Override[DockerImage](d, abstractDockerImage{})
}

// DockerImage_FromEcrRepository is an image of an ECR repository, by tag
// or digest ("latest" when nil); the task is granted pull.
func DockerImage_FromEcrRepository(repository awsecr.IRepository, tagOrDigest *string) DockerImage {
	if tagOrDigest == nil {
		tagOrDigest = str("latest")
	}
	return &dockerImage{imageURI: repository.RepositoryUriForTagOrDigest(tagOrDigest), repo: repository}
}

// DockerImage_FromJsonExpression is an image whose URI comes from the
// state input; unless allowAnyEcrImagePull is false, the task may pull any
// ECR image.
func DockerImage_FromJsonExpression(expression *string, allowAnyEcrImagePull *bool) DockerImage {
	return &dockerImage{imageURI: expression, anyPull: allowAnyEcrImagePull == nil || *allowAnyEcrImagePull}
}

// DockerImage_FromRegistry is an image of a public registry, by URI.
func DockerImage_FromRegistry(imageUri *string) DockerImage {
	return &dockerImage{imageURI: imageUri}
}

// DockerImage_FromAsset builds the image from a local directory as a
// Docker image asset at scope/id; the task is granted pull.
func DockerImage_FromAsset(scope constructs.Construct, id *string, props *awsecrassets.DockerImageAssetProps) DockerImage {
	a := awsecrassets.NewDockerImageAsset(scope, id, props)
	return &dockerImage{imageURI: a.ImageUri(), repo: a.Repository()}
}

// S3LocationBindOptions is what a task does with an S3 location.
type S3LocationBindOptions struct {
	ForReading *bool `field:"optional" json:"forReading" yaml:"forReading"`
	ForWriting *bool `field:"optional" json:"forWriting" yaml:"forWriting"`
}

// S3LocationConfig is a bound S3 location.
type S3LocationConfig struct {
	Uri *string `field:"required" json:"uri" yaml:"uri"`
}

// S3Location is an S3 location a SageMaker task reads or writes.
type S3Location interface {
	Bind(task ISageMakerTask, opts *S3LocationBindOptions) *S3LocationConfig
}

type s3Location struct {
	bucket  awss3.IBucket
	keyGlob string
	uri     *string
}

func (l *s3Location) Bind(task ISageMakerTask, opts *S3LocationBindOptions) *S3LocationConfig {
	if opts == nil {
		opts = &S3LocationBindOptions{}
	}
	reading, writing := opts.ForReading != nil && *opts.ForReading, opts.ForWriting != nil && *opts.ForWriting
	if l.bucket != nil {
		if reading {
			l.bucket.GrantRead(task, str(l.keyGlob))
		}
		if writing {
			l.bucket.GrantWrite(task, str(l.keyGlob), nil)
		}
	} else {
		actions := []*string{}
		if reading {
			actions = append(actions, str("s3:GetObject"), str("s3:ListBucket"))
		}
		if writing {
			actions = append(actions, str("s3:PutObject"))
		}
		task.GrantPrincipal().AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: &actions, Resources: &[]*string{str("*")}}))
	}
	return &S3LocationConfig{Uri: l.uri}
}

type abstractS3Location struct{}

func (abstractS3Location) Bind(ISageMakerTask, *S3LocationBindOptions) *S3LocationConfig {
	diag.Panic("", "S3Location: a type built with NewS3Location_Override must implement Bind")
	return nil
}

// NewS3Location_Override initializes s, a program's own S3Location type
// (which implements Bind).
func NewS3Location_Override(s S3Location) {
	l2.Override[S3Location](s, abstractS3Location{})
}

// S3Location_FromBucket is the objects of bucket under keyPrefix; the task
// is granted what it does with them.
func S3Location_FromBucket(bucket awss3.IBucket, keyPrefix *string) S3Location {
	prefix := ""
	if keyPrefix != nil {
		prefix = *keyPrefix
	}
	return &s3Location{bucket: bucket, keyGlob: prefix + "*", uri: bucket.UrlForObject(keyPrefix)}
}

// S3Location_FromJsonExpression is an S3 URI read from the state input (a
// JSONPath) or computed by a JSONata expression.
func S3Location_FromJsonExpression(expression *string) S3Location {
	uri := expression
	if expression != nil && !isJsonataPrefix(*expression) {
		uri = awsstepfunctions.JsonPath_StringAt(expression)
	}
	return &s3Location{uri: uri}
}

func isJsonataPrefix(s string) bool { return len(s) >= 2 && s[:2] == "{%" }

// ContainerDefinitionConfig is a bound container definition.
type ContainerDefinitionConfig struct {
	Parameters *map[string]interface{} `field:"optional" json:"parameters" yaml:"parameters"`
}

// IContainerDefinition is a container of a SageMaker model.
type IContainerDefinition interface {
	Bind(task ISageMakerTask) *ContainerDefinitionConfig
}

// ContainerDefinitionOptions configures a ContainerDefinition.
type ContainerDefinitionOptions struct {
	ContainerHostName    *string                    `field:"optional" json:"containerHostName" yaml:"containerHostName"`
	EnvironmentVariables awsstepfunctions.TaskInput `field:"optional" json:"environmentVariables" yaml:"environmentVariables"`
	Image                DockerImage                `field:"optional" json:"image" yaml:"image"`
	Mode                 Mode                       `field:"optional" json:"mode" yaml:"mode"`
	ModelPackageName     *string                    `field:"optional" json:"modelPackageName" yaml:"modelPackageName"`
	ModelS3Location      S3Location                 `field:"optional" json:"modelS3Location" yaml:"modelS3Location"`
}

// ContainerDefinition is a container of a SageMaker model: its image,
// model artifacts and environment.
type ContainerDefinition interface {
	IContainerDefinition
}

type containerDefinition struct{ o ContainerDefinitionOptions }

// NewContainerDefinition is a container with options.
func NewContainerDefinition(options *ContainerDefinitionOptions) ContainerDefinition {
	c := &containerDefinition{}
	if options != nil {
		c.o = *options
	}
	return c
}

// NewContainerDefinition_Override initializes c, a Go type embedding ContainerDefinition.
func NewContainerDefinition_Override(c ContainerDefinition, options *ContainerDefinitionOptions) {
	l2.Override[ContainerDefinition](c, NewContainerDefinition(options))
}

// containerParamOrder is the order aws-cdk-lib writes a container's
// parameters in; the map of ContainerDefinitionConfig loses it.
var containerParamOrder = []string{"ContainerHostname", "Image", "Mode", "ModelDataUrl", "ModelPackageName", "Environment"}

func (c *containerDefinition) Bind(task ISageMakerTask) *ContainerDefinitionConfig {
	m := map[string]interface{}{}
	set := func(k string, v interface{}) {
		if v = present(v); v != nil {
			m[k] = v
		}
	}
	set("ContainerHostname", c.o.ContainerHostName)
	if c.o.Image != nil {
		set("Image", c.o.Image.Bind(task).ImageUri)
	}
	set("Mode", wire(c.o.Mode))
	if c.o.ModelS3Location != nil {
		set("ModelDataUrl", c.o.ModelS3Location.Bind(task, &S3LocationBindOptions{ForReading: boolean(true)}).Uri)
	}
	set("ModelPackageName", c.o.ModelPackageName)
	set("Environment", inputValue(c.o.EnvironmentVariables))
	return &ContainerDefinitionConfig{Parameters: &m}
}

// containerParams renders a bound container's parameters: ours in
// aws-cdk-lib's order, a program's own in sorted key order (as jsii hands
// a Go map over).
func containerParams(c IContainerDefinition, cfg *ContainerDefinitionConfig) interface{} {
	if cfg == nil || cfg.Parameters == nil {
		return nil
	}
	m := *cfg.Parameters
	keys := sortedKeys(m)
	if _, ours := c.(*containerDefinition); ours {
		keys = containerParamOrder
	}
	kv := []interface{}{}
	for _, k := range keys {
		kv = append(kv, k, m[k])
	}
	return obj(kv...)
}

// MetricDefinition is a metric a training job reads from its logs.
type MetricDefinition struct {
	Name  *string `field:"required" json:"name" yaml:"name"`
	Regex *string `field:"required" json:"regex" yaml:"regex"`
}

// AlgorithmSpecification is the algorithm a training job runs.
type AlgorithmSpecification struct {
	AlgorithmName     *string              `field:"optional" json:"algorithmName" yaml:"algorithmName"`
	MetricDefinitions *[]*MetricDefinition `field:"optional" json:"metricDefinitions" yaml:"metricDefinitions"`
	TrainingImage     DockerImage          `field:"optional" json:"trainingImage" yaml:"trainingImage"`
	TrainingInputMode InputMode            `field:"optional" json:"trainingInputMode" yaml:"trainingInputMode"`
}

// ShuffleConfig shuffles a channel's input.
type ShuffleConfig struct {
	Seed *float64 `field:"required" json:"seed" yaml:"seed"`
}

// S3DataSource is the S3 data of a channel.
type S3DataSource struct {
	S3Location             S3Location             `field:"required" json:"s3Location" yaml:"s3Location"`
	AttributeNames         *[]*string             `field:"optional" json:"attributeNames" yaml:"attributeNames"`
	S3DataDistributionType S3DataDistributionType `field:"optional" json:"s3DataDistributionType" yaml:"s3DataDistributionType"`
	S3DataType             S3DataType             `field:"optional" json:"s3DataType" yaml:"s3DataType"`
}

// DataSource is where a channel's data lives.
type DataSource struct {
	S3DataSource *S3DataSource `field:"required" json:"s3DataSource" yaml:"s3DataSource"`
}

// Channel is one named input of a training job.
type Channel struct {
	ChannelName       *string           `field:"required" json:"channelName" yaml:"channelName"`
	DataSource        *DataSource       `field:"required" json:"dataSource" yaml:"dataSource"`
	CompressionType   CompressionType   `field:"optional" json:"compressionType" yaml:"compressionType"`
	ContentType       *string           `field:"optional" json:"contentType" yaml:"contentType"`
	InputMode         InputMode         `field:"optional" json:"inputMode" yaml:"inputMode"`
	RecordWrapperType RecordWrapperType `field:"optional" json:"recordWrapperType" yaml:"recordWrapperType"`
	ShuffleConfig     *ShuffleConfig    `field:"optional" json:"shuffleConfig" yaml:"shuffleConfig"`
}

// OutputDataConfig is where a training job writes its model.
type OutputDataConfig struct {
	S3OutputLocation S3Location  `field:"required" json:"s3OutputLocation" yaml:"s3OutputLocation"`
	EncryptionKey    awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
}

// ResourceConfig is the compute of a training job.
type ResourceConfig struct {
	InstanceCount       *float64            `field:"required" json:"instanceCount" yaml:"instanceCount"`
	InstanceType        awsec2.InstanceType `field:"required" json:"instanceType" yaml:"instanceType"`
	VolumeSize          awscdk.Size         `field:"required" json:"volumeSize" yaml:"volumeSize"`
	VolumeEncryptionKey awskms.IKey         `field:"optional" json:"volumeEncryptionKey" yaml:"volumeEncryptionKey"`
}

// StoppingCondition limits a training job's run time.
type StoppingCondition struct {
	MaxRuntime awscdk.Duration `field:"optional" json:"maxRuntime" yaml:"maxRuntime"`
}

// VpcConfig is the VPC a training job connects to.
type VpcConfig struct {
	Vpc     awsec2.IVpc             `field:"required" json:"vpc" yaml:"vpc"`
	Subnets *awsec2.SubnetSelection `field:"optional" json:"subnets" yaml:"subnets"`
}

// ProductionVariant is one model an endpoint configuration hosts.
type ProductionVariant struct {
	InstanceType         awsec2.InstanceType `field:"required" json:"instanceType" yaml:"instanceType"`
	ModelName            *string             `field:"required" json:"modelName" yaml:"modelName"`
	VariantName          *string             `field:"required" json:"variantName" yaml:"variantName"`
	AcceleratorType      AcceleratorType     `field:"optional" json:"acceleratorType" yaml:"acceleratorType"`
	InitialInstanceCount *float64            `field:"optional" json:"initialInstanceCount" yaml:"initialInstanceCount"`
	InitialVariantWeight *float64            `field:"optional" json:"initialVariantWeight" yaml:"initialVariantWeight"`
}

// TransformS3DataSource is the S3 input of a transform job.
type TransformS3DataSource struct {
	S3Uri      *string    `field:"required" json:"s3Uri" yaml:"s3Uri"`
	S3DataType S3DataType `field:"optional" json:"s3DataType" yaml:"s3DataType"`
}

// TransformDataSource is where a transform job's input lives.
type TransformDataSource struct {
	S3DataSource *TransformS3DataSource `field:"required" json:"s3DataSource" yaml:"s3DataSource"`
}

// TransformInput is the dataset a transform job transforms.
type TransformInput struct {
	TransformDataSource *TransformDataSource `field:"required" json:"transformDataSource" yaml:"transformDataSource"`
	CompressionType     CompressionType      `field:"optional" json:"compressionType" yaml:"compressionType"`
	ContentType         *string              `field:"optional" json:"contentType" yaml:"contentType"`
	SplitType           SplitType            `field:"optional" json:"splitType" yaml:"splitType"`
}

// TransformOutput is where a transform job writes its results.
type TransformOutput struct {
	S3OutputPath  *string                  `field:"required" json:"s3OutputPath" yaml:"s3OutputPath"`
	Accept        *string                  `field:"optional" json:"accept" yaml:"accept"`
	AssembleWith  AssembleWith             `field:"optional" json:"assembleWith" yaml:"assembleWith"`
	EncryptionKey interfacesawskms.IKeyRef `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
}

// TransformResources is the compute of a transform job.
type TransformResources struct {
	InstanceCount       *float64                 `field:"required" json:"instanceCount" yaml:"instanceCount"`
	InstanceType        awsec2.InstanceType      `field:"required" json:"instanceType" yaml:"instanceType"`
	VolumeEncryptionKey interfacesawskms.IKeyRef `field:"optional" json:"volumeEncryptionKey" yaml:"volumeEncryptionKey"`
}

// ModelClientOptions is the timeout and retries of a transform job's
// invocations.
type ModelClientOptions struct {
	InvocationsMaxRetries *float64        `field:"optional" json:"invocationsMaxRetries" yaml:"invocationsMaxRetries"`
	InvocationsTimeout    awscdk.Duration `field:"optional" json:"invocationsTimeout" yaml:"invocationsTimeout"`
}

// mlInstanceType is an instance type as SageMaker names it ("ml.m4.xlarge"),
// or as given when it is a path or JSONata expression.
func mlInstanceType(it awsec2.InstanceType) interface{} {
	if it == nil {
		return nil
	}
	s := *it.ToString()
	if isJsonPathOrJsonata(s) {
		return s
	}
	return "ml." + s
}

func isJsonPathOrJsonata(s string) bool {
	return *awsstepfunctions.JsonPath_IsEncodedJsonPath(&s) || isJsonata(s)
}
