package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// validationReport is the part of an assembly's validation-report.json
// (aws-cdk-lib's format, which Strata writes) that synth prints.
type validationReport struct {
	PluginReports []struct {
		PluginName    string              `json:"pluginName"`
		PluginVersion string              `json:"pluginVersion"`
		Conclusion    string              `json:"conclusion"`
		Violations    []validationFinding `json:"violations"`
		Suppressed    []validationFinding `json:"suppressedViolations"`
	} `json:"pluginReports"`
}

type validationFinding struct {
	RuleName    string `json:"ruleName"`
	Description string `json:"description"`
	Severity    string `json:"severity"`
	Fix         string `json:"suggestedFix"`
	Constructs  []struct {
		ConstructPath string `json:"constructPath"`
		Resource      *struct {
			TemplatePath string `json:"templatePath"`
			LogicalID    string `json:"logicalId"`
		} `json:"cloudFormationResource"`
	} `json:"violatingConstructs"`
}

// printValidation prints the findings of the assembly's validation report
// on w: the app ran with @aws-cdk/core:failSynthOnValidationErrors false,
// so reporting them is the CLI's job, as with cdk synth. Acknowledged
// findings are counted, not listed.
func printValidation(w io.Writer, dir string) error {
	b, err := os.ReadFile(filepath.Join(dir, "validation-report.json"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	var rep validationReport
	if err := json.Unmarshal(b, &rep); err != nil {
		return fmt.Errorf("%s: %v", filepath.Join(dir, "validation-report.json"), err)
	}
	var out strings.Builder
	for _, p := range rep.PluginReports {
		if len(p.Violations) == 0 && len(p.Suppressed) == 0 {
			continue
		}
		name := p.PluginName
		if p.PluginVersion != "" {
			name += " " + p.PluginVersion
		}
		fmt.Fprintf(&out, "Validation: %s: %s", name, p.Conclusion)
		if n := len(p.Suppressed); n > 0 {
			fmt.Fprintf(&out, " (%d acknowledged)", n)
		}
		out.WriteString("\n")
		for _, v := range p.Violations {
			fmt.Fprintf(&out, "  [%s] %s: %s\n", v.Severity, v.RuleName, v.Description)
			for _, c := range v.Constructs {
				at := c.ConstructPath
				if c.Resource != nil {
					at += " (" + c.Resource.TemplatePath + " " + c.Resource.LogicalID + ")"
				}
				fmt.Fprintf(&out, "    at %s\n", strings.TrimSpace(at))
			}
			if v.Fix != "" {
				fmt.Fprintf(&out, "    fix: %s\n", v.Fix)
			}
		}
	}
	if out.Len() > 0 {
		fmt.Fprintf(&out, "The report is %s\n", filepath.Join(dir, "validation-report.json"))
		_, err = io.WriteString(w, out.String())
	}
	return err
}
