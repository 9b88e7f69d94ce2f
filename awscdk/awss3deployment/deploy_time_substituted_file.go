package awss3deployment

import (
	"os"
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// DeployTimeSubstitutedFileProps are the props of NewDeployTimeSubstitutedFile.
type DeployTimeSubstitutedFileProps struct {
	DestinationBucket awss3.IBucket       `field:"required" json:"destinationBucket" yaml:"destinationBucket"`
	Source            *string             `field:"required" json:"source" yaml:"source"`
	Substitutions     *map[string]*string `field:"required" json:"substitutions" yaml:"substitutions"`
	DestinationKey    *string             `field:"optional" json:"destinationKey" yaml:"destinationKey"`
	Role              awsiam.IRole        `field:"optional" json:"role" yaml:"role"`
}

// DeployTimeSubstitutedFile deploys one local file whose {{ name }}
// placeholders are replaced by the given (possibly deploy-time) values.
type DeployTimeSubstitutedFile interface {
	BucketDeployment
	Bucket() awss3.IBucket
	ObjectKey() *string
}

type deployTimeSubstitutedFile struct {
	*bucketDeployment
	objectKey *string
}

var placeholder = regexp.MustCompile(`\{\{\s*(\w+)\s*\}\}`)

// NewDeployTimeSubstitutedFile deploys props.Source to props.DestinationKey
// (by default, the fingerprint of the file) in props.DestinationBucket.
func NewDeployTimeSubstitutedFile(scope constructs.Construct, id *string, props *DeployTimeSubstitutedFileProps) DeployTimeSubstitutedFile {
	props = l2.Inject(*DeployTimeSubstitutedFile_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "DeployTimeSubstitutedFile", "Source", "DestinationBucket")
	}
	data, err := os.ReadFile(deref(props.Source))
	if err != nil {
		throwScoped(scope, "No file found at 'source' path %s", deref(props.Source))
	}
	subs := map[string]*string{}
	if props.Substitutions != nil {
		subs = *props.Substitutions
	}
	text := placeholder.ReplaceAllStringFunc(string(data), func(m string) string {
		if v, ok := subs[placeholder.FindStringSubmatch(m)[1]]; ok && v != nil {
			return *v
		}
		return m
	})
	key := props.DestinationKey
	if key == nil {
		key = awscdk.FileSystem_Fingerprint(props.Source, nil)
	}
	f := &deployTimeSubstitutedFile{bucketDeployment: &bucketDeployment{}, objectKey: key}
	initBucketDeployment(f.bucketDeployment, f, scope, id, &BucketDeploymentProps{
		Prune:             boolp(false),
		Extract:           boolp(true),
		DestinationBucket: props.DestinationBucket,
		Sources:           &[]ISource{Source_Data(key, str(text), nil)},
		Role:              props.Role,
	})
	return f
}

// DeployTimeSubstitutedFile_IsConstruct reports whether x is a construct.
func DeployTimeSubstitutedFile_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// ObjectKey is the key of the deployed file.
func (f *deployTimeSubstitutedFile) ObjectKey() *string { return f.objectKey }

// Bucket is the destination bucket, once the file is deployed.
func (f *deployTimeSubstitutedFile) Bucket() awss3.IBucket { return f.DeployedBucket() }

// ObjectVersionIds is not available: the file is always extracted.
func (f *deployTimeSubstitutedFile) ObjectVersionIds() *[]*string {
	throwScoped(f, "'objectVersionIds' is not supported for 'DeployTimeSubstitutedFile' since its file is always extracted")
	return nil
}

func boolp(b bool) *bool { return &b }
