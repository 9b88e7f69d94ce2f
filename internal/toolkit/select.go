package toolkit

import (
	"fmt"
	"path"
	"strings"
)

// Selection says which stacks a command acts on.
type Selection struct {
	Patterns []string
	All      bool
	// Extend adds upstream dependencies (deploy) or downstream dependents
	// (destroy); none for synth/diff/ls.
	Extend Extend
}

// Extend is how a selection grows along dependencies.
type Extend int

const (
	ExtendNone Extend = iota
	ExtendUpstream
	ExtendDownstream
)

// ErrAmbiguous is the error when several stacks exist and none was named.
type ErrAmbiguous struct{ Names []string }

func (e *ErrAmbiguous) Error() string {
	return fmt.Sprintf("since this app includes more than a single stack, specify which stacks to use (wildcards are supported) or specify `--all`\nStacks: %s", strings.Join(e.Names, " · "))
}

// Select returns the chosen stacks in dependency order (dependencies first).
// With no patterns and no --all: the only stack, or ErrAmbiguous (when
// allowAmbiguous is false) / every top-level stack (when it is true).
func (a *Assembly) Select(sel Selection, allowAmbiguous bool) ([]*Stack, error) {
	if len(a.Stacks) == 0 {
		return nil, fmt.Errorf("this app contains no stacks")
	}
	top := a.topLevel()
	var chosen []*Stack
	switch {
	case sel.All:
		chosen = top
	case len(sel.Patterns) == 0:
		if len(top) == 1 || allowAmbiguous {
			chosen = top
			if len(top) == 0 {
				chosen = a.Stacks
			}
		} else {
			names := make([]string, 0, len(a.Stacks))
			for _, s := range a.Stacks {
				names = append(names, s.DisplayName)
			}
			return nil, &ErrAmbiguous{Names: names}
		}
	default:
		picked := map[*Stack]bool{}
		for _, pat := range sel.Patterns {
			n := 0
			for _, s := range a.Stacks {
				if matchStack(pat, s) && !picked[s] {
					picked[s] = true
					chosen = append(chosen, s)
					n++
				} else if matchStack(pat, s) {
					n++
				}
			}
			if n == 0 {
				return nil, fmt.Errorf("no stack matches %q; the app has: %s", pat, strings.Join(a.names(), ", "))
			}
		}
	}
	switch sel.Extend {
	case ExtendUpstream:
		chosen = a.closure(chosen, func(s *Stack) []*Stack { return a.deps(s) })
	case ExtendDownstream:
		chosen = a.closure(chosen, func(s *Stack) []*Stack { return a.dependents(s) })
	}
	return a.order(chosen)
}

func (a *Assembly) names() []string {
	out := make([]string, 0, len(a.Stacks))
	for _, s := range a.Stacks {
		out = append(out, s.DisplayName)
	}
	return out
}

// topLevel is the stacks not inside a stage (nested assembly).
func (a *Assembly) topLevel() []*Stack {
	var out []*Stack
	for _, s := range a.Stacks {
		if s.Dir == a.Dir {
			out = append(out, s)
		}
	}
	return out
}

func matchStack(pat string, s *Stack) bool {
	if pat == "**" || pat == s.DisplayName || pat == s.ID || pat == s.StackName {
		return true
	}
	for _, name := range []string{s.DisplayName, s.ID, s.StackName} {
		if ok, _ := path.Match(pat, name); ok {
			return true
		}
	}
	return false
}

func (a *Assembly) byID(id string) *Stack {
	for _, s := range a.Stacks {
		if s.ID == id {
			return s
		}
	}
	return nil
}

func (a *Assembly) deps(s *Stack) []*Stack {
	var out []*Stack
	for _, d := range s.Dependencies {
		if ds := a.byID(d); ds != nil {
			out = append(out, ds)
		}
	}
	return out
}

func (a *Assembly) dependents(s *Stack) []*Stack {
	var out []*Stack
	for _, o := range a.Stacks {
		for _, d := range o.Dependencies {
			if d == s.ID {
				out = append(out, o)
			}
		}
	}
	return out
}

func (a *Assembly) closure(start []*Stack, next func(*Stack) []*Stack) []*Stack {
	in := map[*Stack]bool{}
	var out []*Stack
	var visit func(*Stack)
	visit = func(s *Stack) {
		if in[s] {
			return
		}
		in[s] = true
		out = append(out, s)
		for _, n := range next(s) {
			visit(n)
		}
	}
	for _, s := range start {
		visit(s)
	}
	return out
}

// order sorts stacks so that every stack comes after the selected stacks it
// depends on, keeping manifest order otherwise.
func (a *Assembly) order(stacks []*Stack) ([]*Stack, error) {
	sel := map[*Stack]bool{}
	for _, s := range stacks {
		sel[s] = true
	}
	var out []*Stack
	state := map[*Stack]int{}
	var visit func(*Stack) error
	visit = func(s *Stack) error {
		switch state[s] {
		case 1:
			return fmt.Errorf("stacks depend on each other in a cycle through %s", s.DisplayName)
		case 2:
			return nil
		}
		state[s] = 1
		for _, d := range a.deps(s) {
			if sel[d] {
				if err := visit(d); err != nil {
					return err
				}
			}
		}
		state[s] = 2
		out = append(out, s)
		return nil
	}
	for _, s := range a.Stacks {
		if sel[s] {
			if err := visit(s); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// Dependencies returns the stacks s depends on.
func (a *Assembly) Dependencies(s *Stack) []*Stack { return a.deps(s) }
