package awscognito

import (
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscognito"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ProviderAttribute is an attribute of a third-party identity provider,
// mapped onto a user pool attribute by AttributeMapping.
type ProviderAttribute interface {
	AttributeName() *string
}

type providerAttribute struct{ name string }

func (a *providerAttribute) AttributeName() *string { return jsii.String(a.name) }

func providerAttr(name string) ProviderAttribute { return &providerAttribute{name} }

// ProviderAttribute_Other is any attribute the provider knows by attributeName.
func ProviderAttribute_Other(attributeName *string) ProviderAttribute {
	return providerAttr(deref(attributeName))
}

func ProviderAttribute_AMAZON_EMAIL() ProviderAttribute       { return providerAttr("email") }
func ProviderAttribute_AMAZON_NAME() ProviderAttribute        { return providerAttr("name") }
func ProviderAttribute_AMAZON_POSTAL_CODE() ProviderAttribute { return providerAttr("postal_code") }
func ProviderAttribute_AMAZON_USER_ID() ProviderAttribute     { return providerAttr("user_id") }
func ProviderAttribute_APPLE_EMAIL() ProviderAttribute        { return providerAttr("email") }
func ProviderAttribute_APPLE_EMAIL_VERIFIED() ProviderAttribute {
	return providerAttr("email_verified")
}
func ProviderAttribute_APPLE_FIRST_NAME() ProviderAttribute     { return providerAttr("firstName") }
func ProviderAttribute_APPLE_LAST_NAME() ProviderAttribute      { return providerAttr("lastName") }
func ProviderAttribute_APPLE_NAME() ProviderAttribute           { return providerAttr("name") }
func ProviderAttribute_FACEBOOK_BIRTHDAY() ProviderAttribute    { return providerAttr("birthday") }
func ProviderAttribute_FACEBOOK_EMAIL() ProviderAttribute       { return providerAttr("email") }
func ProviderAttribute_FACEBOOK_FIRST_NAME() ProviderAttribute  { return providerAttr("first_name") }
func ProviderAttribute_FACEBOOK_GENDER() ProviderAttribute      { return providerAttr("gender") }
func ProviderAttribute_FACEBOOK_ID() ProviderAttribute          { return providerAttr("id") }
func ProviderAttribute_FACEBOOK_LAST_NAME() ProviderAttribute   { return providerAttr("last_name") }
func ProviderAttribute_FACEBOOK_LOCALE() ProviderAttribute      { return providerAttr("locale") }
func ProviderAttribute_FACEBOOK_MIDDLE_NAME() ProviderAttribute { return providerAttr("middle_name") }
func ProviderAttribute_FACEBOOK_NAME() ProviderAttribute        { return providerAttr("name") }
func ProviderAttribute_GOOGLE_BIRTHDAYS() ProviderAttribute     { return providerAttr("birthdays") }
func ProviderAttribute_GOOGLE_EMAIL() ProviderAttribute         { return providerAttr("email") }
func ProviderAttribute_GOOGLE_EMAIL_VERIFIED() ProviderAttribute {
	return providerAttr("email_verified")
}
func ProviderAttribute_GOOGLE_FAMILY_NAME() ProviderAttribute   { return providerAttr("family_name") }
func ProviderAttribute_GOOGLE_GENDER() ProviderAttribute        { return providerAttr("gender") }
func ProviderAttribute_GOOGLE_GIVEN_NAME() ProviderAttribute    { return providerAttr("given_name") }
func ProviderAttribute_GOOGLE_NAME() ProviderAttribute          { return providerAttr("name") }
func ProviderAttribute_GOOGLE_NAMES() ProviderAttribute         { return providerAttr("names") }
func ProviderAttribute_GOOGLE_PHONE_NUMBERS() ProviderAttribute { return providerAttr("phoneNumbers") }
func ProviderAttribute_GOOGLE_PICTURE() ProviderAttribute       { return providerAttr("picture") }

// AttributeMapping maps provider attributes onto the user pool's standard
// attributes and, through Custom, onto custom ones ("custom:..." keys).
type AttributeMapping struct {
	Address           ProviderAttribute             `field:"optional" json:"address" yaml:"address"`
	Birthdate         ProviderAttribute             `field:"optional" json:"birthdate" yaml:"birthdate"`
	Custom            *map[string]ProviderAttribute `field:"optional" json:"custom" yaml:"custom"`
	Email             ProviderAttribute             `field:"optional" json:"email" yaml:"email"`
	EmailVerified     ProviderAttribute             `field:"optional" json:"emailVerified" yaml:"emailVerified"`
	FamilyName        ProviderAttribute             `field:"optional" json:"familyName" yaml:"familyName"`
	Fullname          ProviderAttribute             `field:"optional" json:"fullname" yaml:"fullname"`
	Gender            ProviderAttribute             `field:"optional" json:"gender" yaml:"gender"`
	GivenName         ProviderAttribute             `field:"optional" json:"givenName" yaml:"givenName"`
	LastUpdateTime    ProviderAttribute             `field:"optional" json:"lastUpdateTime" yaml:"lastUpdateTime"`
	Locale            ProviderAttribute             `field:"optional" json:"locale" yaml:"locale"`
	MiddleName        ProviderAttribute             `field:"optional" json:"middleName" yaml:"middleName"`
	Nickname          ProviderAttribute             `field:"optional" json:"nickname" yaml:"nickname"`
	PhoneNumber       ProviderAttribute             `field:"optional" json:"phoneNumber" yaml:"phoneNumber"`
	PreferredUsername ProviderAttribute             `field:"optional" json:"preferredUsername" yaml:"preferredUsername"`
	ProfilePage       ProviderAttribute             `field:"optional" json:"profilePage" yaml:"profilePage"`
	ProfilePicture    ProviderAttribute             `field:"optional" json:"profilePicture" yaml:"profilePicture"`
	Timezone          ProviderAttribute             `field:"optional" json:"timezone" yaml:"timezone"`
	Website           ProviderAttribute             `field:"optional" json:"website" yaml:"website"`
}

// render is the CloudFormation AttributeMapping: standard attributes in
// field order (as jsii hands the struct over), then custom keys sorted;
// nil when nothing is mapped.
func (m *AttributeMapping) render() interface{} {
	if m == nil {
		return nil
	}
	o := ojson.New()
	for _, p := range []struct {
		a    ProviderAttribute
		name string
	}{{m.Address, "address"}, {m.Birthdate, "birthdate"}, {m.Email, "email"}, {m.EmailVerified, "email_verified"},
		{m.FamilyName, "family_name"}, {m.Fullname, "name"}, {m.Gender, "gender"}, {m.GivenName, "given_name"},
		{m.LastUpdateTime, "updated_at"}, {m.Locale, "locale"}, {m.MiddleName, "middle_name"}, {m.Nickname, "nickname"},
		{m.PhoneNumber, "phone_number"}, {m.PreferredUsername, "preferred_username"}, {m.ProfilePage, "profile"},
		{m.ProfilePicture, "picture"}, {m.Timezone, "zoneinfo"}, {m.Website, "website"}} {
		if p.a != nil {
			o.Set(p.name, p.a.AttributeName())
		}
	}
	if m.Custom != nil {
		keys := make([]string, 0, len(*m.Custom))
		for k := range *m.Custom {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if a := (*m.Custom)[k]; a != nil {
				o.Set(k, a.AttributeName())
			}
		}
	}
	if len(o.Keys()) == 0 {
		return nil
	}
	return &orderedValue{o}
}

// orderedValue hands an insertion-ordered object to the template.
type orderedValue struct{ o *ojson.Object }

func (v *orderedValue) Resolve(awscdk.IResolveContext) interface{} { return v.o }

// idpBase is what every identity provider shares: the pool it belongs to,
// its attribute mapping and the provider name CloudFormation returns.
type idpBase struct {
	awscdk.Resource
	pool         IUserPool
	mapping      *AttributeMapping
	providerName *string
}

func (b *idpBase) ProviderName() *string { return b.providerName }

func (b *idpBase) UserPoolIdentityProviderRef() *interfacesawscognito.UserPoolIdentityProviderReference {
	ref := &interfacesawscognito.UserPoolIdentityProviderReference{ProviderName: b.providerName}
	if b.pool != nil {
		ref.UserPoolId = b.pool.UserPoolId()
	}
	return ref
}

// ConfigureAttributeMapping is the AttributeMapping property of the resource.
func (b *idpBase) ConfigureAttributeMapping() interface{} { return b.mapping.render() }

// init starts the construct; false (with an error on the construct) when
// there is no user pool to attach to.
func (b *idpBase) init(self constructs.IConstruct, scope constructs.Construct, id *string, kind string, pool IUserPool, mapping *AttributeMapping) bool {
	b.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(b.Resource, self)
	b.pool, b.mapping = pool, mapping
	if isNilIface(pool) {
		l2.AddError(b, "%s: userPool is required", kind)
		return false
	}
	return true
}

// finish writes the resource and registers the provider with its pool.
func (b *idpBase) finish(self IUserPoolIdentityProvider, name string, details *ojson.Object) {
	b.finishAs(self, name, name, details, nil)
}

func (b *idpBase) finishAs(self IUserPoolIdentityProvider, name, typ string, details *ojson.Object, identifiers *[]*string) {
	res := NewCfnUserPoolIdentityProvider(b, jsii.String("Resource"), &CfnUserPoolIdentityProviderProps{
		UserPoolId: b.pool.UserPoolId(), ProviderName: jsii.String(name), ProviderType: jsii.String(typ),
		ProviderDetails: &orderedValue{details}, IdpIdentifiers: identifiers, AttributeMapping: b.ConfigureAttributeMapping()})
	b.providerName = b.GetResourceNameAttribute(res.Ref())
	b.pool.RegisterIdentityProvider(self)
}

func isNilIface(v interface{}) bool {
	if v == nil {
		return true
	}
	if p, ok := v.(IUserPool); ok {
		return p == nil
	}
	return false
}

// details builds ProviderDetails, leaving out unset values as JSON does.
func details(kv ...interface{}) *ojson.Object {
	o := ojson.New()
	for i := 0; i+1 < len(kv); i += 2 {
		switch v := kv[i+1].(type) {
		case nil:
			continue
		case *string:
			if v == nil {
				continue
			}
		case *bool:
			if v == nil {
				continue
			}
		}
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

func joinScopes(scopes *[]*string, def []string, sep string) *string {
	if scopes == nil {
		return jsii.String(strings.Join(def, sep))
	}
	var out []string
	for _, s := range *scopes {
		out = append(out, deref(s))
	}
	return jsii.String(strings.Join(out, sep))
}

// secretOr is the unwrapped secret value, else the plain string.
func secretOr(v awscdk.SecretValue, plain *string) *string {
	if v != nil {
		return v.UnsafeUnwrap()
	}
	return plain
}

// UserPoolIdentityProviderProps are the props every identity provider shares.
type UserPoolIdentityProviderProps struct {
	UserPool         IUserPool         `field:"required" json:"userPool" yaml:"userPool"`
	AttributeMapping *AttributeMapping `field:"optional" json:"attributeMapping" yaml:"attributeMapping"`
}

// UserPoolIdentityProvider holds the static helpers for identity providers.
type UserPoolIdentityProvider interface{}

type importedIdp struct {
	awscdk.Resource
	name *string
}

func (i *importedIdp) ProviderName() *string { return i.name }
func (i *importedIdp) UserPoolIdentityProviderRef() *interfacesawscognito.UserPoolIdentityProviderReference {
	// aws-cdk-lib has no pool id for an imported provider either.
	return &interfacesawscognito.UserPoolIdentityProviderReference{ProviderName: i.name}
}

// UserPoolIdentityProvider_FromProviderName imports a provider by its name.
func UserPoolIdentityProvider_FromProviderName(scope constructs.Construct, id *string, providerName *string) IUserPoolIdentityProvider {
	i := &importedIdp{name: providerName}
	i.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(i.Resource, i)
	return i
}
