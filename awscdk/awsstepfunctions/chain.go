package awsstepfunctions

// Chain is a sequence of states built with Next: where it starts, and the
// states a following state attaches to.
type Chain interface {
	IChainable
	// Next continues every end state with next.
	Next(next IChainable) Chain
	// ToSingleState wraps the chain in a Parallel state with one branch.
	ToSingleState(id *string, props *ParallelProps) Parallel
}

type chain struct {
	startState State
	endStates  []INextable
	lastAdded  IChainable
}

func newChain(start State, ends *[]INextable, last IChainable) Chain {
	c := &chain{startState: start, lastAdded: last}
	if ends != nil {
		c.endStates = append(c.endStates, *ends...)
	}
	return c
}

// Chain_Start begins a chain with state.
func Chain_Start(state IChainable) Chain {
	startOf(nil, state, "first")
	return newChain(state.StartState(), state.EndStates(), state)
}

// Chain_Sequence is the chain from start to next, once they are linked.
func Chain_Sequence(start IChainable, next IChainable) Chain {
	startOf(nil, start, "first")
	startOf(nil, next, "next")
	return newChain(start.StartState(), next.EndStates(), next)
}

// Chain_Custom is a chain with the given start and end states.
func Chain_Custom(startState State, endStates *[]INextable, lastAdded IChainable) Chain {
	return newChain(startState, endStates, lastAdded)
}

func (c *chain) Id() *string       { return c.lastAdded.Id() }
func (c *chain) StartState() State { return c.startState }
func (c *chain) EndStates() *[]INextable {
	out := append([]INextable{}, c.endStates...)
	return &out
}

func (c *chain) Next(next IChainable) Chain {
	if len(c.endStates) == 0 {
		throwUnscoped("Cannot add to chain: last state in chain (%s) does not allow it", deref(c.lastAdded.Id()))
	}
	startOf(nil, next, "next")
	for _, e := range c.endStates {
		e.Next(next)
	}
	return newChain(c.startState, next.EndStates(), next)
}

func (c *chain) ToSingleState(id *string, props *ParallelProps) Parallel {
	return NewParallel(c.startState, id, props).Branch(c)
}
