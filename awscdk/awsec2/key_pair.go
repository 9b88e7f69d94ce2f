package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsssm"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// KeyPairType is the key algorithm of a key pair.
type KeyPairType string

const (
	KeyPairType_RSA     KeyPairType = "RSA"
	KeyPairType_ED25519 KeyPairType = "ED25519"
)

// KeyPairFormat is the format of a key pair's private key.
type KeyPairFormat string

const (
	KeyPairFormat_PPK KeyPairFormat = "PPK"
	KeyPairFormat_PEM KeyPairFormat = "PEM"
)

// KeyPairProps are the props of NewKeyPair.
type KeyPairProps struct {
	Account            *string       `field:"optional" json:"account" yaml:"account"`
	EnvironmentFromArn *string       `field:"optional" json:"environmentFromArn" yaml:"environmentFromArn"`
	PhysicalName       *string       `field:"optional" json:"physicalName" yaml:"physicalName"`
	Region             *string       `field:"optional" json:"region" yaml:"region"`
	Format             KeyPairFormat `field:"optional" json:"format" yaml:"format"`
	KeyPairName        *string       `field:"optional" json:"keyPairName" yaml:"keyPairName"`
	PublicKeyMaterial  *string       `field:"optional" json:"publicKeyMaterial" yaml:"publicKeyMaterial"`
	Type               KeyPairType   `field:"optional" json:"type" yaml:"type"`
}

// KeyPairAttributes describe a key pair defined outside this app.
type KeyPairAttributes struct {
	KeyPairName *string     `field:"required" json:"keyPairName" yaml:"keyPairName"`
	Type        KeyPairType `field:"optional" json:"type" yaml:"type"`
}

// IKeyPair is an EC2 key pair.
type IKeyPair interface {
	interfacesawsec2.IKeyPairRef
	awscdk.IResource
	KeyPairName() *string
	Type() KeyPairType
}

// KeyPair is an EC2 key pair defined in this app (AWS::EC2::KeyPair); EC2
// keeps a generated private key in SSM under /ec2/keypair/<id>.
type KeyPair interface {
	awscdk.Resource
	IKeyPair
	Format() KeyPairFormat
	HasImportedMaterial() *bool
	KeyPairFingerprint() *string
	KeyPairId() *string
	KeyPairRef() *interfacesawsec2.KeyPairReference
	// PrivateKey is the SSM parameter EC2 keeps the generated private key in.
	PrivateKey() awsssm.IStringParameter
	ToString() *string
}

type keyPair struct {
	awscdk.Resource
	name, fingerprint, id *string
	typ                   KeyPairType
	format                KeyPairFormat
	imported              bool
	privateKey            awsssm.IStringParameter
}

func (k *keyPair) PrivateKey() awsssm.IStringParameter {
	if k.imported {
		throw(k, "An SSM parameter with private key material is not created for imported keys")
	}
	if k.privateKey == nil {
		k.privateKey = awsssm.StringParameter_FromSecureStringParameterAttributes(k, str("PrivateKeyParameter"),
			&awsssm.SecureStringParameterAttributes{ParameterName: str("/ec2/keypair/" + deref(k.id)), SimpleName: boolp(false)})
	}
	return k.privateKey
}

func (k *keyPair) KeyPairName() *string        { return k.name }
func (k *keyPair) Type() KeyPairType           { return k.typ }
func (k *keyPair) Format() KeyPairFormat       { return k.format }
func (k *keyPair) HasImportedMaterial() *bool  { return boolp(k.imported) }
func (k *keyPair) KeyPairFingerprint() *string { return k.fingerprint }
func (k *keyPair) KeyPairId() *string          { return k.id }
func (k *keyPair) KeyPairRef() *interfacesawsec2.KeyPairReference {
	return &interfacesawsec2.KeyPairReference{KeyName: k.name}
}

// osCompatible: ED25519 keys do not work with Windows images.
func keyPairOsCompatible(t KeyPairType, os OperatingSystemType) bool {
	return t != KeyPairType_ED25519 || os != OperatingSystemType_WINDOWS
}

type stableString func() *string

func (p stableString) Produce() *string { return p() }

// NewKeyPair creates a key pair (RSA, PEM by default), or imports public key material.
func NewKeyPair(scope constructs.Construct, id *string, props *KeyPairProps) KeyPair {
	props = l2.Inject(*KeyPair_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &KeyPairProps{}
	}
	k := &keyPair{}
	name := props.KeyPairName
	if name == nil {
		name = awscdk.Lazy_String(stableString(func() *string {
			return awscdk.Names_UniqueResourceName(k, &awscdk.UniqueResourceNameOptions{MaxLength: num(255)})
		}), nil)
	}
	k.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{Account: props.Account, Region: props.Region,
		EnvironmentFromArn: props.EnvironmentFromArn, PhysicalName: name})
	host.Set(k.Resource, k)
	if props.PublicKeyMaterial != nil && props.Type != "" {
		throw(k, "Cannot specify 'type' for keys with imported material")
	}
	k.imported = props.PublicKeyMaterial != nil
	k.typ, k.format = KeyPairType_RSA, KeyPairFormat_PEM
	if props.Type != "" {
		k.typ = props.Type
	}
	if props.Format != "" {
		k.format = props.Format
	}
	typ := map[KeyPairType]string{KeyPairType_RSA: "rsa", KeyPairType_ED25519: "ed25519"}[k.typ]
	format := map[KeyPairFormat]string{KeyPairFormat_PPK: "ppk", KeyPairFormat_PEM: "pem"}[k.format]
	res := NewCfnKeyPair(k, str("Resource"), &CfnKeyPairProps{KeyName: k.PhysicalName(), KeyType: str(typ), KeyFormat: str(format),
		PublicKeyMaterial: props.PublicKeyMaterial})
	k.name, k.fingerprint, k.id = res.Ref(), res.AttrKeyFingerprint(), res.AttrKeyPairId()
	return k
}

// KeyPair_FromKeyPairName imports a key pair by name.
func KeyPair_FromKeyPairName(scope constructs.Construct, id *string, keyPairName *string) IKeyPair {
	return KeyPair_FromKeyPairAttributes(scope, id, &KeyPairAttributes{KeyPairName: keyPairName})
}

// KeyPair_FromKeyPairAttributes imports a key pair.
func KeyPair_FromKeyPairAttributes(scope constructs.Construct, id *string, attrs *KeyPairAttributes) IKeyPair {
	if attrs == nil {
		attrs = &KeyPairAttributes{}
	}
	k := &keyPair{name: attrs.KeyPairName, typ: attrs.Type}
	k.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(k.Resource, k)
	return k
}

func KeyPair_PROPERTY_INJECTION_ID() *string  { return jsii.String("aws-cdk-lib.aws-ec2.KeyPair") }
func KeyPair_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func KeyPair_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func KeyPair_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
