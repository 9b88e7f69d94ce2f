package assetmeta_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/assetmeta"
	"github.com/strata-cdk/strata/jsii"
)

func TestAddResourceMetadata(t *testing.T) {
	for _, enabled := range []bool{true, false} {
		ctx := map[string]interface{}{"aws:cdk:enable-asset-metadata": enabled}
		app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(t.TempDir(), "out")), Context: &ctx})
		stack := awscdk.NewStack(app, jsii.String("S"), nil)
		staging := awscdk.NewAssetStaging(stack, jsii.String("Code"), &awscdk.AssetStagingProps{SourcePath: jsii.String("../../awscdk/testdata/assets/sample.txt")})
		fn := awscdk.NewCfnResource(stack, jsii.String("Fn"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::Lambda::Function")})
		assetmeta.AddForStaging(fn, staging, false, "Code")
		tmpl := app.Synth(nil).GetStackArtifact(jsii.String("S")).Template()
		b, _ := json.Marshal(tmpl.(map[string]interface{})["Resources"].(map[string]interface{})["Fn"])
		want := `{"Type":"AWS::Lambda::Function"}`
		if enabled {
			want = `{"Metadata":{"aws:asset:is-bundled":false,"aws:asset:path":"asset.1926de308347341c21d4c61834395473d41e77a6bf64bdb640c75df449f37dda.txt","aws:asset:property":"Code"},"Type":"AWS::Lambda::Function"}`
		}
		if string(b) != want {
			t.Errorf("enabled=%v: resource %s, want %s", enabled, b, want)
		}
	}
}
