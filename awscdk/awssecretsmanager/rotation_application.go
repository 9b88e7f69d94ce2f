package awssecretsmanager

import "strings"

// SecretRotationApplicationOptions change a SecretRotationApplication.
type SecretRotationApplicationOptions struct {
	// Versions for partitions other than aws ("aws-cn", "aws-us-gov").
	AdditionalSemanticVersions *map[string]*string `field:"optional" json:"additionalSemanticVersions" yaml:"additionalSemanticVersions"`
	// Default: when the application name ends in "MultiUser".
	IsMultiUser *bool `field:"optional" json:"isMultiUser" yaml:"isMultiUser"`
}

// SecretRotationApplication is a rotation application of the AWS
// Serverless Application Repository.
type SecretRotationApplication interface {
	IsMultiUser() *bool
	// ApplicationArnForPartition is the application's ARN in a partition.
	ApplicationArnForPartition(partition *string) *string
	// SemanticVersionForPartition is the application's version in a partition.
	SemanticVersionForPartition(partition *string) *string
}

type rotationApplication struct {
	name     string
	multi    bool
	versions map[string]string
}

// NewSecretRotationApplication describes a rotation application.
func NewSecretRotationApplication(applicationName *string, awsSemanticVersion *string, options *SecretRotationApplicationOptions) SecretRotationApplication {
	a := &rotationApplication{name: deref(applicationName), versions: map[string]string{"aws": deref(awsSemanticVersion)}}
	a.multi = strings.HasSuffix(a.name, "MultiUser")
	if options != nil {
		if options.IsMultiUser != nil {
			a.multi = *options.IsMultiUser
		}
		if options.AdditionalSemanticVersions != nil {
			for k, v := range *options.AdditionalSemanticVersions {
				a.versions[k] = deref(v)
			}
		}
	}
	return a
}

func (a *rotationApplication) IsMultiUser() *bool {
	b := a.multi
	return &b
}

// The account and region each partition's rotation applications are published from.
var rotationRepos = map[string]string{
	"aws":        "arn:aws:serverlessrepo:us-east-1:297356227824:applications/",
	"aws-cn":     "arn:aws-cn:serverlessrepo:cn-north-1:193023089310:applications/",
	"aws-us-gov": "arn:aws-us-gov:serverlessrepo:us-gov-west-1:023102451235:applications/",
}

func (a *rotationApplication) ApplicationArnForPartition(partition *string) *string {
	prefix, ok := rotationRepos[deref(partition)]
	if !ok {
		throwUnscoped("unsupported partition: %s", deref(partition))
	}
	return str(prefix + a.name)
}

func (a *rotationApplication) SemanticVersionForPartition(partition *string) *string {
	v, ok := a.versions[deref(partition)]
	if !ok {
		throwUnscoped("unsupported partition: %s", deref(partition))
	}
	return str(v)
}

func app(name, aws, cn, gov string) SecretRotationApplication {
	return NewSecretRotationApplication(str(name), str(aws), &SecretRotationApplicationOptions{
		AdditionalSemanticVersions: &map[string]*string{"aws-cn": str(cn), "aws-us-gov": str(gov)},
	})
}

// The rotation applications and versions aws-cdk-lib 2.276.0 pins.

// SecretRotationApplication_MARIADB_ROTATION_SINGLE_USER is the Serverless Application Repository application MARIADB_ROTATION_SINGLE_USER.
func SecretRotationApplication_MARIADB_ROTATION_SINGLE_USER() SecretRotationApplication {
	return app("SecretsManagerRDSMariaDBRotationSingleUser", "1.1.670", "1.1.442", "1.1.383")
}

// SecretRotationApplication_MARIADB_ROTATION_MULTI_USER is the Serverless Application Repository application MARIADB_ROTATION_MULTI_USER.
func SecretRotationApplication_MARIADB_ROTATION_MULTI_USER() SecretRotationApplication {
	return app("SecretsManagerRDSMariaDBRotationMultiUser", "1.1.670", "1.1.441", "1.1.383")
}

// SecretRotationApplication_MYSQL_ROTATION_SINGLE_USER is the Serverless Application Repository application MYSQL_ROTATION_SINGLE_USER.
func SecretRotationApplication_MYSQL_ROTATION_SINGLE_USER() SecretRotationApplication {
	return app("SecretsManagerRDSMySQLRotationSingleUser", "1.1.671", "1.1.440", "1.1.384")
}

// SecretRotationApplication_MYSQL_ROTATION_MULTI_USER is the Serverless Application Repository application MYSQL_ROTATION_MULTI_USER.
func SecretRotationApplication_MYSQL_ROTATION_MULTI_USER() SecretRotationApplication {
	return app("SecretsManagerRDSMySQLRotationMultiUser", "1.1.671", "1.1.440", "1.1.383")
}

// SecretRotationApplication_ORACLE_ROTATION_SINGLE_USER is the Serverless Application Repository application ORACLE_ROTATION_SINGLE_USER.
func SecretRotationApplication_ORACLE_ROTATION_SINGLE_USER() SecretRotationApplication {
	return app("SecretsManagerRDSOracleRotationSingleUser", "1.1.671", "1.1.441", "1.1.382")
}

// SecretRotationApplication_ORACLE_ROTATION_MULTI_USER is the Serverless Application Repository application ORACLE_ROTATION_MULTI_USER.
func SecretRotationApplication_ORACLE_ROTATION_MULTI_USER() SecretRotationApplication {
	return app("SecretsManagerRDSOracleRotationMultiUser", "1.1.671", "1.1.441", "1.1.383")
}

// SecretRotationApplication_POSTGRES_ROTATION_SINGLE_USER is the Serverless Application Repository application POSTGRES_ROTATION_SINGLE_USER.
func SecretRotationApplication_POSTGRES_ROTATION_SINGLE_USER() SecretRotationApplication {
	return app("SecretsManagerRDSPostgreSQLRotationSingleUser", "1.1.671", "1.1.440", "1.1.383")
}

// SecretRotationApplication_POSTGRES_ROTATION_MULTI_USER is the Serverless Application Repository application POSTGRES_ROTATION_MULTI_USER.
func SecretRotationApplication_POSTGRES_ROTATION_MULTI_USER() SecretRotationApplication {
	return app("SecretsManagerRDSPostgreSQLRotationMultiUser", "1.1.671", "1.1.440", "1.1.383")
}

// SecretRotationApplication_SQLSERVER_ROTATION_SINGLE_USER is the Serverless Application Repository application SQLSERVER_ROTATION_SINGLE_USER.
func SecretRotationApplication_SQLSERVER_ROTATION_SINGLE_USER() SecretRotationApplication {
	return app("SecretsManagerRDSSQLServerRotationSingleUser", "1.1.670", "1.1.441", "1.1.383")
}

// SecretRotationApplication_SQLSERVER_ROTATION_MULTI_USER is the Serverless Application Repository application SQLSERVER_ROTATION_MULTI_USER.
func SecretRotationApplication_SQLSERVER_ROTATION_MULTI_USER() SecretRotationApplication {
	return app("SecretsManagerRDSSQLServerRotationMultiUser", "1.1.671", "1.1.441", "1.1.384")
}

// SecretRotationApplication_REDSHIFT_ROTATION_SINGLE_USER is the Serverless Application Repository application REDSHIFT_ROTATION_SINGLE_USER.
func SecretRotationApplication_REDSHIFT_ROTATION_SINGLE_USER() SecretRotationApplication {
	return app("SecretsManagerRedshiftRotationSingleUser", "1.1.671", "1.1.441", "1.1.383")
}

// SecretRotationApplication_REDSHIFT_ROTATION_MULTI_USER is the Serverless Application Repository application REDSHIFT_ROTATION_MULTI_USER.
func SecretRotationApplication_REDSHIFT_ROTATION_MULTI_USER() SecretRotationApplication {
	return app("SecretsManagerRedshiftRotationMultiUser", "1.1.671", "1.1.440", "1.1.383")
}

// SecretRotationApplication_MONGODB_ROTATION_SINGLE_USER is the Serverless Application Repository application MONGODB_ROTATION_SINGLE_USER.
func SecretRotationApplication_MONGODB_ROTATION_SINGLE_USER() SecretRotationApplication {
	return app("SecretsManagerMongoDBRotationSingleUser", "1.1.671", "1.1.440", "1.1.384")
}

// SecretRotationApplication_MONGODB_ROTATION_MULTI_USER is the Serverless Application Repository application MONGODB_ROTATION_MULTI_USER.
func SecretRotationApplication_MONGODB_ROTATION_MULTI_USER() SecretRotationApplication {
	return app("SecretsManagerMongoDBRotationMultiUser", "1.1.671", "1.1.441", "1.1.384")
}

// SecretRotationApplication_DB2_ROTATION_SINGLE_USER is the Serverless Application Repository application DB2_ROTATION_SINGLE_USER.
func SecretRotationApplication_DB2_ROTATION_SINGLE_USER() SecretRotationApplication {
	return app("SecretsManagerRDSDb2RotationSingleUser", "1.1.271", "1.1.242", "1.1.222")
}

// SecretRotationApplication_DB2_ROTATION_MULTI_USER is the Serverless Application Repository application DB2_ROTATION_MULTI_USER.
func SecretRotationApplication_DB2_ROTATION_MULTI_USER() SecretRotationApplication {
	return app("SecretsManagerRDSDb2RotationMultiUser", "1.1.272", "1.1.240", "1.1.223")
}
