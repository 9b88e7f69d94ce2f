package awscodecommit_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodecommit"
	"github.com/strata-cdk/strata/awscdk/awscodestarnotifications"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		r := awscodecommit.NewRepository(s, jsii.String("Repo"), &awscodecommit.RepositoryProps{RepositoryName: jsii.String("my-repo")})
		out(s, "Arn", r.RepositoryArn())
		out(s, "Name", r.RepositoryName())
		out(s, "Http", r.RepositoryCloneUrlHttp())
		out(s, "Ssh", r.RepositoryCloneUrlSsh())
		out(s, "Grc", r.RepositoryCloneUrlGrc())
	},
	"AllProps": func(s awscdk.Stack) {
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		r := awscodecommit.NewRepository(s, jsii.String("Repo"), &awscodecommit.RepositoryProps{
			RepositoryName: jsii.String("full"),
			Description:    jsii.String("a repository"),
			KmsKey:         key,
			Code:           awscodecommit.Code_FromDirectory(jsii.String("testdata/code"), jsii.String("main")),
		})
		r.Notify(topic.TopicArn(), nil)
		r.Notify(jsii.String("arn:aws:sns:us-east-1:123456789012:other"), &awscodecommit.RepositoryTriggerOptions{
			Name: jsii.String("custom"), CustomData: jsii.String("data"), Branches: jsii.Strings("main", "dev"),
			Events: &[]awscodecommit.RepositoryEventTrigger{awscodecommit.RepositoryEventTrigger_CREATE_REF, awscodecommit.RepositoryEventTrigger_ALL},
		})
		r.Notify(jsii.String("arn:aws:lambda:us-east-1:123456789012:function:f"), &awscodecommit.RepositoryTriggerOptions{
			Events: &[]awscodecommit.RepositoryEventTrigger{awscodecommit.RepositoryEventTrigger_UPDATE_REF, awscodecommit.RepositoryEventTrigger_DELETE_REF},
		})
		awscodecommit.NewRepository(s, jsii.String("Dir"), &awscodecommit.RepositoryProps{RepositoryName: jsii.String("dir"),
			Code: awscodecommit.Code_FromDirectory(jsii.String("testdata/code"), nil)})
	},
	"Grants": func(s awscdk.Stack) {
		r := awscodecommit.NewRepository(s, jsii.String("Repo"), &awscodecommit.RepositoryProps{RepositoryName: jsii.String("g")})
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("codebuild.amazonaws.com"), nil)})
		r.GrantPull(role)
		r.GrantPullPush(role)
		r.GrantRead(role)
		r.Grant(role, jsii.String("codecommit:ListBranches"))
		r.Grants().Actions(role, jsii.Strings("codecommit:GetBranch"), &awscdk.PermissionsOptions{ResourceArns: jsii.Strings("arn:aws:codecommit:us-east-1:111111111111:x")})
		byArn := awscodecommit.Repository_FromRepositoryArn(s, jsii.String("ByArn"), jsii.String("arn:aws:codecommit:eu-west-1:222222222222:imported"))
		byName := awscodecommit.Repository_FromRepositoryName(s, jsii.String("ByName"), jsii.String("named"))
		byArn.GrantPull(role)
		byName.GrantRead(role)
		out(s, "ArnHttp", byArn.RepositoryCloneUrlHttp())
		out(s, "ArnSsh", byArn.RepositoryCloneUrlSsh())
		out(s, "ArnGrc", byArn.RepositoryCloneUrlGrc())
		out(s, "ArnName", byArn.RepositoryName())
		out(s, "NameArn", byName.RepositoryArn())
		out(s, "NameHttp", byName.RepositoryCloneUrlHttp())
		out(s, "NameGrc", byName.RepositoryCloneUrlGrc())
	},
	"Events": func(s awscdk.Stack) {
		r := awscodecommit.NewRepository(s, jsii.String("Repo"), &awscodecommit.RepositoryProps{RepositoryName: jsii.String("ev")})
		r.OnEvent(jsii.String("Any"), &awsevents.OnEventOptions{Description: jsii.String("any"), RuleName: jsii.String("any-rule")})
		r.OnStateChange(jsii.String("State"), nil)
		r.OnReferenceCreated(jsii.String("Created"), nil)
		r.OnReferenceUpdated(jsii.String("Updated"), nil)
		r.OnReferenceDeleted(jsii.String("Deleted"), nil)
		r.OnPullRequestStateChange(jsii.String("PR"), nil)
		r.OnCommentOnPullRequest(jsii.String("PRComment"), nil)
		r.OnCommentOnCommit(jsii.String("CommitComment"), nil)
		r.OnCommit(jsii.String("Commit"), nil)
		r.OnCommit(jsii.String("CommitMain"), &awscodecommit.OnCommitOptions{Branches: jsii.Strings("main"),
			EventPattern: &awsevents.EventPattern{Account: jsii.Strings("123456789012")}})
		imp := awscodecommit.Repository_FromRepositoryName(s, jsii.String("Imp"), jsii.String("imp"))
		imp.OnCommit(jsii.String("ImpCommit"), &awscodecommit.OnCommitOptions{Branches: jsii.Strings("dev")})
	},
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func TestRepositoryTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Grants" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}}
		}
		return nil
	})
}

var errorCases = map[string]func(s awscdk.Stack){
	"DuplicateTrigger": func(s awscdk.Stack) {
		r := awscodecommit.NewRepository(s, jsii.String("Repo"), &awscodecommit.RepositoryProps{RepositoryName: jsii.String("x")})
		r.Notify(jsii.String("arn:aws:sns:us-east-1:123456789012:t"), &awscodecommit.RepositoryTriggerOptions{Name: jsii.String("n")})
		r.Notify(jsii.String("arn:aws:sns:us-east-1:123456789012:u"), &awscodecommit.RepositoryTriggerOptions{Name: jsii.String("n")})
	},
	"NotADirectory": func(s awscdk.Stack) { awscodecommit.Code_FromDirectory(jsii.String("testdata/code/README.md"), nil) },
	"NotAZip":       func(s awscdk.Stack) { awscodecommit.Code_FromZipFile(jsii.String("testdata/code"), nil) },
}

// TestRepositoryErrors: aws-cdk-lib's messages, where regen.sh wrote this
// package's absolute directory as <pkgdir>.
func TestRepositoryErrors(t *testing.T) {
	wd, _ := os.Getwd()
	checkErrors(t, errorCases, func(msg string) string {
		return strings.ReplaceAll(msg, "<pkgdir>/", filepath.ToSlash(wd)+"/")
	})
}

func TestRepositoryNilProps(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		awscodecommit.NewRepository(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("Repo"), nil)
	})
	if err == nil || !strings.Contains(err.Error(), "S/Repo") || !strings.Contains(err.Error(), "RepositoryName") {
		t.Fatalf("want a clear error naming S/Repo and RepositoryName, got %v", err)
	}
}

func init() {
	templateCases["Notifications"] = func(s awscdk.Stack) {
		r := awscodecommit.NewRepository(s, jsii.String("Repo"), &awscodecommit.RepositoryProps{RepositoryName: jsii.String("n")})
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		r.NotifyOn(jsii.String("All"), topic, &awscodecommit.RepositoryNotifyOnOptions{
			Events: &[]awscodecommit.RepositoryNotificationEvents{awscodecommit.RepositoryNotificationEvents_COMMIT_COMMENT,
				awscodecommit.RepositoryNotificationEvents_BRANCH_OR_TAG_UPDATED, awscodecommit.RepositoryNotificationEvents_COMMIT_COMMENT},
			DetailType: awscodestarnotifications.DetailType_BASIC, Enabled: jsii.Bool(false),
			NotificationRuleName: jsii.String("all-events"), CreatedBy: jsii.String("me"),
		})
		r.NotifyOnPullRequestComment(jsii.String("PRComment"), topic, nil)
		r.NotifyOnApprovalStatusChanged(jsii.String("Approval"), topic, &awscodestarnotifications.NotificationRuleOptions{Enabled: jsii.Bool(true)})
		r.NotifyOnApprovalRuleOverridden(jsii.String("Override"), topic, nil)
		r.NotifyOnPullRequestCreated(jsii.String("PRCreated"), topic, nil)
		r.NotifyOnPullRequestMerged(jsii.String("PRMerged"), topic, nil)
		r.NotifiyOnPullRequestMerged(jsii.String("PRMergedOld"), topic, nil)
		r.NotifyOnBranchOrTagCreated(jsii.String("BranchCreated"), topic, nil)
		rule := r.NotifyOnBranchOrTagDeleted(jsii.String("BranchDeleted"), topic, nil)
		rule.AddTarget(awssns.NewTopic(s, jsii.String("Second"), nil))
		imp := awscodecommit.Repository_FromRepositoryArn(s, jsii.String("Imp"), jsii.String("arn:aws:codecommit:us-east-1:123456789012:imp"))
		imp.NotifyOnPullRequestCreated(jsii.String("ImpPR"), topic, nil)
	}
}

// A user's Code type, the way Go programs subclass aws-cdk-go's Code.
type customCode struct{ awscodecommit.Code }

func (c *customCode) Bind(scope constructs.Construct) *awscodecommit.CodeConfig {
	return &awscodecommit.CodeConfig{Code: &awscodecommit.CfnRepository_CodeProperty{
		S3: &awscodecommit.CfnRepository_S3Property{Bucket: jsii.String("b"), Key: jsii.String("k.zip")}}}
}

func TestCodeOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	st := awscdk.NewStack(app, jsii.String("S"), nil)
	c := &customCode{}
	awscodecommit.NewCode_Override(c)
	awscodecommit.NewRepository(st, jsii.String("R"), &awscodecommit.RepositoryProps{RepositoryName: jsii.String("r"), Code: c})
	b, _ := json.Marshal(app.Synth(nil).GetStackArtifact(jsii.String("S")).Template())
	if !strings.Contains(string(b), `"Key":"k.zip"`) {
		t.Fatalf("custom code not rendered: %s", b)
	}
	err := synthErr(t, func(app awscdk.App) {
		bare := &struct{ awscodecommit.Code }{}
		awscodecommit.NewCode_Override(bare)
		awscodecommit.NewRepository(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("R"),
			&awscodecommit.RepositoryProps{RepositoryName: jsii.String("r"), Code: bare})
	})
	if err == nil || !strings.Contains(err.Error(), "must define Bind") {
		t.Fatalf("want a clear error, got %v", err)
	}
}

// TestNilArguments: a nil where aws-cdk-lib requires a value is a clear
// user error, never a Go nil dereference.
func TestNilArguments(t *testing.T) {
	repo := func(s awscdk.Stack) awscodecommit.Repository {
		return awscodecommit.NewRepository(s, jsii.String("R"), &awscodecommit.RepositoryProps{RepositoryName: jsii.String("r")})
	}
	cases := map[string]func(s awscdk.Stack){
		"FromAsset":   func(s awscdk.Stack) { awscodecommit.Code_FromAsset(nil, nil) },
		"FromArn":     func(s awscdk.Stack) { awscodecommit.Repository_FromRepositoryArn(s, jsii.String("I"), nil) },
		"FromName":    func(s awscdk.Stack) { awscodecommit.Repository_FromRepositoryName(s, jsii.String("I"), nil) },
		"Grant":       func(s awscdk.Stack) { repo(s).GrantPull(nil) },
		"NotifyOn":    func(s awscdk.Stack) { repo(s).NotifyOn(jsii.String("N"), nil, nil) },
		"GrantsOfNil": func(s awscdk.Stack) { awscodecommit.RepositoryGrants_FromRepository(nil) },
	}
	for name, build := range cases {
		build := build
		t.Run(name, func(t *testing.T) {
			if err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) }); err == nil {
				t.Fatal("want an error")
			}
		})
	}
}
