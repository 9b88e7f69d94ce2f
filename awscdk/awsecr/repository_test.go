package awsecr_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

var (
	str = jsii.String
	n   = jsii.Number[float64]
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, str(id), &awscdk.CfnOutputProps{Value: v})
}

func outputs(s awscdk.Stack, prefix string, r awsecr.IRepository) {
	out(s, prefix+"Name", r.RepositoryName())
	out(s, prefix+"Arn", r.RepositoryArn())
	out(s, prefix+"Uri", r.RepositoryUri())
	out(s, prefix+"Registry", r.RegistryUri())
	out(s, prefix+"Tag", r.RepositoryUriForTag(str("v1")))
	out(s, prefix+"Digest", r.RepositoryUriForDigest(str("sha256:abc")))
	out(s, prefix+"TagOrDigest", r.RepositoryUriForTagOrDigest(str("sha256:def")))
}

func role(s awscdk.Stack, id, service string) awsiam.Role {
	return awsiam.NewRole(s, str(id), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str(service), nil)})
}

type rule = awsecr.LifecycleRule

func rules(rs ...*rule) *[]*rule { return &rs }

var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		r := awsecr.NewRepository(s, str("Repo"), nil)
		awsecr.NewRepository(s, str("Named"), &awsecr.RepositoryProps{RepositoryName: str("my/app-repo")})
		outputs(s, "Repo", r)
	},
	"AllProps": func(s awscdk.Stack) {
		key := awskms.NewKey(s, str("Key"), nil)
		awsecr.NewRepository(s, str("Repo"), &awsecr.RepositoryProps{
			RepositoryName:      str("all-props"),
			ImageScanOnPush:     jsii.Bool(true),
			ImageTagMutability:  awsecr.TagMutability_IMMUTABLE,
			EncryptionKey:       key,
			EmptyOnDelete:       jsii.Bool(true),
			RemovalPolicy:       awscdk.RemovalPolicy_DESTROY,
			LifecycleRegistryId: str("123456789012"),
		})
		awsecr.NewRepository(s, str("AwsManaged"), &awsecr.RepositoryProps{Encryption: awsecr.RepositoryEncryption_KMS(), ImageScanOnPush: jsii.Bool(false)})
		awsecr.NewRepository(s, str("Aes"), &awsecr.RepositoryProps{Encryption: awsecr.RepositoryEncryption_AES_256(), RemovalPolicy: awscdk.RemovalPolicy_RETAIN_ON_UPDATE_OR_DELETE})
		awsecr.NewRepository(s, str("Exclusions"), &awsecr.RepositoryProps{
			ImageTagMutability: awsecr.TagMutability_IMMUTABLE_WITH_EXCLUSION,
			ImageTagMutabilityExclusionFilters: &[]awsecr.ImageTagMutabilityExclusionFilter{
				awsecr.ImageTagMutabilityExclusionFilter_Wildcard(str("latest")), awsecr.ImageTagMutabilityExclusionFilter_Wildcard(str("dev-*"))},
		})
		awsecr.NewRepository(s, str("RegistryOnly"), &awsecr.RepositoryProps{LifecycleRegistryId: str("123456789012")})
	},
	"Lifecycle": func(s awscdk.Stack) {
		r := awsecr.NewRepository(s, str("Repo"), &awsecr.RepositoryProps{LifecycleRules: rules(
			&rule{MaxImageCount: n(100)},
			&rule{RulePriority: n(5), TagPrefixList: jsii.Strings("prod"), MaxImageCount: n(9999), Description: str("keep prod")},
		)})
		r.AddLifecycleRule(&rule{TagStatus: awsecr.TagStatus_UNTAGGED, MaxImageAge: awscdk.Duration_Days(n(7))})
		r.AddLifecycleRule(&rule{TagPatternList: jsii.Strings("test*abc", "*dev*"), MaxImageAge: awscdk.Duration_Days(n(30))})
		r.AddLifecycleRule(&rule{RulePriority: n(2), TagStatus: awsecr.TagStatus_TAGGED, TagPrefixList: jsii.Strings("a", "b"), MaxImageCount: n(3)})
		p := awsecr.NewRepository(s, str("Prioritized"), nil)
		p.AddLifecycleRule(&rule{RulePriority: n(10), MaxImageCount: n(5)})
		p.AddLifecycleRule(&rule{RulePriority: n(1), TagPrefixList: jsii.Strings("x"), MaxImageCount: n(2)})
	},
	"Grants": func(s awscdk.Stack) {
		r := awsecr.NewRepository(s, str("Repo"), nil)
		rl := role(s, "Role", "ecs-tasks.amazonaws.com")
		r.GrantPull(rl)
		r.GrantRead(rl)
		pusher := role(s, "Pusher", "codebuild.amazonaws.com")
		r.GrantPush(pusher)
		r.GrantPullPush(role(s, "Both", "codebuild.amazonaws.com"))
		r.Grant(pusher, str("ecr:ListImages"))
		r.GrantPull(awsiam.NewAccountPrincipal(str("222222222222")))
		added := r.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("ecr:DescribeImages"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(str("lambda.amazonaws.com"), nil)}}))
		byName := awsecr.Repository_FromRepositoryName(s, str("ByName"), str("other"))
		byName.GrantPull(rl)
		byArn := awsecr.Repository_FromRepositoryArn(s, str("ByArn"), str("arn:aws:ecr:eu-west-1:333333333333:repository/ns/third"))
		byArn.GrantPush(rl)
		byAttrs := awsecr.Repository_FromRepositoryAttributes(s, str("ByAttrs"), &awsecr.RepositoryAttributes{
			RepositoryName: str("fourth"), RepositoryArn: str("arn:aws:ecr:us-east-1:111111111111:repository/fourth")})
		byAttrs.GrantRead(rl)
		notAdded := byArn.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("ecr:*"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
		awsecr.AuthorizationToken_GrantRead(pusher)
		awsecr.PublicGalleryAuthorizationToken_GrantRead(pusher)
		outputs(s, "ByName", byName)
		outputs(s, "ByArn", byArn)
		b := func(p *bool) string {
			if *p {
				return "true"
			}
			return "false"
		}
		out(s, "Added", str(b(added.StatementAdded)+"|"+b(notAdded.StatementAdded)))
		out(s, "ArnForLocal", awsecr.Repository_ArnForLocalRepository(str("local"), s, str("444444444444")))
	},
	"Events": func(s awscdk.Stack) {
		r := awsecr.NewRepository(s, str("Repo"), nil)
		topic := awssns.NewTopic(s, str("Topic"), nil)
		r.OnImageScanCompleted(str("Scanned"), &awsecr.OnImageScanCompletedOptions{Target: awseventstargets.NewSnsTopic(topic, nil)})
		r.OnImageScanCompleted(str("ScannedTags"), &awsecr.OnImageScanCompletedOptions{ImageTags: jsii.Strings("prod", "latest"),
			Description: str("scans of prod"), RuleName: str("scans")})
		r.OnCloudTrailImagePushed(str("Pushed"), &awsecr.OnCloudTrailImagePushedOptions{ImageTag: str("v1"), Target: awseventstargets.NewSnsTopic(topic, nil)})
		r.OnCloudTrailImagePushed(str("PushedAny"), nil)
		r.OnCloudTrailEvent(str("Trail"), &awsevents.OnEventOptions{EventPattern: &awsevents.EventPattern{Account: jsii.Strings("111111111111")}})
		r.OnEvent(str("Any"), &awsevents.OnEventOptions{Target: awseventstargets.NewSnsTopic(topic, nil)})
	},
	"AutoDelete": func(s awscdk.Stack) {
		awsecr.NewRepository(s, str("Repo"), &awsecr.RepositoryProps{AutoDeleteImages: jsii.Bool(true), RemovalPolicy: awscdk.RemovalPolicy_DESTROY})
		awsecr.NewRepository(s, str("Second"), &awsecr.RepositoryProps{RepositoryName: str("second"), AutoDeleteImages: jsii.Bool(true), RemovalPolicy: awscdk.RemovalPolicy_DESTROY})
	},
}

func TestTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Grants" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: str("111111111111"), Region: str("us-east-1")}}
		}
		return nil
	})
}

func TestCrossAccountGrant(t *testing.T) {
	golden.CheckApp(t, []string{"RepoStack", "UserStack"}, func(app awscdk.App) {
		repoStack := awscdk.NewStack(app, str("RepoStack"), &awscdk.StackProps{Env: &awscdk.Environment{Account: str("111111111111"), Region: str("us-east-1")}})
		userStack := awscdk.NewStack(app, str("UserStack"), &awscdk.StackProps{Env: &awscdk.Environment{Account: str("222222222222"), Region: str("us-east-1")}})
		r := awsecr.NewRepository(repoStack, str("Repo"), &awsecr.RepositoryProps{RepositoryName: str("shared")})
		rl := awsiam.NewRole(userStack, str("Role"), &awsiam.RoleProps{RoleName: str("puller"), AssumedBy: awsiam.NewServicePrincipal(str("ecs-tasks.amazonaws.com"), nil)})
		r.GrantPull(rl)
	}, nil)
}

func repo(props *awsecr.RepositoryProps) func(s awscdk.Stack) {
	return func(s awscdk.Stack) { awsecr.NewRepository(s, str("R"), props) }
}

var errorCases = map[string]func(s awscdk.Stack){
	"EmptyOnDeleteRetain": repo(&awsecr.RepositoryProps{EmptyOnDelete: jsii.Bool(true)}),
	"AutoDeleteRetain":    repo(&awsecr.RepositoryProps{AutoDeleteImages: jsii.Bool(true)}),
	"BadName":             repo(&awsecr.RepositoryProps{RepositoryName: str("Bad_Name")}),
	"ShortName":           repo(&awsecr.RepositoryProps{RepositoryName: str("a")}),
	"AgeAndCount":         repo(&awsecr.RepositoryProps{LifecycleRules: rules(&rule{MaxImageAge: awscdk.Duration_Days(n(3)), MaxImageCount: n(3)})}),
	"NeitherAgeNorCount":  repo(&awsecr.RepositoryProps{LifecycleRules: rules(&rule{Description: str("x"), TagStatus: awsecr.TagStatus_UNTAGGED})}),
	"TaggedWithoutList":   repo(&awsecr.RepositoryProps{LifecycleRules: rules(&rule{TagStatus: awsecr.TagStatus_TAGGED, MaxImageCount: n(1)})}),
	"ListWithoutTagged": repo(&awsecr.RepositoryProps{LifecycleRules: rules(&rule{TagStatus: awsecr.TagStatus_UNTAGGED,
		TagPrefixList: jsii.Strings("a"), MaxImageCount: n(1)})}),
	"PrefixAndPattern": repo(&awsecr.RepositoryProps{LifecycleRules: rules(&rule{TagPrefixList: jsii.Strings("a"),
		TagPatternList: jsii.Strings("b*"), MaxImageCount: n(1)})}),
	"TooManyWildcards": repo(&awsecr.RepositoryProps{LifecycleRules: rules(&rule{TagPatternList: jsii.Strings("a*b*c*d*e*"), MaxImageCount: n(1)})}),
	"TwoAnyRules":      repo(&awsecr.RepositoryProps{LifecycleRules: rules(&rule{MaxImageCount: n(1)}, &rule{MaxImageCount: n(2)})}),
	"PrioritizedAnyWithAuto": repo(&awsecr.RepositoryProps{LifecycleRules: rules(&rule{RulePriority: n(9), MaxImageCount: n(1)},
		&rule{TagPrefixList: jsii.Strings("a"), MaxImageCount: n(2)})}),
	"AnyNotLast": repo(&awsecr.RepositoryProps{LifecycleRules: rules(&rule{RulePriority: n(1), MaxImageCount: n(1)},
		&rule{RulePriority: n(5), TagPrefixList: jsii.Strings("a"), MaxImageCount: n(2)})}),
	"KeyWithAes": func(s awscdk.Stack) {
		awsecr.NewRepository(s, str("R"), &awsecr.RepositoryProps{Encryption: awsecr.RepositoryEncryption_AES_256(), EncryptionKey: awskms.NewKey(s, str("K"), nil)})
	},
	"FiltersWithoutExclusion": func(s awscdk.Stack) {
		awsecr.NewRepository(s, str("R"), &awsecr.RepositoryProps{ImageTagMutability: awsecr.TagMutability_IMMUTABLE,
			ImageTagMutabilityExclusionFilters: &[]awsecr.ImageTagMutabilityExclusionFilter{awsecr.ImageTagMutabilityExclusionFilter_Wildcard(str("a"))}})
	},
	"ExclusionWithoutFilters": repo(&awsecr.RepositoryProps{ImageTagMutability: awsecr.TagMutability_MUTABLE_WITH_EXCLUSION}),
	"NoFilters": repo(&awsecr.RepositoryProps{ImageTagMutability: awsecr.TagMutability_MUTABLE_WITH_EXCLUSION,
		ImageTagMutabilityExclusionFilters: &[]awsecr.ImageTagMutabilityExclusionFilter{}}),
	"BadWildcard":   func(s awscdk.Stack) { awsecr.ImageTagMutabilityExclusionFilter_Wildcard(str("a b")) },
	"EmptyWildcard": func(s awscdk.Stack) { awsecr.ImageTagMutabilityExclusionFilter_Wildcard(str("")) },
	"BadArn": func(s awscdk.Stack) {
		awsecr.Repository_FromRepositoryArn(s, str("R"), str("arn:aws:ecr:us-east-1:111111111111:other/x"))
	},
	"TokenArn": func(s awscdk.Stack) {
		awsecr.Repository_FromRepositoryArn(s, str("R"), awscdk.NewCfnParameter(s, str("P"), nil).ValueAsString())
	},
	"DsseEncryption": repo(&awsecr.RepositoryProps{Encryption: awsecr.RepositoryEncryption_KMS_DSSE()}),
}

func TestErrors(t *testing.T) {
	checkErrors(t, errorCases, func(msg string) string {
		// aws-cdk-lib wraps errors thrown while it resolves the lifecycle
		// policy; Strata reports the error itself.
		for strings.HasPrefix(msg, "Resolution error: ") {
			msg = strings.TrimPrefix(msg, "Resolution error: ")
		}
		return strings.TrimSuffix(msg, "...")
	})
}
