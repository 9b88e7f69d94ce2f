package awscodepipelineactions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// S3Trigger is how an S3 source action learns of a new object version.
type S3Trigger string

const (
	S3Trigger_NONE   S3Trigger = "NONE"
	S3Trigger_POLL   S3Trigger = "POLL"
	S3Trigger_EVENTS S3Trigger = "EVENTS"
)

// S3SourceVariables are the variables an S3 source action emits.
type S3SourceVariables struct {
	ETag      *string `field:"required" json:"eTag" yaml:"eTag"`
	VersionId *string `field:"required" json:"versionId" yaml:"versionId"`
}

// S3SourceActionProps are the props of NewS3SourceAction.
type S3SourceActionProps struct {
	ActionName         *string      `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64     `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string      `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// A versioned bucket.
	Bucket    awss3.IBucket            `field:"required" json:"bucket" yaml:"bucket"`
	BucketKey *string                  `field:"required" json:"bucketKey" yaml:"bucketKey"`
	Output    awscodepipeline.Artifact `field:"required" json:"output" yaml:"output"`
	// Default: S3Trigger_POLL (CodePipeline's own default).
	Trigger S3Trigger `field:"optional" json:"trigger" yaml:"trigger"`
}

// S3SourceAction starts a pipeline from an object of a versioned bucket.
type S3SourceAction interface {
	Action
	Variables() *S3SourceVariables
}

type s3SourceAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    S3SourceActionProps
}

// NewS3SourceAction makes an S3 source action.
func NewS3SourceAction(props *S3SourceActionProps) S3SourceAction {
	if props == nil || props.Bucket == nil || props.BucketKey == nil || props.Output == nil {
		requireProps("S3SourceActionProps", "ActionName", "Bucket", "BucketKey", "Output")
	}
	if *props.BucketKey == "" {
		diag.Panic("", "Property bucketKey cannot be an empty string")
	}
	a := &s3SourceAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Resource: props.Bucket, Category: awscodepipeline.ActionCategory_SOURCE, Provider: jsii.String("S3"),
		ArtifactBounds: sourceBounds(), Outputs: &[]awscodepipeline.Artifact{props.Output},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewS3SourceAction_Override initialises outer, a type embedding S3SourceAction.
func NewS3SourceAction_Override(s S3SourceAction, props *S3SourceActionProps) {
	overrideAction(s, NewS3SourceAction(props))
}

func (a *s3SourceAction) Variables() *S3SourceVariables {
	return &S3SourceVariables{VersionId: a.VariableExpression(jsii.String("VersionId")), ETag: a.VariableExpression(jsii.String("ETag"))}
}

func (a *s3SourceAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	if a.props.Trigger == S3Trigger_EVENTS {
		id := a.eventID(stage)
		a.props.Bucket.OnCloudTrailWriteObject(jsii.String(id), &awss3.OnCloudTrailBucketEventOptions{
			Target: awseventstargets.NewCodePipeline(stage.Pipeline(), nil), Paths: &[]*string{a.props.BucketKey},
			CrossStackScope: crossStackScope(a.props.Bucket, stage.Pipeline()),
		})
	}
	a.props.Bucket.GrantRead(options.Role, a.props.BucketKey)
	options.Bucket.GrantWrite(options.Role, nil, nil)
	cfg := ojson.New()
	cfg.Set("S3Bucket", a.props.Bucket.BucketName())
	cfg.Set("S3ObjectKey", a.props.BucketKey)
	if a.props.Trigger != "" {
		cfg.Set("PollForSourceChanges", a.props.Trigger == S3Trigger_POLL)
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

func (a *s3SourceAction) eventID(stage awscodepipeline.IStage) string {
	baseID := *awscdk.Names_NodeUniqueId(stage.Pipeline().Node()) + "SourceEventRule"
	key := *a.props.BucketKey
	if *awscdk.Token_IsUnresolved(key) {
		cand := baseID
		for n := 0; a.props.Bucket.Node().TryFindChild(jsii.String(cand)) != nil; {
			n++
			cand = baseID + itoa(n)
		}
		return cand
	}
	id := baseID + key
	if a.props.Bucket.Node().TryFindChild(jsii.String(id)) != nil {
		diag.Panic("", "S3 source action with path '%s' is already present in the pipeline for this source bucket", key)
	}
	return id
}

func (a *s3SourceAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}
