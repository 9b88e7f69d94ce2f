// Package awss3assets is aws-cdk-go's awss3assets in Strata: Asset, a local
// file or directory that the toolkit uploads to the bootstrap bucket before
// deploying the stack. The asset is staged into the cloud assembly and
// listed in the stack's asset manifest with aws-cdk-lib's content hash, so
// the same files get the same S3 object key as with aws-cdk-lib.
package awss3assets
