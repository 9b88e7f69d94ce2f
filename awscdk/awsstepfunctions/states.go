package awsstepfunctions

import (
	"math"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ---- Pass ----

// Result is the fixed output of a Pass state.
type Result interface {
	Value() interface{}
}

type result struct{ value interface{} }

func (r *result) Value() interface{} { return r.value }

// NewResult is a Pass state's output value.
func NewResult(value interface{}) Result { return &result{value} }

// Result_FromString is a fixed Pass result.
func Result_FromString(value *string) Result { return &result{value} }

// Result_FromNumber is a fixed Pass result.
func Result_FromNumber(value *float64) Result { return &result{value} }

// Result_FromBoolean is a fixed Pass result.
func Result_FromBoolean(value *bool) Result { return &result{value} }

// Result_FromObject is a fixed Pass result.
func Result_FromObject(value *map[string]interface{}) Result { return &result{value} }

// Result_FromArray is a fixed Pass result.
func Result_FromArray(value *[]interface{}) Result { return &result{value} }

// Pass passes its input to its output, optionally transformed or replaced.
type Pass interface {
	State
	INextable
}

type pass struct {
	*state
	result Result
}

// NewPass creates a Pass state.
func NewPass(scope constructs.Construct, id *string, props *PassProps) Pass {
	if props == nil {
		props = &PassProps{}
	}
	p := &pass{state: &state{}, result: props.Result}
	initState(p.state, p, scope, id, &StateProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, InputPath: props.InputPath, OutputPath: props.OutputPath, Outputs: props.Outputs,
		Parameters: props.Parameters, ResultPath: props.ResultPath})
	p.endStates = []INextable{p}
	return p
}

// Pass_JsonPath creates a Pass state written in JSONPath.
func Pass_JsonPath(scope constructs.Construct, id *string, props *PassJsonPathProps) Pass {
	if props == nil {
		props = &PassJsonPathProps{}
	}
	return NewPass(scope, id, &PassProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, InputPath: props.InputPath, OutputPath: props.OutputPath, Parameters: props.Parameters,
		Result: props.Result, ResultPath: props.ResultPath})
}

// Pass_Jsonata creates a Pass state written in JSONata.
func Pass_Jsonata(scope constructs.Construct, id *string, props *PassJsonataProps) Pass {
	if props == nil {
		props = &PassJsonataProps{}
	}
	return NewPass(scope, id, &PassProps{Comment: props.Comment, QueryLanguage: QueryLanguage_JSONATA, StateName: props.StateName,
		Assign: props.Assign, Outputs: props.Outputs})
}

func (p *pass) Next(next IChainable) Chain {
	p.MakeNext(startOf(p, next, "next"))
	return Chain_Sequence(p, next)
}

func (p *pass) renderParameters() *ojson.Object {
	if p.parameters == nil {
		return nil
	}
	return obj("Parameters", renderObject(*p.parameters))
}

func (p *pass) renderASL(top QueryLanguage) *ojson.Object {
	o := obj("Type", "Pass")
	spread(o, p.renderQueryLanguage(top))
	var res interface{}
	if p.result != nil {
		res = p.result.Value()
	}
	o.Set("Comment", p.comment)
	o.Set("Result", res)
	o.Set("ResultPath", renderJSONPath(p.resultPath))
	spread(o, p.renderInputOutput())
	spread(o, p.renderParameters())
	spread(o, p.renderNextEnd())
	return spread(o, p.renderAssign(top))
}

// ---- Wait ----

// WaitTime is how long a Wait state waits.
type WaitTime interface{}

type waitTime struct{ json *ojson.Object }

// WaitTime_Duration waits a fixed time.
func WaitTime_Duration(duration awscdk.Duration) WaitTime {
	return &waitTime{obj("Seconds", seconds(duration))}
}

// WaitTime_Seconds waits the seconds a JSONata expression gives.
func WaitTime_Seconds(seconds *string) WaitTime { return &waitTime{obj("Seconds", deref(seconds))} }

// WaitTime_Timestamp waits until a timestamp.
func WaitTime_Timestamp(timestamp *string) WaitTime {
	return &waitTime{obj("Timestamp", deref(timestamp))}
}

// WaitTime_SecondsPath waits the seconds at a path of the input.
func WaitTime_SecondsPath(path *string) WaitTime { return &waitTime{obj("SecondsPath", deref(path))} }

// WaitTime_TimestampPath waits until the timestamp at a path of the input.
func WaitTime_TimestampPath(path *string) WaitTime {
	return &waitTime{obj("TimestampPath", deref(path))}
}

// Wait delays the execution.
type Wait interface {
	State
	INextable
}

type wait struct {
	*state
	time WaitTime
}

// NewWait creates a Wait state.
func NewWait(scope constructs.Construct, id *string, props *WaitProps) Wait {
	if props == nil {
		props = &WaitProps{}
	}
	w := &wait{state: &state{}, time: props.Time}
	initState(w.state, w, scope, id, &StateProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName, Assign: props.Assign})
	if props.Time == nil {
		throwAt(w, "Wait state '%s' needs a time (WaitProps.Time)", deref(id))
	}
	w.endStates = []INextable{w}
	return w
}

// Wait_JsonPath creates a Wait state written in JSONPath.
func Wait_JsonPath(scope constructs.Construct, id *string, props *WaitJsonPathProps) Wait {
	if props == nil {
		props = &WaitJsonPathProps{}
	}
	return NewWait(scope, id, &WaitProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName, Assign: props.Assign, Time: props.Time})
}

// Wait_Jsonata creates a Wait state written in JSONata.
func Wait_Jsonata(scope constructs.Construct, id *string, props *WaitJsonataProps) Wait {
	if props == nil {
		props = &WaitJsonataProps{}
	}
	return NewWait(scope, id, &WaitProps{Comment: props.Comment, QueryLanguage: QueryLanguage_JSONATA, StateName: props.StateName, Assign: props.Assign, Time: props.Time})
}

func (w *wait) Next(next IChainable) Chain {
	w.MakeNext(startOf(w, next, "next"))
	return Chain_Sequence(w, next)
}

func (w *wait) renderASL(top QueryLanguage) *ojson.Object {
	o := obj("Type", "Wait")
	spread(o, w.renderQueryLanguage(top))
	o.Set("Comment", w.comment)
	if t, ok := w.time.(*waitTime); ok {
		spread(o, t.json)
	}
	spread(o, w.renderInputOutput())
	spread(o, w.renderNextEnd())
	return spread(o, w.renderAssign(top))
}

// ---- Succeed ----

// Succeed ends the execution successfully.
type Succeed interface {
	State
}

type succeed struct{ *state }

// NewSucceed creates a Succeed state.
func NewSucceed(scope constructs.Construct, id *string, props *SucceedProps) Succeed {
	if props == nil {
		props = &SucceedProps{}
	}
	s := &succeed{state: &state{}}
	initState(s.state, s, scope, id, &StateProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		InputPath: props.InputPath, OutputPath: props.OutputPath, Outputs: props.Outputs})
	s.endStates = []INextable{}
	return s
}

// Succeed_JsonPath creates a Succeed state written in JSONPath.
func Succeed_JsonPath(scope constructs.Construct, id *string, props *SucceedJsonPathProps) Succeed {
	if props == nil {
		props = &SucceedJsonPathProps{}
	}
	return NewSucceed(scope, id, &SucceedProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName, InputPath: props.InputPath, OutputPath: props.OutputPath})
}

// Succeed_Jsonata creates a Succeed state written in JSONata.
func Succeed_Jsonata(scope constructs.Construct, id *string, props *SucceedJsonataProps) Succeed {
	if props == nil {
		props = &SucceedJsonataProps{}
	}
	return NewSucceed(scope, id, &SucceedProps{Comment: props.Comment, QueryLanguage: QueryLanguage_JSONATA, StateName: props.StateName, Outputs: props.Outputs})
}

func (s *succeed) renderASL(top QueryLanguage) *ojson.Object {
	o := obj("Type", "Succeed")
	spread(o, s.renderQueryLanguage(top))
	o.Set("Comment", s.comment)
	return spread(o, s.renderInputOutput())
}

// ---- Fail ----

// Fail ends the execution with an error.
type Fail interface {
	State
}

type fail struct {
	*state
	err, errorPath, cause, causePath *string
}

var failAllowedIntrinsics = []string{"States.Format", "States.JsonToString", "States.ArrayGetItem", "States.Base64Encode", "States.Base64Decode", "States.Hash", "States.UUID"}

// NewFail creates a Fail state.
func NewFail(scope constructs.Construct, id *string, props *FailProps) Fail {
	if props == nil {
		props = &FailProps{}
	}
	f := &fail{state: &state{}, err: props.Error, errorPath: props.ErrorPath, cause: props.Cause, causePath: props.CausePath}
	initState(f.state, f, scope, id, &StateProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName})
	f.endStates = []INextable{}
	return f
}

// Fail_JsonPath creates a Fail state written in JSONPath.
func Fail_JsonPath(scope constructs.Construct, id *string, props *FailJsonPathProps) Fail {
	if props == nil {
		props = &FailJsonPathProps{}
	}
	return NewFail(scope, id, &FailProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Cause: props.Cause, CausePath: props.CausePath, Error: props.Error, ErrorPath: props.ErrorPath})
}

// Fail_Jsonata creates a Fail state written in JSONata.
func Fail_Jsonata(scope constructs.Construct, id *string, props *FailJsonataProps) Fail {
	if props == nil {
		props = &FailJsonataProps{}
	}
	return NewFail(scope, id, &FailProps{Comment: props.Comment, QueryLanguage: QueryLanguage_JSONATA, StateName: props.StateName,
		Cause: props.Cause, Error: props.Error})
}

func isIntrinsicString(p *string) bool {
	return p == nil || (!isUnresolved(*p) && !strings.HasPrefix(*p, "$"))
}

func failPath(p *string) interface{} {
	if isIntrinsicString(p) {
		if p == nil {
			return nil
		}
		return *p
	}
	return renderJSONPath(p)
}

func (f *fail) renderASL(top QueryLanguage) *ojson.Object {
	o := obj("Type", "Fail")
	spread(o, f.renderQueryLanguage(top))
	o.Set("Comment", f.comment)
	o.Set("Error", f.err)
	o.Set("ErrorPath", failPath(f.errorPath))
	o.Set("Cause", f.cause)
	o.Set("CausePath", failPath(f.causePath))
	return o
}

func (f *fail) ValidateState() *[]*string {
	var errs []string
	allowed := func(p string) bool {
		for _, a := range failAllowedIntrinsics {
			if strings.HasPrefix(p, a) {
				return true
			}
		}
		return false
	}
	list := strings.Join(failAllowedIntrinsics, ", ")
	if f.errorPath != nil && *f.errorPath != "" && isIntrinsicString(f.errorPath) && !allowed(*f.errorPath) {
		errs = append(errs, "You must specify a valid intrinsic function in errorPath. Must be one of "+list)
	}
	if f.causePath != nil && *f.causePath != "" && isIntrinsicString(f.causePath) && !allowed(*f.causePath) {
		errs = append(errs, "You must specify a valid intrinsic function in causePath. Must be one of "+list)
	}
	if f.err != nil && *f.err != "" && f.errorPath != nil && *f.errorPath != "" {
		errs = append(errs, "Fail state cannot have both error and errorPath")
	}
	if f.cause != nil && *f.cause != "" && f.causePath != nil && *f.causePath != "" {
		errs = append(errs, "Fail state cannot have both cause and causePath")
	}
	return jsii.Strings(errs...)
}

// ---- Choice ----

// Choice branches on conditions over its input.
type Choice interface {
	State
	// Afterwards is a chain that continues from every branch's end.
	Afterwards(options *AfterwardsOptions) Chain
	// Otherwise is the branch taken when no condition matches.
	Otherwise(def IChainable) Choice
	// When adds a branch taken when condition holds.
	When(condition Condition, next IChainable, options *ChoiceTransitionOptions) Choice
}

type choice struct{ *state }

// NewChoice creates a Choice state.
func NewChoice(scope constructs.Construct, id *string, props *ChoiceProps) Choice {
	if props == nil {
		props = &ChoiceProps{}
	}
	c := &choice{state: &state{}}
	initState(c.state, c, scope, id, &StateProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, InputPath: props.InputPath, OutputPath: props.OutputPath, Outputs: props.Outputs})
	c.endStates = []INextable{}
	return c
}

// Choice_JsonPath creates a Choice state written in JSONPath.
func Choice_JsonPath(scope constructs.Construct, id *string, props *ChoiceJsonPathProps) Choice {
	if props == nil {
		props = &ChoiceJsonPathProps{}
	}
	return NewChoice(scope, id, &ChoiceProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, InputPath: props.InputPath, OutputPath: props.OutputPath})
}

// Choice_Jsonata creates a Choice state written in JSONata.
func Choice_Jsonata(scope constructs.Construct, id *string, props *ChoiceJsonataProps) Choice {
	if props == nil {
		props = &ChoiceJsonataProps{}
	}
	return NewChoice(scope, id, &ChoiceProps{Comment: props.Comment, QueryLanguage: QueryLanguage_JSONATA, StateName: props.StateName,
		Assign: props.Assign, Outputs: props.Outputs})
}

func (c *choice) When(condition Condition, next IChainable, options *ChoiceTransitionOptions) Choice {
	if condition == nil || isNilIface(condition) {
		throwAt(c, "Choice '%s': When needs a condition", c.stateID())
	}
	c.AddChoice(condition, startOf(c, next, "next"), options)
	return c
}

func (c *choice) Otherwise(def IChainable) Choice {
	c.MakeDefault(startOf(c, def, "otherwise"))
	return c
}

func (c *choice) Afterwards(options *AfterwardsOptions) Chain {
	if options == nil {
		options = &AfterwardsOptions{}
	}
	ends := *State_FilterNextables(State_FindReachableEndStates(c, &FindStateOptions{IncludeErrorHandlers: options.IncludeErrorHandlers}))
	if options.IncludeOtherwise != nil && *options.IncludeOtherwise {
		if c.defaultChoice != nil {
			throwUnscoped("'includeOtherwise' set but Choice state %s already has an 'otherwise' transition", c.stateID())
		}
		ends = append(ends, &defaultAsNext{c})
	}
	return Chain_Custom(c, &ends, c)
}

// defaultAsNext makes a Choice's otherwise branch the next of a chain.
type defaultAsNext struct{ choice *choice }

func (d *defaultAsNext) Next(next IChainable) Chain {
	d.choice.Otherwise(next)
	return Chain_Sequence(d.choice, next)
}

func (c *choice) renderASL(top QueryLanguage) *ojson.Object {
	o := obj("Type", "Choice")
	spread(o, c.renderQueryLanguage(top))
	o.Set("Comment", c.comment)
	spread(o, c.renderInputOutput())
	spread(o, c.renderChoices(""))
	return spread(o, c.renderAssign(top))
}

// ---- Parallel ----

// Parallel runs branches at the same time.
type Parallel interface {
	State
	INextable
	AddCatch(handler IChainable, props *CatchProps) Parallel
	AddRetry(props *RetryProps) Parallel
	// Branch adds branches to run.
	Branch(branches ...IChainable) Parallel
}

type parallel struct {
	*state
	pending []IChainable
}

// NewParallel creates a Parallel state.
func NewParallel(scope constructs.Construct, id *string, props *ParallelProps) Parallel {
	if props == nil {
		props = &ParallelProps{}
	}
	p := &parallel{state: &state{}}
	var args interface{}
	if props.Arguments != nil {
		args = *props.Arguments
	}
	initState(p.state, p, scope, id, &StateProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, InputPath: props.InputPath, OutputPath: props.OutputPath, Outputs: props.Outputs, Arguments: args,
		Parameters: props.Parameters, ResultPath: props.ResultPath, ResultSelector: props.ResultSelector})
	p.endStates = []INextable{p}
	return p
}

// Parallel_JsonPath creates a Parallel state written in JSONPath.
func Parallel_JsonPath(scope constructs.Construct, id *string, props *ParallelJsonPathProps) Parallel {
	if props == nil {
		props = &ParallelJsonPathProps{}
	}
	return NewParallel(scope, id, &ParallelProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, InputPath: props.InputPath, OutputPath: props.OutputPath, Parameters: props.Parameters,
		ResultPath: props.ResultPath, ResultSelector: props.ResultSelector})
}

// Parallel_Jsonata creates a Parallel state written in JSONata.
func Parallel_Jsonata(scope constructs.Construct, id *string, props *ParallelJsonataProps) Parallel {
	if props == nil {
		props = &ParallelJsonataProps{}
	}
	return NewParallel(scope, id, &ParallelProps{Comment: props.Comment, QueryLanguage: QueryLanguage_JSONATA, StateName: props.StateName,
		Assign: props.Assign, Outputs: props.Outputs, Arguments: props.Arguments})
}

func (p *parallel) AddRetry(props *RetryProps) Parallel { p.addRetry(props); return p }
func (p *parallel) AddCatch(handler IChainable, props *CatchProps) Parallel {
	p.addCatch(startOf(p, handler, "handler"), props)
	return p
}
func (p *parallel) Next(next IChainable) Chain {
	p.MakeNext(startOf(p, next, "next"))
	return Chain_Sequence(p, next)
}
func (p *parallel) Branch(branches ...IChainable) Parallel {
	p.pending = append(p.pending, branches...)
	return p
}

// BindToGraph turns the pending branches into graphs first: their names
// need the state's final id.
func (p *parallel) BindToGraph(graph StateGraph) {
	for _, b := range p.pending {
		name := "Parallel '" + p.stateID() + "' branch " + itoa(len(p.branches)+1)
		p.AddBranch(NewStateGraph(startOf(p, b, "branch"), jsii.String(name)))
	}
	p.pending = nil
	p.state.BindToGraph(graph)
}

func (p *parallel) renderASL(top QueryLanguage) *ojson.Object {
	o := obj("Type", "Parallel")
	spread(o, p.renderQueryLanguage(top))
	o.Set("Comment", p.comment)
	o.Set("ResultPath", renderJSONPath(p.resultPath))
	spread(o, p.renderNextEnd())
	spread(o, p.renderInputOutput())
	spread(o, p.renderRetryCatch(""))
	spread(o, p.renderBranches())
	spread(o, p.renderResultSelector())
	if p.parameters != nil {
		spread(o, obj("Parameters", renderObject(*p.parameters)))
	}
	return spread(o, p.renderAssign(top))
}

func (p *parallel) ValidateState() *[]*string {
	if len(p.branches) == 0 {
		return jsii.Strings("Parallel must have at least one branch")
	}
	return &[]*string{}
}

// ---- Map ----

// ProvideItems is the list a Map state iterates over (JSONata).
type ProvideItems interface {
	Items() interface{}
}

type provideItems struct{ items interface{} }

func (p *provideItems) Items() interface{} { return p.items }

// ProvideItems_JsonArray iterates over a fixed array.
func ProvideItems_JsonArray(array *[]interface{}) ProvideItems { return &provideItems{array} }

// ProvideItems_Jsonata iterates over what a JSONata expression gives.
func ProvideItems_Jsonata(jsonataExpression *string) ProvideItems {
	return &provideItems{jsonataExpression}
}

// MapBase is what Map (and DistributedMap) share.
type MapBase interface {
	State
	INextable
	Items() ProvideItems
	ItemSelector() *map[string]interface{}
	ItemsPath() *string
	JsonataItemSelector() *string
}

type mapBase struct {
	*state
	maxConcurrency        *float64
	maxConcurrencyPath    *string
	jsonataMaxConcurrency *string
	items                 ProvideItems
	itemsPath             *string
	itemSelector          *map[string]interface{}
	jsonataItemSelector   *string
}

func (m *mapBase) Items() ProvideItems                   { return m.items }
func (m *mapBase) ItemSelector() *map[string]interface{} { return m.itemSelector }
func (m *mapBase) ItemsPath() *string                    { return m.itemsPath }
func (m *mapBase) JsonataItemSelector() *string          { return m.jsonataItemSelector }

func (m *mapBase) Next(next IChainable) Chain {
	m.MakeNext(startOf(m, next, "next"))
	return Chain_Sequence(m.self, next)
}

func truthyNum(f *float64) bool { return f != nil && *f != 0 && !math.IsNaN(*f) }
func truthyStr(s *string) bool  { return s != nil && *s != "" }

func (m *mapBase) renderMapBase(top QueryLanguage) *ojson.Object {
	o := obj("Type", "Map")
	spread(o, m.renderQueryLanguage(top))
	o.Set("Comment", m.comment)
	o.Set("ResultPath", renderJSONPath(m.resultPath))
	spread(o, m.renderNextEnd())
	spread(o, m.renderInputOutput())
	spread(o, m.renderResultSelector())
	spread(o, m.renderRetryCatch(""))
	var items interface{}
	if m.items != nil {
		items = m.items.Items()
	}
	o.Set("Items", items)
	o.Set("ItemsPath", renderJSONPath(m.itemsPath))
	if m.itemSelector != nil || truthyStr(m.jsonataItemSelector) {
		var sel interface{} = m.jsonataItemSelector
		if m.itemSelector != nil {
			sel = *m.itemSelector
		}
		spread(o, renderObject(obj("ItemSelector", sel)))
	}
	spread(o, m.renderItemProcessor())
	if truthyNum(m.maxConcurrency) {
		o.Set("MaxConcurrency", *m.maxConcurrency)
	}
	if truthyStr(m.maxConcurrencyPath) {
		o.Set("MaxConcurrencyPath", renderJSONPath(m.maxConcurrencyPath))
	}
	if truthyNum(m.maxConcurrency) || truthyStr(m.jsonataMaxConcurrency) {
		var mc interface{} = m.jsonataMaxConcurrency
		if m.maxConcurrency != nil {
			mc = *m.maxConcurrency
		}
		spread(o, renderObject(obj("MaxConcurrency", mc)))
	}
	return spread(o, m.renderAssign(top))
}

func (m *mapBase) validateMapBase() []string {
	var errs []string
	if m.processorConfig != nil && m.processorConfig.Mode == ProcessorMode_DISTRIBUTED && m.processorConfig.ExecutionType == "" {
		errs = append(errs, "You must specify an execution type for the distributed Map workflow")
	}
	if truthyNum(m.maxConcurrency) && !isUnresolved(*m.maxConcurrency) {
		f := *m.maxConcurrency
		if f != math.Floor(f) || f < 0 || f > 9007199254740991 {
			errs = append(errs, "maxConcurrency has to be a positive integer")
		}
	}
	if truthyNum(m.maxConcurrency) && truthyStr(m.maxConcurrencyPath) {
		errs = append(errs, "Provide either `maxConcurrency` or `maxConcurrencyPath`, but not both")
	}
	if truthyStr(m.jsonataMaxConcurrency) && truthyNum(m.maxConcurrency) {
		errs = append(errs, "Provide either `maxConcurrency` or `jsonataMaxConcurrency`, but not both")
	}
	if truthyStr(m.jsonataMaxConcurrency) && truthyStr(m.maxConcurrencyPath) {
		errs = append(errs, "Provide either `maxConcurrencyPath` or `jsonataMaxConcurrency`, but not both")
	}
	if truthyStr(m.jsonataMaxConcurrency) && !isJsonata(*m.jsonataMaxConcurrency) {
		errs = append(errs, "The `jsonataMaxConcurrency` property must be a valid JSONata expression")
	}
	if m.itemSelector != nil && truthyStr(m.jsonataItemSelector) {
		errs = append(errs, "Provide either `itemSelector` or `jsonataItemSelector`, but not both")
	}
	if truthyStr(m.jsonataItemSelector) && !isJsonata(*m.jsonataItemSelector) {
		errs = append(errs, "The `jsonataItemSelector` property must be a valid JSONata expression")
	}
	return errs
}

// Map runs a set of states for every item of an array.
type Map interface {
	MapBase
	AddCatch(handler IChainable, props *CatchProps) Map
	AddRetry(props *RetryProps) Map
	// ItemProcessor sets the states run for each item.
	ItemProcessor(processor IChainable, config *ProcessorConfig) Map
	// Iterator sets the states run for each item (the older form).
	Iterator(iterator IChainable) Map
}

type mapState struct{ mapBase }

// NewMap creates an inline Map state.
func NewMap(scope constructs.Construct, id *string, props *MapProps) Map {
	if props == nil {
		props = &MapProps{}
	}
	m := &mapState{mapBase{state: &state{}}}
	initState(m.state, m, scope, id, &StateProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, InputPath: props.InputPath, OutputPath: props.OutputPath, Outputs: props.Outputs,
		Parameters: props.Parameters, ResultPath: props.ResultPath, ResultSelector: props.ResultSelector})
	m.endStates = []INextable{m}
	m.maxConcurrency, m.maxConcurrencyPath, m.jsonataMaxConcurrency = props.MaxConcurrency, props.MaxConcurrencyPath, props.JsonataMaxConcurrency
	m.items, m.itemsPath, m.itemSelector, m.jsonataItemSelector = props.Items, props.ItemsPath, props.ItemSelector, props.JsonataItemSelector
	m.processorMode = ProcessorMode_INLINE
	return m
}

// Map_JsonPath creates a Map state written in JSONPath.
func Map_JsonPath(scope constructs.Construct, id *string, props *MapJsonPathProps) Map {
	if props == nil {
		props = &MapJsonPathProps{}
	}
	return NewMap(scope, id, &MapProps{Comment: props.Comment, QueryLanguage: props.QueryLanguage, StateName: props.StateName,
		Assign: props.Assign, ItemSelector: props.ItemSelector, MaxConcurrency: props.MaxConcurrency, InputPath: props.InputPath,
		OutputPath: props.OutputPath, ItemsPath: props.ItemsPath, MaxConcurrencyPath: props.MaxConcurrencyPath,
		ResultPath: props.ResultPath, ResultSelector: props.ResultSelector, Parameters: props.Parameters})
}

// Map_Jsonata creates a Map state written in JSONata.
func Map_Jsonata(scope constructs.Construct, id *string, props *MapJsonataProps) Map {
	if props == nil {
		props = &MapJsonataProps{}
	}
	return NewMap(scope, id, &MapProps{Comment: props.Comment, QueryLanguage: QueryLanguage_JSONATA, StateName: props.StateName,
		Assign: props.Assign, ItemSelector: props.ItemSelector, JsonataItemSelector: props.JsonataItemSelector,
		JsonataMaxConcurrency: props.JsonataMaxConcurrency, MaxConcurrency: props.MaxConcurrency, Outputs: props.Outputs, Items: props.Items})
}

func (m *mapState) AddRetry(props *RetryProps) Map { m.addRetry(props); return m }
func (m *mapState) AddCatch(handler IChainable, props *CatchProps) Map {
	m.addCatch(startOf(m, handler, "handler"), props)
	return m
}

func (m *mapState) Iterator(iterator IChainable) Map {
	m.AddIterator(NewStateGraph(startOf(m, iterator, "iterator"), jsii.String("Map "+m.stateID()+" Iterator")))
	return m
}

func (m *mapState) ItemProcessor(processor IChainable, config *ProcessorConfig) Map {
	m.AddItemProcessor(NewStateGraph(startOf(m, processor, "processor"), jsii.String("Map "+m.stateID()+" Item Processor")), config)
	return m
}

func (m *mapState) renderASL(top QueryLanguage) *ojson.Object {
	o := m.renderMapBase(top)
	if m.parameters != nil {
		spread(o, obj("Parameters", renderObject(*m.parameters)))
	}
	return spread(o, m.renderIterator())
}

func (m *mapState) ValidateState() *[]*string {
	errs := m.validateMapBase()
	if m.iteration == nil && m.processor == nil {
		errs = append(errs, "Map state must either have a non-empty iterator or a non-empty item processor")
	}
	if m.iteration != nil && m.processor != nil {
		errs = append(errs, "Map state cannot have both an iterator and an item processor")
	}
	if m.parameters != nil && (m.itemSelector != nil || truthyStr(m.jsonataItemSelector)) {
		errs = append(errs, "Map state cannot have both parameters and an item selector")
	}
	return jsii.Strings(errs...)
}

// ---- CustomState ----

// CustomState is a state given as its raw ASL object.
type CustomState interface {
	State
	INextable
	AddCatch(handler IChainable, props *CatchProps) CustomState
	AddRetry(props *RetryProps) CustomState
}

type customState struct {
	*state
	stateJSON map[string]interface{}
}

// NewCustomState creates a state from its ASL object.
func NewCustomState(scope constructs.Construct, id *string, props *CustomStateProps) CustomState {
	c := &customState{state: &state{}}
	initState(c.state, c, scope, id, &StateProps{})
	if props == nil || props.StateJson == nil {
		throwAt(c, "CustomState needs its ASL object (CustomStateProps.StateJson)")
	}
	c.stateJSON = *props.StateJson
	c.endStates = []INextable{c}
	return c
}

func (c *customState) AddRetry(props *RetryProps) CustomState { c.addRetry(props); return c }
func (c *customState) AddCatch(handler IChainable, props *CatchProps) CustomState {
	c.addCatch(startOf(c, handler, "handler"), props)
	return c
}
func (c *customState) Next(next IChainable) Chain {
	c.MakeNext(startOf(c, next, "next"))
	return Chain_Sequence(c, next)
}

func (c *customState) renderASL(top QueryLanguage) *ojson.Object {
	o := ojson.New()
	spread(o, c.renderQueryLanguage(top))
	spread(o, c.renderNextEnd())
	for _, k := range sortedKeys(c.stateJSON) {
		o.Set(k, c.stateJSON[k])
	}
	spread(o, c.renderRetryCatch(""))
	for _, field := range []string{"Retry", "Catch"} {
		own, ok := norm(c.stateJSON[field]).([]interface{})
		if !ok {
			continue
		}
		cur, _ := o.Get(field)
		if added, ok := cur.([]interface{}); ok {
			if len(added) > 0 && len(own) > 0 {
				c.warnBoth(field)
			}
			o.Set(field, append(append([]interface{}{}, added...), own...))
		} else {
			o.Set(field, append([]interface{}{}, own...))
		}
	}
	return o
}

func (c *customState) warnBoth(field string) {
	if field == "Retry" {
		awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/aws-stepfunctions:multipleRetrySources"), jsii.String(strings.Join([]string{
			"CustomState constructs can configure state retries using the stateJson property or by using the addRetry() function.",
			"When retries are configured using both of these, the state definition's Retry field is generated ",
			"by first rendering retries from addRetry(), then rendering retries from the stateJson."}, "\n")))
		return
	}
	awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/aws-stepfunctions:multipleCatchSources"), jsii.String(strings.Join([]string{
		"CustomState constructs can configure state catchers using the stateJson property or by using the addCatch() function.",
		"When catchers are configured using both of these, the state definition's Catch field is generated ",
		"by first rendering catchers from addCatch(), then rendering catchers from the stateJson."}, "\n")))
}

// ---- statics every state type repeats ----

func itoa(i int) string { return formatNumber(float64(i)) }

// throwAt stops with a mistake about construct c.
func throwAt(c constructs.IConstruct, format string, args ...interface{}) {
	throwPath(*c.Node().Path(), format, args...)
}
