package awscdk

// Pass 2, references: every element is resolved once to find the values it
// uses from other stacks; each such use gets an export or a stack output on
// the producing side and an import or output read on the consuming side.
// Elements that use nothing from another stack keep this pass's result for
// rendering (synth_render.go).

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

// resolveReferences finds references from one stack to another and
// replaces them, for the consuming stack, by an import or a stack output read.
func resolveReferences(root *stage, ds *diag.Diagnostics) {
	// Every element is in root's App: one resolver, with one token finder
	// and one slab of resolve contexts, serves them all.
	p := &refsPass{}
	p.r = resolver{find: finder(root), ctxs: &ctxSlab{}, preparing: true, removeEmpty: true, sawPreparing: &p.sawPreparing, onToken: p.onToken}
	var walk func(c constructs.IConstruct)
	walk = func(c constructs.IConstruct) {
		if e, ok := c.(CfnElement); ok {
			p.element(e, ds)
		}
		for k, i := childrenOf(c), 0; i < k.len(); i++ {
			ch := k.at(i)
			if st, ok := ch.(Stage); ok && st.stageImpl() != root {
				continue
			}
			walk(ch)
		}
	}
	walk(root)
	for _, u := range p.uses {
		if u.consumer == nil || (u.coupled == nil && u.ref.hasValueForStack(u.consumer)) {
			continue
		}
		u := u
		var v interface{}
		d := catchResolve(func() {
			if u.coupled != nil {
				v = resolveCrossStack(u.consumer, u.el, u.ref, u.coupled.strength.contextValue())
			} else {
				v = resolveCrossStack(u.consumer, u.el, u.ref, "")
			}
		})
		if d != nil {
			if d.Path == "" {
				d.Path = *u.el.Node().Path()
			}
			ds.Append(d)
			continue
		}
		if u.coupled != nil {
			u.coupled.resolved = v
			continue
		}
		u.ref.assignValueForStack(u.consumer, v)
	}
}

// refsPass is the references pass's state while it resolves one element
// after another with the same resolver.
type refsPass struct {
	r    resolver
	uses []refUse
	// Of the element being resolved:
	el       CfnElement
	consumer *stack
	// crosses: it uses something from another stack; sawPreparing: a
	// token asked whether this is the preparing pass.
	crosses, sawPreparing bool
}

// refUse is a value of one stack used by an element.
type refUse struct {
	consumer *stack
	el       CfnElement
	ref      *cfnReference
	coupled  *coupledReference
}

func (p *refsPass) onToken(t interface{}) {
	switch ref := t.(type) {
	case *cfnReference:
		p.uses = append(p.uses, refUse{consumer: p.consumer, el: p.el, ref: ref})
		p.crosses = p.crosses || ref.target.stack != p.consumer
	case *coupledReference:
		p.uses = append(p.uses, refUse{consumer: p.consumer, el: p.el, ref: ref.ref, coupled: ref})
		p.crosses = true
	}
}

// element resolves e once, noting the values it uses from other stacks.
func (p *refsPass) element(e CfnElement, ds *diag.Diagnostics) {
	el := e.cfnEl()
	p.el, p.consumer = e, el.stack
	// An element that uses nothing from another stack renders the same in
	// the rendering pass: keep what this pass made.
	p.crosses, p.sawPreparing = false, false
	// Tokens see the element's stack, as when the template renders
	// (uncached lazies may look at their scope), so this pass's result can
	// stand for the rendering one; errors name the element.
	p.r.scope, p.r.errPath = e, nodePath(e)
	if p.consumer != nil {
		p.r.scope = p.consumer
	}
	var frag interface{}
	el.prepared, el.preparedOK = nil, false
	if d := catchResolve(func() { frag = resolveElement(&p.r, e) }); d != nil {
		if d.Path == "" {
			d.Path = *e.Node().Path()
		}
		ds.Append(d)
	} else if !p.crosses && !p.sawPreparing && p.consumer != nil {
		el.prepared, el.preparedOK = frag, true
	}
}

func crossStackStrength(consumer *stack) string {
	v := consumer.Node().TryGetContext(str("@aws-cdk/core:defaultCrossStackReferences"))
	if s, ok := v.(string); ok {
		switch s {
		case "strong", "weak", "both":
			return s
		}
		panicf(*consumer.Node().Path(), "invalid value for @aws-cdk/core:defaultCrossStackReferences: %q (use \"strong\", \"weak\" or \"both\")", s)
	}
	return "strong"
}

func resolveCrossStack(consumer *stack, from constructs.IConstruct, ref *cfnReference, strengthOverride string) interface{} {
	// Errors name both ends: the construct that uses the value and the one
	// that makes it.
	user := *consumer.Node().Path()
	if from != nil {
		user = *from.Node().Path()
	}
	producer := ref.target.stack
	if producer == nil || producer == consumer {
		return ref
	}
	if producer.Node().Root().Node() != consumer.Node().Root().Node() {
		panicf("", "cannot reference across apps: consuming and producing stacks must be defined within the same CDK app")
	}
	if v, ok := resolveNestedReference(consumer, from, ref, strengthOverride); ok {
		return v
	}
	pa, pr, ca, cr := producer.account, producer.region, consumer.account, consumer.region
	if isUnresolved(pa) {
		pa = "unknown-account"
	}
	if isUnresolved(pr) {
		pr = "unknown-region"
	}
	if isUnresolved(ca) {
		ca = "unknown-account"
	}
	if isUnresolved(cr) {
		cr = "unknown-region"
	}
	strength := strengthOverride
	if strength == "" {
		if r, ok := hostOf(ref.target.Construct).(CfnResource); ok && r.cfnRes().strength != "" {
			strength = r.cfnRes().strength.contextValue()
		}
	}
	if strength == "" {
		strength = crossStackStrength(consumer)
	}
	if pa != ca {
		panicf("", "%s (stack %q) cannot reference %s in stack %q: the stacks are in different accounts (%s and %s); cross-account references are not supported yet: pass the value in explicitly (for example as a parameter)", user, *consumer.Node().Path(), ref, *producer.Node().Path(), pa, ca)
	}
	if pr != cr {
		if pr == "unknown-region" || cr == "unknown-region" {
			panicf("", "%s (stack %q) cannot reference %s in stack %q. Cross stack/region references are only supported for stacks with an explicit region defined.", user, *consumer.Node().Path(), ref, *producer.Node().Path())
		}
		// A weak reference reads the producer's output in its own region
		// (Fn::GetStackOutput's Region); strong ones would need aws-cdk-lib's
		// cross-region export custom resources.
		if strength != "weak" {
			panicf("", "%s (stack %q) cannot reference %s in stack %q: the stacks are in different regions (%s and %s); cross-region references are not supported yet", user, *consumer.Node().Path(), ref, *producer.Node().Path(), pr, cr)
		}
	}
	consumer.addAssemblyDependency(producer, *consumer.Node().Path()+" -> "+*ref.target.Node().Path()+"."+ref.attribute)
	switch strength {
	case "strong":
		return importValueFor(producer, ref)
	case "both":
		importValueFor(producer, ref)
	}
	return stackOutputFor(producer, ref)
}

func importValueFor(producer *stack, ref *cfnReference) interface{} {
	if ref.typeHint == ResolutionTypeHint_STRING_LIST {
		return Tokenization_ReverseList(producer.ExportStringListValue(ref, nil))
	}
	return Tokenization_ReverseCompleteString(producer.ExportValue(ref, nil))
}

func stackOutputFor(producer *stack, ref *cfnReference) interface{} {
	resolved := (&resolver{scope: producer, removeEmpty: true}).resolve(ref, nil)
	id := "Output" + mustJSON(resolved)
	var scope constructs.Construct
	if c := producer.Node().TryFindChild(str("Publish")); c != nil {
		scope = c.(constructs.Construct)
	} else {
		scope = constructs.NewConstruct(producer, str("Publish"))
	}
	out, _ := scope.Node().TryFindChild(str(id)).(CfnOutput)
	if out == nil {
		if ref.typeHint == ResolutionTypeHint_STRING_LIST {
			out = NewCfnOutput(scope, str(id), &CfnOutputProps{Value: Fn_Join(str(listDelimiter), Token_AsList(ref, nil))})
		} else {
			out = NewCfnOutput(scope, str(id), &CfnOutputProps{Value: Token_AsString(ref, nil)})
		}
	}
	get := Fn_GetStackOutput(str(producer.stackName), out.LogicalId(), str(producer.region), nil)
	if ref.typeHint == ResolutionTypeHint_STRING_LIST {
		return Tokenization_ReverseList(Fn_Split(str(listDelimiter), get, nil))
	}
	return Tokenization_ReverseCompleteString(get)
}
