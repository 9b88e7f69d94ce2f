// Package interfaces holds the reference interfaces aws-cdk-lib shares
// between L1 and L2 constructs (aws-cdk-lib's `interfaces` submodule):
// where a resource lives (ResourceEnvironment) and, in one package per
// service (interfaces/awss3, ...), the I*Ref interfaces L1s implement.
package interfaces

import "github.com/strata-cdk/strata/constructs"

// ResourceEnvironment is the account and region a resource lives in.
type ResourceEnvironment struct {
	Account *string `field:"required" json:"account" yaml:"account"`
	Region  *string `field:"required" json:"region" yaml:"region"`
}

// IEnvironmentAware is an object that knows its environment.
type IEnvironmentAware interface {
	Env() *ResourceEnvironment
}

// IConstructEnv is a construct that knows its environment.
type IConstructEnv interface {
	constructs.IConstruct
	IEnvironmentAware
}
