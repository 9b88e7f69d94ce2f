package niltest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

type vpcInjector struct{}

func (vpcInjector) ConstructUniqueId() *string { return awsec2.Vpc_PROPERTY_INJECTION_ID() }
func (vpcInjector) Inject(p interface{}, _ *awscdk.InjectionContext) interface{} {
	props := p.(*awsec2.VpcProps)
	props.MaxAzs = jsii.Number(1)
	props.NatGateways = jsii.Number(0)
	return props
}

type tableInjector struct{}

func (tableInjector) ConstructUniqueId() *string { return awsdynamodb.Table_PROPERTY_INJECTION_ID() }
func (tableInjector) Inject(p interface{}, _ *awscdk.InjectionContext) interface{} {
	props := p.(*awsdynamodb.TableProps)
	props.TableName = s("injected")
	return props
}

// TestInjectorsBeyondTheFirstWave: property injectors reach L2s of the later
// waves too (a VPC and a table here), as aws-cdk-lib's propertyInjectable
// constructors do.
func TestInjectorsBeyondTheFirstWave(t *testing.T) {
	ctx := cdkctx.InitContext()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: s(t.TempDir()), Context: &ctx,
		PropertyInjectors: &[]awscdk.IPropertyInjector{vpcInjector{}, tableInjector{}}})
	st := awscdk.NewStack(app, s("S"), nil)
	awsec2.NewVpc(st, s("Vpc"), nil)
	awsdynamodb.NewTable(st, s("T"), &awsdynamodb.TableProps{
		PartitionKey: &awsdynamodb.Attribute{Name: s("pk"), Type: awsdynamodb.AttributeType_STRING}})
	asm := app.Synth(nil)
	raw, err := os.ReadFile(filepath.Join(*asm.Directory(), "S.template.json"))
	if err != nil {
		t.Fatal(err)
	}
	b := string(raw)
	if strings.Contains(b, "AWS::EC2::NatGateway") || strings.Count(b, `"Type": "AWS::EC2::Subnet"`) != 2 {
		t.Errorf("VPC injector not applied (want 1 AZ, no NAT):\n%s", b)
	}
	if !strings.Contains(b, `"TableName": "injected"`) {
		t.Errorf("table injector not applied")
	}
}
