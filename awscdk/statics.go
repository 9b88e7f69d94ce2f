package awscdk

import "github.com/strata-cdk/strata/constructs"

// The types below carry only statics in aws-cdk-go (Fn_Join, Aws_REGION,
// Lazy_String, ...); they are declared so that programs naming them compile.

// Arn carries the ARN statics (Arn_Format, Arn_Split, ...).
type Arn interface{}

// Aws carries the pseudo parameters (Aws_ACCOUNT_ID, Aws_REGION, ...).
type Aws interface{}

// Fn carries the CloudFormation intrinsic functions (Fn_Join, Fn_Sub, ...).
type Fn interface{}

// Lazy carries the lazy value constructors (Lazy_String, Lazy_Any, ...).
type Lazy interface{}

// Names carries the unique name helpers (Names_UniqueId, ...).
type Names interface{}

// Token carries the token statics (Token_AsString, Token_IsUnresolved, ...).
type Token interface{}

// Tokenization carries the token inspection statics (Tokenization_Resolve, ...).
type Tokenization interface{}

// App_IsConstruct reports whether x is a construct.
func App_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// App_IsStage reports whether x is a Stage (an App is one).
func App_IsStage(x interface{}) *bool { return Stage_IsStage(x) }

// Stage_IsConstruct reports whether x is a construct.
func Stage_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Stack_IsConstruct reports whether x is a construct.
func Stack_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Resource_IsConstruct reports whether x is a construct.
func Resource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
