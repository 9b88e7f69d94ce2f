package awscdk

import (
	"reflect"
	"runtime"
	"sort"
	"sync"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/assembly"
	"github.com/strata-cdk/strata/internal/ojson"
)

// NestedStackProps configure a NestedStack.
type NestedStackProps struct {
	// Description of the nested stack's template.
	Description *string `field:"optional" json:"description" yaml:"description"`
	// SNS topics for the nested stack's events.
	NotificationArns *[]*string `field:"optional" json:"notificationArns" yaml:"notificationArns"`
	// Values of the nested template's parameters.
	Parameters *map[string]*string `field:"optional" json:"parameters" yaml:"parameters"`
	// What happens to the nested stack when it leaves the parent. Default: DESTROY.
	RemovalPolicy RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// Whether the nested template is written without indentation.
	SuppressTemplateIndentation *bool `field:"optional" json:"suppressTemplateIndentation" yaml:"suppressTemplateIndentation"`
	// How long CloudFormation waits for the nested stack to be created.
	Timeout Duration `field:"optional" json:"timeout" yaml:"timeout"`
}

// NestedStack is a stack deployed as an AWS::CloudFormation::Stack resource
// of its parent stack. Its template is an asset of the parent;
// references between parent and nested stack become parameters (parent to
// nested) and outputs read with Fn::GetAtt (nested to parent), as
// aws-cdk-lib writes them.
type NestedStack interface {
	Stack
	// TemplateFile is the nested template's file name in the assembly.
	TemplateFile() *string
	// SetParameter sets a parameter of the nested template.
	SetParameter(name *string, value *string)
}

// nestedInfo is what a *stack knows when it is nested.
type nestedInfo struct {
	parent       *stack
	resource     CfnStack
	templateFile string
	parameters   *ojson.Object
	templateURL  string
}

type nestedStack struct {
	*stack
}

// NewNestedStack creates a nested stack in scope, which must be in a stack.
func NewNestedStack(scope constructs.Construct, id *string, props *NestedStackProps) NestedStack {
	n := newNestedStack(scope, id, props)
	setHost(n.stack.Construct, n)
	return n
}

// NewNestedStack_Override creates a nested stack for n, a pointer to the
// program's struct that embeds NestedStack.
func NewNestedStack_Override(n NestedStack, scope constructs.Construct, id *string, props *NestedStackProps) {
	overrideConstruct(n, NewNestedStack(scope, id, props))
}

func newNestedStack(scope constructs.Construct, id *string, props *NestedStackProps) *nestedStack {
	if props == nil {
		props = &NestedStackProps{}
	}
	if scope == nil || reflect.ValueOf(scope).IsNil() {
		panicf("", "Nested stacks cannot be defined as a root construct")
	}
	parent := stackOf(scope)
	if parent == nil {
		panicf(*scope.Node().Path(), "Nested stacks must be defined within scope of another non-nested stack")
	}
	s := newStack(scope, id, &StackProps{
		Env:                         &Environment{Account: str(parent.account), Region: str(parent.region)},
		Synthesizer:                 NewNestedStackSynthesizer(parent.synthesizer),
		Description:                 props.Description,
		SuppressTemplateIndentation: props.SuppressTemplateIndentation,
	})
	n := &nestedStack{stack: s}
	info := &nestedInfo{parent: parent, parameters: ojson.New()}
	s.nested = info
	if props.Parameters != nil {
		for _, k := range sortedKeys(*props.Parameters) {
			info.parameters.Set(k, deref((*props.Parameters)[k]))
		}
	}
	// The resource lives in the parent, next to (not in) the nested stack.
	holder := constructs.NewConstruct(scope, str(deref(id)+".NestedStack"))
	info.templateFile = *Names_UniqueId(n) + ".nested.template.json"
	cfnProps := &CfnStackProps{
		TemplateUrl:      Lazy_UncachedString(&nestedTemplateURL{info}, nil),
		Parameters:       &nestedParameters{info},
		NotificationArns: props.NotificationArns,
	}
	if props.Timeout != nil {
		cfnProps.TimeoutInMinutes = props.Timeout.ToMinutes(nil)
	}
	info.resource = NewCfnStack(holder, str(deref(id)+".NestedStackResource"), cfnProps)
	policy := props.RemovalPolicy
	if policy == "" {
		policy = RemovalPolicy_DESTROY
	}
	info.resource.ApplyRemovalPolicy(policy, nil)
	s.Node().SetDefaultChild(info.resource)
	return n
}

func sortedKeys(m map[string]*string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// nestedTemplateURL produces the template's URL once the template asset is
// known ("<unresolved>" before).
type nestedTemplateURL struct{ info *nestedInfo }

func (u *nestedTemplateURL) Produce(IResolveContext) *string {
	if u.info.templateURL == "" {
		return str("<unresolved>")
	}
	return str(u.info.templateURL)
}

// nestedParameters renders the parameters, in the order they were set, or
// nothing when there are none.
type nestedParameters struct{ info *nestedInfo }

func (p *nestedParameters) Resolve(IResolveContext) interface{} {
	if p.info.parameters.Len() == 0 {
		return nil
	}
	return p.info.parameters
}

// contextualValue is inner when resolved inside the nested stack, outer
// anywhere else.
type contextualValue struct {
	nested       *stack
	inner, outer *string
}

func (c *contextualValue) Resolve(ctx IResolveContext) interface{} {
	if ctx.Scope() != nil && stackOf(ctx.Scope()) == c.nested {
		return c.inner
	}
	return c.outer
}

// StackName is the nested stack's name: AWS::StackName inside it, taken
// from the nested stack resource's id elsewhere.
func (n *nestedStack) StackName() *string {
	return Token_AsString(&contextualValue{nested: n.stack, inner: Aws_STACK_NAME(),
		outer: Fn_Select(jsiiNum(1), Fn_Split(str("/"), n.nested.resource.Ref(), nil))}, nil)
}

// StackId is the nested stack's id: AWS::StackId inside it, the nested
// stack resource's Ref elsewhere.
func (n *nestedStack) StackId() *string {
	return Token_AsString(&contextualValue{nested: n.stack, inner: Aws_STACK_ID(), outer: n.nested.resource.Ref()}, nil)
}

func (n *nestedStack) TemplateFile() *string            { return str(n.nested.templateFile) }
func (n *nestedStack) Nested() *bool                    { return boolp(true) }
func (n *nestedStack) NestedStackParent() Stack         { return n.nested.parent.host() }
func (n *nestedStack) NestedStackResource() CfnResource { return n.nested.resource }
func (n *nestedStack) SetParameter(name *string, value *string) {
	n.nested.parameters.Set(deref(name), deref(value))
}

// NestedStack_IsNestedStack reports whether x is a nested stack.
func NestedStack_IsNestedStack(x interface{}) *bool {
	s, ok := x.(Stack)
	return boolp(ok && !isNilValue(s) && s.stackImpl().nested != nil)
}

// NestedStack_IsStack reports whether x is a stack.
func NestedStack_IsStack(x interface{}) *bool { return Stack_IsStack(x) }

// NestedStack_IsConstruct reports whether x is a construct.
func NestedStack_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NestedStack_Of returns the stack construct is in.
func NestedStack_Of(construct constructs.IConstruct) Stack { return Stack_Of(construct) }

// NestedStack_ConsumeReference is Stack_ConsumeReference.
func NestedStack_ConsumeReference(value *string, strength ReferenceStrength) *string {
	return Stack_ConsumeReference(value, strength)
}

// NestedStack_ConsumeListReference is Stack_ConsumeListReference.
func NestedStack_ConsumeListReference(value *[]*string, strength ReferenceStrength) *[]*string {
	return Stack_ConsumeListReference(value, strength)
}

// ---- the synthesizer of nested stacks

// NestedStackSynthesizer synthesizes a nested stack: its assets go to the
// parent's synthesizer and its template becomes an asset of the parent.
type NestedStackSynthesizer interface {
	StackSynthesizer
}

type nestedSynth struct {
	synthBase
	parent IStackSynthesizer
}

// NewNestedStackSynthesizer creates the synthesizer of a stack nested in a
// stack that deploys with parentDeployment.
func NewNestedStackSynthesizer(parentDeployment IStackSynthesizer) NestedStackSynthesizer {
	return &nestedSynth{parent: parentDeployment}
}

// NewNestedStackSynthesizer_Override creates the synthesizer for n.
func NewNestedStackSynthesizer_Override(n NestedStackSynthesizer, parentDeployment IStackSynthesizer) {
	overrideValue(n, NewNestedStackSynthesizer(parentDeployment))
}

func (n *nestedSynth) Bind(s Stack)     { n.bound = s.stackImpl() }
func (n *nestedSynth) prepareForSynth() {}

// lookupRoleForQueries is the parent's: lookups in a nested stack run in
// the parent's environment.
func (n *nestedSynth) lookupRoleOptions() *map[string]interface{} {
	if p, ok := n.parent.(interface {
		lookupRoleOptions() *map[string]interface{}
	}); ok {
		return p.lookupRoleOptions()
	}
	return nil
}

func (n *nestedSynth) lookupRoleForQueries() (string, string) {
	if p, ok := n.parent.(interface{ lookupRoleForQueries() (string, string) }); ok {
		return p.lookupRoleForQueries()
	}
	return "", ""
}
func (n *nestedSynth) BootstrapQualifier() *string { return n.parent.BootstrapQualifier() }
func (n *nestedSynth) LookupRole() *string         { return n.parent.LookupRole() }
func (n *nestedSynth) CloudFormationExecutionRole() *string {
	return nil
}
func (n *nestedSynth) AddFileAsset(asset *FileAssetSource) *FileAssetLocation {
	return n.parent.AddFileAsset(asset)
}
func (n *nestedSynth) AddDockerImageAsset(asset *DockerImageAssetSource) *DockerImageAssetLocation {
	return n.parent.AddDockerImageAsset(asset)
}

// Synthesize is called by the engine through synthesizeStack.
func (n *nestedSynth) Synthesize(session ISynthesisSession) {}

// synthesizeStack writes the nested template; it is no artifact of its own.
func (n *nestedSynth) synthesizeStack(w *assemblyWriter) error {
	s := n.boundStack()
	tmpl, err := s.renderTemplate()
	if err != nil {
		return err
	}
	w.submitTemplate(s, tmpl, s.nested.templateFile, nil)
	return nil
}

// prepareNestedStacks makes each nested stack's template an asset of its
// parent, deepest first, as aws-cdk-lib does after resolving references:
// the template's hash names the asset, whose URL the parent's
// AWS::CloudFormation::Stack resource points at.
//
// Templates render in order on this goroutine and are serialized and
// hashed on up to GOMAXPROCS others; each asset is added in the same order
// (commit), and a stack renders only once its own nested stacks' assets,
// which its template points at, are added.
func prepareNestedStacks(stacks []*stack) {
	var pending []*templateJob
	var wg sync.WaitGroup
	defer wg.Wait()
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	pool := newMarshalPool()
	commit := func(until int) {
		for _, j := range pending[:until] {
			if err := j.wait(); err != nil {
				panic(err)
			}
			addNestedTemplateAsset(j.stack, j.hash)
		}
		pending = pending[until:]
	}
	for _, s := range stacks {
		info := s.nested
		if info == nil || info.templateURL != "" {
			continue
		}
		// The nested stacks s holds come before it: their assets first.
		last := -1
		for i, j := range pending {
			if j.stack.nested.parent == s {
				last = i
			}
		}
		commit(last + 1)
		// The references pass may have kept a rendering of the resource
		// made before its parameters and template URL were known.
		if e, ok := info.resource.(CfnElement); ok {
			el := e.cfnEl()
			el.prepared, el.preparedOK = nil, false
		}
		// The nested stack's own tags go on its resource.
		for k, v := range *s.tags.TagValues() {
			info.resource.Tags().SetTag(str(k), v, nil, nil)
		}
		tmpl, err := s.renderTemplate()
		if err != nil {
			panic(err)
		}
		j := &templateJob{done: make(chan struct{}), stack: s}
		pending = append(pending, j)
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			defer close(j.done)
			// The asset's hash is that of the compact template.
			b, err := assembly.MarshalAppend(pool.get(4096), tmpl, 0)
			if err != nil {
				j.err = err
				return
			}
			j.hash = contentHashBytes(b)
			pool.put(b)
		}()
	}
	commit(len(pending))
}

// addNestedTemplateAsset adds s's template, of the given hash, to its
// parent's assets and points the parent's resource at it.
func addNestedTemplateAsset(s *stack, hash string) {
	info := s.nested
	loc := info.parent.synthesizer.AddFileAsset(&FileAssetSource{Packaging: FileAssetPackaging_FILE,
		SourceHash: str(hash), FileName: str(info.templateFile),
		DisplayName: str(*Names_StackRelativeConstructPath(s.host()) + " Nested Stack Template")})
	if v, ok := s.Node().TryGetContext(str("aws:cdk:enable-asset-metadata")).(bool); ok && v {
		info.resource.AddMetadata(str("aws:asset:path"), info.templateFile)
		info.resource.AddMetadata(str("aws:asset:property"), "TemplateURL")
	}
	p := info.parent.host()
	info.templateURL = "https://s3." + *p.Region() + "." + *p.UrlSuffix() + "/" + *loc.BucketName + "/" + *loc.ObjectKey
}

// isNestedIn reports whether nested is (directly or not) nested in parent.
func isNestedIn(nested, parent *stack) bool {
	for s := nested; s.nested != nil; s = s.nested.parent {
		if s.nested.parent == parent {
			return true
		}
	}
	return false
}

// resolveNestedReference wires a reference across a nested stack's
// boundary: into a nested stack through a parameter whose value the parent
// passes, out of one through an output read with Fn::GetAtt on its
// resource. ok is false when neither stack is nested.
func resolveNestedReference(consumer *stack, from constructs.IConstruct, ref *cfnReference, strength string) (v interface{}, ok bool) {
	producer := ref.target.stack
	if consumer.nested != nil && isNestedIn(consumer, producer) {
		parentValue := resolveCrossStack(consumer.nested.parent, from, ref, strength)
		return nestedParameter(consumer, ref, parentValue), true
	}
	if producer.nested != nil {
		out := nestedOutput(producer, ref)
		v := resolveCrossStack(consumer, from, out, strength)
		if ref.typeHint == ResolutionTypeHint_STRING_LIST {
			return Tokenization_ReverseList(Fn_Split(str(listDelimiter), Token_AsString(v, nil), nil)), true
		}
		return v, true
	}
	return nil, false
}

// nestedUniqueID names the parameter or output that carries ref.
func nestedUniqueID(s *stack, ref *cfnReference, prefix string) string {
	id := prefix + *Names_NodeUniqueId(ref.target.Node()) + ref.attribute
	if r, ok := (&resolver{scope: s, removeEmpty: true}).resolve(id, nil).(string); ok {
		return r
	}
	return id
}

func nestedParameter(nested *stack, ref *cfnReference, value interface{}) interface{} {
	id := nestedUniqueID(nested, ref, "reference-to-")
	param, _ := nested.Node().TryFindChild(str(id)).(CfnParameter)
	if param == nil {
		param = NewCfnParameter(nested.host(), str(id), &CfnParameterProps{Type: str("String")})
		name := (&resolver{scope: nested, removeEmpty: true}).resolve(param.LogicalId(), nil)
		nested.nested.parameters.Set(toString(name), Token_AsString(value, nil))
	}
	return param.Value()
}

func nestedOutput(producer *stack, ref *cfnReference) *cfnReference {
	id := nestedUniqueID(producer, ref, "")
	out, _ := producer.Node().TryFindChild(str(id)).(CfnOutput)
	if out == nil {
		if ref.typeHint == ResolutionTypeHint_STRING_LIST {
			out = NewCfnOutput(producer.host(), str(id), &CfnOutputProps{Value: Fn_Join(str(listDelimiter), Token_AsList(ref, nil))})
		} else {
			out = NewCfnOutput(producer.host(), str(id), &CfnOutputProps{Value: Token_AsString(ref, nil)})
		}
	}
	name := toString((&resolver{scope: producer, removeEmpty: true}).resolve(out.LogicalId(), nil))
	return referenceFor(producer.nested.resource.cfnEl(), "Outputs."+name, ResolutionTypeHint_STRING)
}
