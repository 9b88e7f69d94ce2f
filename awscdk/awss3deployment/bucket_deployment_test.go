package awss3deployment_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/awss3deployment"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/jsii"
)

func site() awss3deployment.ISource {
	return awss3deployment.Source_Asset(jsii.String("testdata/site"), nil)
}

func output(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func distribution(s awscdk.Stack, withOrigin bool) awscloudfront.CfnDistribution {
	cfg := &awscloudfront.CfnDistribution_DistributionConfigProperty{
		Enabled:              jsii.Bool(true),
		DefaultCacheBehavior: &awscloudfront.CfnDistribution_DefaultCacheBehaviorProperty{TargetOriginId: jsii.String("o"), ViewerProtocolPolicy: jsii.String("allow-all")},
	}
	if withOrigin {
		cfg.Origins = &[]interface{}{&awscloudfront.CfnDistribution_OriginProperty{
			Id: jsii.String("o"), DomainName: jsii.String("example.com"),
			CustomOriginConfig: &awscloudfront.CfnDistribution_CustomOriginConfigProperty{OriginProtocolPolicy: jsii.String("https-only")},
		}}
	}
	return awscloudfront.NewCfnDistribution(s, jsii.String("Dist"), &awscloudfront.CfnDistributionProps{DistributionConfig: cfg})
}

func TestBucketDeploymentTemplates(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"Vpc": func(s awscdk.Stack) {
			vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1), RestrictDefaultSecurityGroup: jsii.Bool(false)})
			b := awss3.NewBucket(s, jsii.String("Bucket"), nil)
			awss3deployment.NewBucketDeployment(s, jsii.String("Efs"), &awss3deployment.BucketDeploymentProps{Sources: &[]awss3deployment.ISource{site()}, DestinationBucket: b,
				Vpc: vpc, UseEfs: jsii.Bool(true)})
			sgB := awsec2.NewSecurityGroup(s, jsii.String("SgB"), &awsec2.SecurityGroupProps{Vpc: vpc})
			sgA := awsec2.NewSecurityGroup(s, jsii.String("SgA"), &awsec2.SecurityGroupProps{Vpc: vpc})
			awss3deployment.NewBucketDeployment(s, jsii.String("Groups"), &awss3deployment.BucketDeploymentProps{Sources: &[]awss3deployment.ISource{site()}, DestinationBucket: b,
				DestinationKeyPrefix: jsii.String("g"), Vpc: vpc, SecurityGroups: &[]awsec2.ISecurityGroup{sgB, sgA},
				VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS}})
		},
		"Basic": func(s awscdk.Stack) {
			b := awss3.NewBucket(s, jsii.String("Bucket"), nil)
			awss3deployment.NewBucketDeployment(s, jsii.String("Deploy"), &awss3deployment.BucketDeploymentProps{Sources: &[]awss3deployment.ISource{site()}, DestinationBucket: b})
		},
		"Options": func(s awscdk.Stack) {
			b := awss3.NewBucket(s, jsii.String("Bucket"), nil)
			awss3deployment.NewBucketDeployment(s, jsii.String("Deploy"), &awss3deployment.BucketDeploymentProps{
				Sources:                         &[]awss3deployment.ISource{awss3deployment.Source_Asset(jsii.String("testdata/site"), &awss3assets.AssetOptions{Exclude: jsii.Strings("*.css")})},
				DestinationBucket:               b,
				DestinationKeyPrefix:            jsii.String("web/"),
				Prune:                           jsii.Bool(false),
				RetainOnDelete:                  jsii.Bool(false),
				Extract:                         jsii.Bool(true),
				Exclude:                         jsii.Strings("*.tmp"),
				Include:                         jsii.Strings("keep.tmp"),
				Metadata:                        &map[string]*string{"Owner": jsii.String("team-a"), "build": jsii.String("42")},
				CacheControl:                    &[]awss3deployment.CacheControl{awss3deployment.CacheControl_SetPublic(), awss3deployment.CacheControl_MaxAge(awscdk.Duration_Hours(jsii.Number(1)))},
				ContentType:                     jsii.String("text/html"),
				ContentLanguage:                 jsii.String("en"),
				ContentEncoding:                 jsii.String("gzip"),
				ContentDisposition:              jsii.String("inline"),
				Expires:                         awscdk.Expiration_AtTimestamp(jsii.Number(1893456000000)),
				ServerSideEncryption:            awss3deployment.ServerSideEncryption_AWS_KMS,
				ServerSideEncryptionAwsKmsKeyId: jsii.String("key-id"),
				StorageClass:                    awss3deployment.StorageClass_INTELLIGENT_TIERING,
				WebsiteRedirectLocation:         jsii.String("/index.html"),
				AccessControl:                   awss3.BucketAccessControl_PUBLIC_READ,
				MemoryLimit:                     jsii.Number(2048),
				EphemeralStorageSize:            awscdk.Size_Gibibytes(jsii.Number(2)),
				SignContent:                     jsii.Bool(true),
				OutputObjectKeys:                jsii.Bool(false),
				WaitForDistributionInvalidation: jsii.Bool(false),
			})
			awss3deployment.NewBucketDeployment(s, jsii.String("Small"), &awss3deployment.BucketDeploymentProps{Sources: &[]awss3deployment.ISource{site()}, DestinationBucket: b, DestinationKeyPrefix: jsii.String("small"), MemoryLimit: jsii.Number(256)})
			awss3deployment.NewBucketDeployment(s, jsii.String("SameSize"), &awss3deployment.BucketDeploymentProps{Sources: &[]awss3deployment.ISource{site()}, DestinationBucket: b, DestinationKeyPrefix: jsii.String("same"), MemoryLimit: jsii.Number(256)})
		},
		"Data": func(s awscdk.Stack) {
			b := awss3.NewBucket(s, jsii.String("Bucket"), nil)
			topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
			other := awss3.Bucket_FromBucketName(s, jsii.String("Other"), jsii.String("other-bucket"))
			dep := awss3deployment.NewBucketDeployment(s, jsii.String("Deploy"), &awss3deployment.BucketDeploymentProps{
				Sources: &[]awss3deployment.ISource{
					awss3deployment.Source_Data(jsii.String("config/app.txt"), jsii.String("topic="+*topic.TopicArn()+"\nbucket="+*b.BucketName()+"\n"), nil),
					awss3deployment.Source_JsonData(jsii.String("config/app.json"), map[string]interface{}{
						"bucket": b.BucketName(),
						"nested": map[string]interface{}{"arn": topic.TopicArn(), "port": 8080, "list": []interface{}{"a", topic.TopicName()}},
						"flag":   true,
					}, nil),
					awss3deployment.Source_JsonData(jsii.String("raw.json"), map[string]interface{}{"name": topic.TopicName()}, &awss3deployment.JsonProcessingOptions{Escape: jsii.Bool(false)}),
					awss3deployment.Source_Data(jsii.String("plain.txt"), jsii.String("no tokens here"), nil),
				},
				DestinationBucket: b,
			})
			dep.AddSource(awss3deployment.Source_Bucket(other, jsii.String("archive.zip")))
			dep.AddSource(awss3deployment.Source_Bucket(other, jsii.String("archive.zip")))
			dep.AddSource(awss3deployment.Source_Data(jsii.String("escaped.txt"), jsii.String("\""+*topic.TopicArn()+"\""), &awss3deployment.MarkersConfig{JsonEscape: jsii.Bool(true),
				// aws-cdk-lib 2.276 works the encodings out from the data and
				// ignores these, as Strata does
				MarkerEncodings: &map[string]awss3deployment.MarkerEncoding{"<<marker:0xbaba:0>>": awss3deployment.MarkerEncoding_LITERAL}}))
		},
		"Yaml": func(s awscdk.Stack) {
			b := awss3.NewBucket(s, jsii.String("Bucket"), nil)
			topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
			awss3deployment.NewBucketDeployment(s, jsii.String("Deploy"), &awss3deployment.BucketDeploymentProps{
				Sources: &[]awss3deployment.ISource{
					awss3deployment.Source_YamlData(jsii.String("config/app.yaml"), map[string]interface{}{
						"arn":    topic.TopicArn(),
						"bucket": b.BucketName(),
						"env":    map[string]interface{}{"count": 3, "debug": true, "name": jsii.String("svc-" + *topic.TopicName()), "none": nil, "ratio": 0.25},
						"lazy":   awscdk.Lazy_Any(anyProducer{map[string]interface{}{"a": 1}}, nil),
						"list":   []interface{}{"plain", "yes", "123", b.BucketArn(), map[string]interface{}{"key": "a: b"}},
						"port":   awscdk.Token_AsNumber(b.BucketName()),
					}),
					awss3deployment.Source_YamlData(jsii.String("static.yaml"), map[string]interface{}{
						"multi": "line1\nline2\n", "quoted": `say "hi"`, "version": "1.10", "9": "nine", "10": "ten",
					}),
				},
				DestinationBucket: b,
			})
		},
		"Deployed": func(s awscdk.Stack) {
			b := awss3.NewBucket(s, jsii.String("Bucket"), &awss3.BucketProps{WebsiteIndexDocument: jsii.String("index.html")})
			role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
			dep := awss3deployment.NewBucketDeployment(s, jsii.String("Deploy"), &awss3deployment.BucketDeploymentProps{
				Sources: &[]awss3deployment.ISource{site()}, DestinationBucket: b, Role: role,
				Distribution: distribution(s, true), DistributionPaths: jsii.Strings("/index.html", "/css/*"),
			})
			output(s, "DeployedArn", dep.DeployedBucket().BucketArn())
			output(s, "DeployedName", dep.DeployedBucket().BucketName())
			output(s, "DeployedWebsite", jsii.String(map[bool]string{true: "true", false: "false"}[*dep.DeployedBucket().IsWebsite()]))
			output(s, "FirstKey", awscdk.Fn_Select(jsii.Number(0), dep.ObjectKeys()))
			output(s, "HandlerRole", dep.HandlerRole().RoleArn())
			zips := awss3deployment.NewBucketDeployment(s, jsii.String("Zips"), &awss3deployment.BucketDeploymentProps{Sources: &[]awss3deployment.ISource{site()}, DestinationBucket: b, Extract: jsii.Bool(false), DestinationKeyPrefix: jsii.String("zips")})
			output(s, "VersionId", awscdk.Fn_Select(jsii.Number(0), zips.ObjectVersionIds()))
		},
	}
	cases["Substituted"] = func(s awscdk.Stack) {
		b := awss3.NewBucket(s, jsii.String("Bucket"), nil)
		f := awss3deployment.NewDeployTimeSubstitutedFile(s, jsii.String("File"), &awss3deployment.DeployTimeSubstitutedFileProps{
			Source: jsii.String("testdata/substitute.json"), DestinationBucket: b,
			Substitutions: &map[string]*string{"bucketName": b.BucketName(), "env": jsii.String("prod")},
		})
		g := awss3deployment.NewDeployTimeSubstitutedFile(s, jsii.String("Named"), &awss3deployment.DeployTimeSubstitutedFileProps{
			Source: jsii.String("testdata/substitute.json"), DestinationBucket: b, DestinationKey: jsii.String("config/app.json"),
			Substitutions: &map[string]*string{"env": jsii.String("dev")},
		})
		output(s, "Key", f.ObjectKey())
		output(s, "NamedKey", g.ObjectKey())
		output(s, "BucketArn", f.Bucket().BucketArn())
	}
	checkTemplates(t, cases, nil)
}

func TestBucketDeploymentErrors(t *testing.T) {
	none := &[]awss3deployment.ISource{}
	bucket := func(s awscdk.Stack) awss3.Bucket { return awss3.NewBucket(s, jsii.String("B"), nil) }
	cases := map[string]func(s awscdk.Stack){
		"EfsWithoutVpc": func(s awscdk.Stack) {
			awss3deployment.NewBucketDeployment(s, jsii.String("D"), &awss3deployment.BucketDeploymentProps{Sources: none, DestinationBucket: bucket(s), UseEfs: jsii.Bool(true)})
		},
		"SubstitutedMissingFile": func(s awscdk.Stack) {
			awss3deployment.NewDeployTimeSubstitutedFile(s, jsii.String("F"), &awss3deployment.DeployTimeSubstitutedFileProps{Source: jsii.String("nope.txt"), DestinationBucket: bucket(s), Substitutions: &map[string]*string{}})
		},
		"PathsWithoutDistribution": func(s awscdk.Stack) {
			awss3deployment.NewBucketDeployment(s, jsii.String("D"), &awss3deployment.BucketDeploymentProps{Sources: none, DestinationBucket: bucket(s), DistributionPaths: jsii.Strings("/a")})
		},
		"PathWithoutSlash": func(s awscdk.Stack) {
			awss3deployment.NewBucketDeployment(s, jsii.String("D"), &awss3deployment.BucketDeploymentProps{Sources: none, DestinationBucket: bucket(s), DistributionPaths: jsii.Strings("a"), Distribution: distribution(s, false)})
		},
		"FileAsset": func(s awscdk.Stack) {
			awss3deployment.NewBucketDeployment(s, jsii.String("D"), &awss3deployment.BucketDeploymentProps{Sources: &[]awss3deployment.ISource{awss3deployment.Source_Asset(jsii.String("testdata/site/index.html"), nil)}, DestinationBucket: bucket(s)})
		},
		"LongPrefix": func(s awscdk.Stack) {
			awss3deployment.NewBucketDeployment(s, jsii.String("D"), &awss3deployment.BucketDeploymentProps{Sources: none, DestinationBucket: bucket(s), DestinationKeyPrefix: jsii.String(strings.Repeat("p", 110))})
		},
		"MarkersWithoutExtract": func(s awscdk.Stack) {
			b := bucket(s)
			awss3deployment.NewBucketDeployment(s, jsii.String("D"), &awss3deployment.BucketDeploymentProps{Sources: &[]awss3deployment.ISource{awss3deployment.Source_Data(jsii.String("a.txt"), b.BucketName(), nil)}, DestinationBucket: b, Extract: jsii.Bool(false)})
		},
		"DataOutsideRoot": func(s awscdk.Stack) {
			awss3deployment.NewBucketDeployment(s, jsii.String("D"), &awss3deployment.BucketDeploymentProps{Sources: &[]awss3deployment.ISource{awss3deployment.Source_Data(jsii.String("../x.txt"), jsii.String("x"), nil)}, DestinationBucket: bucket(s)})
		},
		"VersionIdsWithExtract": func(s awscdk.Stack) {
			awss3deployment.NewBucketDeployment(s, jsii.String("D"), &awss3deployment.BucketDeploymentProps{Sources: none, DestinationBucket: bucket(s)}).ObjectVersionIds()
		},
	}
	checkErrors(t, cases, nil)
}

type anyProducer struct{ v interface{} }

func (p anyProducer) Produce() interface{} { return p.v }

// Source_YamlData with a nil object deploys an empty document (aws-cdk-lib's
// undefined) instead of crashing.
func TestYamlDataNil(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		awss3deployment.NewBucketDeployment(s, jsii.String("D"), &awss3deployment.BucketDeploymentProps{
			Sources:           &[]awss3deployment.ISource{awss3deployment.Source_YamlData(jsii.String("empty.yaml"), nil)},
			DestinationBucket: awss3.NewBucket(s, jsii.String("B"), nil),
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}
