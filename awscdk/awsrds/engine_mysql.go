package awsrds

import (
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// AuroraMysqlEngineVersion is a version of Aurora MySQL.
type AuroraMysqlEngineVersion interface {
	AuroraMysqlFullVersion() *string
	AuroraMysqlMajorVersion() *string
}

type auroraMysqlVersion struct {
	full, major             string
	combineRoles, autoPause bool
}

func (v *auroraMysqlVersion) AuroraMysqlFullVersion() *string  { return jsii.String(v.full) }
func (v *auroraMysqlVersion) AuroraMysqlMajorVersion() *string { return jsii.String(v.major) }

// AuroraMysqlEngineVersion_Of is a version this package does not name yet
// (major version default "5.7").
func AuroraMysqlEngineVersion_Of(auroraMysqlFullVersion *string, auroraMysqlMajorVersion *string) AuroraMysqlEngineVersion {
	major := "5.7"
	if auroraMysqlMajorVersion != nil {
		major = *auroraMysqlMajorVersion
	}
	return &auroraMysqlVersion{full: deref(auroraMysqlFullVersion), major: major}
}

// AuroraMysqlClusterEngineProps choose the Aurora MySQL version.
type AuroraMysqlClusterEngineProps struct {
	Version AuroraMysqlEngineVersion `field:"required" json:"version" yaml:"version"`
}

func newAuroraMysql(v AuroraMysqlEngineVersion) IClusterEngine {
	e := &clusterEngine{
		engineBase: engineBase{engineType: "aurora-mysql", family: "MYSQL",
			single: awssecretsmanager.SecretRotationApplication_MYSQL_ROTATION_SINGLE_USER,
			multi:  awssecretsmanager.SecretRotationApplication_MYSQL_ROTATION_MULTI_USER},
		defaultPGID: "AuroraMySqlDatabaseClusterEngineDefaultParameterGroup",
		logTypes:    []string{"error", "general", "slowquery", "audit", "instance", "iam-db-auth-error"},
		features:    &ClusterEngineFeatures{},
	}
	if v == nil {
		// An unversioned Aurora MySQL still names its major version's family.
		e.version = &EngineVersion{MajorVersion: jsii.String("5.7")}
		e.pgFamily = jsii.String("aurora-mysql5.7")
		return e
	}
	e.setVersion(v.AuroraMysqlFullVersion(), deref(v.AuroraMysqlMajorVersion()))
	if mv, ok := v.(*auroraMysqlVersion); ok {
		if mv.combineRoles {
			e.combineRoles = jsii.Bool(true)
		}
		if mv.autoPause {
			e.features.ServerlessV2AutoPauseSupported = jsii.Bool(true)
		}
	}
	return e
}

// DatabaseClusterEngine_AuroraMysql is Aurora MySQL at a given version.
func DatabaseClusterEngine_AuroraMysql(props *AuroraMysqlClusterEngineProps) IClusterEngine {
	if props == nil || props.Version == nil {
		l2.RequireArg(nil, "DatabaseClusterEngine_AuroraMysql", "props.Version")
	}
	return newAuroraMysql(props.Version)
}

// DatabaseClusterEngine_AURORA_MYSQL is Aurora MySQL without a full version (major 5.7).
func DatabaseClusterEngine_AURORA_MYSQL() IClusterEngine { return newAuroraMysql(nil) }

// MariaDbEngineVersion is a version of RDS for MariaDB.
type MariaDbEngineVersion interface {
	MariaDbFullVersion() *string
	MariaDbMajorVersion() *string
}

type mariaDbVersion struct{ full, major string }

func (v *mariaDbVersion) MariaDbFullVersion() *string  { return jsii.String(v.full) }
func (v *mariaDbVersion) MariaDbMajorVersion() *string { return jsii.String(v.major) }

// MariaDbEngineVersion_Of is a version this package does not name yet.
func MariaDbEngineVersion_Of(mariaDbFullVersion *string, mariaDbMajorVersion *string) MariaDbEngineVersion {
	return &mariaDbVersion{full: deref(mariaDbFullVersion), major: deref(mariaDbMajorVersion)}
}

// MariaDbInstanceEngineProps choose the MariaDB version.
type MariaDbInstanceEngineProps struct {
	Version MariaDbEngineVersion `field:"required" json:"version" yaml:"version"`
}

type mariaDbEngine struct{ instanceEngine }

func (e *mariaDbEngine) BindToInstance(scope constructs.Construct, options *InstanceEngineBindOptions) *InstanceEngineConfig {
	if options != nil && options.Domain != nil {
		l2.Throw(scope, "domain property cannot be configured for %s", e.engineType)
	}
	return e.instanceEngine.BindToInstance(scope, options)
}

func newMariaDb(v MariaDbEngineVersion) IInstanceEngine {
	e := &mariaDbEngine{instanceEngine{engineBase: engineBase{engineType: "mariadb", family: "MYSQL",
		single: awssecretsmanager.SecretRotationApplication_MARIADB_ROTATION_SINGLE_USER,
		multi:  awssecretsmanager.SecretRotationApplication_MARIADB_ROTATION_MULTI_USER}, replicaBackups: true}}
	if v != nil {
		e.setVersion(v.MariaDbFullVersion(), deref(v.MariaDbMajorVersion()))
	}
	return e
}

// DatabaseInstanceEngine_MariaDb is RDS for MariaDB at a given version.
func DatabaseInstanceEngine_MariaDb(props *MariaDbInstanceEngineProps) IInstanceEngine {
	if props == nil || props.Version == nil {
		l2.RequireArg(nil, "DatabaseInstanceEngine_MariaDb", "props.Version")
	}
	return newMariaDb(props.Version)
}

// DatabaseInstanceEngine_MARIADB is RDS for MariaDB without a version.
func DatabaseInstanceEngine_MARIADB() IInstanceEngine { return newMariaDb(nil) }

// AuroraEngineVersion is a version of the original Aurora (MySQL 5.6
// compatible), deprecated in favour of AuroraMysqlEngineVersion.
type AuroraEngineVersion interface {
	AuroraFullVersion() *string
	AuroraMajorVersion() *string
}

type auroraVersion struct{ full, major string }

func (v *auroraVersion) AuroraFullVersion() *string  { return jsii.String(v.full) }
func (v *auroraVersion) AuroraMajorVersion() *string { return jsii.String(v.major) }

// AuroraEngineVersion_Of is a version this package does not name (major
// version default "5.6").
func AuroraEngineVersion_Of(auroraFullVersion *string, auroraMajorVersion *string) AuroraEngineVersion {
	major := "5.6"
	if auroraMajorVersion != nil {
		major = *auroraMajorVersion
	}
	return &auroraVersion{full: deref(auroraFullVersion), major: major}
}

// AuroraClusterEngineProps choose the version of the original Aurora.
type AuroraClusterEngineProps struct {
	Version AuroraEngineVersion `field:"required" json:"version" yaml:"version"`
}

// newAurora is the original Aurora engine ("aurora"): MySQL's family and
// rotation applications, no default parameter group and no default port.
func newAurora(v AuroraEngineVersion) IClusterEngine {
	e := &clusterEngine{
		engineBase: engineBase{engineType: "aurora", family: "MYSQL",
			single: awssecretsmanager.SecretRotationApplication_MYSQL_ROTATION_SINGLE_USER,
			multi:  awssecretsmanager.SecretRotationApplication_MYSQL_ROTATION_MULTI_USER},
		logTypes: []string{"error", "general", "slowquery", "audit", "instance", "iam-db-auth-error"},
		features: &ClusterEngineFeatures{},
	}
	if v == nil {
		e.version = &EngineVersion{MajorVersion: jsii.String("5.6")}
		e.pgFamily = jsii.String("aurora5.6")
		return e
	}
	e.setVersion(v.AuroraFullVersion(), deref(v.AuroraMajorVersion()))
	return e
}

// DatabaseClusterEngine_Aurora is the original Aurora at a given version
// (deprecated: use DatabaseClusterEngine_AuroraMysql).
func DatabaseClusterEngine_Aurora(props *AuroraClusterEngineProps) IClusterEngine {
	if props == nil || props.Version == nil {
		l2.RequireArg(nil, "DatabaseClusterEngine_Aurora", "props.Version")
	}
	return newAurora(props.Version)
}

// DatabaseClusterEngine_AURORA is the original Aurora without a full
// version (major 5.6; deprecated: use DatabaseClusterEngine_AURORA_MYSQL).
func DatabaseClusterEngine_AURORA() IClusterEngine { return newAurora(nil) }
