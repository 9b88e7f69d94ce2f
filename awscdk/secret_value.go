package awscdk

import (
	"strings"
)

// CfnDynamicReferenceService is the service a dynamic reference reads from.
type CfnDynamicReferenceService string

const (
	// CfnDynamicReferenceService_SSM reads a plain SSM parameter.
	CfnDynamicReferenceService_SSM CfnDynamicReferenceService = "SSM"
	// CfnDynamicReferenceService_SSM_SECURE reads a SecureString SSM parameter.
	CfnDynamicReferenceService_SSM_SECURE CfnDynamicReferenceService = "SSM_SECURE"
	// CfnDynamicReferenceService_SECRETS_MANAGER reads a Secrets Manager secret.
	CfnDynamicReferenceService_SECRETS_MANAGER CfnDynamicReferenceService = "SECRETS_MANAGER"
)

// jsValue is the service's name in a {{resolve:...}} reference.
func (s CfnDynamicReferenceService) jsValue() string {
	switch s {
	case CfnDynamicReferenceService_SSM:
		return "ssm"
	case CfnDynamicReferenceService_SSM_SECURE:
		return "ssm-secure"
	case CfnDynamicReferenceService_SECRETS_MANAGER:
		return "secretsmanager"
	}
	return string(s)
}

// CfnDynamicReferenceProps are the parts of a dynamic reference.
type CfnDynamicReferenceProps struct {
	ReferenceKey *string                    `field:"required" json:"referenceKey" yaml:"referenceKey"`
	Service      CfnDynamicReferenceService `field:"required" json:"service" yaml:"service"`
}

// CfnDynamicReference is a CloudFormation dynamic reference,
// {{resolve:service:key}}, resolved when the stack deploys.
type CfnDynamicReference interface {
	Intrinsic
}

type cfnDynamicReference struct{ *intrinsic }

// NewCfnDynamicReference creates a dynamic reference to key in service.
func NewCfnDynamicReference(service CfnDynamicReferenceService, key *string) CfnDynamicReference {
	return &cfnDynamicReference{intrinsic: &intrinsic{value: "{{resolve:" + service.jsValue() + ":" + deref(key) + "}}", typeHint: ResolutionTypeHint_STRING}}
}

func (d *cfnDynamicReference) ToString() *string        { return Token_AsString(d, nil) }
func (d *cfnDynamicReference) ToStringList() *[]*string { return Token_AsList(d, nil) }

// SecretsManagerSecretOptions select what of a Secrets Manager secret to read.
type SecretsManagerSecretOptions struct {
	JsonField    *string `field:"optional" json:"jsonField" yaml:"jsonField"`
	VersionId    *string `field:"optional" json:"versionId" yaml:"versionId"`
	VersionStage *string `field:"optional" json:"versionStage" yaml:"versionStage"`
}

// SecretValue is a secret, kept out of templates unless a construct made
// to take a secret renders it. With @aws-cdk/core:checkSecretUsage (set
// by cdk init) rendering it anywhere else fails synthesis.
type SecretValue interface {
	Intrinsic
	UnsafeUnwrap() *string
}

type secretValue struct {
	*intrinsic
	raw interface{}
}

const checkSecretUsageFlag = "@aws-cdk/core:checkSecretUsage"

// NewSecretValue wraps a value (a string or a token) as a secret.
func NewSecretValue(protectedValue interface{}, options *IntrinsicProps) SecretValue {
	i := NewIntrinsic(protectedValue, options).(*intrinsic)
	return &secretValue{intrinsic: i, raw: protectedValue}
}

// SecretValue_IsSecretValue reports whether x is a SecretValue.
func SecretValue_IsSecretValue(x interface{}) *bool {
	_, ok := x.(*secretValue)
	return &ok
}

// SecretValue_PlainText is the deprecated name of SecretValue_UnsafePlainText.
func SecretValue_PlainText(secret *string) SecretValue { return SecretValue_UnsafePlainText(secret) }

// SecretValue_UnsafePlainText makes a secret of a literal: it ends up in
// the template in clear text.
func SecretValue_UnsafePlainText(secret *string) SecretValue {
	return NewSecretValue(deref(secret), nil)
}

// SecretValue_SecretsManager reads a Secrets Manager secret (a name or ARN)
// at deployment.
func SecretValue_SecretsManager(secretId *string, options *SecretsManagerSecretOptions) SecretValue {
	return SecretValue_CfnDynamicReference(NewCfnDynamicReference(CfnDynamicReferenceService_SECRETS_MANAGER, SecretValue_CfnDynamicReferenceKey(secretId, options)))
}

// SecretValue_CfnDynamicReferenceKey is the key of a Secrets Manager
// dynamic reference: secret-id:SecretString:json-key:version-stage:version-id.
func SecretValue_CfnDynamicReferenceKey(secretId *string, options *SecretsManagerSecretOptions) *string {
	id := deref(secretId)
	if id == "" {
		panicf("", "secretId cannot be empty")
	}
	if !isUnresolved(id) && !strings.HasPrefix(id, "arn:") && strings.Contains(id, ":") {
		panicf("", "secret id %q is not an ARN but contains \":\"", id)
	}
	o := SecretsManagerSecretOptions{}
	if options != nil {
		o = *options
	}
	if deref(o.VersionStage) != "" && deref(o.VersionId) != "" {
		panicf("", "versionStage: '%s' and versionId: '%s' were both provided but only one is allowed", *o.VersionStage, *o.VersionId)
	}
	return str(strings.Join([]string{id, "SecretString", deref(o.JsonField), deref(o.VersionStage), deref(o.VersionId)}, ":"))
}

// SecretValue_SsmSecure reads a SecureString SSM parameter at deployment,
// the latest version unless version is given.
func SecretValue_SsmSecure(parameterName *string, version *string) SecretValue {
	key := deref(parameterName)
	if deref(version) != "" {
		key += ":" + *version
	}
	return SecretValue_CfnDynamicReference(NewCfnDynamicReference(CfnDynamicReferenceService_SSM_SECURE, str(key)))
}

// SecretValue_CfnDynamicReference makes a secret of a dynamic reference.
func SecretValue_CfnDynamicReference(ref CfnDynamicReference) SecretValue {
	return NewSecretValue(ref, nil)
}

// SecretValue_CfnParameter makes a secret of a NoEcho parameter.
func SecretValue_CfnParameter(param CfnParameter) SecretValue {
	if param == nil {
		panicf("", "SecretValue_CfnParameter needs a parameter")
	}
	if !boolOr(param.NoEcho(), false) {
		panicf(*param.Node().Path(), "CloudFormation parameter must be configured with \"NoEcho\"")
	}
	return NewSecretValue(param.Value(), nil)
}

// SecretValue_ResourceAttribute makes a secret of a resource attribute
// (for example a generated password a resource returns).
func SecretValue_ResourceAttribute(attr *string) SecretValue {
	ref, ok := reverseReference(attr)
	if !ok {
		panicf("", "SecretValue.resourceAttribute() must be used with a resource attribute")
	}
	if _, isRes := hostOf(ref.target.Construct).(CfnResource); !isRes {
		panicf("", "SecretValue.resourceAttribute() must be used with a resource attribute")
	}
	return NewSecretValue(deref(attr), nil)
}

// UnsafeUnwrap returns the secret as a string for a construct that knows
// it handles a secret (a password property, say).
func (s *secretValue) UnsafeUnwrap() *string { return Token_AsString(s.raw, nil) }

// Resolve renders the secret, which @aws-cdk/core:checkSecretUsage forbids:
// reaching here means the secret was put where a plain string is expected.
func (s *secretValue) Resolve(ctx IResolveContext) interface{} {
	if scope := ctx.Scope(); scope != nil && featureEnabled(scope, checkSecretUsageFlag) {
		var parts []string
		for _, p := range *ctx.DocumentPath() {
			parts = append(parts, deref(p))
		}
		panicf(errorPath(ctx), "Synthing a secret value to %s. Using a SecretValue here risks exposing your secret. Only pass SecretValues to constructs that accept a SecretValue property, or call AWS Secrets Manager directly in your runtime code. Call 'secretValue.unsafeUnwrap()' if you understand and accept the risks.", strings.Join(parts, "/"))
	}
	return s.intrinsic.Resolve(ctx)
}

func (s *secretValue) ToString() *string        { return Token_AsString(s, nil) }
func (s *secretValue) ToStringList() *[]*string { return Token_AsList(s, nil) }
