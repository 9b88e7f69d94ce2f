package awss3_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// fakeDestination is the notification destination of the twins: it only
// names a target, so the bucket's side of notifications is tested alone.
type fakeDestination struct {
	arn string
	typ awss3.BucketNotificationDestinationType
}

func (d *fakeDestination) Bind(constructs.Construct, interfacesawss3.IBucketRef) *awss3.BucketNotificationDestinationConfig {
	return &awss3.BucketNotificationDestinationConfig{Arn: jsii.String(d.arn), Type: d.typ}
}

func dest(arn string, typ awss3.BucketNotificationDestinationType) *fakeDestination {
	return &fakeDestination{arn, typ}
}

func days(n float64) awscdk.Duration { return awscdk.Duration_Days(jsii.Number(n)) }

func output(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func date(y int, m time.Month, d, h, min, sec int) *time.Time {
	t := time.Date(y, m, d, h, min, sec, 0, time.UTC)
	return &t
}

func TestBucketTemplates(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"Default": func(s awscdk.Stack) {
			awss3.NewBucket(s, jsii.String("Bucket"), nil)
			awss3.NewBucket(s, jsii.String("Named"), &awss3.BucketProps{BucketName: jsii.String("my-named-bucket-1")})
			awss3.NewBucket(s, jsii.String("Versioned"), &awss3.BucketProps{Versioned: jsii.Bool(true), RemovalPolicy: awscdk.RemovalPolicy_DESTROY})
			awss3.NewBucket(s, jsii.String("Snapshot"), &awss3.BucketProps{RemovalPolicy: awscdk.RemovalPolicy_RETAIN_ON_UPDATE_OR_DELETE})
		},
		"Encryption": func(s awscdk.Stack) {
			awss3.NewBucket(s, jsii.String("S3Managed"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_S3_MANAGED})
			awss3.NewBucket(s, jsii.String("KmsManaged"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_KMS_MANAGED, BucketKeyEnabled: jsii.Bool(true)})
			created := awss3.NewBucket(s, jsii.String("Kms"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_KMS})
			key := awskms.NewKey(s, jsii.String("MyKey"), nil)
			awss3.NewBucket(s, jsii.String("GivenKey"), &awss3.BucketProps{EncryptionKey: key, BucketKeyEnabled: jsii.Bool(false)})
			awss3.NewBucket(s, jsii.String("Dsse"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_DSSE})
			awss3.NewBucket(s, jsii.String("DsseManaged"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_DSSE_MANAGED})
			awss3.NewBucket(s, jsii.String("Unencrypted"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_UNENCRYPTED})
			awss3.NewBucket(s, jsii.String("Blocked"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_S3_MANAGED, BlockedEncryptionTypes: &[]awss3.BlockedEncryptionType{awss3.BlockedEncryptionType_SSE_C()}})
			awss3.NewBucket(s, jsii.String("BlockedNone"), &awss3.BucketProps{BlockedEncryptionTypes: &[]awss3.BlockedEncryptionType{awss3.BlockedEncryptionType_NONE()}})
			output(s, "KeyArn", created.EncryptionKey().KeyArn())
		},
		"Lifecycle": func(s awscdk.Stack) {
			b := awss3.NewBucket(s, jsii.String("Bucket"), &awss3.BucketProps{
				Versioned:                          jsii.Bool(true),
				TransitionDefaultMinimumObjectSize: awss3.TransitionDefaultMinimumObjectSize_VARIES_BY_STORAGE_CLASS,
				LifecycleRules: &[]*awss3.LifecycleRule{
					{
						Id:     jsii.String("archive"),
						Prefix: jsii.String("logs/"),
						Transitions: &[]*awss3.Transition{
							{StorageClass: awss3.StorageClass_INFREQUENT_ACCESS(), TransitionAfter: days(30)},
							{StorageClass: awss3.StorageClass_GLACIER(), TransitionAfter: days(90)},
							{StorageClass: awss3.StorageClass_DEEP_ARCHIVE(), TransitionDate: date(2030, 1, 2, 3, 4, 5)},
						},
						Expiration: days(365),
					},
					{
						NoncurrentVersionExpiration: days(60),
						NoncurrentVersionsToRetain:  jsii.Number(3),
						NoncurrentVersionTransitions: &[]*awss3.NoncurrentVersionTransition{
							{StorageClass: awss3.StorageClass_GLACIER_INSTANT_RETRIEVAL(), TransitionAfter: days(10), NoncurrentVersionsToRetain: jsii.Number(1)},
							{StorageClass: awss3.StorageClass_ONE_ZONE_INFREQUENT_ACCESS(), TransitionAfter: days(40)},
						},
					},
					{AbortIncompleteMultipartUploadAfter: days(7), Enabled: jsii.Bool(false)},
					{ExpirationDate: date(2031, 12, 31, 0, 0, 0), TagFilters: &map[string]interface{}{"env": "dev", "team": "a"}, ObjectSizeGreaterThan: jsii.Number(1024), ObjectSizeLessThan: jsii.Number(4096)},
					{ExpiredObjectDeleteMarker: jsii.Bool(true)},
				},
			})
			b.AddLifecycleRule(&awss3.LifecycleRule{Id: jsii.String("later"), Expiration: days(1), Transitions: &[]*awss3.Transition{{StorageClass: awss3.StorageClass_INTELLIGENT_TIERING(), TransitionAfter: days(0)}}})
		},
		"Website": func(s awscdk.Stack) {
			site := awss3.NewBucket(s, jsii.String("Site"), &awss3.BucketProps{WebsiteIndexDocument: jsii.String("index.html"), WebsiteErrorDocument: jsii.String("error.html")})
			awss3.NewBucket(s, jsii.String("IndexOnly"), &awss3.BucketProps{WebsiteIndexDocument: jsii.String("index.html")})
			awss3.NewBucket(s, jsii.String("Redirect"), &awss3.BucketProps{WebsiteRedirect: &awss3.RedirectTarget{HostName: jsii.String("www.example.com"), Protocol: awss3.RedirectProtocol_HTTPS}})
			awss3.NewBucket(s, jsii.String("RedirectHost"), &awss3.BucketProps{WebsiteRedirect: &awss3.RedirectTarget{HostName: jsii.String("example.org")}})
			awss3.NewBucket(s, jsii.String("Rules"), &awss3.BucketProps{
				WebsiteIndexDocument: jsii.String("index.html"),
				WebsiteRoutingRules: &[]*awss3.RoutingRule{
					{HostName: jsii.String("example.com"), HttpRedirectCode: jsii.String("302"), Protocol: awss3.RedirectProtocol_HTTP, ReplaceKey: awss3.ReplaceKey_PrefixWith(jsii.String("new/")), Condition: &awss3.RoutingRuleCondition{KeyPrefixEquals: jsii.String("old/")}},
					{ReplaceKey: awss3.ReplaceKey_With(jsii.String("error.html")), Condition: &awss3.RoutingRuleCondition{HttpErrorCodeReturnedEquals: jsii.String("404")}},
					{HostName: jsii.String("other.example.com")},
				},
			})
			output(s, "Url", site.BucketWebsiteUrl())
			output(s, "Domain", site.BucketWebsiteDomainName())
			output(s, "IsWebsite", jsii.String(fmt.Sprint(*site.IsWebsite())))
		},
		"Cors": func(s awscdk.Stack) {
			b := awss3.NewBucket(s, jsii.String("Bucket"), &awss3.BucketProps{
				Cors: &[]*awss3.CorsRule{{AllowedMethods: &[]awss3.HttpMethods{awss3.HttpMethods_GET, awss3.HttpMethods_HEAD}, AllowedOrigins: jsii.Strings("*")}},
			})
			b.AddCorsRule(&awss3.CorsRule{
				Id:             jsii.String("upload"),
				AllowedMethods: &[]awss3.HttpMethods{awss3.HttpMethods_PUT, awss3.HttpMethods_POST, awss3.HttpMethods_DELETE},
				AllowedOrigins: jsii.Strings("https://example.com"),
				AllowedHeaders: jsii.Strings("*"),
				ExposedHeaders: jsii.Strings("ETag", "x-amz-request-id"),
				MaxAge:         jsii.Number(3000),
			})
		},
		"PublicAccess": func(s awscdk.Stack) {
			awss3.NewBucket(s, jsii.String("BlockAll"), &awss3.BucketProps{BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL()})
			awss3.NewBucket(s, jsii.String("BlockAcls"), &awss3.BucketProps{BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ACLS()})
			awss3.NewBucket(s, jsii.String("Partial"), &awss3.BucketProps{BlockPublicAccess: awss3.NewBlockPublicAccess(&awss3.BlockPublicAccessOptions{BlockPublicPolicy: jsii.Bool(false), RestrictPublicBuckets: jsii.Bool(false)})})
			awss3.NewBucket(s, jsii.String("Public"), &awss3.BucketProps{PublicReadAccess: jsii.Bool(true), BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ACLS_ONLY()})
			g := awss3.NewBucket(s, jsii.String("Granted"), &awss3.BucketProps{BlockPublicAccess: awss3.NewBlockPublicAccess(&awss3.BlockPublicAccessOptions{BlockPublicPolicy: jsii.Bool(false)})})
			g.GrantPublicAccess(jsii.String("public/*"), jsii.String("s3:GetObject"), jsii.String("s3:GetObjectVersion"))
			output(s, "Disallow", jsii.String(jsBool(g.DisallowPublicAccess())))
		},
		"Policy": func(s awscdk.Stack) {
			b := awss3.NewBucket(s, jsii.String("Bucket"), &awss3.BucketProps{EnforceSSL: jsii.Bool(true), MinimumTLSVersion: jsii.Number(1.2)})
			r := b.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Actions: jsii.Strings("s3:GetObject"), Resources: &[]*string{b.ArnForObjects(jsii.String("shared/*"))}, Principals: &[]awsiam.IPrincipal{awsiam.NewAccountPrincipal(jsii.String("111111111111"))},
			}))
			output(s, "Added", jsii.String(fmt.Sprint(*r.StatementAdded)))
			imported := awss3.Bucket_FromBucketName(s, jsii.String("Imported"), jsii.String("imported-bucket"))
			r2 := imported.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
			output(s, "ImportedAdded", jsii.String(fmt.Sprint(*r2.StatementAdded)))
			p := awss3.NewBucketPolicy(s, jsii.String("ExplicitPolicy"), &awss3.BucketPolicyProps{Bucket: imported, RemovalPolicy: awscdk.RemovalPolicy_DESTROY})
			p.Document().AddStatements(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:ListBucket"), Resources: &[]*string{imported.BucketArn()}, Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("logging.s3.amazonaws.com"), nil)}}))
		},
		"Grants": func(s awscdk.Stack) {
			role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
			b := awss3.NewBucket(s, jsii.String("Bucket"), nil)
			b.GrantRead(role, nil)
			b.GrantWrite(role, jsii.String("uploads/*"), nil)
			b.GrantPut(role, nil)
			b.GrantDelete(role, "tmp/*")
			b.GrantPutAcl(role, nil)
			enc := awss3.NewBucket(s, jsii.String("Encrypted"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_KMS})
			enc.GrantReadWrite(role, nil)
			enc.GrantRead(awsiam.NewAccountPrincipal(jsii.String("222222222222")), nil)
			imported := awss3.Bucket_FromBucketArn(s, jsii.String("Imported"), jsii.String("arn:aws:s3:::imported-bucket"))
			imported.GrantRead(role, jsii.String("data/*"))
			imported.GrantWrite(role, nil, jsii.Strings("s3:PutObject"))
		},
		"Logs": func(s awscdk.Stack) {
			logs := awss3.NewBucket(s, jsii.String("Logs"), &awss3.BucketProps{ObjectOwnership: awss3.ObjectOwnership_BUCKET_OWNER_PREFERRED})
			awss3.NewBucket(s, jsii.String("Source"), &awss3.BucketProps{ServerAccessLogsBucket: logs, ServerAccessLogsPrefix: jsii.String("source/")})
			awss3.NewBucket(s, jsii.String("Partitioned"), &awss3.BucketProps{ServerAccessLogsBucket: logs, TargetObjectKeyFormat: awss3.TargetObjectKeyFormat_PartitionedPrefix(awss3.PartitionDateSource_EVENT_TIME)})
			awss3.NewBucket(s, jsii.String("Simple"), &awss3.BucketProps{ServerAccessLogsBucket: logs, TargetObjectKeyFormat: awss3.TargetObjectKeyFormat_SimplePrefix()})
			awss3.NewBucket(s, jsii.String("Self"), &awss3.BucketProps{ServerAccessLogsPrefix: jsii.String("self/")})
			awss3.NewBucket(s, jsii.String("ToImported"), &awss3.BucketProps{ServerAccessLogsBucket: awss3.Bucket_FromBucketName(s, jsii.String("ImportedLogs"), jsii.String("imported-logs"))})
			awss3.NewBucket(s, jsii.String("Enforced"), &awss3.BucketProps{ObjectOwnership: awss3.ObjectOwnership_BUCKET_OWNER_ENFORCED})
			awss3.NewBucket(s, jsii.String("Acl"), &awss3.BucketProps{AccessControl: awss3.BucketAccessControl_LOG_DELIVERY_WRITE})
			awss3.NewBucket(s, jsii.String("PrivateAcl"), &awss3.BucketProps{AccessControl: awss3.BucketAccessControl_PRIVATE})
		},
		"Imports": func(s awscdk.Stack) {
			byName := awss3.Bucket_FromBucketName(s, jsii.String("ByName"), jsii.String("my-bucket"))
			byArn := awss3.Bucket_FromBucketArn(s, jsii.String("ByArn"), jsii.String("arn:aws:s3:::other-bucket"))
			defined := awss3.NewBucket(s, jsii.String("Defined"), nil)
			attrs := awss3.Bucket_FromBucketAttributes(s, jsii.String("ByAttrs"), &awss3.BucketAttributes{
				BucketName: jsii.String("attr-bucket"), Region: jsii.String("eu-west-1"), Account: jsii.String("333333333333"), IsWebsite: jsii.Bool(true), BucketWebsiteNewUrlFormat: jsii.Bool(true),
			})
			legacy := awss3.Bucket_FromBucketAttributes(s, jsii.String("Legacy"), &awss3.BucketAttributes{BucketName: jsii.String("Legacy_Bucket"), BucketWebsiteUrl: jsii.String("http://legacy.example.com/")})
			for _, c := range []struct {
				n string
				x awss3.IBucket
			}{{"ByName", byName}, {"ByArn", byArn}, {"Defined", defined}, {"ByAttrs", attrs}, {"Legacy", legacy}} {
				n, x := c.n, c.x
				output(s, n+"Web", x.BucketWebsiteUrl())
				output(s, n+"WebDomain", x.BucketWebsiteDomainName())
				output(s, n+"Domain", x.BucketDomainName())
				output(s, n+"Regional", x.BucketRegionalDomainName())
				output(s, n+"Dual", x.BucketDualStackDomainName())
				output(s, n+"Arn", x.BucketArn())
				output(s, n+"Name", x.BucketName())
				output(s, n+"Url", x.UrlForObject(jsii.String("a/b.txt")))
				output(s, n+"UrlBucket", x.UrlForObject(nil))
				output(s, n+"S3", x.S3UrlForObject(jsii.String("/k")))
				output(s, n+"S3Bucket", x.S3UrlForObject(nil))
				output(s, n+"Virtual", x.VirtualHostedUrlForObject(jsii.String("k"), nil))
				output(s, n+"VirtualGlobal", x.VirtualHostedUrlForObject(jsii.String("k"), &awss3.VirtualHostedStyleUrlOptions{Regional: jsii.Bool(false)}))
				output(s, n+"VirtualBucket", x.VirtualHostedUrlForObject(nil, nil))
				output(s, n+"Accelerate", x.TransferAccelerationUrlForObject(jsii.String("k"), &awss3.TransferAccelerationUrlOptions{DualStack: jsii.Bool(true)}))
				output(s, n+"AccelerateBucket", x.TransferAccelerationUrlForObject(nil, nil))
				output(s, n+"Objects", x.ArnForObjects(jsii.String("p/*")))
				output(s, n+"Info", jsii.String(fmt.Sprintf("%v|%s|%s", *x.IsWebsite(), *x.Env().Account, *x.Env().Region)))
			}
		},
		"ImportsInRegion": func(s awscdk.Stack) {
			b := awss3.Bucket_FromBucketName(s, jsii.String("ByName"), jsii.String("my-bucket"))
			output(s, "Web", b.BucketWebsiteUrl())
			output(s, "Domain", b.BucketDomainName())
			output(s, "Regional", b.BucketRegionalDomainName())
			output(s, "Url", b.UrlForObject(jsii.String("x")))
			old := awss3.Bucket_FromBucketAttributes(s, jsii.String("Old"), &awss3.BucketAttributes{BucketName: jsii.String("old-bucket"), BucketWebsiteNewUrlFormat: jsii.Bool(false)})
			output(s, "OldWeb", old.BucketWebsiteUrl())
			awscdk.NewCfnResource(s, jsii.String("Queue"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue")})
		},
		"Notifications": func(s awscdk.Stack) {
			b := awss3.NewBucket(s, jsii.String("Bucket"), nil)
			b.AddEventNotification(awss3.EventType_OBJECT_CREATED_PUT, dest("arn:aws:sqs:us-east-1:111111111111:q", awss3.BucketNotificationDestinationType_QUEUE), &awss3.NotificationKeyFilter{Prefix: jsii.String("images/"), Suffix: jsii.String(".jpg")})
			b.AddObjectCreatedNotification(dest("arn:aws:lambda:us-east-1:111111111111:function:f", awss3.BucketNotificationDestinationType_LAMBDA))
			b.AddObjectRemovedNotification(dest("arn:aws:sns:us-east-1:111111111111:t", awss3.BucketNotificationDestinationType_TOPIC), &awss3.NotificationKeyFilter{Suffix: jsii.String(".txt")})
			b.AddEventNotification(awss3.EventType_LIFECYCLE_EXPIRATION, dest("arn:aws:sqs:us-east-1:111111111111:q2", awss3.BucketNotificationDestinationType_QUEUE), &awss3.NotificationKeyFilter{Prefix: jsii.String("a/")}, &awss3.NotificationKeyFilter{Suffix: jsii.String(".b")})
			awss3.NewBucket(s, jsii.String("Events"), &awss3.BucketProps{EventBridgeEnabled: jsii.Bool(true), EnforceSSL: jsii.Bool(true)})
			imported := awss3.Bucket_FromBucketName(s, jsii.String("Imported"), jsii.String("imported-bucket"))
			imported.AddObjectCreatedNotification(dest("arn:aws:sqs:us-east-1:111111111111:q3", awss3.BucketNotificationDestinationType_QUEUE))
			skip := awss3.NewBucket(s, jsii.String("Skip"), &awss3.BucketProps{NotificationsSkipDestinationValidation: jsii.Bool(true)})
			skip.EnableEventBridgeNotification()
		},
		"Misc": func(s awscdk.Stack) {
			d := awss3.NewBucket(s, jsii.String("InventoryDest"), nil)
			awss3.NewBucket(s, jsii.String("Bucket"), &awss3.BucketProps{
				TransferAcceleration: jsii.Bool(true),
				AbacStatus:           jsii.Bool(true),
				IntelligentTieringConfigurations: &[]*awss3.IntelligentTieringConfiguration{
					{Name: jsii.String("archive"), Prefix: jsii.String("data/"), ArchiveAccessTierTime: days(90), DeepArchiveAccessTierTime: days(180), Tags: &[]*awss3.Tag{{Key: jsii.String("k"), Value: jsii.String("v")}}},
					{Name: jsii.String("deep"), DeepArchiveAccessTierTime: days(200)},
				},
				ObjectLockDefaultRetention: awss3.ObjectLockRetention_Governance(days(30)),
				Metrics:                    &[]*awss3.BucketMetrics{{Id: jsii.String("all")}, {Id: jsii.String("filtered"), Prefix: jsii.String("logs/"), TagFilters: &map[string]interface{}{"b": "2", "a": "1"}}},
				Inventories: &[]*awss3.Inventory{
					{Destination: &awss3.InventoryDestination{Bucket: d, Prefix: jsii.String("inv/")}},
					{Destination: &awss3.InventoryDestination{Bucket: d, BucketOwner: jsii.String("111111111111")}, InventoryId: jsii.String("daily"), Format: awss3.InventoryFormat_PARQUET, Frequency: awss3.InventoryFrequency_DAILY, IncludeObjectVersions: awss3.InventoryObjectVersion_CURRENT, ObjectsPrefix: jsii.String("data/"), OptionalFields: jsii.Strings("Size", "ETag"), Enabled: jsii.Bool(false)},
				},
			})
			awss3.NewBucket(s, jsii.String("Locked"), &awss3.BucketProps{ObjectLockEnabled: jsii.Bool(true)})
			awss3.NewBucket(s, jsii.String("Compliance"), &awss3.BucketProps{ObjectLockDefaultRetention: awss3.ObjectLockRetention_Compliance(days(365))})
			awss3.NewBucket(s, jsii.String("Prefixed"), &awss3.BucketProps{BucketNamePrefix: jsii.String("my-prefix"), BucketNamespace: awss3.BucketNamespace_ACCOUNT_REGIONAL})
			awss3.NewBucket(s, jsii.String("NoAbac"), &awss3.BucketProps{AbacStatus: jsii.Bool(false)})
		},
		"AutoDelete": func(s awscdk.Stack) {
			awss3.NewBucket(s, jsii.String("Bucket"), &awss3.BucketProps{AutoDeleteObjects: jsii.Bool(true), RemovalPolicy: awscdk.RemovalPolicy_DESTROY})
			b := awss3.NewBucket(s, jsii.String("Other"), &awss3.BucketProps{AutoDeleteObjects: jsii.Bool(true), RemovalPolicy: awscdk.RemovalPolicy_DESTROY, Versioned: jsii.Bool(true)})
			b.AddObjectCreatedNotification(dest("arn:aws:sqs:us-east-1:111111111111:q", awss3.BucketNotificationDestinationType_QUEUE))
			awscdk.Tags_Of(s).Add(jsii.String("team"), jsii.String("storage"), nil)
		},
		"FromCfnPolicy": func(s awscdk.Stack) {
			raw := awss3.NewCfnBucket(s, jsii.String("Raw"), nil)
			doc := map[string]interface{}{"Version": "2012-10-17", "Statement": []interface{}{map[string]interface{}{"Effect": "Allow",
				"Principal": map[string]interface{}{"AWS": "arn:aws:iam::111111111111:root"}, "Action": "s3:GetObject", "Resource": "*"}}}
			onL1 := awss3.NewCfnBucketPolicy(s, jsii.String("OnL1"), &awss3.CfnBucketPolicyProps{Bucket: raw.Ref(), PolicyDocument: doc})
			byName := awss3.NewCfnBucketPolicy(s, jsii.String("ByName"), &awss3.CfnBucketPolicyProps{Bucket: jsii.String("named-bucket"), PolicyDocument: doc})
			a := awss3.BucketPolicy_FromCfnBucketPolicy(onL1)
			b := awss3.BucketPolicy_FromCfnBucketPolicy(byName)
			for _, p := range []awss3.CfnBucketPolicy{onL1, byName} {
				awscdk.Validations_Of(p).Acknowledge(&awscdk.Acknowledgment{Id: jsii.String("CloudFormation-Validate::E3019"), Reason: jsii.String("wrapped")})
			}
			output(s, "Same", jsii.String(fmt.Sprint(awss3.BucketPolicy_FromCfnBucketPolicy(onL1) == a)))
			output(s, "L1Bucket", a.Bucket().BucketArn())
			output(s, "NamedBucket", b.Bucket().BucketName())
		},
		"FromCfn": func(s awscdk.Stack) {
			cfn := awss3.NewCfnBucket(s, jsii.String("Raw"), &awss3.CfnBucketProps{
				WebsiteConfiguration:           &awss3.CfnBucket_WebsiteConfigurationProperty{IndexDocument: jsii.String("index.html")},
				PublicAccessBlockConfiguration: &awss3.CfnBucket_PublicAccessBlockConfigurationProperty{BlockPublicPolicy: jsii.Bool(false)},
			})
			b := awss3.Bucket_FromCfnBucket(cfn)
			role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
			b.GrantRead(role, nil)
			b.GrantPublicAccess(jsii.String("public/*"))
			b.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: &[]*string{b.ArnForObjects(jsii.String("x/*"))}, Principals: &[]awsiam.IPrincipal{awsiam.NewAccountPrincipal(jsii.String("111111111111"))}}))
			output(s, "Same", jsii.String(fmt.Sprint(awss3.Bucket_FromCfnBucket(cfn) == b)))
			output(s, "Web", b.BucketWebsiteDomainName())
			output(s, "IsWebsite", jsii.String(fmt.Sprint(*b.IsWebsite())))
			output(s, "Name", b.BucketName())
		},
		"Replication": func(s awscdk.Stack) {
			d := awss3.NewBucket(s, jsii.String("Dest"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
			key := awskms.NewKey(s, jsii.String("ReplicaKey"), nil)
			awss3.NewBucket(s, jsii.String("Source"), &awss3.BucketProps{
				Versioned: jsii.Bool(true),
				ReplicationRules: &[]*awss3.ReplicationRule{
					{Destination: d, Priority: jsii.Number(1), Filter: &awss3.Filter{Prefix: jsii.String("docs/")}, DeleteMarkerReplication: jsii.Bool(true), KmsKey: key, StorageClass: awss3.StorageClass_GLACIER(), SseKmsEncryptedObjects: jsii.Bool(true), ReplicaModifications: jsii.Bool(false)},
					{Destination: d, Priority: jsii.Number(2), Id: jsii.String("tagged"), Filter: &awss3.Filter{Prefix: jsii.String("img/"), Tags: &[]*awss3.Tag{{Key: jsii.String("k"), Value: jsii.String("v")}}}, ReplicationTimeControl: awss3.ReplicationTimeValue_FIFTEEN_MINUTES(), Metrics: awss3.ReplicationTimeValue_FIFTEEN_MINUTES()},
				},
			})
			other := awss3.Bucket_FromBucketAttributes(s, jsii.String("Other"), &awss3.BucketAttributes{BucketName: jsii.String("other-account-bucket"), Account: jsii.String("222222222222")})
			role := awsiam.NewRole(s, jsii.String("GivenRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("s3.amazonaws.com"), nil)})
			awss3.NewBucket(s, jsii.String("CrossAccount"), &awss3.BucketProps{
				Versioned:        jsii.Bool(true),
				ReplicationRole:  role,
				ReplicationRules: &[]*awss3.ReplicationRule{{Destination: other, AccessControlTransition: jsii.Bool(true)}},
			})
			d.AddReplicationPolicy(role.RoleArn(), jsii.Bool(true), jsii.String("222222222222"))
		},
	}
	checkTemplates(t, cases, func(name string) *awscdk.StackProps {
		switch name {
		case "Grants", "Replication":
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}}
		case "ImportsInRegion":
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("cn-north-1")}}
		}
		return nil
	})
}

// jsBool renders an optional boolean as JavaScript's String() does.
func jsBool(b *bool) string {
	if b == nil {
		return "undefined"
	}
	return fmt.Sprint(*b)
}

// resolutionError is how aws-cdk-lib wraps mistakes it finds while
// rendering the template; Strata finds them when the rule is added.
var resolutionError = regexp.MustCompile(`^(Resolution error: )+|\.\.\.$`)

func TestBucketErrors(t *testing.T) {
	q := awss3.BucketNotificationDestinationType_QUEUE
	bucket := func(s awscdk.Stack, props *awss3.BucketProps) awss3.Bucket {
		return awss3.NewBucket(s, jsii.String("B"), props)
	}
	rule := func(s awscdk.Stack, r *awss3.LifecycleRule) {
		bucket(s, &awss3.BucketProps{LifecycleRules: &[]*awss3.LifecycleRule{r}})
	}
	cases := map[string]func(s awscdk.Stack){
		"NameTooShort":       func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{BucketName: jsii.String("ab")}) },
		"NameUppercase":      func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{BucketName: jsii.String("My-Bucket")}) },
		"NameEdges":          func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{BucketName: jsii.String("-bucket.")}) },
		"NameSymbols":        func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{BucketName: jsii.String("my..bucket-.x")}) },
		"NameIp":             func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{BucketName: jsii.String("192.168.5.4")}) },
		"NameUnderscore":     func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{BucketName: jsii.String("my_bucket")}) },
		"NameTooLong":        func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{BucketName: jsii.String(strings.Repeat("a", 64))}) },
		"ImportedLegacyName": func(s awscdk.Stack) { awss3.Bucket_FromBucketName(s, jsii.String("B"), jsii.String("bad name!")) },
		"ImportedNoName": func(s awscdk.Stack) {
			awss3.Bucket_FromBucketAttributes(s, jsii.String("B"), &awss3.BucketAttributes{})
		},
		"PrefixInvalid": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{BucketNamePrefix: jsii.String("Bad_Prefix-"), BucketNamespace: awss3.BucketNamespace_ACCOUNT_REGIONAL})
		},
		"NameAndPrefix": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{BucketName: jsii.String("abc"), BucketNamePrefix: jsii.String("abc")})
		},
		"PrefixWithoutNamespace": func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{BucketNamePrefix: jsii.String("abc")}) },
		"AutoDeleteWithoutDestroy": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{AutoDeleteObjects: jsii.Bool(true)})
		},
		"AutoDeleteRetain": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{AutoDeleteObjects: jsii.Bool(true), RemovalPolicy: awscdk.RemovalPolicy_RETAIN})
		},
		"PublicReadWithoutBlockPublicAccess": func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{PublicReadAccess: jsii.Bool(true)}) },
		"PublicReadBlockAll": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{PublicReadAccess: jsii.Bool(true), BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL()})
		},
		"ErrorDocumentWithoutIndex": func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{WebsiteErrorDocument: jsii.String("error.html")}) },
		"RedirectWithIndex": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{WebsiteIndexDocument: jsii.String("index.html"), WebsiteRedirect: &awss3.RedirectTarget{HostName: jsii.String("example.com")}})
		},
		"EmptyRoutingCondition": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{WebsiteIndexDocument: jsii.String("index.html"), WebsiteRoutingRules: &[]*awss3.RoutingRule{{Condition: &awss3.RoutingRuleCondition{}}}})
		},
		"KeyWithS3Managed": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{Encryption: awss3.BucketEncryption_S3_MANAGED, EncryptionKey: awskms.NewKey(s, jsii.String("K"), nil)})
		},
		"BucketKeyUnencrypted": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{Encryption: awss3.BucketEncryption_UNENCRYPTED, BucketKeyEnabled: jsii.Bool(true)})
		},
		"BlockedEmpty": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{BlockedEncryptionTypes: &[]awss3.BlockedEncryptionType{}})
		},
		"BlockedNoneAndOther": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{BlockedEncryptionTypes: &[]awss3.BlockedEncryptionType{awss3.BlockedEncryptionType_NONE(), awss3.BlockedEncryptionType_SSE_C()}})
		},
		"TlsWithoutSsl": func(s awscdk.Stack) { bucket(s, &awss3.BucketProps{MinimumTLSVersion: jsii.Number(1.2)}) },
		"LogsKmsManaged": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{ServerAccessLogsPrefix: jsii.String("x"), Encryption: awss3.BucketEncryption_KMS_MANAGED})
		},
		"OwnershipEnforcedWithAcl": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{AccessControl: awss3.BucketAccessControl_PUBLIC_READ, ObjectOwnership: awss3.ObjectOwnership_BUCKET_OWNER_ENFORCED})
		},
		"ObjectLockDisabledWithRetention": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{ObjectLockEnabled: jsii.Bool(false), ObjectLockDefaultRetention: awss3.ObjectLockRetention_Governance(days(1))})
		},
		"ReplicationWithoutVersioning": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{ReplicationRules: &[]*awss3.ReplicationRule{{Destination: awss3.NewBucket(s, jsii.String("D"), nil)}}})
		},
		"ReplicationRoleWithoutRules": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{ReplicationRole: awsiam.NewRole(s, jsii.String("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("s3.amazonaws.com"), nil)})})
		},
		"ReplicationPriorities": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{Versioned: jsii.Bool(true), ReplicationRules: &[]*awss3.ReplicationRule{
				{Destination: awss3.NewBucket(s, jsii.String("D"), nil)}, {Destination: awss3.NewBucket(s, jsii.String("E"), nil)},
			}})
		},
		"RuleWithoutAction": func(s awscdk.Stack) { rule(s, &awss3.LifecycleRule{Prefix: jsii.String("x")}) },
		"TransitionBothDates": func(s awscdk.Stack) {
			rule(s, &awss3.LifecycleRule{Transitions: &[]*awss3.Transition{{StorageClass: awss3.StorageClass_GLACIER(), TransitionAfter: days(1), TransitionDate: date(1970, 1, 1, 0, 0, 0)}}})
		},
		"TransitionNoDate": func(s awscdk.Stack) {
			rule(s, &awss3.LifecycleRule{Transitions: &[]*awss3.Transition{{StorageClass: awss3.StorageClass_GLACIER()}}})
		},
		"DeleteMarkerWithExpiration": func(s awscdk.Stack) {
			rule(s, &awss3.LifecycleRule{ExpiredObjectDeleteMarker: jsii.Bool(true), Expiration: days(1)})
		},
		"FilterEmpty": func(s awscdk.Stack) {
			bucket(s, nil).AddObjectCreatedNotification(dest("arn:q", q), &awss3.NotificationKeyFilter{})
		},
		"FilterTwoSuffixes": func(s awscdk.Stack) {
			bucket(s, nil).AddObjectCreatedNotification(dest("arn:q", q), &awss3.NotificationKeyFilter{Suffix: jsii.String(".a")}, &awss3.NotificationKeyFilter{Suffix: jsii.String(".b")})
		},
		"FilterTwoPrefixes": func(s awscdk.Stack) {
			bucket(s, nil).AddObjectCreatedNotification(dest("arn:q", q), &awss3.NotificationKeyFilter{Prefix: jsii.String("a")}, &awss3.NotificationKeyFilter{Prefix: jsii.String("b")})
		},
		"GrantPublicBlocked": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL()}).GrantPublicAccess(nil)
		},
		"InventoryIdInvalid": func(s awscdk.Stack) {
			bucket(s, &awss3.BucketProps{Inventories: &[]*awss3.Inventory{{Destination: &awss3.InventoryDestination{Bucket: awss3.NewBucket(s, jsii.String("D"), nil)}, InventoryId: jsii.String("bad id!")}}})
		},
		"ReplicationPolicyWithoutAccount": func(s awscdk.Stack) {
			bucket(s, nil).AddReplicationPolicy(jsii.String("arn:aws:iam::111111111111:role/r"), jsii.Bool(true), nil)
		},
	}
	checkErrors(t, cases, func(msg string) string { return resolutionError.ReplaceAllString(msg, "") })
}

func TestValidateBucketName(t *testing.T) {
	for _, c := range []struct {
		name   string
		legacy bool
		want   string
	}{
		{"my-bucket.example", false, ""},
		{"Legacy_Name", true, ""},
		{"Legacy_Name", false, "Bucket name must only contain lowercase characters"},
		{"a", false, "Bucket name must be at least 3 and no more than 63 characters"},
		{"10.0.0.1", false, "Bucket name must not resemble an IP address"},
	} {
		err := func() (err interface{}) {
			defer func() { err = recover() }()
			awss3.Bucket_ValidateBucketName(jsii.String(c.name), jsii.Bool(c.legacy))
			return nil
		}()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(fmt.Sprint(err), c.want)):
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}
