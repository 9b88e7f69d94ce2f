package awscognito

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscognito"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// UserPoolProps are the props of NewUserPool.
type UserPoolProps struct {
	// Default: PHONE_WITHOUT_MFA_AND_EMAIL.
	AccountRecovery AccountRecovery `field:"optional" json:"accountRecovery" yaml:"accountRecovery"`
	// Deprecated: use StandardThreatProtectionMode.
	AdvancedSecurityMode AdvancedSecurityMode `field:"optional" json:"advancedSecurityMode" yaml:"advancedSecurityMode"`
	// Default: email and phone, when they are sign-in aliases.
	AutoVerify                 *AutoVerifiedAttrs           `field:"optional" json:"autoVerify" yaml:"autoVerify"`
	CustomAttributes           *map[string]ICustomAttribute `field:"optional" json:"customAttributes" yaml:"customAttributes"`
	CustomSenderKmsKey         interfacesawskms.IKeyRef     `field:"optional" json:"customSenderKmsKey" yaml:"customSenderKmsKey"`
	CustomThreatProtectionMode CustomThreatProtectionMode   `field:"optional" json:"customThreatProtectionMode" yaml:"customThreatProtectionMode"`
	DeletionProtection         *bool                        `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	DeviceTracking             *DeviceTracking              `field:"optional" json:"deviceTracking" yaml:"deviceTracking"`
	Email                      UserPoolEmail                `field:"optional" json:"email" yaml:"email"`
	// Default: made when SMS is needed (SMS MFA, phone sign-in or verification).
	EnableSmsRole           *bool                   `field:"optional" json:"enableSmsRole" yaml:"enableSmsRole"`
	FeaturePlan             FeaturePlan             `field:"optional" json:"featurePlan" yaml:"featurePlan"`
	KeepOriginal            *KeepOriginalAttrs      `field:"optional" json:"keepOriginal" yaml:"keepOriginal"`
	LambdaTriggers          *UserPoolTriggers       `field:"optional" json:"lambdaTriggers" yaml:"lambdaTriggers"`
	Mfa                     Mfa                     `field:"optional" json:"mfa" yaml:"mfa"`
	MfaMessage              *string                 `field:"optional" json:"mfaMessage" yaml:"mfaMessage"`
	MfaSecondFactor         *MfaSecondFactor        `field:"optional" json:"mfaSecondFactor" yaml:"mfaSecondFactor"`
	PasskeyRelyingPartyId   *string                 `field:"optional" json:"passkeyRelyingPartyId" yaml:"passkeyRelyingPartyId"`
	PasskeyUserVerification PasskeyUserVerification `field:"optional" json:"passkeyUserVerification" yaml:"passkeyUserVerification"`
	PasswordPolicy          *PasswordPolicy         `field:"optional" json:"passwordPolicy" yaml:"passwordPolicy"`
	// Default: RETAIN.
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// Default: false.
	SelfSignUpEnabled *bool `field:"optional" json:"selfSignUpEnabled" yaml:"selfSignUpEnabled"`
	// Default: username only.
	SignInAliases                *SignInAliases               `field:"optional" json:"signInAliases" yaml:"signInAliases"`
	SignInCaseSensitive          *bool                        `field:"optional" json:"signInCaseSensitive" yaml:"signInCaseSensitive"`
	SignInPolicy                 *SignInPolicy                `field:"optional" json:"signInPolicy" yaml:"signInPolicy"`
	SmsRole                      interfacesawsiam.IRoleRef    `field:"optional" json:"smsRole" yaml:"smsRole"`
	SmsRoleExternalId            *string                      `field:"optional" json:"smsRoleExternalId" yaml:"smsRoleExternalId"`
	SnsRegion                    *string                      `field:"optional" json:"snsRegion" yaml:"snsRegion"`
	StandardAttributes           *StandardAttributes          `field:"optional" json:"standardAttributes" yaml:"standardAttributes"`
	StandardThreatProtectionMode StandardThreatProtectionMode `field:"optional" json:"standardThreatProtectionMode" yaml:"standardThreatProtectionMode"`
	UserInvitation               *UserInvitationConfig        `field:"optional" json:"userInvitation" yaml:"userInvitation"`
	UserPoolName                 *string                      `field:"optional" json:"userPoolName" yaml:"userPoolName"`
	UserVerification             *UserVerificationConfig      `field:"optional" json:"userVerification" yaml:"userVerification"`
	// Deprecated: use Email.
	EmailSettings *EmailSettings `field:"optional" json:"emailSettings" yaml:"emailSettings"`
}

// IUserPoolIdentityProvider is an identity provider registered with a user pool.
type IUserPoolIdentityProvider interface {
	awscdk.IResource
	interfacesawscognito.IUserPoolIdentityProviderRef
	ProviderName() *string
}

// IUserPool is a Cognito user pool, defined in this app or imported.
type IUserPool interface {
	awscdk.IResource
	interfacesawscognito.IUserPoolRef
	AddClient(id *string, options *UserPoolClientOptions) UserPoolClient
	AddDomain(id *string, options *UserPoolDomainOptions) UserPoolDomain
	AddGroup(id *string, options *UserPoolGroupOptions) UserPoolGroup
	AddResourceServer(id *string, options *UserPoolResourceServerOptions) UserPoolResourceServer
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	RegisterIdentityProvider(provider interfacesawscognito.IUserPoolIdentityProviderRef)
	IdentityProviders() *[]IUserPoolIdentityProvider
	UserPoolArn() *string
	UserPoolId() *string
	UserPoolProviderName() *string
}

// UserPool is a Cognito user pool (AWS::Cognito::UserPool).
type UserPool interface {
	awscdk.Resource
	IUserPool
	UserPoolProviderUrl() *string
	AddTrigger(operation UserPoolOperation, fn awslambda.IFunction, lambdaVersion LambdaVersion)
}

type userPoolBase struct {
	awscdk.Resource
	self                  IUserPool
	providers             []IUserPoolIdentityProvider
	id, arn, providerName *string
}

func (p *userPoolBase) UserPoolId() *string           { return p.id }
func (p *userPoolBase) UserPoolArn() *string          { return p.arn }
func (p *userPoolBase) UserPoolProviderName() *string { return p.providerName }
func (p *userPoolBase) UserPoolRef() *interfacesawscognito.UserPoolReference {
	return &interfacesawscognito.UserPoolReference{UserPoolId: p.id, UserPoolArn: p.arn}
}
func (p *userPoolBase) IdentityProviders() *[]IUserPoolIdentityProvider {
	out := append([]IUserPoolIdentityProvider{}, p.providers...)
	return &out
}

// scope is the pool as a construct, for children it adds.
func (p *userPoolBase) scope() constructs.Construct { return p.self.(constructs.Construct) }

// AddClient adds an app client.
func (p *userPoolBase) AddClient(id *string, options *UserPoolClientOptions) UserPoolClient {
	if options == nil {
		options = &UserPoolClientOptions{}
	}
	props := options.props(p.self)
	return NewUserPoolClient(p.scope(), id, props)
}

// AddDomain adds a Cognito or custom domain.
func (p *userPoolBase) AddDomain(id *string, options *UserPoolDomainOptions) UserPoolDomain {
	if options == nil {
		options = &UserPoolDomainOptions{}
	}
	return NewUserPoolDomain(p.scope(), id, &UserPoolDomainProps{UserPool: p.self, CognitoDomain: options.CognitoDomain,
		CustomDomain: options.CustomDomain, ManagedLoginVersion: options.ManagedLoginVersion})
}

// AddGroup adds a group.
func (p *userPoolBase) AddGroup(id *string, options *UserPoolGroupOptions) UserPoolGroup {
	if options == nil {
		options = &UserPoolGroupOptions{}
	}
	return NewUserPoolGroup(p.scope(), id, &UserPoolGroupProps{UserPool: p.self, Description: options.Description,
		GroupName: options.GroupName, Precedence: options.Precedence, Role: options.Role})
}

// AddResourceServer adds an OAuth resource server.
func (p *userPoolBase) AddResourceServer(id *string, options *UserPoolResourceServerOptions) UserPoolResourceServer {
	if options == nil {
		options = &UserPoolResourceServerOptions{}
	}
	return NewUserPoolResourceServer(p.scope(), id, &UserPoolResourceServerProps{UserPool: p.self, Identifier: options.Identifier,
		Scopes: options.Scopes, UserPoolResourceServerName: options.UserPoolResourceServerName})
}

// RegisterIdentityProvider makes clients created afterwards support provider.
func (p *userPoolBase) RegisterIdentityProvider(provider interfacesawscognito.IUserPoolIdentityProviderRef) {
	if idp, ok := provider.(IUserPoolIdentityProvider); ok {
		p.providers = append(p.providers, idp)
	}
}

// Grant gives grantee the actions on the user pool.
func (p *userPoolBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions, ResourceArns: &[]*string{p.self.UserPoolArn()}})
}

type userPool struct {
	userPoolBase
	resource     CfnUserPool
	triggers     *CfnUserPool_LambdaConfigProperty
	triggerSet   map[string]bool
	hasKmsKey    bool
	providerURL  *string
	emailAccount string
}

// UserPool_PROPERTY_INJECTION_ID is the id property injectors use for UserPool.
func UserPool_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-cognito.UserPool") }

const codeTemplate = "{####}"

// NewUserPool creates a user pool.
func NewUserPool(scope constructs.Construct, id *string, props *UserPoolProps) UserPool {
	props = l2.Inject(*UserPool_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &UserPoolProps{}
	}
	p := &userPool{triggers: &CfnUserPool_LambdaConfigProperty{}, triggerSet: map[string]bool{}}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	p.self = p

	usernameAttrs, aliasAttrs, autoVerify := p.signIn(props)
	if props.CustomSenderKmsKey != nil {
		p.triggers.KmsKeyId = props.CustomSenderKmsKey.KeyRef().KeyArn
		p.hasKmsKey = true
	}
	if props.LambdaTriggers != nil {
		for _, t := range props.LambdaTriggers.list() {
			p.setTrigger(t.op, t.fn, LambdaVersion_V1_0)
		}
	}
	verification := p.verificationMessage(props)
	var emailMessage, emailSubject *string
	if *verification.DefaultEmailOption == "CONFIRM_WITH_CODE" {
		emailMessage, emailSubject = verification.EmailMessage, verification.EmailSubject
	}
	adminCreate := &CfnUserPool_AdminCreateUserConfigProperty{AllowAdminCreateUserOnly: jsii.Bool(!boolOr(props.SelfSignUpEnabled))}
	if inv := props.UserInvitation; inv != nil {
		adminCreate.InviteMessageTemplate = &CfnUserPool_InviteMessageTemplateProperty{EmailMessage: inv.EmailBody, EmailSubject: inv.EmailSubject, SmsMessage: inv.SmsMessage}
	}
	passwordPolicy := p.passwordPolicy(props)
	signInPolicy := p.signInPolicy(props)
	if r := props.PasskeyRelyingPartyId; r != nil && !*awscdk.Token_IsUnresolved(*r) && (len(*r) < 1 || len(*r) > 63) {
		l2.Throw(p, "passkeyRelyingPartyId length must be (inclusively) between 1 and 63, got %d", len(*r))
	}
	if props.Email != nil && props.EmailSettings != nil {
		l2.Throw(p, "you must either provide \"email\" or \"emailSettings\", but not both")
	}
	var emailConfig *CfnUserPool_EmailConfigurationProperty
	if props.Email != nil {
		c := props.Email.bind(p)
		p.emailAccount = deref(c.EmailSendingAccount)
		emailConfig = &CfnUserPool_EmailConfigurationProperty{ConfigurationSet: c.ConfigurationSet, EmailSendingAccount: c.EmailSendingAccount,
			From: c.From, ReplyToEmailAddress: c.ReplyToEmailAddress, SourceArn: c.SourceArn}
	} else if s := props.EmailSettings; s != nil && (s.From != nil || s.ReplyTo != nil) {
		emailConfig = &CfnUserPool_EmailConfigurationProperty{From: encodeEmail(s.From), ReplyToEmailAddress: encodeEmail(s.ReplyTo)}
	}
	var additionalFlows *CfnUserPool_AdvancedSecurityAdditionalFlowsProperty
	if props.CustomThreatProtectionMode != "" {
		additionalFlows = &CfnUserPool_AdvancedSecurityAdditionalFlowsProperty{CustomAuthMode: jsii.String(props.CustomThreatProtectionMode.cfn())}
	}
	if props.AdvancedSecurityMode != "" && (props.StandardThreatProtectionMode != "" || additionalFlows != nil) {
		l2.Throw(p, "you cannot set Threat Protection and Advanced Security Mode at the same time. Advanced Security Mode is deprecated and should be replaced with Threat Protection instead.")
	}
	var securityMode *string
	switch {
	case props.AdvancedSecurityMode != "":
		securityMode = jsii.String(string(props.AdvancedSecurityMode))
	case props.StandardThreatProtectionMode != "":
		securityMode = jsii.String(props.StandardThreatProtectionMode.cfn())
	case additionalFlows != nil:
		securityMode = jsii.String("OFF")
	}
	var addOns *CfnUserPool_UserPoolAddOnsProperty
	if securityMode != nil || additionalFlows != nil {
		addOns = &CfnUserPool_UserPoolAddOnsProperty{AdvancedSecurityAdditionalFlows: additionalFlows, AdvancedSecurityMode: securityMode}
	}
	var policies *CfnUserPool_PoliciesProperty
	if passwordPolicy != nil || signInPolicy != nil {
		policies = &CfnUserPool_PoliciesProperty{}
		if passwordPolicy != nil {
			policies.PasswordPolicy = passwordPolicy
		}
		if signInPolicy != nil {
			policies.SignInPolicy = signInPolicy
		}
	}
	cfn := &CfnUserPoolProps{
		UserPoolName:                props.UserPoolName,
		UsernameAttributes:          usernameAttrs,
		AliasAttributes:             aliasAttrs,
		AutoVerifiedAttributes:      autoVerify,
		SmsAuthenticationMessage:    p.mfaMessage(props),
		AdminCreateUserConfig:       adminCreate,
		EmailVerificationMessage:    emailMessage,
		EmailVerificationSubject:    emailSubject,
		SmsVerificationMessage:      verification.SmsMessage,
		VerificationMessageTemplate: verification,
		Schema:                      p.schema(props),
		EnabledMfas:                 p.enabledMfas(props),
		WebAuthnRelyingPartyId:      props.PasskeyRelyingPartyId,
		AccountRecoverySetting:      p.accountRecovery(props),
	}
	if sms := p.smsConfiguration(props); sms != nil {
		cfn.SmsConfiguration = sms
	}
	if props.Mfa != "" {
		cfn.MfaConfiguration = jsii.String(props.Mfa.cfn())
	}
	if policies != nil {
		cfn.Policies = policies
	}
	if addOns != nil {
		cfn.UserPoolAddOns = addOns
	}
	if props.PasskeyUserVerification != "" {
		cfn.WebAuthnUserVerification = jsii.String(props.PasskeyUserVerification.cfn())
	}
	if emailConfig != nil {
		cfn.EmailConfiguration = emailConfig
	}
	if props.SignInCaseSensitive != nil {
		cfn.UsernameConfiguration = &CfnUserPool_UsernameConfigurationProperty{CaseSensitive: props.SignInCaseSensitive}
	}
	if d := props.DeviceTracking; d != nil {
		cfn.DeviceConfiguration = &CfnUserPool_DeviceConfigurationProperty{ChallengeRequiredOnNewDevice: d.ChallengeRequiredOnNewDevice,
			DeviceOnlyRememberedOnUserPrompt: d.DeviceOnlyRememberedOnUserPrompt}
	}
	if k := props.KeepOriginal; k != nil {
		var attrs []string
		if boolOr(k.Email) {
			attrs = append(attrs, "email")
		}
		if boolOr(k.Phone) {
			attrs = append(attrs, "phone_number")
		}
		cfn.UserAttributeUpdateSettings = &CfnUserPool_UserAttributeUpdateSettingsProperty{AttributesRequireVerificationBeforeUpdate: jsii.Strings(attrs...)}
	}
	if props.FeaturePlan != "" {
		cfn.UserPoolTier = jsii.String(string(props.FeaturePlan))
	}
	if props.DeletionProtection != nil {
		cfn.DeletionProtection = jsii.String(map[bool]string{true: "ACTIVE", false: "INACTIVE"}[*props.DeletionProtection])
	}
	if len(p.triggerSet) > 0 || p.hasKmsKey {
		cfn.LambdaConfig = p.triggers
	}
	p.resource = NewCfnUserPool(p, jsii.String("Resource"), cfn)
	policy := props.RemovalPolicy
	if policy == "" {
		policy = awscdk.RemovalPolicy_RETAIN
	}
	p.resource.ApplyRemovalPolicy(policy, nil)
	p.id = p.resource.Ref()
	p.arn = p.resource.AttrArn()
	p.providerName = p.resource.AttrProviderName()
	p.providerURL = p.resource.AttrProviderUrl()
	return p
}

func (p *userPool) UserPoolProviderUrl() *string { return p.providerURL }

// AddTrigger makes fn handle operation; lambdaVersion matters for
// PRE_TOKEN_GENERATION_CONFIG only.
func (p *userPool) AddTrigger(operation UserPoolOperation, fn awslambda.IFunction, lambdaVersion LambdaVersion) {
	name := deref(operation.OperationName())
	if p.triggerSet[name] {
		l2.Throw(p, "A trigger for the operation %s already exists.", name)
	}
	if name != "preTokenGenerationConfig" && (lambdaVersion == LambdaVersion_V2_0 || lambdaVersion == LambdaVersion_V3_0) {
		l2.Throw(p, "Only the `PRE_TOKEN_GENERATION_CONFIG` operation supports V2_0 and V3_0 lambda version.")
	}
	if lambdaVersion == "" {
		lambdaVersion = LambdaVersion_V1_0
	}
	p.setTrigger(name, fn, lambdaVersion)
}

func (p *userPool) setTrigger(name string, fn awslambda.IFunction, version LambdaVersion) {
	if (name == "customEmailSender" || name == "customSmsSender") && !p.hasKmsKey {
		l2.Throw(p, "you must specify a KMS key if you are using customSmsSender or customEmailSender.")
	}
	p.addLambdaPermission(fn, name)
	arn := fn.FunctionArn()
	t := p.triggers
	versioned := func() interface{} {
		return &CfnUserPool_CustomEmailSenderProperty{LambdaArn: arn, LambdaVersion: jsii.String(string(version))}
	}
	switch name {
	case "createAuthChallenge":
		t.CreateAuthChallenge = arn
	case "customMessage":
		t.CustomMessage = arn
	case "defineAuthChallenge":
		t.DefineAuthChallenge = arn
	case "postAuthentication":
		t.PostAuthentication = arn
	case "postConfirmation":
		t.PostConfirmation = arn
	case "preAuthentication":
		t.PreAuthentication = arn
	case "preSignUp":
		t.PreSignUp = arn
	case "preTokenGeneration":
		t.PreTokenGeneration = arn
	case "userMigration":
		t.UserMigration = arn
	case "verifyAuthChallengeResponse":
		t.VerifyAuthChallengeResponse = arn
	case "customEmailSender":
		t.CustomEmailSender = versioned()
	case "customSmsSender":
		t.CustomSmsSender = &CfnUserPool_CustomSMSSenderProperty{LambdaArn: arn, LambdaVersion: jsii.String(string(version))}
	case "preTokenGenerationConfig":
		t.PreTokenGenerationConfig = &CfnUserPool_PreTokenGenerationConfigProperty{LambdaArn: arn, LambdaVersion: jsii.String(string(version))}
	default:
		l2.Throw(p, "Strata does not know the user pool operation %s", name)
	}
	p.triggerSet[name] = true
	if p.resource != nil {
		// The L1 renders its props at synth, so this one pointer carries
		// triggers added later too.
		p.resource.SetLambdaConfig(p.triggers)
	}
}

func (p *userPool) addLambdaPermission(fn awslambda.IFunction, name string) {
	fn.AddPermission(jsii.String(strings.ToUpper(name[:1])+name[1:]+"Cognito"), &awslambda.Permission{
		Principal: awsiam.NewServicePrincipal(jsii.String("cognito-idp.amazonaws.com"), nil),
		SourceArn: awscdk.Lazy_String(stringProducer(func() *string { return p.arn }), nil),
		Scope:     p,
	})
}

func (p *userPool) mfaMessage(props *UserPoolProps) *string {
	m := props.MfaMessage
	if m != nil && !*awscdk.Token_IsUnresolved(*m) {
		if !strings.Contains(*m, codeTemplate) {
			l2.Throw(p, "MFA message must contain the template string '%s'", codeTemplate)
		}
		if len(*m) > 140 {
			l2.Throw(p, "MFA message must be between %d and 140 characters", len(codeTemplate))
		}
	}
	return m
}

var verifyEmailPattern = regexp.MustCompile(`\{##[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*##\}`)

func (p *userPool) verificationMessage(props *UserPoolProps) *CfnUserPool_VerificationMessageTemplateProperty {
	uv := props.UserVerification
	if uv == nil {
		uv = &UserVerificationConfig{}
	}
	style := uv.EmailStyle
	if style == "" {
		style = VerificationEmailStyle_CODE
	}
	subject := or(uv.EmailSubject, "Verify your new account")
	sms := or(uv.SmsMessage, "The verification code to your new account is "+codeTemplate)
	if style == VerificationEmailStyle_CODE {
		body := or(uv.EmailBody, "The verification code to your new account is "+codeTemplate)
		if !*awscdk.Token_IsUnresolved(body) && !strings.Contains(body, codeTemplate) {
			l2.Throw(p, "Verification email body must contain the template string '%s'", codeTemplate)
		}
		if !*awscdk.Token_IsUnresolved(sms) && !strings.Contains(sms, codeTemplate) {
			l2.Throw(p, "SMS message must contain the template string '%s'", codeTemplate)
		}
		return &CfnUserPool_VerificationMessageTemplateProperty{DefaultEmailOption: jsii.String(style.cfn()),
			EmailMessage: &body, EmailSubject: &subject, SmsMessage: &sms}
	}
	body := or(uv.EmailBody, "Verify your account by clicking on {##Verify Email##}")
	if !*awscdk.Token_IsUnresolved(body) && !verifyEmailPattern.MatchString(body) {
		l2.Throw(p, "Verification email body must contain the template string '{##Verify Email##}'")
	}
	return &CfnUserPool_VerificationMessageTemplateProperty{DefaultEmailOption: jsii.String(style.cfn()),
		EmailMessageByLink: &body, EmailSubjectByLink: &subject, SmsMessage: &sms}
}

func (p *userPool) signIn(props *UserPoolProps) (username, alias, autoVerify *[]*string) {
	s := props.SignInAliases
	if s == nil {
		s = &SignInAliases{Username: jsii.Bool(true)}
	}
	if boolOr(s.PreferredUsername) && !boolOr(s.Username) {
		l2.Throw(p, "username signIn must be enabled if preferredUsername is enabled")
	}
	if boolOr(s.Username) {
		var a []string
		if boolOr(s.Email) {
			a = append(a, "email")
		}
		if boolOr(s.Phone) {
			a = append(a, "phone_number")
		}
		if boolOr(s.PreferredUsername) {
			a = append(a, "preferred_username")
		}
		if len(a) > 0 {
			alias = jsii.Strings(a...)
		}
	} else {
		var u []string
		if boolOr(s.Email) {
			u = append(u, "email")
		}
		if boolOr(s.Phone) {
			u = append(u, "phone_number")
		}
		username = jsii.Strings(u...)
	}
	email, phone := boolOr(s.Email), boolOr(s.Phone)
	if props.AutoVerify != nil {
		email, phone = boolOr(props.AutoVerify.Email), boolOr(props.AutoVerify.Phone)
	}
	if props.AutoVerify != nil || email || phone {
		var v []string
		if email {
			v = append(v, "email")
		}
		if phone {
			v = append(v, "phone_number")
		}
		autoVerify = jsii.Strings(v...)
	}
	return
}

func (p *userPool) smsConfiguration(props *UserPoolProps) *CfnUserPool_SmsConfigurationProperty {
	if props.EnableSmsRole != nil && !*props.EnableSmsRole && props.SmsRole != nil {
		l2.Throw(p, "enableSmsRole cannot be disabled when smsRole is specified")
	}
	if props.SmsRole != nil {
		return &CfnUserPool_SmsConfigurationProperty{SnsCallerArn: props.SmsRole.RoleRef().RoleArn, ExternalId: props.SmsRoleExternalId, SnsRegion: props.SnsRegion}
	}
	if props.EnableSmsRole != nil && !*props.EnableSmsRole {
		return nil
	}
	smsMfa := false
	if mfas := p.enabledMfas(props); mfas != nil {
		for _, m := range *mfas {
			smsMfa = smsMfa || *m == "SMS_MFA"
		}
	}
	phone := (props.SignInAliases != nil && boolOr(props.SignInAliases.Phone)) || (props.AutoVerify != nil && boolOr(props.AutoVerify.Phone))
	if !smsMfa && !phone && props.EnableSmsRole == nil {
		return nil
	}
	externalID := *awscdk.Names_UniqueId(p)
	if len(externalID) > 1223 {
		externalID = externalID[:1223]
	}
	role := awsiam.NewRole(p, jsii.String("smsRole"), &awsiam.RoleProps{
		AssumedBy: awsiam.NewServicePrincipal(jsii.String("cognito-idp.amazonaws.com"), &awsiam.ServicePrincipalOpts{
			Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{"sts:ExternalId": externalID}},
		}),
		InlinePolicies: &map[string]awsiam.PolicyDocument{
			"sns-publish": awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{
				awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sns:Publish"), Resources: jsii.Strings("*")}),
			}}),
		},
	})
	return &CfnUserPool_SmsConfigurationProperty{ExternalId: &externalID, SnsCallerArn: role.RoleArn(), SnsRegion: props.SnsRegion}
}

func (p *userPool) enabledMfas(props *UserPoolProps) *[]*string {
	if props.Mfa == "" || props.Mfa == Mfa_OFF {
		return nil
	}
	f := props.MfaSecondFactor
	if f == nil {
		return jsii.Strings("SMS_MFA")
	}
	var out []string
	if boolOr(f.Sms) {
		out = append(out, "SMS_MFA")
	}
	if boolOr(f.Otp) {
		out = append(out, "SOFTWARE_TOKEN_MFA")
	}
	if boolOr(f.Email) {
		if props.Email == nil || p.emailAccount != "DEVELOPER" {
			if props.Email != nil {
				p.emailAccount = deref(props.Email.bind(p).EmailSendingAccount)
			}
			if p.emailAccount != "DEVELOPER" {
				l2.Throw(p, "To enable email-based MFA, set `email` property to the Amazon SES email-sending configuration.")
			}
		}
		if props.FeaturePlan == FeaturePlan_LITE {
			l2.Throw(p, "To enable email-based MFA, set `featurePlan` to `FeaturePlan.ESSENTIALS` or `FeaturePlan.PLUS`.")
		}
		out = append(out, "EMAIL_OTP")
	}
	return jsii.Strings(out...)
}

func (p *userPool) passwordPolicy(props *UserPoolProps) *CfnUserPool_PasswordPolicyProperty {
	pp := props.PasswordPolicy
	if pp == nil {
		return nil
	}
	if v := pp.TempPasswordValidity; v != nil && *v.ToDays(nil) > 365 {
		l2.Throw(p, "tempPasswordValidity cannot be greater than 365 days (received: %s)", num(*v.ToDays(nil)))
	}
	minLength := 8.0
	if pp.MinLength != nil {
		minLength = *pp.MinLength
	}
	if minLength < 6 || minLength > 99 {
		l2.Throw(p, "minLength for password must be between 6 and 99 (received: %s)", num(minLength))
	}
	if h := pp.PasswordHistorySize; h != nil {
		if props.FeaturePlan == FeaturePlan_LITE {
			l2.Throw(p, "`passwordHistorySize` can not be set when `featurePlan` is `FeaturePlan.LITE`.")
		}
		if *h < 0 || *h > 24 {
			l2.Throw(p, "`passwordHistorySize` must be between 0 and 24 (received: %s).", num(*h))
		}
	}
	out := &CfnUserPool_PasswordPolicyProperty{
		MinimumLength:       &minLength,
		PasswordHistorySize: pp.PasswordHistorySize,
	}
	if pp.RequireLowercase != nil {
		out.RequireLowercase = pp.RequireLowercase
	}
	if pp.RequireUppercase != nil {
		out.RequireUppercase = pp.RequireUppercase
	}
	if pp.RequireDigits != nil {
		out.RequireNumbers = pp.RequireDigits
	}
	if pp.RequireSymbols != nil {
		out.RequireSymbols = pp.RequireSymbols
	}
	if v := pp.TempPasswordValidity; v != nil {
		out.TemporaryPasswordValidityDays = v.ToDays(&awscdk.TimeConversionOptions{Integral: jsii.Bool(true)})
	}
	return out
}

func (p *userPool) signInPolicy(props *UserPoolProps) *CfnUserPool_SignInPolicyProperty {
	if props.SignInPolicy == nil || props.SignInPolicy.AllowedFirstAuthFactors == nil {
		return nil
	}
	f := props.SignInPolicy.AllowedFirstAuthFactors
	if !boolOr(f.Password) {
		l2.Throw(p, "The password authentication cannot be disabled.")
	}
	factors := []string{"PASSWORD"}
	if boolOr(f.EmailOtp) {
		factors = append(factors, "EMAIL_OTP")
	}
	if boolOr(f.SmsOtp) {
		factors = append(factors, "SMS_OTP")
	}
	if boolOr(f.Passkey) {
		factors = append(factors, "WEB_AUTHN")
	}
	if len(factors) > 1 && props.FeaturePlan == FeaturePlan_LITE {
		l2.Throw(p, "To enable choice-based authentication, set `featurePlan` to `FeaturePlan.ESSENTIALS` or `FeaturePlan.PLUS`.")
	}
	return &CfnUserPool_SignInPolicyProperty{AllowedFirstAuthFactors: jsii.Strings(factors...)}
}

func (p *userPool) schema(props *UserPoolProps) *[]*CfnUserPool_SchemaAttributeProperty {
	var out []*CfnUserPool_SchemaAttributeProperty
	if props.StandardAttributes != nil {
		for _, a := range props.StandardAttributes.list() {
			mutable, required := true, false
			if a.attr.Mutable != nil {
				mutable = *a.attr.Mutable
			}
			if a.attr.Required != nil {
				required = *a.attr.Required
			}
			out = append(out, &CfnUserPool_SchemaAttributeProperty{Name: jsii.String(a.name), Mutable: jsii.Bool(mutable), Required: jsii.Bool(required)})
		}
	}
	if props.CustomAttributes != nil {
		for _, name := range sortedKeys(*props.CustomAttributes) {
			a := (*props.CustomAttributes)[name]
			if a == nil {
				continue
			}
			c := a.Bind()
			attr := &CfnUserPool_SchemaAttributeProperty{Name: jsii.String(name), AttributeDataType: c.DataType}
			if c.Mutable != nil {
				attr.Mutable = c.Mutable
			}
			if nc := c.NumberConstraints; nc != nil {
				attr.NumberAttributeConstraints = &CfnUserPool_NumberAttributeConstraintsProperty{MinValue: numStr(nc.Min), MaxValue: numStr(nc.Max)}
			}
			if sc := c.StringConstraints; sc != nil {
				attr.StringAttributeConstraints = &CfnUserPool_StringAttributeConstraintsProperty{MinLength: numStr(sc.MinLen), MaxLength: numStr(sc.MaxLen)}
			}
			out = append(out, attr)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return &out
}

func (p *userPool) accountRecovery(props *UserPoolProps) *CfnUserPool_AccountRecoverySettingProperty {
	rec := props.AccountRecovery
	if rec == "" {
		rec = AccountRecovery_PHONE_WITHOUT_MFA_AND_EMAIL
	}
	opt := func(name string, prio float64) *CfnUserPool_RecoveryOptionProperty {
		return &CfnUserPool_RecoveryOptionProperty{Name: jsii.String(name), Priority: jsii.Number(prio)}
	}
	var mech []*CfnUserPool_RecoveryOptionProperty
	switch rec {
	case AccountRecovery_EMAIL_AND_PHONE_WITHOUT_MFA:
		mech = append(mech, opt("verified_email", 1), opt("verified_phone_number", 2))
	case AccountRecovery_PHONE_WITHOUT_MFA_AND_EMAIL:
		mech = append(mech, opt("verified_phone_number", 1), opt("verified_email", 2))
	case AccountRecovery_EMAIL_ONLY:
		mech = append(mech, opt("verified_email", 1))
	case AccountRecovery_PHONE_ONLY_WITHOUT_MFA:
		mech = append(mech, opt("verified_phone_number", 1))
	case AccountRecovery_NONE:
		mech = append(mech, opt("admin_only", 1))
	case AccountRecovery_PHONE_AND_EMAIL:
		return nil
	default:
		l2.Throw(p, "Unsupported AccountRecovery type - %s", rec)
	}
	return &CfnUserPool_AccountRecoverySettingProperty{RecoveryMechanisms: mech}
}

type importedUserPool struct{ userPoolBase }

// UserPool_FromUserPoolId imports a user pool of this stack's account and region by id.
func UserPool_FromUserPoolId(scope constructs.Construct, id *string, userPoolId *string) IUserPool {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("cognito-idp"), Resource: jsii.String("userpool"), ResourceName: userPoolId})
	return UserPool_FromUserPoolArn(scope, id, arn)
}

// UserPool_FromUserPoolArn imports a user pool by ARN.
func UserPool_FromUserPoolArn(scope constructs.Construct, id *string, userPoolArn *string) IUserPool {
	stack := awscdk.Stack_Of(scope)
	parts := stack.SplitArn(userPoolArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	if parts.ResourceName == nil || *parts.ResourceName == "" {
		l2.Throw(scope, "invalid user pool ARN")
	}
	p := &importedUserPool{}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{Account: parts.Account, Region: parts.Region})
	host.Set(p.Resource, p)
	p.self = p
	p.arn = userPoolArn
	p.id = parts.ResourceName
	p.providerName = jsii.String(fmt.Sprintf("cognito-idp.%s.%s/%s", deref(parts.Region), *stack.UrlSuffix(), *parts.ResourceName))
	return p
}

// UserPool_IsConstruct reports whether x is a construct.
func UserPool_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// UserPool_IsResource reports whether c is a Resource.
func UserPool_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// UserPool_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPool_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }

func boolOr(b *bool) bool { return b != nil && *b }

func or(p *string, def string) string {
	if p == nil {
		return def
	}
	return *p
}

func numStr(f *float64) *string {
	if f == nil {
		return nil
	}
	return jsii.String(num(*f))
}
