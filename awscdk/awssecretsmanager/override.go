package awssecretsmanager

import (
	"github.com/strata-cdk/strata/internal/l2"

	"github.com/strata-cdk/strata/constructs"
)

// NewResourcePolicy_Override initializes c, a struct embedding ResourcePolicy, as a new ResourcePolicy.
func NewResourcePolicy_Override(c ResourcePolicy, scope constructs.Construct, id *string, props *ResourcePolicyProps) {
	l2.Override(c, NewResourcePolicy(scope, id, props))
}

// NewRotationSchedule_Override initializes c, a struct embedding RotationSchedule, as a new RotationSchedule.
func NewRotationSchedule_Override(c RotationSchedule, scope constructs.Construct, id *string, props *RotationScheduleProps) {
	l2.Override(c, NewRotationSchedule(scope, id, props))
}

// NewSecretRotationApplication_Override initializes c, a struct embedding SecretRotationApplication, as a new SecretRotationApplication.
func NewSecretRotationApplication_Override(c SecretRotationApplication, applicationName *string, awsSemanticVersion *string, options *SecretRotationApplicationOptions) {
	l2.Override(c, NewSecretRotationApplication(applicationName, awsSemanticVersion, options))
}

// NewSecretTargetAttachment_Override initializes c, a struct embedding SecretTargetAttachment, as a new SecretTargetAttachment.
func NewSecretTargetAttachment_Override(c SecretTargetAttachment, scope constructs.Construct, id *string, props *SecretTargetAttachmentProps) {
	l2.Override(c, NewSecretTargetAttachment(scope, id, props))
}

// NewSecret_Override initializes c, a struct embedding Secret, as a new Secret.
func NewSecret_Override(c Secret, scope constructs.Construct, id *string, props *SecretProps) {
	l2.Override(c, NewSecret(scope, id, props))
}
