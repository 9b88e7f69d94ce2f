package awscodebuild

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
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

// NewSource_Override initialises outer, a custom source embedding Source:
// its Bind, unless redefined, renders the identifier and outer's Type.
func NewSource_Override(outer Source, props *SourceProps) {
	base := &source{outer: outer}
	if props != nil {
		base.identifier = props.Identifier
	}
	l2.Override(outer, Source(base))
}

// NewArtifacts_Override initialises outer, custom artifacts embedding
// Artifacts: its Bind, unless redefined, renders the identifier and outer's Type.
func NewArtifacts_Override(outer Artifacts, props *ArtifactsProps) {
	base := &artifacts{outer: outer}
	if props != nil {
		base.identifier = props.Identifier
	}
	l2.Override(outer, Artifacts(base))
}

// abstractBuildSpec is the base of a user's BuildSpec subclass, which must
// redefine ToBuildSpec (and IsImmediate when the spec is inline).
type abstractBuildSpec struct{}

func (abstractBuildSpec) IsImmediate() *bool { return jsii.Bool(false) }
func (abstractBuildSpec) ToBuildSpec(scope constructs.Construct) *string {
	diag.Panic(pathOf(scope), "a BuildSpec made with NewBuildSpec_Override must define ToBuildSpec")
	return nil
}

// NewBuildSpec_Override initialises outer, a custom build spec embedding BuildSpec.
func NewBuildSpec_Override(outer BuildSpec) {
	l2.Override(outer, BuildSpec(abstractBuildSpec{}))
}

// NewFileSystemLocation_Override initialises outer, a type embedding FileSystemLocation.
func NewFileSystemLocation_Override(outer FileSystemLocation) {
	l2.Override(outer, NewFileSystemLocation())
}
