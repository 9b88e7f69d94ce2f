package awsstepfunctions

import (
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/sfntask"
	"github.com/strata-cdk/strata/jsii"
)

// IChainable is anything a Chain can be built from: a state, a chain or a
// fragment.
type IChainable interface {
	// EndStates are the states a following state attaches to.
	EndStates() *[]INextable
	// Id is a descriptive identifier.
	Id() *string
	// StartState is the state that runs first.
	StartState() State
}

// INextable is a state (or chain) that can be followed by another.
type INextable interface {
	// Next continues with state and returns the chain so far.
	Next(state IChainable) Chain
}

// State is one state of a state machine. The concrete states (Pass, Wait,
// Choice, …) embed it.
type State interface {
	constructs.Construct
	IChainable
	Arguments() *map[string]interface{}
	Assign() *map[string]interface{}
	Branches() *[]StateGraph
	Comment() *string
	DefaultChoice() State
	SetDefaultChoice(val State)
	InputPath() *string
	Iteration() StateGraph
	SetIteration(val StateGraph)
	OutputPath() *string
	Outputs() *map[string]interface{}
	Parameters() *map[string]interface{}
	Processor() StateGraph
	SetProcessor(val StateGraph)
	ProcessorConfig() *ProcessorConfig
	SetProcessorConfig(val *ProcessorConfig)
	ProcessorMode() ProcessorMode
	SetProcessorMode(val ProcessorMode)
	QueryLanguage() QueryLanguage
	ResultPath() *string
	ResultSelector() *map[string]interface{}
	// StateId is the state's name in the definition: its prefixes and its
	// StateName (default: its construct id).
	StateId() *string
	StateName() *string
	AddBranch(branch StateGraph)
	AddChoice(condition Condition, next State, options *ChoiceTransitionOptions)
	AddItemProcessor(processor StateGraph, config *ProcessorConfig)
	AddIterator(iteration StateGraph)
	AddPrefix(x *string)
	BindToGraph(graph StateGraph)
	MakeDefault(def State)
	MakeNext(next State)
	RenderAssign(topLevelQueryLanguage QueryLanguage) interface{}
	RenderBranches() interface{}
	RenderChoices(topLevelQueryLanguage QueryLanguage) interface{}
	RenderInputOutput() interface{}
	RenderItemProcessor() interface{}
	RenderIterator() interface{}
	RenderNextEnd() interface{}
	RenderQueryLanguage(topLevelQueryLanguage QueryLanguage) interface{}
	RenderResultSelector() interface{}
	RenderRetryCatch(topLevelQueryLanguage QueryLanguage) interface{}
	// ToStateJson is the state's Amazon States Language object.
	ToStateJson(stateMachineQueryLanguage QueryLanguage) *map[string]interface{}
	ToString() *string
	ValidateState() *[]*string
	WhenBoundToGraph(graph StateGraph)
}

// stateImpl is what every state of this package implements beyond State:
// its shared base and its ordered ASL rendering.
type stateImpl interface {
	base() *state
	renderASL(ql QueryLanguage) *ojson.Object
}

type choiceEntry struct {
	condition Condition
	next      State
	opts      ChoiceTransitionOptions
}

type catchEntry struct {
	next  State
	props CatchProps
}

// state is the base every concrete state embeds; self is the outer value,
// through which the methods a state overrides are called.
type state struct {
	constructs.Construct
	self State

	stateName, comment                *string
	inputPath, outputPath, resultPath *string
	parameters, resultSelector        *map[string]interface{}
	assign                            *map[string]interface{}
	arguments, outputs                interface{}
	queryLanguage                     QueryLanguage

	branches        []StateGraph
	iteration       StateGraph
	processor       StateGraph
	processorMode   ProcessorMode
	processorConfig *ProcessorConfig
	defaultChoice   State
	next            State
	retries         []RetryProps
	catches         []catchEntry
	choices         []choiceEntry
	prefixes        []string
	containingGraph StateGraph
	incoming        []State
	endStates       []INextable
	// renderer renders the state when self is a Go type embedding it;
	// callBack says that type renders itself (ToStateJson) unless it is a
	// task type of Strata's own.
	renderer stateImpl
	callBack bool
}

// initState creates the construct of self and fills the base from props.
func initState(s *state, self State, scope constructs.Construct, id *string, props *StateProps) {
	s.Construct = constructs.NewConstruct(scope, id)
	host.Set(s.Construct, self)
	s.self = self
	s.processorMode = ProcessorMode_INLINE
	if props == nil {
		props = &StateProps{}
	}
	s.stateName, s.comment = props.StateName, props.Comment
	s.inputPath, s.outputPath, s.resultPath = props.InputPath, props.OutputPath, props.ResultPath
	s.parameters, s.resultSelector, s.assign = props.Parameters, props.ResultSelector, props.Assign
	s.arguments, s.outputs = props.Arguments, props.Outputs
	s.queryLanguage = normQL(props.QueryLanguage)
	s.Node().AddValidation(l2.Validation(func() []string { return strs(s.self.ValidateState()) }))
}

func (s *state) base() *state { return s }

func baseOf(x State) *state {
	if i, ok := x.(stateImpl); ok {
		return i.base()
	}
	// A Go type made with NewState_Override embeds the State holding its base.
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Ptr && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() == reflect.Struct {
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.Anonymous || !f.IsExported() || f.Type.Kind() != reflect.Interface || v.Field(i).IsNil() {
				continue
			}
			if si, ok := v.Field(i).Interface().(stateImpl); ok {
				return si.base()
			}
		}
	}
	return nil
}

func (s *state) Arguments() *map[string]interface{} {
	if m, ok := norm(s.arguments).(map[string]interface{}); ok {
		return &m
	}
	return nil
}
func (s *state) Assign() *map[string]interface{} { return s.assign }
func (s *state) Branches() *[]StateGraph {
	out := append([]StateGraph{}, s.branches...)
	return &out
}
func (s *state) Comment() *string                        { return s.comment }
func (s *state) DefaultChoice() State                    { return s.defaultChoice }
func (s *state) SetDefaultChoice(val State)              { s.defaultChoice = val }
func (s *state) EndStates() *[]INextable                 { out := append([]INextable{}, s.endStates...); return &out }
func (s *state) Id() *string                             { return s.Node().Id() }
func (s *state) InputPath() *string                      { return s.inputPath }
func (s *state) Iteration() StateGraph                   { return s.iteration }
func (s *state) SetIteration(val StateGraph)             { s.iteration = val }
func (s *state) OutputPath() *string                     { return s.outputPath }
func (s *state) Parameters() *map[string]interface{}     { return s.parameters }
func (s *state) Processor() StateGraph                   { return s.processor }
func (s *state) SetProcessor(val StateGraph)             { s.processor = val }
func (s *state) ProcessorConfig() *ProcessorConfig       { return s.processorConfig }
func (s *state) SetProcessorConfig(val *ProcessorConfig) { s.processorConfig = val }
func (s *state) ProcessorMode() ProcessorMode            { return s.processorMode }
func (s *state) SetProcessorMode(val ProcessorMode)      { s.processorMode = val }
func (s *state) QueryLanguage() QueryLanguage            { return s.queryLanguage }
func (s *state) ResultPath() *string                     { return s.resultPath }
func (s *state) ResultSelector() *map[string]interface{} { return s.resultSelector }
func (s *state) StartState() State                       { return s.self }
func (s *state) StateName() *string                      { return s.stateName }
func (s *state) Outputs() *map[string]interface{} {
	if m, ok := norm(s.outputs).(map[string]interface{}); ok {
		return &m
	}
	return nil
}

func (s *state) StateId() *string {
	name := deref(s.Node().Id())
	if s.stateName != nil && *s.stateName != "" {
		name = *s.stateName
	}
	return jsii.String(strings.Join(s.prefixes, "") + name)
}

func (s *state) stateID() string { return *s.StateId() }

func (s *state) AddPrefix(x *string) {
	if x != nil && *x != "" {
		s.prefixes = append([]string{*x}, s.prefixes...)
	}
}

func (s *state) ValidateState() *[]*string         { return &[]*string{} }
func (s *state) WhenBoundToGraph(graph StateGraph) { graph.RegisterState(s.self) }

func (s *state) BindToGraph(graph StateGraph) {
	if s.containingGraph == graph {
		return
	}
	if s.containingGraph != nil {
		throwUnscoped("Trying to use state '%s' in %s, but is already in %s. Every state can only be used in one graph.",
			s.stateID(), deref(graph.ToString()), deref(s.containingGraph.ToString()))
	}
	s.containingGraph = graph
	s.self.WhenBoundToGraph(graph)
	for _, in := range s.incoming {
		in.BindToGraph(graph)
	}
	for _, out := range s.outgoing(true) {
		out.BindToGraph(graph)
	}
	for _, b := range s.branches {
		b.RegisterSuperGraph(s.containingGraph)
	}
	if s.iteration != nil {
		s.iteration.RegisterSuperGraph(s.containingGraph)
	}
	if s.processor != nil {
		s.processor.RegisterSuperGraph(s.containingGraph)
	}
}

func validateErrors(errors *[]*string) {
	if errors == nil {
		return
	}
	all := false
	for _, e := range *errors {
		if deref(e) == errorsAll {
			all = true
		}
	}
	if all && len(*errors) > 1 {
		throwUnscoped("%s must appear alone in an error list", errorsAll)
	}
}

func (s *state) addRetry(props *RetryProps) {
	p := RetryProps{}
	if props != nil {
		p = *props
	}
	validateErrors(p.Errors)
	if p.Errors == nil {
		p.Errors = jsii.Strings(errorsAll)
	}
	s.retries = append(s.retries, p)
}

func (s *state) addCatch(handler State, props *CatchProps) {
	p := CatchProps{}
	if props != nil {
		p = *props
	}
	validateErrors(p.Errors)
	if p.Errors == nil {
		p.Errors = jsii.Strings(errorsAll)
	}
	s.catches = append(s.catches, catchEntry{next: handler, props: p})
	if b := baseOf(handler); b != nil {
		b.incoming = append(b.incoming, s.self)
	}
	if s.containingGraph != nil {
		handler.BindToGraph(s.containingGraph)
	}
}

func (s *state) MakeNext(next State) {
	if s.next != nil {
		l2.Throw(s, "State '%s' already has a next state", deref(s.Id()))
	}
	s.next = next
	if b := baseOf(next); b != nil {
		b.incoming = append(b.incoming, s.self)
	}
	if s.containingGraph != nil {
		next.BindToGraph(s.containingGraph)
	}
}

func (s *state) AddChoice(condition Condition, next State, options *ChoiceTransitionOptions) {
	e := choiceEntry{condition: condition, next: next}
	if options != nil {
		e.opts = *options
	}
	s.choices = append(s.choices, e)
	start := startOf(s, next, "next")
	if b := baseOf(start); b != nil {
		b.incoming = append(b.incoming, s.self)
	}
	if s.containingGraph != nil {
		start.BindToGraph(s.containingGraph)
	}
}

func (s *state) AddBranch(branch StateGraph) {
	s.branches = append(s.branches, branch)
	if s.containingGraph != nil {
		branch.RegisterSuperGraph(s.containingGraph)
	}
}

func (s *state) AddIterator(iteration StateGraph) {
	s.iteration = iteration
	if s.containingGraph != nil {
		iteration.RegisterSuperGraph(s.containingGraph)
	}
}

func (s *state) AddItemProcessor(processor StateGraph, config *ProcessorConfig) {
	s.processor = processor
	if config == nil {
		config = &ProcessorConfig{}
	}
	s.processorConfig = config
	if s.containingGraph != nil {
		processor.RegisterSuperGraph(s.containingGraph)
	}
}

func (s *state) MakeDefault(def State) {
	if s.defaultChoice != nil {
		l2.Throw(s, "Choice '%s' already has a default next state", deref(s.Id()))
	}
	s.defaultChoice = def
}

// outgoing lists the states this one may transition to.
func (s *state) outgoing(includeErrorHandlers bool) []State {
	var out []State
	if s.next != nil {
		out = append(out, s.next)
	}
	if s.defaultChoice != nil {
		out = append(out, s.defaultChoice)
	}
	for _, c := range s.choices {
		out = append(out, c.next)
	}
	if includeErrorHandlers {
		for _, c := range s.catches {
			out = append(out, c.next)
		}
	}
	return out
}

// actualQL is the language a state's fields are in: its own, else the
// state machine's, else JSONPath.
func actualQL(top, own QueryLanguage) QueryLanguage {
	if own != "" {
		return normQL(own)
	}
	if top != "" {
		return normQL(top)
	}
	return QueryLanguage_JSON_PATH
}

func obj(kv ...interface{}) *ojson.Object {
	o := ojson.New()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// spread copies src's keys into dst as JavaScript's object spread does (a
// key dst already has keeps its place).
func spread(dst *ojson.Object, src interface{}) *ojson.Object {
	switch o := norm(src).(type) {
	case *ojson.Object:
		if o != nil {
			for _, k := range o.Keys() {
				v, _ := o.Get(k)
				dst.Set(k, v)
			}
		}
	case map[string]interface{}:
		// A Go type's own rendering (a Condition, say): jsii hands its
		// keys over sorted.
		for _, k := range sortedKeys(o) {
			dst.Set(k, o[k])
		}
	}
	return dst
}

// maybe is o, or an untyped nil for a nil object (JavaScript's undefined).
func maybe(o *ojson.Object) interface{} {
	if o == nil {
		return nil
	}
	return o
}

func renderJSONPath(p *string) interface{} {
	if p == nil {
		return nil
	}
	if !isUnresolved(*p) && !strings.HasPrefix(*p, "$") {
		throwUnscoped("Expected JSON path to start with '$', got: %s", *p)
	}
	return *p
}

func (s *state) renderNextEnd() *ojson.Object {
	if s.next != nil {
		return obj("Next", s.next.StateId())
	}
	return obj("End", true)
}

func (s *state) RenderNextEnd() interface{} { return goValue(s.renderNextEnd()) }

func (s *state) renderChoices(top QueryLanguage) *ojson.Object {
	ql := actualQL(top, s.queryLanguage)
	var choices interface{}
	if len(s.choices) > 0 {
		list := make([]interface{}, len(s.choices))
		for i, c := range s.choices {
			o := ojson.New()
			if c.condition != nil {
				spread(o, c.condition.RenderCondition())
			}
			if ql == QueryLanguage_JSONATA {
				o.Set("Output", c.opts.Outputs)
				o.Set("Assign", c.opts.Assign)
			} else {
				o.Set("Assign", maybe(renderObject(c.opts.Assign)))
			}
			o.Set("Next", c.next.StateId())
			o.Set("Comment", c.opts.Comment)
			list[i] = o
		}
		choices = list
	}
	var def interface{}
	if s.defaultChoice != nil {
		def = s.defaultChoice.StateId()
	}
	return obj("Choices", choices, "Default", def)
}

func (s *state) RenderChoices(top QueryLanguage) interface{} { return goValue(s.renderChoices(top)) }

func (s *state) renderInputOutput() *ojson.Object {
	var params interface{}
	if s.parameters != nil {
		params = *s.parameters
	}
	return obj("InputPath", renderJSONPath(s.inputPath), "Parameters", params,
		"OutputPath", renderJSONPath(s.outputPath), "Arguments", s.arguments, "Output", s.outputs)
}

func (s *state) RenderInputOutput() interface{} { return goValue(s.renderInputOutput()) }

func (s *state) renderBranches() *ojson.Object {
	list := make([]interface{}, len(s.branches))
	for i, b := range s.branches {
		list[i] = graphJSON(b, "")
	}
	return obj("Branches", list)
}

func (s *state) RenderBranches() interface{} { return goValue(s.renderBranches()) }

func (s *state) renderIterator() *ojson.Object {
	if s.iteration == nil {
		return nil
	}
	return obj("Iterator", graphJSON(s.iteration, ""))
}

func (s *state) RenderIterator() interface{} { return goValue(s.renderIterator()) }

func hasAll(errors *[]*string) bool {
	if errors == nil {
		return false
	}
	for _, e := range *errors {
		if deref(e) == errorsAll {
			return true
		}
	}
	return false
}

func (s *state) renderRetryCatch(top QueryLanguage) *ojson.Object {
	ql := actualQL(top, s.queryLanguage)
	// Handlers for States.ALL go last, as the States language requires;
	// aws-cdk-lib sorts its lists in place, and so do we.
	sort.SliceStable(s.retries, func(i, j int) bool { return !hasAll(s.retries[i].Errors) && hasAll(s.retries[j].Errors) })
	sort.SliceStable(s.catches, func(i, j int) bool {
		return !hasAll(s.catches[i].props.Errors) && hasAll(s.catches[j].props.Errors)
	})
	var retry, catch interface{}
	if len(s.retries) > 0 {
		list := make([]interface{}, len(s.retries))
		for i, r := range s.retries {
			list[i] = obj("ErrorEquals", r.Errors, "IntervalSeconds", seconds(r.Interval), "MaxAttempts", r.MaxAttempts,
				"BackoffRate", r.BackoffRate, "MaxDelaySeconds", seconds(r.MaxDelay), "JitterStrategy", enumOrNil(string(r.JitterStrategy)))
		}
		retry = list
	}
	if len(s.catches) > 0 {
		list := make([]interface{}, len(s.catches))
		for i, c := range s.catches {
			o := ojson.New()
			if ql == QueryLanguage_JSONATA {
				o.Set("Output", c.props.Outputs)
				o.Set("Assign", c.props.Assign)
			} else {
				o.Set("Assign", maybe(renderObject(c.props.Assign)))
			}
			o.Set("ErrorEquals", c.props.Errors)
			o.Set("ResultPath", renderJSONPath(c.props.ResultPath))
			o.Set("Next", c.next.StateId())
			list[i] = o
		}
		catch = list
	}
	return obj("Retry", retry, "Catch", catch)
}

func (s *state) RenderRetryCatch(top QueryLanguage) interface{} {
	return goValue(s.renderRetryCatch(top))
}

func enumOrNil(s string) interface{} {
	if s == "" {
		return nil
	}
	return s
}

func (s *state) renderResultSelector() *ojson.Object {
	if s.resultSelector == nil {
		return ojson.New()
	}
	return obj("ResultSelector", renderObject(*s.resultSelector))
}

func (s *state) RenderResultSelector() interface{} { return goValue(s.renderResultSelector()) }

func (s *state) renderItemProcessor() *ojson.Object {
	if s.processor == nil {
		return nil
	}
	inner := ojson.New()
	spread(inner, s.renderProcessorConfig())
	spread(inner, graphJSON(s.processor, ""))
	return obj("ItemProcessor", inner)
}

func (s *state) RenderItemProcessor() interface{} { return goValue(s.renderItemProcessor()) }

func (s *state) renderProcessorConfig() *ojson.Object {
	mode := s.processorMode
	var execType interface{}
	if s.processorConfig != nil {
		if s.processorConfig.Mode != "" {
			mode = s.processorConfig.Mode
		}
		execType = enumOrNil(string(s.processorConfig.ExecutionType))
	}
	if mode == ProcessorMode_INLINE {
		return obj("ProcessorConfig", obj("Mode", string(mode)))
	}
	return obj("ProcessorConfig", obj("Mode", string(mode), "ExecutionType", execType))
}

func (s *state) renderQueryLanguage(top QueryLanguage) *ojson.Object {
	top = normQL(top)
	if top == "" {
		top = QueryLanguage_JSON_PATH
	}
	if top == QueryLanguage_JSONATA && s.queryLanguage == QueryLanguage_JSON_PATH {
		throwUnscoped("'queryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine %s", *s.Node().Path())
	}
	var ql interface{}
	if top == QueryLanguage_JSON_PATH && s.queryLanguage == QueryLanguage_JSONATA {
		ql = "JSONata"
	}
	return obj("QueryLanguage", ql)
}

func (s *state) RenderQueryLanguage(top QueryLanguage) interface{} {
	return goValue(s.renderQueryLanguage(top))
}

func (s *state) renderAssign(top QueryLanguage) *ojson.Object {
	if actualQL(top, s.queryLanguage) == QueryLanguage_JSON_PATH {
		return obj("Assign", maybe(renderObject(s.assign)))
	}
	var a interface{}
	if s.assign != nil {
		a = *s.assign
	}
	return obj("Assign", a)
}

func (s *state) RenderAssign(top QueryLanguage) interface{} { return goValue(s.renderAssign(top)) }

// ToStateJson is the state's ASL object as a Go map (the definition itself
// is rendered in aws-cdk-lib's key order).
func (s *state) ToStateJson(ql QueryLanguage) *map[string]interface{} {
	i, ok := s.self.(stateImpl)
	if !ok && s.renderer != nil {
		i, ok = s.renderer, true
	}
	if !ok {
		l2.Throw(s, "state %s: a Go type embedding State must implement ToStateJson", s.stateID())
	}
	m, _ := toGoValue(prune(i.renderASL(ql))).(map[string]interface{})
	return &m
}

// renderState is st's ordered ASL object.
func renderState(st State, ql QueryLanguage) interface{} {
	if i, ok := st.(stateImpl); ok {
		return i.renderASL(ql)
	}
	// A task type of Strata's own renders in order; a program's own type
	// through its ToStateJson.
	if b := baseOf(st); b != nil && b.renderer != nil && (!b.callBack || sfntask.Of(st) != nil) {
		return b.renderer.renderASL(ql)
	}
	if m := st.ToStateJson(ql); m != nil {
		return *m
	}
	return nil
}

// prune drops the keys JSON.stringify leaves out: those holding undefined.
func prune(v interface{}) interface{} {
	switch x := v.(type) {
	case *ojson.Object:
		if x == nil {
			return nil
		}
		out := ojson.New()
		for _, k := range x.Keys() {
			e, _ := x.Get(k)
			if e = prune(e); e != nil {
				out.Set(k, e)
			}
		}
		return out
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = prune(e)
		}
		return out
	case map[string]interface{}:
		out := ojson.New()
		for _, k := range sortedKeys(x) {
			if e := prune(x[k]); e != nil {
				out.Set(k, e)
			}
		}
		return out
	case *map[string]interface{}:
		if x == nil {
			return nil
		}
		return prune(*x)
	case string:
		return nullToken(x)
	case *string:
		if x == nil {
			return nil
		}
		return nullToken(*x)
	case *float64:
		if x == nil {
			return nil
		}
		return *x
	case *bool:
		if x == nil {
			return nil
		}
		return *x
	case *[]*string:
		if x == nil {
			return nil
		}
		return prune(norm(*x))
	case []*string:
		return prune(norm(x))
	}
	return v
}

// State_FindReachableStates lists the states reachable from start, start included.
func State_FindReachableStates(start State, options *FindStateOptions) *[]State {
	return findReachable(start, options, false)
}

// State_FindReachableEndStates lists the reachable states that have no
// outgoing transition.
func State_FindReachableEndStates(start State, options *FindStateOptions) *[]State {
	return findReachable(start, options, true)
}

func findReachable(start State, options *FindStateOptions, endsOnly bool) *[]State {
	handlers := options != nil && options.IncludeErrorHandlers != nil && *options.IncludeErrorHandlers
	visited := map[State]bool{}
	var ret []State
	queue := []State{start}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		if visited[st] {
			continue
		}
		visited[st] = true
		var out []State
		if b := baseOf(st); b != nil {
			out = b.outgoing(handlers)
		}
		queue = append(queue, out...)
		if !endsOnly || len(out) == 0 {
			ret = appendUnique(ret, st)
		}
	}
	return &ret
}

func appendUnique(xs []State, x State) []State {
	for _, e := range xs {
		if e == x {
			return xs
		}
	}
	return append(xs, x)
}

// State_FilterNextables keeps the states that can be followed by another.
func State_FilterNextables(states *[]State) *[]INextable {
	out := []INextable{}
	if states != nil {
		for _, s := range *states {
			if n, ok := s.(INextable); ok {
				out = append(out, n)
			}
		}
	}
	return &out
}

// State_PrefixStates adds prefix to the ids of every state under root.
func State_PrefixStates(root constructs.IConstruct, prefix *string) {
	queue := []constructs.IConstruct{root}
	for len(queue) > 0 {
		el := queue[0]
		queue = queue[1:]
		if p, ok := host.Of(el).(interface{ AddPrefix(*string) }); ok {
			p.AddPrefix(prefix)
		}
		queue = append(queue, *el.Node().Children()...)
	}
}

// State_IsConstruct reports whether x is a construct.
func State_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

func seconds(d awscdk.Duration) interface{} {
	if d == nil {
		return nil
	}
	return d.ToSeconds(nil)
}

func strs(p *[]*string) []string {
	if p == nil {
		return nil
	}
	out := make([]string, 0, len(*p))
	for _, s := range *p {
		if s != nil {
			out = append(out, *s)
		}
	}
	return out
}

// nullToken is JSON null for a string that is JsonPath_DISCARD (a token
// for JsonNull, which aws-cdk-lib's JSON rendering writes as null), else s.
func nullToken(s string) interface{} {
	if !strings.Contains(s, "${Token[") {
		return s
	}
	if t := awscdk.Tokenization_ReverseCompleteString(&s); t != nil {
		// The instance itself: a reference (Ref, GetAtt) also has ToJSON
		// and so satisfies the JsonNull interface.
		if t == awscdk.IResolvable(awscdk.JsonNull_INSTANCE()) {
			return ojson.Null
		}
	}
	return s
}

// startOf is c's start state; a nil c (a state, chain or branch that was
// never made) is a mistake about scope.
func startOf(scope constructs.IConstruct, c IChainable, what string) State {
	if c == nil || isNilIface(c) {
		if scope == nil {
			throwUnscoped("the %s state is nil", what)
		}
		l2.Throw(scope, "the %s state is nil", what)
	}
	return c.StartState()
}

func isNilIface(x interface{}) bool {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Ptr, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func:
		return v.IsNil()
	}
	return false
}

// goValue is an ordered rendering as the Go value aws-cdk-go hands out for
// it: maps and slices, without the keys JSON leaves out; nil for undefined.
func goValue(o *ojson.Object) interface{} {
	if o == nil {
		return nil
	}
	return toGoValue(prune(o))
}
