package awscloudwatch

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
)

// gridWidth is the width of a dashboard in grid units.
const gridWidth = 24

// IWidget is a dashboard widget, or a layout of widgets.
type IWidget interface {
	// Position places the widget at (x, y) in grid units.
	Position(x *float64, y *float64)
	// ToJson renders the widget(s) for the dashboard body.
	ToJson() *[]interface{}
	Height() *float64
	Warnings() *[]*string
	WarningsV2() *map[string]*string
	Width() *float64
}

// ConcreteWidget is a widget with a place on the grid.
type ConcreteWidget interface {
	IWidget
	X() *float64
	SetX(val *float64)
	Y() *float64
	SetY(val *float64)
	// CopyMetricWarnings takes over the warnings of metrics the widget shows.
	CopyMetricWarnings(ms ...IMetric)
}

type concreteWidget struct {
	width, height float64
	x, y          *float64
	warnings      map[string]string
}

func newConcreteWidget(width, height float64) concreteWidget {
	if width > gridWidth {
		throwUnscoped("Widget is too wide, max %d units allowed", gridWidth)
	}
	return concreteWidget{width: width, height: height, warnings: map[string]string{}}
}

func (w *concreteWidget) Width() *float64                 { return num(w.width) }
func (w *concreteWidget) Height() *float64                { return num(w.height) }
func (w *concreteWidget) X() *float64                     { return w.x }
func (w *concreteWidget) SetX(v *float64)                 { w.x = v }
func (w *concreteWidget) Y() *float64                     { return w.y }
func (w *concreteWidget) SetY(v *float64)                 { w.y = v }
func (w *concreteWidget) Position(x *float64, y *float64) { w.x, w.y = x, y }

func (w *concreteWidget) Warnings() *[]*string {
	l := warningList(w.warnings)
	if l == nil {
		return &[]*string{}
	}
	return l
}

func (w *concreteWidget) WarningsV2() *map[string]*string {
	m := warningMap(w.warnings)
	if m == nil {
		return &map[string]*string{}
	}
	return m
}

func (w *concreteWidget) CopyMetricWarnings(ms ...IMetric) {
	for _, m := range ms {
		if wv := m.WarningsV2(); wv != nil {
			for k, v := range *wv {
				w.warnings[k] = deref(v)
			}
		}
	}
}

// frame is the part of a widget's JSON every widget has.
func (w *concreteWidget) frame(kind string, props *ojson.Object) *[]interface{} {
	return &[]interface{}{obj("type", kind, "width", w.width, "height", w.height, "x", w.x, "y", w.y, "properties", props)}
}

func regionOr(r *string) interface{} {
	if deref(r) != "" {
		return r
	}
	return awscdk.Aws_REGION()
}
