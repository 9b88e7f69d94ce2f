package awscloudwatch

import "math"

// Row lays widgets out left to right, wrapping at the grid's width.
type Row interface {
	IWidget
	Widgets() *[]IWidget
	AddWidget(w IWidget)
}

type offset struct{ x, y float64 }

type row struct {
	widgets       []IWidget
	offsets       []offset
	width, height float64
}

// NewRow makes a row of widgets.
func NewRow(widgets ...IWidget) Row {
	r := &row{}
	x, y := 0.0, 0.0
	for _, w := range widgets {
		r.widgets = append(r.widgets, w)
		if x+*w.Width() > gridWidth {
			y, x = r.height, 0
		}
		r.place(x, y, w)
		x += *w.Width()
	}
	return r
}

func (r *row) place(x, y float64, w IWidget) {
	r.offsets = append(r.offsets, offset{x, y})
	r.width = math.Max(r.width, x+*w.Width())
	r.height = math.Max(r.height, y+*w.Height())
}

func (r *row) Width() *float64  { return num(r.width) }
func (r *row) Height() *float64 { return num(r.height) }

func (r *row) Widgets() *[]IWidget {
	l := append([]IWidget(nil), r.widgets...)
	return &l
}

// AddWidget adds a widget after the row's current extent, as aws-cdk-lib does.
func (r *row) AddWidget(w IWidget) {
	r.widgets = append(r.widgets, w)
	x, y := r.width, r.height
	if x+*w.Width() > gridWidth {
		y, x = r.height, 0
	}
	r.place(x, y, w)
}

func (r *row) Position(x *float64, y *float64) {
	for i, w := range r.widgets {
		w.Position(num(*x+r.offsets[i].x), num(*y+r.offsets[i].y))
	}
}

func (r *row) ToJson() *[]interface{} { return joinJSON(r.widgets) }

func joinJSON(ws []IWidget) *[]interface{} {
	out := []interface{}{}
	for _, w := range ws {
		if j := w.ToJson(); j != nil {
			out = append(out, *j...)
		}
	}
	return &out
}

func allWarnings(ws []IWidget) map[string]string {
	out := map[string]string{}
	for _, w := range ws {
		if m := w.WarningsV2(); m != nil {
			for k, v := range *m {
				out[k] = deref(v)
			}
		}
	}
	return out
}

func (r *row) Warnings() *[]*string            { return warningList(allWarnings(r.widgets)) }
func (r *row) WarningsV2() *map[string]*string { return warningMap(allWarnings(r.widgets)) }

// Column stacks widgets top to bottom.
type Column interface {
	IWidget
	Widgets() *[]IWidget
	AddWidget(w IWidget)
}

type column struct {
	widgets       []IWidget
	width, height float64
}

// NewColumn makes a column of widgets.
func NewColumn(widgets ...IWidget) Column {
	c := &column{width: math.Inf(-1)}
	for _, w := range widgets {
		c.AddWidget(w)
	}
	return c
}

func (c *column) Width() *float64  { return num(c.width) }
func (c *column) Height() *float64 { return num(c.height) }

func (c *column) Widgets() *[]IWidget {
	l := append([]IWidget(nil), c.widgets...)
	return &l
}

func (c *column) AddWidget(w IWidget) {
	c.widgets = append(c.widgets, w)
	c.width = math.Max(c.width, *w.Width())
	c.height += *w.Height()
}

func (c *column) Position(x *float64, y *float64) {
	wy := *y
	for _, w := range c.widgets {
		w.Position(x, num(wy))
		wy += *w.Height()
	}
}

func (c *column) ToJson() *[]interface{}          { return joinJSON(c.widgets) }
func (c *column) Warnings() *[]*string            { return warningList(allWarnings(c.widgets)) }
func (c *column) WarningsV2() *map[string]*string { return warningMap(allWarnings(c.widgets)) }

// SpacerProps size a Spacer.
type SpacerProps struct {
	// Default: 1.
	Height *float64 `field:"optional" json:"height" yaml:"height"`
	// Default: 1.
	Width *float64 `field:"optional" json:"width" yaml:"width"`
}

// Spacer is empty space in a layout.
type Spacer interface {
	IWidget
}

type spacer struct{ width, height float64 }

// NewSpacer makes empty space.
func NewSpacer(props *SpacerProps) Spacer {
	if props == nil {
		props = &SpacerProps{}
	}
	return &spacer{width: numOrZero(props.Width, 1), height: numOrZero(props.Height, 1)}
}

func (s *spacer) Width() *float64                 { return num(s.width) }
func (s *spacer) Height() *float64                { return num(s.height) }
func (s *spacer) Position(x *float64, y *float64) {}
func (s *spacer) ToJson() *[]interface{}          { return &[]interface{}{} }
func (s *spacer) Warnings() *[]*string            { return nil }
func (s *spacer) WarningsV2() *map[string]*string { return nil }
