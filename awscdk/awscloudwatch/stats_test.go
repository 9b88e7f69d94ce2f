package awscloudwatch_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	cw "github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/jsii"
)

// The Stats helpers and the statistic a Metric keeps are aws-cdk-lib's:
// compared with what node computes with aws-cdk-lib (skipped without node).
func TestStats(t *testing.T) {
	got := []string{
		*cw.Stats_Percentile(jsii.Number(99.9)), *cw.Stats_P(jsii.Number(50)),
		*cw.Stats_TrimmedMean(jsii.Number(10), jsii.Number(90)), *cw.Stats_Tm(jsii.Number(5), nil),
		*cw.Stats_WinsorizedMean(jsii.Number(1), jsii.Number(99)), *cw.Stats_Wm(jsii.Number(80), nil),
		*cw.Stats_TrimmedCount(jsii.Number(0), jsii.Number(100)), *cw.Stats_Tc(jsii.Number(70), nil),
		*cw.Stats_TrimmedSum(jsii.Number(20), jsii.Number(30)), *cw.Stats_Ts(jsii.Number(90), nil),
		*cw.Stats_PercentileRank(jsii.Number(100), nil), *cw.Stats_Pr(jsii.Number(10), jsii.Number(200)),
		*cw.Stats_SAMPLE_COUNT(), *cw.Stats_AVERAGE(), *cw.Stats_SUM(), *cw.Stats_MINIMUM(), *cw.Stats_MAXIMUM(), *cw.Stats_IQM(),
	}
	inputs := []string{"avg", "Minimum", "n", "P99", "TM(10%:90%)", "tm(10%:90%)", "pr(:300)", "PR(10:)", "wm99", "iqm", "p101", "TM(10:90%)", "foo"}
	for _, in := range inputs {
		got = append(got, *cw.NewMetric(&cw.MetricProps{Namespace: jsii.String("N"), MetricName: jsii.String("M"), Statistic: jsii.String(in)}).Statistic())
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	script := `const cw = require('aws-cdk-lib/aws-cloudwatch'); const S = cw.Stats;
const out = [S.percentile(99.9), S.p(50), S.trimmedMean(10, 90), S.tm(5), S.winsorizedMean(1, 99), S.wm(80),
  S.trimmedCount(0, 100), S.tc(70), S.trimmedSum(20, 30), S.ts(90), S.percentileRank(100), S.pr(10, 200),
  S.SAMPLE_COUNT, S.AVERAGE, S.SUM, S.MINIMUM, S.MAXIMUM, S.IQM];
for (const s of ` + mustJSONString(inputs) + `) out.push(new cw.Metric({ namespace: 'N', metricName: 'M', statistic: s }).statistic);
console.log(JSON.stringify(out));`
	cmd := exec.Command("node", "-e", script)
	home, _ := os.UserHomeDir()
	cmd.Env = append(cmd.Environ(), "NODE_PATH="+filepath.Join(home, ".cache/strata-parity/aws-cdk-lib-2.276.0/node_modules"))
	b, err := cmd.Output()
	if err != nil {
		t.Skipf("aws-cdk-lib not resolvable: %v", err)
	}
	var want []string
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if g := mustJSONString(got); g != mustJSONString(want) {
		t.Errorf("got  %s\nwant %s", g, mustJSONString(want))
	}
}

func mustJSONString(v interface{}) string {
	b, _ := json.Marshal(v)
	return string(b)
}
