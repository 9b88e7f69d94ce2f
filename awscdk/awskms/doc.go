// Package awskms is AWS Key Management Service: the generated L1s (CfnKey,
// CfnAlias, ...) and the hand-written L2s Key and Alias, with aws-cdk-go's
// names. A Key writes the default key policy aws-cdk-lib 2.276.0 writes
// under cdk init's flags (the account root may administer the key) and
// grants through awsiam.Grant and KeyGrants (encrypt, decrypt, sign,
// verify, MAC). Key_FromCfnKey, Alias_FromAliasAttributes and
// ViaServicePrincipal are here; Key_FromLookup waits for the core's
// context provider.
package awskms
