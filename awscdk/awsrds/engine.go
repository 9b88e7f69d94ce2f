package awsrds

import (
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// EngineVersion is the version of a database engine.
type EngineVersion struct {
	// The major version, for example "5.6"; it names the parameter group family.
	MajorVersion *string `field:"required" json:"majorVersion" yaml:"majorVersion"`
	// The full version, for example "5.6.mysql_aurora.1.22.1"; nil lets RDS choose.
	FullVersion *string `field:"optional" json:"fullVersion" yaml:"fullVersion"`
}

// IEngine is a database engine, of a cluster or of an instance.
type IEngine interface {
	DefaultUsername() *string
	EngineFamily() *string
	EngineType() *string
	EngineVersion() *EngineVersion
	ParameterGroupFamily() *string
}

// ClusterEngineFeatures are the features of a cluster engine.
type ClusterEngineFeatures struct {
	S3Export                       *string `field:"optional" json:"s3Export" yaml:"s3Export"`
	S3Import                       *string `field:"optional" json:"s3Import" yaml:"s3Import"`
	ServerlessV2AutoPauseSupported *bool   `field:"optional" json:"serverlessV2AutoPauseSupported" yaml:"serverlessV2AutoPauseSupported"`
}

// ClusterEngineConfig is what a cluster engine contributes to a cluster.
type ClusterEngineConfig struct {
	Features       *ClusterEngineFeatures `field:"optional" json:"features" yaml:"features"`
	ParameterGroup IParameterGroup        `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	Port           *float64               `field:"optional" json:"port" yaml:"port"`
}

// ClusterEngineBindOptions are given to IClusterEngine.BindToCluster.
type ClusterEngineBindOptions struct {
	ParameterGroup IParameterGroup           `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	S3ExportRole   interfacesawsiam.IRoleRef `field:"optional" json:"s3ExportRole" yaml:"s3ExportRole"`
	S3ImportRole   interfacesawsiam.IRoleRef `field:"optional" json:"s3ImportRole" yaml:"s3ImportRole"`
}

// IClusterEngine is the engine of an Aurora cluster.
type IClusterEngine interface {
	IEngine
	BindToCluster(scope constructs.Construct, options *ClusterEngineBindOptions) *ClusterEngineConfig
	CombineImportAndExportRoles() *bool
	MultiUserRotationApplication() awssecretsmanager.SecretRotationApplication
	SingleUserRotationApplication() awssecretsmanager.SecretRotationApplication
	SupportedLogTypes() *[]*string
}

// InstanceEngineFeatures are the features of an instance engine.
type InstanceEngineFeatures struct {
	S3Export *string `field:"optional" json:"s3Export" yaml:"s3Export"`
	S3Import *string `field:"optional" json:"s3Import" yaml:"s3Import"`
}

// InstanceEngineConfig is what an instance engine contributes to an instance.
type InstanceEngineConfig struct {
	Features    *InstanceEngineFeatures `field:"optional" json:"features" yaml:"features"`
	OptionGroup IOptionGroup            `field:"optional" json:"optionGroup" yaml:"optionGroup"`
}

// InstanceEngineBindOptions are given to IInstanceEngine.BindToInstance.
type InstanceEngineBindOptions struct {
	Domain       *string                   `field:"optional" json:"domain" yaml:"domain"`
	OptionGroup  IOptionGroup              `field:"optional" json:"optionGroup" yaml:"optionGroup"`
	S3ExportRole interfacesawsiam.IRoleRef `field:"optional" json:"s3ExportRole" yaml:"s3ExportRole"`
	S3ImportRole interfacesawsiam.IRoleRef `field:"optional" json:"s3ImportRole" yaml:"s3ImportRole"`
	Timezone     *string                   `field:"optional" json:"timezone" yaml:"timezone"`
}

// IInstanceEngine is the engine of a single database instance.
type IInstanceEngine interface {
	IEngine
	BindToInstance(scope constructs.Construct, options *InstanceEngineBindOptions) *InstanceEngineConfig
	MultiUserRotationApplication() awssecretsmanager.SecretRotationApplication
	SingleUserRotationApplication() awssecretsmanager.SecretRotationApplication
	SupportsReadReplicaBackups() *bool
}

// engineBase holds what cluster and instance engines share.
type engineBase struct {
	engineType, family, username string
	version                      *EngineVersion
	pgFamily                     *string
	single, multi                func() awssecretsmanager.SecretRotationApplication
}

func (e *engineBase) DefaultUsername() *string {
	if e.username == "" {
		return nil
	}
	return jsii.String(e.username)
}

func (e *engineBase) EngineFamily() *string {
	if e.family == "" {
		return nil
	}
	return jsii.String(e.family)
}

func (e *engineBase) EngineType() *string           { return jsii.String(e.engineType) }
func (e *engineBase) EngineVersion() *EngineVersion { return e.version }
func (e *engineBase) ParameterGroupFamily() *string { return e.pgFamily }
func (e *engineBase) MultiUserRotationApplication() awssecretsmanager.SecretRotationApplication {
	return e.multi()
}
func (e *engineBase) SingleUserRotationApplication() awssecretsmanager.SecretRotationApplication {
	return e.single()
}

func (e *engineBase) setVersion(full *string, major string) {
	e.version = &EngineVersion{MajorVersion: jsii.String(major), FullVersion: full}
	e.pgFamily = jsii.String(e.engineType + major)
}

// ---- Aurora PostgreSQL ----

// AuroraPostgresEngineFeatures are the features of an Aurora PostgreSQL version.
type AuroraPostgresEngineFeatures struct {
	S3Export                       *bool `field:"optional" json:"s3Export" yaml:"s3Export"`
	S3Import                       *bool `field:"optional" json:"s3Import" yaml:"s3Import"`
	ServerlessV2AutoPauseSupported *bool `field:"optional" json:"serverlessV2AutoPauseSupported" yaml:"serverlessV2AutoPauseSupported"`
}

// AuroraPostgresEngineVersion is a version of Aurora PostgreSQL.
type AuroraPostgresEngineVersion interface {
	AuroraPostgresFullVersion() *string
	AuroraPostgresMajorVersion() *string
}

type auroraPostgresVersion struct {
	full, major                   string
	s3Import, s3Export, autoPause bool
}

func (v *auroraPostgresVersion) AuroraPostgresFullVersion() *string  { return jsii.String(v.full) }
func (v *auroraPostgresVersion) AuroraPostgresMajorVersion() *string { return jsii.String(v.major) }

// AuroraPostgresEngineVersion_Of is a version this package does not name yet.
func AuroraPostgresEngineVersion_Of(auroraPostgresFullVersion *string, auroraPostgresMajorVersion *string, auroraPostgresFeatures *AuroraPostgresEngineFeatures) AuroraPostgresEngineVersion {
	v := &auroraPostgresVersion{full: deref(auroraPostgresFullVersion), major: deref(auroraPostgresMajorVersion)}
	if f := auroraPostgresFeatures; f != nil {
		v.s3Import, v.s3Export, v.autoPause = isTrue(f.S3Import), isTrue(f.S3Export), isTrue(f.ServerlessV2AutoPauseSupported)
	}
	return v
}

// AuroraPostgresClusterEngineProps choose the Aurora PostgreSQL version.
type AuroraPostgresClusterEngineProps struct {
	Version AuroraPostgresEngineVersion `field:"required" json:"version" yaml:"version"`
}

type clusterEngine struct {
	engineBase
	port         *float64
	features     *ClusterEngineFeatures
	defaultPGID  string
	logTypes     []string
	combineRoles *bool
}

func (e *clusterEngine) CombineImportAndExportRoles() *bool { return e.combineRoles }
func (e *clusterEngine) SupportedLogTypes() *[]*string      { return jsii.Strings(e.logTypes...) }

func (e *clusterEngine) BindToCluster(scope constructs.Construct, options *ClusterEngineBindOptions) *ClusterEngineConfig {
	if options == nil {
		options = &ClusterEngineBindOptions{}
	}
	pg := options.ParameterGroup
	if pg == nil && e.defaultPGID != "" {
		if e.pgFamily == nil {
			l2.Throw(scope, "Could not create a new ParameterGroup for an unversioned %s cluster engine. Please either use a versioned engine, or pass an explicit ParameterGroup when creating the cluster", e.engineType)
		}
		pg = ParameterGroup_FromParameterGroupName(scope, jsii.String(e.defaultPGID), jsii.String("default."+*e.pgFamily))
	}
	if e.family == "MYSQL" {
		// MySQL-family Aurora names the S3 roles in cluster parameters,
		// in a parameter group of its own unless one is given.
		if options.ParameterGroup == nil && (options.S3ImportRole != nil || options.S3ExportRole != nil) {
			pg = NewParameterGroup(scope, jsii.String("ClusterParameterGroup"), &ParameterGroupProps{Engine: e})
		}
		importParam, exportParam := "aurora_load_from_s3_role", "aurora_select_into_s3_role"
		if isTrue(e.combineRoles) {
			importParam, exportParam = "aws_default_s3_role", "aws_default_s3_role"
		}
		if r := options.S3ImportRole; r != nil && pg != nil {
			pg.AddParameter(jsii.String(importParam), r.RoleRef().RoleArn)
		}
		if r := options.S3ExportRole; r != nil && pg != nil {
			pg.AddParameter(jsii.String(exportParam), r.RoleRef().RoleArn)
		}
	}
	if e.engineType == "aurora-postgresql" {
		if options.S3ImportRole != nil && (e.features == nil || e.features.S3Import == nil) {
			l2.Throw(scope, "s3Import is not supported for Postgres version: %s. Use a version that supports the s3Import feature.", deref(e.version.FullVersion))
		}
		if options.S3ExportRole != nil && (e.features == nil || e.features.S3Export == nil) {
			l2.Throw(scope, "s3Export is not supported for Postgres version: %s. Use a version that supports the s3Export feature.", deref(e.version.FullVersion))
		}
	}
	return &ClusterEngineConfig{ParameterGroup: pg, Port: e.port, Features: e.features}
}

func newAuroraPostgres(v AuroraPostgresEngineVersion) IClusterEngine {
	e := &clusterEngine{
		engineBase: engineBase{engineType: "aurora-postgresql", family: "POSTGRESQL", username: "postgres",
			single: awssecretsmanager.SecretRotationApplication_POSTGRES_ROTATION_SINGLE_USER,
			multi:  awssecretsmanager.SecretRotationApplication_POSTGRES_ROTATION_MULTI_USER},
		port: jsii.Number(5432), defaultPGID: "AuroraPostgreSqlDatabaseClusterEngineDefaultParameterGroup",
		logTypes: []string{"postgresql", "iam-db-auth-error", "instance"},
	}
	if v == nil {
		e.features = &ClusterEngineFeatures{S3Import: jsii.String("s3Import"), S3Export: jsii.String("s3Export")}
		return e
	}
	e.setVersion(v.AuroraPostgresFullVersion(), deref(v.AuroraPostgresMajorVersion()))
	e.features = &ClusterEngineFeatures{}
	if av, ok := v.(*auroraPostgresVersion); ok {
		if av.s3Import {
			e.features.S3Import = jsii.String("s3Import")
		}
		if av.s3Export {
			e.features.S3Export = jsii.String("s3Export")
		}
		if av.autoPause {
			e.features.ServerlessV2AutoPauseSupported = jsii.Bool(true)
		}
	}
	return e
}

// DatabaseClusterEngine creates cluster engines.
type DatabaseClusterEngine interface{}

// NewDatabaseClusterEngine exists for parity with aws-cdk-go; the engines
// come from its static functions.
func NewDatabaseClusterEngine() DatabaseClusterEngine { return &struct{ _ byte }{} }

// DatabaseClusterEngine_AuroraPostgres is Aurora PostgreSQL at a given version.
func DatabaseClusterEngine_AuroraPostgres(props *AuroraPostgresClusterEngineProps) IClusterEngine {
	if props == nil || props.Version == nil {
		l2.RequireArg(nil, "DatabaseClusterEngine_AuroraPostgres", "props.Version")
	}
	return newAuroraPostgres(props.Version)
}

// DatabaseClusterEngine_AURORA_POSTGRESQL is Aurora PostgreSQL without a version (RDS picks it).
func DatabaseClusterEngine_AURORA_POSTGRESQL() IClusterEngine { return newAuroraPostgres(nil) }

// ---- instance engines ----

type instanceEngine struct {
	engineBase
	features       *InstanceEngineFeatures
	replicaBackups bool
}

func (e *instanceEngine) SupportsReadReplicaBackups() *bool {
	if !e.replicaBackups {
		return nil
	}
	return jsii.Bool(true)
}

func (e *instanceEngine) BindToInstance(scope constructs.Construct, options *InstanceEngineBindOptions) *InstanceEngineConfig {
	if options == nil {
		options = &InstanceEngineBindOptions{}
	}
	if options.Timezone != nil {
		l2.Throw(scope, "timezone property can not be configured for %s", e.engineType)
	}
	return &InstanceEngineConfig{Features: e.features, OptionGroup: options.OptionGroup}
}

// PostgresEngineFeatures are the features of a PostgreSQL version.
type PostgresEngineFeatures struct {
	S3Export *bool `field:"optional" json:"s3Export" yaml:"s3Export"`
	S3Import *bool `field:"optional" json:"s3Import" yaml:"s3Import"`
}

// PostgresEngineVersion is a version of RDS for PostgreSQL.
type PostgresEngineVersion interface {
	PostgresFullVersion() *string
	PostgresMajorVersion() *string
}

type postgresVersion struct {
	full, major        string
	s3Import, s3Export bool
}

func (v *postgresVersion) PostgresFullVersion() *string  { return jsii.String(v.full) }
func (v *postgresVersion) PostgresMajorVersion() *string { return jsii.String(v.major) }

// PostgresEngineVersion_Of is a version this package does not name yet.
func PostgresEngineVersion_Of(postgresFullVersion *string, postgresMajorVersion *string, postgresFeatures *PostgresEngineFeatures) PostgresEngineVersion {
	v := &postgresVersion{full: deref(postgresFullVersion), major: deref(postgresMajorVersion)}
	if f := postgresFeatures; f != nil {
		v.s3Import, v.s3Export = isTrue(f.S3Import), isTrue(f.S3Export)
	}
	return v
}

// PostgresInstanceEngineProps choose the PostgreSQL version.
type PostgresInstanceEngineProps struct {
	Version PostgresEngineVersion `field:"required" json:"version" yaml:"version"`
}

func newPostgres(v PostgresEngineVersion) IInstanceEngine {
	e := &instanceEngine{engineBase: engineBase{engineType: "postgres", family: "POSTGRESQL", username: "postgres",
		single: awssecretsmanager.SecretRotationApplication_POSTGRES_ROTATION_SINGLE_USER,
		multi:  awssecretsmanager.SecretRotationApplication_POSTGRES_ROTATION_MULTI_USER}}
	if v == nil {
		e.features = &InstanceEngineFeatures{S3Import: jsii.String("s3Import")}
		return e
	}
	e.setVersion(v.PostgresFullVersion(), deref(v.PostgresMajorVersion()))
	e.features = &InstanceEngineFeatures{}
	if pv, ok := v.(*postgresVersion); ok {
		if pv.s3Import {
			e.features.S3Import = jsii.String("s3Import")
		}
		if pv.s3Export {
			e.features.S3Export = jsii.String("s3Export")
		}
	}
	return e
}

// DatabaseInstanceEngine creates instance engines.
type DatabaseInstanceEngine interface{}

// NewDatabaseInstanceEngine exists for parity with aws-cdk-go; the engines
// come from its static functions.
func NewDatabaseInstanceEngine() DatabaseInstanceEngine { return &struct{ _ byte }{} }

// DatabaseInstanceEngine_Postgres is RDS for PostgreSQL at a given version.
func DatabaseInstanceEngine_Postgres(props *PostgresInstanceEngineProps) IInstanceEngine {
	if props == nil || props.Version == nil {
		l2.RequireArg(nil, "DatabaseInstanceEngine_Postgres", "props.Version")
	}
	return newPostgres(props.Version)
}

// DatabaseInstanceEngine_POSTGRES is RDS for PostgreSQL without a version.
func DatabaseInstanceEngine_POSTGRES() IInstanceEngine { return newPostgres(nil) }

// MysqlEngineVersion is a version of RDS for MySQL.
type MysqlEngineVersion interface {
	MysqlFullVersion() *string
	MysqlMajorVersion() *string
}

type mysqlVersion struct{ full, major string }

func (v *mysqlVersion) MysqlFullVersion() *string  { return jsii.String(v.full) }
func (v *mysqlVersion) MysqlMajorVersion() *string { return jsii.String(v.major) }

// MysqlEngineVersion_Of is a version this package does not name yet.
func MysqlEngineVersion_Of(mysqlFullVersion *string, mysqlMajorVersion *string) MysqlEngineVersion {
	return &mysqlVersion{full: deref(mysqlFullVersion), major: deref(mysqlMajorVersion)}
}

// MySqlInstanceEngineProps choose the MySQL version.
type MySqlInstanceEngineProps struct {
	Version MysqlEngineVersion `field:"required" json:"version" yaml:"version"`
}

func newMysql(v MysqlEngineVersion) IInstanceEngine {
	e := &instanceEngine{engineBase: engineBase{engineType: "mysql", family: "MYSQL",
		single: awssecretsmanager.SecretRotationApplication_MYSQL_ROTATION_SINGLE_USER,
		multi:  awssecretsmanager.SecretRotationApplication_MYSQL_ROTATION_MULTI_USER}, replicaBackups: true}
	if v != nil {
		e.setVersion(v.MysqlFullVersion(), deref(v.MysqlMajorVersion()))
	}
	return e
}

// DatabaseInstanceEngine_Mysql is RDS for MySQL at a given version.
func DatabaseInstanceEngine_Mysql(props *MySqlInstanceEngineProps) IInstanceEngine {
	if props == nil || props.Version == nil {
		l2.RequireArg(nil, "DatabaseInstanceEngine_Mysql", "props.Version")
	}
	return newMysql(props.Version)
}

// DatabaseInstanceEngine_MYSQL is RDS for MySQL without a version.
func DatabaseInstanceEngine_MYSQL() IInstanceEngine { return newMysql(nil) }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func isTrue(b *bool) bool { return b != nil && *b }
