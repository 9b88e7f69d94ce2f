package awscognitoidentitypool

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscognito"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

type importedIdentityPool struct {
	awscdk.Resource
	id, arn *string
}

func (p *importedIdentityPool) IdentityPoolId() *string   { return p.id }
func (p *importedIdentityPool) IdentityPoolArn() *string  { return p.arn }
func (p *importedIdentityPool) IdentityPoolName() *string { return p.PhysicalName() }
func (p *importedIdentityPool) IdentityPoolRef() *interfacesawscognito.IdentityPoolReference {
	return &interfacesawscognito.IdentityPoolReference{IdentityPoolId: p.id}
}

// IdentityPool_FromIdentityPoolId imports a pool by its id ("<region>:<uuid>").
func IdentityPool_FromIdentityPoolId(scope constructs.Construct, id *string, identityPoolId *string) IIdentityPool {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{
		Service:      jsii.String("cognito-identity"),
		Resource:     jsii.String("identitypool"),
		ResourceName: identityPoolId,
		ArnFormat:    awscdk.ArnFormat_SLASH_RESOURCE_NAME,
	})
	return IdentityPool_FromIdentityPoolArn(scope, id, arn)
}

// IdentityPool_FromIdentityPoolArn imports a pool by its ARN; a literal ARN's
// pool id must be "<region>:<uuid>" with the ARN's region.
func IdentityPool_FromIdentityPoolArn(scope constructs.Construct, id *string, identityPoolArn *string) IIdentityPool {
	parts := awscdk.Stack_Of(scope).SplitArn(identityPoolArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	res := deref(parts.ResourceName)
	if res == "" {
		l2.Throw(scope, "Invalid Identity Pool ARN")
	}
	if !*awscdk.Token_IsUnresolved(res) {
		idParts := strings.Split(res, ":")
		if len(idParts) != 2 {
			l2.Throw(scope, "Invalid Identity Pool Id: Identity Pool Ids must follow the format <region>:<id>")
		}
		if !*awscdk.Token_IsUnresolved(deref(parts.Region)) && idParts[0] != deref(parts.Region) {
			l2.Throw(scope, "Invalid Identity Pool Id: Region in Identity Pool Id must match stack region")
		}
	}
	p := &importedIdentityPool{id: &res, arn: identityPoolArn}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{Account: parts.Account, Region: parts.Region})
	host.Set(p.Resource, p)
	return p
}

// NewIdentityPool_Override initialises outer, a type embedding IdentityPool
// (how Go programs subclass it).
func NewIdentityPool_Override(i IdentityPool, scope constructs.Construct, id *string, props *IdentityPoolProps) {
	l2.Override(i, NewIdentityPool(scope, id, props))
}

// NewIdentityPoolProviderUrl_Override initialises outer, a type embedding IdentityPoolProviderUrl.
func NewIdentityPoolProviderUrl_Override(i IdentityPoolProviderUrl, type_ IdentityPoolProviderType, value *string) {
	l2.Override(i, NewIdentityPoolProviderUrl(type_, value))
}

// IdentityPool_IsConstruct reports whether x is a construct.
func IdentityPool_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// IdentityPool_IsOwnedResource reports whether construct is a Resource this app created.
func IdentityPool_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// IdentityPool_IsResource reports whether construct is a Resource.
func IdentityPool_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
