package constructs

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/tree"
)

// IDependable marks an object that can be depended on: a construct, or a
// DependencyGroup of them.
type IDependable interface{}

// IMixin changes constructs it supports; apply with Construct.With.
type IMixin interface {
	ApplyTo(construct IConstruct)
	Supports(construct IConstruct) *bool
}

// IConstruct is any object in the construct tree.
type IConstruct interface {
	IDependable
	// Node returns the construct's tree node.
	Node() Node
	// With applies mixins to this construct and every construct below it.
	With(mixins ...IMixin) IConstruct
}

// Construct is the building block of the tree.
type Construct interface {
	IConstruct
	// ToString returns the construct's path, or "<root>".
	ToString() *string
}

// IValidation validates a construct before synthesis.
type IValidation interface {
	// Validate returns error messages, or none when the construct is valid.
	Validate() *[]*string
}

// ConstructOrder says in which order FindAll returns constructs.
type ConstructOrder string

const (
	// ConstructOrder_PREORDER is depth-first, pre-order.
	ConstructOrder_PREORDER ConstructOrder = "PREORDER"
	// ConstructOrder_POSTORDER is depth-first, post-order (leaves first).
	ConstructOrder_POSTORDER ConstructOrder = "POSTORDER"
)

// MetadataEntry is one metadata record on a node.
type MetadataEntry struct {
	Data  interface{} `field:"required" json:"data" yaml:"data"`
	Type  *string     `field:"required" json:"type" yaml:"type"`
	Trace *[]*string  `field:"optional" json:"trace" yaml:"trace"`
}

// MetadataOptions are options for Node.AddMetadata.
type MetadataOptions struct {
	StackTrace         *bool       `field:"optional" json:"stackTrace" yaml:"stackTrace"`
	TraceFromFunction  interface{} `field:"optional" json:"traceFromFunction" yaml:"traceFromFunction"`
	StackTraceOverride *[]*string  `field:"optional" json:"stackTraceOverride" yaml:"stackTraceOverride"`
}

// PATH_SEP separates ids in a construct path.
const pathSep = "/"

// Node_PATH_SEP returns the path separator, "/".
func Node_PATH_SEP() *string { s := pathSep; return &s }

// Node is the tree node of a construct.
type Node interface {
	Addr() *string
	Children() *[]IConstruct
	DefaultChild() IConstruct
	SetDefaultChild(val IConstruct)
	Dependencies() *[]IConstruct
	Id() *string
	Locked() *bool
	Metadata() *[]*MetadataEntry
	Path() *string
	Root() IConstruct
	Scope() IConstruct
	Scopes() *[]IConstruct
	AddDependency(deps ...IDependable)
	AddMetadata(type_ *string, data interface{}, options *MetadataOptions)
	AddValidation(validation IValidation)
	FindAll(order ConstructOrder) *[]IConstruct
	FindChild(id *string) IConstruct
	GetAllContext(defaults *map[string]interface{}) interface{}
	GetContext(key *string) interface{}
	Lock()
	RemoveDependency(deps ...IDependable)
	SetContext(key *string, value interface{})
	TryFindChild(id *string) IConstruct
	TryGetContext(key *string) interface{}
	TryRemoveChild(childName *string) *bool
	Validate() *[]*string
	With(mixins ...IMixin) IConstruct
}

// Node_Of returns the node of construct.
func Node_Of(construct IConstruct) Node { return construct.Node() }

// node is the one implementation of Node.
type node struct {
	// st holds the host, the lock, and what the engine keeps on the node
	// (internal/tree).
	st          tree.State
	scope       *node
	id          string
	path        string
	children    []*node
	childIndex  map[string]*node
	validations []IValidation
	// more holds what few nodes have, so that the thousands of nodes of
	// an app stay small; nil until one of its fields is set.
	more *nodeMore
	// attached is false for a construct that could not join its scope
	// (duplicate id); it stays out of the tree but keeps working.
	attached bool
}

// nodeMore is the part of a node most nodes never set.
type nodeMore struct {
	addr         string
	context      map[string]interface{}
	metadata     []*MetadataEntry
	dependencies []IDependable
	defaultChild IConstruct
}

// ext returns n's nodeMore, made on first use; readers check n.more.
func (n *node) ext() *nodeMore {
	if n.more == nil {
		n.more = &nodeMore{}
	}
	return n.more
}

func (n *node) contextMap() map[string]interface{} {
	if n.more == nil {
		return nil
	}
	return n.more.context
}

func (n *node) metadataList() []*MetadataEntry {
	if n.more == nil {
		return nil
	}
	return n.more.metadata
}

func (n *node) dependencyList() []IDependable {
	if n.more == nil {
		return nil
	}
	return n.more.dependencies
}

type construct struct{ node *node }

// NewConstruct creates a construct in scope with id. A nil scope makes a root.
func NewConstruct(scope Construct, id *string) Construct {
	c := &construct{}
	var s IConstruct
	if scope != nil {
		s = scope
	}
	c.node = newNode(c, s, id)
	return c
}

// NewRootConstruct creates a root construct.
func NewRootConstruct(id *string) RootConstruct {
	c := &construct{}
	c.node = newNode(c, nil, id)
	return c
}

// Construct_IsConstruct reports whether x is a construct.
func Construct_IsConstruct(x interface{}) *bool {
	_, ok := x.(IConstruct)
	b := ok && x != nil
	return &b
}

// RootConstruct_IsConstruct reports whether x is a construct.
func RootConstruct_IsConstruct(x interface{}) *bool { return Construct_IsConstruct(x) }

func (c *construct) Node() Node { return c.node }
func (c *construct) ToString() *string {
	s := c.node.path
	if s == "" {
		s = "<root>"
	}
	return &s
}
func (c *construct) With(mixins ...IMixin) IConstruct { return c.node.With(mixins...) }

// TreeState gives the engine (internal/tree) this node's state and its
// root's; programs cannot name tree.Access, so it is not API. Types that
// embed a Construct set State.Host right after creating it so that the tree
// holds the outer object, as the JavaScript tree holds the subclass instance.
func (n *node) TreeState(tree.Access) (self, root *tree.State) {
	return &n.st, &n.root().st
}

// host is the object the tree hands out for n.
func (n *node) host() IConstruct {
	h, _ := n.st.Host.(IConstruct)
	return h
}

var idReplacer = strings.NewReplacer("/", "--", "\n", "--")

// sanitizeID escapes the separators of paths and addresses as "--", so one
// id never looks like several path components.
func sanitizeID(id string) string {
	if !strings.ContainsAny(id, "/\n") {
		return id
	}
	return idReplacer.Replace(id)
}

func asNode(c IConstruct) *node {
	if c == nil {
		return nil
	}
	n, _ := c.Node().(*node)
	return n
}

func newNode(host IConstruct, scope IConstruct, idp *string) *node {
	id := ""
	if idp != nil {
		id = *idp
	}
	n := &node{id: sanitizeID(id), attached: true}
	n.st.Host = host
	if scope == nil || reflect.ValueOf(scope).IsNil() {
		n.path = n.id
		return n
	}
	parent := asNode(scope)
	if parent == nil {
		diag.Panic("", "scope of construct %q is not a Strata construct (%T)", id, scope)
	}
	n.scope = parent
	if parent.path == "" {
		n.path = n.id
	} else {
		n.path = parent.path + pathSep + n.id
	}
	if n.id == "" {
		n.root().st.Errors.Append(diag.Errorf(strings.TrimSuffix(n.path, pathSep)+pathSep+"<empty>", "only root constructs may have an empty id: give this construct an id"))
		n.attached = false
		return n
	}
	if err := parent.addChild(n); err != nil {
		n.root().st.Errors.Append(err)
		n.attached = false
	}
	return n
}

// indexAt is the number of children from which a node indexes them by id;
// below it a scan is cheaper than a map (most nodes have one or two).
const indexAt = 9

// child returns n's child with id, or nil.
func (n *node) child(id string) *node {
	if n.childIndex != nil {
		return n.childIndex[id]
	}
	for _, c := range n.children {
		if c.id == id {
			return c
		}
	}
	return nil
}

// locked reports whether n or a scope of it is locked.
func (n *node) locked() bool {
	for c := n; c != nil; c = c.scope {
		if c.st.Locked {
			return true
		}
	}
	return false
}

func (n *node) addChild(child *node) *diag.Diagnostic {
	if n.locked() {
		if n.path == "" {
			return diag.Errorf(child.path, "cannot add children during synthesis")
		}
		return diag.Errorf(child.path, "cannot add children to %q during synthesis", n.path)
	}
	if n.child(child.id) != nil {
		where := typeName(n.host())
		if n.id != "" {
			where += " [" + n.id + "]"
		}
		return diag.Errorf(child.path, "there is already a construct with id '%s' in %s: construct ids must be unique among siblings", child.id, where)
	}
	n.children = append(n.children, child)
	switch {
	case n.childIndex != nil:
		n.childIndex[child.id] = child
	case len(n.children) >= indexAt:
		n.childIndex = make(map[string]*node, 2*indexAt)
		for _, c := range n.children {
			n.childIndex[c.id] = c
		}
	}
	return nil
}

func typeName(x interface{}) string {
	t := reflect.TypeOf(x)
	for t != nil && t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if t == nil {
		return "Construct"
	}
	name := t.Name()
	if name == "" {
		return "Construct"
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

func (n *node) root() *node {
	r := n
	for r.scope != nil {
		r = r.scope
	}
	return r
}

// addError records a mistake found while building the tree.
func (n *node) addError(d *diag.Diagnostic) { r := n.root(); r.st.Errors.Append(d) }

func (n *node) Id() *string   { s := n.id; return &s }
func (n *node) Path() *string { s := n.path; return &s }

func (n *node) Addr() *string {
	m := n.ext()
	if m.addr == "" {
		h := sha1.New()
		for _, c := range n.scopeNodes() {
			if c.id == "Default" {
				continue
			}
			h.Write([]byte(c.id))
			h.Write([]byte("\n"))
		}
		m.addr = "c8" + hex.EncodeToString(h.Sum(nil))
	}
	s := m.addr
	return &s
}

func (n *node) scopeNodes() []*node {
	var out []*node
	for c := n; c != nil; c = c.scope {
		out = append(out, c)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

func (n *node) Scope() IConstruct {
	if n.scope == nil {
		return nil
	}
	return n.scope.host()
}

func (n *node) Scopes() *[]IConstruct {
	ns := n.scopeNodes()
	out := make([]IConstruct, len(ns))
	for i, c := range ns {
		out[i] = c.host()
	}
	return &out
}

func (n *node) Root() IConstruct { return n.root().host() }

func (n *node) Children() *[]IConstruct {
	out := make([]IConstruct, len(n.children))
	for i, c := range n.children {
		out[i] = c.host()
	}
	return &out
}

func (n *node) TryFindChild(id *string) IConstruct {
	if id == nil {
		return nil
	}
	if c := n.child(sanitizeID(*id)); c != nil {
		return c.host()
	}
	return nil
}

func (n *node) FindChild(id *string) IConstruct {
	c := n.TryFindChild(id)
	if c == nil {
		diag.Panic(n.path, "no child with id %q", deref(id))
	}
	return c
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func (n *node) DefaultChild() IConstruct {
	if n.more != nil && n.more.defaultChild != nil {
		return n.more.defaultChild
	}
	res := n.TryFindChild(strptr("Resource"))
	def := n.TryFindChild(strptr("Default"))
	if res != nil && def != nil {
		diag.Panic(n.path, "cannot determine default child: there is both a child with id 'Resource' and one with id 'Default'")
	}
	if def != nil {
		return def
	}
	return res
}

func strptr(s string) *string { return &s }

func (n *node) SetDefaultChild(val IConstruct) { n.ext().defaultChild = val }

func (n *node) FindAll(order ConstructOrder) *[]IConstruct {
	var out []IConstruct
	var visit func(c *node)
	visit = func(c *node) {
		if order != ConstructOrder_POSTORDER {
			out = append(out, c.host())
		}
		for _, ch := range c.children {
			visit(ch)
		}
		if order == ConstructOrder_POSTORDER {
			out = append(out, c.host())
		}
	}
	visit(n)
	return &out
}

func (n *node) SetContext(key *string, value interface{}) {
	if len(n.children) > 0 {
		names := make([]string, len(n.children))
		for i, c := range n.children {
			names[i] = c.id
		}
		n.addError(diag.Errorf(n.path, "cannot set context %q after children were added (%s): set context before creating constructs in this scope", deref(key), strings.Join(names, ",")))
		return
	}
	m := n.ext()
	if m.context == nil {
		m.context = map[string]interface{}{}
	}
	m.context[deref(key)] = value
}

func (n *node) TryGetContext(key *string) interface{} {
	k := deref(key)
	for c := n; c != nil; c = c.scope {
		if v, ok := c.contextMap()[k]; ok {
			return v
		}
	}
	return nil
}

func (n *node) GetContext(key *string) interface{} {
	v := n.TryGetContext(key)
	if v == nil {
		diag.Panic(n.path, "no context value present for key %q", deref(key))
	}
	return v
}

func (n *node) GetAllContext(defaults *map[string]interface{}) interface{} {
	out := map[string]interface{}{}
	if defaults != nil {
		for k, v := range *defaults {
			out[k] = v
		}
	}
	for _, c := range n.scopeNodes() {
		for k, v := range c.contextMap() {
			out[k] = v
		}
	}
	return out
}

func (n *node) Metadata() *[]*MetadataEntry {
	out := append([]*MetadataEntry(nil), n.metadataList()...)
	return &out
}

func (n *node) AddMetadata(type_ *string, data interface{}, options *MetadataOptions) {
	if data == nil {
		return
	}
	if rv := reflect.ValueOf(data); (rv.Kind() == reflect.Ptr || rv.Kind() == reflect.Map || rv.Kind() == reflect.Slice) && rv.IsNil() {
		return
	}
	e := &MetadataEntry{Type: strptr(deref(type_)), Data: data}
	if options != nil && options.StackTraceOverride != nil {
		e.Trace = options.StackTraceOverride
	}
	m := n.ext()
	m.metadata = append(m.metadata, e)
}

func (n *node) Locked() *bool {
	b := n.locked()
	return &b
}

func (n *node) Lock() { n.st.Locked = true }

func (n *node) AddDependency(deps ...IDependable) {
	if len(deps) == 0 {
		return
	}
	m := n.ext()
	m.dependencies = append(m.dependencies, deps...)
}

func (n *node) RemoveDependency(deps ...IDependable) {
	if n.more == nil {
		return
	}
	keep := n.more.dependencies[:0]
	for _, d := range n.more.dependencies {
		removed := false
		for _, r := range deps {
			if d == r {
				removed = true
			}
		}
		if !removed {
			keep = append(keep, d)
		}
	}
	n.more.dependencies = keep
}

func (n *node) Dependencies() *[]IConstruct {
	var out []IConstruct
	for _, d := range n.dependencyList() {
		out = append(out, *Dependable_Of(d).DependencyRoots()...)
	}
	return &out
}

func (n *node) TryRemoveChild(childName *string) *bool {
	name := deref(childName)
	c := n.child(name)
	res := c != nil
	if res {
		if n.childIndex != nil {
			delete(n.childIndex, name)
		}
		for i, ch := range n.children {
			if ch == c {
				n.children = append(n.children[:i:i], n.children[i+1:]...)
				break
			}
		}
	}
	return &res
}

func (n *node) AddValidation(v IValidation) { n.validations = append(n.validations, v) }

func (n *node) Validate() *[]*string {
	var out []*string
	for _, v := range n.validations {
		if errs := v.Validate(); errs != nil {
			out = append(out, *errs...)
		}
	}
	return &out
}

func (n *node) With(mixins ...IMixin) IConstruct {
	all := *n.FindAll(ConstructOrder_PREORDER)
	for _, m := range mixins {
		for _, c := range all {
			if s := m.Supports(c); s != nil && *s {
				m.ApplyTo(c)
			}
		}
	}
	return n.host()
}

func (n *node) String() string { return fmt.Sprintf("Node(%s)", n.path) }
