package awsefs_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsefs"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func vpc(s awscdk.Stack) awsec2.Vpc {
	return awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false)})
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func lambdaRole(s awscdk.Stack) awsiam.Role {
	return awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		fs := awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s)})
		out(s, "Id", fs.FileSystemId())
		out(s, "Arn", fs.FileSystemArn())
	},
	"AllProps": func(s awscdk.Stack) {
		v := vpc(s)
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		sg := awsec2.NewSecurityGroup(s, jsii.String("Sg"), &awsec2.SecurityGroupProps{Vpc: v})
		awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{
			Vpc:                            v,
			Encrypted:                      jsii.Bool(true),
			KmsKey:                         key,
			FileSystemName:                 jsii.String("shared"),
			LifecyclePolicy:                awsefs.LifecyclePolicy_AFTER_14_DAYS,
			OutOfInfrequentAccessPolicy:    awsefs.OutOfInfrequentAccessPolicy_AFTER_1_ACCESS,
			TransitionToArchivePolicy:      awsefs.LifecyclePolicy_AFTER_90_DAYS,
			PerformanceMode:                awsefs.PerformanceMode_GENERAL_PURPOSE,
			ThroughputMode:                 awsefs.ThroughputMode_PROVISIONED,
			ProvisionedThroughputPerSecond: awscdk.Size_Mebibytes(jsii.Number(128)),
			RemovalPolicy:                  awscdk.RemovalPolicy_DESTROY,
			EnableAutomaticBackups:         jsii.Bool(true),
			SecurityGroup:                  sg,
			VpcSubnets:                     &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
			ReplicationOverwriteProtection: awsefs.ReplicationOverwriteProtection_ENABLED,
			AllowAnonymousAccess:           jsii.Bool(true),
		})
		awsefs.NewFileSystem(s, jsii.String("MaxIo"), &awsefs.FileSystemProps{Vpc: v, PerformanceMode: awsefs.PerformanceMode_MAX_IO,
			ThroughputMode: awsefs.ThroughputMode_BURSTING, Encrypted: jsii.Bool(false)})
		awsefs.NewFileSystem(s, jsii.String("Elastic"), &awsefs.FileSystemProps{Vpc: v, ThroughputMode: awsefs.ThroughputMode_ELASTIC})
	},
	"OneZone": func(s awscdk.Stack) {
		v := vpc(s)
		awsefs.NewFileSystem(s, jsii.String("First"), &awsefs.FileSystemProps{Vpc: v, OneZone: jsii.Bool(true)})
		awsefs.NewFileSystem(s, jsii.String("Chosen"), &awsefs.FileSystemProps{Vpc: v, OneZone: jsii.Bool(true),
			VpcSubnets: &awsec2.SubnetSelection{AvailabilityZones: jsii.Strings("us-east-1b")}})
	},
	"Replication": func(s awscdk.Stack) {
		v := vpc(s)
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		dest := awsefs.NewFileSystem(s, jsii.String("Dest"), &awsefs.FileSystemProps{Vpc: v, ReplicationOverwriteProtection: awsefs.ReplicationOverwriteProtection_DISABLED})
		awsefs.NewFileSystem(s, jsii.String("Regional"), &awsefs.FileSystemProps{Vpc: v,
			ReplicationConfiguration: awsefs.ReplicationConfiguration_RegionalFileSystem(jsii.String("us-west-2"), key)})
		awsefs.NewFileSystem(s, jsii.String("RegionalDefault"), &awsefs.FileSystemProps{Vpc: v,
			ReplicationConfiguration: awsefs.ReplicationConfiguration_RegionalFileSystem(nil, nil)})
		awsefs.NewFileSystem(s, jsii.String("OneZoneDest"), &awsefs.FileSystemProps{Vpc: v,
			ReplicationConfiguration: awsefs.ReplicationConfiguration_OneZoneFileSystem(jsii.String("us-east-1"), jsii.String("us-east-1a"), key)})
		awsefs.NewFileSystem(s, jsii.String("Existing"), &awsefs.FileSystemProps{Vpc: v,
			ReplicationConfiguration: awsefs.ReplicationConfiguration_ExistingFileSystem(dest)})
	},
	"Policy": func(s awscdk.Stack) {
		v := vpc(s)
		role := lambdaRole(s)
		fs := awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: v,
			FileSystemPolicy: awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{
				awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("elasticfilesystem:ClientMount"),
					Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()}, Resources: jsii.Strings("*")}),
			}}),
		})
		fs.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("elasticfilesystem:DescribeMountTargets"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewArnPrincipal(jsii.String("arn:aws:iam::123456789012:root"))}}))
		fs.GrantRead(role)
		fs.GrantReadWrite(role)
		fs.GrantRootAccess(role)
		fs.Grant(role, jsii.String("elasticfilesystem:Backup"))
		fs.Connections().AllowDefaultPortFrom(awsec2.Peer_Ipv4(jsii.String("10.0.0.0/16")), nil)
		open := awsefs.NewFileSystem(s, jsii.String("Open"), &awsefs.FileSystemProps{Vpc: v, AllowAnonymousAccess: jsii.Bool(true)})
		open.GrantRead(role)
		granted := awsefs.NewFileSystem(s, jsii.String("Granted"), &awsefs.FileSystemProps{Vpc: v, AllowAnonymousAccess: jsii.Bool(false)})
		out(s, "Dep", jsii.String(fmt.Sprint(granted.MountTargetsAvailable() != nil)))
	},
	"AccessPoints": func(s awscdk.Stack) {
		v := vpc(s)
		fs := awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: v})
		ap := fs.AddAccessPoint(jsii.String("Ap"), &awsefs.AccessPointOptions{
			Path:        jsii.String("/export/lambda"),
			CreateAcl:   &awsefs.Acl{OwnerGid: jsii.String("1001"), OwnerUid: jsii.String("1001"), Permissions: jsii.String("750")},
			PosixUser:   &awsefs.PosixUser{Gid: jsii.String("1001"), Uid: jsii.String("1001"), SecondaryGids: jsii.Strings("1002")},
			ClientToken: jsii.String("token"),
		})
		awsefs.NewAccessPoint(s, jsii.String("Standalone"), &awsefs.AccessPointProps{FileSystem: fs})
		fs.AddAccessPoint(jsii.String("Bare"), nil)
		out(s, "ApId", ap.AccessPointId())
		out(s, "ApArn", ap.AccessPointArn())
		out(s, "ApFs", ap.FileSystem().FileSystemId())
		byID := awsefs.AccessPoint_FromAccessPointId(s, jsii.String("ById"), jsii.String("fsap-0123456789abcdef0"))
		byArn := awsefs.AccessPoint_FromAccessPointAttributes(s, jsii.String("ByArn"), &awsefs.AccessPointAttributes{
			AccessPointArn: jsii.String("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef1"), FileSystem: fs})
		out(s, "ByIdOut", byID.AccessPointArn())
		out(s, "ByArnOut", byArn.AccessPointId())
		sg := awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("ImportedSg"), jsii.String("sg-0123456789abcdef0"), nil)
		imported := awsefs.FileSystem_FromFileSystemAttributes(s, jsii.String("Imported"), &awsefs.FileSystemAttributes{
			FileSystemId: jsii.String("fs-0123456789abcdef0"), SecurityGroup: sg})
		importedArn := awsefs.FileSystem_FromFileSystemAttributes(s, jsii.String("ImportedArn"), &awsefs.FileSystemAttributes{
			FileSystemArn: jsii.String("arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef1"), SecurityGroup: sg})
		role := lambdaRole(s)
		imported.GrantReadWrite(role)
		out(s, "ImportedArnOut", imported.FileSystemArn())
		out(s, "ImportedIdOut", importedArn.FileSystemId())
		added := imported.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("x:y")})).StatementAdded
		out(s, "Added", jsii.String(fmt.Sprint(*added)))
		awsefs.NewAccessPoint(s, jsii.String("OnImported"), &awsefs.AccessPointProps{FileSystem: imported, Path: jsii.String("/data")})
	},
	"Lambda": func(s awscdk.Stack) {
		v := vpc(s)
		fs := awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: v, RemovalPolicy: awscdk.RemovalPolicy_DESTROY})
		ap := fs.AddAccessPoint(jsii.String("Ap"), &awsefs.AccessPointOptions{Path: jsii.String("/export/lambda"),
			CreateAcl: &awsefs.Acl{OwnerGid: jsii.String("1001"), OwnerUid: jsii.String("1001"), Permissions: jsii.String("750")},
			PosixUser: &awsefs.PosixUser{Gid: jsii.String("1001"), Uid: jsii.String("1001")}})
		fn := awslambda.NewFunction(s, jsii.String("Fn"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: jsii.String("index.handler"),
			Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => {}")),
			Vpc:  v, Filesystem: awslambda.FileSystem_FromEfsAccessPoint(ap, jsii.String("/mnt/msg"))})
		fs.Connections().AllowDefaultPortFrom(fn, nil)
	},
}

func TestTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "OneZone" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}}
		}
		return nil
	})
}

func importSg(s awscdk.Stack) awsec2.ISecurityGroup {
	return awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("Sg"), jsii.String("sg-1"), nil)
}

var errorCases = map[string]func(s awscdk.Stack){
	"MaxIoOneZone": func(s awscdk.Stack) {
		awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s), OneZone: jsii.Bool(true), PerformanceMode: awsefs.PerformanceMode_MAX_IO})
	},
	"ProvisionedWithoutThroughput": func(s awscdk.Stack) {
		awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s), ThroughputMode: awsefs.ThroughputMode_PROVISIONED})
	},
	"ElasticMaxIo": func(s awscdk.Stack) {
		awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s), ThroughputMode: awsefs.ThroughputMode_ELASTIC, PerformanceMode: awsefs.PerformanceMode_MAX_IO})
	},
	"ReplicationProtectionDisabled": func(s awscdk.Stack) {
		awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s),
			ReplicationConfiguration:       awsefs.ReplicationConfiguration_RegionalFileSystem(jsii.String("us-west-2"), nil),
			ReplicationOverwriteProtection: awsefs.ReplicationOverwriteProtection_DISABLED})
	},
	"OneZoneSubnetsWithoutAz": func(s awscdk.Stack) {
		awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s), OneZone: jsii.Bool(true), VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}})
	},
	"OneZoneTwoAzs": func(s awscdk.Stack) {
		awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s), OneZone: jsii.Bool(true), VpcSubnets: &awsec2.SubnetSelection{AvailabilityZones: jsii.Strings("a", "b")}})
	},
	"ImportBoth": func(s awscdk.Stack) {
		awsefs.FileSystem_FromFileSystemAttributes(s, jsii.String("Fs"), &awsefs.FileSystemAttributes{FileSystemId: jsii.String("fs-1"),
			FileSystemArn: jsii.String("arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1"), SecurityGroup: importSg(s)})
	},
	"ImportNeither": func(s awscdk.Stack) {
		awsefs.FileSystem_FromFileSystemAttributes(s, jsii.String("Fs"), &awsefs.FileSystemAttributes{SecurityGroup: importSg(s)})
	},
	"ImportBadArn": func(s awscdk.Stack) {
		awsefs.FileSystem_FromFileSystemAttributes(s, jsii.String("Fs"), &awsefs.FileSystemAttributes{
			FileSystemArn: jsii.String("arn:aws:elasticfilesystem:us-east-1:123456789012:file-system"), SecurityGroup: importSg(s)})
	},
	"ClientTokenTooLong": func(s awscdk.Stack) {
		awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s)}).AddAccessPoint(jsii.String("Ap"),
			&awsefs.AccessPointOptions{ClientToken: jsii.String(strings.Repeat("x", 65))})
	},
	"ClientTokenEmpty": func(s awscdk.Stack) {
		awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s)}).AddAccessPoint(jsii.String("Ap"),
			&awsefs.AccessPointOptions{ClientToken: jsii.String("")})
	},
	"ApImportBoth": func(s awscdk.Stack) {
		awsefs.AccessPoint_FromAccessPointAttributes(s, jsii.String("Ap"), &awsefs.AccessPointAttributes{AccessPointId: jsii.String("fsap-1"),
			AccessPointArn: jsii.String("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-1")})
	},
	"ApImportNeither": func(s awscdk.Stack) {
		awsefs.AccessPoint_FromAccessPointAttributes(s, jsii.String("Ap"), &awsefs.AccessPointAttributes{})
	},
	"ApImportBadArn": func(s awscdk.Stack) {
		awsefs.AccessPoint_FromAccessPointAttributes(s, jsii.String("Ap"), &awsefs.AccessPointAttributes{
			AccessPointArn: jsii.String("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point")})
	},
	"ApNoFileSystem": func(s awscdk.Stack) {
		awsefs.AccessPoint_FromAccessPointId(s, jsii.String("Ap"), jsii.String("fsap-1")).FileSystem()
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases, nil) }

// Nil props: a file system needs a VPC, an access point a file system;
// both fail with the construct path rather than a Go panic trace.
func TestNilProps(t *testing.T) {
	for name, build := range map[string]func(s awscdk.Stack){
		"FileSystem":  func(s awscdk.Stack) { awsefs.NewFileSystem(s, jsii.String("Fs"), nil) },
		"AccessPoint": func(s awscdk.Stack) { awsefs.NewAccessPoint(s, jsii.String("Ap"), nil) },
		"Import":      func(s awscdk.Stack) { awsefs.FileSystem_FromFileSystemAttributes(s, jsii.String("Fs"), nil) },
	} {
		err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
		if err == nil || !strings.Contains(err.Error(), "S/") {
			t.Errorf("%s: got %v, want an error naming the path", name, err)
		}
	}
	err := synthErr(t, func(app awscdk.App) {
		awsefs.AccessPoint_FromAccessPointAttributes(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("Ap"), nil)
	})
	if err == nil || !strings.Contains(err.Error(), "[S/Ap] One of accessPointId or AccessPointArn is required!") {
		t.Errorf("nil attributes: got %v", err)
	}
}

// A file system used from another stack: weak references under the init flags.
func TestCrossStack(t *testing.T) {
	golden.CheckApp(t, []string{"CrossFs", "CrossUse"}, func(app awscdk.App) {
		env := &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}
		a := awscdk.NewStack(app, jsii.String("CrossFs"), &awscdk.StackProps{Env: env})
		fs := awsefs.NewFileSystem(a, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(a)})
		b := awscdk.NewStack(app, jsii.String("CrossUse"), &awscdk.StackProps{Env: env})
		ap := awsefs.NewAccessPoint(b, jsii.String("Ap"), &awsefs.AccessPointProps{FileSystem: fs, Path: jsii.String("/shared")})
		role := lambdaRole(b)
		fs.GrantReadWrite(role)
		out(b, "ApArn", ap.AccessPointArn())
		out(b, "FsArn", fs.FileSystemArn())
	}, nil)
}

// Legacy: the CLI's context (path metadata, version reporting) over a
// cdk.json without the EFS flags: numbered mount targets and anonymous
// access allowed unless a client grant was made.
func TestLegacyFlags(t *testing.T) {
	ctx := cdkctx.InitContext()
	for k, v := range cdkctx.CLIContext() {
		ctx[k] = v
	}
	ctx["@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId"] = false
	ctx["@aws-cdk/aws-efs:denyAnonymousAccess"] = false
	dir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(dir)})
	s := awscdk.NewStack(app, jsii.String("Legacy"), nil)
	fs := awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc(s)})
	fs.AddAccessPoint(jsii.String("Ap"), nil)
	role := lambdaRole(s)
	v := s.Node().FindChild(jsii.String("Vpc")).(awsec2.IVpc)
	awsefs.NewFileSystem(s, jsii.String("Granted"), &awsefs.FileSystemProps{Vpc: v}).GrantRead(role)
	app.Synth(nil)
	got, err := os.ReadFile(filepath.Join(dir, "Legacy.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "Legacy.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Strata reports itself in CDKMetadata's analytics string, by design.
	analytics := regexp.MustCompile(`"Analytics": "[^"]*"`)
	want = analytics.ReplaceAll(want, analytics.Find(got))
	if string(got) != string(want) {
		t.Errorf("Legacy.template.json differs from aws-cdk-lib's:\n%s", golden.JSONDiff(want, got))
	}
}
