package awsecr

// The part of aws-cdk-go's ECR L2 that container image assets need: the
// IRepository interface and Repository_FromRepositoryName, which
// awsecrassets.DockerImageAsset uses for the bootstrap repository its image
// is published to. The rest of the L2 (Repository itself, lifecycle rules,
// events) is not written yet; the On* event methods of IRepository wait for
// an awsevents L2.

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsecr"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
)

// IRepository is an ECR repository, owned or imported.
type IRepository interface {
	interfacesawsecr.IRepositoryRef
	awscdk.IResource
	// AddToResourcePolicy adds a statement to the repository's policy, if it
	// has one Strata manages (never for an imported repository).
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
	RepositoryUriForDigest(digest *string) *string
	RepositoryUriForTag(tag *string) *string
	RepositoryUriForTagOrDigest(tagOrDigest *string) *string
	RegistryUri() *string
	RepositoryArn() *string
	RepositoryName() *string
	RepositoryUri() *string
}

var (
	pullActions = []string{"ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"}
	pushActions = []string{"ecr:CompleteLayerUpload", "ecr:UploadLayerPart", "ecr:InitiateLayerUpload", "ecr:PutImage"}
)

type importedRepository struct {
	awscdk.Resource
	name, arn *string
}

// Repository_FromRepositoryName imports a repository of the stack's own
// account and region by name.
func Repository_FromRepositoryName(scope constructs.Construct, id *string, repositoryName *string) IRepository {
	r := &importedRepository{name: repositoryName}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	r.arn = Repository_ArnForLocalRepository(repositoryName, scope, nil)
	return r
}

// Repository_ArnForLocalRepository is the ARN of a repository of the
// scope's region, in account (the scope's account when nil).
func Repository_ArnForLocalRepository(repositoryName *string, scope constructs.IConstruct, account *string) *string {
	return awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Account: account, Service: strp("ecr"),
		Resource: strp("repository"), ResourceName: repositoryName})
}

func strp(s string) *string { return &s }

func (r *importedRepository) RepositoryName() *string { return r.name }
func (r *importedRepository) RepositoryArn() *string  { return r.arn }
func (r *importedRepository) RepositoryRef() *interfacesawsecr.RepositoryReference {
	return &interfacesawsecr.RepositoryReference{RepositoryArn: r.arn, RepositoryName: r.name}
}

// AddToResourcePolicy cannot change an imported repository's policy.
func (r *importedRepository) AddToResourcePolicy(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	f := false
	return &awsiam.AddToResourcePolicyResult{StatementAdded: &f}
}

func (r *importedRepository) uriWithSuffix(suffix string) *string {
	stack := awscdk.Stack_Of(r)
	parts := stack.SplitArn(r.arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	s := *parts.Account + ".dkr.ecr." + *parts.Region + "." + *stack.UrlSuffix() + "/" + *r.name + suffix
	return &s
}

func (r *importedRepository) RegistryUri() *string {
	stack := awscdk.Stack_Of(r)
	parts := stack.SplitArn(r.arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	s := *parts.Account + ".dkr.ecr." + *parts.Region + "." + *stack.UrlSuffix()
	return &s
}

func (r *importedRepository) RepositoryUri() *string { return r.RepositoryUriForTag(nil) }
func (r *importedRepository) RepositoryUriForTag(tag *string) *string {
	if tag == nil || *tag == "" {
		return r.uriWithSuffix("")
	}
	return r.uriWithSuffix(":" + *tag)
}
func (r *importedRepository) RepositoryUriForDigest(digest *string) *string {
	if digest == nil || *digest == "" {
		return r.uriWithSuffix("")
	}
	return r.uriWithSuffix("@" + *digest)
}
func (r *importedRepository) RepositoryUriForTagOrDigest(tagOrDigest *string) *string {
	if tagOrDigest != nil && strings.HasPrefix(*tagOrDigest, "sha256:") {
		return r.RepositoryUriForDigest(tagOrDigest)
	}
	return r.RepositoryUriForTag(tagOrDigest)
}

func (r *importedRepository) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{Grantee: grantee, Actions: &actions,
		ResourceArns: &[]*string{r.arn}, ResourceSelfArns: &[]*string{}, Resource: r})
}

func ptrs(xs []string) []*string {
	out := make([]*string, len(xs))
	for i, x := range xs {
		x := x // never hand out pointers into the shared tables
		out[i] = &x
	}
	return out
}

// authToken lets grantee get a registry token, which any pull or push needs.
func (r *importedRepository) authToken(grantee awsiam.IGrantable) {
	awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &[]*string{strp("ecr:GetAuthorizationToken")},
		ResourceArns: &[]*string{strp("*")}, Scope: r})
}

func (r *importedRepository) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	return r.Grant(grantee, strp("ecr:DescribeRepositories"), strp("ecr:DescribeImages"))
}
func (r *importedRepository) GrantPull(grantee awsiam.IGrantable) awsiam.Grant {
	g := r.Grant(grantee, ptrs(pullActions)...)
	r.authToken(grantee)
	return g
}
func (r *importedRepository) GrantPush(grantee awsiam.IGrantable) awsiam.Grant {
	g := r.Grant(grantee, ptrs(pushActions)...)
	r.authToken(grantee)
	return g
}
func (r *importedRepository) GrantPullPush(grantee awsiam.IGrantable) awsiam.Grant {
	g := r.GrantPull(grantee)
	return g.Combine(r.Grant(grantee, ptrs(pushActions)...))
}
