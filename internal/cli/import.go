package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

type importArgs struct {
	*globalArgs
	MappingFile, MappingInline, Record string
	Force, Execute, Rollback           bool
	ChangeSetName, RoleArn             string
	ToolkitStackName                   string
}

func newImportCmd(g *globalArgs, stdio IO) *cobra.Command {
	a := importArgs{globalArgs: g}
	c := &cobra.Command{
		Use:   "import [STACK]",
		Short: "Import existing resources into a stack (the new resources of the app's template)",
		Long: "Adopts resources that already exist into the deployed stack, as cdk import\n" +
			"does: the resources the app adds compared with the deployed template are\n" +
			"matched to existing ones by their identifier properties (from\n" +
			"--resource-mapping, --resource-mapping-inline, or asked on the terminal)\n" +
			"and imported with an IMPORT change set. Other changes wait for the next\n" +
			"strata deploy.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, pos []string) error {
			return runImport(c.Context(), stdio, &a, pos)
		},
	}
	f := c.Flags()
	f.StringVarP(&a.MappingFile, "resource-mapping", "m", "", "JSON file of {LogicalId: {IdentifierProperty: value}} to import without asking")
	f.StringVar(&a.MappingInline, "resource-mapping-inline", "", "the same mapping as a JSON string")
	f.StringVarP(&a.Record, "record-resource-mapping", "r", "", "write the mapping chosen (asked, or from a file) to this file and stop")
	f.BoolVarP(&a.Force, "force", "f", false, "import even when the template has other changes (they stay for the next deploy)")
	f.BoolVar(&a.Execute, "execute", true, "execute the import change set (--execute=false only creates it)")
	f.BoolVar(&a.Rollback, "rollback", true, "roll back a failed import (--rollback=false keeps it as it stopped)")
	f.StringVar(&a.ChangeSetName, "change-set-name", "", "name of the CloudFormation change set")
	f.StringVar(&a.RoleArn, "role-arn", "", "ARN of the role CloudFormation imports with")
	f.StringVar(&a.ToolkitStackName, "toolkit-stack-name", "", "the bootstrap stack (default CDKToolkit)")
	return c
}

func runImport(ctx context.Context, stdio IO, a *importArgs, patterns []string) error {
	canAsk := !a.CI && isTerminal(stdio.Stdin)
	if a.MappingFile != "" && a.MappingInline != "" {
		return &usageError{msg: "--resource-mapping and --resource-mapping-inline cannot be used together"}
	}
	p, err := a.project()
	if err != nil {
		return err
	}
	s, err := a.session(ctx, p, stdio.Stderr)
	if err != nil {
		return err
	}
	asm, err := a.assembly(ctx, p, s, stdio)
	if err != nil {
		return err
	}
	stacks, err := asm.Select(toolkit.Selection{Patterns: patterns}, true)
	if err != nil {
		return err
	}
	if err := a.validate(stdio, stacks); err != nil {
		return err
	}
	if len(stacks) > 1 {
		var ids []string
		for _, st := range stacks {
			ids = append(ids, st.ID)
		}
		return fmt.Errorf("Stack selection is ambiguous, please choose a specific stack for import [%s]", strings.Join(ids, ", "))
	}
	if !canAsk && a.MappingFile == "" && a.MappingInline == "" {
		return fmt.Errorf("--resource-mapping or --resource-mapping-inline is required when input is not a terminal")
	}
	st := stacks[0]
	errw := stdio.Stderr
	fmt.Fprintln(errw, st.DisplayName)
	tk := &toolkit.Toolkit{Session: s}
	target, err := tk.ResolveTarget(ctx, st.Environment)
	if err != nil {
		return fmt.Errorf("stack %s: %w", st.DisplayName, err)
	}
	role := target.Substitute(st.AssumeRoleArn)
	deployed, err := s.DeployedTemplate(ctx, target.Region, role, st.AssumeRoleExternalID, st.StackName)
	if err != nil {
		return err
	}
	d := templatediff.Compare(deployed, st.Template)
	newRes, _ := st.Template["Resources"].(map[string]interface{})
	var additions, others []string
	for _, rc := range d.Resources {
		switch {
		case rc.LogicalID == "CDKMetadata":
		case rc.Kind == templatediff.Added:
			additions = append(additions, rc.LogicalID)
		default:
			others = append(others, describeResource(newRes, rc.LogicalID))
		}
	}
	in := bufio.NewReader(stdio.Stdin)
	if len(others) > 0 {
		if a.Force {
			fmt.Fprintf(errw, "Ignoring updated/deleted resources (--force): %s\n", strings.Join(others, ", "))
		} else {
			fmt.Fprintln(errw, "The following resources have pending updates that will be reconciled with a strata deploy after import:")
			d.Render(errw, templatediff.Style{Color: colorOn(a.globalArgs, errw)})
			if !canAsk {
				return fmt.Errorf("Import cancelled: the template has other changes and no terminal is attached to confirm (use --force to import anyway)")
			}
			fmt.Fprint(errw, "Perform import? (y/n) ")
			if ans := readAnswer(in); ans != "y" && ans != "yes" {
				return fmt.Errorf("Import cancelled")
			}
		}
	}
	if len(additions) == 0 {
		fmt.Fprintf(errw, "%s: no new resources compared to the currently deployed stack, skipping import.\n", st.DisplayName)
		return nil
	}
	var chosen map[string]map[string]string
	switch {
	case a.MappingFile != "" || a.MappingInline != "":
		raw := []byte(a.MappingInline)
		if a.MappingFile != "" {
			if raw, err = os.ReadFile(p.AbsPath(a.MappingFile)); err != nil {
				return err
			}
		}
		if chosen, err = mappingFor(errw, raw, additions, newRes); err != nil {
			return err
		}
	default:
		body, _ := json.Marshal(st.Template)
		ids, err := s.ResourceIdentifiers(ctx, target.Region, role, st.AssumeRoleExternalID, body)
		if err != nil {
			return err
		}
		chosen = askIdentifiers(errw, in, additions, newRes, ids)
	}
	if len(chosen) == 0 {
		fmt.Fprintln(errw, "No resources selected for import.")
		return nil
	}
	if a.Record != "" {
		b, _ := json.MarshalIndent(chosen, "", "  ")
		path := p.AbsPath(a.Record)
		_ = os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(errw, "%s: mapping file written.\n", a.Record)
		return nil
	}
	// The deployed template plus the imported resources only (retained
	// unless they say otherwise): CloudFormation imports nothing else in
	// the same operation.
	tmpl := map[string]interface{}{}
	if deployed != nil {
		b, _ := json.Marshal(deployed)
		_ = json.Unmarshal(b, &tmpl)
	}
	res, _ := tmpl["Resources"].(map[string]interface{})
	if res == nil {
		res = map[string]interface{}{}
		tmpl["Resources"] = res
	}
	var imports []deploy.ResourceToImport
	for _, id := range sortedKeys(chosen) {
		r, _ := newRes[id].(map[string]interface{})
		def := map[string]interface{}{}
		for k, v := range r {
			def[k] = v
		}
		if _, ok := def["DeletionPolicy"]; !ok {
			def["DeletionPolicy"] = "Retain"
		}
		res[id] = def
		t, _ := r["Type"].(string)
		imports = append(imports, deploy.ResourceToImport{LogicalID: id, Type: t, Identifier: chosen[id]})
	}
	body, err := json.Marshal(tmpl)
	if err != nil {
		return err
	}
	fmt.Fprintf(errw, "%s: importing resources into stack...\n", st.DisplayName)
	method := deploy.MethodChangeSet
	if !a.Execute {
		method = deploy.MethodPrepare
	}
	view := &progressView{w: errw, json: a.JSON, color: colorOn(a.globalArgs, errw)}
	r, err := s.DeployStack(ctx, deploy.StackDeployment{
		Name: st.StackName, DisplayName: st.DisplayName, Target: target, TemplateBody: body, Template: tmpl,
		Tags: st.Tags, RoleArn: role, ExternalID: st.AssumeRoleExternalID,
		ExecutionRoleArn: executionRoleOf(a.RoleArn, target.Substitute(st.ExecutionRoleArn)),
		Method:           method, ChangeSetName: a.ChangeSetName, DisableRollback: !a.Rollback,
		ResourcesToImport: imports,
	}, view)
	if err != nil {
		fmt.Fprintf(errw, "\n ❌  %s failed: %v\n", st.DisplayName, err)
		return err
	}
	switch {
	case r.NoOp:
		fmt.Fprintf(errw, "\n✅  %s (no changes)\n", st.DisplayName)
	case !r.Executed:
		fmt.Fprintf(errw, "\n✅  %s: import change set %s created and waiting for review (not executed)\n", st.DisplayName, r.ChangeSetID)
	default:
		fmt.Fprintf(errw, "\n✅  %s\n", st.DisplayName)
	}
	if !r.Executed {
		return nil
	}
	switch {
	case len(chosen) < len(additions):
		fmt.Fprintln(errw, "Some resources were skipped. Run another strata import or a strata deploy to bring the stack up-to-date with your CDK app definition.")
	case len(others) > 0 && a.Force:
		fmt.Fprintln(errw, "Import complete. Run strata deploy to update the stack to match your CDK app.")
	case len(others) > 0:
		// cdk import offers to deploy now; strata leaves that to the user.
		fmt.Fprintln(errw, "Import complete. Remember to run strata deploy to update the stack to match your CDK app.")
	default:
		fmt.Fprintln(errw, "Import operation complete. We recommend you run a drift detection operation (strata drift) to confirm your CDK app resource definitions are up-to-date. Read more here: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/detect-drift-stack.html")
	}
	return nil
}

func executionRoleOf(given, synthesized string) string {
	if given != "" {
		return given
	}
	return synthesized
}

// describeResource names a resource by its construct path, as cdk import.
func describeResource(res map[string]interface{}, id string) string {
	r, _ := res[id].(map[string]interface{})
	md, _ := r["Metadata"].(map[string]interface{})
	if p, ok := md["aws:cdk:path"].(string); ok && p != "" {
		return p
	}
	return id
}

func fmtdict(m map[string]string) string {
	var parts []string
	for _, k := range sortedKeys(m) {
		parts = append(parts, k+"="+m[k])
	}
	return strings.Join(parts, ", ")
}

// mappingFor picks, from a resource mapping, the identifiers of the
// resources to import, saying which are imported and which skipped.
func mappingFor(w io.Writer, raw []byte, additions []string, res map[string]interface{}) (map[string]map[string]string, error) {
	var parsed map[string]map[string]string
	if err := json.Unmarshal(raw, &parsed); err != nil {
		return nil, fmt.Errorf("Could not parse resource mapping as JSON: %s (%v)", strings.TrimSpace(string(raw)), err)
	}
	chosen := map[string]map[string]string{}
	for _, id := range additions {
		if props, ok := parsed[id]; ok && len(props) > 0 {
			fmt.Fprintf(w, "%s: importing using %s\n", describeResource(res, id), fmtdict(props))
			chosen[id] = props
		} else {
			fmt.Fprintf(w, "%s: skipping\n", describeResource(res, id))
		}
		delete(parsed, id)
	}
	if len(parsed) > 0 {
		fmt.Fprintf(w, "Unrecognized resource identifiers in mapping file: %s\n", strings.Join(sortedKeys(parsed), ", "))
	}
	return chosen, nil
}

// askIdentifiers asks on the terminal for each new resource's identifier,
// offering the template's own values first, as cdk import does.
func askIdentifiers(w io.Writer, in *bufio.Reader, additions []string, res map[string]interface{}, ids map[string][][]string) map[string]map[string]string {
	chosen := map[string]map[string]string{}
	for _, id := range additions {
		name := describeResource(res, id)
		r, _ := res[id].(map[string]interface{})
		typ, _ := r["Type"].(string)
		sets, ok := ids[typ]
		if !ok {
			fmt.Fprintf(w, "%s: unsupported resource type %s, skipping import.\n", name, typ)
			continue
		}
		props := map[string]string{}
		if pm, ok := r["Properties"].(map[string]interface{}); ok {
			for k, v := range pm {
				if s, ok := v.(string); ok {
					props[k] = s
				}
			}
		}
		var satisfied [][]string
		for _, set := range sets {
			all := true
			for _, p := range set {
				all = all && props[p] != ""
			}
			if all {
				satisfied = append(satisfied, set)
			}
		}
		picked := false
		for _, set := range satisfied {
			cand := map[string]string{}
			for _, p := range set {
				cand[p] = props[p]
			}
			fmt.Fprintf(w, "%s (%s): import with %s (y/n) ", name, typ, fmtdict(cand))
			if ans := readAnswer(in); ans == "y" || ans == "yes" {
				chosen[id], picked = cand, true
				break
			}
		}
		if picked {
			continue
		}
		if len(satisfied) > 0 {
			fmt.Fprintf(w, "Skipping import of %s\n", name)
			continue
		}
		if len(sets) > 1 {
			var alts []string
			for _, set := range sets {
				alts = append(alts, strings.Join(set, "+"))
			}
			fmt.Fprintf(w, "%s (%s): enter one of %s to import (leave all empty to skip)\n", name, typ, strings.Join(alts, ", "))
		}
		for _, set := range sets {
			input := map[string]string{}
			for _, p := range set {
				hint := " (empty to skip)"
				if props[p] != "" {
					hint = " [" + props[p] + "]"
				}
				fmt.Fprintf(w, "%s (%s): enter %s%s: ", name, typ, p, hint)
				v := readLine(in)
				if v == "" {
					v = props[p]
				}
				if v == "" {
					break
				}
				input[p] = v
			}
			if len(input) == len(set) {
				chosen[id], picked = input, true
				break
			}
		}
		if !picked {
			fmt.Fprintf(w, "Skipping import of %s\n", name)
		}
	}
	return chosen
}

func readLine(in *bufio.Reader) string {
	line, _ := in.ReadString('\n')
	return strings.TrimSpace(line)
}

func readAnswer(in *bufio.Reader) string { return strings.ToLower(readLine(in)) }
