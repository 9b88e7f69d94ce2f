package awscodecommit

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodecommit"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// RepositoryGrants grants permissions on a repository through the grantee's
// identity policy (CodeCommit repositories have no resource policy).
type RepositoryGrants interface {
	// Resource is the repository the grants are about.
	Resource() interfacesawscodecommit.IRepositoryRef
	// Actions grants actions on the repository (or options.ResourceArns).
	Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant
	// Pull grants codecommit:GitPull.
	Pull(grantee awsiam.IGrantable) awsiam.Grant
	// PullPush grants codecommit:GitPull and codecommit:GitPush.
	PullPush(grantee awsiam.IGrantable) awsiam.Grant
	// Read grants pull plus reading the repository's details and approval rules.
	Read(grantee awsiam.IGrantable) awsiam.Grant
}

type repositoryGrants struct {
	resource interfacesawscodecommit.IRepositoryRef
}

// RepositoryGrants_FromRepository returns the grants object of a repository.
func RepositoryGrants_FromRepository(resource interfacesawscodecommit.IRepositoryRef) RepositoryGrants {
	if resource == nil {
		l2.RequireArg(nil, "RepositoryGrants_FromRepository", "a repository")
	}
	return &repositoryGrants{resource: resource}
}

func (g *repositoryGrants) Resource() interfacesawscodecommit.IRepositoryRef { return g.resource }

func (g *repositoryGrants) Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant {
	if grantee == nil {
		l2.RequireArg(g.resource, "RepositoryGrants.Actions", "a grantee")
	}
	arns := &[]*string{CfnRepository_ArnForRepository(g.resource)}
	if options != nil && options.ResourceArns != nil {
		arns = options.ResourceArns
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: actions, ResourceArns: arns})
}

func (g *repositoryGrants) Pull(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, jsii.Strings("codecommit:GitPull"), nil)
}

func (g *repositoryGrants) PullPush(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, jsii.Strings("codecommit:GitPull", "codecommit:GitPush"), nil)
}

func (g *repositoryGrants) Read(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, jsii.Strings("codecommit:GitPull", "codecommit:EvaluatePullRequestApprovalRules",
		"codecommit:Get*", "codecommit:Describe*"), nil)
}
