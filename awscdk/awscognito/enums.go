package awscognito

import "strings"

// AccountRecovery is how users recover their accounts.
type AccountRecovery string

const (
	AccountRecovery_EMAIL_AND_PHONE_WITHOUT_MFA AccountRecovery = "EMAIL_AND_PHONE_WITHOUT_MFA"
	AccountRecovery_PHONE_WITHOUT_MFA_AND_EMAIL AccountRecovery = "PHONE_WITHOUT_MFA_AND_EMAIL"
	AccountRecovery_EMAIL_ONLY                  AccountRecovery = "EMAIL_ONLY"
	AccountRecovery_PHONE_ONLY_WITHOUT_MFA      AccountRecovery = "PHONE_ONLY_WITHOUT_MFA"
	AccountRecovery_PHONE_AND_EMAIL             AccountRecovery = "PHONE_AND_EMAIL"
	AccountRecovery_NONE                        AccountRecovery = "NONE"
)

// Mfa is whether multi-factor authentication is off, optional or required.
type Mfa string

const (
	Mfa_OFF      Mfa = "OFF"
	Mfa_OPTIONAL Mfa = "OPTIONAL"
	Mfa_REQUIRED Mfa = "REQUIRED"
)

func (m Mfa) cfn() string {
	if m == Mfa_REQUIRED {
		return "ON"
	}
	return string(m)
}

// FeaturePlan is a user pool's feature plan (tier).
type FeaturePlan string

const (
	FeaturePlan_LITE       FeaturePlan = "LITE"
	FeaturePlan_ESSENTIALS FeaturePlan = "ESSENTIALS"
	FeaturePlan_PLUS       FeaturePlan = "PLUS"
)

// VerificationEmailStyle is whether verification emails carry a code or a link.
type VerificationEmailStyle string

const (
	VerificationEmailStyle_CODE VerificationEmailStyle = "CODE"
	VerificationEmailStyle_LINK VerificationEmailStyle = "LINK"
)

func (v VerificationEmailStyle) cfn() string {
	if v == VerificationEmailStyle_LINK {
		return "CONFIRM_WITH_LINK"
	}
	return "CONFIRM_WITH_CODE"
}

// AdvancedSecurityMode is the deprecated advanced security setting; use StandardThreatProtectionMode.
type AdvancedSecurityMode string

const (
	AdvancedSecurityMode_ENFORCED AdvancedSecurityMode = "ENFORCED"
	AdvancedSecurityMode_AUDIT    AdvancedSecurityMode = "AUDIT"
	AdvancedSecurityMode_OFF      AdvancedSecurityMode = "OFF"
)

// StandardThreatProtectionMode is threat protection for standard authentication.
type StandardThreatProtectionMode string

const (
	StandardThreatProtectionMode_FULL_FUNCTION  StandardThreatProtectionMode = "FULL_FUNCTION"
	StandardThreatProtectionMode_AUDIT_ONLY     StandardThreatProtectionMode = "AUDIT_ONLY"
	StandardThreatProtectionMode_NO_ENFORCEMENT StandardThreatProtectionMode = "NO_ENFORCEMENT"
)

func (s StandardThreatProtectionMode) cfn() string {
	switch s {
	case StandardThreatProtectionMode_FULL_FUNCTION:
		return "ENFORCED"
	case StandardThreatProtectionMode_AUDIT_ONLY:
		return "AUDIT"
	case StandardThreatProtectionMode_NO_ENFORCEMENT:
		return "OFF"
	}
	return string(s)
}

// CustomThreatProtectionMode is threat protection for custom authentication.
type CustomThreatProtectionMode string

const (
	CustomThreatProtectionMode_FULL_FUNCTION CustomThreatProtectionMode = "FULL_FUNCTION"
	CustomThreatProtectionMode_AUDIT_ONLY    CustomThreatProtectionMode = "AUDIT_ONLY"
)

func (c CustomThreatProtectionMode) cfn() string {
	switch c {
	case CustomThreatProtectionMode_FULL_FUNCTION:
		return "ENFORCED"
	case CustomThreatProtectionMode_AUDIT_ONLY:
		return "AUDIT"
	}
	return string(c)
}

// PasskeyUserVerification is whether passkeys require user verification.
type PasskeyUserVerification string

const (
	PasskeyUserVerification_PREFERRED PasskeyUserVerification = "PREFERRED"
	PasskeyUserVerification_REQUIRED  PasskeyUserVerification = "REQUIRED"
)

func (p PasskeyUserVerification) cfn() string {
	switch p {
	case PasskeyUserVerification_PREFERRED:
		return "preferred"
	case PasskeyUserVerification_REQUIRED:
		return "required"
	}
	return string(p)
}

// LambdaVersion is the event version a trigger function receives.
type LambdaVersion string

const (
	LambdaVersion_V1_0 LambdaVersion = "V1_0"
	LambdaVersion_V2_0 LambdaVersion = "V2_0"
	LambdaVersion_V3_0 LambdaVersion = "V3_0"
)

// ManagedLoginVersion is the hosted sign-in page's version.
type ManagedLoginVersion string

const (
	ManagedLoginVersion_CLASSIC_HOSTED_UI   ManagedLoginVersion = "CLASSIC_HOSTED_UI"
	ManagedLoginVersion_NEWER_MANAGED_LOGIN ManagedLoginVersion = "NEWER_MANAGED_LOGIN"
)

func (m ManagedLoginVersion) cfn() *float64 {
	var v float64
	switch m {
	case ManagedLoginVersion_CLASSIC_HOSTED_UI:
		v = 1
	case ManagedLoginVersion_NEWER_MANAGED_LOGIN:
		v = 2
	default:
		return nil
	}
	return &v
}

// UserPoolOperation is a user pool event a Lambda trigger handles.
type UserPoolOperation interface {
	// OperationName is the key in CfnUserPool's LambdaConfig.
	OperationName() *string
}

type operation string

func (o operation) OperationName() *string { s := string(o); return &s }

// UserPoolOperation_Of is an operation by name (first letter lowered).
func UserPoolOperation_Of(name *string) UserPoolOperation {
	n := deref(name)
	if n != "" {
		n = strings.ToLower(n[:1]) + n[1:]
	}
	return operation(n)
}

func UserPoolOperation_CREATE_AUTH_CHALLENGE() UserPoolOperation {
	return operation("createAuthChallenge")
}
func UserPoolOperation_CUSTOM_MESSAGE() UserPoolOperation { return operation("customMessage") }
func UserPoolOperation_DEFINE_AUTH_CHALLENGE() UserPoolOperation {
	return operation("defineAuthChallenge")
}
func UserPoolOperation_POST_AUTHENTICATION() UserPoolOperation {
	return operation("postAuthentication")
}
func UserPoolOperation_POST_CONFIRMATION() UserPoolOperation { return operation("postConfirmation") }
func UserPoolOperation_PRE_AUTHENTICATION() UserPoolOperation {
	return operation("preAuthentication")
}
func UserPoolOperation_PRE_SIGN_UP() UserPoolOperation { return operation("preSignUp") }
func UserPoolOperation_PRE_TOKEN_GENERATION() UserPoolOperation {
	return operation("preTokenGeneration")
}
func UserPoolOperation_PRE_TOKEN_GENERATION_CONFIG() UserPoolOperation {
	return operation("preTokenGenerationConfig")
}
func UserPoolOperation_USER_MIGRATION() UserPoolOperation { return operation("userMigration") }
func UserPoolOperation_VERIFY_AUTH_CHALLENGE_RESPONSE() UserPoolOperation {
	return operation("verifyAuthChallengeResponse")
}
func UserPoolOperation_CUSTOM_EMAIL_SENDER() UserPoolOperation {
	return operation("customEmailSender")
}
func UserPoolOperation_CUSTOM_SMS_SENDER() UserPoolOperation { return operation("customSmsSender") }

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
