package awssecretsmanager_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	sm "github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func role(s awscdk.Stack) awsiam.Role {
	return awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

type target struct{}

func (target) AsSecretAttachmentTarget() *sm.SecretAttachmentTargetProps {
	return &sm.SecretAttachmentTargetProps{TargetId: jsii.String("db-1"), TargetType: sm.AttachmentTargetType_RDS_DB_INSTANCE}
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Values": func(s awscdk.Stack) {
		plain := sm.NewSecret(s, jsii.String("Default"), nil)
		sm.NewSecret(s, jsii.String("Generated"), &sm.SecretProps{
			Description: jsii.String("db credentials"),
			GenerateSecretString: &sm.SecretStringGenerator{
				ExcludeCharacters: jsii.String(`"@/\`), ExcludePunctuation: jsii.Bool(true), GenerateStringKey: jsii.String("password"),
				IncludeSpace: jsii.Bool(false), PasswordLength: jsii.Number(24), RequireEachIncludedType: jsii.Bool(true),
				SecretStringTemplate: jsii.String(`{"username":"admin"}`),
			},
			RemovalPolicy: awscdk.RemovalPolicy_RETAIN, SecretName: jsii.String("prod-db-credentials"),
		})
		sm.NewSecret(s, jsii.String("Given"), &sm.SecretProps{SecretStringValue: awscdk.SecretValue_UnsafePlainText(jsii.String("hunter2"))})
		sm.NewSecret(s, jsii.String("Object"), &sm.SecretProps{SecretObjectValue: &map[string]awscdk.SecretValue{
			"password": plain.SecretValueFromJson(jsii.String("x")), "username": awscdk.SecretValue_UnsafePlainText(jsii.String("admin"))}})
		sm.NewSecret(s, jsii.String("Beta"), &sm.SecretProps{SecretStringBeta1: sm.SecretStringValueBeta1_FromUnsafePlaintext(jsii.String("beta"))})
		out(s, "Name", plain.SecretName())
		out(s, "Arn", plain.SecretArn())
		out(s, "FullArn", plain.SecretFullArn())
		out(s, "Key", plain.CfnDynamicReferenceKey(&awscdk.SecretsManagerSecretOptions{JsonField: jsii.String("password")}))
		out(s, "Whole", plain.SecretValue().UnsafeUnwrap())
	},
	"Kms": func(s awscdk.Stack) {
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		replicaKey := awskms.Key_FromKeyArn(s, jsii.String("ReplicaKey"), jsii.String("arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
		secret := sm.NewSecret(s, jsii.String("Secret"), &sm.SecretProps{
			EncryptionKey:  key,
			ReplicaRegions: &[]*sm.ReplicaRegion{{Region: jsii.String("eu-west-1"), EncryptionKey: replicaKey}, {Region: jsii.String("eu-central-1")}},
		})
		r := role(s)
		secret.GrantRead(r, nil)
		secret.GrantWrite(r)
		other := sm.NewSecret(s, jsii.String("Staged"), nil)
		other.GrantRead(r, jsii.Strings("AWSCURRENT"))
		other.AddReplicaRegion(jsii.String("us-west-2"), nil)
	},
	"Imports": func(s awscdk.Stack) {
		r := role(s)
		byName := sm.Secret_FromSecretNameV2(s, jsii.String("ByName"), jsii.String("app/token"))
		complete := sm.Secret_FromSecretCompleteArn(s, jsii.String("Complete"), jsii.String("arn:aws:secretsmanager:us-east-1:111111111111:secret:app/db-AbCdEf"))
		partial := sm.Secret_FromSecretPartialArn(s, jsii.String("Partial"), jsii.String("arn:aws:secretsmanager:us-east-1:111111111111:secret:app/api"))
		withKey := sm.Secret_FromSecretAttributes(s, jsii.String("WithKey"), &sm.SecretAttributes{
			EncryptionKey:     awskms.Key_FromKeyArn(s, jsii.String("Key"), jsii.String("arn:aws:kms:us-east-1:111111111111:key/5678abcd-12ab-34cd-56ef-1234567890ab")),
			SecretCompleteArn: jsii.String("arn:aws:secretsmanager:us-east-1:111111111111:secret:keyed-123456"),
		})
		for _, x := range []sm.ISecret{byName, complete, partial, withKey} {
			x.GrantRead(r, nil)
		}
		out(s, "ByNameArn", byName.SecretArn())
		out(s, "CompleteName", complete.SecretName())
		out(s, "PartialName", partial.SecretName())
		out(s, "Value", byName.SecretValueFromJson(jsii.String("token")).UnsafeUnwrap())
	},
	"Rotation": func(s awscdk.Stack) {
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		secret := sm.NewSecret(s, jsii.String("Secret"), &sm.SecretProps{EncryptionKey: key})
		fn := awslambda.NewFunction(s, jsii.String("Rotator"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_20_X(),
			Handler: jsii.String("index.handler"), Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => {}"))})
		secret.AddRotationSchedule(jsii.String("Rotation"), &sm.RotationScheduleOptions{AutomaticallyAfter: awscdk.Duration_Days(jsii.Number(7)),
			RotateImmediatelyOnUpdate: jsii.Bool(false), RotationLambda: fn})
		master := sm.NewSecret(s, jsii.String("Master"), &sm.SecretProps{GenerateSecretString: &sm.SecretStringGenerator{ExcludeCharacters: jsii.String(`"@/`)}})
		master.AddRotationSchedule(jsii.String("Rotation"), &sm.RotationScheduleOptions{
			HostedRotation: sm.HostedRotation_PostgreSqlSingleUser(&sm.SingleUserHostedRotationOptions{FunctionName: jsii.String("rotator")})})
		user := sm.NewSecret(s, jsii.String("User"), nil)
		user.AddRotationSchedule(jsii.String("Rotation"), &sm.RotationScheduleOptions{AutomaticallyAfter: awscdk.Duration_Hours(jsii.Number(6)),
			HostedRotation: sm.HostedRotation_MysqlMultiUser(&sm.MultiUserHostedRotationOptions{MasterSecret: master})})
		sm.NewRotationSchedule(s, jsii.String("Off"), &sm.RotationScheduleProps{AutomaticallyAfter: awscdk.Duration_Days(jsii.Number(0)),
			HostedRotation: sm.HostedRotation_MongoDbSingleUser(nil), Secret: user})
	},
	"Attachment": func(s awscdk.Stack) {
		secret := sm.NewSecret(s, jsii.String("Secret"), nil)
		secret.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("secretsmanager:GetSecretValue"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()}, Resources: jsii.Strings("*")}))
		attached := secret.Attach(target{})
		attached.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("secretsmanager:DescribeSecret"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()}, Resources: jsii.Strings("*")}))
		attached.GrantRead(role(s), nil)
		imported := sm.SecretTargetAttachment_FromSecretTargetAttachmentSecretArn(s, jsii.String("Imported"),
			jsii.String("arn:aws:secretsmanager:us-east-1:111111111111:secret:att-AbCdEf"))
		out(s, "AttachedArn", attached.SecretArn())
		out(s, "AttachedName", attached.SecretName())
		out(s, "ImportedName", imported.SecretName())
	},
}

func init() {
	templateCases["HostedVpc"] = func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		db := awsec2.NewSecurityGroup(s, jsii.String("Db"), &awsec2.SecurityGroupProps{Vpc: vpc})
		master := sm.NewSecret(s, jsii.String("Master"), nil)
		single := sm.HostedRotation_PostgreSqlSingleUser(&sm.SingleUserHostedRotationOptions{Vpc: vpc})
		master.AddRotationSchedule(jsii.String("Rotation"), &sm.RotationScheduleOptions{HostedRotation: single})
		single.Connections().AllowTo(db, awsec2.Port_Tcp(jsii.Number(5432)), nil)
		given := awsec2.NewSecurityGroup(s, jsii.String("Given"), &awsec2.SecurityGroupProps{Vpc: vpc})
		user := sm.NewSecret(s, jsii.String("User"), nil)
		multi := sm.HostedRotation_PostgreSqlMultiUser(&sm.MultiUserHostedRotationOptions{MasterSecret: master, Vpc: vpc,
			SecurityGroups: &[]awsec2.ISecurityGroup{given}, VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}})
		user.AddRotationSchedule(jsii.String("Rotation"), &sm.RotationScheduleOptions{HostedRotation: multi})
		db.Connections().AllowFrom(multi, awsec2.Port_Tcp(jsii.Number(5432)), nil)
	}
	errorCases["GroupsWithoutVpc"] = func(s awscdk.Stack) {
		sm.NewSecret(s, jsii.String("S"), nil).AddRotationSchedule(jsii.String("R"), &sm.RotationScheduleOptions{HostedRotation: sm.HostedRotation_MysqlSingleUser(
			&sm.SingleUserHostedRotationOptions{SecurityGroups: &[]awsec2.ISecurityGroup{awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("G"), jsii.String("sg-1"), nil)}})})
	}
	errorCases["ConnectionsNoVpc"] = func(s awscdk.Stack) { sm.HostedRotation_MysqlSingleUser(nil).Connections() }
	errorCases["ConnectionsUnbound"] = func(s awscdk.Stack) {
		sm.HostedRotation_MysqlSingleUser(&sm.SingleUserHostedRotationOptions{Vpc: awsec2.NewVpc(s, jsii.String("V"), nil)}).Connections()
	}
}

func TestTemplates(t *testing.T) { golden.CheckTemplates(t, templateCases, nil, nil) }

var errorCases = map[string]func(s awscdk.Stack){
	"TemplateWithoutKey": func(s awscdk.Stack) {
		sm.NewSecret(s, jsii.String("S"), &sm.SecretProps{GenerateSecretString: &sm.SecretStringGenerator{SecretStringTemplate: jsii.String("{}")}})
	},
	"TwoValues": func(s awscdk.Stack) {
		sm.NewSecret(s, jsii.String("S"), &sm.SecretProps{GenerateSecretString: &sm.SecretStringGenerator{},
			SecretStringValue: awscdk.SecretValue_UnsafePlainText(jsii.String("x"))})
	},
	"RotationNeither": func(s awscdk.Stack) {
		sm.NewRotationSchedule(s, jsii.String("R"), &sm.RotationScheduleProps{Secret: sm.NewSecret(s, jsii.String("S"), nil)})
	},
	"RotationTooShort": func(s awscdk.Stack) {
		sm.NewSecret(s, jsii.String("S"), nil).AddRotationSchedule(jsii.String("R"), &sm.RotationScheduleOptions{
			AutomaticallyAfter: awscdk.Duration_Hours(jsii.Number(1)), HostedRotation: sm.HostedRotation_MysqlSingleUser(nil)})
	},
	"ImportBothArns": func(s awscdk.Stack) {
		sm.Secret_FromSecretAttributes(s, jsii.String("I"), &sm.SecretAttributes{
			SecretCompleteArn: jsii.String("arn:aws:secretsmanager:us-east-1:1:secret:a-AbCdEf"),
			SecretPartialArn:  jsii.String("arn:aws:secretsmanager:us-east-1:1:secret:a")})
	},
	"IncompleteArn": func(s awscdk.Stack) {
		sm.Secret_FromSecretCompleteArn(s, jsii.String("I"), jsii.String("arn:aws:secretsmanager:us-east-1:111111111111:secret:short"))
	},
	"AttachTwice": func(s awscdk.Stack) {
		x := sm.NewSecret(s, jsii.String("S"), nil)
		x.Attach(target{})
		x.Attach(target{})
	},
	"MultiUserNoMaster": func(s awscdk.Stack) {
		sm.HostedRotation_PostgreSqlMultiUser(&sm.MultiUserHostedRotationOptions{})
	},
}

func TestErrors(t *testing.T) { golden.CheckErrors(t, errorCases, nil) }

func TestCrossStack(t *testing.T) {
	golden.CheckApp(t, []string{"CrossProducer", "CrossConsumer"}, func(app awscdk.App) {
		a := awscdk.NewStack(app, jsii.String("CrossProducer"), nil)
		secret := sm.NewSecret(a, jsii.String("Secret"), nil)
		b := awscdk.NewStack(app, jsii.String("CrossConsumer"), nil)
		secret.GrantRead(role(b), nil)
		out(b, "Value", secret.SecretValueFromJson(jsii.String("password")).UnsafeUnwrap())
	}, nil)
}
