// Package customresources is aws-cdk-lib's custom-resources module in
// Strata, with aws-cdk-go's names:
//
//   - AwsCustomResource: a custom resource that makes AWS SDK calls on
//     create, update and delete, run by a singleton Lambda function per
//     stack, with an IAM policy derived from the calls
//     (AwsCustomResourcePolicy_FromSdkCalls) or given as statements;
//   - Provider: the provider framework, Lambda functions that stand
//     between CloudFormation and a user's onEvent (and isComplete)
//     handlers, with the WaiterStateMachine polling isComplete;
//   - CustomResourceConfig: aspects that set the log retention, removal
//     policy and runtime of the custom resource handlers in a scope.
//
// The templates are aws-cdk-lib 2.276.0's, logical IDs included. The
// Lambda handlers are Strata's own Node.js code (internal/handlers/
// awscustomresource and providerframework), so the S3 keys of their code
// assets are the one difference. The SDK-call-to-IAM-action table is
// generated from aws-cdk-lib's data files by gen_sdk_info.js.
//
// The handler gives each API's parameters the SDK's shapes (blobs, numbers,
// timestamps) from a table internal/sdkiam/gen_sdk_info.js copies from aws-cdk-lib's
// handler bundle.
package customresources
