// Package awss3notifications holds the destinations of S3 bucket
// notifications, with aws-cdk-go's names: LambdaDestination, SnsDestination
// and SqsDestination. Binding one to a bucket adds the permission the
// destination needs to accept S3's events (a Lambda permission, a topic or
// queue policy statement, and for a customer-managed key a key policy
// statement), as aws-cdk-lib 2.276.0 does.
package awss3notifications
