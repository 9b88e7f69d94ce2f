package awscodedeploy_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodedeploy"
	"github.com/strata-cdk/strata/jsii"
)

var serverErrors = map[string]func(st awscdk.Stack){
	"TrafficRoutingOnServer": func(st awscdk.Stack) {
		awscodedeploy.NewServerDeploymentConfig(st, s("Cfg"), &awscodedeploy.ServerDeploymentConfigProps{
			MinimumHealthyHosts: awscodedeploy.MinimumHealthyHosts_Count(jsii.Number(1)),
			ZonalConfig:         &awscodedeploy.ZonalConfig{MonitorDuration: awscdk.Duration_Millis(jsii.Number(500))}})
	},
	"PerZoneNotInteger": func(st awscdk.Stack) { awscodedeploy.MinimumHealthyHostsPerZone_Percentage(jsii.Number(1.5)) },
}
