package awskms

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

var (
	signActions        = []string{"kms:Sign"}
	verifyActions      = []string{"kms:Verify"}
	generateMacActions = []string{"kms:GenerateMac"}
	verifyMacActions   = []string{"kms:VerifyMac"}
)

// KeyGrants grants permissions on a key: in the key policy, the grantee's
// identity policy, or both, as aws-cdk-lib decides from the key's trust of
// account identities and where the grantee lives.
type KeyGrants interface {
	PolicyResource() awsiam.IResourceWithPolicyV2
	Resource() interfacesawskms.IKeyRef
	TrustAccountIdentities() *bool
	Actions(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	Admin(grantee awsiam.IGrantable) awsiam.Grant
	Decrypt(grantee awsiam.IGrantable) awsiam.Grant
	Encrypt(grantee awsiam.IGrantable) awsiam.Grant
	EncryptDecrypt(grantee awsiam.IGrantable) awsiam.Grant
	GenerateMac(grantee awsiam.IGrantable) awsiam.Grant
	Sign(grantee awsiam.IGrantable) awsiam.Grant
	SignVerify(grantee awsiam.IGrantable) awsiam.Grant
	Verify(grantee awsiam.IGrantable) awsiam.Grant
	VerifyMac(grantee awsiam.IGrantable) awsiam.Grant
}

type keyGrants struct {
	resource interfacesawskms.IKeyRef
	trust    bool
	base     *keyBase // the key's policy, when it is an L2 key
}

// keyBaseOf finds the L2 key behind a reference, if any.
func keyBaseOf(r interfacesawskms.IKeyRef) *keyBase {
	switch k := r.(type) {
	case *key:
		return &k.keyBase
	case *keyBase:
		return k
	}
	if h, ok := r.(interface{ strataKeyBase() *keyBase }); ok {
		return h.strataKeyBase()
	}
	return nil
}

func (k *keyBase) strataKeyBase() *keyBase { return k }

// KeyGrants_FromKey returns the grants of a key. trustAccountIdentities
// nil follows the @aws-cdk/aws-kms:defaultKeyPolicies flag. A key without
// a key policy Strata can add to (not an L2 key) takes identity grants only.
func KeyGrants_FromKey(resource interfacesawskms.IKeyRef, trustAccountIdentities *bool) KeyGrants {
	g := &keyGrants{resource: resource, base: keyBaseOf(resource)}
	if trustAccountIdentities != nil {
		g.trust = *trustAccountIdentities
	} else {
		v, ok := resource.Node().TryGetContext(str("@aws-cdk/aws-kms:defaultKeyPolicies")).(bool)
		g.trust = !ok || v
	}
	return g
}

func (g *keyGrants) PolicyResource() awsiam.IResourceWithPolicyV2 {
	if g.base == nil || g.base.policy == nil {
		return nil
	}
	return g.base.resourcePolicy
}
func (g *keyGrants) Resource() interfacesawskms.IKeyRef { return g.resource }
func (g *keyGrants) TrustAccountIdentities() *bool      { return jsii.Bool(g.trust) }

func (g *keyGrants) Actions(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	if g.base != nil {
		return g.base.grantWith(g.trust, grantee, actions)
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions,
		ResourceArns: &[]*string{g.resource.KeyRef().KeyArn}})
}

func (g *keyGrants) list(grantee awsiam.IGrantable, lists ...[]string) awsiam.Grant {
	var acts []*string
	for _, l := range lists {
		for _, a := range l {
			acts = append(acts, str(a))
		}
	}
	return g.Actions(grantee, acts...)
}

func (g *keyGrants) Admin(x awsiam.IGrantable) awsiam.Grant   { return g.list(x, adminActions) }
func (g *keyGrants) Decrypt(x awsiam.IGrantable) awsiam.Grant { return g.list(x, decryptActions) }
func (g *keyGrants) Encrypt(x awsiam.IGrantable) awsiam.Grant { return g.list(x, encryptActions) }
func (g *keyGrants) EncryptDecrypt(x awsiam.IGrantable) awsiam.Grant {
	return g.list(x, decryptActions, encryptActions)
}
func (g *keyGrants) Sign(x awsiam.IGrantable) awsiam.Grant   { return g.list(x, signActions) }
func (g *keyGrants) Verify(x awsiam.IGrantable) awsiam.Grant { return g.list(x, verifyActions) }
func (g *keyGrants) SignVerify(x awsiam.IGrantable) awsiam.Grant {
	return g.list(x, signActions, verifyActions)
}
func (g *keyGrants) GenerateMac(x awsiam.IGrantable) awsiam.Grant {
	return g.list(x, generateMacActions)
}
func (g *keyGrants) VerifyMac(x awsiam.IGrantable) awsiam.Grant { return g.list(x, verifyMacActions) }

// Grants returns the key's grants.
func (k *keyBase) Grants() KeyGrants { return KeyGrants_FromKey(k.self, jsii.Bool(k.trustAccount)) }

func (k *keyBase) GrantSign(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grantList(grantee, signActions)
}
func (k *keyBase) GrantVerify(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grantList(grantee, verifyActions)
}
func (k *keyBase) GrantSignVerify(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grantList(grantee, signActions, verifyActions)
}
func (k *keyBase) GrantGenerateMac(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grantList(grantee, generateMacActions)
}
func (k *keyBase) GrantVerifyMac(grantee awsiam.IGrantable) awsiam.Grant {
	return k.grantList(grantee, verifyMacActions)
}

func (a *alias) GrantSign(g awsiam.IGrantable) awsiam.Grant       { return a.target.GrantSign(g) }
func (a *alias) GrantVerify(g awsiam.IGrantable) awsiam.Grant     { return a.target.GrantVerify(g) }
func (a *alias) GrantSignVerify(g awsiam.IGrantable) awsiam.Grant { return a.target.GrantSignVerify(g) }
func (a *alias) GrantGenerateMac(g awsiam.IGrantable) awsiam.Grant {
	return a.target.GrantGenerateMac(g)
}
func (a *alias) GrantVerifyMac(g awsiam.IGrantable) awsiam.Grant { return a.target.GrantVerifyMac(g) }

func (a *importedAlias) GrantSign(g awsiam.IGrantable) awsiam.Grant {
	return a.grantList(g, signActions)
}
func (a *importedAlias) GrantVerify(g awsiam.IGrantable) awsiam.Grant {
	return a.grantList(g, verifyActions)
}
func (a *importedAlias) GrantSignVerify(g awsiam.IGrantable) awsiam.Grant {
	return a.grantList(g, signActions, verifyActions)
}
func (a *importedAlias) GrantGenerateMac(g awsiam.IGrantable) awsiam.Grant {
	return a.grantList(g, generateMacActions)
}
func (a *importedAlias) GrantVerifyMac(g awsiam.IGrantable) awsiam.Grant {
	return a.grantList(g, verifyMacActions)
}

// ---- statics ----

// Key_DEFAULT_DUMMY_KEY_ID is the key ID a key lookup returns before the
// toolkit has looked the key up.
func Key_DEFAULT_DUMMY_KEY_ID() *string { return str("1234abcd-12ab-34cd-56ef-1234567890ab") }

// Key_IsLookupDummy reports whether key is the placeholder of a lookup.
func Key_IsLookupDummy(key interfacesawskms.IKeyRef) *bool {
	return jsii.Bool(deref(key.KeyRef().KeyId) == *Key_DEFAULT_DUMMY_KEY_ID())
}

// Key_FromCfnKey wraps an L1 key as an IKey whose key policy can be added
// to; the CfnKey's KeyPolicy is then rendered from that document.
func Key_FromCfnKey(cfnKey CfnKey) IKey {
	const id = "@FromCfnKey"
	if existing := cfnKey.Node().TryFindChild(str(id)); existing != nil {
		if k, ok := existing.(IKey); ok {
			return k
		}
	}
	var doc awsiam.PolicyDocument
	func() {
		defer func() {
			if r := recover(); r != nil {
				doc = nil
			}
		}()
		doc = awsiam.PolicyDocument_FromJson(cfnKey.KeyPolicy())
	}()
	if doc == nil || containsIntrinsic(cfnKey.KeyPolicy()) {
		diag.Panic(*cfnKey.Node().Path(), "Could not parse the PolicyDocument of the passed AWS::KMS::Key resource because it contains CloudFormation functions. This makes it impossible to create a mutable IKey from that Policy. You have to use fromKeyArn instead, passing it the ARN attribute property of the low-level CfnKey")
	}
	cfnKey.SetKeyPolicy(awscdk.Lazy_Any(anyFunc(func() interface{} { return doc.ToJSON() }), nil))
	k := &keyBase{keyArn: cfnKey.AttrArn(), keyID: cfnKey.Ref(), policy: doc}
	k.self = k
	k.Resource = awscdk.NewResource(cfnKey, str(id), nil)
	host.Set(k.Resource, k)
	k.init()
	return k
}

type anyFunc func() interface{}

func (f anyFunc) Produce() interface{} { return f() }

// containsIntrinsic reports whether a JSON value holds a CloudFormation
// function ({"Ref": …} or {"Fn::…": …}) or a token.
func containsIntrinsic(v interface{}) bool {
	switch x := v.(type) {
	case map[string]interface{}:
		for k, e := range x {
			if k == "Ref" || len(k) > 4 && k[:4] == "Fn::" || containsIntrinsic(e) {
				return true
			}
		}
	case []interface{}:
		for _, e := range x {
			if containsIntrinsic(e) {
				return true
			}
		}
	case string:
		return *awscdk.Token_IsUnresolved(x)
	case *string:
		return x != nil && *awscdk.Token_IsUnresolved(*x)
	case awscdk.IResolvable:
		return true
	}
	return false
}

// Key_IsConstruct reports whether x is a construct.
func Key_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Key_IsResource reports whether construct is a Resource.
func Key_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Key_IsOwnedResource reports whether construct is a Resource this app created.
func Key_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Key_PROPERTY_INJECTION_ID is the id property injectors use for Key.
func Key_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-kms.Key") }

// Alias_IsConstruct reports whether x is a construct.
func Alias_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Alias_IsResource reports whether construct is a Resource.
func Alias_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Alias_IsOwnedResource reports whether construct is a Resource this app created.
func Alias_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Alias_PROPERTY_INJECTION_ID is the id property injectors use for Alias.
func Alias_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-kms.Alias") }

// NewKey_Override initialises a type embedding Key.
func NewKey_Override(outer Key, scope constructs.Construct, id *string, props *KeyProps) {
	l2.Override(outer, NewKey(scope, id, props))
}

// NewAlias_Override initialises a type embedding Alias.
func NewAlias_Override(outer Alias, scope constructs.Construct, id *string, props *AliasProps) {
	l2.Override(outer, NewAlias(scope, id, props))
}
