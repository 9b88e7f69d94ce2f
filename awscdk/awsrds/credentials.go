package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Credentials are the master user's login of a database.
type Credentials interface {
	EncryptionKey() awskms.IKey
	ExcludeCharacters() *string
	Password() awscdk.SecretValue
	ReplicaRegions() *[]*awssecretsmanager.ReplicaRegion
	Secret() awssecretsmanager.ISecret
	SecretName() *string
	Username() *string
	UsernameAsString() *bool
}

// CredentialsBaseOptions shape the secret generated for credentials.
type CredentialsBaseOptions struct {
	EncryptionKey     awskms.IKey                         `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	ExcludeCharacters *string                             `field:"optional" json:"excludeCharacters" yaml:"excludeCharacters"`
	ReplicaRegions    *[]*awssecretsmanager.ReplicaRegion `field:"optional" json:"replicaRegions" yaml:"replicaRegions"`
	SecretName        *string                             `field:"optional" json:"secretName" yaml:"secretName"`
}

// CredentialsFromUsernameOptions are CredentialsBaseOptions plus an optional password.
type CredentialsFromUsernameOptions struct {
	EncryptionKey     awskms.IKey                         `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	ExcludeCharacters *string                             `field:"optional" json:"excludeCharacters" yaml:"excludeCharacters"`
	ReplicaRegions    *[]*awssecretsmanager.ReplicaRegion `field:"optional" json:"replicaRegions" yaml:"replicaRegions"`
	SecretName        *string                             `field:"optional" json:"secretName" yaml:"secretName"`
	// Do not put passwords in code; default: a generated secret.
	Password awscdk.SecretValue `field:"optional" json:"password" yaml:"password"`
}

type credentials struct {
	key              awskms.IKey
	exclude          *string
	password         awscdk.SecretValue
	replicas         *[]*awssecretsmanager.ReplicaRegion
	secret           awssecretsmanager.ISecret
	secretName       *string
	username         *string
	usernameAsString bool
}

func (c *credentials) EncryptionKey() awskms.IKey                          { return c.key }
func (c *credentials) ExcludeCharacters() *string                          { return c.exclude }
func (c *credentials) Password() awscdk.SecretValue                        { return c.password }
func (c *credentials) ReplicaRegions() *[]*awssecretsmanager.ReplicaRegion { return c.replicas }
func (c *credentials) Secret() awssecretsmanager.ISecret                   { return c.secret }
func (c *credentials) SecretName() *string                                 { return c.secretName }
func (c *credentials) Username() *string                                   { return c.username }
func (c *credentials) UsernameAsString() *bool {
	if !c.usernameAsString {
		return nil
	}
	return jsii.Bool(true)
}

// Credentials_FromGeneratedSecret is a username with a password generated
// into a new Secrets Manager secret; the username is written into the
// template as a string.
func Credentials_FromGeneratedSecret(username *string, options *CredentialsBaseOptions) Credentials {
	if options == nil {
		options = &CredentialsBaseOptions{}
	}
	return &credentials{key: options.EncryptionKey, exclude: options.ExcludeCharacters, replicas: options.ReplicaRegions,
		secretName: options.SecretName, username: username, usernameAsString: true}
}

// Credentials_FromPassword is a username and a password (which ends up in the template).
func Credentials_FromPassword(username *string, password awscdk.SecretValue) Credentials {
	return &credentials{username: username, password: password, usernameAsString: true}
}

// Credentials_FromUsername is a username with a generated secret, unless a
// password is given; the username is read from the secret.
func Credentials_FromUsername(username *string, options *CredentialsFromUsernameOptions) Credentials {
	if options == nil {
		options = &CredentialsFromUsernameOptions{}
	}
	return &credentials{key: options.EncryptionKey, exclude: options.ExcludeCharacters, replicas: options.ReplicaRegions,
		secretName: options.SecretName, password: options.Password, username: username}
}

// Credentials_FromSecret uses an existing secret holding "username" and
// "password" fields (the username may be given instead).
func Credentials_FromSecret(secret awssecretsmanager.ISecret, username *string) Credentials {
	if secret == nil {
		l2.RequireArg(nil, "Credentials_FromSecret", "secret")
	}
	if username == nil {
		username = secret.SecretValueFromJson(jsii.String("username")).UnsafeUnwrap()
	}
	return &credentials{username: username, password: secret.SecretValueFromJson(jsii.String("password")),
		key: secret.EncryptionKey(), secret: secret}
}
