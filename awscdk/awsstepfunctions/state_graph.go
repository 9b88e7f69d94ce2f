package awsstepfunctions

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// StateGraph is the set of states reachable from a start state: a state
// machine's definition, or a Parallel branch or Map iterator inside one.
// Graphs register into their enclosing graph so that state names stay
// unique across the whole definition.
type StateGraph interface {
	// PolicyStatements are the statements the states need on the state machine's role.
	PolicyStatements() *[]awsiam.PolicyStatement
	StartState() State
	// Timeout is the graph's TimeoutSeconds.
	Timeout() awscdk.Duration
	SetTimeout(val awscdk.Duration)
	// Bind adds what the graph's states need to stateMachine.
	Bind(stateMachine StateMachine)
	RegisterPolicyStatement(statement awsiam.PolicyStatement)
	RegisterState(state State)
	RegisterSuperGraph(graph StateGraph)
	// ToGraphJson is the graph's ASL object (StartAt, States, TimeoutSeconds).
	ToGraphJson(queryLanguage QueryLanguage) *map[string]interface{}
	ToString() *string
}

type containedState struct {
	id    string
	graph *stateGraph
}

type stateGraph struct {
	startState  State
	description string
	timeout     awscdk.Duration
	statements  []awsiam.PolicyStatement
	allStates   []State
	contained   []containedState
	superGraph  *stateGraph
}

// NewStateGraph collects the states reachable from startState.
func NewStateGraph(startState State, graphDescription *string) StateGraph {
	g := &stateGraph{startState: startState, description: deref(graphDescription)}
	g.allStates = appendUnique(g.allStates, startState)
	startState.BindToGraph(g)
	return g
}

func (g *stateGraph) StartState() State              { return g.startState }
func (g *stateGraph) Timeout() awscdk.Duration       { return g.timeout }
func (g *stateGraph) SetTimeout(val awscdk.Duration) { g.timeout = val }
func (g *stateGraph) PolicyStatements() *[]awsiam.PolicyStatement {
	out := append([]awsiam.PolicyStatement{}, g.statements...)
	return &out
}

func (g *stateGraph) RegisterState(st State) {
	g.registerContained(*st.StateId(), g)
	g.allStates = appendUnique(g.allStates, st)
}

func (g *stateGraph) RegisterPolicyStatement(statement awsiam.PolicyStatement) {
	if g.superGraph != nil {
		g.superGraph.RegisterPolicyStatement(statement)
		return
	}
	g.statements = append(g.statements, statement)
}

func (g *stateGraph) RegisterSuperGraph(graph StateGraph) {
	sg, ok := graph.(*stateGraph)
	if !ok || g.superGraph == sg {
		return
	}
	if g.superGraph != nil {
		throwUnscoped("Every StateGraph can only be registered into one other StateGraph")
	}
	g.superGraph = sg
	for _, c := range g.contained {
		sg.registerContained(c.id, c.graph)
	}
	for _, st := range g.statements {
		sg.RegisterPolicyStatement(st)
	}
}

func (g *stateGraph) registerContained(id string, graph *stateGraph) {
	if g.superGraph != nil {
		g.superGraph.registerContained(id, graph)
		return
	}
	for _, c := range g.contained {
		if c.id == id {
			throwUnscoped("State with name '%s' occurs in both %s and %s. All states must have unique names.",
				id, deref(graph.ToString()), deref(c.graph.ToString()))
		}
	}
	g.contained = append(g.contained, containedState{id, graph})
}

func (g *stateGraph) ToString() *string {
	var some []string
	for i, st := range g.allStates {
		if i == 3 {
			break
		}
		some = append(some, *st.StateId())
	}
	if len(g.allStates) > 3 {
		some = append(some, "...")
	}
	return jsii.String(g.description + " (" + strings.Join(some, ", ") + ")")
}

func (g *stateGraph) toGraphJSON(ql QueryLanguage) *ojson.Object {
	states := ojson.New()
	for _, st := range g.allStates {
		states.Set(*st.StateId(), renderState(st, ql))
	}
	return obj("StartAt", g.startState.StateId(), "States", states, "TimeoutSeconds", seconds(g.timeout))
}

func (g *stateGraph) ToGraphJson(ql QueryLanguage) *map[string]interface{} {
	m, _ := toGoValue(prune(g.toGraphJSON(ql))).(map[string]interface{})
	return &m
}

// graphJSON is g's ordered ASL object.
func graphJSON(g StateGraph, ql QueryLanguage) interface{} {
	if sg, ok := g.(*stateGraph); ok {
		return sg.toGraphJSON(ql)
	}
	if m := g.ToGraphJson(ql); m != nil {
		return *m
	}
	return nil
}

// Bind grants what the graph's distributed Map states need on stateMachine.
func (g *stateGraph) Bind(stateMachine StateMachine) { g.bindDistributedMaps(stateMachine) }
