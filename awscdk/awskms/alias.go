package awskms

import (
	"regexp"
	"strings"
	"sync"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

const (
	aliasPrefix     = "alias/"
	disallowedAlias = "alias/aws/"
)

// aliasRe is compiled on first use: its {1,256} costs every program that
// imports the package thousands of allocations at start-up otherwise.
var aliasRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-zA-Z0-9:/_-]{1,256}$`) })

// AliasProps are the props of NewAlias.
type AliasProps struct {
	AliasName     *string              `field:"required" json:"aliasName" yaml:"aliasName"`
	TargetKey     IKey                 `field:"required" json:"targetKey" yaml:"targetKey"`
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
}

// IAlias is a KMS alias; it can be used where a key is expected.
type IAlias interface {
	interfacesawskms.IAliasRef
	IKey
	AliasName() *string
	AliasTargetKey() IKey
}

// Alias is a KMS alias (AWS::KMS::Alias).
type Alias interface {
	IAlias
	awscdk.Resource
	AliasArn() *string
}

// AliasAttributes identify an existing alias and its key.
type AliasAttributes struct {
	AliasName      *string `field:"required" json:"aliasName" yaml:"aliasName"`
	AliasTargetKey IKey    `field:"required" json:"aliasTargetKey" yaml:"aliasTargetKey"`
}

// Alias_FromAliasAttributes imports an alias whose key is known: grants
// and policies go to that key.
func Alias_FromAliasAttributes(scope constructs.Construct, id *string, attrs *AliasAttributes) IAlias {
	if attrs == nil || attrs.AliasTargetKey == nil {
		l2.RequireProps(scope, id, "AliasAttributes", "AliasName", "AliasTargetKey")
	}
	a := &alias{name: attrs.AliasName, target: attrs.AliasTargetKey}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	return a
}

type alias struct {
	awscdk.Resource
	name   *string
	target IKey
	res    CfnAlias
}

// NewAlias creates an alias for a key; "alias/" is prefixed when missing.
func NewAlias(scope constructs.Construct, id *string, props *AliasProps) Alias {
	props = l2.Inject(*Alias_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "Alias", "AliasName")
	}
	name := deref(props.AliasName)
	var errs []string
	if !*awscdk.Token_IsUnresolved(props.AliasName) {
		if !strings.HasPrefix(name, aliasPrefix) {
			name = aliasPrefix + name
		}
		if name == aliasPrefix {
			errs = append(errs, "Alias must include a value after \""+aliasPrefix+"\": "+name)
		} else if strings.HasPrefix(strings.ToLower(name), disallowedAlias) {
			errs = append(errs, "Alias cannot start with "+disallowedAlias+": "+name)
		} else if !aliasRe().MatchString(name) {
			errs = append(errs, "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-")
		}
	}
	a := &alias{name: str(name), target: props.TargetKey}
	a.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: a.name})
	host.Set(a.Resource, a)
	for _, e := range errs {
		addError(a, "%s", e)
	}
	a.res = NewCfnAlias(a, str("Resource"), &CfnAliasProps{AliasName: a.PhysicalName(), TargetKeyId: props.TargetKey.KeyArn()})
	if props.RemovalPolicy != "" {
		a.res.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	}
	return a
}

func (a *alias) AliasName() *string {
	if a.res == nil {
		return a.name // imported with Alias_FromAliasAttributes
	}
	return a.res.Ref()
}
func (a *alias) AliasArn() *string {
	return awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: str("kms"), Resource: a.AliasName()})
}
func (a *alias) AliasRef() *interfacesawskms.AliasReference {
	return &interfacesawskms.AliasReference{AliasName: a.AliasName()}
}
func (a *alias) AliasTargetKey() IKey { return a.target }
func (a *alias) KeyArn() *string {
	return awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: str("kms"), Resource: a.AliasName()})
}
func (a *alias) KeyId() *string { return a.AliasName() }
func (a *alias) KeyRef() *interfacesawskms.KeyReference {
	return &interfacesawskms.KeyReference{KeyArn: a.KeyArn(), KeyId: a.KeyId()}
}
func (a *alias) AddAlias(alias *string) Alias { return a.target.AddAlias(alias) }
func (a *alias) AddToResourcePolicy(statement awsiam.PolicyStatement, allowNoOp *bool) *awsiam.AddToResourcePolicyResult {
	return a.target.AddToResourcePolicy(statement, allowNoOp)
}
func (a *alias) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return a.target.Grant(grantee, actions...)
}
func (a *alias) GrantAdmin(grantee awsiam.IGrantable) awsiam.Grant {
	return a.target.GrantAdmin(grantee)
}
func (a *alias) GrantDecrypt(grantee awsiam.IGrantable) awsiam.Grant {
	return a.target.GrantDecrypt(grantee)
}
func (a *alias) GrantEncrypt(grantee awsiam.IGrantable) awsiam.Grant {
	return a.target.GrantEncrypt(grantee)
}
func (a *alias) GrantEncryptDecrypt(grantee awsiam.IGrantable) awsiam.Grant {
	return a.target.GrantEncryptDecrypt(grantee)
}

// Alias_FromAliasName imports an alias by name. Grants on it go only to
// the grantee's identity policy.
func Alias_FromAliasName(scope constructs.Construct, id *string, aliasName *string) IAlias {
	a := &importedAlias{name: aliasName}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	return a
}

type importedAlias struct {
	awscdk.Resource
	name *string
}

func (a *importedAlias) AliasName() *string { return a.name }
func (a *importedAlias) AliasTargetKey() IKey {
	diag.Panic(*a.Node().Path(), "Cannot access aliasTargetKey on an Alias imported by Alias.fromAliasName().")
	return nil
}
func (a *importedAlias) KeyArn() *string {
	return awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: str("kms"), Resource: a.name})
}
func (a *importedAlias) KeyId() *string { return a.name }
func (a *importedAlias) KeyRef() *interfacesawskms.KeyReference {
	return &interfacesawskms.KeyReference{KeyArn: a.KeyArn(), KeyId: a.KeyId()}
}
func (a *importedAlias) AddAlias(*string) Alias {
	diag.Panic(*a.Node().Path(), "Cannot call addAlias on an Alias imported by Alias.fromAliasName().")
	return nil
}
func (a *importedAlias) AddToResourcePolicy(awsiam.PolicyStatement, *bool) *awsiam.AddToResourcePolicyResult {
	f := false
	return &awsiam.AddToResourcePolicyResult{StatementAdded: &f}
}

// Grant grants on any key of the account that has this alias, under the
// @aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal flag; without
// it, the grant is dropped, as in aws-cdk-lib.
func (a *importedAlias) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	if !*awscdk.FeatureFlags_Of(a).IsEnabled(str("@aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal")) {
		return awsiam.Grant_Drop(grantee, str(""))
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions,
		ResourceArns: &[]*string{awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: str("kms"), Resource: str("key"), ResourceName: str("*")})},
		Conditions:   &map[string]*map[string]interface{}{"ForAnyValue:StringEquals": {"kms:ResourceAliases": a.name}}})
}
func (a *importedAlias) AliasArn() *string {
	return awscdk.Stack_Of(a).FormatArn(&awscdk.ArnComponents{Service: str("kms"), Resource: a.name})
}
func (a *importedAlias) AliasRef() *interfacesawskms.AliasReference {
	return &interfacesawskms.AliasReference{AliasName: a.name}
}
func (a *importedAlias) grantList(g awsiam.IGrantable, lists ...[]string) awsiam.Grant {
	var acts []*string
	for _, l := range lists {
		for _, x := range l {
			acts = append(acts, str(x))
		}
	}
	return a.Grant(g, acts...)
}
func (a *importedAlias) GrantAdmin(g awsiam.IGrantable) awsiam.Grant {
	return a.grantList(g, adminActions)
}
func (a *importedAlias) GrantDecrypt(g awsiam.IGrantable) awsiam.Grant {
	return a.grantList(g, decryptActions)
}
func (a *importedAlias) GrantEncrypt(g awsiam.IGrantable) awsiam.Grant {
	return a.grantList(g, encryptActions)
}
func (a *importedAlias) GrantEncryptDecrypt(g awsiam.IGrantable) awsiam.Grant {
	return a.grantList(g, decryptActions, encryptActions)
}
