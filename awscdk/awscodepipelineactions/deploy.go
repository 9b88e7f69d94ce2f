package awscodepipelineactions

import (
	"fmt"
	"math"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// CacheControl is a Cache-Control directive for objects an S3 deploy action writes.
type CacheControl interface {
	Value() *string
	SetValue(val *string)
}

type cacheControl struct{ value *string }

func (c *cacheControl) Value() *string       { return c.value }
func (c *cacheControl) SetValue(val *string) { c.value = val }

func cc(v string) CacheControl { return &cacheControl{value: jsii.String(v)} }

func seconds(t awscdk.Duration) string {
	if t == nil {
		return "undefined"
	}
	return fmt.Sprint(*t.ToSeconds(nil))
}

func CacheControl_FromString(s *string) CacheControl { return &cacheControl{value: s} }
func CacheControl_Immutable() CacheControl           { return cc("immutable") }
func CacheControl_MaxAge(t awscdk.Duration) CacheControl {
	return cc("max-age=" + seconds(t))
}
func CacheControl_MustRevalidate() CacheControl  { return cc("must-revalidate") }
func CacheControl_MustUnderstand() CacheControl  { return cc("must-understand") }
func CacheControl_NoCache() CacheControl         { return cc("no-cache") }
func CacheControl_NoStore() CacheControl         { return cc("no-store") }
func CacheControl_NoTransform() CacheControl     { return cc("no-transform") }
func CacheControl_ProxyRevalidate() CacheControl { return cc("proxy-revalidate") }
func CacheControl_SetPrivate() CacheControl      { return cc("private") }
func CacheControl_SetPublic() CacheControl       { return cc("public") }
func CacheControl_SMaxAge(t awscdk.Duration) CacheControl {
	return cc("s-maxage=" + seconds(t))
}
func CacheControl_StaleIfError(t awscdk.Duration) CacheControl {
	return cc("stale-if-error=" + seconds(t))
}
func CacheControl_StaleWhileRevalidate(t awscdk.Duration) CacheControl {
	return cc("stale-while-revalidate=" + seconds(t))
}

// S3DeployActionProps are the props of NewS3DeployAction.
type S3DeployActionProps struct {
	ActionName         *string                   `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64                  `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string                   `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole              `field:"optional" json:"role" yaml:"role"`
	Bucket             awss3.IBucket             `field:"required" json:"bucket" yaml:"bucket"`
	Input              awscodepipeline.Artifact  `field:"required" json:"input" yaml:"input"`
	AccessControl      awss3.BucketAccessControl `field:"optional" json:"accessControl" yaml:"accessControl"`
	CacheControl       *[]CacheControl           `field:"optional" json:"cacheControl" yaml:"cacheControl"`
	EncryptionKey      awskms.IKey               `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	// Unzip the artifact into the bucket. Default: true.
	Extract *bool `field:"optional" json:"extract" yaml:"extract"`
	// The key (when not extracting) or prefix.
	ObjectKey *string `field:"optional" json:"objectKey" yaml:"objectKey"`
}

// S3DeployAction writes an artifact into a bucket.
type S3DeployAction interface {
	Action
}

type s3DeployAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    S3DeployActionProps
}

// NewS3DeployAction makes an S3 deploy action.
func NewS3DeployAction(props *S3DeployActionProps) S3DeployAction {
	if props == nil || props.Bucket == nil || props.Input == nil {
		requireProps("S3DeployActionProps", "ActionName", "Bucket", "Input")
	}
	a := &s3DeployAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Resource: props.Bucket, Category: awscodepipeline.ActionCategory_DEPLOY, Provider: jsii.String("S3"),
		ArtifactBounds: deployBounds(), Inputs: &[]awscodepipeline.Artifact{props.Input},
	}
	awscodepipeline.NewAction_Override(a)
	return a
}

// NewS3DeployAction_Override initialises outer, a type embedding S3DeployAction.
func NewS3DeployAction_Override(s S3DeployAction, props *S3DeployActionProps) {
	overrideAction(s, NewS3DeployAction(props))
}

func (a *s3DeployAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *s3DeployAction) Bound(_ constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	p := a.props
	p.Bucket.GrantWrite(options.Role, nil, nil)
	if p.AccessControl != "" {
		p.Bucket.GrantPutAcl(options.Role, nil)
	}
	options.Bucket.GrantRead(options.Role, nil)
	if p.EncryptionKey != nil {
		p.EncryptionKey.GrantEncrypt(options.Role)
	}
	cfg := ojson.New()
	cfg.Set("BucketName", p.Bucket.BucketName())
	if p.Extract != nil && !*p.Extract {
		cfg.Set("Extract", "false")
	} else {
		cfg.Set("Extract", "true")
	}
	if p.ObjectKey != nil {
		cfg.Set("ObjectKey", p.ObjectKey)
	}
	if p.AccessControl != "" {
		// The enum member in kebab case: PUBLIC_READ is "public-read".
		cfg.Set("CannedACL", strings.ReplaceAll(strings.ToLower(string(p.AccessControl)), "_", "-"))
	}
	if p.CacheControl != nil {
		vals := make([]string, len(*p.CacheControl))
		for i, c := range *p.CacheControl {
			vals[i] = deref(c.Value())
		}
		cfg.Set("CacheControl", strings.Join(vals, ", "))
	}
	if p.EncryptionKey != nil {
		cfg.Set("KMSEncryptionKeyARN", p.EncryptionKey.KeyArn())
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}

// EcsDeployActionProps are the props of NewEcsDeployAction.
type EcsDeployActionProps struct {
	ActionName         *string             `field:"required" json:"actionName" yaml:"actionName"`
	RunOrder           *float64            `field:"optional" json:"runOrder" yaml:"runOrder"`
	VariablesNamespace *string             `field:"optional" json:"variablesNamespace" yaml:"variablesNamespace"`
	Role               awsiam.IRole        `field:"optional" json:"role" yaml:"role"`
	Service            awsecs.IBaseService `field:"required" json:"service" yaml:"service"`
	// Between 1 and 60 minutes. Default: 60 minutes.
	DeploymentTimeout awscdk.Duration `field:"optional" json:"deploymentTimeout" yaml:"deploymentTimeout"`
	// The image definitions file (exactly one of ImageFile and Input).
	ImageFile awscodepipeline.ArtifactPath `field:"optional" json:"imageFile" yaml:"imageFile"`
	// An artifact holding imagedefinitions.json.
	Input awscodepipeline.Artifact `field:"optional" json:"input" yaml:"input"`
}

// EcsDeployAction deploys new images to an ECS service.
type EcsDeployAction interface {
	Action
}

type ecsDeployAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	props    EcsDeployActionProps
	timeout  *float64
}

// NewEcsDeployAction makes an ECS deploy action.
func NewEcsDeployAction(props *EcsDeployActionProps) EcsDeployAction {
	if props == nil || props.Service == nil {
		requireProps("EcsDeployActionProps", "ActionName", "Service")
	}
	var input awscodepipeline.Artifact
	switch {
	case props.ImageFile != nil && props.Input != nil:
		diag.Panic("", "Exactly one of 'input' or 'imageFile' can be provided in the ECS deploy Action")
	case props.ImageFile != nil:
		input = props.ImageFile.Artifact()
	case props.Input != nil:
		input = props.Input
	default:
		diag.Panic("", "Specifying one of 'input' or 'imageFile' is required for the ECS deploy Action")
	}
	a := &ecsDeployAction{props: *props}
	a.provided = &awscodepipeline.ActionProperties{
		ActionName: props.ActionName, RunOrder: props.RunOrder, VariablesNamespace: props.VariablesNamespace, Role: props.Role,
		Resource: props.Service, Category: awscodepipeline.ActionCategory_DEPLOY, Provider: jsii.String("ECS"),
		ArtifactBounds: deployBounds(), Inputs: &[]awscodepipeline.Artifact{input},
	}
	awscodepipeline.NewAction_Override(a)
	if t := props.DeploymentTimeout; t != nil {
		m := *t.ToMinutes(&awscdk.TimeConversionOptions{Integral: jsii.Bool(true)})
		if m < 1 || m > 60 {
			diag.Panic("", "Deployment timeout must be between 1 and 60 minutes, got: %v", m)
		}
		a.timeout = jsii.Number(math.Round(m))
	}
	return a
}

// NewEcsDeployAction_Override initialises outer, a type embedding EcsDeployAction.
func NewEcsDeployAction_Override(e EcsDeployAction, props *EcsDeployActionProps) {
	overrideAction(e, NewEcsDeployAction(props))
}

func (a *ecsDeployAction) ProvidedActionProperties() *awscodepipeline.ActionProperties {
	return a.provided
}

func (a *ecsDeployAction) Bound(_ constructs.Construct, _ awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("ecs:DescribeServices", "ecs:DescribeTaskDefinition", "ecs:DescribeTasks", "ecs:ListTasks",
			"ecs:RegisterTaskDefinition", "ecs:TagResource", "ecs:UpdateService"),
		Resources: jsii.Strings("*")}))
	options.Role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("iam:PassRole"), Resources: jsii.Strings("*"),
		Conditions: &map[string]interface{}{"StringEqualsIfExists": map[string]interface{}{
			"iam:PassedToService": []interface{}{"ec2.amazonaws.com", "ecs-tasks.amazonaws.com"}}}}))
	options.Bucket.GrantRead(options.Role, nil)
	cfg := ojson.New()
	cfg.Set("ClusterName", a.props.Service.Cluster().ClusterName())
	cfg.Set("ServiceName", a.props.Service.ServiceName())
	if a.props.ImageFile != nil {
		cfg.Set("FileName", a.props.ImageFile.FileName())
	}
	if a.timeout != nil {
		cfg.Set("DeploymentTimeout", a.timeout)
	}
	return &awscodepipeline.ActionConfig{Configuration: cfg}
}
