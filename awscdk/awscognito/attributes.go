package awscognito

import (
	"sort"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/internal/diag"
)

// SignInAliases are what users may sign in with.
type SignInAliases struct {
	Email             *bool `field:"optional" json:"email" yaml:"email"`
	Phone             *bool `field:"optional" json:"phone" yaml:"phone"`
	PreferredUsername *bool `field:"optional" json:"preferredUsername" yaml:"preferredUsername"`
	Username          *bool `field:"optional" json:"username" yaml:"username"`
}

// AutoVerifiedAttrs are the attributes Cognito verifies itself.
type AutoVerifiedAttrs struct {
	Email *bool `field:"optional" json:"email" yaml:"email"`
	Phone *bool `field:"optional" json:"phone" yaml:"phone"`
}

// KeepOriginalAttrs keep the old email or phone until the new one is verified.
type KeepOriginalAttrs struct {
	Email *bool `field:"optional" json:"email" yaml:"email"`
	Phone *bool `field:"optional" json:"phone" yaml:"phone"`
}

// PasswordPolicy is a user pool's password rules.
type PasswordPolicy struct {
	// Default: 8.
	MinLength            *float64        `field:"optional" json:"minLength" yaml:"minLength"`
	PasswordHistorySize  *float64        `field:"optional" json:"passwordHistorySize" yaml:"passwordHistorySize"`
	RequireDigits        *bool           `field:"optional" json:"requireDigits" yaml:"requireDigits"`
	RequireLowercase     *bool           `field:"optional" json:"requireLowercase" yaml:"requireLowercase"`
	RequireSymbols       *bool           `field:"optional" json:"requireSymbols" yaml:"requireSymbols"`
	RequireUppercase     *bool           `field:"optional" json:"requireUppercase" yaml:"requireUppercase"`
	TempPasswordValidity awscdk.Duration `field:"optional" json:"tempPasswordValidity" yaml:"tempPasswordValidity"`
}

// StandardAttribute is how a standard attribute behaves.
type StandardAttribute struct {
	// Default: true.
	Mutable *bool `field:"optional" json:"mutable" yaml:"mutable"`
	// Default: false.
	Required *bool `field:"optional" json:"required" yaml:"required"`
}

// StandardAttributes configures the standard attributes a user pool keeps.
type StandardAttributes struct {
	Address           *StandardAttribute `field:"optional" json:"address" yaml:"address"`
	Birthdate         *StandardAttribute `field:"optional" json:"birthdate" yaml:"birthdate"`
	Email             *StandardAttribute `field:"optional" json:"email" yaml:"email"`
	FamilyName        *StandardAttribute `field:"optional" json:"familyName" yaml:"familyName"`
	Fullname          *StandardAttribute `field:"optional" json:"fullname" yaml:"fullname"`
	Gender            *StandardAttribute `field:"optional" json:"gender" yaml:"gender"`
	GivenName         *StandardAttribute `field:"optional" json:"givenName" yaml:"givenName"`
	LastUpdateTime    *StandardAttribute `field:"optional" json:"lastUpdateTime" yaml:"lastUpdateTime"`
	Locale            *StandardAttribute `field:"optional" json:"locale" yaml:"locale"`
	MiddleName        *StandardAttribute `field:"optional" json:"middleName" yaml:"middleName"`
	Nickname          *StandardAttribute `field:"optional" json:"nickname" yaml:"nickname"`
	PhoneNumber       *StandardAttribute `field:"optional" json:"phoneNumber" yaml:"phoneNumber"`
	PreferredUsername *StandardAttribute `field:"optional" json:"preferredUsername" yaml:"preferredUsername"`
	ProfilePage       *StandardAttribute `field:"optional" json:"profilePage" yaml:"profilePage"`
	ProfilePicture    *StandardAttribute `field:"optional" json:"profilePicture" yaml:"profilePicture"`
	Timezone          *StandardAttribute `field:"optional" json:"timezone" yaml:"timezone"`
	Website           *StandardAttribute `field:"optional" json:"website" yaml:"website"`
}

// standardAttributeList is s's set attributes, in declaration order, with
// their Cognito names.
func (s *StandardAttributes) list() [](struct {
	name string
	attr *StandardAttribute
}) {
	type item = struct {
		name string
		attr *StandardAttribute
	}
	all := []item{{"address", s.Address}, {"birthdate", s.Birthdate}, {"email", s.Email}, {"family_name", s.FamilyName},
		{"name", s.Fullname}, {"gender", s.Gender}, {"given_name", s.GivenName}, {"updated_at", s.LastUpdateTime},
		{"locale", s.Locale}, {"middle_name", s.MiddleName}, {"nickname", s.Nickname}, {"phone_number", s.PhoneNumber},
		{"preferred_username", s.PreferredUsername}, {"profile", s.ProfilePage}, {"picture", s.ProfilePicture},
		{"zoneinfo", s.Timezone}, {"website", s.Website}}
	var out []item
	for _, it := range all {
		if it.attr != nil {
			out = append(out, it)
		}
	}
	return out
}

// StandardAttributesMask selects standard attributes a client may read or write.
type StandardAttributesMask struct {
	Address             *bool `field:"optional" json:"address" yaml:"address"`
	Birthdate           *bool `field:"optional" json:"birthdate" yaml:"birthdate"`
	Email               *bool `field:"optional" json:"email" yaml:"email"`
	EmailVerified       *bool `field:"optional" json:"emailVerified" yaml:"emailVerified"`
	FamilyName          *bool `field:"optional" json:"familyName" yaml:"familyName"`
	Fullname            *bool `field:"optional" json:"fullname" yaml:"fullname"`
	Gender              *bool `field:"optional" json:"gender" yaml:"gender"`
	GivenName           *bool `field:"optional" json:"givenName" yaml:"givenName"`
	LastUpdateTime      *bool `field:"optional" json:"lastUpdateTime" yaml:"lastUpdateTime"`
	Locale              *bool `field:"optional" json:"locale" yaml:"locale"`
	MiddleName          *bool `field:"optional" json:"middleName" yaml:"middleName"`
	Nickname            *bool `field:"optional" json:"nickname" yaml:"nickname"`
	PhoneNumber         *bool `field:"optional" json:"phoneNumber" yaml:"phoneNumber"`
	PhoneNumberVerified *bool `field:"optional" json:"phoneNumberVerified" yaml:"phoneNumberVerified"`
	PreferredUsername   *bool `field:"optional" json:"preferredUsername" yaml:"preferredUsername"`
	ProfilePage         *bool `field:"optional" json:"profilePage" yaml:"profilePage"`
	ProfilePicture      *bool `field:"optional" json:"profilePicture" yaml:"profilePicture"`
	Timezone            *bool `field:"optional" json:"timezone" yaml:"timezone"`
	Website             *bool `field:"optional" json:"website" yaml:"website"`
}

func (m *StandardAttributesMask) names() []string {
	pairs := []struct {
		on   *bool
		name string
	}{{m.Address, "address"}, {m.Birthdate, "birthdate"}, {m.Email, "email"}, {m.EmailVerified, "email_verified"},
		{m.FamilyName, "family_name"}, {m.Fullname, "name"}, {m.Gender, "gender"}, {m.GivenName, "given_name"},
		{m.LastUpdateTime, "updated_at"}, {m.Locale, "locale"}, {m.MiddleName, "middle_name"}, {m.Nickname, "nickname"},
		{m.PhoneNumber, "phone_number"}, {m.PhoneNumberVerified, "phone_number_verified"},
		{m.PreferredUsername, "preferred_username"}, {m.ProfilePage, "profile"}, {m.ProfilePicture, "picture"},
		{m.Timezone, "zoneinfo"}, {m.Website, "website"}}
	var out []string
	for _, p := range pairs {
		if p.on != nil && *p.on {
			out = append(out, p.name)
		}
	}
	return out
}

// ClientAttributes is a set of attributes a client may read or write.
type ClientAttributes interface {
	// Attributes is the set, sorted.
	Attributes() *[]*string
	WithCustomAttributes(attributes ...*string) ClientAttributes
	WithStandardAttributes(attributes *StandardAttributesMask) ClientAttributes
}

type clientAttributes struct{ set map[string]bool }

// NewClientAttributes is an empty set of client attributes.
func NewClientAttributes() ClientAttributes { return &clientAttributes{set: map[string]bool{}} }

func (c *clientAttributes) with(names []string) ClientAttributes {
	out := &clientAttributes{set: map[string]bool{}}
	for k := range c.set {
		out.set[k] = true
	}
	for _, n := range names {
		out.set[n] = true
	}
	return out
}

func (c *clientAttributes) WithStandardAttributes(attributes *StandardAttributesMask) ClientAttributes {
	if attributes == nil {
		return c.with(nil)
	}
	return c.with(attributes.names())
}

func (c *clientAttributes) WithCustomAttributes(attributes ...*string) ClientAttributes {
	var names []string
	for _, a := range attributes {
		n := deref(a)
		if !strings.HasPrefix(n, "custom:") {
			n = "custom:" + n
		}
		names = append(names, n)
	}
	return c.with(names)
}

func (c *clientAttributes) Attributes() *[]*string {
	names := make([]string, 0, len(c.set))
	for k := range c.set {
		names = append(names, k)
	}
	sort.Strings(names)
	out := make([]*string, len(names))
	for i := range names {
		out[i] = &names[i]
	}
	return &out
}

// ICustomAttribute is a custom attribute's type and constraints.
type ICustomAttribute interface {
	Bind() *CustomAttributeConfig
}

// CustomAttributeConfig is a custom attribute as the user pool renders it.
type CustomAttributeConfig struct {
	DataType          *string                     `field:"required" json:"dataType" yaml:"dataType"`
	Mutable           *bool                       `field:"optional" json:"mutable" yaml:"mutable"`
	NumberConstraints *NumberAttributeConstraints `field:"optional" json:"numberConstraints" yaml:"numberConstraints"`
	StringConstraints *StringAttributeConstraints `field:"optional" json:"stringConstraints" yaml:"stringConstraints"`
}

// NumberAttributeConstraints bound a number attribute.
type NumberAttributeConstraints struct {
	Max *float64 `field:"optional" json:"max" yaml:"max"`
	Min *float64 `field:"optional" json:"min" yaml:"min"`
}

// StringAttributeConstraints bound a string attribute's length.
type StringAttributeConstraints struct {
	MaxLen *float64 `field:"optional" json:"maxLen" yaml:"maxLen"`
	MinLen *float64 `field:"optional" json:"minLen" yaml:"minLen"`
}

// CustomAttributeProps are the props of every custom attribute.
type CustomAttributeProps struct {
	// Default: false.
	Mutable *bool `field:"optional" json:"mutable" yaml:"mutable"`
}

// StringAttributeProps are the props of NewStringAttribute.
type StringAttributeProps struct {
	MaxLen  *float64 `field:"optional" json:"maxLen" yaml:"maxLen"`
	MinLen  *float64 `field:"optional" json:"minLen" yaml:"minLen"`
	Mutable *bool    `field:"optional" json:"mutable" yaml:"mutable"`
}

// NumberAttributeProps are the props of NewNumberAttribute.
type NumberAttributeProps struct {
	Max     *float64 `field:"optional" json:"max" yaml:"max"`
	Min     *float64 `field:"optional" json:"min" yaml:"min"`
	Mutable *bool    `field:"optional" json:"mutable" yaml:"mutable"`
}

// StringAttribute is a custom string attribute.
type StringAttribute interface{ ICustomAttribute }

// NumberAttribute is a custom number attribute.
type NumberAttribute interface{ ICustomAttribute }

// BooleanAttribute is a custom boolean attribute.
type BooleanAttribute interface{ ICustomAttribute }

// DateTimeAttribute is a custom date-time attribute.
type DateTimeAttribute interface{ ICustomAttribute }

type customAttribute struct{ config CustomAttributeConfig }

func (c *customAttribute) Bind() *CustomAttributeConfig { cfg := c.config; return &cfg }

func nonZero(p *float64) bool { return p != nil && *p != 0 }

// NewStringAttribute is a custom string attribute, 0 to 2048 characters long.
func NewStringAttribute(props *StringAttributeProps) StringAttribute {
	if props == nil {
		props = &StringAttributeProps{}
	}
	if nonZero(props.MinLen) && !*awscdk.Token_IsUnresolved(*props.MinLen) && *props.MinLen < 0 {
		diag.Panic("", "minLen cannot be less than 0 (value: %s).", num(*props.MinLen))
	}
	if nonZero(props.MaxLen) && !*awscdk.Token_IsUnresolved(*props.MaxLen) && *props.MaxLen > 2048 {
		diag.Panic("", "maxLen cannot be greater than 2048 (value: %s).", num(*props.MaxLen))
	}
	a := &customAttribute{config: CustomAttributeConfig{DataType: str("String"), Mutable: props.Mutable}}
	if nonZero(props.MinLen) || nonZero(props.MaxLen) {
		a.config.StringConstraints = &StringAttributeConstraints{MinLen: props.MinLen, MaxLen: props.MaxLen}
	}
	return a
}

// NewNumberAttribute is a custom number attribute.
func NewNumberAttribute(props *NumberAttributeProps) NumberAttribute {
	if props == nil {
		props = &NumberAttributeProps{}
	}
	a := &customAttribute{config: CustomAttributeConfig{DataType: str("Number"), Mutable: props.Mutable}}
	if nonZero(props.Min) || nonZero(props.Max) {
		a.config.NumberConstraints = &NumberAttributeConstraints{Min: props.Min, Max: props.Max}
	}
	return a
}

// NewBooleanAttribute is a custom boolean attribute.
func NewBooleanAttribute(props *CustomAttributeProps) BooleanAttribute {
	if props == nil {
		props = &CustomAttributeProps{}
	}
	return &customAttribute{config: CustomAttributeConfig{DataType: str("Boolean"), Mutable: props.Mutable}}
}

// NewDateTimeAttribute is a custom date-time attribute.
func NewDateTimeAttribute(props *CustomAttributeProps) DateTimeAttribute {
	if props == nil {
		props = &CustomAttributeProps{}
	}
	return &customAttribute{config: CustomAttributeConfig{DataType: str("DateTime"), Mutable: props.Mutable}}
}

// UserVerificationConfig is the message that verifies a user's email or phone.
type UserVerificationConfig struct {
	EmailBody    *string                `field:"optional" json:"emailBody" yaml:"emailBody"`
	EmailStyle   VerificationEmailStyle `field:"optional" json:"emailStyle" yaml:"emailStyle"`
	EmailSubject *string                `field:"optional" json:"emailSubject" yaml:"emailSubject"`
	SmsMessage   *string                `field:"optional" json:"smsMessage" yaml:"smsMessage"`
}

// UserInvitationConfig is the message users created by an administrator receive.
type UserInvitationConfig struct {
	EmailBody    *string `field:"optional" json:"emailBody" yaml:"emailBody"`
	EmailSubject *string `field:"optional" json:"emailSubject" yaml:"emailSubject"`
	SmsMessage   *string `field:"optional" json:"smsMessage" yaml:"smsMessage"`
}

// MfaSecondFactor are the second factors users may use.
type MfaSecondFactor struct {
	Otp   *bool `field:"required" json:"otp" yaml:"otp"`
	Sms   *bool `field:"required" json:"sms" yaml:"sms"`
	Email *bool `field:"optional" json:"email" yaml:"email"`
}

// EmailSettings are the deprecated email sender settings; use UserPoolEmail.
type EmailSettings struct {
	From    *string `field:"optional" json:"from" yaml:"from"`
	ReplyTo *string `field:"optional" json:"replyTo" yaml:"replyTo"`
}

// DeviceTracking configures remembered devices.
type DeviceTracking struct {
	ChallengeRequiredOnNewDevice     *bool `field:"required" json:"challengeRequiredOnNewDevice" yaml:"challengeRequiredOnNewDevice"`
	DeviceOnlyRememberedOnUserPrompt *bool `field:"required" json:"deviceOnlyRememberedOnUserPrompt" yaml:"deviceOnlyRememberedOnUserPrompt"`
}

// SignInPolicy is how users sign in.
type SignInPolicy struct {
	AllowedFirstAuthFactors *AllowedFirstAuthFactors `field:"optional" json:"allowedFirstAuthFactors" yaml:"allowedFirstAuthFactors"`
}

// AllowedFirstAuthFactors are the first factors of choice-based sign-in.
type AllowedFirstAuthFactors struct {
	Password *bool `field:"required" json:"password" yaml:"password"`
	EmailOtp *bool `field:"optional" json:"emailOtp" yaml:"emailOtp"`
	Passkey  *bool `field:"optional" json:"passkey" yaml:"passkey"`
	SmsOtp   *bool `field:"optional" json:"smsOtp" yaml:"smsOtp"`
}

// UserPoolTriggers are the Lambda functions a user pool invokes.
type UserPoolTriggers struct {
	CreateAuthChallenge         awslambda.IFunction `field:"optional" json:"createAuthChallenge" yaml:"createAuthChallenge"`
	CustomEmailSender           awslambda.IFunction `field:"optional" json:"customEmailSender" yaml:"customEmailSender"`
	CustomMessage               awslambda.IFunction `field:"optional" json:"customMessage" yaml:"customMessage"`
	CustomSmsSender             awslambda.IFunction `field:"optional" json:"customSmsSender" yaml:"customSmsSender"`
	DefineAuthChallenge         awslambda.IFunction `field:"optional" json:"defineAuthChallenge" yaml:"defineAuthChallenge"`
	PostAuthentication          awslambda.IFunction `field:"optional" json:"postAuthentication" yaml:"postAuthentication"`
	PostConfirmation            awslambda.IFunction `field:"optional" json:"postConfirmation" yaml:"postConfirmation"`
	PreAuthentication           awslambda.IFunction `field:"optional" json:"preAuthentication" yaml:"preAuthentication"`
	PreSignUp                   awslambda.IFunction `field:"optional" json:"preSignUp" yaml:"preSignUp"`
	PreTokenGeneration          awslambda.IFunction `field:"optional" json:"preTokenGeneration" yaml:"preTokenGeneration"`
	UserMigration               awslambda.IFunction `field:"optional" json:"userMigration" yaml:"userMigration"`
	VerifyAuthChallengeResponse awslambda.IFunction `field:"optional" json:"verifyAuthChallengeResponse" yaml:"verifyAuthChallengeResponse"`
}

// list is the set triggers with their operation names, in declaration order.
func (t *UserPoolTriggers) list() []struct {
	op string
	fn awslambda.IFunction
} {
	type item = struct {
		op string
		fn awslambda.IFunction
	}
	all := []item{{"createAuthChallenge", t.CreateAuthChallenge}, {"customEmailSender", t.CustomEmailSender},
		{"customMessage", t.CustomMessage}, {"customSmsSender", t.CustomSmsSender}, {"defineAuthChallenge", t.DefineAuthChallenge},
		{"postAuthentication", t.PostAuthentication}, {"postConfirmation", t.PostConfirmation},
		{"preAuthentication", t.PreAuthentication}, {"preSignUp", t.PreSignUp}, {"preTokenGeneration", t.PreTokenGeneration},
		{"userMigration", t.UserMigration}, {"verifyAuthChallengeResponse", t.VerifyAuthChallengeResponse}}
	var out []item
	for _, it := range all {
		if it.fn != nil {
			out = append(out, it)
		}
	}
	return out
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func str(s string) *string { return &s }
