package awssecretsmanager

import (
	"regexp"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ISecret is a secret, defined in this app or imported.
type ISecret interface {
	awscdk.IResource
	interfacesawssecretsmanager.ISecretRef
	// AddRotationSchedule rotates the secret on a schedule.
	AddRotationSchedule(id *string, options *RotationScheduleOptions) RotationSchedule
	// AddToResourcePolicy adds a statement to the secret's resource policy,
	// creating the ResourcePolicy when the secret is owned by this app.
	AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	// Attach attaches the secret to a database, returning the attached secret.
	Attach(target ISecretAttachmentTarget) ISecret
	// CfnDynamicReferenceKey is the key of a {{resolve:secretsmanager:…}} reference.
	CfnDynamicReferenceKey(options *awscdk.SecretsManagerSecretOptions) *string
	// DenyAccountRootDelete denies secretsmanager:DeleteSecret to the account root.
	DenyAccountRootDelete()
	// GrantRead lets grantee read the secret (and decrypt it with its key).
	GrantRead(grantee awsiam.IGrantable, versionStages *[]*string) awsiam.Grant
	// GrantWrite lets grantee change the secret (and encrypt with its key).
	GrantWrite(grantee awsiam.IGrantable) awsiam.Grant
	// SecretValueFromJson is one JSON field of the secret's value.
	SecretValueFromJson(key *string) awscdk.SecretValue
	EncryptionKey() awskms.IKey
	SecretArn() *string
	SecretFullArn() *string
	SecretName() *string
	SecretValue() awscdk.SecretValue
}

// SecretStringGenerator says how Secrets Manager generates a secret string.
type SecretStringGenerator struct {
	ExcludeCharacters  *string `field:"optional" json:"excludeCharacters" yaml:"excludeCharacters"`
	ExcludeLowercase   *bool   `field:"optional" json:"excludeLowercase" yaml:"excludeLowercase"`
	ExcludeNumbers     *bool   `field:"optional" json:"excludeNumbers" yaml:"excludeNumbers"`
	ExcludePunctuation *bool   `field:"optional" json:"excludePunctuation" yaml:"excludePunctuation"`
	ExcludeUppercase   *bool   `field:"optional" json:"excludeUppercase" yaml:"excludeUppercase"`
	// The JSON key the generated string goes under (with SecretStringTemplate).
	GenerateStringKey *string `field:"optional" json:"generateStringKey" yaml:"generateStringKey"`
	IncludeSpace      *bool   `field:"optional" json:"includeSpace" yaml:"includeSpace"`
	// Default: 32.
	PasswordLength          *float64 `field:"optional" json:"passwordLength" yaml:"passwordLength"`
	RequireEachIncludedType *bool    `field:"optional" json:"requireEachIncludedType" yaml:"requireEachIncludedType"`
	// A JSON object the generated string is added to (with GenerateStringKey).
	SecretStringTemplate *string `field:"optional" json:"secretStringTemplate" yaml:"secretStringTemplate"`
}

// ReplicaRegion is a region the secret is replicated to.
type ReplicaRegion struct {
	Region        *string     `field:"required" json:"region" yaml:"region"`
	EncryptionKey awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
}

// SecretProps define a secret.
type SecretProps struct {
	Description *string `field:"optional" json:"description" yaml:"description"`
	// Default: the account's aws/secretsmanager key.
	EncryptionKey awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	// Default: a 32-character password, unless a value is given.
	GenerateSecretString *SecretStringGenerator `field:"optional" json:"generateSecretString" yaml:"generateSecretString"`
	// Default: DESTROY.
	RemovalPolicy     awscdk.RemovalPolicy           `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	ReplicaRegions    *[]*ReplicaRegion              `field:"optional" json:"replicaRegions" yaml:"replicaRegions"`
	SecretName        *string                        `field:"optional" json:"secretName" yaml:"secretName"`
	SecretObjectValue *map[string]awscdk.SecretValue `field:"optional" json:"secretObjectValue" yaml:"secretObjectValue"`
	SecretStringBeta1 SecretStringValueBeta1         `field:"optional" json:"secretStringBeta1" yaml:"secretStringBeta1"`
	SecretStringValue awscdk.SecretValue             `field:"optional" json:"secretStringValue" yaml:"secretStringValue"`
}

// SecretAttributes describe a secret defined outside this app.
type SecretAttributes struct {
	EncryptionKey awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	// The ARN with its 6-character suffix.
	SecretCompleteArn *string `field:"optional" json:"secretCompleteArn" yaml:"secretCompleteArn"`
	// The ARN without the suffix.
	SecretPartialArn *string `field:"optional" json:"secretPartialArn" yaml:"secretPartialArn"`
}

// SecretStringValueBeta1 is a secret value given to Secret (deprecated: SecretStringValue).
type SecretStringValueBeta1 interface {
	SecretValue() *string
}

type secretStringBeta1 struct{ v *string }

func (s secretStringBeta1) SecretValue() *string { return s.v }

// SecretStringValueBeta1_FromUnsafePlaintext is a plaintext value (it ends up in the template).
func SecretStringValueBeta1_FromUnsafePlaintext(secretValue *string) SecretStringValueBeta1 {
	return secretStringBeta1{secretValue}
}

// SecretStringValueBeta1_FromToken is a value known only at deploy time.
func SecretStringValueBeta1_FromToken(secretValueFromToken *string) SecretStringValueBeta1 {
	if !isUnresolved(secretValueFromToken) {
		throwUnscoped("SecretStringValueBeta1 appears to be plaintext (unsafe) string (or resolved Token); use fromUnsafePlaintext if this is intentional")
	}
	return secretStringBeta1{secretValueFromToken}
}

// Secret is a secret defined in this app (AWS::SecretsManager::Secret).
type Secret interface {
	awscdk.Resource
	ISecret
	// ArnForPolicies is the ARN to grant on (a wildcard suffix when the full ARN is unknown).
	ArnForPolicies() *string
	AutoCreatePolicy() *bool
	ExcludeCharacters() *string
	SecretRef() *interfacesawssecretsmanager.SecretReference
	// AddReplicaRegion replicates the secret to region.
	AddReplicaRegion(region *string, encryptionKey interfacesawskms.IKeyRef)
}

// secretBase implements ISecret over the core Resource; self is the outer
// secret.
type secretBase struct {
	awscdk.Resource
	self             ISecret
	policy           ResourcePolicy
	autoCreatePolicy bool
	key              awskms.IKey
	arn, name        *string
	fullArn          func() *string
	arnForPolicies   *string
	isSecret         bool
	excludeChars     *string
}

type stringProducer func(awscdk.IResolveContext) *string

func (f stringProducer) Produce(ctx awscdk.IResolveContext) *string { return f(ctx) }

func (s *secretBase) init(self ISecret) {
	s.self = self
	s.arnForPolicies = awscdk.Lazy_UncachedString(stringProducer(func(ctx awscdk.IResolveContext) *string {
		consuming := awscdk.Stack_Of(ctx.Scope())
		own := awscdk.Stack_Of(s)
		full := s.self.SecretFullArn()
		if deref(own.Account()) != deref(consuming.Account()) || deref(own.Region()) != deref(consuming.Region()) || full == nil {
			return str(deref(s.self.SecretArn()) + "-??????")
		}
		return full
	}), nil)
	s.Node().AddValidation(validation(func() []string {
		if s.policy == nil {
			return nil
		}
		var out []string
		if l := s.policy.Document().ValidateForResourcePolicy(nil); l != nil {
			for _, e := range *l {
				out = append(out, deref(e))
			}
		}
		return out
	}))
}

type validation func() []string

func (v validation) Validate() *[]*string {
	errs := v()
	out := make([]*string, len(errs))
	for i := range errs {
		out[i] = &errs[i]
	}
	return &out
}

func (s *secretBase) EncryptionKey() awskms.IKey { return s.key }
func (s *secretBase) SecretArn() *string         { return s.arn }
func (s *secretBase) SecretName() *string        { return s.name }
func (s *secretBase) AutoCreatePolicy() *bool    { return jsii.Bool(s.autoCreatePolicy) }
func (s *secretBase) ArnForPolicies() *string    { return s.arnForPolicies }
func (s *secretBase) ExcludeCharacters() *string { return s.excludeChars }

func (s *secretBase) SecretFullArn() *string {
	if s.fullArn != nil {
		return s.fullArn()
	}
	return s.self.SecretArn()
}

func (s *secretBase) SecretRef() *interfacesawssecretsmanager.SecretReference {
	return &interfacesawssecretsmanager.SecretReference{SecretId: s.self.SecretArn()}
}

func (s *secretBase) CfnDynamicReferenceKey(options *awscdk.SecretsManagerSecretOptions) *string {
	if options == nil {
		options = &awscdk.SecretsManagerSecretOptions{}
	}
	return awscdk.SecretValue_CfnDynamicReferenceKey(s.self.SecretArn(), options)
}

func (s *secretBase) SecretValue() awscdk.SecretValue { return s.SecretValueFromJson(str("")) }

func (s *secretBase) SecretValueFromJson(key *string) awscdk.SecretValue {
	return awscdk.SecretValue_SecretsManager(s.self.SecretArn(), &awscdk.SecretsManagerSecretOptions{JsonField: key})
}

func (s *secretBase) secretsManagerService() string {
	return "secretsmanager." + deref(awscdk.Stack_Of(s).Region()) + ".amazonaws.com"
}

func (s *secretBase) GrantRead(grantee awsiam.IGrantable, versionStages *[]*string) awsiam.Grant {
	result := awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee:      grantee,
		Actions:      jsii.Strings("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
		ResourceArns: &[]*string{s.arnForPolicies},
		Resource:     s.self,
	})
	stmt := result.PrincipalStatement()
	if stmt == nil {
		stmt = result.ResourceStatement()
	}
	if versionStages != nil && stmt != nil {
		stages := make([]interface{}, len(*versionStages))
		for i, v := range *versionStages {
			stages[i] = v
		}
		stmt.AddCondition(str("ForAnyValue:StringEquals"), map[string]interface{}{"secretsmanager:VersionStage": stages})
	}
	if s.key != nil {
		s.key.GrantDecrypt(newViaService(s.secretsManagerService(), grantee.GrantPrincipal()))
	}
	cross := awscdk.Token_CompareStrings(awscdk.Stack_Of(s).Account(), str(deref(grantee.GrantPrincipal().PrincipalAccount())))
	if s.isSecret && result.ResourceStatement() != nil && s.key == nil && cross == awscdk.TokenComparison_DIFFERENT() {
		throw(s, "KMS Key must be provided for cross account access to Secret")
	}
	return result
}

func (s *secretBase) GrantWrite(grantee awsiam.IGrantable) awsiam.Grant {
	result := awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee:      grantee,
		Actions:      jsii.Strings("secretsmanager:PutSecretValue", "secretsmanager:UpdateSecret", "secretsmanager:UpdateSecretVersionStage"),
		ResourceArns: &[]*string{s.arnForPolicies},
		Resource:     s.self,
	})
	if s.key != nil {
		s.key.GrantEncrypt(newViaService(s.secretsManagerService(), grantee.GrantPrincipal()))
	}
	if s.isSecret && result.ResourceStatement() != nil && s.key == nil {
		throw(s, "KMS Key must be provided for cross account access to Secret")
	}
	return result
}

func (s *secretBase) AddRotationSchedule(id *string, options *RotationScheduleOptions) RotationSchedule {
	if options == nil {
		options = &RotationScheduleOptions{}
	}
	return NewRotationSchedule(s.Resource, id, &RotationScheduleProps{
		Secret:                    s.self,
		AutomaticallyAfter:        options.AutomaticallyAfter,
		HostedRotation:            options.HostedRotation,
		RotateImmediatelyOnUpdate: options.RotateImmediatelyOnUpdate,
		RotationLambda:            options.RotationLambda,
	})
}

func (s *secretBase) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if s.policy == nil && s.autoCreatePolicy {
		s.policy = NewResourcePolicy(s.Resource, str("Policy"), &ResourcePolicyProps{Secret: s.self})
	}
	if s.policy == nil {
		return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
	}
	s.policy.Document().AddStatements(statement)
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: s.policy}
}

func (s *secretBase) DenyAccountRootDelete() {
	s.self.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:    jsii.Strings("secretsmanager:DeleteSecret"),
		Effect:     awsiam.Effect_DENY,
		Resources:  jsii.Strings("*"),
		Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()},
	}))
}

func (s *secretBase) Attach(target ISecretAttachmentTarget) ISecret {
	if s.Node().TryFindChild(str("Attachment")) != nil {
		throw(s, "Secret is already attached to a target.")
	}
	return NewSecretTargetAttachment(s.Resource, str("Attachment"), &SecretTargetAttachmentProps{Secret: s.self, Target: target})
}

type secret struct {
	secretBase
	resource CfnSecret
	replicas []interface{}
}

// Secret_PROPERTY_INJECTION_ID is the id property injectors use for Secret.
func Secret_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-secretsmanager.Secret") }

// Secret_IsSecret reports whether x is a Secret made by NewSecret.
func Secret_IsSecret(x interface{}) *bool {
	_, ok := x.(*secret)
	return &ok
}

// Secret_IsConstruct reports whether x is a construct.
func Secret_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Secret_IsResource reports whether the construct is a resource.
func Secret_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// Secret_IsOwnedResource reports whether the construct is a resource owned by this app.
func Secret_IsOwnedResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsOwnedResource(c) }

// ResourcePolicy_IsConstruct reports whether x is a construct.
func ResourcePolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ResourcePolicy_IsResource reports whether the construct is a resource.
func ResourcePolicy_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// ResourcePolicy_IsOwnedResource reports whether the construct is a resource owned by this app.
func ResourcePolicy_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// RotationSchedule_IsConstruct reports whether x is a construct.
func RotationSchedule_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// RotationSchedule_IsResource reports whether the construct is a resource.
func RotationSchedule_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// RotationSchedule_IsOwnedResource reports whether the construct is a resource owned by this app.
func RotationSchedule_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// SecretTargetAttachment_IsConstruct reports whether x is a construct.
func SecretTargetAttachment_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// SecretTargetAttachment_IsResource reports whether the construct is a resource.
func SecretTargetAttachment_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// SecretTargetAttachment_IsOwnedResource reports whether the construct is a resource owned by this app.
func SecretTargetAttachment_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

const parseOwnedSecretNameFlag = "@aws-cdk/aws-secretsmanager:parseOwnedSecretName"

// NewSecret creates a secret.
func NewSecret(scope constructs.Construct, id *string, props *SecretProps) Secret {
	props = l2.Inject(*Secret_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &SecretProps{}
	}
	s := &secret{}
	s.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.SecretName})
	host.Set(s.Resource, s)
	s.autoCreatePolicy = true
	s.isSecret = true
	s.init(s)

	if g := props.GenerateSecretString; g != nil && (g.SecretStringTemplate != nil || g.GenerateStringKey != nil) &&
		!(g.SecretStringTemplate != nil && g.GenerateStringKey != nil) {
		throw(s, "`secretStringTemplate` and `generateStringKey` must be specified together.")
	}
	n := 0
	for _, set := range []bool{props.GenerateSecretString != nil, props.SecretStringBeta1 != nil, props.SecretStringValue != nil, props.SecretObjectValue != nil} {
		if set {
			n++
		}
	}
	if n > 1 {
		throw(s, "Cannot specify more than one of `generateSecretString`, `secretStringValue`, `secretObjectValue`, and `secretStringBeta1`.")
	}
	var secretString *string
	switch {
	case props.SecretObjectValue != nil:
		secretString = secretObjectJSON(*props.SecretObjectValue)
	case props.SecretStringValue != nil:
		secretString = props.SecretStringValue.UnsafeUnwrap()
	case props.SecretStringBeta1 != nil:
		secretString = props.SecretStringBeta1.SecretValue()
	}
	cfn := &CfnSecretProps{
		Description:  props.Description,
		SecretString: secretString,
		Name:         s.PhysicalName(),
		ReplicaRegions: awscdk.Lazy_Any(anyProducerStable(func() interface{} {
			if len(s.replicas) == 0 {
				return nil
			}
			return s.replicas
		}), nil),
	}
	if props.EncryptionKey != nil {
		cfn.KmsKeyId = props.EncryptionKey.KeyArn()
	}
	if g := props.GenerateSecretString; g != nil {
		cfn.GenerateSecretString = &CfnSecret_GenerateSecretStringProperty{
			ExcludeCharacters: g.ExcludeCharacters, ExcludeLowercase: boolOrNil(g.ExcludeLowercase),
			ExcludeNumbers: boolOrNil(g.ExcludeNumbers), ExcludePunctuation: boolOrNil(g.ExcludePunctuation),
			ExcludeUppercase: boolOrNil(g.ExcludeUppercase), GenerateStringKey: g.GenerateStringKey,
			IncludeSpace: boolOrNil(g.IncludeSpace), PasswordLength: g.PasswordLength,
			RequireEachIncludedType: boolOrNil(g.RequireEachIncludedType), SecretStringTemplate: g.SecretStringTemplate,
		}
	} else if secretString == nil {
		cfn.GenerateSecretString = &CfnSecret_GenerateSecretStringProperty{}
	}
	s.resource = NewCfnSecret(s, str("Resource"), cfn)
	policy := props.RemovalPolicy
	if policy == "" {
		policy = awscdk.RemovalPolicy_DESTROY
	}
	s.resource.ApplyRemovalPolicy(policy, nil)
	s.arn = s.GetResourceArnAttribute(s.resource.Ref(), &awscdk.ArnComponents{
		Service: str("secretsmanager"), Resource: str("secret"), ResourceName: s.PhysicalName(),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
	})
	s.key = props.EncryptionKey
	if flag(s, parseOwnedSecretNameFlag) {
		s.name = parseOwnedSecretName(s, s.arn, props.SecretName)
	} else {
		s.name = parseSecretName(s, s.arn)
	}
	if s.key != nil {
		principal := newViaService(s.secretsManagerService(), awsiam.NewAccountPrincipal(awscdk.Stack_Of(s).Account()))
		s.key.GrantEncryptDecrypt(principal)
		s.key.Grant(principal, str("kms:CreateGrant"), str("kms:DescribeKey"))
	}
	if props.ReplicaRegions != nil {
		for _, r := range *props.ReplicaRegions {
			var k interfacesawskms.IKeyRef
			if r.EncryptionKey != nil {
				k = r.EncryptionKey
			}
			s.AddReplicaRegion(r.Region, k)
		}
	}
	if props.GenerateSecretString != nil {
		s.excludeChars = props.GenerateSecretString.ExcludeCharacters
	}
	return s
}

type anyProducerStable func() interface{}

func (f anyProducerStable) Produce() interface{} { return f() }

func boolOrNil(b *bool) interface{} {
	if b == nil {
		return nil
	}
	return b
}

// secretObjectJSON is JSON.stringify of the unwrapped values, keys in the
// order jsii hands a Go map over (sorted).
func secretObjectJSON(m map[string]awscdk.SecretValue) *string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("{")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(ojson.Quote(k) + ":" + ojson.Quote(deref(m[k].UnsafeUnwrap())))
	}
	b.WriteString("}")
	return str(b.String())
}

func (s *secret) AddReplicaRegion(region *string, encryptionKey interfacesawskms.IKeyRef) {
	stack := awscdk.Stack_Of(s)
	if !isUnresolved(stack.Region()) && !isUnresolved(region) && deref(region) == deref(stack.Region()) {
		throw(s, "Cannot add the region where this stack is deployed as a replica region.")
	}
	// Rendered by hand: the list is lazy, so the L1 does not map it.
	r := ojson.New()
	if encryptionKey != nil {
		r.Set("KmsKeyId", encryptionKey.KeyRef().KeyArn)
	}
	r.Set("Region", region)
	s.replicas = append(s.replicas, r)
}

var completeArn = regexp.MustCompile(`(?i)-[a-z0-9]{6}$`)

func arnIsComplete(arn *string) bool { return isUnresolved(arn) || completeArn.MatchString(deref(arn)) }

func parseSecretName(c constructs.IConstruct, arn *string) *string {
	name := awscdk.Stack_Of(c).SplitArn(arn, awscdk.ArnFormat_COLON_RESOURCE_NAME).ResourceName
	if deref(name) == "" {
		throw(c, "invalid ARN format; no secret name provided")
	}
	if isUnresolved(name) {
		return name
	}
	n := *name
	if i := strings.LastIndex(n, "-"); i >= 0 && len(n[i+1:]) == 6 {
		return str(n[:i])
	}
	return name
}

func parseOwnedSecretName(c constructs.IConstruct, arn *string, secretName *string) *string {
	name := awscdk.Stack_Of(c).SplitArn(arn, awscdk.ArnFormat_COLON_RESOURCE_NAME).ResourceName
	if deref(name) == "" {
		throw(c, "invalid ARN format; no secret name provided")
	}
	if secretName != nil && isUnresolved(secretName) {
		return secretName
	}
	segments := 2
	if secretName != nil && *secretName != "" {
		segments = len(strings.Split(*secretName, "-"))
	}
	parts := make([]*string, segments)
	for i := range parts {
		parts[i] = awscdk.Fn_Select(jsii.Number(float64(i)), awscdk.Fn_Split(str("-"), name, nil))
	}
	return awscdk.Fn_Join(str("-"), &parts)
}

// importedSecret is a secret known by name or ARN.
type importedSecret struct {
	secretBase
}

func newImported(scope constructs.Construct, id *string, envFromArn *string) *importedSecret {
	s := &importedSecret{}
	var props *awscdk.ResourceProps
	if envFromArn != nil {
		props = &awscdk.ResourceProps{EnvironmentFromArn: envFromArn}
	}
	s.Resource = awscdk.NewResource(scope, id, props)
	host.Set(s.Resource, s)
	s.init(s)
	return s
}

// Secret_FromSecretCompleteArn imports a secret by its full ARN.
func Secret_FromSecretCompleteArn(scope constructs.Construct, id *string, secretCompleteArn *string) ISecret {
	return Secret_FromSecretAttributes(scope, id, &SecretAttributes{SecretCompleteArn: secretCompleteArn})
}

// Secret_FromSecretPartialArn imports a secret by its ARN without the suffix.
func Secret_FromSecretPartialArn(scope constructs.Construct, id *string, secretPartialArn *string) ISecret {
	return Secret_FromSecretAttributes(scope, id, &SecretAttributes{SecretPartialArn: secretPartialArn})
}

// Secret_FromSecretNameV2 imports a secret of this account and region by name.
func Secret_FromSecretNameV2(scope constructs.Construct, id *string, secretName *string) ISecret {
	s := newImported(scope, id, nil)
	s.name = secretName
	s.arn = awscdk.Stack_Of(s).FormatArn(&awscdk.ArnComponents{
		Service: str("secretsmanager"), Resource: str("secret"), ResourceName: secretName,
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
	})
	s.fullArn = func() *string { return nil }
	return s
}

// Secret_FromSecretAttributes imports a secret from its attributes.
func Secret_FromSecretAttributes(scope constructs.Construct, id *string, attrs *SecretAttributes) ISecret {
	if attrs == nil {
		attrs = &SecretAttributes{}
	}
	complete, partial := attrs.SecretCompleteArn, attrs.SecretPartialArn
	if (complete != nil) == (partial != nil) {
		throw(scope, "must use only one of `secretCompleteArn` or `secretPartialArn`")
	}
	if complete != nil && !arnIsComplete(complete) {
		throw(scope, "`secretCompleteArn` does not appear to be complete; missing 6-character suffix")
	}
	arn, isPartial := complete, false
	if partial != nil {
		arn, isPartial = partial, true
	}
	s := newImported(scope, id, arn)
	s.key = attrs.EncryptionKey
	s.arn = arn
	s.name = parseSecretName(scope, arn)
	if isPartial {
		s.fullArn = func() *string { return nil }
		s.arnForPolicies = str(deref(arn) + "-??????")
	} else {
		s.fullArn = func() *string { return arn }
		s.arnForPolicies = arn
	}
	return s
}
