package awskinesisfirehose_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	fh "github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// synthStack builds one stack "S" and returns its template's resources.
func synthStack(t *testing.T, build func(s awscdk.Stack)) map[string]map[string]interface{} {
	t.Helper()
	ctx := cdkctx.InitContext()
	dir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(dir)})
	build(awscdk.NewStack(app, jsii.String("S"), nil))
	app.Synth(nil)
	b, err := os.ReadFile(filepath.Join(dir, "S.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Resources map[string]map[string]interface{}
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Resources
}

// Nil props and arguments behave as aws-cdk-lib's undefined where they are
// optional, and are user errors (never Go panic traces) where required.
func TestNilArguments(t *testing.T) {
	ok := map[string]func(s awscdk.Stack){
		"S3BucketNilProps": func(s awscdk.Stack) {
			fh.NewDeliveryStream(s, jsii.String("DS"), &fh.DeliveryStreamProps{Destination: fh.NewS3Bucket(bucket(s, "B"), nil)})
		},
		"NilOptions": func(s awscdk.Stack) {
			fh.NewDeliveryStream(s, jsii.String("DS"), &fh.DeliveryStreamProps{Destination: fh.NewS3Bucket(bucket(s, "B"), &fh.S3BucketProps{
				Processors: &[]fh.IDataProcessor{fh.NewDecompressionProcessor(nil), fh.NewCloudWatchLogProcessor(&fh.CloudWatchLogProcessorOptions{DataMessageExtraction: jsii.Bool(true)})},
			}), Encryption: fh.StreamEncryption_CustomerManagedKey(nil)})
			fh.NewOpenXJsonInputFormat(nil).CreateInputFormatConfig()
			fh.NewHiveJsonInputFormat(nil).CreateInputFormatConfig()
			fh.NewParquetOutputFormat(nil).CreateOutputFormatConfig()
			fh.NewOrcOutputFormat(nil).CreateOutputFormatConfig()
			fh.Compression_Of(nil).Value()
		},
	}
	for name, build := range ok {
		t.Run(name, func(t *testing.T) {
			if err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) }); err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
		})
	}
	bad := map[string]struct {
		build func(s awscdk.Stack)
		want  string
	}{
		"DeliveryStreamProps": {func(s awscdk.Stack) { fh.NewDeliveryStream(s, jsii.String("DS"), nil) }, "[S/DS] DeliveryStreamProps needs props"},
		"Destination":         {func(s awscdk.Stack) { fh.NewDeliveryStream(s, jsii.String("DS"), &fh.DeliveryStreamProps{}) }, "[S/DS] DeliveryStreamProps needs props (Destination is required)"},
		"Attributes":          {func(s awscdk.Stack) { fh.DeliveryStream_FromDeliveryStreamAttributes(s, jsii.String("I"), nil) }, "[S] Either deliveryStreamName or deliveryStreamArn"},
		"Bucket":              {func(s awscdk.Stack) { fh.NewS3Bucket(nil, nil) }, "NewS3Bucket needs a bucket"},
		"HttpProps":           {func(s awscdk.Stack) { fh.NewHttpEndpoint(nil) }, "NewHttpEndpoint needs props"},
		"Datadog":             {func(s awscdk.Stack) { fh.NewDatadog(&fh.DatadogProps{}) }, "NewDatadog needs props"},
		"Stream":              {func(s awscdk.Stack) { fh.NewKinesisStreamSource(nil) }, "NewKinesisStreamSource needs a stream"},
		"Function":            {func(s awscdk.Stack) { fh.NewLambdaFunctionProcessor(nil, nil) }, "NewLambdaFunctionProcessor needs a function"},
		"CloudWatch":          {func(s awscdk.Stack) { fh.NewCloudWatchLogProcessor(nil) }, "dataMessageExtraction must be true."},
		"Metadata":            {func(s awscdk.Stack) { fh.NewMetadataExtractionProcessor(nil, nil) }, "NewMetadataExtractionProcessor needs options"},
		"Deagg":               {func(s awscdk.Stack) { fh.NewRecordDeAggregationProcessor(nil) }, "NewRecordDeAggregationProcessor needs options"},
		"Query":               {func(s awscdk.Stack) { fh.MetadataExtractionProcessor_Jq16(nil) }, "should not be empty"},
		"Table":               {func(s awscdk.Stack) { fh.SchemaConfiguration_FromCfnTable(nil, nil) }, "needs a table"},
	}
	for name, c := range bad {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// ownSource is a source aws-cdk-lib does not define: Firehose cannot bind it.
type ownSource struct{}

func (ownSource) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	return awsiam.Grant_Drop(grantee, jsii.String("read"))
}

func TestOwnSourceIsAClearError(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		fh.NewDeliveryStream(s, jsii.String("DS"), &fh.DeliveryStreamProps{Destination: fh.NewS3Bucket(bucket(s, "B"), nil), Source: ownSource{}})
	})
	if err == nil || !strings.Contains(err.Error(), "[S/DS] source must be a KinesisStreamSource") {
		t.Fatalf("error %v", err)
	}
}

// ownDestination is a destination written in Go: its configuration and
// dependables are used as they are.
type ownDestination struct{ bucket awss3.IBucket }

func (d ownDestination) Bind(scope constructs.Construct, _ *fh.DestinationBindOptions) *fh.DestinationConfig {
	role := awsiam.NewRole(scope, jsii.String("Own"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("firehose.amazonaws.com"), nil)})
	return &fh.DestinationConfig{
		ExtendedS3DestinationConfiguration: &fh.CfnDeliveryStream_ExtendedS3DestinationConfigurationProperty{
			BucketArn: d.bucket.BucketArn(), RoleArn: role.RoleArn(), Prefix: jsii.String("own/"),
		},
		Dependables: &[]constructs.IDependable{role},
	}
}

func TestOwnDestination(t *testing.T) {
	res := synthStack(t, func(s awscdk.Stack) {
		fh.NewDeliveryStream(s, jsii.String("DS"), &fh.DeliveryStreamProps{Destination: ownDestination{bucket(s, "B")}})
	})
	r := res["DS86E6B456"]
	if r == nil {
		t.Fatalf("no delivery stream in %v", res)
	}
	cfg := r["Properties"].(map[string]interface{})["ExtendedS3DestinationConfiguration"].(map[string]interface{})
	if cfg["Prefix"] != "own/" {
		t.Errorf("prefix = %v", cfg["Prefix"])
	}
	if deps, _ := r["DependsOn"].([]interface{}); len(deps) != 1 || !strings.HasPrefix(deps[0].(string), "DSOwn") {
		t.Errorf("DependsOn = %v, want the destination's role", r["DependsOn"])
	}
}

type myStream struct {
	fh.DeliveryStream
}

// NewDeliveryStream_Override fills a user's struct that embeds DeliveryStream.
func TestOverride(t *testing.T) {
	var m *myStream
	res := synthStack(t, func(s awscdk.Stack) {
		m = &myStream{}
		fh.NewDeliveryStream_Override(m, s, jsii.String("DS"), &fh.DeliveryStreamProps{Destination: fh.NewS3Bucket(bucket(s, "B"), nil)})
		if m.DeliveryStream == nil || m.Node().Path() == nil || *m.Node().Path() != "S/DS" {
			t.Fatalf("override did not fill the struct")
		}
		m.GrantPutRecords(awsiam.NewAccountRootPrincipal())
	})
	if res["DS86E6B456"]["Type"] != "AWS::KinesisFirehose::DeliveryStream" {
		t.Errorf("no delivery stream: %v", res)
	}
}

// A stack in a region without a Firehose CIDR block cannot have a delivery
// stream, as in aws-cdk-lib (whose message and path this is).
func TestRegionWithoutCidrBlock(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Region: jsii.String("mx-central-1")}})
		fh.NewDeliveryStream(s, jsii.String("DS"), &fh.DeliveryStreamProps{Destination: fh.NewS3Bucket(bucket(s, "B"), nil)})
	})
	// (The core's CfnMapping writes "mapping" where aws-cdk-lib writes "Mapping".)
	want := "[S/@aws-cdk--aws-kinesisfirehose.CidrBlocks] mapping doesn't contain top-level key 'mx-central-1'"
	if err == nil || !strings.Contains(strings.ToLower(err.Error()), strings.ToLower(want)) {
		t.Fatalf("error %v, want %q", err, want)
	}
}

// Apps built at once in several goroutines synthesize the same template:
// nothing is shared between them.
func TestParallelApps(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "Default.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	const n = 4
	got := make([][]byte, n)
	errs := make([]error, n)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer func() {
				if r := recover(); r != nil {
					errs[i] = r.(error)
				}
				done <- i
			}()
			ctx := cdkctx.InitContext()
			dir := t.TempDir()
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(dir)})
			templateCases["Default"](awscdk.NewStack(app, jsii.String("Default"), nil))
			app.Synth(nil)
			got[i], errs[i] = os.ReadFile(filepath.Join(dir, "Default.template.json"))
		}(i)
	}
	for i := 0; i < n; i++ {
		<-done
	}
	for i := 0; i < n; i++ {
		if errs[i] != nil {
			t.Fatalf("app %d: %v", i, errs[i])
		}
		if string(got[i]) != string(want) {
			t.Errorf("app %d differs from aws-cdk-lib's template:\n%s", i, golden.JSONDiff(want, got[i]))
		}
	}
}
