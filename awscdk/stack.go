package awscdk

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

// Environment is the AWS account and region a stack deploys to.
type Environment struct {
	Account *string `field:"optional" json:"account" yaml:"account"`
	Region  *string `field:"optional" json:"region" yaml:"region"`
}

// StackProps are the props of NewStack.
type StackProps struct {
	AnalyticsReporting          *bool                `field:"optional" json:"analyticsReporting" yaml:"analyticsReporting"`
	CrossRegionReferences       *bool                `field:"optional" json:"crossRegionReferences" yaml:"crossRegionReferences"`
	Description                 *string              `field:"optional" json:"description" yaml:"description"`
	Env                         *Environment         `field:"optional" json:"env" yaml:"env"`
	NotificationArns            *[]*string           `field:"optional" json:"notificationArns" yaml:"notificationArns"`
	PermissionsBoundary         PermissionsBoundary  `field:"optional" json:"permissionsBoundary" yaml:"permissionsBoundary"`
	PropertyInjectors           *[]IPropertyInjector `field:"optional" json:"propertyInjectors" yaml:"propertyInjectors"`
	StackName                   *string              `field:"optional" json:"stackName" yaml:"stackName"`
	SuppressTemplateIndentation *bool                `field:"optional" json:"suppressTemplateIndentation" yaml:"suppressTemplateIndentation"`
	Synthesizer                 IStackSynthesizer    `field:"optional" json:"synthesizer" yaml:"synthesizer"`
	Tags                        *map[string]*string  `field:"optional" json:"tags" yaml:"tags"`
	TerminationProtection       *bool                `field:"optional" json:"terminationProtection" yaml:"terminationProtection"`
}

// ITemplateOptions are template-wide settings of a stack.
type ITemplateOptions interface {
	Description() *string
	SetDescription(v *string)
	Metadata() *map[string]interface{}
	SetMetadata(v *map[string]interface{})
	TemplateFormatVersion() *string
	SetTemplateFormatVersion(v *string)
	Transforms() *[]*string
	SetTransforms(v *[]*string)
}

type templateOptions struct {
	description *string
	metadata    *map[string]interface{}
	version     *string
	transforms  *[]*string
}

func (t *templateOptions) Description() *string                  { return t.description }
func (t *templateOptions) SetDescription(v *string)              { t.description = v }
func (t *templateOptions) Metadata() *map[string]interface{}     { return t.metadata }
func (t *templateOptions) SetMetadata(v *map[string]interface{}) { t.metadata = v }
func (t *templateOptions) TemplateFormatVersion() *string        { return t.version }
func (t *templateOptions) SetTemplateFormatVersion(v *string)    { t.version = v }
func (t *templateOptions) Transforms() *[]*string                { return t.transforms }
func (t *templateOptions) SetTransforms(v *[]*string)            { t.transforms = v }

// Stack is a CloudFormation stack: the unit of deployment.
type Stack interface {
	constructs.Construct
	ITaggable
	stackContextAPI
	stackEnvAPI
	Account() *string
	ArtifactId() *string
	AvailabilityZones() *[]*string
	BundlingRequired() *bool
	Dependencies() *[]Stack
	Environment() *string
	Nested() *bool
	NestedStackParent() Stack
	NestedStackResource() CfnResource
	NotificationArns() *[]*string
	Partition() *string
	Region() *string
	StackId() *string
	StackName() *string
	Synthesizer() IStackSynthesizer
	TemplateFile() *string
	TemplateOptions() ITemplateOptions
	TerminationProtection() *bool
	SetTerminationProtection(v *bool)
	UrlSuffix() *string
	AddDependency(target Stack, reason *string)
	AddMetadata(key *string, value interface{})
	AddStackDependency(target Stack, reason *string)
	AddStackTag(tagName *string, tagValue *string)
	AddTransform(transform *string)
	AllocateLogicalId(cfnElement CfnElement) *string
	ExportStringListValue(exportedValue interface{}, options *ExportValueOptions) *[]*string
	ExportValue(exportedValue interface{}, options *ExportValueOptions) *string
	FormatArn(components *ArnComponents) *string
	GetLogicalId(element CfnElement) *string
	RegionalFact(factName *string, defaultValue *string) *string
	RemoveStackTag(tagName *string)
	RenameLogicalId(oldId *string, newId *string)
	Resolve(obj interface{}) interface{}
	SplitArn(arn *string, arnFormat ArnFormat) *ArnComponents
	ToJsonString(obj interface{}, space *float64) *string
	ToYamlString(obj interface{}) *string
	stackImpl() *stack
}

// ExportValueOptions are options for ExportValue.
type ExportValueOptions struct {
	Description *string `field:"optional" json:"description" yaml:"description"`
	Name        *string `field:"optional" json:"name" yaml:"name"`
}

type stackDep struct {
	target  *stack
	reasons []string
}

type stack struct {
	constructs.Construct
	account, region, environment string
	stackName                    string
	artifactID                   string
	templateOptions              *templateOptions
	tags                         TagManager
	synthesizer                  IStackSynthesizer
	terminationProtection        bool
	deps                         []*stackDep
	renames                      map[string]string
	usedRenames                  map[string]bool
	notificationArns             *[]*string
	metadata                     *ojson.Object
	versionReporting             bool
	suppressIndentation          bool
	transforms                   []string
	missingContext               []*missingContext
	nested                       *nestedInfo
	// checked is the built-in validation of the template this synthesis
	// wrote, done by the worker that wrote it (synth_pipeline.go).
	checked *templateCheck
}

var validStackName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*$`)

// NewStack creates a stack in scope (an App or Stage, usually).
func NewStack(scope constructs.Construct, id *string, props *StackProps) Stack {
	s := newStack(scope, id, props)
	setHost(s.Construct, s)
	return s
}

func newStack(scope constructs.Construct, id *string, props *StackProps) *stack {
	if props == nil {
		props = &StackProps{}
	}
	if scope == nil {
		scope = NewApp(&AppProps{AutoSynth: boolp(false)})
	}
	if id == nil {
		id = str("Default")
	}
	s := &stack{templateOptions: &templateOptions{}, renames: map[string]string{}, usedRenames: map[string]bool{}, metadata: ojson.New()}
	s.Construct = constructs.NewConstruct(scope, id)
	appOf(s.Construct) // a tree without an App gets its state here
	addInjectors(s.Construct, props.PropertyInjectors)
	path := *s.Node().Path()
	s.parseEnvironment(props.Env)
	s.terminationProtection = boolOr(props.TerminationProtection, false)
	if props.Description != nil {
		if len(*props.Description) > 512 {
			addError(s.Construct, "stack description must be <= 1024 bytes. Received description: '%s'", *props.Description)
		}
		s.templateOptions.description = props.Description
	}
	if props.StackName != nil {
		s.stackName = *props.StackName
	} else {
		s.stackName = s.generateStackName()
	}
	if len(s.stackName) > 128 {
		addError(s.Construct, "stack name must be <= 128 characters. Stack name: '%s'", s.stackName)
	}
	s.tags = NewTagManager(TagType_KEY_VALUE, str("aws:cdk:stack"), props.Tags, nil)
	if props.NotificationArns != nil {
		for _, a := range *props.NotificationArns {
			if isUnresolved(a) {
				addError(s.Construct, "stack '%s' includes one or more tokens in its notification ARNs", deref(id))
			}
		}
		s.notificationArns = props.NotificationArns
	}
	if !validStackName.MatchString(s.stackName) {
		addError(s.Construct, "stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '%s'%s", s.stackName, literalRequired(s.Construct, s.stackName))
	}
	s.artifactID = artifactIDOf(s.generateStackID(rootOf(s.Construct), ""))
	rep := props.AnalyticsReporting
	if rep == nil {
		if b, ok := s.Node().TryGetContext(str("aws:cdk:version-reporting")).(bool); ok {
			rep = &b
		}
	}
	s.versionReporting = boolOr(rep, false)
	s.suppressIndentation = boolOr(props.SuppressTemplateIndentation, false)
	if v, ok := s.Node().TryGetContext(str("@aws-cdk/core:suppressTemplateIndentation")).(bool); ok && props.SuppressTemplateIndentation == nil {
		s.suppressIndentation = v
	}
	s.synthesizer = props.Synthesizer
	if s.synthesizer == nil {
		if st := stageOf(s.Construct); st != nil && st.defaultSynth != nil {
			s.synthesizer = st.defaultSynth
		} else {
			s.synthesizer = NewDefaultStackSynthesizer(nil)
		}
	}
	if b, ok := s.synthesizer.(interface{ bindStack(*stack) }); ok {
		b.bindStack(s)
	} else {
		s.synthesizer.Bind(s)
	}
	bindPermissionsBoundary(s, props.PermissionsBoundary)
	s.addPermissionsBoundaryAspect()
	_ = path
	return s
}

func rootOf(c constructs.IConstruct) constructs.IConstruct { return c.Node().Root() }

func (s *stack) stackImpl() *stack { return s }
func (s *stack) host() Stack {
	if h, ok := hostOf(s.Construct).(Stack); ok {
		return h
	}
	return s
}

func (s *stack) parseEnvironment(env *Environment) {
	var account, region *string
	if env != nil {
		account, region = env.Account, env.Region
	}
	if st := stageOf(s.Construct); st != nil {
		if account == nil && st.account != "" {
			account = str(st.account)
		}
		if region == nil && st.region != "" {
			region = str(st.region)
		}
	}
	if account == nil {
		account = Aws_ACCOUNT_ID()
	}
	if region == nil {
		region = Aws_REGION()
	}
	s.account, s.region = *account, *region
	ea, er := s.account, s.region
	if isUnresolved(ea) {
		ea = "unknown-account"
	}
	if isUnresolved(er) {
		er = "unknown-region"
	}
	s.environment = "aws://" + ea + "/" + er
}

// rootPathTo returns the scopes below ancestor down to c.
func rootPathTo(c constructs.IConstruct, ancestor constructs.IConstruct) []constructs.IConstruct {
	scopes := *c.Node().Scopes()
	for i := len(scopes) - 2; i >= 0; i-- {
		if ancestor != nil && scopes[i].Node() == ancestor.Node() {
			return scopes[i+1:]
		}
	}
	return scopes
}

func (s *stack) generateStackID(container constructs.IConstruct, prefix string) string {
	path := rootPathTo(s.Construct, container)
	ids := make([]string, len(path))
	for i, c := range path {
		ids[i] = *c.Node().Id()
	}
	if len(ids) == 1 {
		name := prefix + ids[0]
		if len(name) <= 128 {
			return name
		}
	}
	return makeUniqueResourceName(ids, 128, prefix, "", nil)
}

func (s *stack) generateStackName() string {
	st := stageOf(s.Construct)
	prefix := ""
	if st != nil && st.stageName != "" {
		prefix = st.stageName + "-"
	}
	var container constructs.IConstruct
	if st != nil {
		container = st.host()
	}
	if featureEnabled(s, "@aws-cdk/core:includePrefixInUniqueNameGeneration") {
		return s.generateStackID(container, prefix)
	}
	return prefix + s.generateStackID(container, "")
}

// Stack_Of returns the stack construct is defined in.
func Stack_Of(construct constructs.IConstruct) Stack {
	s := stackOf(construct)
	if s == nil {
		diag.Panic(*construct.Node().Path(), "%s should be created in the scope of a Stack, but no Stack found", *construct.Node().Path())
	}
	return s.host()
}

// Stack_IsStack reports whether x is a stack.
func Stack_IsStack(x interface{}) *bool {
	_, ok := x.(Stack)
	return &ok
}

func stackOf(c constructs.IConstruct) *stack {
	if c == nil {
		return nil
	}
	if s, ok := innermostScope(c, true, isStackConstruct).(Stack); ok {
		return s.stackImpl()
	}
	return nil
}

func (s *stack) Account() *string                  { return str(s.account) }
func (s *stack) Region() *string                   { return str(s.region) }
func (s *stack) Environment() *string              { return str(s.environment) }
func (s *stack) ArtifactId() *string               { return str(s.artifactID) }
func (s *stack) StackName() *string                { return str(s.stackName) }
func (s *stack) TemplateFile() *string             { return str(s.artifactID + ".template.json") }
func (s *stack) Tags() TagManager                  { return s.tags }
func (s *stack) Nested() *bool                     { return boolp(false) }
func (s *stack) NestedStackParent() Stack          { return nil }
func (s *stack) NestedStackResource() CfnResource  { return nil }
func (s *stack) Synthesizer() IStackSynthesizer    { return s.synthesizer }
func (s *stack) TemplateOptions() ITemplateOptions { return s.templateOptions }
func (s *stack) TerminationProtection() *bool      { return boolp(s.terminationProtection) }
func (s *stack) SetTerminationProtection(v *bool)  { s.terminationProtection = boolOr(v, false) }
func (s *stack) UrlSuffix() *string                { return Aws_URL_SUFFIX() }
func (s *stack) StackId() *string                  { return NewScopedAws(s).StackId() }
func (s *stack) NotificationArns() *[]*string {
	if s.notificationArns != nil {
		return s.notificationArns
	}
	return NewScopedAws(s).NotificationArns()
}
func (s *stack) BundlingRequired() *bool { return boolp(bundlingRequired(s)) }

func (s *stack) Partition() *string {
	if !featureEnabled(s, "@aws-cdk/core:enablePartitionLiterals") || isUnresolved(s.region) {
		return Aws_PARTITION()
	}
	if p := partitionOf(s.region); p != "" {
		return str(p)
	}
	return Aws_PARTITION()
}

func (s *stack) AvailabilityZones() *[]*string {
	s.silenceLiteralAzWarning()
	return s.availabilityZones()
}

func jsiiNum(f float64) *float64 { return &f }

func (s *stack) Dependencies() *[]Stack {
	out := make([]Stack, len(s.deps))
	for i, d := range s.deps {
		out[i] = d.target.host()
	}
	return &out
}

func (s *stack) AddDependency(target Stack, reason *string) { s.AddStackDependency(target, reason) }

func (s *stack) AddStackDependency(target Stack, reason *string) {
	if target == nil {
		return
	}
	why := deref(reason)
	if why == "" {
		why = "{" + *s.Node().Path() + "}.addDependency({" + *target.Node().Path() + "})"
	}
	addDependencyBetween(s.Construct, target.stackImpl().Construct, why, nil, nil)
}

// addAssemblyDependency records that s deploys after target.
func (s *stack) addAssemblyDependency(target *stack, reason string) {
	if s == target {
		return
	}
	if cycle := target.dependencyReasons(s, map[*stack]bool{}); cycle != nil {
		addError(s.Construct, "'%s' depends on '%s' (%s). Adding this dependency (%s) would create a cyclic reference.", *target.Node().Path(), *s.Node().Path(), strings.Join(cycle, ", "), reason)
		return
	}
	for _, d := range s.deps {
		if d.target == target {
			for _, r := range d.reasons {
				if r == reason {
					return
				}
			}
			d.reasons = append(d.reasons, reason)
			return
		}
	}
	s.deps = append(s.deps, &stackDep{target: target, reasons: []string{reason}})
}

// dependencyReasons returns why s depends on other, or nil if it does not.
func (s *stack) dependencyReasons(other *stack, seen map[*stack]bool) []string {
	if seen[s] {
		return nil
	}
	seen[s] = true
	for _, d := range s.deps {
		if d.target == other {
			return d.reasons
		}
	}
	for _, d := range s.deps {
		if r := d.target.dependencyReasons(other, seen); r != nil {
			return append(append([]string(nil), d.reasons...), r...)
		}
	}
	return nil
}

func (s *stack) AddMetadata(key *string, value interface{}) { s.metadata.Set(deref(key), value) }

func (s *stack) AddStackTag(tagName *string, tagValue *string) {
	s.tags.SetTag(tagName, tagValue, nil, nil)
}

func (s *stack) RemoveStackTag(tagName *string) { s.tags.RemoveTag(tagName, jsiiNum(0)) }

// AddTransform adds a transform. Like aws-cdk-lib it keeps duplicates: one
// call renders "Transform" as a string, several as a list.
func (s *stack) AddTransform(transform *string) {
	s.transforms = append(s.transforms, deref(transform))
}

func (s *stack) AllocateLogicalId(el CfnElement) *string {
	return str(s.allocateLogicalID(el.cfnEl()))
}

func (s *stack) allocateLogicalID(el *cfnElement) string {
	// A path never changes, so each element's ID is computed once (it is
	// asked for on every Ref and GetAtt that resolves).
	if el.allocatedIn == s {
		return el.allocated
	}
	id := s.computeLogicalID(el)
	el.allocatedIn, el.allocated = s, id
	return id
}

func (s *stack) computeLogicalID(el *cfnElement) string {
	id, err := makeUniqueID(idsBelow(el, s))
	if err != nil {
		panicf(*el.Node().Path(), "%v", err)
	}
	return id
}

func (s *stack) logicalIDFor(el *cfnElement) string {
	id := s.allocateLogicalID(el)
	if n, ok := s.renames[id]; ok {
		s.usedRenames[id] = true
		return n
	}
	return id
}

func (s *stack) GetLogicalId(element CfnElement) *string {
	return str(s.logicalIDFor(element.cfnEl()))
}

func (s *stack) RenameLogicalId(oldID *string, newID *string) {
	s.renames[deref(oldID)] = deref(newID)
}

func (s *stack) Resolve(o interface{}) interface{} {
	r := &resolver{scope: s, removeEmpty: true}
	var out interface{}
	if d := catchResolve(func() { out = r.resolve(o, nil) }); d != nil {
		panic(&diag.UserError{Err: d})
	}
	return toPlain(out)
}

// toPlain turns resolved ordered objects into Go maps for callers of Resolve.
func toPlain(v interface{}) interface{} {
	switch x := v.(type) {
	case *ojson.Object:
		m := map[string]interface{}{}
		for _, k := range x.Keys() {
			val, _ := x.Get(k)
			m[k] = toPlain(val)
		}
		return m
	case []interface{}:
		out := make([]interface{}, len(x))
		for i := range x {
			out[i] = toPlain(x[i])
		}
		return out
	}
	return v
}

func (s *stack) ToJsonString(o interface{}, space *float64) *string {
	return toJSONString(o, space)
}

func (s *stack) ToYamlString(o interface{}) *string {
	return toJSONString(o, nil)
}

func (s *stack) RegionalFact(factName *string, defaultValue *string) *string {
	return s.regionalFact(deref(factName), defaultValue)
}

func (s *stack) ExportValue(exportedValue interface{}, options *ExportValueOptions) *string {
	if options != nil && options.Name != nil {
		NewCfnOutput(s, str("Export"+*options.Name), &CfnOutputProps{Value: Token_AsString(exportedValue, nil), ExportName: options.Name, Description: options.Description})
		return Fn_ImportValue(options.Name)
	}
	ref, ok := reverseReference(exportedValue)
	if !ok {
		addError(s.Construct, "exportValue: either supply 'name' or make sure to export a resource attribute (like 'bucket.bucketName')")
		return str("")
	}
	exportName, scope, id := s.resolveExportedValue(ref)
	var desc *string
	if options != nil {
		desc = options.Description
	}
	if scope.Node().TryFindChild(str(id)) == nil {
		NewCfnOutput(scope, str(id), &CfnOutputProps{Value: Token_AsString(ref, nil), ExportName: str(exportName), Description: desc})
	}
	return Fn_ImportValue(str(exportName))
}

func (s *stack) ExportStringListValue(exportedValue interface{}, options *ExportValueOptions) *[]*string {
	if options != nil && options.Name != nil {
		NewCfnOutput(s, str("Export"+*options.Name), &CfnOutputProps{Value: Fn_Join(str(listDelimiter), Token_AsList(exportedValue, nil)), ExportName: options.Name, Description: options.Description})
		return Fn_Split(str(listDelimiter), Fn_ImportValue(options.Name), nil)
	}
	ref, ok := reverseReference(exportedValue)
	if !ok {
		addError(s.Construct, "exportStringListValue: either supply 'name' or make sure to export a resource attribute (like 'bucket.bucketName')")
		return &[]*string{}
	}
	exportName, scope, id := s.resolveExportedValue(ref)
	var desc *string
	if options != nil {
		desc = options.Description
	}
	if scope.Node().TryFindChild(str(id)) == nil {
		NewCfnOutput(scope, str(id), &CfnOutputProps{Value: Fn_Join(str(listDelimiter), Token_AsList(ref, nil)), ExportName: str(exportName), Description: desc})
	}
	return Fn_Split(str(listDelimiter), Fn_ImportValue(str(exportName)), nil)
}

// listDelimiter joins string lists that cross stacks.
const listDelimiter = "||"

func reverseReference(v interface{}) (*cfnReference, bool) {
	t := Tokenization_Reverse(v, nil)
	if t == nil {
		return nil, false
	}
	if a, ok := t.(*resolvableAdapter); ok {
		if r, ok := a.r.(*cfnReference); ok {
			return r, true
		}
	}
	r, ok := t.(*cfnReference)
	return r, ok
}

// resolveExportedValue names the output that exports ref from s.
func (s *stack) resolveExportedValue(ref *cfnReference) (exportName string, scope constructs.Construct, id string) {
	ref.target.lockLogicalID()
	scope = s.exportsScope()
	resolved := (&resolver{scope: s, removeEmpty: true}).resolve(ref, nil)
	id = "Output" + mustJSON(resolved)
	comps := []string{}
	if featureEnabled(s, "@aws-cdk/core:stackRelativeExports") {
		comps = append(comps, "Exports")
	} else {
		for _, c := range (*scope.Node().Scopes())[2:] {
			comps = append(comps, *c.Node().Id())
		}
	}
	comps = append(comps, id)
	prefix := s.stackName + ":"
	local, _ := makeUniqueID(comps)
	if start := len(local) - 255 + len(prefix); start > 0 {
		local = local[start:]
	}
	return prefix + local, scope, id
}

func (s *stack) exportsScope() constructs.Construct {
	if c := s.Node().TryFindChild(str("Exports")); c != nil {
		return c.(constructs.Construct)
	}
	return constructs.NewConstruct(s, str("Exports"))
}

func (s *stack) FormatArn(components *ArnComponents) *string { return Arn_Format(components, s) }

func (s *stack) SplitArn(arn *string, arnFormat ArnFormat) *ArnComponents {
	return Arn_Split(arn, arnFormat)
}

func (s *stack) With(mixins ...constructs.IMixin) constructs.IConstruct {
	return s.Node().With(mixins...)
}

// artifactIDOf replaces each character of id other than A-Z, a-z, 0-9, '_',
// '-' and '.' by '_' (per character, as a regular expression matches),
// without compiling a regular expression for every stack.
func artifactIDOf(id string) string {
	clean := true
	for i := 0; i < len(id); i++ {
		if !artifactIDChar(rune(id[i])) {
			clean = false
			break
		}
	}
	if clean {
		return id
	}
	var b strings.Builder
	b.Grow(len(id))
	for _, r := range id {
		if artifactIDChar(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

func artifactIDChar(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.'
}
