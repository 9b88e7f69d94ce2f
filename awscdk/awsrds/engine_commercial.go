package awsrds

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// SqlServerEngineVersion is a version of RDS for SQL Server.
type SqlServerEngineVersion interface {
	SqlServerFullVersion() *string
	SqlServerMajorVersion() *string
}

type sqlServerVersion struct{ full, major string }

func (v *sqlServerVersion) SqlServerFullVersion() *string  { return jsii.String(v.full) }
func (v *sqlServerVersion) SqlServerMajorVersion() *string { return jsii.String(v.major) }

// SqlServerEngineVersion_Of is a version this package does not name yet.
func SqlServerEngineVersion_Of(sqlServerFullVersion *string, sqlServerMajorVersion *string) SqlServerEngineVersion {
	return &sqlServerVersion{full: deref(sqlServerFullVersion), major: deref(sqlServerMajorVersion)}
}

// SqlServerEeInstanceEngineProps choose the SQL Server Enterprise Edition version.
type SqlServerEeInstanceEngineProps struct {
	Version SqlServerEngineVersion `field:"required" json:"version" yaml:"version"`
}

// SqlServerSeInstanceEngineProps choose the SQL Server Standard Edition version.
type SqlServerSeInstanceEngineProps struct {
	Version SqlServerEngineVersion `field:"required" json:"version" yaml:"version"`
}

// SqlServerExInstanceEngineProps choose the SQL Server Express Edition version.
type SqlServerExInstanceEngineProps struct {
	Version SqlServerEngineVersion `field:"required" json:"version" yaml:"version"`
}

// SqlServerWebInstanceEngineProps choose the SQL Server Web Edition version.
type SqlServerWebInstanceEngineProps struct {
	Version SqlServerEngineVersion `field:"required" json:"version" yaml:"version"`
}

// timezoneEngine is an instance engine that accepts a time zone (SQL Server).
type timezoneEngine struct{ instanceEngine }

func (e *timezoneEngine) BindToInstance(scope constructs.Construct, options *InstanceEngineBindOptions) *InstanceEngineConfig {
	if options == nil {
		options = &InstanceEngineBindOptions{}
	}
	og := options.OptionGroup
	// SQL Server reaches S3 through the backup-restore option, with one role.
	var role interfacesawsiam.IRoleRef = options.S3ImportRole
	if role == nil {
		role = options.S3ExportRole
	}
	if role != nil {
		if options.S3ImportRole != nil && options.S3ExportRole != nil && options.S3ImportRole != options.S3ExportRole {
			l2.Throw(scope, "S3 import and export roles must be the same for SQL Server engines")
		}
		if og == nil {
			og = NewOptionGroup(scope, jsii.String("InstanceOptionGroup"), &OptionGroupProps{Engine: e, Configurations: &[]*OptionConfiguration{}})
		}
		og.AddConfiguration(&OptionConfiguration{Name: jsii.String("SQLSERVER_BACKUP_RESTORE"),
			Settings: &map[string]*string{"IAM_ROLE_ARN": role.RoleRef().RoleArn}})
	}
	return &InstanceEngineConfig{Features: e.features, OptionGroup: og}
}

// oracleEngine is an Oracle instance engine, which reaches S3 through the
// S3_INTEGRATION option.
type oracleEngine struct{ instanceEngine }

func (e *oracleEngine) BindToInstance(scope constructs.Construct, options *InstanceEngineBindOptions) *InstanceEngineConfig {
	config := e.instanceEngine.BindToInstance(scope, options)
	if options != nil && (options.S3ImportRole != nil || options.S3ExportRole != nil) {
		if config.OptionGroup == nil {
			config.OptionGroup = NewOptionGroup(scope, jsii.String("InstanceOptionGroup"), &OptionGroupProps{Engine: e, Configurations: &[]*OptionConfiguration{}})
		}
		config.OptionGroup.AddConfiguration(&OptionConfiguration{Name: jsii.String("S3_INTEGRATION"), Version: jsii.String("1.0")})
	}
	return config
}

// s3Integration is the feature name SQL Server and Oracle give S3 import and export.
func s3Integration() *InstanceEngineFeatures {
	return &InstanceEngineFeatures{S3Import: jsii.String("S3_INTEGRATION"), S3Export: jsii.String("S3_INTEGRATION")}
}

func newSqlServer(engineType string, v SqlServerEngineVersion) IInstanceEngine {
	e := &timezoneEngine{instanceEngine{engineBase: engineBase{engineType: engineType, family: "SQLSERVER",
		single: awssecretsmanager.SecretRotationApplication_SQLSERVER_ROTATION_SINGLE_USER,
		multi:  awssecretsmanager.SecretRotationApplication_SQLSERVER_ROTATION_MULTI_USER},
		features: s3Integration()}}
	if v != nil {
		major := deref(v.SqlServerMajorVersion())
		e.version = &EngineVersion{MajorVersion: jsii.String(major), FullVersion: v.SqlServerFullVersion()}
		// "15.00" names the family "sqlserver-ee-15.0".
		if strings.HasSuffix(major, ".00") {
			major = major[:len(major)-1]
		}
		e.pgFamily = jsii.String(engineType + "-" + major)
	}
	return e
}

func sqlServerVersionOf(function string, v SqlServerEngineVersion) SqlServerEngineVersion {
	if v == nil {
		l2.RequireArg(nil, function, "props.Version")
	}
	return v
}

// DatabaseInstanceEngine_SqlServerEe is SQL Server Enterprise Edition at a given version.
func DatabaseInstanceEngine_SqlServerEe(props *SqlServerEeInstanceEngineProps) IInstanceEngine {
	if props == nil {
		props = &SqlServerEeInstanceEngineProps{}
	}
	return newSqlServer("sqlserver-ee", sqlServerVersionOf("DatabaseInstanceEngine_SqlServerEe", props.Version))
}

// DatabaseInstanceEngine_SqlServerSe is SQL Server Standard Edition at a given version.
func DatabaseInstanceEngine_SqlServerSe(props *SqlServerSeInstanceEngineProps) IInstanceEngine {
	if props == nil {
		props = &SqlServerSeInstanceEngineProps{}
	}
	return newSqlServer("sqlserver-se", sqlServerVersionOf("DatabaseInstanceEngine_SqlServerSe", props.Version))
}

// DatabaseInstanceEngine_SqlServerEx is SQL Server Express Edition at a given version.
func DatabaseInstanceEngine_SqlServerEx(props *SqlServerExInstanceEngineProps) IInstanceEngine {
	if props == nil {
		props = &SqlServerExInstanceEngineProps{}
	}
	return newSqlServer("sqlserver-ex", sqlServerVersionOf("DatabaseInstanceEngine_SqlServerEx", props.Version))
}

// DatabaseInstanceEngine_SqlServerWeb is SQL Server Web Edition at a given version.
func DatabaseInstanceEngine_SqlServerWeb(props *SqlServerWebInstanceEngineProps) IInstanceEngine {
	if props == nil {
		props = &SqlServerWebInstanceEngineProps{}
	}
	return newSqlServer("sqlserver-web", sqlServerVersionOf("DatabaseInstanceEngine_SqlServerWeb", props.Version))
}

// DatabaseInstanceEngine_SQL_SERVER_EE is SQL Server Enterprise Edition without a version.
func DatabaseInstanceEngine_SQL_SERVER_EE() IInstanceEngine { return newSqlServer("sqlserver-ee", nil) }

// DatabaseInstanceEngine_SQL_SERVER_SE is SQL Server Standard Edition without a version.
func DatabaseInstanceEngine_SQL_SERVER_SE() IInstanceEngine { return newSqlServer("sqlserver-se", nil) }

// DatabaseInstanceEngine_SQL_SERVER_EX is SQL Server Express Edition without a version.
func DatabaseInstanceEngine_SQL_SERVER_EX() IInstanceEngine { return newSqlServer("sqlserver-ex", nil) }

// DatabaseInstanceEngine_SQL_SERVER_WEB is SQL Server Web Edition without a version.
func DatabaseInstanceEngine_SQL_SERVER_WEB() IInstanceEngine {
	return newSqlServer("sqlserver-web", nil)
}

// OracleEngineVersion is a version of RDS for Oracle.
type OracleEngineVersion interface {
	OracleFullVersion() *string
	OracleMajorVersion() *string
}

type oracleVersion struct{ full, major string }

func (v *oracleVersion) OracleFullVersion() *string  { return jsii.String(v.full) }
func (v *oracleVersion) OracleMajorVersion() *string { return jsii.String(v.major) }

// OracleEngineVersion_Of is a version this package does not name yet.
func OracleEngineVersion_Of(oracleFullVersion *string, oracleMajorVersion *string) OracleEngineVersion {
	return &oracleVersion{full: deref(oracleFullVersion), major: deref(oracleMajorVersion)}
}

// OracleEeInstanceEngineProps choose the Oracle Enterprise Edition version.
type OracleEeInstanceEngineProps struct {
	Version OracleEngineVersion `field:"required" json:"version" yaml:"version"`
}

// OracleEeCdbInstanceEngineProps choose the Oracle Enterprise Edition (container database) version.
type OracleEeCdbInstanceEngineProps struct {
	Version OracleEngineVersion `field:"required" json:"version" yaml:"version"`
}

// OracleSe2InstanceEngineProps choose the Oracle Standard Edition Two version.
type OracleSe2InstanceEngineProps struct {
	Version OracleEngineVersion `field:"required" json:"version" yaml:"version"`
}

// OracleSe2CdbInstanceEngineProps choose the Oracle Standard Edition Two (container database) version.
type OracleSe2CdbInstanceEngineProps struct {
	Version OracleEngineVersion `field:"required" json:"version" yaml:"version"`
}

func newOracle(engineType string, v OracleEngineVersion) IInstanceEngine {
	e := &oracleEngine{instanceEngine{engineBase: engineBase{engineType: engineType,
		single: awssecretsmanager.SecretRotationApplication_ORACLE_ROTATION_SINGLE_USER,
		multi:  awssecretsmanager.SecretRotationApplication_ORACLE_ROTATION_MULTI_USER},
		features: s3Integration()}}
	if v != nil {
		major := deref(v.OracleMajorVersion())
		e.version = &EngineVersion{MajorVersion: jsii.String(major), FullVersion: v.OracleFullVersion()}
		e.pgFamily = jsii.String(engineType + "-" + major)
	}
	return e
}

func oracleVersionOf(function string, v OracleEngineVersion) OracleEngineVersion {
	if v == nil {
		l2.RequireArg(nil, function, "props.Version")
	}
	return v
}

// DatabaseInstanceEngine_OracleEe is Oracle Enterprise Edition at a given version.
func DatabaseInstanceEngine_OracleEe(props *OracleEeInstanceEngineProps) IInstanceEngine {
	if props == nil {
		props = &OracleEeInstanceEngineProps{}
	}
	return newOracle("oracle-ee", oracleVersionOf("DatabaseInstanceEngine_OracleEe", props.Version))
}

// DatabaseInstanceEngine_OracleEeCdb is Oracle Enterprise Edition (container database) at a given version.
func DatabaseInstanceEngine_OracleEeCdb(props *OracleEeCdbInstanceEngineProps) IInstanceEngine {
	if props == nil {
		props = &OracleEeCdbInstanceEngineProps{}
	}
	return newOracle("oracle-ee-cdb", oracleVersionOf("DatabaseInstanceEngine_OracleEeCdb", props.Version))
}

// DatabaseInstanceEngine_OracleSe2 is Oracle Standard Edition Two at a given version.
func DatabaseInstanceEngine_OracleSe2(props *OracleSe2InstanceEngineProps) IInstanceEngine {
	if props == nil {
		props = &OracleSe2InstanceEngineProps{}
	}
	return newOracle("oracle-se2", oracleVersionOf("DatabaseInstanceEngine_OracleSe2", props.Version))
}

// DatabaseInstanceEngine_OracleSe2Cdb is Oracle Standard Edition Two (container database) at a given version.
func DatabaseInstanceEngine_OracleSe2Cdb(props *OracleSe2CdbInstanceEngineProps) IInstanceEngine {
	if props == nil {
		props = &OracleSe2CdbInstanceEngineProps{}
	}
	return newOracle("oracle-se2-cdb", oracleVersionOf("DatabaseInstanceEngine_OracleSe2Cdb", props.Version))
}

// DatabaseInstanceEngine_ORACLE_EE is Oracle Enterprise Edition without a version.
func DatabaseInstanceEngine_ORACLE_EE() IInstanceEngine { return newOracle("oracle-ee", nil) }

// DatabaseInstanceEngine_ORACLE_EE_CDB is Oracle Enterprise Edition (container database) without a version.
func DatabaseInstanceEngine_ORACLE_EE_CDB() IInstanceEngine { return newOracle("oracle-ee-cdb", nil) }

// DatabaseInstanceEngine_ORACLE_SE2 is Oracle Standard Edition Two without a version.
func DatabaseInstanceEngine_ORACLE_SE2() IInstanceEngine { return newOracle("oracle-se2", nil) }

// DatabaseInstanceEngine_ORACLE_SE2_CDB is Oracle Standard Edition Two (container database) without a version.
func DatabaseInstanceEngine_ORACLE_SE2_CDB() IInstanceEngine { return newOracle("oracle-se2-cdb", nil) }
