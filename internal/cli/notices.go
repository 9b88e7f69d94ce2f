package cli

import (
	"fmt"
	"math"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/toolkit"
)

// ackKey is the context key that holds acknowledged notice ids, as the CDK
// CLI records them in cdk.context.json.
const ackKey = "acknowledged-issue-numbers"

type noticesArgs struct {
	*globalArgs
	Unacknowledged bool
}

func newNoticesCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := noticesArgs{globalArgs: g}
	c := &cobra.Command{
		Use:   "notices",
		Short: "Show relevant notices (strata is offline: there are none to show)",
		Long: "Show the CDK notices that concern this app. strata does not reach the CDK\n" +
			"notices service, so there are never any to show; `strata acknowledge ID`\n" +
			"still records an id in cdk.context.json as the CDK CLI does.",
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, pos []string) error {
			if a.JSON {
				return writeJSON(stdio.Stdout, []interface{}{})
			}
			fmt.Fprintln(stdio.Stdout, "There are no notices to show: strata does not reach the CDK notices service.")
			return nil
		},
	}
	c.Flags().BoolVarP(&a.Unacknowledged, "unacknowledged", "u", false, "only notices not acknowledged yet")
	return c
}

func newAcknowledgeCmd(g *globalArgs, stdio IO) *cobra.Command {
	return &cobra.Command{
		Use:     "acknowledge ID",
		Aliases: []string{"ack"},
		Short:   "Acknowledge a notice so that it does not show up anymore",
		Long: "Record a notice id in cdk.context.json's \"acknowledged-issue-numbers\", as\n" +
			"`cdk acknowledge` does, so that tools reading the project skip that notice.",
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, pos []string) error {
			return runAcknowledge(g, pos[0])
		},
	}
}

func runAcknowledge(g *globalArgs, id string) error {
	n, err := strconv.ParseFloat(id, 64)
	if err != nil || n != math.Trunc(n) || math.IsInf(n, 0) {
		return fmt.Errorf("Invalid notice ID '%s': 'strata acknowledge' only accepts numeric notice IDs (e.g. 'strata acknowledge 12345'). "+
			"Scoped construct warnings such as '@aws-cdk/aws-ecs:minHealthyPercent' are acknowledged in code with "+
			"Annotations_Of(scope).AcknowledgeWarning(\"<id>\", nil).", id)
	}
	p, err := g.project()
	if err != nil {
		return err
	}
	// Kept as the CDK CLI keeps them: a set in first-acknowledged order.
	var acks []interface{}
	seen := map[float64]bool{}
	prev, _ := p.Context(toolkit.ContextOptions{})[ackKey].([]interface{})
	for _, v := range append(prev, n) {
		f, ok := v.(float64)
		if !ok {
			acks = append(acks, v)
			continue
		}
		if !seen[f] {
			seen[f] = true
			acks = append(acks, v)
		}
	}
	return p.SaveContext([]string{ackKey}, map[string]interface{}{ackKey: acks})
}
