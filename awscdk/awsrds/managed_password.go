package awsrds

import (
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// With manageMasterUserPassword RDS keeps the master password in a secret
// of its own; the credentials may then only name the user and the key.

const managedRotationError = "Cannot add rotation when `manageMasterUserPassword` is enabled. RDS automatically rotates the master password when it manages the secret."

func checkManagedCredentials(scope constructs.IConstruct, c Credentials) {
	if c == nil {
		return
	}
	var bad []string
	if deref(c.ExcludeCharacters()) != "" {
		bad = append(bad, "excludeCharacters")
	}
	if c.Password() != nil {
		bad = append(bad, "password")
	}
	if c.ReplicaRegions() != nil {
		bad = append(bad, "replicaRegions")
	}
	if c.Secret() != nil {
		bad = append(bad, "secret")
	}
	if deref(c.SecretName()) != "" {
		bad = append(bad, "secretName")
	}
	if isTrue(c.UsernameAsString()) {
		bad = append(bad, "usernameAsString")
	}
	if len(bad) > 0 {
		l2.Throw(scope, "When manageMasterUserPassword is enabled, only 'username' and 'encryptionKey' are allowed in credentials. Found unsupported properties: %s.", join(bad, ", "))
	}
}

func checkManagedSnapshotCredentials(scope constructs.IConstruct, c SnapshotCredentials) {
	if c == nil {
		return
	}
	var bad []string
	if deref(c.ExcludeCharacters()) != "" {
		bad = append(bad, "excludeCharacters")
	}
	if isTrue(c.GeneratePassword()) {
		bad = append(bad, "generatePassword")
	}
	if c.Password() != nil {
		bad = append(bad, "password")
	}
	if isTrue(c.ReplaceOnPasswordCriteriaChanges()) {
		bad = append(bad, "replaceOnPasswordCriteriaChanges")
	}
	if c.ReplicaRegions() != nil {
		bad = append(bad, "replicaRegions")
	}
	if c.Secret() != nil {
		bad = append(bad, "secret")
	}
	if len(bad) > 0 {
		l2.Throw(scope, "When manageMasterUserPassword is enabled, only 'username' and 'encryptionKey' are allowed in snapshotCredentials. Found unsupported properties: %s.", join(bad, ", "))
	}
}

// managedUsername is the master user of a managed password: the
// credentials' user, else the engine's default, else admin.
func managedUsername(c Credentials, engine IEngine) *string {
	if c != nil && c.Username() != nil {
		return c.Username()
	}
	if u := engine.DefaultUsername(); u != nil {
		return u
	}
	return jsii.String("admin")
}

// managedSecretKey is the KMS key the managed secret is encrypted with, if any.
func managedSecretKey(key awskms.IKey) (*string, awskms.IKey) {
	if key == nil {
		return nil, nil
	}
	return key.KeyArn(), key
}

// managedSecret imports the secret RDS made for the master password.
func managedSecret(scope constructs.Construct, arn *string, key awskms.IKey) awssecretsmanager.ISecret {
	return awssecretsmanager.Secret_FromSecretAttributes(scope, jsii.String("ManagedSecret"),
		&awssecretsmanager.SecretAttributes{SecretCompleteArn: arn, EncryptionKey: key})
}

// ManageMasterUserPassword is whether RDS manages the master password.
func (c *databaseCluster) ManageMasterUserPassword() *bool { return c.managedPassword }

// SetManageMasterUserPassword changes what ManageMasterUserPassword reports
// (and so whether rotations may be added); the template is already made.
func (c *databaseCluster) SetManageMasterUserPassword(val *bool) { c.managedPassword = val }

// ManageMasterUserPassword is whether RDS manages the master password.
func (d *databaseInstance) ManageMasterUserPassword() *bool { return d.managedPassword }

// SetManageMasterUserPassword changes what ManageMasterUserPassword reports
// (and so whether rotations may be added); the template is already made.
func (d *databaseInstance) SetManageMasterUserPassword(val *bool) { d.managedPassword = val }
