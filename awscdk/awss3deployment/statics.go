package awss3deployment

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// DeployTimeSubstitutedFile_PROPERTY_INJECTION_ID is the id property injectors use for DeployTimeSubstitutedFile.
func DeployTimeSubstitutedFile_PROPERTY_INJECTION_ID() *string {
	s := "aws-cdk-lib.aws-s3-deployment.BucketDeployment"
	return &s
}

// NewBucketDeployment_Override initialises outer, a type embedding BucketDeployment (how Go programs
// subclass it).
func NewBucketDeployment_Override(outer BucketDeployment, a1 constructs.Construct, a2 *string, a3 *BucketDeploymentProps) {
	l2.Override(outer, NewBucketDeployment(a1, a2, a3))
}

// NewDeployTimeSubstitutedFile_Override initialises outer, a type embedding DeployTimeSubstitutedFile (how Go programs
// subclass it).
func NewDeployTimeSubstitutedFile_Override(outer DeployTimeSubstitutedFile, a1 constructs.Construct, a2 *string, a3 *DeployTimeSubstitutedFileProps) {
	l2.Override(outer, NewDeployTimeSubstitutedFile(a1, a2, a3))
}
