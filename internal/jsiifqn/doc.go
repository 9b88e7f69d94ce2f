// Package jsiifqn knows which classes aws-cdk-lib 2.276.0 exports that are
// constructs, by aws-cdk-go package: the table (classes_gen.go) lets tree.json
// and validation-report.json name an L2 construct's jsii type
// ("aws-cdk-lib.aws_sqs.Queue") as aws-cdk-lib does. It is generated from the
// jsii assembly inside the aws-cdk-lib npm package by ./gen.
package jsiifqn

//go:generate go run ./gen

// Submodule returns the jsii submodule ("aws_sqs") that exports the
// construct class name of aws-cdk-go package pkg ("awssqs"), "" for the
// root module (package awscdk), and false when aws-cdk-lib exports no such
// construct class.
func Submodule(pkg, name string) (string, bool) {
	sub, ok := classes[pkg+"."+name]
	return sub, ok
}
