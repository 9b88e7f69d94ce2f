package awsecr

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsecr"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// IRepository is an ECR repository, defined in this app or imported.
type IRepository interface {
	interfacesawsecr.IRepositoryRef
	awscdk.IResource
	// AddToResourcePolicy adds a statement to the repository's policy (only
	// a repository defined in this app has one Strata manages).
	AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	// Grant gives grantee the actions on this repository.
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	// GrantPull lets grantee pull images (and get an authorization token).
	GrantPull(grantee awsiam.IGrantable) awsiam.Grant
	// GrantPullPush lets grantee pull and push images.
	GrantPullPush(grantee awsiam.IGrantable) awsiam.Grant
	// GrantPush lets grantee push images.
	GrantPush(grantee awsiam.IGrantable) awsiam.Grant
	// GrantRead lets grantee describe the repository and its images.
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	// OnCloudTrailEvent is a rule for the repository's API calls recorded by CloudTrail.
	OnCloudTrailEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	// OnCloudTrailImagePushed is a rule for image pushes recorded by CloudTrail.
	OnCloudTrailImagePushed(id *string, options *OnCloudTrailImagePushedOptions) awsevents.Rule
	// OnEvent is a rule for the repository's ECR events.
	OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule
	// OnImageScanCompleted is a rule for completed image scans.
	OnImageScanCompleted(id *string, options *OnImageScanCompletedOptions) awsevents.Rule
	RepositoryUriForDigest(digest *string) *string
	RepositoryUriForTag(tag *string) *string
	RepositoryUriForTagOrDigest(tagOrDigest *string) *string
	// RegistryUri is ACCOUNT.dkr.ecr.REGION.amazonaws.com.
	RegistryUri() *string
	RepositoryArn() *string
	RepositoryName() *string
	// RepositoryUri is REGISTRY/NAME.
	RepositoryUri() *string
}

// RepositoryBase is what Repository and imported repositories share.
type RepositoryBase interface {
	awscdk.Resource
	IRepository
}

// OnCloudTrailImagePushedOptions are the options of OnCloudTrailImagePushed.
type OnCloudTrailImagePushedOptions struct {
	CrossStackScope constructs.Construct    `field:"optional" json:"crossStackScope" yaml:"crossStackScope"`
	Description     *string                 `field:"optional" json:"description" yaml:"description"`
	EventPattern    *awsevents.EventPattern `field:"optional" json:"eventPattern" yaml:"eventPattern"`
	RuleName        *string                 `field:"optional" json:"ruleName" yaml:"ruleName"`
	Target          awsevents.IRuleTarget   `field:"optional" json:"target" yaml:"target"`
	// Only pushes of this tag. Default: any tag.
	ImageTag *string `field:"optional" json:"imageTag" yaml:"imageTag"`
}

// OnImageScanCompletedOptions are the options of OnImageScanCompleted.
type OnImageScanCompletedOptions struct {
	CrossStackScope constructs.Construct    `field:"optional" json:"crossStackScope" yaml:"crossStackScope"`
	Description     *string                 `field:"optional" json:"description" yaml:"description"`
	EventPattern    *awsevents.EventPattern `field:"optional" json:"eventPattern" yaml:"eventPattern"`
	RuleName        *string                 `field:"optional" json:"ruleName" yaml:"ruleName"`
	Target          awsevents.IRuleTarget   `field:"optional" json:"target" yaml:"target"`
	// Only scans of images with these tags. Default: any image.
	ImageTags *[]*string `field:"optional" json:"imageTags" yaml:"imageTags"`
}

// The actions behind GrantPull and GrantPush.
var (
	pullActions = []string{"ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"}
	pushActions = []string{"ecr:CompleteLayerUpload", "ecr:UploadLayerPart", "ecr:InitiateLayerUpload", "ecr:BatchCheckLayerAvailability", "ecr:PutImage"}
)

// repositoryBase implements RepositoryBase on the core Resource; self is
// the outer object, whose name, ARN and policy it uses.
type repositoryBase struct {
	awscdk.Resource
	self      IRepository
	name, arn func() *string
	addPolicy func(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
}

func (r *repositoryBase) RepositoryName() *string { return r.name() }
func (r *repositoryBase) RepositoryArn() *string  { return r.arn() }

func (r *repositoryBase) RepositoryRef() *interfacesawsecr.RepositoryReference {
	return &interfacesawsecr.RepositoryReference{RepositoryName: r.self.RepositoryName(), RepositoryArn: r.self.RepositoryArn()}
}

// AddToResourcePolicy adds nothing to an imported repository's policy.
func (r *repositoryBase) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if r.addPolicy != nil {
		return r.addPolicy(statement)
	}
	return &awsiam.AddToResourcePolicyResult{StatementAdded: boolp(false)}
}

func (r *repositoryBase) RepositoryUri() *string { return r.RepositoryUriForTag(nil) }

func (r *repositoryBase) RegistryUri() *string {
	stack := r.Stack()
	parts := stack.SplitArn(r.self.RepositoryArn(), awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	return strp(deref(parts.Account) + ".dkr.ecr." + deref(parts.Region) + "." + *stack.UrlSuffix())
}

func (r *repositoryBase) RepositoryUriForTag(tag *string) *string {
	if tag == nil || *tag == "" {
		return r.uriWithSuffix("")
	}
	return r.uriWithSuffix(":" + *tag)
}

func (r *repositoryBase) RepositoryUriForDigest(digest *string) *string {
	if digest == nil || *digest == "" {
		return r.uriWithSuffix("")
	}
	return r.uriWithSuffix("@" + *digest)
}

func (r *repositoryBase) RepositoryUriForTagOrDigest(tagOrDigest *string) *string {
	if tagOrDigest != nil && strings.HasPrefix(*tagOrDigest, "sha256:") {
		return r.RepositoryUriForDigest(tagOrDigest)
	}
	return r.RepositoryUriForTag(tagOrDigest)
}

func (r *repositoryBase) uriWithSuffix(suffix string) *string {
	return strp(*r.RegistryUri() + "/" + deref(r.self.RepositoryName()) + suffix)
}

func (r *repositoryBase) newRule(id *string, props *awsevents.RuleProps, target awsevents.IRuleTarget) awsevents.Rule {
	rule := awsevents.NewRule(r, id, props)
	if target != nil {
		rule.AddTarget(target)
	}
	return rule
}

func (r *repositoryBase) OnCloudTrailEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	if options == nil {
		options = &awsevents.OnEventOptions{}
	}
	rule := r.newRule(id, &awsevents.RuleProps{CrossStackScope: options.CrossStackScope, Description: options.Description,
		EventPattern: options.EventPattern, RuleName: options.RuleName}, options.Target)
	addPattern(rule, []string{"aws.ecr"}, []string{"AWS API Call via CloudTrail"},
		kv{"requestParameters", map[string]interface{}{"repositoryName": []interface{}{r.self.RepositoryName()}}})
	return rule
}

func (r *repositoryBase) OnCloudTrailImagePushed(id *string, options *OnCloudTrailImagePushedOptions) awsevents.Rule {
	if options == nil {
		options = &OnCloudTrailImagePushedOptions{}
	}
	rule := r.OnCloudTrailEvent(id, &awsevents.OnEventOptions{CrossStackScope: options.CrossStackScope, Description: options.Description,
		EventPattern: options.EventPattern, RuleName: options.RuleName, Target: options.Target})
	detail := []kv{{"eventName", []interface{}{"PutImage"}}}
	if options.ImageTag != nil && *options.ImageTag != "" {
		detail = append(detail, kv{"requestParameters", map[string]interface{}{"imageTag": []interface{}{options.ImageTag}}})
	}
	addPattern(rule, nil, nil, detail...)
	return rule
}

func (r *repositoryBase) OnImageScanCompleted(id *string, options *OnImageScanCompletedOptions) awsevents.Rule {
	if options == nil {
		options = &OnImageScanCompletedOptions{}
	}
	rule := r.newRule(id, &awsevents.RuleProps{CrossStackScope: options.CrossStackScope, Description: options.Description,
		EventPattern: options.EventPattern, RuleName: options.RuleName}, options.Target)
	detail := []kv{{"repository-name", []interface{}{r.self.RepositoryName()}}, {"scan-status", []interface{}{"COMPLETE"}}}
	if options.ImageTags != nil {
		tags := []interface{}{}
		for _, t := range *options.ImageTags {
			tags = append(tags, t)
		}
		detail = append(detail, kv{"image-tags", tags})
	}
	addPattern(rule, []string{"aws.ecr"}, []string{"ECR Image Scan"}, detail...)
	return rule
}

func (r *repositoryBase) OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	if options == nil {
		options = &awsevents.OnEventOptions{}
	}
	rule := awsevents.NewRule(r, id, &awsevents.RuleProps{CrossStackScope: options.CrossStackScope, Description: options.Description,
		EventPattern: options.EventPattern, RuleName: options.RuleName})
	addPattern(rule, []string{"aws.ecr"}, nil, kv{"repository-name", []interface{}{r.self.RepositoryName()}})
	if options.Target != nil {
		rule.AddTarget(options.Target)
	}
	return rule
}

// kv is one member of an event pattern's detail.
type kv struct {
	key   string
	value interface{}
}

// addPattern merges source, detail-type and the detail members into the
// rule's pattern one at a time, so that they keep the order aws-cdk-lib
// writes them in (an EventPattern renders its fields in declaration order
// and its map keys sorted).
func addPattern(rule awsevents.Rule, source, detailType []string, detail ...kv) {
	if source != nil {
		rule.AddEventPattern(&awsevents.EventPattern{Source: jsii.Strings(source...)})
	}
	if detailType != nil {
		rule.AddEventPattern(&awsevents.EventPattern{DetailType: jsii.Strings(detailType...)})
	}
	for _, d := range detail {
		rule.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{d.key: d.value}})
	}
}

// Grant gives grantee the actions on this repository. A role of another
// account defined in this app gets them through the repository policy,
// matched by a tag on the role, as well as its own policy.
func (r *repositoryBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	if grantee == nil {
		l2.RequireArg(r, "Grant", "a grantee")
	}
	if principal := r.crossAccountPrincipal(grantee); principal != nil {
		pstack := awscdk.Stack_Of(principal)
		roleTag := *pstack.StackName() + "_" + *principal.Node().Addr()
		awscdk.Tags_Of(principal).Add(strp("aws-cdk:id"), strp(roleTag), nil)
		r.self.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions:    &actions,
			Principals: &[]awsiam.IPrincipal{awsiam.NewAccountPrincipal(pstack.Account())},
			Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{"aws:PrincipalTag/aws-cdk:id": roleTag}},
		}))
		return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions,
			ResourceArns: &[]*string{r.self.RepositoryArn()}})
	}
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{Grantee: grantee, Actions: &actions,
		ResourceArns: &[]*string{r.self.RepositoryArn()}, ResourceSelfArns: &[]*string{}, Resource: r.self})
}

// crossAccountPrincipal is the grantee's principal when it is a resource of
// this app in another, known account whose stack does not depend on the
// repository's (whose policy could then not name it).
func (r *repositoryBase) crossAccountPrincipal(grantee awsiam.IGrantable) constructs.IConstruct {
	principal := grantee.GrantPrincipal()
	if principal == nil {
		return nil
	}
	account := principal.PrincipalAccount()
	if account == nil {
		return nil
	}
	cmp := awscdk.Token_CompareStrings(r.Env().Account, account)
	if cmp == awscdk.TokenComparison_BOTH_UNRESOLVED() || cmp == awscdk.TokenComparison_SAME() {
		return nil
	}
	c, ok := principal.(constructs.IConstruct)
	if !ok || !*awscdk.Resource_IsOwnedResource(c) {
		return nil
	}
	pstack := awscdk.Stack_Of(c)
	if deps := r.Stack().Dependencies(); deps != nil {
		for _, d := range *deps {
			if d == pstack {
				return nil
			}
		}
	}
	return c
}

func (r *repositoryBase) authToken(grantee awsiam.IGrantable) {
	awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings("ecr:GetAuthorizationToken"),
		ResourceArns: jsii.Strings("*")})
}

func (r *repositoryBase) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	return r.Grant(grantee, ptrs("ecr:DescribeRepositories", "ecr:DescribeImages")...)
}

func (r *repositoryBase) GrantPull(grantee awsiam.IGrantable) awsiam.Grant {
	g := r.Grant(grantee, ptrs(pullActions...)...)
	r.authToken(grantee)
	return g
}

func (r *repositoryBase) GrantPush(grantee awsiam.IGrantable) awsiam.Grant {
	g := r.Grant(grantee, ptrs(pushActions...)...)
	r.authToken(grantee)
	return g
}

func (r *repositoryBase) GrantPullPush(grantee awsiam.IGrantable) awsiam.Grant {
	g := r.Grant(grantee, ptrs(append(append([]string{}, pullActions...), pushActions...)...)...)
	r.authToken(grantee)
	return g
}

// RepositoryAttributes describe a repository defined outside this app.
type RepositoryAttributes struct {
	RepositoryArn  *string `field:"required" json:"repositoryArn" yaml:"repositoryArn"`
	RepositoryName *string `field:"required" json:"repositoryName" yaml:"repositoryName"`
}

type importedRepository struct{ repositoryBase }

func importRepository(scope constructs.Construct, id *string, name, arn *string, props *awscdk.ResourceProps) IRepository {
	r := &importedRepository{}
	r.Resource = awscdk.NewResource(scope, id, props)
	host.Set(r.Resource, r)
	r.self = r
	r.name = func() *string { return name }
	r.arn = func() *string { return arn }
	return r
}

// Repository_FromRepositoryAttributes imports a repository by name and ARN.
func Repository_FromRepositoryAttributes(scope constructs.Construct, id *string, attrs *RepositoryAttributes) IRepository {
	if attrs == nil {
		l2.RequireProps(scope, id, "RepositoryAttributes", "RepositoryArn", "RepositoryName")
	}
	return importRepository(scope, id, attrs.RepositoryName, attrs.RepositoryArn, nil)
}

// Repository_FromRepositoryArn imports a repository by ARN; a token ARN
// needs Repository_FromRepositoryAttributes, which takes the name too.
func Repository_FromRepositoryArn(scope constructs.Construct, id *string, repositoryArn *string) IRepository {
	if repositoryArn == nil {
		l2.RequireArg(scope, "Repository_FromRepositoryArn", "repositoryArn")
	}
	if isUnresolved(repositoryArn) {
		diag.Panic("", "\"repositoryArn\" is a late-bound value, and therefore \"repositoryName\" is required. Use `fromRepositoryAttributes` instead")
	}
	parts := strings.Split(*repositoryArn, ":")
	if !strings.HasPrefix(parts[len(parts)-1], "repository/") {
		diag.Panic("", "Repository arn should be in the format 'arn:<PARTITION>:ecr:<REGION>:<ACCOUNT>:repository/<NAME>', got %s.", *repositoryArn)
	}
	slash := strings.Split(*repositoryArn, "/")
	name := strings.Join(slash[1:], "/")
	return importRepository(scope, id, &name, repositoryArn, &awscdk.ResourceProps{EnvironmentFromArn: repositoryArn})
}

// Repository_FromRepositoryName imports a repository of the stack's own
// account and region by name.
func Repository_FromRepositoryName(scope constructs.Construct, id *string, repositoryName *string) IRepository {
	return importRepository(scope, id, repositoryName, Repository_ArnForLocalRepository(repositoryName, scope, nil), nil)
}

// Repository_ArnForLocalRepository is the ARN of a repository of the
// scope's region, in account (the scope's account when nil).
func Repository_ArnForLocalRepository(repositoryName *string, scope constructs.IConstruct, account *string) *string {
	return awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Account: account, Service: strp("ecr"),
		Resource: strp("repository"), ResourceName: repositoryName})
}

// NewRepositoryBase_Override initialises r, a type embedding RepositoryBase
// (aws-cdk-lib's abstract base): it defines the resource at scope/id. r
// defines RepositoryName and RepositoryArn, as a subclass does; the
// embedded URIs, grants and rules use r's.
func NewRepositoryBase_Override(r RepositoryBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &importedRepository{}
	b.Resource = awscdk.NewResource(scope, id, props)
	b.self = r
	b.name = func() *string { return nil }
	b.arn = func() *string { return nil }
	l2.Override(r, RepositoryBase(b))
}

// RepositoryBase_IsConstruct reports whether x is a construct.
func RepositoryBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// RepositoryBase_IsResource reports whether construct is a Resource.
func RepositoryBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// RepositoryBase_IsOwnedResource reports whether construct is a Resource this app created.
func RepositoryBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// RepositoryLookupOptions name the repository Repository_FromLookup finds.
type RepositoryLookupOptions struct {
	// The repository's ARN (one of the two is needed).
	RepositoryArn *string `field:"optional" json:"repositoryArn" yaml:"repositoryArn"`
	// The repository's name.
	RepositoryName *string `field:"optional" json:"repositoryName" yaml:"repositoryName"`
}

// Repository_FromLookup imports an existing repository found by the CDK
// CLI's Cloud Control context provider (a dummy ARN until the context
// holds the answer).
func Repository_FromLookup(scope constructs.Construct, id *string, options *RepositoryLookupOptions) IRepository {
	if options == nil {
		options = &RepositoryLookupOptions{}
	}
	if isUnresolved(options.RepositoryName) || isUnresolved(options.RepositoryArn) {
		diag.Panic("", "Cannot look up a repository with a tokenized name or ARN.")
	}
	if deref(options.RepositoryArn) == "" && deref(options.RepositoryName) == "" {
		diag.Panic("", "At least one of `repositoryName` or `repositoryArn` must be provided.")
	}
	identifier := deref(options.RepositoryName)
	if identifier == "" {
		identifier = deref(awscdk.Arn_Split(options.RepositoryArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName)
	}
	if identifier == "" {
		diag.Panic("", "Could not determine repository identifier from provided options.")
	}
	dummy := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: strp("ecr"), Region: strp("us-east-1"),
		Account: strp("123456789012"), Resource: strp("repository"), ResourceName: strp("DUMMY_ARN")})
	// The query in aws-cdk-lib's order, which its missing-context record keeps.
	query := ojson.New()
	query.Set("typeName", "AWS::ECR::Repository")
	query.Set("exactIdentifier", identifier)
	query.Set("propertiesToReturn", []interface{}{"Arn"})
	v := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{
		Provider:   strp("cc-api-provider"),
		Props:      l2.OrderedContextProps(query),
		DummyValue: []interface{}{map[string]interface{}{"Arn": *dummy}},
	}).Value
	list, _ := v.([]interface{})
	var arn string
	if len(list) > 0 {
		if m, ok := list[0].(map[string]interface{}); ok {
			arn, _ = m["Arn"].(string)
		}
	}
	if arn == "" {
		diag.Panic(*scope.Node().Path(), "Unexpected response received from the context provider. Please clear out the context key using `cdk context --remove` and try again.")
	}
	name := awscdk.Arn_ExtractResourceName(&arn, strp("repository"))
	return Repository_FromRepositoryAttributes(scope, id, &RepositoryAttributes{RepositoryName: name, RepositoryArn: &arn})
}
