package awscodebuild

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// BuildEnvironment is the machine and image a project builds on.
type BuildEnvironment struct {
	// Default: LinuxBuildImage_STANDARD_7_0.
	BuildImage IBuildImage `field:"optional" json:"buildImage" yaml:"buildImage"`
	// A PEM certificate in S3 for the build to trust.
	Certificate *BuildEnvironmentCertificate `field:"optional" json:"certificate" yaml:"certificate"`
	// Default: the image's default compute type.
	ComputeType ComputeType `field:"optional" json:"computeType" yaml:"computeType"`
	// A Docker server for the build.
	DockerServer *DockerServerOptions `field:"optional" json:"dockerServer" yaml:"dockerServer"`
	// Variables for the build, before the project's own.
	EnvironmentVariables *map[string]*BuildEnvironmentVariable `field:"optional" json:"environmentVariables" yaml:"environmentVariables"`
	// Run builds on this reserved capacity fleet.
	Fleet IFleet `field:"optional" json:"fleet" yaml:"fleet"`
	// The build host's kernel (Linux images only).
	HostKernel HostKernel `field:"optional" json:"hostKernel" yaml:"hostKernel"`
	// Allow running a Docker daemon (privileged mode).
	Privileged *bool `field:"optional" json:"privileged" yaml:"privileged"`
}

// BuildEnvironmentCertificate is a certificate file in S3.
type BuildEnvironmentCertificate struct {
	Bucket    awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	ObjectKey *string       `field:"required" json:"objectKey" yaml:"objectKey"`
}

// BuildEnvironmentVariable is an environment variable of the build.
type BuildEnvironmentVariable struct {
	// The value, or the parameter name or secret for those types.
	Value interface{} `field:"required" json:"value" yaml:"value"`
	// Default: PLAINTEXT.
	Type BuildEnvironmentVariableType `field:"optional" json:"type" yaml:"type"`
}

// DockerServerOptions configure a project's Docker server.
type DockerServerOptions struct {
	ComputeType    DockerServerComputeType  `field:"required" json:"computeType" yaml:"computeType"`
	SecurityGroups *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
}

// LoggingOptions say where build logs go.
type LoggingOptions struct {
	CloudWatch *CloudWatchLoggingOptions `field:"optional" json:"cloudWatch" yaml:"cloudWatch"`
	S3         *S3LoggingOptions         `field:"optional" json:"s3" yaml:"s3"`
}

// CloudWatchLoggingOptions send build logs to a log group.
type CloudWatchLoggingOptions struct {
	// Default: true.
	Enabled  *bool             `field:"optional" json:"enabled" yaml:"enabled"`
	LogGroup awslogs.ILogGroup `field:"optional" json:"logGroup" yaml:"logGroup"`
	// The log stream name prefix.
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
}

// S3LoggingOptions send build logs to a bucket.
type S3LoggingOptions struct {
	Bucket awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	// Default: true.
	Enabled *bool `field:"optional" json:"enabled" yaml:"enabled"`
	// Default: true.
	Encrypted *bool   `field:"optional" json:"encrypted" yaml:"encrypted"`
	Prefix    *string `field:"optional" json:"prefix" yaml:"prefix"`
}

// BatchBuildConfig is what EnableBatchBuilds returns.
type BatchBuildConfig struct {
	// The role batch builds run as.
	Role awsiam.IRole `field:"required" json:"role" yaml:"role"`
}

// BindToCodePipelineOptions are the options of Project.BindToCodePipeline.
type BindToCodePipelineOptions struct {
	ArtifactBucket awss3.IBucket `field:"required" json:"artifactBucket" yaml:"artifactBucket"`
}

// CommonProjectProps are the props Project and PipelineProject share.
type CommonProjectProps struct {
	AllowAllOutbound                    *bool                                 `field:"optional" json:"allowAllOutbound" yaml:"allowAllOutbound"`
	AutoRetryLimit                      *float64                              `field:"optional" json:"autoRetryLimit" yaml:"autoRetryLimit"`
	Badge                               *bool                                 `field:"optional" json:"badge" yaml:"badge"`
	BuildSpec                           BuildSpec                             `field:"optional" json:"buildSpec" yaml:"buildSpec"`
	Cache                               Cache                                 `field:"optional" json:"cache" yaml:"cache"`
	CheckSecretsInPlainTextEnvVariables *bool                                 `field:"optional" json:"checkSecretsInPlainTextEnvVariables" yaml:"checkSecretsInPlainTextEnvVariables"`
	ConcurrentBuildLimit                *float64                              `field:"optional" json:"concurrentBuildLimit" yaml:"concurrentBuildLimit"`
	Description                         *string                               `field:"optional" json:"description" yaml:"description"`
	EncryptionKey                       awskms.IKey                           `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	Environment                         *BuildEnvironment                     `field:"optional" json:"environment" yaml:"environment"`
	EnvironmentVariables                *map[string]*BuildEnvironmentVariable `field:"optional" json:"environmentVariables" yaml:"environmentVariables"`
	FileSystemLocations                 *[]IFileSystemLocation                `field:"optional" json:"fileSystemLocations" yaml:"fileSystemLocations"`
	GrantReportGroupPermissions         *bool                                 `field:"optional" json:"grantReportGroupPermissions" yaml:"grantReportGroupPermissions"`
	Logging                             *LoggingOptions                       `field:"optional" json:"logging" yaml:"logging"`
	ProjectName                         *string                               `field:"optional" json:"projectName" yaml:"projectName"`
	QueuedTimeout                       awscdk.Duration                       `field:"optional" json:"queuedTimeout" yaml:"queuedTimeout"`
	Role                                awsiam.IRole                          `field:"optional" json:"role" yaml:"role"`
	SecurityGroups                      *[]awsec2.ISecurityGroup              `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SsmSessionPermissions               *bool                                 `field:"optional" json:"ssmSessionPermissions" yaml:"ssmSessionPermissions"`
	SubnetSelection                     *awsec2.SubnetSelection               `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Timeout                             awscdk.Duration                       `field:"optional" json:"timeout" yaml:"timeout"`
	Visibility                          ProjectVisibility                     `field:"optional" json:"visibility" yaml:"visibility"`
	Vpc                                 awsec2.IVpc                           `field:"optional" json:"vpc" yaml:"vpc"`
}

// PipelineProjectProps are the props of NewPipelineProject.
type PipelineProjectProps struct {
	AllowAllOutbound                    *bool                                 `field:"optional" json:"allowAllOutbound" yaml:"allowAllOutbound"`
	AutoRetryLimit                      *float64                              `field:"optional" json:"autoRetryLimit" yaml:"autoRetryLimit"`
	Badge                               *bool                                 `field:"optional" json:"badge" yaml:"badge"`
	BuildSpec                           BuildSpec                             `field:"optional" json:"buildSpec" yaml:"buildSpec"`
	Cache                               Cache                                 `field:"optional" json:"cache" yaml:"cache"`
	CheckSecretsInPlainTextEnvVariables *bool                                 `field:"optional" json:"checkSecretsInPlainTextEnvVariables" yaml:"checkSecretsInPlainTextEnvVariables"`
	ConcurrentBuildLimit                *float64                              `field:"optional" json:"concurrentBuildLimit" yaml:"concurrentBuildLimit"`
	Description                         *string                               `field:"optional" json:"description" yaml:"description"`
	EncryptionKey                       awskms.IKey                           `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	Environment                         *BuildEnvironment                     `field:"optional" json:"environment" yaml:"environment"`
	EnvironmentVariables                *map[string]*BuildEnvironmentVariable `field:"optional" json:"environmentVariables" yaml:"environmentVariables"`
	FileSystemLocations                 *[]IFileSystemLocation                `field:"optional" json:"fileSystemLocations" yaml:"fileSystemLocations"`
	GrantReportGroupPermissions         *bool                                 `field:"optional" json:"grantReportGroupPermissions" yaml:"grantReportGroupPermissions"`
	Logging                             *LoggingOptions                       `field:"optional" json:"logging" yaml:"logging"`
	ProjectName                         *string                               `field:"optional" json:"projectName" yaml:"projectName"`
	QueuedTimeout                       awscdk.Duration                       `field:"optional" json:"queuedTimeout" yaml:"queuedTimeout"`
	Role                                awsiam.IRole                          `field:"optional" json:"role" yaml:"role"`
	SecurityGroups                      *[]awsec2.ISecurityGroup              `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SsmSessionPermissions               *bool                                 `field:"optional" json:"ssmSessionPermissions" yaml:"ssmSessionPermissions"`
	SubnetSelection                     *awsec2.SubnetSelection               `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Timeout                             awscdk.Duration                       `field:"optional" json:"timeout" yaml:"timeout"`
	Visibility                          ProjectVisibility                     `field:"optional" json:"visibility" yaml:"visibility"`
	Vpc                                 awsec2.IVpc                           `field:"optional" json:"vpc" yaml:"vpc"`
}

// ProjectProps are the props of NewProject.
type ProjectProps struct {
	AllowAllOutbound                    *bool                                 `field:"optional" json:"allowAllOutbound" yaml:"allowAllOutbound"`
	AutoRetryLimit                      *float64                              `field:"optional" json:"autoRetryLimit" yaml:"autoRetryLimit"`
	Badge                               *bool                                 `field:"optional" json:"badge" yaml:"badge"`
	BuildSpec                           BuildSpec                             `field:"optional" json:"buildSpec" yaml:"buildSpec"`
	Cache                               Cache                                 `field:"optional" json:"cache" yaml:"cache"`
	CheckSecretsInPlainTextEnvVariables *bool                                 `field:"optional" json:"checkSecretsInPlainTextEnvVariables" yaml:"checkSecretsInPlainTextEnvVariables"`
	ConcurrentBuildLimit                *float64                              `field:"optional" json:"concurrentBuildLimit" yaml:"concurrentBuildLimit"`
	Description                         *string                               `field:"optional" json:"description" yaml:"description"`
	EncryptionKey                       awskms.IKey                           `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	Environment                         *BuildEnvironment                     `field:"optional" json:"environment" yaml:"environment"`
	EnvironmentVariables                *map[string]*BuildEnvironmentVariable `field:"optional" json:"environmentVariables" yaml:"environmentVariables"`
	FileSystemLocations                 *[]IFileSystemLocation                `field:"optional" json:"fileSystemLocations" yaml:"fileSystemLocations"`
	GrantReportGroupPermissions         *bool                                 `field:"optional" json:"grantReportGroupPermissions" yaml:"grantReportGroupPermissions"`
	Logging                             *LoggingOptions                       `field:"optional" json:"logging" yaml:"logging"`
	ProjectName                         *string                               `field:"optional" json:"projectName" yaml:"projectName"`
	QueuedTimeout                       awscdk.Duration                       `field:"optional" json:"queuedTimeout" yaml:"queuedTimeout"`
	Role                                awsiam.IRole                          `field:"optional" json:"role" yaml:"role"`
	SecurityGroups                      *[]awsec2.ISecurityGroup              `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SsmSessionPermissions               *bool                                 `field:"optional" json:"ssmSessionPermissions" yaml:"ssmSessionPermissions"`
	SubnetSelection                     *awsec2.SubnetSelection               `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Timeout                             awscdk.Duration                       `field:"optional" json:"timeout" yaml:"timeout"`
	Visibility                          ProjectVisibility                     `field:"optional" json:"visibility" yaml:"visibility"`
	Vpc                                 awsec2.IVpc                           `field:"optional" json:"vpc" yaml:"vpc"`
	// The secondary outputs; each needs an identifier.
	Artifacts          IArtifacts    `field:"optional" json:"artifacts" yaml:"artifacts"`
	SecondaryArtifacts *[]IArtifacts `field:"optional" json:"secondaryArtifacts" yaml:"secondaryArtifacts"`
	SecondarySources   *[]ISource    `field:"optional" json:"secondarySources" yaml:"secondarySources"`
	// Default: no source (the build spec must then be inline).
	Source ISource `field:"optional" json:"source" yaml:"source"`
}

// Project is a CodeBuild project defined in this app (AWS::CodeBuild::Project).
type Project interface {
	awscdk.Resource
	IProject
	AddFileSystemLocation(fileSystemLocation IFileSystemLocation)
	AddSecondaryArtifact(secondaryArtifact IArtifacts)
	AddSecondarySource(secondarySource ISource)
	// BindToCodePipeline encrypts the project's output with the pipeline
	// bucket's key, when it has one.
	BindToCodePipeline(_scope constructs.Construct, options *BindToCodePipelineOptions)
}

// PipelineProject is a project whose source and artifacts are CodePipeline's.
type PipelineProject interface{ Project }

type project struct {
	projectBase
	resource           CfnProject
	source             ISource
	buildImage         IBuildImage
	secondarySources   []interface{}
	secondaryVersions  []interface{}
	secondaryArtifacts []interface{}
	fileSystems        []interface{}
	encryptionKey      awskms.IKey
	batchRole          awsiam.IRole
	vpcPolicy          awsiam.Policy
	arnMemo, nameMemo  *string
}

// Project_PROPERTY_INJECTION_ID is the id property injectors use for Project.
func Project_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-codebuild.Project") }

// PipelineProject_PROPERTY_INJECTION_ID is the id property injectors use for PipelineProject.
func PipelineProject_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codebuild.PipelineProject")
}

// NewPipelineProject creates a project for a CodePipeline build action.
func NewPipelineProject(scope constructs.Construct, id *string, props *PipelineProjectProps) PipelineProject {
	props = l2.Inject(*PipelineProject_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &PipelineProjectProps{}
	}
	c := CommonProjectProps(*props)
	full := &ProjectProps{
		AllowAllOutbound: c.AllowAllOutbound, AutoRetryLimit: c.AutoRetryLimit, Badge: c.Badge, BuildSpec: c.BuildSpec,
		Cache: c.Cache, CheckSecretsInPlainTextEnvVariables: c.CheckSecretsInPlainTextEnvVariables,
		ConcurrentBuildLimit: c.ConcurrentBuildLimit, Description: c.Description, EncryptionKey: c.EncryptionKey,
		Environment: c.Environment, EnvironmentVariables: c.EnvironmentVariables, FileSystemLocations: c.FileSystemLocations,
		GrantReportGroupPermissions: c.GrantReportGroupPermissions, Logging: c.Logging, ProjectName: c.ProjectName,
		QueuedTimeout: c.QueuedTimeout, Role: c.Role, SecurityGroups: c.SecurityGroups, SsmSessionPermissions: c.SsmSessionPermissions,
		SubnetSelection: c.SubnetSelection, Timeout: c.Timeout, Visibility: c.Visibility, Vpc: c.Vpc,
		Source:    &source{typ: codePipelineType},
		Artifacts: &artifacts{typ: codePipelineType},
	}
	return newProject(scope, id, full)
}

// NewProject creates a CodeBuild project and its service role.
func NewProject(scope constructs.Construct, id *string, props *ProjectProps) Project {
	props = l2.Inject(*Project_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ProjectProps{}
	}
	return newProject(scope, id, props)
}

func newProject(scope constructs.Construct, id *string, props *ProjectProps) *project {
	p := &project{}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ProjectName})
	host.Set(p.Resource, p)
	p.self = p
	p.arn, p.name = p.projectArn, p.projectName
	if props.Role != nil {
		p.role = props.Role
	} else {
		p.role = awsiam.NewRole(p, jsii.String("Role"), &awsiam.RoleProps{
			RoleName:  awscdk.PhysicalName_GENERATE_IF_NEEDED(),
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("codebuild.amazonaws.com"), nil),
		})
	}
	p.grantPrincipal = p.role
	env := props.Environment
	if env == nil {
		env = &BuildEnvironment{}
	}
	p.buildImage = env.BuildImage
	if p.buildImage == nil {
		p.buildImage = LinuxBuildImage_STANDARD_7_0()
	}
	p.source = props.Source
	if p.source == nil {
		p.source = &source{typ: noSourceType}
	}
	sourceConfig := p.source.Bind(p, p)
	if isTrue(props.Badge) && !*p.source.BadgeSupported() {
		l2.Throw(p, "Badge is not supported for source type %s", *p.source.Type())
	}
	arts := props.Artifacts
	if arts == nil {
		if *p.source.Type() == codePipelineType {
			arts = &artifacts{typ: codePipelineType}
		} else {
			arts = &artifacts{typ: "NO_ARTIFACTS"}
		}
	}
	artifactsConfig := arts.Bind(p, p)
	c := props.Cache
	if c == nil {
		c = Cache_None()
	}
	c.bindCache(p)
	buildSpec := props.BuildSpec
	if *p.source.Type() == noSourceType && (buildSpec == nil || !*buildSpec.IsImmediate()) {
		l2.Throw(p, "If the Project's source is NoSource, you need to provide a concrete buildSpec")
	}
	if props.SecondarySources != nil {
		for _, s := range *props.SecondarySources {
			p.AddSecondarySource(s)
		}
	}
	if props.SecondaryArtifacts != nil {
		for _, a := range *props.SecondaryArtifacts {
			p.AddSecondaryArtifact(a)
		}
	}
	srcType, artType := *p.source.Type(), *arts.Type()
	if (srcType == codePipelineType || artType == codePipelineType) && srcType != artType {
		l2.Throw(p, "Both source and artifacts must be set to CodePipeline")
	}
	if props.FileSystemLocations != nil {
		for _, f := range *props.FileSystemLocations {
			p.AddFileSystemLocation(f)
		}
	}
	if r := props.AutoRetryLimit; r != nil && !*awscdk.Token_IsUnresolved(r) && (*r < 0 || *r > 10) {
		l2.Throw(p, "autoRetryLimit must be a value between 0 and 10, got %s.", jsNumber(*r))
	}

	srcProp := *sourceConfig.SourceProperty
	if buildSpec != nil {
		srcProp.BuildSpec = buildSpec.ToBuildSpec(p)
	}
	cfn := &CfnProjectProps{
		Description:   props.Description,
		Source:        &srcProp,
		Artifacts:     artifactsConfig.ArtifactsProperty,
		ServiceRole:   p.role.RoleArn(),
		Environment:   p.renderEnvironment(props, env),
		EncryptionKey: jsii.String("alias/aws/s3"),
		Cache:         c.toCloudFormation(),
		Name:          p.PhysicalName(),
	}
	if props.Badge != nil {
		cfn.BadgeEnabled = props.Badge
	}
	if props.Timeout != nil {
		cfn.TimeoutInMinutes = props.Timeout.ToMinutes(nil)
	}
	if props.QueuedTimeout != nil {
		cfn.QueuedTimeoutInMinutes = props.QueuedTimeout.ToMinutes(nil)
	}
	cfn.ConcurrentBuildLimit = props.ConcurrentBuildLimit
	if sourceConfig.BuildTriggers != nil {
		cfn.Triggers = sourceConfig.BuildTriggers
	}
	cfn.SourceVersion = sourceConfig.SourceVersion
	if vpc := p.configureVpc(props); vpc != nil {
		cfn.VpcConfig = vpc
	}
	if props.Visibility != "" {
		cfn.Visibility = jsii.String(string(props.Visibility))
	}
	if logs := p.renderLogging(props.Logging); logs != nil {
		cfn.LogsConfig = logs
	}
	cfn.AutoRetryLimit = props.AutoRetryLimit
	p.resource = NewCfnProject(p, jsii.String("Resource"), cfn)
	p.syncLists()

	p.addVpcRequiredPermissions(props)
	p.AddToRolePolicy(p.loggingPermission())
	if props.GrantReportGroupPermissions == nil || *props.GrantReportGroupPermissions {
		p.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport",
				"codebuild:BatchPutTestCases", "codebuild:BatchPutCodeCoverages"),
			Resources: &[]*string{reportGroupArn(p, jsii.String(*p.self.ProjectName()+"-*"))},
		}))
	}
	if isTrue(props.SsmSessionPermissions) {
		p.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
				"ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel", "logs:DescribeLogGroups",
				"logs:CreateLogStream", "logs:PutLogEvents", "s3:GetEncryptionConfiguration", "s3:PutObject"),
			Resources: jsii.Strings("*"),
		}))
	}
	if props.EncryptionKey != nil {
		p.setEncryptionKey(props.EncryptionKey)
	}
	if b, ok := p.buildImage.(IBindableBuildImage); ok {
		b.Bind(p, p, &BuildImageBindOptions{})
	}
	p.Node().AddValidation(l2.Validation(p.validateProject))
	return p
}

// syncLists writes the lists that grow after construction into the L1.
func (p *project) syncLists() {
	if p.resource == nil {
		return
	}
	set := func(xs []interface{}) interface{} {
		if len(xs) == 0 {
			return nil
		}
		return append([]interface{}{}, xs...)
	}
	p.resource.SetSecondarySources(set(p.secondarySources))
	p.resource.SetSecondarySourceVersions(set(p.secondaryVersions))
	p.resource.SetSecondaryArtifacts(set(p.secondaryArtifacts))
	p.resource.SetFileSystemLocations(set(p.fileSystems))
	if p.batchRole != nil {
		p.resource.SetBuildBatchConfig(&CfnProject_ProjectBuildBatchConfigProperty{ServiceRole: p.batchRole.RoleArn()})
	}
}

func (p *project) projectArn() *string {
	if p.arnMemo == nil {
		p.arnMemo = p.GetResourceArnAttribute(p.resource.AttrArn(), &awscdk.ArnComponents{
			Service: jsii.String("codebuild"), Resource: jsii.String("project"), ResourceName: p.PhysicalName(),
		})
	}
	return p.arnMemo
}

func (p *project) projectName() *string {
	if p.nameMemo == nil {
		p.nameMemo = p.GetResourceNameAttribute(p.resource.Ref())
	}
	return p.nameMemo
}

func (p *project) validateProject() []string {
	var out []string
	if *p.source.Type() == codePipelineType {
		if len(p.secondarySources) > 0 {
			out = append(out, "A Project with a CodePipeline Source cannot have secondary sources. Use the CodeBuild Pipeline Actions' `extraInputs` property instead")
		}
		if len(p.secondaryArtifacts) > 0 {
			out = append(out, "A Project with a CodePipeline Source cannot have secondary artifacts. Use the CodeBuild Pipeline Actions' `outputs` property instead")
		}
	}
	return out
}

// EnableBatchBuilds creates the batch service role, once.
func (p *project) EnableBatchBuilds() *BatchBuildConfig {
	if p.batchRole == nil {
		role := awsiam.NewRole(p, jsii.String("BatchServiceRole"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("codebuild.amazonaws.com"), nil),
		})
		role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Resources: &[]*string{awscdk.Lazy_String(stringProducer(func() *string { return p.self.ProjectArn() }), nil)},
			Actions:   jsii.Strings("codebuild:StartBuild", "codebuild:StopBuild", "codebuild:RetryBuild"),
		}))
		p.batchRole = role
		p.syncLists()
	}
	return &BatchBuildConfig{Role: p.batchRole}
}

func (p *project) AddSecondarySource(secondarySource ISource) {
	if secondarySource == nil {
		l2.RequireArg(p, "AddSecondarySource", "a source")
	}
	if secondarySource.Identifier() == nil || *secondarySource.Identifier() == "" {
		l2.Throw(p, "The identifier attribute is mandatory for secondary sources")
	}
	cfg := secondarySource.Bind(p, p)
	p.secondarySources = append(p.secondarySources, cfg.SourceProperty)
	if cfg.SourceVersion != nil && *cfg.SourceVersion != "" {
		p.secondaryVersions = append(p.secondaryVersions, &CfnProject_ProjectSourceVersionProperty{
			SourceIdentifier: secondarySource.Identifier(), SourceVersion: cfg.SourceVersion,
		})
	}
	p.syncLists()
}

func (p *project) AddFileSystemLocation(fileSystemLocation IFileSystemLocation) {
	if fileSystemLocation == nil {
		l2.RequireArg(p, "AddFileSystemLocation", "a file system location")
	}
	p.fileSystems = append(p.fileSystems, fileSystemLocation.Bind(p, p).Location)
	p.syncLists()
}

func (p *project) AddSecondaryArtifact(secondaryArtifact IArtifacts) {
	if secondaryArtifact == nil {
		l2.RequireArg(p, "AddSecondaryArtifact", "artifacts")
	}
	if secondaryArtifact.Identifier() == nil || *secondaryArtifact.Identifier() == "" {
		l2.Throw(p, "The identifier attribute is mandatory for secondary artifacts")
	}
	p.secondaryArtifacts = append(p.secondaryArtifacts, secondaryArtifact.Bind(p, p).ArtifactsProperty)
	p.syncLists()
}

func (p *project) BindToCodePipeline(_scope constructs.Construct, options *BindToCodePipelineOptions) {
	if options == nil || options.ArtifactBucket == nil {
		l2.RequireArg(p, "BindToCodePipeline", "an artifact bucket")
	}
	key := options.ArtifactBucket.EncryptionKey()
	if key == nil || p.encryptionKey != nil {
		return
	}
	keyStack, projStack := awscdk.Stack_Of(key), awscdk.Stack_Of(p)
	_, owned := key.(awskms.Key)
	if owned && (*keyStack.Account() != *projStack.Account() || *keyStack.Region() != *projStack.Region()) {
		return
	}
	p.setEncryptionKey(key)
}

func (p *project) setEncryptionKey(key awskms.IKey) {
	p.encryptionKey = key
	p.resource.SetEncryptionKey(key.KeyArn())
	key.GrantEncryptDecrypt(p)
}

func (p *project) loggingPermission() awsiam.PolicyStatement {
	arn := awscdk.Stack_Of(p).FormatArn(&awscdk.ArnComponents{
		Service: jsii.String("logs"), Resource: jsii.String("log-group"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
		ResourceName: jsii.String("/aws/codebuild/" + *p.self.ProjectName()),
	})
	return awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: &[]*string{arn, jsii.String(*arn + ":*")},
		Actions:   jsii.Strings("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"),
	})
}

func isLambdaImage(b IBuildImage) bool {
	bi, ok := b.(*buildImage)
	return ok && bi.isLambda()
}

func (p *project) renderEnvironment(props *ProjectProps, env *BuildEnvironment) *CfnProject_EnvironmentProperty {
	order, vars := mergeVars(env.EnvironmentVariables, props.EnvironmentVariables)
	errs := strs(p.buildImage.Validate(env))
	if isLambdaImage(p.buildImage) {
		if props.Timeout != nil {
			errs = append(errs, "Cannot specify timeout for Lambda compute")
		}
		if props.QueuedTimeout != nil {
			errs = append(errs, "Cannot specify queuedTimeout for Lambda compute")
		}
		if props.Cache != nil {
			errs = append(errs, "Cannot specify cache for Lambda compute")
		}
		if isTrue(props.Badge) {
			errs = append(errs, "Cannot enable badge for Lambda compute")
		}
	}
	if len(errs) > 0 {
		l2.Throw(p, "Invalid CodeBuild environment: %s", strings.Join(errs, "\n"))
	}
	var pull ImagePullPrincipalType
	if !isLambdaImage(p.buildImage) {
		pull = ImagePullPrincipalType_SERVICE_ROLE
		if p.buildImage.ImagePullPrincipalType() == ImagePullPrincipalType_CODEBUILD {
			pull = ImagePullPrincipalType_CODEBUILD
		}
	}
	if repo := p.buildImage.Repository(); repo != nil {
		if pull == ImagePullPrincipalType_SERVICE_ROLE {
			repo.GrantPull(p)
		} else {
			st := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("codebuild.amazonaws.com"), nil)},
				Actions:    jsii.Strings("ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability"),
			})
			st.SetSid(jsii.String("CodeBuild"))
			repo.AddToResourcePolicy(st)
		}
	}
	secret := p.buildImage.SecretsManagerCredentials()
	if pull == ImagePullPrincipalType_SERVICE_ROLE && secret != nil {
		secret.GrantRead(p, nil)
	}
	out := &CfnProject_EnvironmentProperty{
		Type:           p.buildImage.Type(),
		Image:          p.buildImage.ImageId(),
		PrivilegedMode: isTrue(env.Privileged),
	}
	if pull != "" {
		out.ImagePullCredentialsType = jsii.String(string(pull))
	}
	if secret != nil {
		cred := secret.SecretFullArn()
		if cred == nil {
			cred = secret.SecretName()
		}
		out.RegistryCredential = &CfnProject_RegistryCredentialProperty{CredentialProvider: jsii.String("SECRETS_MANAGER"), Credential: cred}
	}
	if env.Certificate != nil && env.Certificate.Bucket != nil {
		out.Certificate = env.Certificate.Bucket.ArnForObjects(env.Certificate.ObjectKey)
	}
	if env.Fleet != nil {
		f := env.Fleet
		if *awscdk.Token_IsUnresolved(f.FleetArn()) && *p.buildImage.Type() != string(f.EnvironmentType()) {
			l2.Throw(p, "The environment type of the fleet (%s) must match the environment type of the build image (%s)",
				string(f.EnvironmentType()), *p.buildImage.Type())
		}
		out.Fleet = &CfnProject_ProjectFleetProperty{FleetArn: f.FleetArn()}
	}
	if env.HostKernel != "" {
		out.HostKernel = jsii.String(string(env.HostKernel))
	}
	ct := env.ComputeType
	if ct == "" {
		ct = p.buildImage.DefaultComputeType()
	}
	out.ComputeType = jsii.String(ct.value())
	if len(order) > 0 {
		check := props.CheckSecretsInPlainTextEnvVariables == nil || *props.CheckSecretsInPlainTextEnvVariables
		out.EnvironmentVariables = serializeEnvVariables(p, order, vars, check, p)
	}
	if ds := env.DockerServer; ds != nil {
		d := &CfnProject_DockerServerProperty{ComputeType: jsii.String(ds.ComputeType.value())}
		if ds.SecurityGroups != nil {
			ids := []*string{}
			for _, sg := range *ds.SecurityGroups {
				ids = append(ids, sg.SecurityGroupId())
			}
			d.SecurityGroupIds = &ids
		}
		out.DockerServer = d
	}
	return out
}

// mergeVars merges the environment's variables with the project's, in the
// order aws-cdk-lib sees them (jsii hands it each map with sorted keys).
func mergeVars(first, second *map[string]*BuildEnvironmentVariable) ([]string, map[string]*BuildEnvironmentVariable) {
	var order []string
	vars := map[string]*BuildEnvironmentVariable{}
	for _, m := range []*map[string]*BuildEnvironmentVariable{first, second} {
		if m == nil {
			continue
		}
		keys := make([]string, 0, len(*m))
		for k := range *m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if _, seen := vars[k]; !seen {
				order = append(order, k)
			}
			vars[k] = (*m)[k]
		}
	}
	return order, vars
}

// Project_SerializeEnvVariables renders environment variables for
// CloudFormation and, given a principal, grants it access to the
// parameters and secrets they name.
func Project_SerializeEnvVariables(environmentVariables *map[string]*BuildEnvironmentVariable, validateNoPlainTextSecrets *bool, principal awsiam.IGrantable) *[]*CfnProject_EnvironmentVariableProperty {
	order, vars := mergeVars(environmentVariables, nil)
	var scope constructs.IConstruct
	if c, ok := principal.(constructs.IConstruct); ok {
		scope = c
	}
	return serializeEnvVariables(scope, order, vars, isTrue(validateNoPlainTextSecrets), principal)
}

func envValueString(v interface{}) *string {
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return jsii.String(x)
	case *string:
		return x
	case float64:
		return jsii.String(jsNumber(x))
	case *float64:
		if x == nil {
			return nil
		}
		if *awscdk.Token_IsUnresolved(x) {
			return awscdk.Tokenization_StringifyNumber(x)
		}
		return jsii.String(jsNumber(*x))
	case int:
		return jsii.String(strconv.Itoa(x))
	case bool:
		return jsii.String(strconv.FormatBool(x))
	case *bool:
		if x == nil {
			return nil
		}
		return jsii.String(strconv.FormatBool(*x))
	case awscdk.IResolvable:
		return awscdk.Token_AsString(x, nil)
	}
	return jsii.String(fmt.Sprint(v))
}

func jsNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func serializeEnvVariables(scope constructs.IConstruct, order []string, vars map[string]*BuildEnvironmentVariable, validate bool, principal awsiam.IGrantable) *[]*CfnProject_EnvironmentVariableProperty {
	ret := []*CfnProject_EnvironmentVariableProperty{}
	var ssm, kms []*string
	var secrets []*string
	seen := map[string]bool{}
	addUnique := func(list *[]*string, s *string) {
		if !seen[*s] {
			seen[*s] = true
			*list = append(*list, s)
		}
	}
	for _, name := range order {
		v := vars[name]
		if v == nil {
			v = &BuildEnvironmentVariable{}
		}
		typ := v.Type
		if typ == "" {
			typ = BuildEnvironmentVariableType_PLAINTEXT
		}
		value := envValueString(v.Value)
		ret = append(ret, &CfnProject_EnvironmentVariableProperty{Name: jsii.String(name), Type: jsii.String(string(typ)), Value: value})
		if validate && typ == BuildEnvironmentVariableType_PLAINTEXT && containsSecret(v.Value, value) {
			diag.Panic(pathOf(scope), "Plaintext environment variable '%s' contains a secret value! This means the value of this variable will be visible in plain text in the AWS Console. Please consider using CodeBuild's SecretsManager environment variables feature instead. If you'd like to continue with having this secret in the plaintext environment variables, please set the checkSecretsInPlainTextEnvVariables property to false", name)
		}
		if principal == nil {
			continue
		}
		pc, ok := principal.(constructs.IConstruct)
		if !ok {
			continue
		}
		stack := awscdk.Stack_Of(pc)
		val := deref(value)
		switch typ {
		case BuildEnvironmentVariableType_PARAMETER_STORE:
			ssm = append(ssm, stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("ssm"), Resource: jsii.String("parameter"),
				ResourceName: jsii.String(strings.TrimPrefix(val, "/"))}))
		case BuildEnvironmentVariableType_SECRETS_MANAGER:
			switch {
			case strings.HasPrefix(val, "arn:"):
				parsed := stack.SplitArn(value, awscdk.ArnFormat_COLON_RESOURCE_NAME)
				if parsed.ResourceName == nil || *parsed.ResourceName == "" {
					diag.Panic(pathOf(scope), "SecretManager ARN is missing the name of the secret: %s", val)
				}
				secretName := strings.SplitN(*parsed.ResourceName, ":", 2)[0]
				addUnique(&secrets, stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("secretsmanager"), Resource: jsii.String("secret"),
					ResourceName: jsii.String(secretName + "*"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
					Partition: parsed.Partition, Account: parsed.Account, Region: parsed.Region}))
				if parsed.Account != nil && *parsed.Account != "" && awscdk.Token_CompareStrings(parsed.Account, stack.Account()) == awscdk.TokenComparison_DIFFERENT() {
					addUnique(&kms, stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("kms"), Resource: jsii.String("key"),
						ResourceName: jsii.String("*"), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME,
						Partition: parsed.Partition, Account: parsed.Account, Region: parsed.Region}))
				}
			case *awscdk.Token_IsUnresolved(value):
				secretArn := strings.SplitN(val, ":", 2)[0]
				frags := awscdk.Tokenization_ReverseString(value)
				if toks := frags.Tokens(); toks != nil && len(*toks) == 1 && *awscdk.Reference_IsReference((*toks)[0]) {
					if ref, ok := (*toks)[0].(awscdk.Reference); ok {
						rstack := awscdk.Stack_Of(ref.Target())
						if awscdk.Token_CompareStrings(stack.Account(), rstack.Account()) == awscdk.TokenComparison_DIFFERENT() {
							addUnique(&kms, stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("kms"), Resource: jsii.String("key"),
								ResourceName: jsii.String("*"), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME,
								Partition: rstack.Partition(), Account: rstack.Account(), Region: rstack.Region()}))
							secretArn += "-??????"
						}
					}
				}
				addUnique(&secrets, jsii.String(secretArn))
			default:
				secretName := strings.SplitN(val, ":", 2)[0]
				addUnique(&secrets, stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("secretsmanager"), Resource: jsii.String("secret"),
					ResourceName: jsii.String(secretName + "-??????"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME}))
			}
		}
	}
	if principal != nil {
		gp := principal.GrantPrincipal()
		if len(ssm) > 0 {
			gp.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("ssm:GetParameters"), Resources: &ssm}))
		}
		if len(secrets) > 0 {
			gp.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("secretsmanager:GetSecretValue"), Resources: &secrets}))
		}
		if len(kms) > 0 {
			gp.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("kms:Decrypt"), Resources: &kms}))
		}
	}
	return &ret
}

// containsSecret reports whether a plaintext value is, or embeds, a SecretValue.
func containsSecret(raw interface{}, value *string) bool {
	if *awscdk.SecretValue_IsSecretValue(raw) {
		return true
	}
	if value == nil || !*awscdk.Token_IsUnresolved(value) {
		return false
	}
	toks := awscdk.Tokenization_ReverseString(value).Tokens()
	if toks == nil {
		return false
	}
	for _, t := range *toks {
		if *awscdk.SecretValue_IsSecretValue(t) {
			return true
		}
	}
	return false
}

func (p *project) configureVpc(props *ProjectProps) *CfnProject_VpcConfigProperty {
	if (props.SecurityGroups != nil || props.AllowAllOutbound != nil) && props.Vpc == nil {
		l2.Throw(p, "Cannot configure 'securityGroup' or 'allowAllOutbound' without configuring a VPC")
	}
	if props.Vpc == nil {
		return nil
	}
	if props.Environment != nil && props.Environment.Fleet != nil {
		awscdk.Annotations_Of(p).AddWarningV2(jsii.String("@aws-cdk/aws-codebuild:noUselessProjectVpc"),
			jsii.String("Project 'vpc' does nothing when using a Fleet. Configure the VPC on the fleet instead."))
	}
	hasSGs := props.SecurityGroups != nil && len(*props.SecurityGroups) > 0
	if hasSGs && props.AllowAllOutbound != nil {
		l2.Throw(p, "Configure 'allowAllOutbound' directly on the supplied SecurityGroup.")
	}
	var sgs []awsec2.ISecurityGroup
	if hasSGs {
		sgs = *props.SecurityGroups
	} else {
		sgs = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(p, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{
			Vpc:              props.Vpc,
			Description:      jsii.String("Automatic generated security group for CodeBuild " + *awscdk.Names_UniqueId(p)),
			AllowAllOutbound: props.AllowAllOutbound,
		})}
	}
	p.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs})
	ids := []*string{}
	for _, sg := range *p.connections.SecurityGroups() {
		ids = append(ids, sg.SecurityGroupId())
	}
	return &CfnProject_VpcConfigProperty{
		VpcId:            props.Vpc.VpcId(),
		Subnets:          props.Vpc.SelectSubnets(props.SubnetSelection).SubnetIds,
		SecurityGroupIds: &ids,
	}
}

func (p *project) renderLogging(props *LoggingOptions) *CfnProject_LogsConfigProperty {
	if props == nil {
		return nil
	}
	out := &CfnProject_LogsConfigProperty{}
	if s3l := props.S3; s3l != nil {
		status := "ENABLED"
		if isFalse(s3l.Enabled) {
			status = "DISABLED"
		}
		loc := *s3l.Bucket.BucketName()
		if s3l.Prefix != nil && *s3l.Prefix != "" {
			loc += "/" + *s3l.Prefix
		}
		cfg := &CfnProject_S3LogsConfigProperty{Status: jsii.String(status), Location: jsii.String(loc)}
		if s3l.Encrypted != nil {
			cfg.EncryptionDisabled = !*s3l.Encrypted
		}
		out.S3Logs = cfg
		s3l.Bucket.GrantWrite(p, nil, nil)
	}
	if cw := props.CloudWatch; cw != nil {
		status := "ENABLED"
		if isFalse(cw.Enabled) {
			status = "DISABLED"
		}
		if status == "ENABLED" && cw.LogGroup == nil {
			l2.Throw(p, "Specifying a LogGroup is required if CloudWatch logging for CodeBuild is enabled")
		}
		cfg := &CfnProject_CloudWatchLogsConfigProperty{Status: jsii.String(status), StreamName: cw.Prefix}
		if cw.LogGroup != nil {
			cw.LogGroup.GrantWrite(p)
			cfg.GroupName = cw.LogGroup.LogGroupRef().LogGroupName
		}
		out.CloudWatchLogs = cfg
	}
	return out
}

func (p *project) addVpcRequiredPermissions(props *ProjectProps) {
	if props.Vpc == nil || p.role == nil {
		return
	}
	subnets := []interface{}{}
	for _, id := range *props.Vpc.SelectSubnets(props.SubnetSelection).SubnetIds {
		subnets = append(subnets, jsii.String("arn:"+*awscdk.Aws_PARTITION()+":ec2:"+*awscdk.Aws_REGION()+":"+*awscdk.Aws_ACCOUNT_ID()+":subnet/"+*id))
	}
	st := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: jsii.Strings("arn:" + *awscdk.Aws_PARTITION() + ":ec2:" + *awscdk.Aws_REGION() + ":" + *awscdk.Aws_ACCOUNT_ID() + ":network-interface/*"),
		Actions:   jsii.Strings("ec2:CreateNetworkInterfacePermission"),
	})
	// An ordered object: aws-cdk-lib writes the subnet condition first.
	cond := ojson.New()
	cond.Set("ec2:Subnet", subnets)
	cond.Set("ec2:AuthorizedService", "codebuild.amazonaws.com")
	st.AddCondition(jsii.String("StringEquals"), cond)
	p.role.AddToPrincipalPolicy(st)
	// One policy per role: a project sharing its role with an earlier VPC
	// project depends on that project's policy (aws-cdk-lib marks the role).
	if shared := p.sharedVpcPolicy(); shared != nil {
		p.vpcPolicy = shared
		p.resource.Node().AddDependency(shared)
		return
	}
	policy := awsiam.NewPolicy(p, jsii.String("PolicyDocument"), &awsiam.PolicyProps{
		Statements: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Resources: jsii.Strings("*"),
			Actions: jsii.Strings("ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface",
				"ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeDhcpOptions", "ec2:DescribeVpcs"),
		})},
	})
	p.role.AttachInlinePolicy(policy)
	p.vpcPolicy = policy
	p.resource.Node().AddDependency(policy)
}

// sharedVpcPolicy is the VPC policy an earlier project made for this
// project's role, if any.
func (p *project) sharedVpcPolicy() awsiam.Policy {
	for _, c := range *p.Node().Root().Node().FindAll(constructs.ConstructOrder_PREORDER) {
		other, ok := c.(*project)
		if !ok || other == p || other.vpcPolicy == nil || other.role != p.role {
			continue
		}
		return other.vpcPolicy
	}
	return nil
}

func strs(p *[]*string) []string {
	if p == nil {
		return nil
	}
	out := make([]string, 0, len(*p))
	for _, s := range *p {
		if s != nil {
			out = append(out, *s)
		}
	}
	return out
}

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }
