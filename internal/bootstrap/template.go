package bootstrap

import (
	"encoding/json"

	y "github.com/strata-cdk/strata/internal/toolkit/cfnyaml"
)

// Version is the bootstrap template version, the value the SSM parameter
// and the BootstrapVersion output carry. It matches the CDK CLI 2.1148.1's
// template so that neither tool sees the other's stack as outdated.
const Version = 33

// DefaultQualifier is the qualifier of the default stack synthesizer.
const DefaultQualifier = "hnb659fds"

// Variant names the provenance of the template; the CDK CLI refuses to
// overwrite a bootstrap stack of a different variant, so strata keeps the
// default one: the resources are the same.
const Variant = "AWS CDK: Default Resources"

type list = []y.Value

func sub(s string) y.Value               { return y.Obj("Fn::Sub", s) }
func ref(s string) y.Value               { return y.Obj("Ref", s) }
func ifc(c string, a, b y.Value) y.Value { return y.Obj("Fn::If", list{c, a, b}) }

var noValue = ref("AWS::NoValue")

func notEmpty(v y.Value) y.Value {
	return y.Obj("Fn::Not", list{y.Obj("Fn::Equals", list{"", v})})
}

func param(desc, def, typ string, extra ...y.Value) *y.Object {
	o := y.Obj()
	if desc != "" {
		o.Set("Description", desc)
	}
	o.Set("Default", def)
	o.Set("Type", typ)
	for i := 0; i+1 < len(extra); i += 2 {
		o.Set(extra[i].(string), extra[i+1])
	}
	return o
}

// denyExternalID is the condition trust statements carry so that CDK roles
// are not assumed by mistake through confused-deputy paths.
func denyExternalID() y.Value {
	return ifc("ShouldDenyExternalId", y.Obj("Null", y.Obj("sts:ExternalId", "true")), noValue)
}

// trust builds a role's trust statements: the account itself, plus the
// accounts in the given list parameters when they are set.
func trust(extra ...[2]string) list {
	st := list{
		y.Obj("Action", "sts:AssumeRole", "Effect", "Allow", "Principal", y.Obj("AWS", ref("AWS::AccountId")), "Condition", denyExternalID()),
		y.Obj("Action", "sts:TagSession", "Effect", "Allow", "Principal", y.Obj("AWS", ref("AWS::AccountId"))),
	}
	for _, e := range extra {
		cond, paramName := e[0], e[1]
		st = append(st,
			ifc(cond, y.Obj("Action", list{"sts:AssumeRole"}, "Effect", "Allow", "Principal", y.Obj("AWS", ref(paramName)), "Condition", denyExternalID()), noValue),
			ifc(cond, y.Obj("Action", list{"sts:TagSession"}, "Effect", "Allow", "Principal", y.Obj("AWS", ref(paramName))), noValue),
		)
	}
	return st
}

func boundaryForAll() y.Value {
	return ifc("ShouldApplyPermissionsBoundaryToAllRoles", sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/${InputPermissionsBoundary}"), noValue)
}

func roleTag(v string) list { return list{y.Obj("Key", "aws-cdk:bootstrap-role", "Value", v)} }

var kmsUse = list{"kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"}

// Template returns the bootstrap template.
func Template() *y.Object {
	trueFalse := list{"true", "false"}
	params := y.Obj(
		"TrustedAccounts", param("List of AWS accounts that are trusted to publish assets and deploy stacks to this environment", "", "CommaDelimitedList"),
		"TrustedAccountsForLookup", param("List of AWS accounts that are trusted to look up values in this environment", "", "CommaDelimitedList"),
		"CloudFormationExecutionPolicies", param("List of the ManagedPolicy ARN(s) to attach to the CloudFormation deployment role", "", "CommaDelimitedList"),
		"FileAssetsBucketName", param("The name of the S3 bucket used for file assets", "", "String"),
		"FileAssetsBucketKmsKeyId", param("Empty to create a new key (default), 'AWS_MANAGED_KEY' to use a managed S3 key, or the ID/ARN of an existing key.", "", "String"),
		"ContainerAssetsRepositoryName", param("A user-provided custom name to use for the container assets ECR repository", "", "String"),
		"Qualifier", param("An identifier to distinguish multiple bootstrap stacks in the same environment", DefaultQualifier, "String",
			"AllowedPattern", "[A-Za-z0-9_-]{1,10}", "ConstraintDescription", "Qualifier must be an alphanumeric identifier of at most 10 characters"),
		"PublicAccessBlockConfiguration", param("Whether or not to enable S3 Staging Bucket Public Access Block Configuration", "true", "String", "AllowedValues", trueFalse),
		"InputPermissionsBoundary", param("Whether or not to use either the CDK supplied or custom permissions boundary", "", "String"),
		"UseExamplePermissionsBoundary", param("", "false", "String", "AllowedValues", trueFalse),
		"ApplyPermissionsBoundaryToAllRoles", param("Whether to apply the permissions boundary to all bootstrap roles (not just the CloudFormation execution role)", "false", "String", "AllowedValues", trueFalse),
		"BootstrapVariant", param("Describe the provenance of the resources in this bootstrap stack. Change this when you customize the template. To prevent accidents, the CDK CLI will not overwrite bootstrap stacks with a different variant.", Variant, "String"),
		"DenyExternalId", param("Whether to deny AssumeRole calls with an ExternalId. This prevents calls that are intended to be deputized from accidentally assuming CDK Roles.", "true", "String", "AllowedValues", trueFalse),
	)
	joined := func(p string) y.Value { return y.Obj("Fn::Join", list{"", ref(p)}) }
	equals := func(a, b y.Value) y.Value { return y.Obj("Fn::Equals", list{a, b}) }
	conds := y.Obj(
		"HasTrustedAccounts", notEmpty(joined("TrustedAccounts")),
		"HasTrustedAccountsForLookup", notEmpty(joined("TrustedAccountsForLookup")),
		"HasCloudFormationExecutionPolicies", notEmpty(joined("CloudFormationExecutionPolicies")),
		"HasCustomFileAssetsBucketName", notEmpty(ref("FileAssetsBucketName")),
		"CreateNewKey", equals("", ref("FileAssetsBucketKmsKeyId")),
		"UseAwsManagedKey", equals("AWS_MANAGED_KEY", ref("FileAssetsBucketKmsKeyId")),
		"ShouldCreatePermissionsBoundary", equals("true", ref("UseExamplePermissionsBoundary")),
		"PermissionsBoundarySet", notEmpty(ref("InputPermissionsBoundary")),
		"ShouldApplyPermissionsBoundaryToAllRoles", y.Obj("Fn::And", list{y.Obj("Condition", "PermissionsBoundarySet"), equals("true", ref("ApplyPermissionsBoundaryToAllRoles"))}),
		"HasCustomContainerAssetsRepositoryName", notEmpty(ref("ContainerAssetsRepositoryName")),
		"UsePublicAccessBlockConfiguration", equals("true", ref("PublicAccessBlockConfiguration")),
		"ShouldDenyExternalId", equals("true", ref("DenyExternalId")),
	)

	bucketArns := list{sub("${StagingBucket.Arn}"), sub("${StagingBucket.Arn}/*")}
	res := y.Obj()
	res.Set("FileAssetsBucketEncryptionKey", y.Obj(
		"Type", "AWS::KMS::Key",
		"Properties", y.Obj("KeyPolicy", y.Obj("Statement", list{
			y.Obj("Action", list{"kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion", "kms:GenerateDataKey", "kms:TagResource", "kms:UntagResource"},
				"Effect", "Allow", "Principal", y.Obj("AWS", ref("AWS::AccountId")), "Resource", "*"),
			y.Obj("Action", kmsUse, "Effect", "Allow", "Principal", y.Obj("AWS", "*"), "Resource", "*",
				"Condition", y.Obj("StringEquals", y.Obj("kms:CallerAccount", ref("AWS::AccountId"), "kms:ViaService", list{sub("s3.${AWS::Region}.amazonaws.com")}))),
			y.Obj("Action", kmsUse, "Effect", "Allow", "Principal", y.Obj("AWS", sub("${FilePublishingRole.Arn}")), "Resource", "*"),
		})),
		"Condition", "CreateNewKey",
		"UpdateReplacePolicy", "Delete",
		"DeletionPolicy", "Delete",
	))
	res.Set("FileAssetsBucketEncryptionKeyAlias", y.Obj(
		"Condition", "CreateNewKey",
		"Type", "AWS::KMS::Alias",
		"Properties", y.Obj("AliasName", sub("alias/cdk-${Qualifier}-assets-key"), "TargetKeyId", ref("FileAssetsBucketEncryptionKey")),
	))
	res.Set("StagingBucket", y.Obj(
		"Type", "AWS::S3::Bucket",
		"Properties", y.Obj(
			"BucketName", ifc("HasCustomFileAssetsBucketName", sub("${FileAssetsBucketName}"), sub("cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}")),
			"AccessControl", "Private",
			"BucketEncryption", y.Obj("ServerSideEncryptionConfiguration", list{y.Obj("ServerSideEncryptionByDefault", y.Obj(
				"SSEAlgorithm", "aws:kms",
				"KMSMasterKeyID", ifc("CreateNewKey", sub("${FileAssetsBucketEncryptionKey.Arn}"), ifc("UseAwsManagedKey", noValue, sub("${FileAssetsBucketKmsKeyId}"))),
			))}),
			"PublicAccessBlockConfiguration", ifc("UsePublicAccessBlockConfiguration",
				y.Obj("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true), noValue),
			"VersioningConfiguration", y.Obj("Status", "Enabled"),
			"LifecycleConfiguration", y.Obj("Rules", list{
				y.Obj("Id", "CleanupOldVersions", "Status", "Enabled", "NoncurrentVersionExpiration", y.Obj("NoncurrentDays", 30)),
				y.Obj("Id", "AbortIncompleteMultipartUploads", "Status", "Enabled", "AbortIncompleteMultipartUpload", y.Obj("DaysAfterInitiation", 1)),
			}),
		),
		"UpdateReplacePolicy", "Retain",
		"DeletionPolicy", "Retain",
	))
	res.Set("StagingBucketPolicy", y.Obj(
		"Type", "AWS::S3::BucketPolicy",
		"Properties", y.Obj("Bucket", ref("StagingBucket"), "PolicyDocument", y.Obj("Id", "AccessControl", "Version", "2012-10-17", "Statement", list{
			y.Obj("Sid", "AllowSSLRequestsOnly", "Action", "s3:*", "Effect", "Deny", "Resource", bucketArns,
				"Condition", y.Obj("Bool", y.Obj("aws:SecureTransport", "false")), "Principal", "*"),
		})),
	))
	res.Set("ContainerAssetsRepository", y.Obj(
		"Type", "AWS::ECR::Repository",
		"Properties", y.Obj(
			"ImageTagMutability", "IMMUTABLE",
			"LifecyclePolicy", y.Obj("LifecyclePolicyText", lifecyclePolicy()),
			"RepositoryName", ifc("HasCustomContainerAssetsRepositoryName", sub("${ContainerAssetsRepositoryName}"), sub("cdk-${Qualifier}-container-assets-${AWS::AccountId}-${AWS::Region}")),
			"RepositoryPolicyText", y.Obj("Version", "2012-10-17", "Statement", list{
				y.Obj("Sid", "LambdaECRImageRetrievalPolicy", "Effect", "Allow", "Principal", y.Obj("Service", "lambda.amazonaws.com"),
					"Action", list{"ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"},
					"Condition", y.Obj("StringLike", y.Obj("aws:sourceArn", sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*")))),
				y.Obj("Sid", "EmrServerlessImageRetrievalPolicy", "Effect", "Allow", "Principal", y.Obj("Service", "emr-serverless.amazonaws.com"),
					"Action", list{"ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:DescribeImages"},
					"Condition", y.Obj("StringLike", y.Obj("aws:sourceArn", sub("arn:${AWS::Partition}:emr-serverless:${AWS::Region}:${AWS::AccountId}:/applications/*")))),
			}),
		),
	))
	trusted := [2]string{"HasTrustedAccounts", "TrustedAccounts"}
	publishingRole := func(kind string) *y.Object {
		return y.Obj("Type", "AWS::IAM::Role", "Properties", y.Obj(
			"AssumeRolePolicyDocument", y.Obj("Statement", trust(trusted)),
			"RoleName", sub("cdk-${Qualifier}-"+kind+"-publishing-role-${AWS::AccountId}-${AWS::Region}"),
			"PermissionsBoundary", boundaryForAll(),
			"Tags", roleTag(kind+"-publishing"),
		))
	}
	res.Set("FilePublishingRole", publishingRole("file"))
	res.Set("ImagePublishingRole", publishingRole("image"))
	res.Set("LookupRole", y.Obj("Type", "AWS::IAM::Role", "Properties", y.Obj(
		"AssumeRolePolicyDocument", y.Obj("Statement", trust([2]string{"HasTrustedAccountsForLookup", "TrustedAccountsForLookup"}, trusted)),
		"RoleName", sub("cdk-${Qualifier}-lookup-role-${AWS::AccountId}-${AWS::Region}"),
		"PermissionsBoundary", boundaryForAll(),
		"ManagedPolicyArns", list{sub("arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess")},
		"Policies", list{y.Obj("PolicyDocument", y.Obj("Statement", list{
			y.Obj("Sid", "DontReadSecrets", "Effect", "Deny", "Action", list{"kms:Decrypt"}, "Resource", "*"),
		}, "Version", "2012-10-17"), "PolicyName", "LookupRolePolicy")},
		"Tags", roleTag("lookup"),
	)))
	res.Set("FilePublishingRoleDefaultPolicy", y.Obj("Type", "AWS::IAM::Policy", "Properties", y.Obj(
		"PolicyDocument", y.Obj("Statement", list{
			y.Obj("Action", list{"s3:GetObject*", "s3:GetBucket*", "s3:GetEncryptionConfiguration", "s3:List*", "s3:DeleteObject*", "s3:PutObject*", "s3:Abort*"},
				"Resource", bucketArns,
				"Condition", y.Obj("StringEquals", y.Obj("aws:ResourceAccount", list{sub("${AWS::AccountId}")})),
				"Effect", "Allow"),
			y.Obj("Action", kmsUse, "Effect", "Allow",
				"Resource", ifc("CreateNewKey", sub("${FileAssetsBucketEncryptionKey.Arn}"), sub("arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${FileAssetsBucketKmsKeyId}"))),
		}, "Version", "2012-10-17"),
		"Roles", list{ref("FilePublishingRole")},
		"PolicyName", sub("cdk-${Qualifier}-file-publishing-role-default-policy-${AWS::AccountId}-${AWS::Region}"),
	)))
	res.Set("ImagePublishingRoleDefaultPolicy", y.Obj("Type", "AWS::IAM::Policy", "Properties", y.Obj(
		"PolicyDocument", y.Obj("Statement", list{
			y.Obj("Action", list{"ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:BatchCheckLayerAvailability", "ecr:DescribeRepositories", "ecr:DescribeImages", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"},
				"Resource", sub("${ContainerAssetsRepository.Arn}"), "Effect", "Allow"),
			y.Obj("Action", list{"ecr:GetAuthorizationToken"}, "Resource", "*", "Effect", "Allow"),
		}, "Version", "2012-10-17"),
		"Roles", list{ref("ImagePublishingRole")},
		"PolicyName", sub("cdk-${Qualifier}-image-publishing-role-default-policy-${AWS::AccountId}-${AWS::Region}"),
	)))
	res.Set("DeploymentActionRole", y.Obj("Type", "AWS::IAM::Role", "Properties", y.Obj(
		"AssumeRolePolicyDocument", y.Obj("Statement", trust(trusted)),
		"Policies", list{y.Obj("PolicyDocument", y.Obj("Statement", deployRoleStatements(bucketArns), "Version", "2012-10-17"), "PolicyName", "default")},
		"ManagedPolicyArns", list{sub("arn:${AWS::Partition}:iam::aws:policy/AWSCloudFormationReadOnlyAccess")},
		"RoleName", sub("cdk-${Qualifier}-deploy-role-${AWS::AccountId}-${AWS::Region}"),
		"PermissionsBoundary", boundaryForAll(),
		"Tags", roleTag("deploy"),
	)))
	res.Set("CloudFormationExecutionRole", y.Obj("Type", "AWS::IAM::Role", "Properties", y.Obj(
		"AssumeRolePolicyDocument", y.Obj("Statement", list{
			y.Obj("Action", "sts:AssumeRole", "Effect", "Allow", "Principal", y.Obj("Service", "cloudformation.amazonaws.com")),
		}, "Version", "2012-10-17"),
		"ManagedPolicyArns", ifc("HasCloudFormationExecutionPolicies", ref("CloudFormationExecutionPolicies"),
			ifc("HasTrustedAccounts", noValue, list{sub("arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess")})),
		"RoleName", sub("cdk-${Qualifier}-cfn-exec-role-${AWS::AccountId}-${AWS::Region}"),
		"PermissionsBoundary", ifc("PermissionsBoundarySet", sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/${InputPermissionsBoundary}"), noValue),
	)))
	boundaryArn := sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/cdk-${Qualifier}-permissions-boundary-${AWS::AccountId}-${AWS::Region}")
	res.Set("CdkBoostrapPermissionsBoundaryPolicy", y.Obj(
		"Condition", "ShouldCreatePermissionsBoundary",
		"Type", "AWS::IAM::ManagedPolicy",
		"Properties", y.Obj(
			"PolicyDocument", y.Obj("Statement", list{
				y.Obj("Sid", "ExplicitAllowAll", "Action", list{"*"}, "Effect", "Allow", "Resource", "*"),
				y.Obj("Sid", "DenyAccessIfRequiredPermBoundaryIsNotBeingApplied",
					"Action", list{"iam:CreateUser", "iam:CreateRole", "iam:PutRolePermissionsBoundary", "iam:PutUserPermissionsBoundary"},
					"Condition", y.Obj("StringNotEquals", y.Obj("iam:PermissionsBoundary", boundaryArn)), "Effect", "Deny", "Resource", "*"),
				y.Obj("Sid", "DenyPermBoundaryIAMPolicyAlteration",
					"Action", list{"iam:CreatePolicyVersion", "iam:DeletePolicy", "iam:DeletePolicyVersion", "iam:SetDefaultPolicyVersion"},
					"Effect", "Deny", "Resource", boundaryArn),
				y.Obj("Sid", "DenyRemovalOfPermBoundaryFromAnyUserOrRole",
					"Action", list{"iam:DeleteUserPermissionsBoundary", "iam:DeleteRolePermissionsBoundary"}, "Effect", "Deny", "Resource", "*"),
			}, "Version", "2012-10-17"),
			"Description", "Bootstrap Permission Boundary",
			"ManagedPolicyName", sub("cdk-${Qualifier}-permissions-boundary-${AWS::AccountId}-${AWS::Region}"),
			"Path", "/",
		),
	))
	res.Set("CdkBootstrapVersion", y.Obj("Type", "AWS::SSM::Parameter", "Properties", y.Obj(
		"Type", "String", "Name", sub("/cdk-bootstrap/${Qualifier}/version"), "Value", itoa(Version),
	)))

	outputs := y.Obj(
		"BucketName", y.Obj("Description", "The name of the S3 bucket owned by the CDK toolkit stack", "Value", sub("${StagingBucket}")),
		"BucketDomainName", y.Obj("Description", "The domain name of the S3 bucket owned by the CDK toolkit stack", "Value", sub("${StagingBucket.RegionalDomainName}")),
		"FileAssetKeyArn", y.Obj("Description", "The ARN of the KMS key used to encrypt the asset bucket (deprecated)",
			"Value", ifc("CreateNewKey", sub("${FileAssetsBucketEncryptionKey.Arn}"), sub("${FileAssetsBucketKmsKeyId}")),
			"Export", y.Obj("Name", sub("CdkBootstrap-${Qualifier}-FileAssetKeyArn"))),
		"ImageRepositoryName", y.Obj("Description", "The name of the ECR repository which hosts docker image assets", "Value", sub("${ContainerAssetsRepository}")),
		"BootstrapVersion", y.Obj("Description", "The version of the bootstrap resources that are currently mastered in this stack", "Value", itoa(Version)),
	)
	return y.Obj(
		"Description", "This stack includes resources needed to deploy AWS CDK apps into this environment",
		"Parameters", params,
		"Conditions", conds,
		"Resources", res,
		"Outputs", outputs,
	)
}

func deployRoleStatements(bucketArns list) list {
	return list{
		y.Obj("Sid", "DeployPermissions", "Effect", "Allow", "Action", list{
			"cloudformation:CreateChangeSet", "cloudformation:DeleteChangeSet", "cloudformation:ExecuteChangeSet",
			"cloudformation:CreateStack", "cloudformation:UpdateStack", "cloudformation:RollbackStack", "cloudformation:ContinueUpdateRollback",
		}, "Resource", "*"),
		y.Obj("Sid", "PipelineCrossAccountArtifactsBucket", "Effect", "Allow",
			"Action", list{"s3:GetObject*", "s3:GetBucket*", "s3:List*", "s3:Abort*", "s3:DeleteObject*", "s3:PutObject*"},
			"Resource", "*", "Condition", y.Obj("StringNotEquals", y.Obj("s3:ResourceAccount", ref("AWS::AccountId")))),
		y.Obj("Sid", "PipelineCrossAccountArtifactsKey", "Effect", "Allow", "Action", kmsUse, "Resource", "*",
			"Condition", y.Obj("StringEquals", y.Obj("kms:ViaService", sub("s3.${AWS::Region}.amazonaws.com")))),
		y.Obj("Action", "iam:PassRole", "Resource", sub("${CloudFormationExecutionRole.Arn}"), "Effect", "Allow"),
		y.Obj("Sid", "CliPermissions", "Action", list{"cloudformation:DeleteStack", "cloudformation:UpdateTerminationProtection", "sts:GetCallerIdentity"}, "Resource", "*", "Effect", "Allow"),
		y.Obj("Sid", "CliStagingBucket", "Effect", "Allow", "Action", list{"s3:GetObject*", "s3:GetBucket*", "s3:List*"}, "Resource", bucketArns),
		y.Obj("Sid", "ReadVersion", "Effect", "Allow", "Action", list{"ssm:GetParameter", "ssm:GetParameters"},
			"Resource", list{sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${CdkBootstrapVersion}")}),
		y.Obj("Sid", "Refactor", "Effect", "Allow", "Action", list{"cloudformation:CreateStackRefactor", "cloudformation:ExecuteStackRefactor"}, "Resource", "*"),
	}
}

// lifecyclePolicy expires untagged images after a year; asset images are
// always tagged, so this only cleans up leftovers.
func lifecyclePolicy() string {
	rule := map[string]interface{}{
		"rulePriority": 1,
		"description":  "Untagged images should not exist, but expire any older than one year",
		"selection":    map[string]interface{}{"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 365},
		"action":       map[string]interface{}{"type": "expire"},
	}
	b, _ := json.MarshalIndent(map[string]interface{}{"rules": []interface{}{rule}}, "", "  ")
	return string(b) + "\n"
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TemplateJSON returns the template as JSON text.
func TemplateJSON() []byte {
	b, err := json.MarshalIndent(Template(), "", " ")
	if err != nil {
		panic("strata: bootstrap template does not marshal: " + err.Error())
	}
	return b
}
