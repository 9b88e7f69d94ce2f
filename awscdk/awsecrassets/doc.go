// Package awsecrassets builds container images from local Dockerfiles as
// assets of the cloud assembly (aws-cdk-go's awsecrassets). Synthesis never runs Docker: it stages the build
// context into the assembly under the source hash aws-cdk-lib computes and
// records the build in the stack's asset manifest; the CLI builds and
// pushes the image to the bootstrap repository when the stack deploys.
// TarballImageAsset stages an image tarball instead; its manifest entry is
// the `docker load` command the CLI runs to get the image to push.
package awsecrassets
