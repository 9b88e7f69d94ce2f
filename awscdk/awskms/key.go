package awskms

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// KeySpec is the type of key material.
type KeySpec string

const (
	KeySpec_SYMMETRIC_DEFAULT     KeySpec = "SYMMETRIC_DEFAULT"
	KeySpec_RSA_2048              KeySpec = "RSA_2048"
	KeySpec_RSA_3072              KeySpec = "RSA_3072"
	KeySpec_RSA_4096              KeySpec = "RSA_4096"
	KeySpec_ECC_NIST_P256         KeySpec = "ECC_NIST_P256"
	KeySpec_ECC_NIST_P384         KeySpec = "ECC_NIST_P384"
	KeySpec_ECC_NIST_P521         KeySpec = "ECC_NIST_P521"
	KeySpec_ECC_SECG_P256K1       KeySpec = "ECC_SECG_P256K1"
	KeySpec_HMAC_224              KeySpec = "HMAC_224"
	KeySpec_HMAC_256              KeySpec = "HMAC_256"
	KeySpec_HMAC_384              KeySpec = "HMAC_384"
	KeySpec_HMAC_512              KeySpec = "HMAC_512"
	KeySpec_SM2                   KeySpec = "SM2"
	KeySpec_ML_DSA_44             KeySpec = "ML_DSA_44"
	KeySpec_ML_DSA_65             KeySpec = "ML_DSA_65"
	KeySpec_ML_DSA_87             KeySpec = "ML_DSA_87"
	KeySpec_ECC_NIST_EDWARDS25519 KeySpec = "ECC_NIST_EDWARDS25519"
)

// KeyUsage is what a key is for.
type KeyUsage string

const (
	KeyUsage_ENCRYPT_DECRYPT     KeyUsage = "ENCRYPT_DECRYPT"
	KeyUsage_SIGN_VERIFY         KeyUsage = "SIGN_VERIFY"
	KeyUsage_GENERATE_VERIFY_MAC KeyUsage = "GENERATE_VERIFY_MAC"
	KeyUsage_KEY_AGREEMENT       KeyUsage = "KEY_AGREEMENT"
)

var denyLists = map[KeyUsage][]KeySpec{
	KeyUsage_ENCRYPT_DECRYPT:     {KeySpec_ECC_NIST_P256, KeySpec_ECC_NIST_P384, KeySpec_ECC_NIST_P521, KeySpec_ECC_SECG_P256K1, KeySpec_HMAC_224, KeySpec_HMAC_256, KeySpec_HMAC_384, KeySpec_HMAC_512, KeySpec_ML_DSA_44, KeySpec_ML_DSA_65, KeySpec_ML_DSA_87},
	KeyUsage_SIGN_VERIFY:         {KeySpec_SYMMETRIC_DEFAULT, KeySpec_HMAC_224, KeySpec_HMAC_256, KeySpec_HMAC_384, KeySpec_HMAC_512},
	KeyUsage_GENERATE_VERIFY_MAC: {KeySpec_RSA_2048, KeySpec_RSA_3072, KeySpec_RSA_4096, KeySpec_ECC_NIST_P256, KeySpec_ECC_NIST_P384, KeySpec_ECC_NIST_P521, KeySpec_ECC_SECG_P256K1, KeySpec_SYMMETRIC_DEFAULT, KeySpec_SM2, KeySpec_ML_DSA_44, KeySpec_ML_DSA_65, KeySpec_ML_DSA_87},
	KeyUsage_KEY_AGREEMENT:       {KeySpec_SYMMETRIC_DEFAULT, KeySpec_RSA_2048, KeySpec_RSA_3072, KeySpec_RSA_4096, KeySpec_ECC_SECG_P256K1, KeySpec_HMAC_224, KeySpec_HMAC_256, KeySpec_HMAC_384, KeySpec_HMAC_512, KeySpec_ML_DSA_44, KeySpec_ML_DSA_65, KeySpec_ML_DSA_87},
}

var (
	adminActions   = []string{"kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"}
	encryptActions = []string{"kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"}
	decryptActions = []string{"kms:Decrypt"}
	legacyAdmin    = []string{"kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion", "kms:GenerateDataKey", "kms:TagResource", "kms:UntagResource"}
)

// KeyProps are the props of NewKey.
type KeyProps struct {
	Admins                 *[]awsiam.IPrincipal  `field:"optional" json:"admins" yaml:"admins"`
	Alias                  *string               `field:"optional" json:"alias" yaml:"alias"`
	Description            *string               `field:"optional" json:"description" yaml:"description"`
	Enabled                *bool                 `field:"optional" json:"enabled" yaml:"enabled"`
	EnableKeyRotation      *bool                 `field:"optional" json:"enableKeyRotation" yaml:"enableKeyRotation"`
	KeySpec                KeySpec               `field:"optional" json:"keySpec" yaml:"keySpec"`
	KeyUsage               KeyUsage              `field:"optional" json:"keyUsage" yaml:"keyUsage"`
	MultiRegion            *bool                 `field:"optional" json:"multiRegion" yaml:"multiRegion"`
	PendingWindow          awscdk.Duration       `field:"optional" json:"pendingWindow" yaml:"pendingWindow"`
	Policy                 awsiam.PolicyDocument `field:"optional" json:"policy" yaml:"policy"`
	RemovalPolicy          awscdk.RemovalPolicy  `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	RotationPeriod         awscdk.Duration       `field:"optional" json:"rotationPeriod" yaml:"rotationPeriod"`
	TrustAccountIdentities *bool                 `field:"optional" json:"trustAccountIdentities" yaml:"trustAccountIdentities"`
}

// IKey is a KMS key.
type IKey interface {
	awscdk.IResource
	interfacesawskms.IKeyRef
	KeyArn() *string
	KeyId() *string
	AddAlias(alias *string) Alias
	AddToResourcePolicy(statement awsiam.PolicyStatement, allowNoOp *bool) *awsiam.AddToResourcePolicyResult
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	GrantAdmin(grantee awsiam.IGrantable) awsiam.Grant
	GrantDecrypt(grantee awsiam.IGrantable) awsiam.Grant
	GrantEncrypt(grantee awsiam.IGrantable) awsiam.Grant
	GrantEncryptDecrypt(grantee awsiam.IGrantable) awsiam.Grant
	GrantGenerateMac(grantee awsiam.IGrantable) awsiam.Grant
	GrantSign(grantee awsiam.IGrantable) awsiam.Grant
	GrantSignVerify(grantee awsiam.IGrantable) awsiam.Grant
	GrantVerify(grantee awsiam.IGrantable) awsiam.Grant
	GrantVerifyMac(grantee awsiam.IGrantable) awsiam.Grant
}

// Key is a KMS key (AWS::KMS::Key).
type Key interface {
	IKey
	awscdk.Resource
	Grants() KeyGrants
	Policy() awsiam.PolicyDocument
	TrustAccountIdentities() *bool
}

// keyBase is what created and imported keys share.
type keyBase struct {
	awscdk.Resource
	self           IKey
	keyArn, keyID  *string
	policy         awsiam.PolicyDocument
	trustAccount   bool
	aliases        []Alias
	resourcePolicy *resourceWithPolicy
}

func (k *keyBase) init() {
	k.resourcePolicy = &resourceWithPolicy{k}
	k.Node().AddValidation(validation(func() []string {
		if k.policy == nil {
			return nil
		}
		return derefAll(k.policy.ValidateForResourcePolicy(nil))
	}))
}

func (k *keyBase) KeyArn() *string { return k.keyArn }
func (k *keyBase) KeyId() *string  { return k.keyID }
func (k *keyBase) KeyRef() *interfacesawskms.KeyReference {
	return &interfacesawskms.KeyReference{KeyArn: k.keyArn, KeyId: k.keyID}
}
func (k *keyBase) Policy() awsiam.PolicyDocument { return k.policy }
func (k *keyBase) TrustAccountIdentities() *bool { b := k.trustAccount; return &b }

func (k *keyBase) AddAlias(aliasName *string) Alias {
	id := "Alias"
	if len(k.aliases) > 0 {
		id = "Alias" + deref(aliasName)
	}
	a := NewAlias(k.self.(constructs.Construct), str(id), &AliasProps{AliasName: aliasName, TargetKey: k.self})
	k.aliases = append(k.aliases, a)
	return a
}

func (k *keyBase) AddToResourcePolicy(statement awsiam.PolicyStatement, allowNoOp *bool) *awsiam.AddToResourcePolicyResult {
	if k.policy == nil {
		if allowNoOp == nil || *allowNoOp {
			f := false
			return &awsiam.AddToResourcePolicyResult{StatementAdded: &f}
		}
		diag.Panic(*k.Node().Path(), "Unable to add statement to IAM resource policy for KMS key: %s", deref(k.keyArn))
	}
	k.policy.AddStatements(statement)
	t := true
	return &awsiam.AddToResourcePolicyResult{StatementAdded: &t, PolicyDependable: k.policy}
}

// resourceWithPolicy adapts the key to awsiam.IResourceWithPolicyV2, whose
// AddToResourcePolicy takes no allowNoOp.
type resourceWithPolicy struct{ k *keyBase }

func (r *resourceWithPolicy) Env() *interfacesEnv { return r.k.Env() }
func (r *resourceWithPolicy) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	return r.k.AddToResourcePolicy(statement, nil)
}

func (k *keyBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return k.grantWith(k.trustAccount, grantee, actions)
}

// grantWith grants actions on the key as KeyGrants does, trusting the
// account's identities or not.
func (k *keyBase) grantWith(trust bool, grantee awsiam.IGrantable, actions []*string) awsiam.Grant {
	principal := grantee.GrantPrincipal()
	keyStack := awscdk.Stack_Of(k)
	var dependsAccount *string
	owned := false
	if c, ok := principal.(constructs.IConstruct); ok && *awscdk.Resource_IsOwnedResource(c) {
		owned = true
		gs := awscdk.Stack_Of(c)
		if gs.Node() != keyStack.Node() {
			for _, d := range *gs.Dependencies() {
				if d.Node() == keyStack.Node() {
					dependsAccount = gs.Account()
				}
			}
		}
	}
	var resourcePrincipal awsiam.IPrincipal = principal
	if dependsAccount != nil {
		resourcePrincipal = awsiam.NewAccountPrincipal(dependsAccount)
	}
	crossEnv := false
	if owned {
		is := awscdk.Stack_Of(principal.(constructs.IConstruct))
		reduce := *awscdk.FeatureFlags_Of(k).IsEnabled(str("@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope"))
		if reduce {
			crossEnv = (deref(keyStack.Account()) != deref(is.Account()) && deref(k.Env().Account) != deref(is.Account())) ||
				(deref(keyStack.Region()) != deref(is.Region()) && deref(k.Env().Region) != deref(is.Region()))
		} else {
			crossEnv = deref(keyStack.Account()) != deref(is.Account()) || deref(keyStack.Region()) != deref(is.Region())
		}
	}
	var selfArns *[]*string
	if !crossEnv {
		selfArns = &[]*string{str("*")}
	}
	if trust && !crossEnv {
		return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
			Grantee: grantee, Actions: &actions, Resource: k.resourcePolicy, ResourceArns: &[]*string{k.keyArn}, ResourceSelfArns: selfArns,
		})
	}
	arns := &[]*string{k.keyArn}
	if crossEnv {
		arns = &[]*string{str("*")}
	}
	return awsiam.Grant_AddToPrincipalAndResource(&awsiam.GrantOnPrincipalAndResourceOptions{
		Grantee: grantee, Actions: &actions, Resource: k.resourcePolicy, ResourceArns: arns, ResourceSelfArns: selfArns,
		ResourcePolicyPrincipal: resourcePrincipal,
	})
}

func (k *keyBase) grantList(grantee awsiam.IGrantable, lists ...[]string) awsiam.Grant {
	var acts []*string
	for _, l := range lists {
		for _, a := range l {
			acts = append(acts, str(a))
		}
	}
	return k.self.Grant(grantee, acts...)
}

func (k *keyBase) GrantAdmin(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grantList(grantee, adminActions)
}
func (k *keyBase) GrantDecrypt(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grantList(grantee, decryptActions)
}
func (k *keyBase) GrantEncrypt(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grantList(grantee, encryptActions)
}
func (k *keyBase) GrantEncryptDecrypt(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grantList(grantee, decryptActions, encryptActions)
}

type key struct {
	keyBase
	res CfnKey
}

// NewKey creates a KMS key. Its removal policy defaults to RETAIN.
func NewKey(scope constructs.Construct, id *string, props *KeyProps) Key {
	// Property injectors (aws-cdk-lib's propertyInjectable) see the props first.
	props = l2.Inject(*Key_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &KeyProps{}
	}
	k := &key{}
	k.self = k
	k.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(k.Resource, k)
	k.init()
	spec, usage := props.KeySpec, props.KeyUsage
	if spec == "" {
		spec = KeySpec_SYMMETRIC_DEFAULT
	}
	if usage == "" {
		usage = KeyUsage_ENCRYPT_DECRYPT
	}
	for _, d := range denyLists[usage] {
		if d == spec {
			addError(k, "key spec '%s' is not valid with usage '%s'", spec, usage)
		}
	}
	rotation := props.EnableKeyRotation
	if strings.HasPrefix(string(spec), "HMAC") && boolOr(rotation, false) {
		addError(k, "key rotation cannot be enabled on HMAC keys")
	} else if spec != KeySpec_SYMMETRIC_DEFAULT && boolOr(rotation, false) {
		addError(k, "key rotation cannot be enabled on asymmetric keys")
	}
	var rotationDays *float64
	if props.RotationPeriod != nil {
		if rotation != nil && !*rotation {
			addError(k, "'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled")
		}
		rotationDays = props.RotationPeriod.ToDays(nil)
		if *rotationDays < 90 || *rotationDays > 2560 {
			addError(k, "'rotationPeriod' value must between 90 and 2650 days. Received: %s", formatNumber(*rotationDays))
		}
		if rotation == nil {
			t := true
			rotation = &t
		}
	}
	k.policy = props.Policy
	if k.policy == nil {
		k.policy = awsiam.NewPolicyDocument(nil)
	}
	// An expired flag in aws-cdk-lib v2: always on.
	// TODO(core): awscdk.FeatureFlags should report expired flags as enabled.
	if v, ok := k.Node().TryGetContext(str("@aws-cdk/aws-kms:defaultKeyPolicies")).(bool); !ok || v {
		if props.TrustAccountIdentities != nil && !*props.TrustAccountIdentities {
			addError(k, "`trustAccountIdentities` cannot be false if the @aws-cdk/aws-kms:defaultKeyPolicies feature flag is set")
		}
		k.trustAccount = true
		if props.Policy == nil {
			k.addAdminPolicy([]string{"kms:*"})
		}
	} else {
		k.trustAccount = boolOr(props.TrustAccountIdentities, false)
		if k.trustAccount {
			k.addAdminPolicy([]string{"kms:*"})
		} else {
			k.addAdminPolicy(legacyAdmin)
		}
	}
	var pending *float64
	if props.PendingWindow != nil {
		pending = props.PendingWindow.ToDays(nil)
		if *pending < 7 || *pending > 30 {
			addError(k, "'pendingWindow' value must between 7 and 30 days. Received: %s", formatNumber(*pending))
		}
	}
	var keySpec, keyUsage *string
	if props.KeySpec != "" {
		keySpec = str(string(props.KeySpec))
	}
	if props.KeyUsage != "" {
		keyUsage = str(string(props.KeyUsage))
	}
	k.res = NewCfnKey(k, str("Resource"), &CfnKeyProps{
		Description:          props.Description,
		EnableKeyRotation:    boolValue(rotation),
		RotationPeriodInDays: rotationDays,
		Enabled:              boolValue(props.Enabled),
		KeySpec:              keySpec,
		KeyUsage:             keyUsage,
		KeyPolicy:            k.policy,
		MultiRegion:          boolValue(props.MultiRegion),
		PendingWindowInDays:  pending,
	})
	k.keyArn = k.res.AttrArn()
	k.keyID = k.res.Ref()
	k.res.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	if props.Admins != nil {
		for _, p := range *props.Admins {
			k.GrantAdmin(p)
		}
	}
	if props.Alias != nil {
		k.AddAlias(props.Alias)
	}
	return k
}

func boolValue(b *bool) interface{} {
	if b == nil {
		return nil
	}
	return b
}

func (k *key) addAdminPolicy(actions []string) {
	k.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources:  &[]*string{str("*")},
		Actions:    ptrs(actions),
		Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()},
	}), nil)
}

// Key_FromKeyArn imports a key by ARN. Grants go to the grantee's identity
// policy: the key's policy is assumed to trust the account.
func Key_FromKeyArn(scope constructs.Construct, id *string, keyArn *string) IKey {
	parts := awscdk.Stack_Of(scope).SplitArn(keyArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	if parts.ResourceName == nil || deref(parts.ResourceName) == "" {
		diag.Panic(*scope.Node().Path(), "KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', got: '%s'", deref(keyArn))
	}
	k := &keyBase{keyArn: keyArn, keyID: parts.ResourceName, trustAccount: true}
	k.self = k
	k.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: keyArn})
	host.Set(k.Resource, k)
	k.init()
	return k
}
