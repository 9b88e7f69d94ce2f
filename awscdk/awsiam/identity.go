package awsiam

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
)

// IIdentity is an IAM identity: a role, user or group.
type IIdentity interface {
	IPrincipal
	awscdk.IResource
	AddManagedPolicy(policy IManagedPolicy)
	AttachInlinePolicy(policy Policy)
}

// IRole is an IAM role.
type IRole interface {
	IIdentity
	interfacesawsiam.IRoleRef
	Grant(grantee IPrincipal, actions ...*string) Grant
	GrantAssumeRole(grantee IPrincipal) Grant
	GrantPassRole(grantee IPrincipal) Grant
	RoleArn() *string
	RoleName() *string
}

// IUser is an IAM user.
type IUser interface {
	IIdentity
	interfacesawsiam.IUserRef
	AddToGroup(group IGroup)
	UserArn() *string
	UserName() *string
}

// IGroup is an IAM group.
type IGroup interface {
	interfacesawsiam.IGroupRef
	IIdentity
	GroupArn() *string
	GroupName() *string
}

// IPolicy is an IAM inline policy.
type IPolicy interface {
	interfacesawsiam.IPolicyRef
	awscdk.IResource
	PolicyName() *string
}

// IManagedPolicy is an IAM managed policy.
type IManagedPolicy interface {
	interfacesawsiam.IManagedPolicyRef
	ManagedPolicyArn() *string
}

// attachedPolicies keeps the inline policies of an identity, refusing two
// with the same name.
type attachedPolicies struct{ policies []Policy }

func (a *attachedPolicies) attach(policy Policy) {
	for _, p := range a.policies {
		if sameObject(p, policy) {
			return
		}
	}
	for _, p := range a.policies {
		if deref(p.PolicyName()) == deref(policy.PolicyName()) {
			throwScoped(policy, "A policy named %q is already attached", deref(policy.PolicyName()))
		}
	}
	a.policies = append(a.policies, policy)
}
