package awsecr

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// TagMutability says whether an image tag can be pushed again.
type TagMutability string

const (
	TagMutability_MUTABLE                  TagMutability = "MUTABLE"
	TagMutability_IMMUTABLE                TagMutability = "IMMUTABLE"
	TagMutability_IMMUTABLE_WITH_EXCLUSION TagMutability = "IMMUTABLE_WITH_EXCLUSION"
	TagMutability_MUTABLE_WITH_EXCLUSION   TagMutability = "MUTABLE_WITH_EXCLUSION"
)

// RepositoryEncryption is how a repository's images are encrypted at rest.
type RepositoryEncryption interface {
	// Value is CloudFormation's name for it ("AES256", "KMS", "KMS_DSSE").
	Value() *string
}

type repositoryEncryption struct{ value *string }

func (e *repositoryEncryption) Value() *string { return e.value }

// NewRepositoryEncryption is an encryption type by CloudFormation's name.
func NewRepositoryEncryption(value *string) RepositoryEncryption {
	return &repositoryEncryption{value: value}
}

// NewRepositoryEncryption_Override initialises r, a type embedding RepositoryEncryption.
func NewRepositoryEncryption_Override(r RepositoryEncryption, value *string) {
	l2.Override(r, NewRepositoryEncryption(value))
}

// RepositoryEncryption_AES_256 is encryption with Amazon S3 managed keys (the default).
func RepositoryEncryption_AES_256() RepositoryEncryption {
	return NewRepositoryEncryption(strp("AES256"))
}

// RepositoryEncryption_KMS is encryption with a KMS key (AWS managed unless EncryptionKey is set).
func RepositoryEncryption_KMS() RepositoryEncryption { return NewRepositoryEncryption(strp("KMS")) }

// RepositoryEncryption_KMS_DSSE is dual-layer encryption with KMS.
func RepositoryEncryption_KMS_DSSE() RepositoryEncryption {
	return NewRepositoryEncryption(strp("KMS_DSSE"))
}

func encryptionValue(e RepositoryEncryption) string {
	if e == nil {
		return ""
	}
	return deref(e.Value())
}

// ImageTagMutabilityExclusionFilter is a tag pattern exempt from the
// repository's tag mutability.
type ImageTagMutabilityExclusionFilter interface{}

type exclusionFilter struct{ typ, value string }

// ImageTagMutabilityExclusionFilter_Wildcard exempts tags matching pattern
// (letters, digits, '.', '_', '-' and '*' wildcards; up to 128 characters).
func ImageTagMutabilityExclusionFilter_Wildcard(pattern *string) ImageTagMutabilityExclusionFilter {
	v := deref(pattern)
	if v == "" {
		diag.Panic("", "Pattern cannot be empty")
	}
	if len(v) > 128 {
		diag.Panic("", "Pattern cannot exceed 128 characters, got: %d characters.", len(v))
	}
	if !filterPattern.MatchString(v) {
		diag.Panic("", "Pattern '%s' contains invalid characters. Only alphanumeric characters, dots, underscores, asterisks, and hyphens are allowed.", v)
	}
	return &exclusionFilter{typ: "WILDCARD", value: v}
}

var (
	filterPattern  = regexp.MustCompile(`^[0-9a-zA-Z._*-]+$`)
	repositoryName = regexp.MustCompile(`^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$`)
)

// RepositoryProps are the props of NewRepository.
type RepositoryProps struct {
	// Delete the images when the repository is deleted, through a custom
	// resource (deprecated in favour of EmptyOnDelete). Needs RemovalPolicy DESTROY.
	AutoDeleteImages *bool `field:"optional" json:"autoDeleteImages" yaml:"autoDeleteImages"`
	// Let CloudFormation delete the images with the repository. Needs RemovalPolicy DESTROY.
	EmptyOnDelete *bool `field:"optional" json:"emptyOnDelete" yaml:"emptyOnDelete"`
	// Default: KMS when EncryptionKey is set, else AES_256.
	Encryption RepositoryEncryption `field:"optional" json:"encryption" yaml:"encryption"`
	// The KMS key of KMS encryption. Default: the AWS managed key.
	EncryptionKey interfacesawskms.IKeyRef `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	// Scan images when they are pushed. Default: false.
	ImageScanOnPush *bool `field:"optional" json:"imageScanOnPush" yaml:"imageScanOnPush"`
	// Default: MUTABLE (CloudFormation's default).
	ImageTagMutability TagMutability `field:"optional" json:"imageTagMutability" yaml:"imageTagMutability"`
	// Tags exempt from ImageTagMutability (1 to 5; with the *_WITH_EXCLUSION values only).
	ImageTagMutabilityExclusionFilters *[]ImageTagMutabilityExclusionFilter `field:"optional" json:"imageTagMutabilityExclusionFilters" yaml:"imageTagMutabilityExclusionFilters"`
	// The registry of the lifecycle policy. Default: the account's.
	LifecycleRegistryId *string `field:"optional" json:"lifecycleRegistryId" yaml:"lifecycleRegistryId"`
	// Lifecycle rules; more can be added with AddLifecycleRule.
	LifecycleRules *[]*LifecycleRule `field:"optional" json:"lifecycleRules" yaml:"lifecycleRules"`
	// Default: RETAIN.
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// Default: generated by CloudFormation.
	RepositoryName *string `field:"optional" json:"repositoryName" yaml:"repositoryName"`
}

// Repository is an ECR repository defined in this app (AWS::ECR::Repository).
type Repository interface {
	RepositoryBase
	// AddLifecycleRule adds a rule to the repository's lifecycle policy.
	AddLifecycleRule(rule *LifecycleRule)
}

type repository struct {
	repositoryBase
	res        CfnRepository
	policy     awsiam.PolicyDocument
	rules      []*LifecycleRule
	registryID *string
	nameMemo   *string
	arnMemo    *string
}

// Repository_PROPERTY_INJECTION_ID is the id property injectors use for Repository.
func Repository_PROPERTY_INJECTION_ID() *string { return strp("aws-cdk-lib.aws-ecr.Repository") }

// NewRepository defines an ECR repository.
func NewRepository(scope constructs.Construct, id *string, props *RepositoryProps) Repository {
	props = l2.Inject(*Repository_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &RepositoryProps{}
	}
	r := &repository{}
	r.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.RepositoryName})
	host.Set(r.Resource, r)
	r.self = r
	r.name, r.arn = r.repositoryName, r.repositoryArn
	r.addPolicy = r.addToPolicy

	validateRepositoryName(r.PhysicalName())
	r.validateTagMutability(props.ImageTagMutability, props.ImageTagMutabilityExclusionFilters)
	cfn := &CfnRepositoryProps{
		RepositoryName: r.PhysicalName(),
		RepositoryPolicyText: awscdk.Lazy_UncachedAny(anyProducer(func() interface{} {
			if r.policy == nil {
				return nil
			}
			return r.policy
		}), nil),
		LifecyclePolicy:         awscdk.Lazy_UncachedAny(anyProducer(r.renderLifecyclePolicy), nil),
		EncryptionConfiguration: r.parseEncryption(props),
	}
	if props.ImageScanOnPush != nil {
		cfn.ImageScanningConfiguration = &CfnRepository_ImageScanningConfigurationProperty{ScanOnPush: props.ImageScanOnPush}
	}
	if props.ImageTagMutability != "" {
		cfn.ImageTagMutability = strp(string(props.ImageTagMutability))
	}
	if props.ImageTagMutabilityExclusionFilters != nil {
		filters := []*CfnRepository_ImageTagMutabilityExclusionFilterProperty{}
		for _, f := range *props.ImageTagMutabilityExclusionFilters {
			ef, ok := f.(*exclusionFilter)
			if !ok {
				throw(r, "imageTagMutabilityExclusionFilters: use ImageTagMutabilityExclusionFilter_Wildcard to make a filter")
			}
			filters = append(filters, &CfnRepository_ImageTagMutabilityExclusionFilterProperty{
				ImageTagMutabilityExclusionFilterType: strp(ef.typ), ImageTagMutabilityExclusionFilterValue: strp(ef.value),
			})
		}
		cfn.ImageTagMutabilityExclusionFilters = filters
	}
	if props.EmptyOnDelete != nil {
		cfn.EmptyOnDelete = props.EmptyOnDelete
	}
	r.res = NewCfnRepository(r, jsii.String("Resource"), cfn)
	policy := props.RemovalPolicy
	if policy == "" {
		policy = awscdk.RemovalPolicy_RETAIN
	}
	r.res.ApplyRemovalPolicy(policy, nil)
	r.registryID = props.LifecycleRegistryId
	if props.LifecycleRules != nil {
		for _, rule := range *props.LifecycleRules {
			r.AddLifecycleRule(rule)
		}
	}
	destroy := props.RemovalPolicy == awscdk.RemovalPolicy_DESTROY
	if props.EmptyOnDelete != nil && *props.EmptyOnDelete && !destroy {
		throw(r, "Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'.")
	}
	if props.EmptyOnDelete == nil && props.AutoDeleteImages != nil && *props.AutoDeleteImages {
		if !destroy {
			throw(r, "Cannot use 'autoDeleteImages' property on a repository without setting removal policy to 'DESTROY'.")
		}
		r.enableAutoDeleteImages()
	}
	r.Node().AddValidation(l2.Validation(func() []string {
		if r.policy == nil {
			return nil
		}
		var out []string
		if errs := r.policy.ValidateForResourcePolicy(&awsiam.ResourcePolicyValidationOptions{SkipResourceValidation: boolp(true)}); errs != nil {
			for _, e := range *errs {
				out = append(out, deref(e))
			}
		}
		return out
	}))
	return r
}

func (r *repository) repositoryName() *string {
	if r.nameMemo == nil {
		r.nameMemo = r.GetResourceNameAttribute(r.res.Ref())
	}
	return r.nameMemo
}

func (r *repository) repositoryArn() *string {
	if r.arnMemo == nil {
		r.arnMemo = r.GetResourceArnAttribute(r.res.AttrArn(), &awscdk.ArnComponents{
			Service: strp("ecr"), Resource: strp("repository"), ResourceName: r.PhysicalName(),
		})
	}
	return r.arnMemo
}

// addToPolicy adds statement to the repository policy, which ECR reads
// without resources (a statement with some gets a warning).
func (r *repository) addToPolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if res := statement.Resources(); res != nil && len(*res) > 0 {
		awscdk.Annotations_Of(r).AddWarningV2(strp("@aws-cdk/aws-ecr:noResourceStatements"),
			strp("ECR resource policy does not allow resource statements."))
	}
	if r.policy == nil {
		r.policy = awsiam.NewPolicyDocument(nil)
	}
	r.policy.AddStatements(statement)
	return &awsiam.AddToResourcePolicyResult{StatementAdded: boolp(true), PolicyDependable: r.policy}
}

func validateRepositoryName(name *string) {
	if name == nil || *name == "" || isUnresolved(name) {
		return
	}
	var errs []string
	if n := len(*name); n < 2 || n > 256 {
		errs = append(errs, "Repository name must be at least 2 and no more than 256 characters")
	}
	if !repositoryName.MatchString(*name) {
		errs = append(errs, "Repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, underscores, periods and forward slashes")
	}
	if len(errs) > 0 {
		diag.Panic("", "Invalid ECR repository name (value: %s)\n%s", *name, strings.Join(errs, "\n"))
	}
}

func (r *repository) validateTagMutability(m TagMutability, filters *[]ImageTagMutabilityExclusionFilter) {
	requires := m == TagMutability_IMMUTABLE_WITH_EXCLUSION || m == TagMutability_MUTABLE_WITH_EXCLUSION
	if filters != nil && !requires {
		shown := string(m)
		if m == "" {
			shown = "undefined"
		}
		throw(r, "imageTagMutability must be 'IMMUTABLE_WITH_EXCLUSION' or 'MUTABLE_WITH_EXCLUSION' when imageTagMutabilityExclusionFilters is provided, got: %s.", shown)
	}
	if filters != nil && (len(*filters) < 1 || len(*filters) > 5) {
		throw(r, "imageTagMutabilityExclusionFilters must contain between 1 and 5 filters, got %d.", len(*filters))
	}
	if requires && filters == nil {
		throw(r, "imageTagMutabilityExclusionFilters must be specified when imageTagMutability is '%s'.", string(m))
	}
}

func (r *repository) parseEncryption(props *RepositoryProps) interface{} {
	enc := encryptionValue(props.Encryption)
	if enc == "" {
		enc = "AES256"
		if props.EncryptionKey != nil {
			enc = "KMS"
		}
	}
	if enc != "KMS" && props.EncryptionKey != nil {
		throw(r, "encryptionKey is specified, so 'encryption' must be set to KMS (value: %s)", enc)
	}
	switch enc {
	case "AES256":
		return nil
	case "KMS":
		conf := &CfnRepository_EncryptionConfigurationProperty{EncryptionType: strp("KMS")}
		if props.EncryptionKey != nil {
			conf.KmsKey = props.EncryptionKey.KeyRef().KeyArn
		}
		return conf
	}
	// aws-cdk-lib renders the encryption object itself here.
	throw(r, "Unexpected 'encryptionType': [object Object]")
	return nil
}

// AddLifecycleRule adds a rule to the repository's lifecycle policy.
func (r *repository) AddLifecycleRule(rule *LifecycleRule) {
	if rule == nil {
		l2.RequireArg(r, "AddLifecycleRule", "a LifecycleRule")
	}
	c := *rule
	if c.TagStatus == "" {
		c.TagStatus = TagStatus_ANY
		if c.TagPrefixList != nil || c.TagPatternList != nil {
			c.TagStatus = TagStatus_TAGGED
		}
	}
	if c.TagStatus == TagStatus_TAGGED && (c.TagPrefixList == nil || len(*c.TagPrefixList) == 0) && (c.TagPatternList == nil || len(*c.TagPatternList) == 0) {
		throw(r, "TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList")
	}
	if c.TagStatus != TagStatus_TAGGED && (c.TagPrefixList != nil || c.TagPatternList != nil) {
		throw(r, "tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged")
	}
	if c.TagPrefixList != nil && c.TagPatternList != nil {
		throw(r, "Both tagPrefixList and tagPatternList cannot be specified together in a rule")
	}
	if c.TagPatternList != nil {
		for _, p := range *c.TagPatternList {
			if n := strings.Count(deref(p), "*"); n > 4 {
				throw(r, "A tag pattern cannot contain more than four wildcard characters (*), pattern: %s, counts: %d", deref(p), n)
			}
		}
	}
	if (c.MaxImageAge != nil) == (c.MaxImageCount != nil) {
		throw(r, "Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: %s", ruleJSON(&c))
	}
	if c.TagStatus == TagStatus_ANY {
		for _, have := range r.rules {
			if have.TagStatus == TagStatus_ANY {
				throw(r, "Life cycle can only have one TagStatus.Any rule")
			}
		}
	}
	r.rules = append(r.rules, &c)
}

// ruleJSON renders a rule for a message as JSON.stringify renders what a
// Go program hands aws-cdk-lib: the set fields in declaration order (a
// Duration as an object, as a JavaScript Duration is).
func ruleJSON(rule *LifecycleRule) string {
	o := ojson.New()
	if rule.Description != nil {
		o.Set("description", *rule.Description)
	}
	if d := rule.MaxImageAge; d != nil {
		label := deref(d.UnitLabel())
		millis := map[string]float64{"millis": 1, "seconds": 1e3, "minutes": 6e4, "hours": 3.6e6, "days": 8.64e7}[label]
		amount := ojson.New()
		if millis > 0 && !*d.IsUnresolved() {
			amount.Set("amount", *d.ToMilliseconds(&awscdk.TimeConversionOptions{Integral: boolp(false)})/millis)
		}
		unit := ojson.New()
		unit.Set("label", label)
		unit.Set("isoLabel", map[string]string{"seconds": "S", "minutes": "M", "hours": "H", "days": "D"}[label])
		unit.Set("inMillis", millis)
		amount.Set("unit", unit)
		o.Set("maxImageAge", amount)
	}
	if rule.MaxImageCount != nil {
		o.Set("maxImageCount", *rule.MaxImageCount)
	}
	if rule.RulePriority != nil {
		o.Set("rulePriority", *rule.RulePriority)
	}
	list := func(p *[]*string) []interface{} {
		out := []interface{}{}
		for _, s := range *p {
			out = append(out, deref(s))
		}
		return out
	}
	if rule.TagPatternList != nil {
		o.Set("tagPatternList", list(rule.TagPatternList))
	}
	if rule.TagPrefixList != nil {
		o.Set("tagPrefixList", list(rule.TagPrefixList))
	}
	o.Set("tagStatus", tagStatusValues[rule.TagStatus])
	b, err := ojson.Marshal(o, "")
	if err != nil {
		return fmt.Sprint(rule)
	}
	return string(b)
}

func jsNum(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "null"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// orderedRules gives every rule its priority: explicit priorities stay,
// the others follow the highest in the order they were added, and the ANY
// rule, which must come last, ends the list.
func (r *repository) orderedRules() []*LifecycleRule {
	var prioritized, auto, anyRules []*LifecycleRule
	for _, rule := range r.rules {
		switch {
		case rule.TagStatus == TagStatus_ANY:
			anyRules = append(anyRules, rule)
		case rule.RulePriority != nil:
			prioritized = append(prioritized, rule)
		default:
			auto = append(auto, rule)
		}
	}
	if len(anyRules) > 0 && anyRules[0].RulePriority != nil && len(auto) > 0 {
		throw(r, "Cannot combine prioritized TagStatus.Any rule with unprioritized rules. Remove rulePriority from the 'Any' rule.")
	}
	next := 0.0
	for _, rule := range prioritized {
		next = math.Max(next, *rule.RulePriority)
	}
	next++
	var out []*LifecycleRule
	for _, group := range [][]*LifecycleRule{prioritized, auto, anyRules} {
		for _, rule := range group {
			c := *rule
			if c.RulePriority == nil {
				p := next
				next++
				c.RulePriority = &p
			}
			out = append(out, &c)
		}
	}
	if len(anyRules) == 1 {
		max := math.Inf(-1)
		for _, rule := range out {
			max = math.Max(max, *rule.RulePriority)
		}
		var anyPrio float64
		for _, rule := range out {
			if rule.TagStatus == TagStatus_ANY {
				anyPrio = *rule.RulePriority
			}
		}
		if anyPrio != max {
			diag.Panic("", "TagStatus.Any rule must have highest priority, has %s which is smaller than %s", jsNum(anyPrio), jsNum(max))
		}
	}
	return out
}

func (r *repository) renderLifecyclePolicy() interface{} {
	if len(r.rules) == 0 && r.registryID == nil {
		return nil
	}
	policy := map[string]interface{}{}
	if len(r.rules) > 0 {
		rendered := []interface{}{}
		for _, rule := range r.orderedRules() {
			rendered = append(rendered, renderRule(rule))
		}
		doc := ojson.New()
		doc.Set("rules", rendered)
		b, err := ojson.Marshal(resolveLeaves(r.Stack(), doc), "")
		if err != nil {
			throw(r, "rendering the lifecycle policy: %v", err)
		}
		policy["LifecyclePolicyText"] = string(b)
	}
	if r.registryID != nil {
		policy["RegistryId"] = r.registryID
	}
	return policy
}

// resolveLeaves resolves the tokens in v's strings, keeping the order of
// its objects' keys, as JSON.stringify(stack.resolve(v)) does.
func resolveLeaves(stack awscdk.Stack, v interface{}) interface{} {
	switch t := v.(type) {
	case *ojson.Object:
		out := ojson.New()
		t.Range(func(k string, x interface{}) { out.Set(k, resolveLeaves(stack, x)) })
		return out
	case []interface{}:
		out := make([]interface{}, len(t))
		for i, x := range t {
			out[i] = resolveLeaves(stack, x)
		}
		return out
	case string:
		if isUnresolved(t) {
			return stack.Resolve(t)
		}
	}
	return v
}

func renderRule(rule *LifecycleRule) *ojson.Object {
	o := ojson.New()
	o.Set("rulePriority", *rule.RulePriority)
	if rule.Description != nil {
		o.Set("description", *rule.Description)
	}
	sel := ojson.New()
	status := rule.TagStatus
	if status == "" {
		status = TagStatus_ANY
	}
	sel.Set("tagStatus", tagStatusValues[status])
	strList := func(p *[]*string) []interface{} {
		out := []interface{}{}
		for _, s := range *p {
			out = append(out, deref(s))
		}
		return out
	}
	if rule.TagPrefixList != nil {
		sel.Set("tagPrefixList", strList(rule.TagPrefixList))
	}
	if rule.TagPatternList != nil {
		sel.Set("tagPatternList", strList(rule.TagPatternList))
	}
	if rule.MaxImageAge != nil {
		sel.Set("countType", "sinceImagePushed")
		sel.Set("countNumber", *rule.MaxImageAge.ToDays(nil))
		sel.Set("countUnit", "days")
	} else {
		sel.Set("countType", "imageCountMoreThan")
		sel.Set("countNumber", *rule.MaxImageCount)
	}
	o.Set("selection", sel)
	action := ojson.New()
	action.Set("type", "expire")
	o.Set("action", action)
	return o
}

// Repository_IsConstruct reports whether x is a construct.
func Repository_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Repository_IsResource reports whether construct is a Resource.
func Repository_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Repository_IsOwnedResource reports whether construct is a Resource this app created.
func Repository_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NewRepository_Override initialises r, a type embedding Repository.
func NewRepository_Override(r Repository, scope constructs.Construct, id *string, props *RepositoryProps) {
	l2.Override(r, NewRepository(scope, id, props))
}
