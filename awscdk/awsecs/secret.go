package awsecs

import (
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
)

// Secret is a secret a container receives as an environment variable.
type Secret interface {
	Arn() *string
	HasField() *bool
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
}

// SecretVersionInfo picks a version of a Secrets Manager secret.
type SecretVersionInfo struct {
	VersionId    *string `field:"optional" json:"versionId" yaml:"versionId"`
	VersionStage *string `field:"optional" json:"versionStage" yaml:"versionStage"`
}

type smSecret struct {
	secret   awssecretsmanager.ISecret
	arn      *string
	hasField bool
}

func (s *smSecret) Arn() *string    { return s.arn }
func (s *smSecret) HasField() *bool { return boolp(s.hasField) }
func (s *smSecret) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	return s.secret.GrantRead(grantee, nil)
}

// Secret_FromSecretsManager is a Secrets Manager secret, or one JSON field of it.
func Secret_FromSecretsManager(secret awssecretsmanager.ISecret, field *string) Secret {
	arn := secret.SecretArn()
	if field != nil && *field != "" {
		arn = str(sv(arn) + ":" + *field + "::")
	}
	return &smSecret{secret: secret, arn: arn, hasField: field != nil && *field != ""}
}

// Secret_FromSecretsManagerVersion is a version of a Secrets Manager secret, or one JSON field of it.
func Secret_FromSecretsManagerVersion(secret awssecretsmanager.ISecret, versionInfo *SecretVersionInfo, field *string) Secret {
	if versionInfo == nil {
		versionInfo = &SecretVersionInfo{}
	}
	arn := sv(secret.SecretArn()) + ":" + sv(field) + ":" + sv(versionInfo.VersionStage) + ":" + sv(versionInfo.VersionId)
	return &smSecret{secret: secret, arn: &arn, hasField: field != nil && *field != ""}
}
