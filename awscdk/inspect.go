package awscdk

// IInspectable can describe itself in tree.json.
type IInspectable interface {
	Inspect(inspector TreeInspector)
}

// TreeInspector collects the attributes a construct reports about itself.
type TreeInspector interface {
	Attributes() *map[string]interface{}
	AddAttribute(key *string, value interface{})
}

type treeInspector struct{ attrs map[string]interface{} }

// NewTreeInspector creates an empty inspector.
func NewTreeInspector() TreeInspector { return &treeInspector{attrs: map[string]interface{}{}} }

func (t *treeInspector) Attributes() *map[string]interface{} { return &t.attrs }
func (t *treeInspector) AddAttribute(key *string, value interface{}) {
	t.attrs[deref(key)] = value
}

// ReferenceStrength says how a reference across stacks is made.
type ReferenceStrength string

const (
	ReferenceStrength_STRONG ReferenceStrength = "STRONG"
	ReferenceStrength_WEAK   ReferenceStrength = "WEAK"
	ReferenceStrength_BOTH   ReferenceStrength = "BOTH"
)
