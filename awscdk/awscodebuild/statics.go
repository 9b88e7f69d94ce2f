package awscodebuild

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The New*_Override constructors aws-cdk-go offers for this package's
// classes; an _Override stores the L2 in the user's struct (how Go
// programs subclass it).

func NewProject_Override(outer Project, scope constructs.Construct, id *string, props *ProjectProps) {
	l2.Override(outer, NewProject(scope, id, props))
}

func NewPipelineProject_Override(outer PipelineProject, scope constructs.Construct, id *string, props *PipelineProjectProps) {
	l2.Override(outer, NewPipelineProject(scope, id, props))
}

func NewReportGroup_Override(outer ReportGroup, scope constructs.Construct, id *string, props *ReportGroupProps) {
	l2.Override(outer, NewReportGroup(scope, id, props))
}

func NewGitHubSourceCredentials_Override(outer GitHubSourceCredentials, scope constructs.Construct, id *string, props *GitHubSourceCredentialsProps) {
	l2.Override(outer, NewGitHubSourceCredentials(scope, id, props))
}

func NewGitHubEnterpriseSourceCredentials_Override(outer GitHubEnterpriseSourceCredentials, scope constructs.Construct, id *string, props *GitHubEnterpriseSourceCredentialsProps) {
	l2.Override(outer, NewGitHubEnterpriseSourceCredentials(scope, id, props))
}

func NewBitBucketSourceCredentials_Override(outer BitBucketSourceCredentials, scope constructs.Construct, id *string, props *BitBucketSourceCredentialsProps) {
	l2.Override(outer, NewBitBucketSourceCredentials(scope, id, props))
}

func NewUntrustedCodeBoundaryPolicy_Override(outer UntrustedCodeBoundaryPolicy, scope constructs.Construct, id *string, props *UntrustedCodeBoundaryPolicyProps) {
	l2.Override(outer, NewUntrustedCodeBoundaryPolicy(scope, id, props))
}
