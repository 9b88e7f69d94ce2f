package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// TenancyConfig is a function's tenant isolation mode.
type TenancyConfig interface {
	TenancyConfigProperty() *CfnFunction_TenancyConfigProperty
}

type tenancyConfig struct{ mode *string }

// NewTenancyConfig is the tenant isolation mode named mode.
func NewTenancyConfig(mode *string) TenancyConfig { return &tenancyConfig{mode: mode} }

// NewTenancyConfig_Override initialises outer, a type embedding TenancyConfig.
func NewTenancyConfig_Override(outer TenancyConfig, mode *string) {
	l2.Override(outer, NewTenancyConfig(mode))
}

// TenancyConfig_PER_TENANT runs each tenant in its own execution environments.
func TenancyConfig_PER_TENANT() TenancyConfig { return NewTenancyConfig(jsii.String("PER_TENANT")) }

func (t *tenancyConfig) TenancyConfigProperty() *CfnFunction_TenancyConfigProperty {
	return &CfnFunction_TenancyConfigProperty{TenantIsolationMode: t.mode}
}

// isolated reports whether t sets a tenant isolation mode.
func isolated(t TenancyConfig) bool {
	if t == nil {
		return false
	}
	p := t.TenancyConfigProperty()
	return p != nil && p.TenantIsolationMode != nil
}

// RuntimeManagementMode says when Lambda updates a function's runtime.
type RuntimeManagementMode interface {
	Arn() *string
	Mode() *string
	RuntimeManagementConfig() *CfnFunction_RuntimeManagementConfigProperty
}

type runtimeManagementMode struct{ mode, arn *string }

// NewRuntimeManagementMode is the mode named mode, pinned to the runtime
// version arn when given.
func NewRuntimeManagementMode(mode *string, arn *string) RuntimeManagementMode {
	return &runtimeManagementMode{mode: mode, arn: arn}
}

// NewRuntimeManagementMode_Override initialises outer, a type embedding RuntimeManagementMode.
func NewRuntimeManagementMode_Override(outer RuntimeManagementMode, mode *string, arn *string) {
	l2.Override(outer, NewRuntimeManagementMode(mode, arn))
}

// RuntimeManagementMode_AUTO updates the runtime automatically.
func RuntimeManagementMode_AUTO() RuntimeManagementMode {
	return NewRuntimeManagementMode(jsii.String("Auto"), nil)
}

// RuntimeManagementMode_FUNCTION_UPDATE updates the runtime when the function changes.
func RuntimeManagementMode_FUNCTION_UPDATE() RuntimeManagementMode {
	return NewRuntimeManagementMode(jsii.String("FunctionUpdate"), nil)
}

// RuntimeManagementMode_Manual pins the runtime version arn.
func RuntimeManagementMode_Manual(arn *string) RuntimeManagementMode {
	return NewRuntimeManagementMode(jsii.String("Manual"), arn)
}

func (r *runtimeManagementMode) Arn() *string  { return r.arn }
func (r *runtimeManagementMode) Mode() *string { return r.mode }
func (r *runtimeManagementMode) RuntimeManagementConfig() *CfnFunction_RuntimeManagementConfigProperty {
	c := &CfnFunction_RuntimeManagementConfigProperty{UpdateRuntimeOn: r.mode}
	if r.arn != nil && *r.arn != "" {
		c.RuntimeVersionArn = r.arn
	}
	return c
}

// SnapStartConf is a function's SnapStart setting.
type SnapStartConf interface {
	// render is the SnapStart property (unexported: SnapStartConf has no
	// public members in aws-cdk-go).
	render() *CfnFunction_SnapStartProperty
}

type snapStartConf struct{ applyOn string }

func (s *snapStartConf) render() *CfnFunction_SnapStartProperty {
	return &CfnFunction_SnapStartProperty{ApplyOn: jsii.String(s.applyOn)}
}

// SnapStartConf_ON_PUBLISHED_VERSIONS snapshots published versions.
func SnapStartConf_ON_PUBLISHED_VERSIONS() SnapStartConf {
	return &snapStartConf{applyOn: "PublishedVersions"}
}

// NewSnapStartConf_Override initialises outer, a type embedding
// SnapStartConf, as ON_PUBLISHED_VERSIONS (the one value aws-cdk-lib has).
func NewSnapStartConf_Override(outer SnapStartConf) {
	l2.Override(outer, SnapStartConf_ON_PUBLISHED_VERSIONS())
}

// DurableConfig makes a function durable: its executions checkpoint and
// resume.
type DurableConfig struct {
	// How long an execution may run (1 second to 366 days).
	ExecutionTimeout awscdk.Duration `field:"required" json:"executionTimeout" yaml:"executionTimeout"`
	// How long execution history is kept (1 to 90 days).
	RetentionPeriod awscdk.Duration `field:"optional" json:"retentionPeriod" yaml:"retentionPeriod"`
}

// FileSystemConfig is a file system a function mounts.
type FileSystemConfig struct {
	// The ARN of the access point.
	Arn *string `field:"required" json:"arn" yaml:"arn"`
	// Where the function sees it: /mnt/<name>.
	LocalMountPath *string `field:"required" json:"localMountPath" yaml:"localMountPath"`
	// The file system's connections, which the function is allowed to reach.
	Connections awsec2.Connections `field:"optional" json:"connections" yaml:"connections"`
	// What the function must wait for (mount targets).
	Dependency *[]constructs.IDependable `field:"optional" json:"dependency" yaml:"dependency"`
	// Statements added to the function's role.
	Policies *[]awsiam.PolicyStatement `field:"optional" json:"policies" yaml:"policies"`

	// s3FilesDirectRead is the direct-read mode of an S3 Files mount
	// (FileSystem_FromS3FilesAccessPoint), hidden from jsii in aws-cdk-lib
	// as here; copying the config keeps it, as spreading it does there.
	s3FilesDirectRead string
}

// FileSystem is a file system mounted by a function (the Filesystem prop).
type FileSystem interface {
	Config() *FileSystemConfig
}

type fileSystem struct{ config *FileSystemConfig }

// NewFileSystem is a file system described by config.
func NewFileSystem(config *FileSystemConfig) FileSystem { return &fileSystem{config: config} }

// NewFileSystem_Override initialises outer, a type embedding FileSystem.
func NewFileSystem_Override(outer FileSystem, config *FileSystemConfig) {
	l2.Override(outer, NewFileSystem(config))
}

func (f *fileSystem) Config() *FileSystemConfig { return f.config }
