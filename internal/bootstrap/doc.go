// Package bootstrap builds and deploys the CDKToolkit stack: strata's own
// template for the "modern" bootstrap resources the default stack
// synthesizer expects (staging bucket, container asset repository, file and
// image publishing roles, lookup, deploy and CloudFormation execution roles,
// and the /cdk-bootstrap/<qualifier>/version SSM parameter), with the same
// names, parameters, outputs, exports and version as the CDK CLI's bootstrap,
// so that environments bootstrapped by either tool work with both.
package bootstrap
