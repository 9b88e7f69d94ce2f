package awsroute53

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsroute53"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// KeySigningKeyStatus is whether a key-signing key signs.
type KeySigningKeyStatus string

const (
	KeySigningKeyStatus_ACTIVE   KeySigningKeyStatus = "ACTIVE"
	KeySigningKeyStatus_INACTIVE KeySigningKeyStatus = "INACTIVE"
)

// ZoneSigningOptions are the options of HostedZone.EnableDnssec.
type ZoneSigningOptions struct {
	KmsKey            awskms.IKey `field:"required" json:"kmsKey" yaml:"kmsKey"`
	KeySigningKeyName *string     `field:"optional" json:"keySigningKeyName" yaml:"keySigningKeyName"`
}

// KeySigningKeyProps are the props of NewKeySigningKey.
type KeySigningKeyProps struct {
	HostedZone IHostedZone `field:"required" json:"hostedZone" yaml:"hostedZone"`
	// An asymmetric ECC_NIST_P256 SIGN_VERIFY key in us-east-1.
	KmsKey            awskms.IKey         `field:"required" json:"kmsKey" yaml:"kmsKey"`
	KeySigningKeyName *string             `field:"optional" json:"keySigningKeyName" yaml:"keySigningKeyName"`
	Status            KeySigningKeyStatus `field:"optional" json:"status" yaml:"status"`
}

// KeySigningKeyAttributes describe a key-signing key defined outside this app.
type KeySigningKeyAttributes struct {
	HostedZone        IHostedZone `field:"required" json:"hostedZone" yaml:"hostedZone"`
	KeySigningKeyName *string     `field:"required" json:"keySigningKeyName" yaml:"keySigningKeyName"`
}

// IKeySigningKey is a DNSSEC key-signing key of a hosted zone.
type IKeySigningKey interface {
	interfacesawsroute53.IKeySigningKeyRef
	awscdk.IResource
	HostedZone() IHostedZone
	KeySigningKeyId() *string
	KeySigningKeyName() *string
}

// KeySigningKey is a DNSSEC key-signing key (AWS::Route53::KeySigningKey).
type KeySigningKey interface {
	awscdk.Resource
	IKeySigningKey
}

type keySigningKey struct {
	awscdk.Resource
	zone     IHostedZone
	name, id *string
	imported bool
}

func (k *keySigningKey) HostedZone() IHostedZone    { return k.zone }
func (k *keySigningKey) KeySigningKeyName() *string { return k.name }
func (k *keySigningKey) KeySigningKeyId() *string {
	if k.imported {
		return jsii.String(deref(k.zone.HostedZoneId()) + "|" + deref(k.name))
	}
	return k.id
}
func (k *keySigningKey) KeySigningKeyRef() *interfacesawsroute53.KeySigningKeyReference {
	return &interfacesawsroute53.KeySigningKeyReference{HostedZoneId: k.zone.HostedZoneId(), KeySigningKeyName: k.name}
}

// KeySigningKey_PROPERTY_INJECTION_ID is the id property injectors use for KeySigningKey.
func KeySigningKey_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-route53.KeySigningKey")
}

// KeySigningKey_FromKeySigningKeyAttributes imports a key-signing key.
func KeySigningKey_FromKeySigningKeyAttributes(scope constructs.Construct, id *string, attrs *KeySigningKeyAttributes) IKeySigningKey {
	if attrs == nil {
		attrs = &KeySigningKeyAttributes{}
	}
	k := &keySigningKey{zone: attrs.HostedZone, name: attrs.KeySigningKeyName, imported: true}
	k.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(k.Resource, k)
	return k
}

type kskName struct{ k *keySigningKey }

func (n kskName) Produce() *string {
	return awscdk.Names_UniqueResourceName(n.k, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(128), AllowedSpecialCharacters: jsii.String("_")})
}

// NewKeySigningKey creates a key-signing key for a hosted zone and lets
// Route 53's DNSSEC service use kmsKey for that zone.
func NewKeySigningKey(scope constructs.Construct, id *string, props *KeySigningKeyProps) KeySigningKey {
	props = l2.Inject(*KeySigningKey_PROPERTY_INJECTION_ID(), props, scope, id)
	k := &keySigningKey{}
	name := props.nameOrNil()
	if name == nil {
		name = awscdk.Lazy_String(kskName{k}, nil)
	}
	k.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(k.Resource, k)
	if props == nil || props.HostedZone == nil || props.KmsKey == nil {
		l2.Throw(k, "KeySigningKey: hostedZone and kmsKey are required")
	}
	principal := func(cond map[string]interface{}) awsiam.IPrincipal {
		return awsiam.NewServicePrincipal(jsii.String("dnssec-route53.amazonaws.com"), &awsiam.ServicePrincipalOpts{Conditions: &cond})
	}
	props.KmsKey.Grant(principal(map[string]interface{}{"ArnEquals": map[string]interface{}{"aws:SourceArn": props.HostedZone.HostedZoneArn()}}),
		jsii.String("kms:DescribeKey"), jsii.String("kms:GetPublicKey"), jsii.String("kms:Sign"))
	props.KmsKey.Grant(principal(map[string]interface{}{"Bool": map[string]interface{}{"kms:GrantIsForAWSResource": true}}), jsii.String("kms:CreateGrant"))
	status := props.Status
	if status == "" {
		status = KeySigningKeyStatus_ACTIVE
	}
	cfn := NewCfnKeySigningKey(k, jsii.String("Resource"), &CfnKeySigningKeyProps{
		HostedZoneId: props.HostedZone.HostedZoneId(), KeyManagementServiceArn: props.KmsKey.KeyArn(),
		Name: k.PhysicalName(), Status: jsii.String(string(status)),
	})
	k.id, k.zone, k.name = cfn.Ref(), props.HostedZone, k.PhysicalName()
	return k
}

func (p *KeySigningKeyProps) nameOrNil() *string {
	if p == nil {
		return nil
	}
	return p.KeySigningKeyName
}
