package awssecretsmanager

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// AttachmentTargetType is the kind of database a secret is attached to.
type AttachmentTargetType string

const (
	AttachmentTargetType_RDS_DB_INSTANCE   AttachmentTargetType = "RDS_DB_INSTANCE"
	AttachmentTargetType_RDS_DB_CLUSTER    AttachmentTargetType = "RDS_DB_CLUSTER"
	AttachmentTargetType_RDS_DB_PROXY      AttachmentTargetType = "RDS_DB_PROXY"
	AttachmentTargetType_REDSHIFT_CLUSTER  AttachmentTargetType = "REDSHIFT_CLUSTER"
	AttachmentTargetType_DOCDB_DB_INSTANCE AttachmentTargetType = "DOCDB_DB_INSTANCE"
	AttachmentTargetType_DOCDB_DB_CLUSTER  AttachmentTargetType = "DOCDB_DB_CLUSTER"
)

var attachmentTargetTypeValues = map[AttachmentTargetType]string{
	AttachmentTargetType_RDS_DB_INSTANCE: "AWS::RDS::DBInstance", AttachmentTargetType_RDS_DB_CLUSTER: "AWS::RDS::DBCluster",
	AttachmentTargetType_RDS_DB_PROXY: "AWS::RDS::DBProxy", AttachmentTargetType_REDSHIFT_CLUSTER: "AWS::Redshift::Cluster",
	AttachmentTargetType_DOCDB_DB_INSTANCE: "AWS::DocDB::DBInstance", AttachmentTargetType_DOCDB_DB_CLUSTER: "AWS::DocDB::DBCluster",
}

// SecretAttachmentTargetProps identify what a secret is attached to.
type SecretAttachmentTargetProps struct {
	TargetId   *string              `field:"required" json:"targetId" yaml:"targetId"`
	TargetType AttachmentTargetType `field:"required" json:"targetType" yaml:"targetType"`
}

// ISecretAttachmentTarget is something a secret can be attached to (a database).
type ISecretAttachmentTarget interface {
	AsSecretAttachmentTarget() *SecretAttachmentTargetProps
}

// AttachedSecretOptions are the options of attaching a secret.
type AttachedSecretOptions struct {
	Target ISecretAttachmentTarget `field:"required" json:"target" yaml:"target"`
}

// SecretTargetAttachmentProps define a secret attachment.
type SecretTargetAttachmentProps struct {
	Target ISecretAttachmentTarget `field:"required" json:"target" yaml:"target"`
	Secret ISecret                 `field:"required" json:"secret" yaml:"secret"`
}

// ISecretTargetAttachment is a secret attached to a database.
type ISecretTargetAttachment interface {
	ISecret
	interfacesawssecretsmanager.ISecretTargetAttachmentRef
	SecretTargetAttachmentSecretArn() *string
}

// SecretTargetAttachment attaches a secret to a database
// (AWS::SecretsManager::SecretTargetAttachment).
type SecretTargetAttachment interface {
	awscdk.Resource
	ISecret
	ISecretTargetAttachment
	ArnForPolicies() *string
	AutoCreatePolicy() *bool
	SecretRef() *interfacesawssecretsmanager.SecretReference
}

type secretTargetAttachment struct {
	secretBase
	attached ISecret
}

// SecretTargetAttachment_PROPERTY_INJECTION_ID is the id property injectors use for SecretTargetAttachment.
func SecretTargetAttachment_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-secretsmanager.SecretTargetAttachment")
}

const attachmentPolicyFlag = "@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments"

// NewSecretTargetAttachment attaches a secret to a database.
func NewSecretTargetAttachment(scope constructs.Construct, id *string, props *SecretTargetAttachmentProps) SecretTargetAttachment {
	props = l2.Inject(*SecretTargetAttachment_PROPERTY_INJECTION_ID(), props, scope, id)
	a := &secretTargetAttachment{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	a.autoCreatePolicy = true
	a.init(a)
	if props == nil || props.Secret == nil || props.Target == nil {
		throw(a, "SecretTargetAttachment needs a secret and a target")
	}
	a.attached = props.Secret
	target := props.Target.AsSecretAttachmentTarget()
	tt, ok := attachmentTargetTypeValues[target.TargetType]
	if !ok {
		tt = string(target.TargetType)
	}
	res := NewCfnSecretTargetAttachment(a, str("Resource"), &CfnSecretTargetAttachmentProps{
		SecretId: props.Secret.SecretArn(), TargetId: target.TargetId, TargetType: str(tt),
	})
	a.key = props.Secret.EncryptionKey()
	a.name = props.Secret.SecretName()
	a.arn = res.Ref()
	return a
}

func (a *secretTargetAttachment) SecretTargetAttachmentSecretArn() *string { return a.arn }

func (a *secretTargetAttachment) SecretTargetAttachmentRef() *interfacesawssecretsmanager.SecretTargetAttachmentReference {
	return &interfacesawssecretsmanager.SecretTargetAttachmentReference{SecretId: a.arn}
}

func (a *secretTargetAttachment) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if flag(a, attachmentPolicyFlag) {
		return a.attached.AddToResourcePolicy(statement)
	}
	return a.secretBase.AddToResourcePolicy(statement)
}

type importedAttachment struct {
	secretBase
}

func (a *importedAttachment) SecretTargetAttachmentSecretArn() *string { return a.arn }

func (a *importedAttachment) SecretTargetAttachmentRef() *interfacesawssecretsmanager.SecretTargetAttachmentReference {
	return &interfacesawssecretsmanager.SecretTargetAttachmentReference{SecretId: a.arn}
}

// SecretTargetAttachment_FromSecretTargetAttachmentSecretArn imports an attached secret by its ARN.
func SecretTargetAttachment_FromSecretTargetAttachmentSecretArn(scope constructs.Construct, id *string, secretTargetAttachmentSecretArn *string) ISecretTargetAttachment {
	a := &importedAttachment{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	a.init(a)
	a.arn = secretTargetAttachmentSecretArn
	a.name = parseSecretName(scope, secretTargetAttachmentSecretArn)
	return a
}
