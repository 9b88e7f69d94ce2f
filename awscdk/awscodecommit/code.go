package awscodecommit

import (
	"os"
	"path/filepath"

	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CodeConfig is what a Code gives the repository it is bound to.
type CodeConfig struct {
	// The CloudFormation Code property: the S3 object and the branch.
	Code *CfnRepository_CodeProperty `field:"required" json:"code" yaml:"code"`
}

// Code is the initial content of a repository, uploaded as an S3 asset.
type Code interface {
	// Bind creates what the code needs under scope (the repository).
	Bind(scope constructs.Construct) *CodeConfig
}

// pathCode is a directory or zip file staged as an asset when bound.
type pathCode struct {
	path   string
	branch *string
}

// assetCode is an existing S3 asset.
type assetCode struct {
	asset  awss3assets.Asset
	branch *string
}

// Code_FromDirectory uploads the directory's contents (zipped) as the initial commit.
func Code_FromDirectory(directoryPath *string, branch *string) Code {
	p := resolvePath(directoryPath)
	if st, err := os.Stat(p); err != nil || !st.IsDir() {
		diag.Panic("", "'%s' needs to be a path to a directory (resolved to: '%s')", deref(directoryPath), p)
	}
	return &pathCode{path: p, branch: branch}
}

// Code_FromZipFile uploads a zip file as the initial commit.
func Code_FromZipFile(filePath *string, branch *string) Code {
	p := resolvePath(filePath)
	if st, err := os.Stat(p); err != nil || st.IsDir() {
		diag.Panic("", "'%s' needs to be a path to a ZIP file (resolved to: '%s')", deref(filePath), p)
	}
	return &pathCode{path: p, branch: branch}
}

// Code_FromAsset uses an S3 asset (a directory or a zip file) as the initial commit.
func Code_FromAsset(asset awss3assets.Asset, branch *string) Code {
	if asset == nil {
		l2.RequireArg(nil, "Code_FromAsset", "an asset")
	}
	return &assetCode{asset: asset, branch: branch}
}

func resolvePath(p *string) string {
	s := deref(p)
	if abs, err := filepath.Abs(s); err == nil {
		return abs
	}
	return s
}

func (c *pathCode) Bind(scope constructs.Construct) *CodeConfig {
	a := awss3assets.NewAsset(scope, jsii.String("PathResolvedCodeAsset"), &awss3assets.AssetProps{Path: jsii.String(c.path)})
	return (&assetCode{asset: a, branch: c.branch}).Bind(scope)
}

func (c *assetCode) Bind(scope constructs.Construct) *CodeConfig {
	if !*c.asset.IsZipArchive() {
		l2.Throw(scope, "Asset must be a .zip file or a directory (resolved to: %s )", deref(c.asset.AssetPath()))
	}
	return &CodeConfig{Code: &CfnRepository_CodeProperty{
		BranchName: c.branch,
		S3:         &CfnRepository_S3Property{Bucket: c.asset.S3BucketName(), Key: c.asset.S3ObjectKey()},
	}}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
