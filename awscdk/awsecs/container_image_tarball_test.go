package awsecs_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/jsii"
)

func init() {
	templateCases["Tarball"] = func(s awscdk.Stack) {
		td := awsecs.NewFargateTaskDefinition(s, jsii.String("TD"), nil)
		td.AddContainer(jsii.String("web"), &awsecs.ContainerDefinitionOptions{Image: awsecs.ContainerImage_FromTarball(jsii.String("testdata/tarball/image.tar"))})
		td.AddContainer(jsii.String("again"), &awsecs.ContainerDefinitionOptions{Image: awsecs.EcrImage_FromTarball(jsii.String("testdata/tarball/image.tar")), Essential: jsii.Bool(false)})
	}
}
