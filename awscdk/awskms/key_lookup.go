package awskms

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// KeyLookupOptions say which key Key_FromLookup finds.
type KeyLookupOptions struct {
	// The alias of the key, e.g. "alias/my-key".
	AliasName *string `field:"required" json:"aliasName" yaml:"aliasName"`
	// Return the dummy key (Key_DEFAULT_DUMMY_KEY_ID) instead of failing
	// when no key has the alias; test with Key_IsLookupDummy. Default: false.
	ReturnDummyKeyOnMissing *bool `field:"optional" json:"returnDummyKeyOnMissing" yaml:"returnDummyKeyOnMissing"`
}

// Key_FromLookup imports the key an alias names, found by the CDK CLI's
// key-provider at synth time (cached in cdk.context.json). Until the
// context holds it, the lookup is recorded as missing and the dummy key ID
// stands in. The stack needs a concrete account and region.
func Key_FromLookup(scope constructs.Construct, id *string, options *KeyLookupOptions) IKey {
	if options == nil {
		options = &KeyLookupOptions{}
	}
	if awscdk.Token_IsUnresolved(options.AliasName) != nil && *awscdk.Token_IsUnresolved(options.AliasName) {
		diag.Panic(*scope.Node().Path(), "All arguments to Key.fromLookup() must be concrete (no Tokens)")
	}
	query := ojson.New()
	if options.AliasName != nil {
		query.Set("aliasName", *options.AliasName)
	}
	mustExist := options.ReturnDummyKeyOnMissing == nil || !*options.ReturnDummyKeyOnMissing
	v := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{
		Provider:   str("key-provider"),
		Props:      l2.OrderedContextProps(query),
		DummyValue: map[string]interface{}{"keyId": *Key_DEFAULT_DUMMY_KEY_ID()},
		MustExist:  &mustExist,
	}).Value
	var keyID string
	if m, ok := v.(map[string]interface{}); ok {
		keyID, _ = m["keyId"].(string)
	}
	if keyID == "" {
		diag.Panic(*scope.Node().Path(), "Unexpected response received from the key-provider context provider: %v. Please clear out the context key using `cdk context --remove` and try again.", v)
	}
	arn := awscdk.Arn_Format(&awscdk.ArnComponents{Resource: str("key"), Service: str("kms"), ResourceName: str(keyID)}, awscdk.Stack_Of(scope))
	k := &keyBase{keyArn: arn, keyID: str(keyID), trustAccount: true}
	k.self = k
	k.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(k.Resource, k)
	k.init()
	return k
}
