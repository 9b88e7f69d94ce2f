package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/jsii"
)

// ApiKeyGrants grants permissions on an API key through the grantee's own
// policy (API keys have no resource policy).
type ApiKeyGrants interface {
	// Resource is the key the grants are about.
	Resource() interfacesawsapigateway.IApiKeyRef
	// Actions grants actions on the key (or options.ResourceArns).
	Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant
	// Read lets grantee read the key (apigateway:GET).
	Read(grantee awsiam.IGrantable) awsiam.Grant
	// ReadWrite lets grantee read, create, change and delete the key.
	ReadWrite(grantee awsiam.IGrantable) awsiam.Grant
	// Write lets grantee create, change and delete the key.
	Write(grantee awsiam.IGrantable) awsiam.Grant
}

type apiKeyGrants struct {
	resource interfacesawsapigateway.IApiKeyRef
}

// ApiKeyGrants_FromApiKey returns the grants object of an API key.
func ApiKeyGrants_FromApiKey(resource interfacesawsapigateway.IApiKeyRef) ApiKeyGrants {
	return &apiKeyGrants{resource: resource}
}

func (g *apiKeyGrants) Resource() interfacesawsapigateway.IApiKeyRef { return g.resource }

func (g *apiKeyGrants) Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant {
	var arns *[]*string
	if options != nil {
		arns = options.ResourceArns
	}
	if arns == nil {
		arns = &[]*string{CfnApiKey_ArnForApiKey(g.resource)}
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Actions: actions, Grantee: grantee, ResourceArns: arns})
}

func (g *apiKeyGrants) Read(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, jsii.Strings("apigateway:GET"), nil)
}

func (g *apiKeyGrants) Write(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, jsii.Strings("apigateway:POST", "apigateway:PUT", "apigateway:PATCH", "apigateway:DELETE"), nil)
}

func (g *apiKeyGrants) ReadWrite(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, jsii.Strings("apigateway:GET", "apigateway:POST", "apigateway:PUT", "apigateway:PATCH", "apigateway:DELETE"), nil)
}

// Grants is the key's grants object.
func (k *apiKey) Grants() ApiKeyGrants { return ApiKeyGrants_FromApiKey(k) }

// GrantRead lets grantee read the key.
func (k *apiKey) GrantRead(grantee awsiam.IGrantable) awsiam.Grant { return k.Grants().Read(grantee) }

// GrantWrite lets grantee create, change and delete the key.
func (k *apiKey) GrantWrite(grantee awsiam.IGrantable) awsiam.Grant { return k.Grants().Write(grantee) }

// GrantReadWrite lets grantee read, create, change and delete the key.
func (k *apiKey) GrantReadWrite(grantee awsiam.IGrantable) awsiam.Grant {
	return k.Grants().ReadWrite(grantee)
}
