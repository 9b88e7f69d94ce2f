package constructs

// Dependable tells which constructs an IDependable stands for.
type Dependable interface {
	DependencyRoots() *[]IConstruct
}

type dependable struct{ roots func() []IConstruct }

func (d *dependable) DependencyRoots() *[]IConstruct { r := d.roots(); return &r }

// DependencyGroup is a set of constructs that can be depended on as one.
type DependencyGroup interface {
	IDependable
	Add(scopes ...IDependable)
	DependencyRoots() *[]IConstruct
}

type dependencyGroup struct{ members []IDependable }

// NewDependencyGroup creates a group of the given dependables.
func NewDependencyGroup(deps ...IDependable) DependencyGroup {
	return &dependencyGroup{members: append([]IDependable(nil), deps...)}
}

func (g *dependencyGroup) Add(scopes ...IDependable) { g.members = append(g.members, scopes...) }

func (g *dependencyGroup) DependencyRoots() *[]IConstruct {
	var out []IConstruct
	for _, m := range g.members {
		out = append(out, *Dependable_Of(m).DependencyRoots()...)
	}
	return &out
}

// Dependable_Of returns how instance resolves to constructs: a construct
// stands for itself; a group or a custom Dependable for its roots.
func Dependable_Of(instance IDependable) Dependable {
	switch v := instance.(type) {
	case Dependable:
		return v
	case IConstruct:
		return &dependable{roots: func() []IConstruct { return []IConstruct{v} }}
	}
	return &dependable{roots: func() []IConstruct { return nil }}
}

// Dependable_Get is Dependable_Of under its older name.
func Dependable_Get(instance IDependable) Dependable { return Dependable_Of(instance) }

// Dependable_Implement is accepted for compatibility; Go types implement
// Dependable by having a DependencyRoots method.
func Dependable_Implement(instance IDependable, trait Dependable) {}
