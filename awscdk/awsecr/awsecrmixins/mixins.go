// Package awsecrmixins holds aws-cdk-lib's mixins for ECR constructs
// (aws_ecr.mixins): changes applied with a construct's With method to the
// constructs below it that support them.
package awsecrmixins

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// RepositoryAutoDeleteImages makes CloudFormation delete a repository's
// images with it (EmptyOnDelete on every CfnRepository it reaches; the
// repository still needs a DESTROY removal policy to be deleted).
type RepositoryAutoDeleteImages interface {
	awscdk.Mixin
	ApplyTo(construct constructs.IConstruct)
	Supports(construct constructs.IConstruct) *bool
}

type repositoryAutoDeleteImages struct {
	awscdk.Mixin
}

// NewRepositoryAutoDeleteImages makes the mixin.
func NewRepositoryAutoDeleteImages() RepositoryAutoDeleteImages {
	m := &repositoryAutoDeleteImages{}
	awscdk.NewMixin_Override(m)
	return m
}

// NewRepositoryAutoDeleteImages_Override initialises r, a type embedding
// RepositoryAutoDeleteImages.
func NewRepositoryAutoDeleteImages_Override(r RepositoryAutoDeleteImages) {
	l2.Override(r, NewRepositoryAutoDeleteImages())
}

// RepositoryAutoDeleteImages_IsMixin reports whether x is a mixin.
func RepositoryAutoDeleteImages_IsMixin(x interface{}) *bool { return awscdk.Mixin_IsMixin(x) }

// Supports reports whether construct is a CfnRepository.
func (m *repositoryAutoDeleteImages) Supports(construct constructs.IConstruct) *bool {
	return awsecr.CfnRepository_IsCfnRepository(construct)
}

// ApplyTo sets EmptyOnDelete on a CfnRepository (and leaves anything else alone).
func (m *repositoryAutoDeleteImages) ApplyTo(construct constructs.IConstruct) {
	if r, ok := construct.(awsecr.CfnRepository); ok {
		r.SetEmptyOnDelete(true)
	}
}
