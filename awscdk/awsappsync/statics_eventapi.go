package awsappsync

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsappsync"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors of the Event API classes.

// NewEventApi_Override initialises outer, a type embedding EventApi.
func NewEventApi_Override(outer EventApi, scope constructs.Construct, id *string, props *EventApiProps) {
	l2.Override(outer, NewEventApi(scope, id, props))
}

// NewChannelNamespace_Override initialises outer, a type embedding ChannelNamespace.
func NewChannelNamespace_Override(outer ChannelNamespace, scope constructs.Construct, id *string, props *ChannelNamespaceProps) {
	l2.Override(outer, NewChannelNamespace(scope, id, props))
}

// NewEventApiBase_Override initialises outer, a type embedding
// EventApiBase: outer supplies ApiId, ApiArn and the other attributes, the
// base the data source, namespace and grant methods, which use outer's.
func NewEventApiBase_Override(outer EventApiBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &eventApiBase{}
	b.Resource = awscdk.NewResource(scope, id, props)
	host.Set(b.Resource, b)
	b.self = b
	l2.Override(outer, EventApiBase(&importedEventApi{b}))
	b.self = outer
}

type apiBase struct {
	awscdk.Resource
	self IApi
}

func (a *apiBase) ApiArn() *string { return nil }
func (a *apiBase) ApiId() *string  { return nil }
func (a *apiBase) ApiRef() *interfacesawsappsync.ApiReference {
	return &interfacesawsappsync.ApiReference{ApiArn: a.self.ApiArn()}
}

// NewApiBase_Override initialises outer, a type embedding ApiBase, which
// supplies ApiArn and ApiId (the base's ApiRef reads outer's ApiArn).
func NewApiBase_Override(outer ApiBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &apiBase{Resource: awscdk.NewResource(scope, id, props)}
	host.Set(b.Resource, b)
	b.self = b
	l2.Override(outer, ApiBase(b))
	b.self = outer
}

// ApiBase_IsConstruct reports whether x is a construct.
func ApiBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ApiBase_IsOwnedResource reports whether construct is a Resource this app created.
func ApiBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ApiBase_IsResource reports whether construct is a Resource.
func ApiBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// EventApiBase_IsConstruct reports whether x is a construct.
func EventApiBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EventApiBase_IsOwnedResource reports whether construct is a Resource this app created.
func EventApiBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// EventApiBase_IsResource reports whether construct is a Resource.
func EventApiBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// EventApi_IsConstruct reports whether x is a construct.
func EventApi_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EventApi_IsOwnedResource reports whether construct is a Resource this app created.
func EventApi_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// EventApi_IsResource reports whether construct is a Resource.
func EventApi_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ChannelNamespace_IsConstruct reports whether x is a construct.
func ChannelNamespace_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ChannelNamespace_IsOwnedResource reports whether construct is a Resource this app created.
func ChannelNamespace_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ChannelNamespace_IsResource reports whether construct is a Resource.
func ChannelNamespace_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
