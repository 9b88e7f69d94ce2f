package awssecretsmanager

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// RotationScheduleOptions say how a secret rotates.
type RotationScheduleOptions struct {
	// Default: 30 days; 0 turns automatic rotation off.
	AutomaticallyAfter awscdk.Duration `field:"optional" json:"automaticallyAfter" yaml:"automaticallyAfter"`
	// A rotation function Secrets Manager hosts. Exactly one of HostedRotation and RotationLambda.
	HostedRotation            HostedRotation `field:"optional" json:"hostedRotation" yaml:"hostedRotation"`
	RotateImmediatelyOnUpdate *bool          `field:"optional" json:"rotateImmediatelyOnUpdate" yaml:"rotateImmediatelyOnUpdate"`
	// Your own rotation function.
	RotationLambda awslambda.IFunction `field:"optional" json:"rotationLambda" yaml:"rotationLambda"`
}

// RotationScheduleProps define a rotation schedule.
type RotationScheduleProps struct {
	AutomaticallyAfter        awscdk.Duration     `field:"optional" json:"automaticallyAfter" yaml:"automaticallyAfter"`
	HostedRotation            HostedRotation      `field:"optional" json:"hostedRotation" yaml:"hostedRotation"`
	RotateImmediatelyOnUpdate *bool               `field:"optional" json:"rotateImmediatelyOnUpdate" yaml:"rotateImmediatelyOnUpdate"`
	RotationLambda            awslambda.IFunction `field:"optional" json:"rotationLambda" yaml:"rotationLambda"`
	Secret                    ISecret             `field:"required" json:"secret" yaml:"secret"`
}

// RotationSchedule rotates a secret (AWS::SecretsManager::RotationSchedule).
type RotationSchedule interface {
	awscdk.Resource
}

type rotationSchedule struct {
	awscdk.Resource
}

// RotationSchedule_PROPERTY_INJECTION_ID is the id property injectors use for RotationSchedule.
func RotationSchedule_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-secretsmanager.RotationSchedule")
}

// NewRotationSchedule creates a rotation schedule.
func NewRotationSchedule(scope constructs.Construct, id *string, props *RotationScheduleProps) RotationSchedule {
	props = l2.Inject(*RotationSchedule_PROPERTY_INJECTION_ID(), props, scope, id)
	r := &rotationSchedule{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	if props == nil {
		props = &RotationScheduleProps{}
	}
	if props.Secret == nil {
		throw(r, "RotationSchedule needs a secret")
	}
	if (props.RotationLambda == nil) == (props.HostedRotation == nil) {
		throw(r, "One of `rotationLambda` or `hostedRotation` must be specified.")
	}
	if fn := props.RotationLambda; fn != nil && fn.PermissionsNode().DefaultChild() != nil {
		if key := props.Secret.EncryptionKey(); key != nil {
			key.GrantEncryptDecrypt(newViaService("secretsmanager."+deref(awscdk.Stack_Of(r).Region())+".amazonaws.com", fn.GrantPrincipal()))
		}
		fn.GrantInvoke(awsiam.NewServicePrincipal(str("secretsmanager.amazonaws.com"), nil)).ApplyBefore(r)
		resource := props.Secret.SecretFullArn()
		if resource == nil {
			resource = str(deref(props.Secret.SecretArn()) + "-??????")
		}
		fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
				"secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"),
			Resources: &[]*string{resource},
		}))
		fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("secretsmanager:GetRandomPassword"), Resources: jsii.Strings("*"),
		}))
	}
	var schedule *string
	if after := props.AutomaticallyAfter; after != nil {
		ms := *after.ToMilliseconds(nil)
		if ms > 0 {
			if ms < 4*3600*1000 {
				throw(r, "automaticallyAfter must not be smaller than 4 hours, got %s hours", ojson.FormatNumber(*after.ToHours(&awscdk.TimeConversionOptions{Integral: jsii.Bool(false)})))
			}
			if ms > 1000*86400*1000 {
				throw(r, "automaticallyAfter must not be greater than 1000 days, got %s days", ojson.FormatNumber(*after.ToDays(&awscdk.TimeConversionOptions{Integral: jsii.Bool(false)})))
			}
			schedule = str(rateExpression(after))
		}
	} else {
		schedule = str("rate(30 days)")
	}
	cfn := &CfnRotationScheduleProps{SecretId: props.Secret.SecretArn()}
	if props.RotationLambda != nil {
		cfn.RotationLambdaArn = props.RotationLambda.FunctionArn()
	}
	if props.HostedRotation != nil {
		cfn.HostedRotationLambda = props.HostedRotation.Bind(props.Secret, r)
	}
	if schedule != nil {
		cfn.RotationRules = &CfnRotationSchedule_RotationRulesProperty{ScheduleExpression: schedule}
	}
	if props.RotateImmediatelyOnUpdate != nil {
		cfn.RotateImmediatelyOnUpdate = props.RotateImmediatelyOnUpdate
	}
	NewCfnRotationSchedule(r, str("Resource"), cfn)
	props.Secret.DenyAccountRootDelete()
	return r
}

// rateExpression is an EventBridge rate() of d: in days or hours when d is
// a whole number of them, else whole minutes.
func rateExpression(d awscdk.Duration) string {
	frac := &awscdk.TimeConversionOptions{Integral: jsii.Bool(false)}
	rate := func(n float64, unit string) string {
		if n == 1 {
			return "rate(1 " + unit + ")"
		}
		return fmt.Sprintf("rate(%s %ss)", ojson.FormatNumber(n), unit)
	}
	if days := *d.ToDays(frac); days != 0 && days == float64(int64(days)) {
		return rate(days, "day")
	}
	if hours := *d.ToHours(frac); hours != 0 && hours == float64(int64(hours)) {
		return rate(hours, "hour")
	}
	return rate(*d.ToMinutes(nil), "minute")
}

// HostedRotationType is a kind of rotation function Secrets Manager hosts.
type HostedRotationType interface {
	IsMultiUser() *bool
	Name() *string
}

type hostedRotationType struct {
	name  string
	multi bool
}

func (t hostedRotationType) IsMultiUser() *bool { return jsii.Bool(t.multi) }
func (t hostedRotationType) Name() *string      { return str(t.name) }

// HostedRotationType_MYSQL_SINGLE_USER is the hosted rotation type MYSQL_SINGLE_USER.
func HostedRotationType_MYSQL_SINGLE_USER() HostedRotationType {
	return hostedRotationType{"MySQLSingleUser", false}
}

// HostedRotationType_MYSQL_MULTI_USER is the hosted rotation type MYSQL_MULTI_USER.
func HostedRotationType_MYSQL_MULTI_USER() HostedRotationType {
	return hostedRotationType{"MySQLMultiUser", true}
}

// HostedRotationType_POSTGRESQL_SINGLE_USER is the hosted rotation type POSTGRESQL_SINGLE_USER.
func HostedRotationType_POSTGRESQL_SINGLE_USER() HostedRotationType {
	return hostedRotationType{"PostgreSQLSingleUser", false}
}

// HostedRotationType_POSTGRESQL_MULTI_USER is the hosted rotation type POSTGRESQL_MULTI_USER.
func HostedRotationType_POSTGRESQL_MULTI_USER() HostedRotationType {
	return hostedRotationType{"PostgreSQLMultiUser", true}
}

// HostedRotationType_ORACLE_SINGLE_USER is the hosted rotation type ORACLE_SINGLE_USER.
func HostedRotationType_ORACLE_SINGLE_USER() HostedRotationType {
	return hostedRotationType{"OracleSingleUser", false}
}

// HostedRotationType_ORACLE_MULTI_USER is the hosted rotation type ORACLE_MULTI_USER.
func HostedRotationType_ORACLE_MULTI_USER() HostedRotationType {
	return hostedRotationType{"OracleMultiUser", true}
}

// HostedRotationType_MARIADB_SINGLE_USER is the hosted rotation type MARIADB_SINGLE_USER.
func HostedRotationType_MARIADB_SINGLE_USER() HostedRotationType {
	return hostedRotationType{"MariaDBSingleUser", false}
}

// HostedRotationType_MARIADB_MULTI_USER is the hosted rotation type MARIADB_MULTI_USER.
func HostedRotationType_MARIADB_MULTI_USER() HostedRotationType {
	return hostedRotationType{"MariaDBMultiUser", true}
}

// HostedRotationType_SQLSERVER_SINGLE_USER is the hosted rotation type SQLSERVER_SINGLE_USER.
func HostedRotationType_SQLSERVER_SINGLE_USER() HostedRotationType {
	return hostedRotationType{"SQLServerSingleUser", false}
}

// HostedRotationType_SQLSERVER_MULTI_USER is the hosted rotation type SQLSERVER_MULTI_USER.
func HostedRotationType_SQLSERVER_MULTI_USER() HostedRotationType {
	return hostedRotationType{"SQLServerMultiUser", true}
}

// HostedRotationType_REDSHIFT_SINGLE_USER is the hosted rotation type REDSHIFT_SINGLE_USER.
func HostedRotationType_REDSHIFT_SINGLE_USER() HostedRotationType {
	return hostedRotationType{"RedshiftSingleUser", false}
}

// HostedRotationType_REDSHIFT_MULTI_USER is the hosted rotation type REDSHIFT_MULTI_USER.
func HostedRotationType_REDSHIFT_MULTI_USER() HostedRotationType {
	return hostedRotationType{"RedshiftMultiUser", true}
}

// HostedRotationType_MONGODB_SINGLE_USER is the hosted rotation type MONGODB_SINGLE_USER.
func HostedRotationType_MONGODB_SINGLE_USER() HostedRotationType {
	return hostedRotationType{"MongoDBSingleUser", false}
}

// HostedRotationType_MONGODB_MULTI_USER is the hosted rotation type MONGODB_MULTI_USER.
func HostedRotationType_MONGODB_MULTI_USER() HostedRotationType {
	return hostedRotationType{"MongoDBMultiUser", true}
}

// SingleUserHostedRotationOptions set up a single user hosted rotation.
type SingleUserHostedRotationOptions struct {
	ExcludeCharacters *string `field:"optional" json:"excludeCharacters" yaml:"excludeCharacters"`
	FunctionName      *string `field:"optional" json:"functionName" yaml:"functionName"`
	// Default: a new security group, when Vpc is set.
	SecurityGroups *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	// Default: the function is not deployed in a VPC.
	Vpc        awsec2.IVpc             `field:"optional" json:"vpc" yaml:"vpc"`
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// MultiUserHostedRotationOptions set up a multi user hosted rotation.
type MultiUserHostedRotationOptions struct {
	ExcludeCharacters *string                  `field:"optional" json:"excludeCharacters" yaml:"excludeCharacters"`
	FunctionName      *string                  `field:"optional" json:"functionName" yaml:"functionName"`
	SecurityGroups    *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	Vpc               awsec2.IVpc              `field:"optional" json:"vpc" yaml:"vpc"`
	VpcSubnets        *awsec2.SubnetSelection  `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	// The secret whose credentials rotate the user's.
	MasterSecret ISecret `field:"required" json:"masterSecret" yaml:"masterSecret"`
}

// HostedRotation is a rotation function Secrets Manager deploys for you.
type HostedRotation interface {
	awsec2.IConnectable
	// Bind renders the rotation for a secret's RotationSchedule.
	Bind(secret ISecret, scope constructs.Construct) *CfnRotationSchedule_HostedRotationLambdaProperty
}

type hostedRotation struct {
	typ          hostedRotationType
	exclude      *string
	functionName *string
	master       ISecret
	vpc          awsec2.IVpc
	subnets      *awsec2.SubnetSelection
	groups       *[]awsec2.ISecurityGroup
	connections  awsec2.Connections
}

const defaultPasswordExcludeChars = " %+~`#$&*()|[]{}:;<>?!'/@\"\\"

func newHostedRotation(t HostedRotationType, h *hostedRotation) HostedRotation {
	h.typ = t.(hostedRotationType)
	if h.typ.multi && h.master == nil {
		throwUnscoped("The `masterSecret` must be specified when using the multi user scheme.")
	}
	return h
}

func single(t HostedRotationType, o *SingleUserHostedRotationOptions) HostedRotation {
	if o == nil {
		o = &SingleUserHostedRotationOptions{}
	}
	return newHostedRotation(t, &hostedRotation{exclude: o.ExcludeCharacters, functionName: o.FunctionName,
		vpc: o.Vpc, subnets: o.VpcSubnets, groups: o.SecurityGroups})
}

func multi(t HostedRotationType, o *MultiUserHostedRotationOptions) HostedRotation {
	if o == nil {
		o = &MultiUserHostedRotationOptions{}
	}
	return newHostedRotation(t, &hostedRotation{exclude: o.ExcludeCharacters, functionName: o.FunctionName, master: o.MasterSecret,
		vpc: o.Vpc, subnets: o.VpcSubnets, groups: o.SecurityGroups})
}

// HostedRotation_MysqlSingleUser is a single user rotation Secrets Manager hosts.
func HostedRotation_MysqlSingleUser(o *SingleUserHostedRotationOptions) HostedRotation {
	return single(HostedRotationType_MYSQL_SINGLE_USER(), o)
}

// HostedRotation_MysqlMultiUser is a multi user rotation Secrets Manager hosts.
func HostedRotation_MysqlMultiUser(o *MultiUserHostedRotationOptions) HostedRotation {
	return multi(HostedRotationType_MYSQL_MULTI_USER(), o)
}

// HostedRotation_PostgreSqlSingleUser is a single user rotation Secrets Manager hosts.
func HostedRotation_PostgreSqlSingleUser(o *SingleUserHostedRotationOptions) HostedRotation {
	return single(HostedRotationType_POSTGRESQL_SINGLE_USER(), o)
}

// HostedRotation_PostgreSqlMultiUser is a multi user rotation Secrets Manager hosts.
func HostedRotation_PostgreSqlMultiUser(o *MultiUserHostedRotationOptions) HostedRotation {
	return multi(HostedRotationType_POSTGRESQL_MULTI_USER(), o)
}

// HostedRotation_OracleSingleUser is a single user rotation Secrets Manager hosts.
func HostedRotation_OracleSingleUser(o *SingleUserHostedRotationOptions) HostedRotation {
	return single(HostedRotationType_ORACLE_SINGLE_USER(), o)
}

// HostedRotation_OracleMultiUser is a multi user rotation Secrets Manager hosts.
func HostedRotation_OracleMultiUser(o *MultiUserHostedRotationOptions) HostedRotation {
	return multi(HostedRotationType_ORACLE_MULTI_USER(), o)
}

// HostedRotation_MariaDbSingleUser is a single user rotation Secrets Manager hosts.
func HostedRotation_MariaDbSingleUser(o *SingleUserHostedRotationOptions) HostedRotation {
	return single(HostedRotationType_MARIADB_SINGLE_USER(), o)
}

// HostedRotation_MariaDbMultiUser is a multi user rotation Secrets Manager hosts.
func HostedRotation_MariaDbMultiUser(o *MultiUserHostedRotationOptions) HostedRotation {
	return multi(HostedRotationType_MARIADB_MULTI_USER(), o)
}

// HostedRotation_SqlServerSingleUser is a single user rotation Secrets Manager hosts.
func HostedRotation_SqlServerSingleUser(o *SingleUserHostedRotationOptions) HostedRotation {
	return single(HostedRotationType_SQLSERVER_SINGLE_USER(), o)
}

// HostedRotation_SqlServerMultiUser is a multi user rotation Secrets Manager hosts.
func HostedRotation_SqlServerMultiUser(o *MultiUserHostedRotationOptions) HostedRotation {
	return multi(HostedRotationType_SQLSERVER_MULTI_USER(), o)
}

// HostedRotation_RedshiftSingleUser is a single user rotation Secrets Manager hosts.
func HostedRotation_RedshiftSingleUser(o *SingleUserHostedRotationOptions) HostedRotation {
	return single(HostedRotationType_REDSHIFT_SINGLE_USER(), o)
}

// HostedRotation_RedshiftMultiUser is a multi user rotation Secrets Manager hosts.
func HostedRotation_RedshiftMultiUser(o *MultiUserHostedRotationOptions) HostedRotation {
	return multi(HostedRotationType_REDSHIFT_MULTI_USER(), o)
}

// HostedRotation_MongoDbSingleUser is a single user rotation Secrets Manager hosts.
func HostedRotation_MongoDbSingleUser(o *SingleUserHostedRotationOptions) HostedRotation {
	return single(HostedRotationType_MONGODB_SINGLE_USER(), o)
}

// HostedRotation_MongoDbMultiUser is a multi user rotation Secrets Manager hosts.
func HostedRotation_MongoDbMultiUser(o *MultiUserHostedRotationOptions) HostedRotation {
	return multi(HostedRotationType_MONGODB_MULTI_USER(), o)
}

func (h *hostedRotation) Bind(target ISecret, scope constructs.Construct) *CfnRotationSchedule_HostedRotationLambdaProperty {
	awscdk.Stack_Of(scope).AddTransform(str("AWS::SecretsManager-2024-09-16"))
	if h.vpc == nil && h.groups != nil {
		l2.Throw(target, "`vpc` must be specified when specifying `securityGroups`.")
	}
	if h.vpc != nil {
		groups := h.groups
		if groups == nil {
			groups = &[]awsec2.ISecurityGroup{awsec2.NewSecurityGroup(scope, str("SecurityGroup"), &awsec2.SecurityGroupProps{Vpc: h.vpc})}
		}
		h.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: groups})
	}
	var masterArn, masterKey *string
	if h.master != nil {
		h.master.DenyAccountRootDelete()
		if h.master.SecretFullArn() != nil {
			masterArn = h.master.SecretArn()
		} else {
			masterArn = str(deref(h.master.SecretArn()) + "-??????")
		}
		if k := h.master.EncryptionKey(); k != nil {
			masterKey = k.KeyArn()
		}
	}
	exclude := h.exclude
	if exclude == nil {
		exclude = str(defaultPasswordExcludeChars)
		if s, ok := target.(*secret); ok && s.excludeChars != nil {
			exclude = s.excludeChars
		}
	}
	out := &CfnRotationSchedule_HostedRotationLambdaProperty{
		RotationType:          str(h.typ.name),
		MasterSecretArn:       masterArn,
		MasterSecretKmsKeyArn: masterKey,
		RotationLambdaName:    h.functionName,
		ExcludeCharacters:     exclude,
	}
	if k := target.EncryptionKey(); k != nil {
		out.KmsKeyArn = k.KeyArn()
	}
	if h.connections != nil {
		var ids []string
		for _, g := range *h.connections.SecurityGroups() {
			ids = append(ids, *g.SecurityGroupId())
		}
		out.VpcSecurityGroupIds = str(strings.Join(ids, ","))
	}
	if h.vpc != nil {
		var ids []string
		for _, id := range *h.vpc.SelectSubnets(h.subnets).SubnetIds {
			ids = append(ids, *id)
		}
		out.VpcSubnetIds = str(strings.Join(ids, ","))
	}
	return out
}

// Connections are the rotation function's network connections; only a
// rotation in a VPC, once bound to a secret, has them.
func (h *hostedRotation) Connections() awsec2.Connections {
	if h.vpc == nil {
		throwUnscoped("Cannot use connections for a hosted rotation that is not deployed in a VPC")
	}
	if h.connections == nil {
		throwUnscoped("Cannot use connections for a hosted rotation that has not been bound to a secret")
	}
	return h.connections
}
