package awsses_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the stacks in testdata/twins.js.
var templateCases = map[string]func(s awscdk.Stack){
	"RuleSets":   ruleSets,
	"ConfigSets": configSets,
	"Identities": identities,
	"Agnostic":   agnostic,
}

func env(account, region string) *awscdk.StackProps {
	return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String(account), Region: jsii.String(region)}}
}

func stackProps(name string) *awscdk.StackProps {
	switch name {
	case "ConfigSets":
		return env("111111111111", "us-east-1")
	case "Identities":
		return env("111111111111", "eu-west-1")
	}
	return nil
}
